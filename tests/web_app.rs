//! Browser tests of the app's components, each mounted into a fresh node in headless Chromium
//! (wasm-bindgen-test): the marked text, the figures table, the warnings and the charts, over
//! an [`AppState`] made for the test.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use tally::app::charts::ChartView;
use tally::app::reader::MarkedText;
use tally::app::warnings::Warnings;
use tally::app::{AppState, FiguresTable};
use tally::extract::{Evidence, Figure, Kind, Subject};
use tally::workspace::totals::{chart, Chart};
use tally::workspace::{Correction, Workspace};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh `<div>` appended to the body and returns that div.
fn mount<F, N>(view: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let document = document();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.clone(), view).forget();
    root
}

/// Mounts `view` with an [`AppState`] over one article holding `text` in its context.
fn mount_with<F, N>(text: &str, corrections: Vec<Correction>, view: F) -> (HtmlElement, AppState)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let mut workspace = Workspace::with_text(text);
    workspace.articles[0].corrections = corrections;
    let (tx, rx) = std::sync::mpsc::channel();
    let root = mount(move || {
        let state = AppState::new(workspace);
        provide_context(state);
        tx.send(state).unwrap();
        view()
    });
    (root, rx.recv().unwrap())
}

/// Waits `ms` milliseconds (frames and observers run meanwhile).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn figure(kind: Kind, subject: Option<Subject>, value: u64, start: usize, words: &str) -> Figure {
    Figure::exact(
        kind,
        subject,
        value,
        Evidence {
            start,
            end: start + words.len(),
            text: words.to_owned(),
        },
    )
}

#[wasm_bindgen_test]
async fn marked_text_is_the_article_as_text_with_marks() {
    let article = "<b>Police</b> said 4 <i>soldiers</i> were injured.";
    let at = article.find("4 <i>").unwrap();
    let added = figure(
        Kind::Injured,
        Some(Subject::SecurityForces),
        4,
        at,
        "4 <i>soldiers</i>",
    );
    let (root, _) = mount_with(article, vec![Correction::Add { figure: added }], || {
        view! { <MarkedText /> }
    });
    leptos::task::tick().await;
    let region = all(&root, ".marked").pop().expect("the marked text");
    assert_eq!(text(&region), article, "the text, exactly, as text");
    assert!(
        all(&region, "b, i").is_empty(),
        "no HTML was made from the article"
    );
    let marks = all(&region, "mark");
    assert_eq!(marks.len(), 1);
    assert_eq!(text(&marks[0]), "4 <i>soldiers</i>");
    assert_eq!(
        marks[0].get_attribute("data-reading").as_deref(),
        Some("injured · security forces · 4")
    );
    assert!(marks[0].class_name().contains("kind-injured"));
    assert!(marks[0].class_name().contains("added"));
}

#[wasm_bindgen_test]
async fn overlapping_figures_split_their_marks() {
    // Words the extractor reads nothing in: the figures are the test's own.
    let article = "alpha bravo charlie delta echo";
    let a = figure(Kind::Killed, None, 3, 6, "bravo charlie");
    let b = figure(Kind::Injured, None, 5, 12, "charlie delta");
    let (root, _) = mount_with(
        article,
        vec![Correction::Add { figure: a }, Correction::Add { figure: b }],
        || view! { <MarkedText /> },
    );
    leptos::task::tick().await;
    let marks = all(&root, "mark");
    let words: Vec<String> = marks.iter().map(text).collect();
    assert_eq!(words, ["bravo ", "charlie", " delta"]);
    assert!(marks[1].class_name().contains("overlap"));
    let both = marks[1].get_attribute("data-reading").unwrap();
    assert!(
        both.contains("killed") && both.contains("injured"),
        "{both}"
    );
    // The first run of each figure carries its id (for scrolling) and the tab stop.
    assert_eq!(marks[0].id(), "mark-0");
    assert_eq!(marks[1].id(), "mark-1");
    assert_eq!(marks[2].get_attribute("tabindex").as_deref(), Some("-1"));
}

#[wasm_bindgen_test]
async fn clicking_a_mark_selects_its_figure() {
    let article = "alpha bravo charlie.";
    let f = figure(Kind::Killed, Some(Subject::Militants), 12, 6, "bravo");
    let (root, state) = mount_with(article, vec![Correction::Add { figure: f }], || {
        view! { <MarkedText /> }
    });
    leptos::task::tick().await;
    let mark: HtmlElement = all(&root, "mark").pop().unwrap().unchecked_into();
    mark.click();
    assert_eq!(state.figure.get_untracked(), Some(0));
    leptos::task::tick().await;
    assert!(mark.class_name().contains("selected"));
}

