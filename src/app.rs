//! The app: the article, its figures highlighted in the text, the table of figures with the
//! user's corrections, warnings and charts. Each feature lives in `app/<feature>.rs`.
//!
//! Layout, with the slots other features attach to:
//!
//! ```text
//! header.toolbar   title, "Load example", theme toggle  [slot: share buttons]
//! aside.sidebar    [slot: the article list of a collection]
//! main.reader      article text, highlighted text, figures table + warnings, charts
//!                  [slot: timelines of a collection]
//! footer           [slot: privacy statement, offline copy]
//! ```
//!
//! App-wide state lives in one [`AppState`] in the context: the workspace (every article and
//! its corrections), the article being read, and what the extractor reads in it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::extract::{self, Document, Figure};
use crate::workspace::{chunks, Article, Reading, Workspace};

pub mod charts;
pub mod collection;
pub mod draw;
pub mod reader;
pub mod repeats;
pub mod share;
pub mod storage;
pub mod table;
pub mod theme;
pub mod timeline;
pub mod warnings;

pub use table::FiguresTable;

/// The example article "Load example" fills in, and a first visit starts with.
pub const EXAMPLE: &str = include_str!("app/example.txt");

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

/// App-wide state, in the context of every component (`expect_context::<AppState>()`).
#[derive(Clone, Copy)]
pub struct AppState {
    /// Every article and the corrections made to them; saved to localStorage on every change.
    pub workspace: RwSignal<Workspace>,
    /// The id of the article being read and corrected.
    pub selected: RwSignal<Option<u64>>,
    /// The selected article's text.
    pub text: Memo<String>,
    /// What the extractor reads in that text: recomputed only when the text changes.
    pub doc: Memo<Document>,
    /// The figures the user sees in it: the extractor's, corrected.
    pub readings: Memo<Vec<Reading>>,
    /// The figures of `readings`, for the charts and the warnings: one copy for both, made
    /// at once for a short text and in a later task for a big one (so that the page draws the
    /// table first and no task holds it long).
    pub figures: RwSignal<Vec<Figure>>,
    /// The figure selected in the table or the text: an index in `readings`.
    pub figure: RwSignal<Option<usize>>,
    /// A message for the user (storage full, a bad share link...), shown under the toolbar.
    pub notice: RwSignal<Option<String>>,
    /// While a big text is being read in chunks: how much is done, from 0 to 1.
    pub progress: RwSignal<Option<f64>>,
    /// The page of the marked text shown, for texts longer than one page.
    pub page: RwSignal<usize>,
}

/// Texts longer than this are read in chunks between frames, with a progress bar, so that the
/// page never freezes; shorter ones are read at once, on every keystroke.
pub const BIG_TEXT: usize = 192 * 1024;
/// The size of one chunk of a big text.
const CHUNK: usize = 24 * 1024;
/// How long the reading of a big text may hold the page before letting it draw, in ms.
pub(crate) const SLICE_MS: f64 = 20.0;

impl AppState {
    /// State over `workspace`, reading its first article.
    pub fn new(workspace: Workspace) -> AppState {
        let selected = RwSignal::new(workspace.articles.first().map(|a| a.id));
        let workspace = RwSignal::new(workspace);
        let text = Memo::new(move |_| {
            let id = selected.get();
            workspace.with(|w| {
                id.and_then(|id| w.article(id))
                    .map(|a| a.text.clone())
                    .unwrap_or_default()
            })
        });
        let big = RwSignal::new(Document::default());
        let progress = RwSignal::new(None);
        let doc = Memo::new(move |_| {
            text.with(|t| {
                if t.len() <= BIG_TEXT {
                    extract::extract(t)
                } else {
                    // Moved out, not cloned: a big text's document holds ~150k figures, and a
                    // copy of them would hold the page for tens of ms.
                    big.track();
                    big.try_update_untracked(std::mem::take).unwrap_or_default()
                }
            })
        });
        read_big_texts(text, big, progress);
        let readings = Memo::new(move |_| {
            let id = selected.get();
            doc.with(|doc| {
                workspace.with(|w| {
                    id.and_then(|id| w.article(id))
                        .map(|a| timed("readings", || a.readings(doc)))
                        .unwrap_or_default()
                })
            })
        });
        let figures = RwSignal::new(Vec::new());
        share_figures(text, readings, figures);
        AppState {
            workspace,
            selected,
            text,
            doc,
            readings,
            figures,
            figure: RwSignal::new(None),
            notice: RwSignal::new(None),
            progress,
            page: RwSignal::new(0),
        }
    }

    /// Changes the selected article (creating one if the workspace is empty).
    pub fn update_article(&self, change: impl FnOnce(&mut Article)) {
        let id = self.selected.get_untracked();
        self.workspace.update(|w| {
            let id = match id.filter(|&id| w.article(id).is_some()) {
                Some(id) => id,
                None => {
                    let id = w.next_id();
                    w.articles.push(Article {
                        id,
                        ..Article::default()
                    });
                    id
                }
            };
            if let Some(a) = w.article_mut(id) {
                change(a);
            }
            if self.selected.get_untracked() != Some(id) {
                self.selected.set(Some(id));
            }
        });
    }

    /// Replaces the selected article's text.
    pub fn set_text(&self, text: String) {
        self.update_article(|a| a.text = text);
    }
}

