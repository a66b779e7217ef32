//! Sharing and keeping: the share link (copy, open, ask before replacing), the offline copy of
//! the page, and the footer that states the privacy promise.
//!
//! The link's work lives after the `#`, which browsers never send to a server. Opening a link
//! never loses work: a bad link gets a message and changes nothing, and a good one replaces
//! unsaved work only after the user agrees, in a dialog in the page.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;

use super::AppState;
use crate::workspace::analysis::Analysis;
use crate::workspace::repeats::Repeats;
use crate::workspace::share::{self, LONG_LINK};
use crate::workspace::{export, Workspace};

/// The global where the single-file page keeps its own HTML, captured before the app mounted
/// (scripts/single_file.py writes it).
const PAGE_GLOBAL: &str = "TALLY_PAGE";

/// The file names of the offline copy and of the work as JSON.
const OFFLINE_NAME: &str = "tally.html";
const JSON_NAME: &str = "tally-collection.json";

const NOT_COPIED: &str = "This browser did not let Tally copy the link: it is selected below; copy it with Ctrl+C (⌘C on a Mac).";

/// The header tools: "Copy share link", the "Share link" field with its notes, the dialog that
/// asks before a link replaces work, and the handling of a share link the page was opened with
/// (or navigated to). Messages go to the app's notice.
#[component]
pub fn ShareTools() -> impl IntoView {
    let state = expect_context::<AppState>();
    let workspace = state.workspace;
    let notice = state.notice;
    // The link last made, and the work it carries (to tell when it is out of date).
    let made = RwSignal::new(None::<(String, Workspace)>);
    let copy_status = RwSignal::new(None::<String>);
    // A shared workspace waiting for the user's answer.
    let pending = RwSignal::new(None::<Workspace>);
    // The work the share fragment in the address bar holds, when it holds the open work.
    let url_holds = StoredValue::new(None::<Workspace>);
    let field = NodeRef::<leptos::html::Input>::new();

    let open = move |incoming: Workspace| {
        url_holds.set_value(Some(incoming.clone()));
        notice.set(Some(opened_message(&incoming)));
        state.figure.set(None);
        state.selected.set(incoming.articles.first().map(|a| a.id));
        workspace.set(incoming);
    };

    // A link opened or navigated to: decode, then open, ask, or explain.
    let consider = move |fragment: String| {
        if !wants_attention(&fragment) {
            return;
        }
        match share::decode(&fragment) {
            Err(e) => {
                pending.set(None);
                notice.set(Some(format!("{e} Your work is unchanged.")));
            }
            Ok(incoming) => {
                let current = workspace.get_untracked();
                if share::same_work(&current, &incoming) {
                    url_holds.set_value(Some(incoming));
                } else if has_work(&current) {
                    notice.set(None);
                    pending.set(Some(incoming));
                } else {
                    open(incoming);
                }
            }
        }
    };
    consider(location_fragment());
    let listener =
        window_event_listener_untyped("hashchange", move |_| consider(location_fragment()));
    on_cleanup(move || listener.remove());

    // Once the work changes, the share fragment in the address bar no longer holds it: drop
    // it, so that a reload does not offer old work. (A bad link stays, to be looked at.)
    Effect::new(move |_| {
        let stale = workspace.with(|w| {
            url_holds.with_value(|h| h.as_ref().is_some_and(|held| !share::same_work(held, w)))
        });
        if stale {
            url_holds.set_value(None);
            set_fragment(None);
        }
    });

    let copy = move |_| {
        let work = workspace.get_untracked();
        let fragment = share::encode(&work);
        set_fragment(Some(&fragment));
        url_holds.set_value(Some(work.clone()));
        let link = window()
            .location()
            .href()
            .unwrap_or_else(|_| format!("#{fragment}"));
        made.set(Some((link.clone(), work)));
        copy_status.set(None);
        let select = move || {
            copy_status.set(Some(NOT_COPIED.into()));
            set_timeout(
                move || {
                    if let Some(input) = field.get_untracked() {
                        let _ = input.focus();
                        input.select();
                    }
                },
                Duration::ZERO,
            );
        };
        match clipboard() {
            Some(clipboard) => {
                let ok = Closure::once_into_js(move |_: JsValue| {
                    copy_status.set(Some("Link copied to the clipboard.".into()))
                });
                let failed = Closure::once_into_js(move |_: JsValue| select());
                // `then` with functions that free themselves once called (the other one, a few
                // bytes, stays).
                let promise = clipboard.write_text(&link);
                let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
                    .map(JsCast::unchecked_into::<js_sys::Function>);
                if let Ok(then) = then {
                    let _ = then.call2(&promise, &ok, &failed);
                }
            }
            None => select(),
        }
    };

    // The collection file that "Import JSON" reads back (workspace::export), analysed afresh.
    let download_json = move |_| {
        let json = workspace.with_untracked(|w| {
            let mut analysis = Analysis::new();
            analysis.refresh(w);
            export::to_json(w, &analysis, &Repeats::find(&analysis, &w.separated))
        });
        if let Err(e) = download(JSON_NAME, "application/json", &json) {
            notice.set(Some(format!("The JSON could not be saved ({e}).")));
        }
    };

    let link = move || made.with(|m| m.as_ref().map(|(l, _)| l.clone()).unwrap_or_default());
    let stale = move || {
        made.with(|m| {
            m.as_ref()
                .is_some_and(|(_, held)| workspace.with(|w| !share::same_work(held, w)))
        })
    };

    view! {
        <button type="button" class="share-copy" on:click=copy>"Copy share link"</button>
        <div class="share-link" hidden=move || made.with(Option::is_none)>
            <label for="share-link">"Share link"</label>
            <input
                id="share-link"
                type="text"
                readonly
                node_ref=field
                prop:value=link
                aria-describedby="share-link-length"
            />
            <span id="share-link-length" class="share-length">
                {move || format!("{} characters", group_digits(link().len()))}
            </span>
            <p class="share-status" role="status">
                {move || if stale() { None } else { copy_status.get() }}
            </p>
            <Show when=move || { link().len() > LONG_LINK }>
                <p class="share-long">
                    {move || format!(
                        "This link is {:.1} KB long: some messengers and mail programs cut links longer than 8 KB. To be safe, send the work as a JSON file instead. ",
                        link().len() as f64 / 1024.0,
                    )}
                    <button type="button" on:click=download_json>"Download JSON"</button>
                </p>
            </Show>
            <Show when=move || made.with(Option::is_some) && is_file_page()>
                <p class="share-stale">
                    "This page was opened from a file, so the link points at the file on this computer. Others can open the work in their own copy of Tally: everything from the # on is the work."
                </p>
            </Show>
            <Show when=stale>
                <p class="share-stale">
                    "The work changed since this link was made: copy it again to include the changes."
                </p>
            </Show>
        </div>
        <ConfirmReplace pending=pending on_open=Callback::new(open) />
    }
}

