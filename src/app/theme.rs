//! Light and dark themes: follow the system setting until the user picks one with the toggle.
//!
//! The resolved theme is set as `data-theme` on `<html>` (the stylesheet falls back to the
//! system setting before the app has loaded) and given to the charts, which draw in its colours.

use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Where the user's choice is kept.
const KEY: &str = "tally.theme";

/// What the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    System,
    Light,
    Dark,
}

/// The theme in the context: the user's choice and whether the page is dark.
#[derive(Clone, Copy)]
pub struct Theme {
    pub choice: RwSignal<Choice>,
    pub dark: Memo<bool>,
}

impl Choice {
    pub fn as_str(self) -> &'static str {
        match self {
            Choice::System => "system",
            Choice::Light => "light",
            Choice::Dark => "dark",
        }
    }
}

/// Creates the theme, puts it in the context and keeps `<html data-theme>` in step.
pub fn provide_theme() -> Theme {
    let stored = LocalStorage::raw().get_item(KEY).ok().flatten();
    let choice = RwSignal::new(match stored.as_deref() {
        Some("light") => Choice::Light,
        Some("dark") => Choice::Dark,
        _ => Choice::System,
    });
    let system_dark = RwSignal::new(false);
    if let Ok(Some(query)) = window().match_media("(prefers-color-scheme: dark)") {
        system_dark.set(query.matches());
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            if let Ok(Some(q)) = window().match_media("(prefers-color-scheme: dark)") {
                system_dark.set(q.matches());
            }
        });
        query.set_onchange(Some(listener.as_ref().unchecked_ref()));
        listener.forget();
    }
    let dark = Memo::new(move |_| match choice.get() {
        Choice::System => system_dark.get(),
        Choice::Light => false,
        Choice::Dark => true,
    });
    Effect::new(move |_| {
        let value = if dark.get() { "dark" } else { "light" };
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-theme", value);
        }
    });
    let theme = Theme { choice, dark };
    provide_context(theme);
    theme
}

/// The button that switches between light and dark. Choosing what the system shows goes back
/// to following the system.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = expect_context::<Theme>();
    let toggle = move |_| {
        let dark = !theme.dark.get_untracked();
        let system_dark = window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|q| q.matches());
        let choice = if dark == system_dark {
            Choice::System
        } else if dark {
            Choice::Dark
        } else {
            Choice::Light
        };
        theme.choice.set(choice);
        let _ = match choice {
            Choice::System => LocalStorage::raw().remove_item(KEY),
            c => LocalStorage::raw().set_item(KEY, c.as_str()),
        };
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || theme.dark.get().to_string()
            on:click=toggle
        >
            "Dark theme"
        </button>
    }
}