/// Reads texts longer than [`BIG_TEXT`] in chunks, yielding to the browser every [`SLICE_MS`]
/// and reporting progress; a newer text cancels the reading of an older one.
fn read_big_texts(text: Memo<String>, big: RwSignal<Document>, progress: RwSignal<Option<f64>>) {
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let long = text.with(|t| t.len() > BIG_TEXT);
        generation.update_value(|g| *g += 1);
        if !long {
            if progress.get_untracked().is_some() {
                progress.set(None);
            }
            return;
        }
        let current = generation.get_value();
        progress.set(Some(0.0));
        leptos::task::spawn_local(async move {
            let started = now();
            // Start in a task of its own: the paste that brought the text has held the page
            // long enough (Chromium inserting megabytes into the textarea).
            next_task().await;
            if generation.get_value() != current {
                return;
            }
            // The text is read where it is, not copied: it cannot change between two checks
            // of the generation (a change runs the effect above before this task resumes).
            let pieces = text.with_untracked(|t| chunks::chunks(t, CHUNK));
            let mut doc = Document::default();
            let mut slice = now();
            for (i, &(a, b)) in pieces.iter().enumerate() {
                let Some(part) = text.with_untracked(|t| t.get(a..b).map(extract::extract)) else {
                    return;
                };
                chunks::append(&mut doc, part, a);
                if now() - slice > SLICE_MS {
                    progress.set(Some((i + 1) as f64 / pieces.len() as f64));
                    next_task().await;
                    if generation.get_value() != current {
                        return;
                    }
                    slice = now();
                }
            }
            // How long the reading took, for the browser benchmark (`tests/e2e/bench-app.mjs`).
            if let Some(body) = document().body() {
                let _ = body.set_attribute("data-read-ms", &format!("{:.0}", now() - started));
            }
            // Shown in a task of its own: the figures, table and marks take tens of ms to make,
            // more than the reading's last slice should add to.
            next_task().await;
            if generation.get_value() != current {
                return;
            }
            timed("show", || {
                big.set(doc);
                progress.set(None);
            });
        });
    });
}

/// Copies the figures of `readings` into `figures` whenever they change: at once for a short
/// text (keystroke to chart stays within a frame), in the next task for a big one.
fn share_figures(text: Memo<String>, readings: Memo<Vec<Reading>>, figures: RwSignal<Vec<Figure>>) {
    let pending = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    let copy = move || {
        let all = timed("figures", || {
            readings.with_untracked(|r| r.iter().map(|r| r.figure.clone()).collect::<Vec<_>>())
        });
        figures.set(all);
    };
    Effect::new(move |_| {
        readings.track();
        if text.with_untracked(|t| t.len() <= BIG_TEXT) {
            pending.update_value(|p| *p = None);
            copy();
        } else {
            // Replacing the timer cancels the one before.
            let timer = gloo::timers::callback::Timeout::new(0, copy);
            pending.update_value(|p| *p = Some(timer));
        }
    });
}

/// Runs `f`, and writes how long it took on the page's body (`data-phase-ms="name=ms ..."`,
/// read by the browser benchmark `tests/e2e/bench-app.mjs`), to find what holds the page.
pub fn timed<R>(name: &str, f: impl FnOnce() -> R) -> R {
    let start = now();
    let out = f();
    let ms = now() - start;
    if let Some(body) = document().body() {
        let prefix = format!("{name}=");
        let mut parts: Vec<String> = body
            .get_attribute("data-phase-ms")
            .unwrap_or_default()
            .split(' ')
            .filter(|p| !p.is_empty() && !p.starts_with(&prefix))
            .map(String::from)
            .collect();
        parts.push(format!("{prefix}{ms:.1}"));
        let _ = body.set_attribute("data-phase-ms", &parts.join(" "));
    }
    out
}

/// Milliseconds since the page opened.
pub(crate) fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// Waits for the browser's next task: it draws and handles input meanwhile.
pub(crate) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let workspace = storage::load_workspace().unwrap_or_else(|| Workspace::with_text(EXAMPLE));
    let state = AppState::new(workspace);
    provide_context(state);
    collection::provide(state);
    storage::save_on_change(state);
    theme::provide_theme();

    view! {
        <div class="app">
            <header class="toolbar">
                <h1 class="brand">"Tally"</h1>
                <p class="tagline">"Figures from conflict reporting, read in your browser"</p>
                <div class="toolbar-actions">
                    <reader::LoadExample />
                    <theme::ThemeToggle />
                    <share::ShareTools />
                    <collection::ExportButtons />
                </div>
            </header>
            <Notice />
            <collection::StorageOffer />
            <collection::DropZone />
            <div class="layout">
                <aside class="sidebar" aria-label="Articles">
                    <collection::ArticleList />
                </aside>
                <main class="reader">
                    <reader::Reader />
                    <section class="figures-area" aria-label="Figures and warnings">
                        <FiguresTable readings=state.readings />
                        <warnings::Warnings />
                    </section>
                    <charts::Charts />
                    <timeline::Timelines />
                    <repeats::Repeats />
                </main>
            </div>
            <footer class="footer">
                <share::PrivacyFooter />
            </footer>
        </div>
    }
}

/// The message of the moment, if any, with a button to dismiss it.
#[component]
fn Notice() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notice.get().map(|message| {
            view! {
                <div class="notice" role="alert">
                    <p>{message}</p>
                    <button type="button" on:click=move |_| state.notice.set(None)>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
