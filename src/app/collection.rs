//! The collection: the list of articles beside the reader, adding articles (new, dropped files,
//! pasted rich text), removing and reordering them, export and import, and the state the
//! timelines and repeats views read.
//!
//! Every article's figures are memoised in an [`Analysis`] (only a changed article is read
//! again, and the open article reuses the reader's extraction). Text edits reach the collection
//! views after a short pause ([`SETTLE_MS`]) so typing stays fast with hundreds of articles;
//! adding, removing and reordering show at once.

use std::collections::HashMap;

use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::AppState;
use crate::workspace::analysis::Analysis;
use crate::workspace::export;
use crate::workspace::intake::{self, Intake};
use crate::workspace::repeats::Repeats;
use crate::workspace::timeline::{Bucket, Timeline};
use crate::workspace::{Article, Workspace};

/// How long after the last keystroke the collection views catch up, in milliseconds.
pub const SETTLE_MS: u32 = 250;

/// One article in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: u64,
    pub title: String,
    /// The article's date, the user's or the one its text states.
    pub date: Option<String>,
    /// The user set the date (rather than the text stating it).
    pub user_date: bool,
    pub figures: usize,
}

/// A message about the collection, with a way back when something was replaced or removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub message: String,
    /// The workspace before the change, restored by "Undo".
    pub undo: Option<Workspace>,
    /// The message reports a problem.
    pub problem: bool,
}

/// The collection's state, in the context (`expect_context::<Collection>()`).
#[derive(Clone, Copy)]
pub struct Collection {
    analysis: StoredValue<Analysis>,
    /// Changes whenever the analysis was brought up to date (read it with `get`: a memo runs
    /// only when read).
    pub tick: Memo<u64>,
    /// The articles, in order.
    pub summaries: Memo<Vec<Summary>>,
    pub repeats: Memo<Repeats>,
    /// The timeline's bucket; `None` chooses from the span.
    pub bucket: RwSignal<Option<Bucket>>,
    pub timeline: Memo<Timeline>,
    pub status: RwSignal<Option<Status>>,
}

impl Collection {
    /// Reads the analysis.
    pub fn with_analysis<R>(&self, f: impl FnOnce(&Analysis) -> R) -> R {
        self.analysis.with_value(f)
    }
}

/// Creates the collection state over the app's workspace and puts it in the context.
pub fn provide(state: AppState) -> Collection {
    let analysis = StoredValue::new(Analysis::new());
    // Bumped when the collection views should catch up with the workspace: at once when
    // articles are added, removed or reordered, after a pause for edits inside one.
    let settled = RwSignal::new(0u64);
    let pending = StoredValue::new_local(None::<Timeout>);
    let last_ids = StoredValue::new(Vec::<u64>::new());
    Effect::new(move |_| {
        let ids: Vec<u64> = state
            .workspace
            .with(|w| w.articles.iter().map(|a| a.id).collect());
        let same = last_ids.with_value(|l| *l == ids);
        last_ids.set_value(ids);
        pending.update_value(|p| {
            if let Some(t) = p.take() {
                t.cancel();
            }
        });
        if same {
            let t = Timeout::new(SETTLE_MS, move || {
                settled.update(|n| *n += 1);
            });
            pending.set_value(Some(t));
        } else {
            settled.update(|n| *n += 1);
        }
    });
    // When the reader finishes (or starts) reading a big text in chunks, catch up.
    Effect::new(move |prev: Option<bool>| {
        let reading = state.progress.with(Option::is_some);
        if prev.is_some_and(|p| p != reading) {
            // In a task of its own: the reader shows the big text's figures first.
            Timeout::new(0, move || settled.update(|n| *n += 1)).forget();
        }
        reading
    });
    let tick = Memo::new(move |prev: Option<&u64>| {
        settled.track();
        timed("refresh", || refresh(state, analysis));
        prev.map_or(1, |p| p + 1)
    });
    let summaries = Memo::new(move |_| {
        let _ = tick.get();
        timed("summaries", || {
            analysis.with_value(|a| {
                a.views()
                    .map(|v| Summary {
                        id: v.id,
                        title: v.title.clone(),
                        date: v.date.clone(),
                        user_date: v.user_date(),
                        figures: v.readings.len(),
                    })
                    .collect()
            })
        })
    });
    // Repeats and the timeline catch up in the task after the refresh: on a big article each
    // takes tens of ms, and the three in one task held the page for ~100 ms.
    let analysed = RwSignal::new(0u64);
    Effect::new(move |_| {
        let t = tick.get();
        Timeout::new(0, move || analysed.set(t)).forget();
    });
    let repeats = Memo::new(move |_| {
        analysed.track();
        timed("repeats", || {
            state
                .workspace
                .with_untracked(|w| analysis.with_value(|a| Repeats::find(a, &w.separated)))
        })
    });
    let bucket = RwSignal::new(None);
    let timeline = Memo::new(move |_| {
        // The groups may stay the same while dates and figures change.
        analysed.track();
        let b = bucket.get();
        timed("timeline", || {
            repeats.with(|r| analysis.with_value(|a| Timeline::build(a, r, b)))
        })
    });
    let c = Collection {
        analysis,
        tick,
        summaries,
        repeats,
        bucket,
        timeline,
        status: RwSignal::new(None),
    };
    provide_context(c);
    c
}

