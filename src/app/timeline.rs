//! Timelines of the collection: operations and attacks, killed and injured by side, arrests and
//! surrenders, by day, week or month, each with the number of articles behind each bar, an
//! accessible name, a table to read instead, and a PNG download.
//!
//! [`draw`] takes plain data and a canvas and knows nothing of Leptos; the canvas backing store
//! is its CSS size times the device pixel ratio, and every length is scaled by that ratio.

use leptos::prelude::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::HtmlCanvasElement;

use super::collection::{click_link, Collection};
use super::draw::{canvas_area, css, draw_message, palette, Palette};
use super::theme::Theme;
use crate::extract::Kind;
use crate::workspace::timeline::{Bucket, Timeline, TimelineChart};
use crate::workspace::totals::{thousands, Tally};

/// The section of the three timelines, with the bucket switch.
#[component]
pub fn Timelines() -> impl IntoView {
    let c = expect_context::<Collection>();
    let auto = move || {
        c.timeline.with(|t| {
            if c.bucket.get().is_none() {
                format!("Auto ({})", t.bucket.as_str())
            } else {
                "Auto".to_string()
            }
        })
    };
    let choice = move |b: Option<Bucket>, label: Signal<String>| {
        let id = format!("bucket-{}", b.map_or("auto", Bucket::as_str));
        view! {
            <input
                type="radio"
                name="timeline-bucket"
                id=id.clone()
                prop:checked=move || c.bucket.get() == b
                on:change=move |_| c.bucket.set(b)
            />
            <label for=id>{label}</label>
        }
    };
    let bucket_word = |b: Bucket| match b {
        Bucket::Day => "Day",
        Bucket::Week => "Week",
        Bucket::Month => "Month",
    };
    view! {
        <section class="timelines" aria-labelledby="timelines-heading">
            <div class="timelines-head">
                <h2 id="timelines-heading" class="section-title">"Over time"</h2>
                <fieldset class="bucket-switch">
                    <legend>"Bars by"</legend>
                    {choice(None, Signal::derive(auto))}
                    {Bucket::ALL
                        .into_iter()
                        .map(|b| choice(Some(b), Signal::derive(move || bucket_word(b).to_string())))
                        .collect_view()}
                </fieldset>
            </div>
            {move || {
                c.timeline.with(|t| t.is_empty()).then(|| view! {
                    <p class="hint">
                        "No dated figures yet: give the articles dates (or add articles that state them) to see them over time."
                    </p>
                })
            }}
            <div class="chart-grid timeline-grid">
                {(0..crate::workspace::timeline::SERIES.len())
                    .map(|i| view! { <TimelineView index=i /> })
                    .collect_view()}
            </div>
            <p class="footnote" id="timeline-note">{move || c.timeline.with(Timeline::footnote)}</p>
        </section>
    }
}

