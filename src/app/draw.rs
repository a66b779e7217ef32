//! Drawing a chart on a canvas with plotters: plain data in, pixels out, nothing of Leptos.
//!
//! The canvas backing store is sized to its CSS box times the device pixel ratio, and every
//! length (fonts, margins, lines) is scaled by the same ratio, so charts are crisp on HiDPI
//! screens. Bars stack by side; a bar whose figures allow a range (hedged or vague) gets a
//! whisker from the least to the most they allow, with an arrow when it is open above.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use crate::extract::{Kind, Subject};
use crate::workspace::totals::{thousands, Chart};

/// The colours of a chart, for one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    pub whisker: RGBColor,
    /// Militants, security forces, civilians, unspecified.
    pub subjects: [RGBColor; 4],
    /// Operations, attacks (bars not stacked by side).
    pub kinds: [RGBColor; 2],
}

/// The palette of the light or the dark theme (colour-blind-safe hues, Okabe–Ito).
pub fn palette(dark: bool) -> Palette {
    if dark {
        Palette {
            background: RGBColor(0x1d, 0x21, 0x28),
            text: RGBColor(0xe4, 0xe6, 0xea),
            grid: RGBColor(0x36, 0x3c, 0x47),
            axis: RGBColor(0x8a, 0x92, 0x9e),
            whisker: RGBColor(0xf2, 0xf2, 0xf2),
            subjects: [
                RGBColor(0xff, 0x8a, 0x50),
                RGBColor(0x56, 0xb4, 0xe9),
                RGBColor(0x3c, 0xc8, 0x9f),
                RGBColor(0xa8, 0xa8, 0xa8),
            ],
            kinds: [RGBColor(0x9d, 0x8c, 0xf0), RGBColor(0xf0, 0x6e, 0x6e)],
        }
    } else {
        Palette {
            background: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x1f, 0x23, 0x29),
            grid: RGBColor(0xe3, 0xe5, 0xe8),
            axis: RGBColor(0x6b, 0x72, 0x7c),
            whisker: RGBColor(0x1f, 0x23, 0x29),
            subjects: [
                RGBColor(0xd5, 0x5e, 0x00),
                RGBColor(0x00, 0x72, 0xb2),
                RGBColor(0x00, 0x9e, 0x73),
                RGBColor(0x8c, 0x8c, 0x8c),
            ],
            kinds: [RGBColor(0x5b, 0x4b, 0xc4), RGBColor(0xc0, 0x39, 0x2b)],
        }
    }
}

impl Palette {
    /// The colour of a side.
    pub fn subject(&self, s: Subject) -> RGBColor {
        self.subjects[Subject::ALL.iter().position(|&x| x == s).unwrap_or(3)]
    }

    /// The colour of a bar's part: its side, or its kind for operations and attacks.
    pub fn part(&self, kind: Kind, side: Option<Subject>) -> RGBColor {
        match side {
            Some(s) => self.subject(s),
            None if kind == Kind::Attacks => self.kinds[1],
            None => self.kinds[0],
        }
    }
}