/// Runs `f`, and writes how long it took on the page's body (`data-collection-ms`, read by the
/// browser benchmark `tests/e2e/bench-collections.mjs`).
fn timed<R>(name: &'static str, f: impl FnOnce() -> R) -> R {
    let now = || window().performance().map_or(0.0, |p| p.now());
    let start = now();
    let out = f();
    let ms = now() - start;
    if let Some(body) = document().body() {
        let mut parts: Vec<String> = body
            .get_attribute("data-collection-ms")
            .unwrap_or_default()
            .split(' ')
            .filter(|p| !p.is_empty() && !p.starts_with(&format!("{name}=")))
            .map(String::from)
            .collect();
        parts.push(format!("{name}={ms:.1}"));
        let _ = body.set_attribute("data-collection-ms", &parts.join(" "));
    }
    out
}

/// Adds articles holding `texts` after the others and opens the last one.
pub fn add_articles(state: AppState, texts: Vec<String>) {
    if texts.is_empty() {
        return;
    }
    let mut last = None;
    state.workspace.update(|w| {
        for text in texts {
            let id = w.next_id();
            w.articles.push(Article {
                id,
                text,
                ..Article::default()
            });
            last = Some(id);
        }
    });
    state.figure.set(None);
    state.selected.set(last);
}

/// Replaces the workspace with an imported one, keeping the old one for "Undo".
pub fn import(state: AppState, c: Collection, json: &str, name: &str) {
    match export::from_json(json) {
        Ok(ws) => {
            let n = ws.articles.len();
            let before = state.workspace.get_untracked();
            state.figure.set(None);
            state.selected.set(ws.articles.first().map(|a| a.id));
            state.workspace.set(ws);
            c.status.set(Some(Status {
                message: format!(
                    "Imported {} from “{name}”, in place of the collection you had.",
                    plural(n, "article", "articles")
                ),
                undo: Some(before),
                problem: false,
            }));
        }
        Err(e) => c.status.set(Some(Status {
            message: format!("“{name}” was not imported. {e}"),
            undo: None,
            problem: true,
        })),
    }
}

/// Reads dropped or pasted files: texts become articles, a collection is imported, anything
/// else gets a message saying why it was not taken.
pub fn take_files(state: AppState, c: Collection, files: Vec<web_sys::File>) {
    if files.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        let mut texts = Vec::new();
        let mut notes = Vec::new();
        let mut refused = Vec::new();
        for file in files {
            let name = file.name();
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => {
                    refused.push(format!("“{name}” could not be read."));
                    continue;
                }
            };
            match intake::file(&name, &file.type_(), &bytes) {
                Ok(Intake::Text { text, note }) => {
                    if let Some(n) = note {
                        notes.push(format!("“{name}” {n}"));
                    }
                    texts.push(text);
                }
                Ok(Intake::Collection(json)) => import(state, c, &json, &name),
                Err(e) => refused.push(format!("“{name}”: {e}")),
            }
        }
        if texts.is_empty() && refused.is_empty() {
            return;
        }
        let before = state.workspace.get_untracked();
        let added = texts.len();
        add_articles(state, texts);
        let mut message = String::new();
        if added > 0 {
            message.push_str(&format!("Added {}.", plural(added, "article", "articles")));
        }
        for n in notes {
            message.push_str(&format!(" {n}."));
        }
        for r in &refused {
            message.push(' ');
            message.push_str(r);
        }
        c.status.set(Some(Status {
            message: message.trim().to_string(),
            undo: (added > 0).then_some(before),
            problem: !refused.is_empty(),
        }));
    });
}

