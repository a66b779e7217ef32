//! Browser tests: components mounted into a fresh node in headless Chromium (wasm-bindgen-test).
//!
//! Run with `make test-wasm` (part of `make test`). The helpers here find elements the way the
//! end-to-end tests do, by accessible name: a control by its label, a table by its name.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use tally::app::{App, FiguresTable};
use tally::extract::{Evidence, Figure, Kind, Subject};
use tally::workspace::{Origin, Reading};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

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

/// Every element under `root`, in document order.
fn descendants(root: &Element) -> Vec<Element> {
    let mut out = Vec::new();
    let mut next = root.first_element_child();
    while let Some(el) = next {
        out.push(el.clone());
        out.extend(descendants(&el));
        next = el.next_element_sibling();
    }
    out
}

/// Every element under `root` with the tag `tag` (lower case).
fn all(root: &Element, tag: &str) -> Vec<Element> {
    descendants(root)
        .into_iter()
        .filter(|el| el.tag_name().eq_ignore_ascii_case(tag))
        .collect()
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_owned()
}

/// The form control whose accessible name is `name`: `aria-label`, `<label for>` or a wrapping
/// `<label>`.
fn labelled(root: &Element, name: &str) -> Option<Element> {
    if let Some(el) = descendants(root)
        .into_iter()
        .find(|el| el.get_attribute("aria-label").as_deref() == Some(name))
    {
        return Some(el);
    }
    let label = all(root, "label").into_iter().find(|l| text(l) == name)?;
    let controls = |el: &Element| {
        descendants(el).into_iter().find(|c| {
            ["input", "textarea", "select"]
                .iter()
                .any(|t| c.tag_name().eq_ignore_ascii_case(t))
        })
    };
    match label.get_attribute("for") {
        Some(id) => descendants(root).into_iter().find(|el| el.id() == id),
        None => controls(&label),
    }
}

/// The table whose accessible name is `name` (`aria-label` or `<caption>`).
fn table(root: &Element, name: &str) -> Option<Element> {
    all(root, "table").into_iter().find(|t| {
        t.get_attribute("aria-label").as_deref() == Some(name)
            || all(t, "caption").iter().any(|c| text(c) == name)
    })
}

/// The body rows of a table, each as its cells' texts.
fn rows(table: &Element) -> Vec<Vec<String>> {
    all(table, "tbody")
        .iter()
        .flat_map(|body| all(body, "tr"))
        .map(|tr| all(&tr, "td").iter().map(text).collect())
        .collect()
}

fn figure(kind: Kind, subject: Option<Subject>, value: u64, evidence: &str) -> Figure {
    Figure::exact(
        kind,
        subject,
        value,
        Evidence {
            start: 0,
            end: evidence.len(),
            text: evidence.to_owned(),
        },
    )
}

#[wasm_bindgen_test]
fn app_has_the_article_textarea_and_the_figures_table() {
    let root = mount(App);
    let article = labelled(&root, "Article text").expect("a control labelled \"Article text\"");
    assert_eq!(article.tag_name().to_lowercase(), "textarea");
    assert!(
        table(&root, "Figures").is_some(),
        "a table named \"Figures\""
    );
}

#[wasm_bindgen_test]
async fn figures_table_follows_its_signal() {
    let figures = RwSignal::new(Vec::<Figure>::new());
    // The table shows readings (figures after the user's corrections); these are as extracted.
    let readings = Signal::derive(move || {
        figures
            .get()
            .into_iter()
            .map(|figure| Reading {
                figure,
                origin: Origin::Extracted,
                key: None,
            })
            .collect::<Vec<_>>()
    });
    let root = mount(move || view! { <FiguresTable readings=readings /> });
    let table = table(&root, "Figures").expect("a table named \"Figures\"");
    assert!(
        rows(&table).iter().all(|r| r.len() <= 1),
        "no figure rows yet"
    );

    figures.set(vec![
        figure(
            Kind::Killed,
            Some(Subject::Militants),
            12,
            "killed 12 militants",
        ),
        figure(Kind::Operations, None, 40, "40 operations"),
    ]);
    leptos::task::tick().await;

    let body = rows(&table);
    let joined: Vec<String> = body.iter().map(|r| r.join(" | ").to_lowercase()).collect();
    assert_eq!(body.len(), 2, "one row a figure: {joined:?}");
    assert!(joined[0].contains("killed"), "{joined:?}");
    assert!(joined[0].contains("12"), "{joined:?}");
    assert!(joined[0].contains("killed 12 militants"), "{joined:?}");
    assert!(joined[1].contains("40 operations"), "{joined:?}");

    figures.set(Vec::new());
    leptos::task::tick().await;
    assert!(rows(&table).iter().all(|r| r.len() <= 1), "rows gone again");
}