/// The in-page dialog (a modal `<dialog>`) that asks before a shared link replaces work.
#[component]
fn ConfirmReplace(
    pending: RwSignal<Option<Workspace>>,
    on_open: Callback<Workspace>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let keep_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        let asking = pending.with(Option::is_some);
        let Some(dialog) = dialog.get() else { return };
        if asking && !dialog.open() {
            let _ = dialog.show_modal();
            if let Some(button) = keep_button.get_untracked() {
                let _ = button.focus();
            }
        } else if !asking && dialog.open() {
            dialog.close();
        }
    });
    let keep = move || {
        if pending.get_untracked().is_some() {
            pending.set(None);
            set_fragment(None);
            state.notice.set(Some(
                "Kept your work; the shared link was not opened.".into(),
            ));
        }
    };
    let replace = move |_| {
        if let Some(incoming) = pending.get_untracked() {
            pending.set(None);
            on_open.run(incoming);
        }
    };
    let counts = move || {
        let theirs = pending.with(|p| p.as_ref().map_or(0, |w| w.articles.len()));
        let ours = state.workspace.with(|w| w.articles.len());
        format!(
            "This link holds {}. Opening it replaces the work in this browser ({}), which is not in the link. To keep your work, choose \"Keep my work\" and save it first: copy its share link, or use \"Export JSON\".",
            articles(theirs),
            articles(ours),
        )
    };
    view! {
        <dialog
            class="share-confirm"
            role="alertdialog"
            aria-labelledby="share-confirm-title"
            aria-describedby="share-confirm-text"
            node_ref=dialog
            // Escape: the browser closes the dialog; keep the work.
            on:close=move |_| keep()
        >
            <h2 id="share-confirm-title">"Open the shared work?"</h2>
            <p id="share-confirm-text">{counts}</p>
            <div class="share-confirm-buttons">
                <button type="button" on:click=replace>"Replace my work"</button>
                <button type="button" node_ref=keep_button on:click=move |_| keep()>
                    "Keep my work"
                </button>
            </div>
        </dialog>
    }
}