/// "1 article", "3 articles".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Offers `content` as a file download, in the page (a Blob and an object URL).
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |e: JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    click_link(name, &url)?;
    Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Clicks a temporary link to `href` that downloads as `name`.
pub fn click_link(name: &str, href: &str) -> Result<(), String> {
    let fail = |e: JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let anchor: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(fail)?
        .unchecked_into();
    anchor.set_href(href);
    anchor.set_download(name);
    anchor.set_hidden(true);
    let body = document().body().ok_or("the page has no body")?;
    body.append_child(&anchor).map_err(fail)?;
    anchor.click();
    anchor.remove();
    Ok(())
}

/// Exports the collection as CSV or JSON, brought up to date first (an export right after
/// typing must not miss the edit).
fn export_as(state: AppState, c: Collection, json: bool) {
    settle_now(state, c);
    let (content, name, mime) = state.workspace.with_untracked(|w| {
        c.with_analysis(|a| {
            let r = Repeats::find(a, &w.separated);
            if json {
                (
                    export::to_json(w, a, &r),
                    "tally-collection.json",
                    "application/json",
                )
            } else {
                (
                    export::csv(a, &r),
                    "tally-figures.csv",
                    "text/csv;charset=utf-8",
                )
            }
        })
    });
    if let Err(e) = download(name, mime, &content) {
        c.status.set(Some(Status {
            message: format!("The export could not be offered as a download: {e}"),
            undo: None,
            problem: true,
        }));
    }
}

/// Brings the analysis up to date now.
fn settle_now(state: AppState, c: Collection) {
    refresh(state, c.analysis);
}

/// Brings the analysis up to date with the workspace, reusing what the reader read in the open
/// article. A big text the reader is still reading in chunks has no figures here until it is
/// done (then `progress` clears and the collection catches up).
fn refresh(state: AppState, analysis: StoredValue<Analysis>) {
    state.workspace.with_untracked(|w| {
        state.text.with_untracked(|text| {
            state.doc.with_untracked(|doc| {
                let reading =
                    text.len() > super::BIG_TEXT && state.progress.get_untracked().is_some();
                let (known, pending) = if reading {
                    (None, Some(text.as_str()))
                } else {
                    (Some((text.as_str(), doc)), None)
                };
                analysis.update_value(|a| a.refresh_with(w, known, pending));
            })
        })
    });
}

/// "Export CSV", "Export JSON" and "Import JSON", for the toolbar.
#[component]
pub fn ExportButtons() -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = expect_context::<Collection>();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_file = move |_| {
        let Some(el) = input.get() else { return };
        let Some(file) = el.files().and_then(|f| f.get(0)) else {
            return;
        };
        el.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => import(state, c, &text.as_string().unwrap_or_default(), &name),
                Err(_) => c.status.set(Some(Status {
                    message: format!("“{name}” could not be read."),
                    undo: None,
                    problem: true,
                })),
            }
        });
    };
    let export_now = move |json: bool| export_as(state, c, json);
    view! {
        <div class="collection-io" role="group" aria-label="Export and import">
            <button type="button" on:click=move |_| export_now(false)>"Export CSV"</button>
            <button type="button" on:click=move |_| export_now(true)>"Export JSON"</button>
            <button type="button" on:click=move |_| {
                if let Some(el) = input.get() {
                    el.click();
                }
            }>"Import JSON"</button>
            <input
                type="file"
                accept=".json,application/json"
                class="visually-hidden"
                tabindex="-1"
                aria-label="Collection file to import"
                node_ref=input
                on:change=on_file
            />
        </div>
    }
}

/// When the browser's storage is full, an offer to export the collection right away.
#[component]
pub fn StorageOffer() -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = expect_context::<Collection>();
    let full = move || {
        state
            .notice
            .with(|n| n.as_deref() == Some(super::storage::FULL_MESSAGE))
    };
    move || {
        full().then(|| {
            view! {
                <div class="storage-offer">
                    <p>"Keep a copy of everything on this page:"</p>
                    <button type="button" on:click=move |_| export_as(state, c, true)>
                        "Export the collection (JSON)"
                    </button>
                </div>
            }
        })
    }
}

