//! The charts: "Operations and attacks", "Casualties", "Arrests and surrenders", each a canvas
//! with an accessible name, a legend, a footnote saying what was left out, and a table a screen
//! reader can read. Redrawn whenever its figures, the theme or the window size change.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::draw::{css, draw, palette};
use super::theme::Theme;
use super::AppState;
use crate::extract::{Figure, Subject};
use crate::workspace::totals::{self, subject_label, thousands, Chart, Tally, CHARTS};

/// The section of the three charts.
#[component]
pub fn Charts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let figures = state.figures;
    let charts = Memo::new(move |_| figures.with(|f| super::timed("charts", || totals::charts(f))));
    view! {
        <section class="charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading" class="section-title">"Charts"</h2>
            <div class="chart-grid">
                {(0..CHARTS.len())
                    .map(|i| {
                        let chart = Memo::new(move |_| charts.with(|c| c[i].clone()));
                        view! { <ChartView chart figures /> }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}

/// One chart: a canvas drawn from `chart`, its legend, footnote and text alternative.
#[component]
pub fn ChartView(
    /// What to draw.
    #[prop(into)]
    chart: Signal<Chart>,
    /// The figures the chart was made from, for the footnote.
    #[prop(into)]
    figures: Signal<Vec<Figure>>,
) -> impl IntoView {
    let dark = use_context::<Theme>()
        .map(|t| Signal::from(t.dark))
        .unwrap_or_else(|| Signal::from(false));
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    // The canvas's CSS size, from a ResizeObserver: drawing never forces a layout.
    let size = RwSignal::new(None::<(u32, u32)>);
    Effect::new(move |_| {
        let Some(el) = canvas.get() else { return };
        let observer = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(entry) = entries
                .get(0)
                .dyn_into::<web_sys::ResizeObserverEntry>()
                .ok()
            else {
                return;
            };
            let rect = entry.content_rect();
            let (w, h) = (rect.width().round() as u32, rect.height().round() as u32);
            if w > 0 && h > 0 && size.get_untracked() != Some((w, h)) {
                size.set(Some((w, h)));
            }
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
            ro.observe(&el);
            let ro = StoredValue::new_local(ro);
            on_cleanup(move || ro.with_value(|ro| ro.disconnect()));
        }
        observer.forget();
    });
    let draws = StoredValue::new(0u32);

    Effect::new(move |_| {
        let dark = dark.get();
        let Some((width, height)) = size.get() else {
            return;
        };
        let Some(el) = canvas.get() else { return };
        chart.with(|c| {
            let ratio = window().device_pixel_ratio();
            if let Err(e) = draw(&el, c, &palette(dark), width, height, ratio) {
                leptos::logging::warn!("chart {}: {e}", c.title);
            }
        });
        draws.update_value(|n| *n += 1);
        let _ = el.set_attribute("data-draws", &draws.get_value().to_string());
    });

    let title = move || chart.with(|c| c.title);
    let slug = move || title().to_lowercase().replace(' ', "-");
    let footnote = move || figures.with(|f| chart.with(|c| c.footnote(f)));
    let stacked = move || chart.with(|c| c.bars.iter().any(|b| b.kind.has_subject()));
    let legend = move || {
        let p = palette(dark.get());
        stacked().then(|| {
            view! {
                <ul class="legend" aria-hidden="true">
                    {Subject::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <li>
                                    <span class="swatch" style:background-color=css(p.subject(s))></span>
                                    {subject_label(s)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    };

    view! {
        <figure class="chart">
            <figcaption id=move || format!("chart-{}", slug())>{title}</figcaption>
            <canvas
                node_ref=canvas
                role="img"
                aria-label=title
                aria-describedby=move || format!("note-{}", slug())
            ></canvas>
            {legend}
            <p class="footnote" id=move || format!("note-{}", slug())>{footnote}</p>
            <DataTable chart />
        </figure>
    }
}

/// The chart's numbers as a table a screen reader can read (visually hidden).
#[component]
fn DataTable(chart: Signal<Chart>) -> impl IntoView {
    move || {
        chart.with(|c| {
            let stacked = c.bars.iter().any(|b| b.kind.has_subject());
            let cell = |t: &Tally| {
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
            };
            view! {
                <div class="visually-hidden">
                <table aria-label=format!("{} (data)", c.title)>
                    <caption>{format!("{} (data)", c.title)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Kind"</th>
                            {stacked.then(|| {
                                Subject::ALL
                                    .into_iter()
                                    .map(|s| view! { <th scope="col">{subject_label(s)}</th> })
                                    .collect_view()
                            })}
                            <th scope="col">"Total"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {c.bars
                            .iter()
                            .map(|b| {
                                let sides = stacked.then(|| {
                                    b.stack
                                        .iter()
                                        .map(|(_, t)| view! { <td>{cell(t)}</td> })
                                        .collect_view()
                                });
                                view! {
                                    <tr>
                                        <th scope="row">{b.kind.as_str()}</th>
                                        {sides}
                                        <td>{cell(&b.total)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                </div>
            }
        })
    }
}