/// One timeline: canvas, legend, download, table.
#[component]
fn TimelineView(
    /// Which chart of [`crate::workspace::timeline::SERIES`].
    index: usize,
) -> impl IntoView {
    let c = expect_context::<Collection>();
    let dark = use_context::<Theme>()
        .map(|t| Signal::from(t.dark))
        .unwrap_or_else(|| Signal::from(false));
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let resized = RwSignal::new(0u32);
    // The canvas's CSS size, measured on the first draw and after each resize only: reading it
    // on every redraw would force a layout of the whole page (hundreds of articles listed).
    let size = StoredValue::new(None::<(u32, u32)>);
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        size.set_value(None);
        resized.update(|n| *n = n.wrapping_add(1))
    });
    on_cleanup(move || handle.remove());
    let draws = StoredValue::new(0u32);
    let title = move || {
        c.timeline.with(|t| {
            format!(
                "{}, by {}",
                crate::workspace::timeline::SERIES[index].0,
                t.bucket.as_str()
            )
        })
    };
    let slug = crate::workspace::timeline::SERIES[index]
        .0
        .to_lowercase()
        .replace(' ', "-");

    Effect::new(move |_| {
        let dark = dark.get();
        resized.track();
        let Some(el) = canvas.get() else { return };
        let (width, height) = size.get_value().unwrap_or_else(|| {
            let measured = (el.client_width(), el.client_height());
            if measured.0 > 0 && measured.1 > 0 {
                size.set_value(Some((measured.0 as u32, measured.1 as u32)));
            }
            (measured.0.max(0) as u32, measured.1.max(0) as u32)
        });
        let (width, height) = (
            if width > 0 { width } else { 480 },
            if height > 0 { height } else { 260 },
        );
        c.timeline.with(|t| {
            let ratio = window().device_pixel_ratio();
            if let Err(e) = draw(&el, t, index, &palette(dark), width, height, ratio) {
                leptos::logging::warn!("timeline {index}: {e}");
            }
        });
        draws.update_value(|n| *n += 1);
        let _ = el.set_attribute("data-draws", &draws.get_value().to_string());
    });

    let download = {
        let slug = slug.clone();
        move |_| {
            let Some(el) = canvas.get() else { return };
            let bucket = c.timeline.with_untracked(|t| t.bucket.as_str());
            if let Ok(url) = el.to_data_url() {
                let _ = click_link(&format!("tally-{slug}-by-{bucket}.png"), &url);
            }
        }
    };
    let legend = move || {
        let p = palette(dark.get());
        c.timeline.with(|t| {
            let chart = &t.charts[index];
            let slots = slots(chart);
            let items: Vec<(String, String)> = if slots.iter().any(|s| s.len() > 1) {
                let mut v: Vec<(String, String)> = chart.series[slots[0].clone()]
                    .iter()
                    .map(|s| {
                        let side = s.label.split(" · ").nth(1).unwrap_or("").to_string();
                        (css(colour(&p, index, s.kind, s.subject, 0)), side)
                    })
                    .collect();
                v.push((
                    String::new(),
                    "left bar killed, right bar (lighter) injured".into(),
                ));
                v
            } else {
                chart
                    .series
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        (
                            css(colour(&p, index, s.kind, s.subject, i)),
                            s.label.clone(),
                        )
                    })
                    .collect()
            };
            items
                .into_iter()
                .map(|(colour, label)| {
                    let swatch = (!colour.is_empty()).then(|| {
                        view! { <span class="swatch" style:background-color=colour></span> }
                    });
                    view! { <li>{swatch}{label}</li> }
                })
                .collect_view()
        })
    };
    let open = RwSignal::new(false);
    view! {
        <figure class="chart timeline-chart">
            <figcaption id=format!("timeline-{slug}")>{title}</figcaption>
            <canvas
                node_ref=canvas
                role="img"
                aria-label=title
                aria-describedby="timeline-note"
            ></canvas>
            <ul class="legend" aria-hidden="true">
                {legend}
                <li class="legend-note">"Numbers over bars: articles behind them"</li>
            </ul>
            <div class="chart-actions">
                <button type="button" on:click=download aria-label=move || format!("Download {} as PNG", title())>
                    "Download PNG"
                </button>
            </div>
            <details class="timeline-table" on:toggle=move |ev| {
                let el: web_sys::Element = event_target(&ev);
                open.set(el.has_attribute("open"));
            }>
                <summary>"Table of this chart"</summary>
                {move || open.get().then(|| view! { <TimelineTable index title=Signal::derive(title) /> })}
            </details>
        </figure>
    }
}

