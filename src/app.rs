//! The app: a textarea for the article and a live table of the figures the wasm core finds.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::extract::{self, Figure};

/// Mounts the app into `<div id="app">`, emptying it first so that a page saved after use and
/// reopened mounts one app, not a second beside the saved markup.
pub fn mount() {
    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    root.set_inner_html("");
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root, App).forget();
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let (text, set_text) = signal(String::new());
    let figures = Memo::new(move |_| text.with(|t| extract::extract(t).figures));
    view! {
        <main class="page">
            <h1>"Tally"</h1>
            <label for="article">"Article text"</label>
            <textarea
                id="article"
                rows="12"
                prop:value=text
                on:input:target=move |ev| set_text.set(ev.target().value())
            ></textarea>
            <FiguresTable figures=figures />
        </main>
    }
}

/// The table named "Figures": one row a figure.
#[component]
pub fn FiguresTable(
    /// The figures to list, in text order.
    #[prop(into)]
    figures: Signal<Vec<Figure>>,
) -> impl IntoView {
    view! {
        <table aria-label="Figures">
            <caption>"Figures"</caption>
            <thead>
                <tr><th>"Kind"</th><th>"Who"</th><th>"Number"</th><th>"Evidence"</th></tr>
            </thead>
            <tbody>
                {move || figures.get().into_iter().map(|f| view! {
                    <tr>
                        <td>{f.kind.as_str()}</td>
                        <td>{f.subject.map(|s| s.as_str()).unwrap_or("")}</td>
                        <td>{f.value}</td>
                        <td>{f.evidence.text}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