/// Whether an event target is a place where typing or pasting goes (the browser handles it).
fn editable(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT") || el.is_content_editable()
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Files dropped anywhere on the page and content pasted outside a text field become articles;
/// a pasted file (a PDF copied in a file manager) is read as a dropped one. While files are
/// dragged over the page, an overlay says where they go.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = expect_context::<Collection>();
    let dragging = RwSignal::new(false);
    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer()
            .map(|d| d.types().includes(&JsValue::from_str("Files"), 0))
            .unwrap_or(false)
    };
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            if let Some(d) = ev.data_transfer() {
                d.set_drop_effect("copy");
            }
            dragging.set(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window (no element it enters) ends the drag over the page.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        if !has_files(&ev) {
            return;
        }
        ev.prevent_default();
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        take_files(state, c, files);
    });
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        let files = files_of(data.files());
        if !files.is_empty() {
            ev.prevent_default();
            take_files(state, c, files);
            return;
        }
        if editable(ev.target()) {
            return;
        }
        let plain = data.get_data("text/plain").unwrap_or_default();
        let html = data.get_data("text/html").unwrap_or_default();
        if plain.trim().is_empty() && html.trim().is_empty() {
            return;
        }
        ev.prevent_default();
        match intake::paste(&plain, &html) {
            Ok(Intake::Text { text, note }) => {
                let before = state.workspace.get_untracked();
                add_articles(state, vec![text]);
                let mut message = "Added the pasted article.".to_string();
                if let Some(n) = note {
                    message.push_str(&format!(" It was {n}."));
                }
                c.status.set(Some(Status {
                    message,
                    undo: Some(before),
                    problem: false,
                }));
            }
            Ok(Intake::Collection(json)) => import(state, c, &json, "the pasted collection"),
            Err(e) => c.status.set(Some(Status {
                message: e.to_string(),
                undo: None,
                problem: true,
            })),
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
        paste.remove();
    });
    move || {
        dragging.get().then(|| {
            view! {
                <div class="drop-overlay" aria-hidden="true">
                    <p>"Drop .txt, .md or .html files to add them as articles"</p>
                </div>
            }
        })
    }
}

/// The status of the last collection action, with "Undo" when it replaced or removed work.
#[component]
pub fn StatusLine() -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = expect_context::<Collection>();
    move || {
        c.status.get().map(|s| {
            let undo = s.undo.clone().map(|before| {
                let before = StoredValue::new(before);
                view! {
                    <button type="button" on:click=move |_| {
                        let ws = before.get_value();
                        state.figure.set(None);
                        let keep = state.selected.get_untracked()
                            .filter(|id| ws.article(*id).is_some());
                        state.selected.set(keep.or_else(|| ws.articles.first().map(|a| a.id)));
                        state.workspace.set(ws);
                        c.status.set(Some(Status {
                            message: "Undone.".into(),
                            undo: None,
                            problem: false,
                        }));
                    }>"Undo"</button>
                }
            });
            view! {
                <div class="collection-status" class:problem=s.problem role="status">
                    <p>{s.message.clone()}</p>
                    {undo}
                    <button type="button" class="quiet" aria-label="Dismiss message" on:click=move |_| c.status.set(None)>
                        "×"
                    </button>
                </div>
            }
        })
    }
}