/// The numbers of one timeline as a table: a row a bar, a column a series with figures, and
/// the articles behind each bar.
#[component]
fn TimelineTable(index: usize, title: Signal<String>) -> impl IntoView {
    let c = expect_context::<Collection>();
    move || {
        c.timeline.with(|t| {
            let chart = &t.charts[index];
            let shown: Vec<usize> = (0..chart.series.len())
                .filter(|&i| chart.series[i].total.figures > 0)
                .collect();
            let labels = t.labels();
            view! {
                <table aria-label=format!("{} (data)", title.get())>
                    <thead>
                        <tr>
                            <th scope="col">{t.bucket.as_str()}</th>
                            {shown.iter().map(|&i| view! { <th scope="col">{chart.series[i].label.clone()}</th> }).collect_view()}
                            <th scope="col">"Articles"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {labels
                            .into_iter()
                            .enumerate()
                            .map(|(b, label)| {
                                view! {
                                    <tr>
                                        <th scope="row">{label}</th>
                                        {shown.iter().map(|&i| view! { <td>{cell(&chart.series[i].bars[b])}</td> }).collect_view()}
                                        <td>{chart.articles[b]}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            }
        })
    }
}

/// A tally as a table cell: "12", "12 (12 to 15)", "at least 4".
pub fn cell(t: &Tally) -> String {
    if t.figures == 0 {
        "0".to_string()
    } else if t.open {
        format!("at least {}", thousands(t.value))
    } else if t.is_range() {
        format!(
            "{} ({} to {})",
            thousands(t.value),
            thousands(t.low),
            thousands(t.high)
        )
    } else {
        thousands(t.value)
    }
}

/// The bars of one bucket: runs of series of the same kind stack into one bar.
fn slots(chart: &TimelineChart) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, s) in chart.series.iter().enumerate() {
        match out.last_mut() {
            Some(r) if chart.series[r.start].kind == s.kind => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// The colour of a series: its side when stacked by side (lighter for injured), else its
/// kind's.
fn colour(
    p: &Palette,
    chart: usize,
    kind: Kind,
    side: Option<crate::extract::Subject>,
    i: usize,
) -> RGBColor {
    match (chart, side) {
        (_, Some(s)) if kind == Kind::Injured => blend(p.subject(s), p.background),
        (_, Some(s)) => p.subject(s),
        (0, None) => p.part(kind, None),
        _ => p.subjects[i % 4],
    }
}

fn blend(a: RGBColor, b: RGBColor) -> RGBColor {
    let mix = |x: u8, y: u8| ((u16::from(x) * 55 + u16::from(y) * 45) / 100) as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// Draws timeline `index` of `timeline` on `canvas`, `width` × `height` CSS pixels at `ratio`
/// device pixels each.
pub fn draw(
    canvas: &HtmlCanvasElement,
    timeline: &Timeline,
    index: usize,
    palette: &Palette,
    width: u32,
    height: u32,
    ratio: f64,
) -> Result<(), String> {
    let (root, ratio) = canvas_area(canvas, palette, width, height, ratio)?;
    let px = |n: f64| (n * ratio).round() as i32;
    let font = |size: f64| {
        ("system-ui, sans-serif", size * ratio)
            .into_font()
            .color(&palette.text)
    };
    let chart = &timeline.charts[index];
    let n = timeline.starts.len();
    if n == 0 || chart.series.iter().all(|s| s.total.figures == 0) {
        let message = if n == 0 {
            "No dated figures yet"
        } else {
            "No figures of these kinds in the collection"
        };
        return draw_message(&root, font(14.0), message);
    }

    let slots = slots(chart);
    // Each slot's stack and total, per bucket.
    let totals: Vec<Vec<Tally>> = (0..n)
        .map(|b| {
            slots
                .iter()
                .map(|r| {
                    chart.series[r.clone()]
                        .iter()
                        .fold(Tally::default(), |mut acc, s| {
                            let t = s.bars[b];
                            acc.value = acc.value.saturating_add(t.value);
                            acc.low = acc.low.saturating_add(t.low);
                            acc.high = acc.high.saturating_add(t.high);
                            acc.open |= t.open;
                            acc.figures += t.figures;
                            acc
                        })
                })
                .collect()
        })
        .collect();
    let top = totals
        .iter()
        .flatten()
        .map(|t| t.value.max(t.high))
        .max()
        .unwrap_or(0);
    let top = (top as f64 * 1.2).max(1.0);
    let y_fmt = |y: &f64| thousands(y.max(0.0).round() as u64);
    let mut c = ChartBuilder::on(&root)
        .margin_top(px(16.0))
        .margin_right(px(12.0))
        .margin_left(px(6.0))
        .margin_bottom(px(4.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(52.0))
        .build_cartesian_2d(0f64..n as f64, 0f64..top)
        .map_err(|e| e.to_string())?;
    c.configure_mesh()
        .disable_x_mesh()
        .disable_x_axis()
        .bold_line_style(palette.grid.stroke_width(px(1.0).max(1) as u32))
        .light_line_style(TRANSPARENT)
        .axis_style(palette.axis.stroke_width(px(1.0).max(1) as u32))
        .label_style(font(12.0))
        .y_label_formatter(&y_fmt)
        .y_labels(5)
        .set_all_tick_mark_size(px(4.0))
        .draw()
        .map_err(|e| e.to_string())?;

    let k = slots.len() as f64;
    let pad = if n > 60 { 0.04 } else { 0.12 };
    let slot_w = (1.0 - 2.0 * pad) / k;
    let whisker = palette.whisker.stroke_width(px(1.2).max(1) as u32);
    let plot_w = width as f64 - 70.0;
    let show_counts = (plot_w / n as f64) >= 16.0;
    for (b, bucket) in totals.iter().enumerate() {
        for (j, r) in slots.iter().enumerate() {
            let x0 = b as f64 + pad + j as f64 * slot_w;
            let x1 = x0 + slot_w;
            let mut base = 0f64;
            for (si, s) in chart.series[r.clone()].iter().enumerate() {
                let v = s.bars[b].value as f64;
                if v == 0.0 {
                    continue;
                }
                let fill = colour(palette, index, s.kind, s.subject, r.start + si);
                c.draw_series(std::iter::once(Rectangle::new(
                    [(x0, base), (x1, base + v)],
                    fill.filled(),
                )))
                .map_err(|e| e.to_string())?;
                base += v;
            }
            let t = bucket[j];
            if t.figures > 0 && t.is_range() {
                let xm = (x0 + x1) / 2.0;
                let low = t.low.min(t.value) as f64;
                let high = if t.open {
                    top * 0.97
                } else {
                    t.high.max(t.value) as f64
                };
                c.draw_series(std::iter::once(PathElement::new(
                    vec![(xm, low), (xm, high)],
                    whisker,
                )))
                .map_err(|e| e.to_string())?;
            }
        }
        let articles = chart.articles[b];
        if show_counts && articles > 0 {
            let peak = bucket
                .iter()
                .map(|t| if t.open { t.value } else { t.value.max(t.high) })
                .max()
                .unwrap_or(0) as f64;
            c.draw_series(std::iter::once(
                EmptyElement::at((b as f64 + 0.5, peak))
                    + Text::new(
                        articles.to_string(),
                        (0, px(-3.0)),
                        font(10.5)
                            .color(&palette.axis)
                            .pos(Pos::new(HPos::Center, VPos::Bottom)),
                    ),
            ))
            .map_err(|e| e.to_string())?;
        }
    }
    // Bar names under the axis, thinned so they do not overlap.
    let labels = timeline.labels();
    let longest = labels.iter().map(|l| l.len()).max().unwrap_or(1) as f64;
    let room = (plot_w / (longest * 6.5 + 10.0)).max(1.0);
    let step = ((n as f64 / room).ceil() as usize).max(1);
    let short = |l: &str| l.trim_start_matches("week of ").to_string();
    for (b, label) in labels.iter().enumerate().step_by(step) {
        let (x, y) = c.backend_coord(&(b as f64 + 0.5, 0.0));
        root.draw(&Text::new(
            short(label),
            (x, y + px(6.0)),
            font(11.0).pos(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())
}