#[wasm_bindgen_test]
async fn table_sorts_by_a_column_and_says_so() {
    let article = "a b c";
    let corrections = vec![
        Correction::Add {
            figure: figure(Kind::Killed, None, 30, 0, "a"),
        },
        Correction::Add {
            figure: figure(Kind::Arrested, None, 4, 2, "b"),
        },
        Correction::Add {
            figure: figure(Kind::Injured, None, 200, 4, "c"),
        },
    ];
    let (root, _) = mount_with(article, corrections, || {
        let state = expect_context::<AppState>();
        view! { <FiguresTable readings=state.readings /> }
    });
    leptos::task::tick().await;
    let numbers =
        |root: &Element| -> Vec<String> { all(root, "tbody tr td.num").iter().map(text).collect() };
    assert_eq!(numbers(&root), ["30", "4", "200"], "text order");
    let header = all(&root, "th")
        .into_iter()
        .find(|th| text(th) == "Number")
        .unwrap();
    assert_eq!(header.get_attribute("aria-sort").as_deref(), Some("none"));
    let button: HtmlElement = all(&header, "button").pop().unwrap().unchecked_into();
    button.click();
    leptos::task::tick().await;
    assert_eq!(
        header.get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    assert_eq!(numbers(&root), ["4", "30", "200"]);
    button.click();
    leptos::task::tick().await;
    assert_eq!(
        header.get_attribute("aria-sort").as_deref(),
        Some("descending")
    );
    assert_eq!(numbers(&root), ["200", "30", "4"]);
}

#[wasm_bindgen_test]
async fn dismissing_a_row_records_a_correction() {
    let article = "x";
    let (root, state) = mount_with(
        article,
        vec![Correction::Add {
            figure: figure(Kind::Killed, None, 3, 0, "x"),
        }],
        || {
            let state = expect_context::<AppState>();
            view! { <FiguresTable readings=state.readings /> }
        },
    );
    leptos::task::tick().await;
    let dismiss: HtmlElement = all(&root, "button")
        .into_iter()
        .find(|b| text(b) == "Dismiss")
        .unwrap()
        .unchecked_into();
    dismiss.click();
    leptos::task::tick().await;
    assert!(state.readings.get_untracked().is_empty());
    assert!(all(&root, "tbody tr td.num").is_empty(), "the row is gone");
}

#[wasm_bindgen_test]
async fn warnings_list_a_rate_that_disagrees() {
    let article = "x y";
    let mut total = figure(Kind::Operations, None, 59_775, 0, "x");
    total.period = Some("2024".into());
    let mut rate = figure(Kind::Operations, None, 169, 2, "y");
    rate.rate = Some(tally::extract::Rate::Day);
    let corrections = vec![
        Correction::Add { figure: total },
        Correction::Add { figure: rate },
    ];
    let (root, _) = mount_with(article, corrections, || view! { <Warnings /> });
    leptos::task::tick().await;
    let panel = text(&root);
    assert!(
        panel.contains("169 operations a day over 2024 is 61,854, not 59,775."),
        "{panel}"
    );
}

#[wasm_bindgen_test]
async fn a_chart_draws_pixels_and_has_a_text_alternative() {
    let figures = vec![
        figure(Kind::Killed, Some(Subject::Militants), 12, 0, "a"),
        figure(Kind::Killed, Some(Subject::Civilians), 3, 0, "b"),
        figure(Kind::Injured, None, 7, 0, "c"),
    ];
    let data: Chart = chart("Casualties", &[Kind::Killed, Kind::Injured], &figures);
    let chart_signal = RwSignal::new(data);
    let figures = RwSignal::new(figures);
    let root = mount(move || view! { <ChartView chart=chart_signal figures=figures /> });
    // The first drawing waits for the canvas's size from a ResizeObserver.
    let canvas: HtmlCanvasElement = all(&root, "canvas").pop().unwrap().unchecked_into();
    for _ in 0..50 {
        if canvas.get_attribute("data-draws").is_some() {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(
        canvas.get_attribute("aria-label").as_deref(),
        Some("Casualties")
    );
    assert!(canvas.width() > 0 && canvas.height() > 0);
    let ctx: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let pixels = ctx
        .get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64)
        .unwrap()
        .data();
    let background = &pixels[0..3];
    let drawn = pixels.chunks(4).filter(|p| &p[0..3] != background).count();
    assert!(drawn > 500, "{drawn} pixels drawn");
    let table = all(&root, "table").pop().expect("the text alternative");
    assert_eq!(
        table.get_attribute("aria-label").as_deref(),
        Some("Casualties (data)")
    );
    let cells: Vec<String> = all(&table, "tbody tr").iter().map(text).collect();
    assert!(
        cells[0].starts_with("killed") && cells[0].ends_with("15"),
        "{cells:?}"
    );

    // A new chart redraws the canvas.
    let before = canvas.get_attribute("data-draws");
    chart_signal.set(chart("Casualties", &[Kind::Killed, Kind::Injured], &[]));
    leptos::task::tick().await;
    assert_ne!(canvas.get_attribute("data-draws"), before);
}