/// The list of articles: open one, set its date, move or remove it, add a new one.
#[component]
pub fn ArticleList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = expect_context::<Collection>();
    let ids = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.articles.iter().map(|a| a.id).collect::<Vec<u64>>())
    });
    let by_id = Memo::new(move |_| {
        c.summaries.with(|s| {
            s.iter()
                .map(|x| (x.id, x.clone()))
                .collect::<HashMap<u64, Summary>>()
        })
    });
    let new_article = move |_| {
        add_articles(state, vec![String::new()]);
        if let Some(el) = document().get_element_by_id("article") {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    let count = move || {
        let n = ids.with(Vec::len);
        plural(n, "article", "articles")
    };
    let undated = move || {
        c.summaries.with(|s| {
            let n = s.iter().filter(|x| x.date.is_none()).count();
            (n > 0).then(|| {
                format!(
                    "{} no date: set one to place {} on the timeline.",
                    if n == 1 {
                        "1 article has".to_string()
                    } else {
                        format!("{n} articles have")
                    },
                    if n == 1 { "it" } else { "them" }
                )
            })
        })
    };
    view! {
        <section class="collection" aria-labelledby="collection-heading">
            <div class="collection-head">
                <h2 id="collection-heading" class="section-title">
                    "Collection " <span class="count">{count}</span>
                </h2>
                <button type="button" class="primary" on:click=new_article>"New article"</button>
            </div>
            <p class="hint">
                "Drop .txt, .md or .html files anywhere on the page, or paste an article outside the text box."
            </p>
            <StatusLine />
            <ol class="article-list" aria-label="Articles">
                <For
                    each=move || ids.get()
                    key=|id| *id
                    children=move |id| view! { <ArticleItem id by_id ids /> }
                />
            </ol>
            {move || undated().map(|t| view! { <p class="hint undated">{t}</p> })}
        </section>
    }
}

/// One article of the list.
#[component]
fn ArticleItem(
    /// The article's id.
    id: u64,
    /// Every article's summary.
    by_id: Memo<HashMap<u64, Summary>>,
    /// The articles' order.
    ids: Memo<Vec<u64>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = expect_context::<Collection>();
    let item = Memo::new(move |_| by_id.with(|m| m.get(&id).cloned()));
    let position =
        Memo::new(move |_| ids.with(|v| (v.iter().position(|&x| x == id).unwrap_or(0), v.len())));
    let selected = move || state.selected.get() == Some(id);
    let title = move || {
        item.with(|s| s.as_ref().map(|s| s.title.clone()))
            .unwrap_or_else(|| "…".into())
    };
    let open = move |_| {
        state.figure.set(None);
        state.selected.set(Some(id));
    };
    let move_by = move |delta: isize, which: &'static str| {
        state.workspace.update(|w| {
            if let Some(i) = w.articles.iter().position(|a| a.id == id) {
                let j = i as isize + delta;
                if j >= 0 && (j as usize) < w.articles.len() {
                    w.articles.swap(i, j as usize);
                }
            }
        });
        // Keep the keyboard where it was: on the same button of the moved article.
        let sel = format!("[data-move='{which}-{id}']");
        request_animation_frame(move || {
            if let Ok(Some(el)) = document().query_selector(&sel) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    };
    let remove = move |_| {
        let before = state.workspace.get_untracked();
        let name = title();
        let mut next = None;
        state.workspace.update(|w| {
            if let Some(i) = w.articles.iter().position(|a| a.id == id) {
                w.articles.remove(i);
                next = w
                    .articles
                    .get(i)
                    .or_else(|| w.articles.last())
                    .map(|a| a.id);
            }
        });
        if state.selected.get_untracked() == Some(id) {
            state.figure.set(None);
            state.selected.set(next);
        }
        c.status.set(Some(Status {
            message: format!("Removed “{name}”."),
            undo: Some(before),
            problem: false,
        }));
    };
    let set_date = move |value: String| {
        state.workspace.update(|w| {
            if let Some(a) = w.article_mut(id) {
                a.published = (!value.is_empty()).then_some(value);
            }
        });
    };
    let date = move || item.with(|s| s.as_ref().and_then(|s| s.date.clone()).unwrap_or_default());
    let figures = move || {
        item.with(|s| s.as_ref().map(|s| s.figures))
            .map(|n| plural(n, "figure", "figures"))
            .unwrap_or_default()
    };
    let date_note = move || {
        item.with(|s| match s {
            Some(s) if s.date.is_none() => "no date",
            Some(s) if !s.user_date => "from the text",
            _ => "",
        })
    };
    view! {
        <li class="article-item" class:selected=selected class:undated=move || date().is_empty()>
            <button
                type="button"
                class="article-open"
                aria-current=move || if selected() { "true" } else { "false" }
                on:click=open
            >
                <span class="article-title">{title}</span>
            </button>
            <div class="article-meta">
                <input
                    type="date"
                    aria-label=move || format!("Date of {}", title())
                    prop:value=date
                    on:change:target=move |ev| set_date(ev.target().value())
                />
                <span class="date-note">{date_note}</span>
                <span class="figure-count">{figures}</span>
            </div>
            <div class="article-actions">
                <button
                    type="button"
                    data-move=format!("up-{id}")
                    aria-label=move || format!("Move {} up", title())
                    disabled=move || position.get().0 == 0
                    on:click=move |_| move_by(-1, "up")
                >"↑"</button>
                <button
                    type="button"
                    data-move=format!("down-{id}")
                    aria-label=move || format!("Move {} down", title())
                    disabled=move || { let (i, n) = position.get(); i + 1 >= n }
                    on:click=move |_| move_by(1, "down")
                >"↓"</button>
                <button
                    type="button"
                    aria-label=move || format!("Remove {}", title())
                    on:click=remove
                >"Remove"</button>
            </div>
        </li>
    }
}