/// `#rrggbb` of a colour, for the HTML legend beside the canvas.
pub fn css(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// Sizes `canvas`'s backing store to `width` × `height` CSS pixels at `ratio` device pixels each
/// (clamped to 1..4), and gives its drawing area filled with the background, and the ratio used.
pub fn canvas_area(
    canvas: &HtmlCanvasElement,
    palette: &Palette,
    width: u32,
    height: u32,
    ratio: f64,
) -> Result<(DrawingArea<CanvasBackend, plotters::coord::Shift>, f64), String> {
    let ratio = if ratio.is_finite() && ratio > 0.0 {
        ratio.min(4.0)
    } else {
        1.0
    };
    canvas.set_width(((width as f64) * ratio).round().max(1.0) as u32);
    canvas.set_height(((height as f64) * ratio).round().max(1.0) as u32);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gives no 2D canvas".to_string())?;
    let root = backend.into_drawing_area();
    root.fill(&palette.background).map_err(|e| e.to_string())?;
    Ok((root, ratio))
}

/// Draws `message` centred on `root` in `font` and shows it: what an empty chart says.
pub fn draw_message(
    root: &DrawingArea<CanvasBackend, plotters::coord::Shift>,
    font: TextStyle<'_>,
    message: &str,
) -> Result<(), String> {
    let (w, h) = root.dim_in_pixel();
    root.draw(&Text::new(
        message,
        (w as i32 / 2, h as i32 / 2),
        font.pos(Pos::new(HPos::Center, VPos::Center)),
    ))
    .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

/// Draws `chart` on `canvas`, sized `width` × `height` CSS pixels at `ratio` device pixels each.
pub fn draw(
    canvas: &HtmlCanvasElement,
    chart: &Chart,
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

    if chart.is_empty() {
        return draw_message(&root, font(14.0), "No figures of these kinds yet");
    }

    let n = chart.bars.len() as u32;
    let top = (chart.top() as f64 * 1.18).max(1.0);
    let labels: Vec<&str> = chart.bars.iter().map(|b| b.kind.as_str()).collect();
    let x_fmt = |v: &SegmentValue<u32>| match v {
        SegmentValue::CenterOf(i) => labels.get(*i as usize).copied().unwrap_or("").to_string(),
        _ => String::new(),
    };
    let y_fmt = |y: &f64| thousands(y.max(0.0).round() as u64);
    let mut c = ChartBuilder::on(&root)
        .margin_top(px(14.0))
        .margin_right(px(12.0))
        .margin_left(px(6.0))
        .margin_bottom(px(4.0))
        .x_label_area_size(px(28.0))
        .y_label_area_size(px(52.0))
        // A discrete range includes its end: 0..n-1 gives n segments.
        .build_cartesian_2d((0..n.saturating_sub(1)).into_segmented(), 0f64..top)
        .map_err(|e| e.to_string())?;
    c.configure_mesh()
        .disable_x_mesh()
        .bold_line_style(palette.grid.stroke_width(px(1.0).max(1) as u32))
        .light_line_style(TRANSPARENT)
        .axis_style(palette.axis.stroke_width(px(1.0).max(1) as u32))
        .label_style(font(12.0))
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .y_labels(5)
        .set_all_tick_mark_size(px(4.0))
        .draw()
        .map_err(|e| e.to_string())?;

    let gap = px(if n > 2 { 10.0 } else { 28.0 }).max(1) as u32;
    let whisker = palette.whisker.stroke_width(px(1.5).max(1) as u32);
    for (i, bar) in chart.bars.iter().enumerate() {
        let i = i as u32;
        let mut base = 0f64;
        for (side, tally) in &bar.stack {
            if tally.value == 0 {
                continue;
            }
            let v = tally.value as f64;
            let mut rect = Rectangle::new(
                [
                    (SegmentValue::Exact(i), base),
                    (SegmentValue::Exact(i + 1), base + v),
                ],
                palette.part(bar.kind, *side).filled(),
            );
            rect.set_margin(0, 0, gap, gap);
            c.draw_series(std::iter::once(rect))
                .map_err(|e| e.to_string())?;
            base += v;
        }
        if bar.total.figures == 0 {
            continue;
        }
        let x = SegmentValue::CenterOf(i);
        let t = bar.total;
        let mut label_at = t.value as f64;
        if t.is_range() {
            let low = t.low.min(t.value) as f64;
            let high = if t.open {
                top * 0.97
            } else {
                t.high.max(t.value) as f64
            };
            label_at = label_at.max(high);
            c.draw_series(std::iter::once(PathElement::new(
                vec![(x.clone(), low), (x.clone(), high)],
                whisker,
            )))
            .map_err(|e| e.to_string())?;
            let cap = px(7.0);
            c.draw_series(std::iter::once(
                EmptyElement::at((x.clone(), low))
                    + PathElement::new(vec![(-cap, 0), (cap, 0)], whisker),
            ))
            .map_err(|e| e.to_string())?;
            let end = if t.open {
                // An arrow: the range goes on above what the chart shows.
                EmptyElement::at((x.clone(), high))
                    + PathElement::new(vec![(-cap, cap), (0, 0), (cap, cap)], whisker)
            } else {
                EmptyElement::at((x.clone(), high))
                    + PathElement::new(vec![(-cap, 0), (cap, 0)], whisker)
            };
            c.draw_series(std::iter::once(end))
                .map_err(|e| e.to_string())?;
        }
        let label = if t.open {
            format!("{}+", thousands(t.value))
        } else if t.is_range() {
            format!(
                "{} ({}–{})",
                thousands(t.value),
                thousands(t.low),
                thousands(t.high)
            )
        } else {
            thousands(t.value)
        };
        let dy = if t.open { px(-2.0) } else { px(-4.0) };
        let label_at = if t.open { t.value as f64 } else { label_at };
        let dx = if t.open { px(10.0) } else { 0 };
        let anchor = if t.open {
            Pos::new(HPos::Left, VPos::Bottom)
        } else {
            Pos::new(HPos::Center, VPos::Bottom)
        };
        c.draw_series(std::iter::once(
            EmptyElement::at((x, label_at)) + Text::new(label, (dx, dy), font(12.0).pos(anchor)),
        ))
        .map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())
}