/// The footer: the privacy promise, how it is kept, and "Download offline copy".
#[component]
pub fn PrivacyFooter() -> impl IntoView {
    let notice = expect_context::<AppState>().notice;
    let page_html = StoredValue::new(page_html());
    let can_download = page_html.with_value(Option::is_some);
    let download_page = move |_| {
        page_html.with_value(|html| {
            if let Some(html) = html {
                if let Err(e) = download(OFFLINE_NAME, "text/html", html) {
                    notice.set(Some(format!("The offline copy could not be saved ({e}).")));
                }
            }
        })
    };
    view! {
        <div class="privacy">
            <p class="promise">
                "Your text never leaves this browser. Tally has no server: the figures are found "
                "by code running in this page, and your work is kept in this browser's storage."
            </p>
            <details>
                <summary>"How this is enforced"</summary>
                <p>
                    "The page carries a Content-Security-Policy that forbids it to connect anywhere "
                    "(connect-src 'none'), to run any script but its own (allowed by its hash), and "
                    "to load fonts, frames or images from the network. Share links keep the work "
                    "after the #, which browsers never send to a server. The tests record every "
                    "request a whole session makes: none but the page itself. Details: the "
                    "README's section \"Privacy\"."
                </p>
            </details>
            <p>
                <button
                    type="button"
                    on:click=download_page
                    disabled=!can_download
                    title=if can_download {
                        "Save this page as one HTML file that works with no network"
                    } else {
                        "Only the single-file build (make dist) can save itself"
                    }
                >
                    "Download offline copy"
                </button>
                " One HTML file that works with no network. (In Chromium's \"Save page as\", "
                "\"Webpage, Complete\" works too; \"Webpage, Single File\" blocks the page's script.)"
            </p>
        </div>
    }
}

/// "1 article", "3 articles".
fn articles(n: usize) -> String {
    if n == 1 {
        "1 article".into()
    } else {
        format!("{n} articles")
    }
}

fn opened_message(ws: &Workspace) -> String {
    format!("Opened the shared work: {}.", articles(ws.articles.len()))
}

/// Whether there is work that replacing would lose: text other than the untouched example,
/// a correction, a separated repeat.
fn has_work(ws: &Workspace) -> bool {
    !ws.separated.is_empty()
        || ws.articles.iter().any(|a| {
            !a.corrections.is_empty() || !(a.text.trim().is_empty() || a.text == super::EXAMPLE)
        })
}

/// Whether a fragment is the app's business: any non-empty fragment but the id of an element
/// of the page (an in-page anchor). A foreign fragment gets a message rather than silence.
fn wants_attention(fragment: &str) -> bool {
    !fragment.is_empty()
        && (share::is_share_fragment(fragment) || document().get_element_by_id(fragment).is_none())
}

/// Whether the page was opened from a file (its links point at this computer).
fn is_file_page() -> bool {
    window().location().protocol().is_ok_and(|p| p == "file:")
}

/// The URL fragment, without `#` (empty if none).
fn location_fragment() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Sets (or removes) the URL fragment without adding a history entry or reloading.
fn set_fragment(fragment: Option<&str>) {
    let location = window().location();
    let url = match fragment {
        Some(f) => format!("#{f}"),
        None => {
            let path = location.pathname().unwrap_or_default();
            let search = location.search().unwrap_or_default();
            format!("{path}{search}")
        }
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The clipboard, if this browser offers it here (secure contexts only).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = window().navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// The page's own HTML as the single-file build captured it, if this is that build.
fn page_html() -> Option<String> {
    js_sys::Reflect::get(&window(), &JsValue::from_str(PAGE_GLOBAL))
        .ok()?
        .as_string()
        .filter(|s| !s.is_empty())
}

/// Saves `content` as a file named `name`, through a Blob URL (nothing is fetched).
fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |e: JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(fail)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}

/// 12345 -> "12,345".
fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
