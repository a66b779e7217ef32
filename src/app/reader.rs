//! Reading: the article textarea, the text with each figure's evidence marked, and adding a
//! figure the extractor missed by selecting its words.
//!
//! The marked text is built from [`segments`] as text nodes inside `<span>` and `<mark>`
//! elements, never as HTML, so whatever the article holds is shown, not run.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::AppState;
use crate::extract::{self, Evidence, Figure, Kind, Subject};
use crate::workspace::chunks::{chunks, index_of};
use crate::workspace::marks::segments;
use crate::workspace::totals::{reading_text, subject_label};
use crate::workspace::{Correction, Origin, Reading};
use std::collections::HashMap;

/// "Load example": replaces the article text with the example article.
#[component]
pub fn LoadExample() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <button
            type="button"
            on:click=move |_| {
                state.figure.set(None);
                state.set_text(super::EXAMPLE.to_string());
            }
        >
            "Load example"
        </button>
    }
}

/// The article: its text to edit, and the same text with the figures marked.
#[component]
pub fn Reader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    // The textarea is the source of the text: write it back only when it differs (a loaded
    // example, another article), so typing never moves the caret.
    let typed = StoredValue::new(false);
    // A big text is not kept whole in the textarea unless the user asks: Chromium takes seconds
    // to lay out megabytes of textarea, holding the page. It shows its start, read-only, and
    // the whole text is in the marked text below, in pages.
    let whole = RwSignal::new(false);
    let big = Memo::new(move |_| state.text.with(|t| t.len() > super::BIG_TEXT));
    let preview = move || big.get() && !whole.get();
    // While a big paste is being taken in (a few tasks), the box takes no other edit.
    let taking = RwSignal::new(false);
    Effect::new(move |_| {
        if !big.get() {
            whole.set(false);
        }
    });
    Effect::new(move |_| {
        let shown = preview();
        // Text that came from the textarea is already there (and a big one is slow to read).
        if std::mem::take(&mut *typed.write_value()) && !shown {
            state.text.track();
            return;
        }
        let Some(el) = textarea.get() else {
            state.text.track();
            return;
        };
        if shown {
            // Not compared with the textarea's value first: reading 10 MB out of it takes ms.
            el.set_value(&state.text.with(|t| preview_of(t)));
            return;
        }
        state.text.with(|text| {
            // A big text is not read back out of the box to compare (megabytes of UTF-16):
            // the box holds its preview, or what was typed (returned above).
            if text.len() > super::BIG_TEXT || el.value() != *text {
                el.set_value(text);
            }
        });
    });
    let count = move || {
        let n = state.readings.with(Vec::len);
        match n {
            0 => "No figures found yet".to_string(),
            1 => "1 figure".to_string(),
            n => format!("{n} figures"),
        }
    };
    view! {
        <section class="article" aria-label="Article">
            <div class="article-input">
                <h2 id="article-heading" class="section-title">
                    <label for="article">"Article text"</label>
                </h2>
                <textarea
                    id="article"
                    node_ref=textarea
                    rows="14"
                    spellcheck="false"
                    readonly=move || preview() || taking.get()
                    placeholder="Paste a news article here: its figures appear as you type."
                    on:paste=move |ev| {
                        if preview() || taking.get_untracked() {
                            return;
                        }
                        if let Some(el) = textarea.get_untracked() {
                            take_big_paste(state, &ev, &el, taking);
                        }
                    }
                    on:input:target=move |ev| {
                        if preview() {
                            return;
                        }
                        typed.set_value(true);
                        super::timed("input", || state.set_text(ev.target().value()))
                    }
                ></textarea>
                <Show when=preview>
                    <p class="big-text-note">
                        {move || {
                            let mb = state.text.with(|t| t.len() as f64 / 1_048_576.0);
                            format!(
                                "This text is {mb:.1} MB: the box shows its start; all of it is marked below, in pages. "
                            )
                        }}
                        <button type="button" on:click=move |_| whole.set(true)>
                            "Edit the whole text"
                        </button>
                    </p>
                </Show>
            </div>
            <div class="article-marked">
                <h2 class="section-title" id="marked-heading">
                    "Highlighted text "
                    <span class="count" aria-live="polite">{count}</span>
                </h2>
                <Progress />
                <MarkedText />
                <AddFigure />
            </div>
        </section>
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A `DataTransfer` whose `getData` keeps the text a JS string (web-sys's `get_data` copies
    /// all of it into wasm at once, holding the page for tens of ms on a 10 MB paste).
    type Clipboard;
    #[wasm_bindgen(method, catch, js_name = getData)]
    fn text(this: &Clipboard, format: &str) -> Result<js_sys::JsString, wasm_bindgen::JsValue>;
}

/// UTF-16 units of a big paste copied into wasm at a time (a few ms each: a task copies slices
/// for [`super::SLICE_MS`], and may overrun it by one).
const PASTE_SLICE: u32 = 1 << 18;

/// Takes a paste of a big text (over [`super::BIG_TEXT`] UTF-16 units) into the textarea `el`
/// out of the browser's hands: Chromium inserting megabytes into a textarea holds the page for
/// ~100 ms, and the box shows only the start of a big text anyway. The text is copied into
/// wasm a slice at a time across tasks, put in place of the selection (as a paste would), and
/// read in chunks as any big text is; the progress bar shows from the paste on. A smaller
/// paste, or one of files (taken by the drop zone), is left to the browser: caret and undo as
/// usual.
fn take_big_paste(
    state: AppState,
    ev: &web_sys::ClipboardEvent,
    el: &web_sys::HtmlTextAreaElement,
    taking: RwSignal<bool>,
) {
    let Some(data) = ev.clipboard_data() else {
        return;
    };
    if data.files().is_some_and(|f| f.length() > 0) {
        return;
    }
    let Ok(pasted) = data.unchecked_ref::<Clipboard>().text("text/plain") else {
        return;
    };
    if pasted.length() as usize <= super::BIG_TEXT {
        return;
    }
    ev.prevent_default();
    // What the paste replaces: the selection, in UTF-16 units of the box's value.
    let value = el.value();
    let units = |r: Result<Option<u32>, _>| r.ok().flatten();
    let end = units(el.selection_end()).map_or(value.len(), |u| byte_at(&value, u));
    let start = units(el.selection_start()).map_or(end, |u| byte_at(&value, u).min(end));
    let id = state.selected.get_untracked();
    taking.set(true);
    state.progress.set(Some(0.0));
    leptos::task::spawn_local(async move {
        let n = pasted.length();
        let mut text = String::with_capacity(value.len() + n as usize);
        text.push_str(&value[..start]);
        let mut at = 0;
        while at < n {
            // The paste's own task has held the page long enough: copy from the next one on.
            super::next_task().await;
            let began = super::now();
            while at < n && super::now() - began < super::SLICE_MS {
                let mut to = (at + PASTE_SLICE).min(n);
                if to < n {
                    // Never split a surrogate pair, nor a CR from the LF after it.
                    let last = pasted.char_code_at(to - 1) as u32;
                    if (0xD800..0xDC00).contains(&last) || last == u32::from(b'\r') {
                        to -= 1;
                    }
                }
                push_lines(&mut text, &String::from(pasted.slice(at, to)));
                at = to;
            }
        }
        text.push_str(&value[end..]);
        taking.set(false);
        // Into the article pasted into, even if another one was opened meanwhile.
        match id {
            Some(id) if state.selected.get_untracked() != Some(id) => {
                state.workspace.update(|w| {
                    if let Some(a) = w.article_mut(id) {
                        a.text = text;
                    }
                });
            }
            _ => state.set_text(text),
        }
    });
}

/// The byte offset in `s` of the UTF-16 offset `units` (the end if it is past it).
fn byte_at(s: &str, units: u32) -> usize {
    let mut n = 0;
    for (i, c) in s.char_indices() {
        if n >= units as usize {
            return i;
        }
        n += c.len_utf16();
    }
    s.len()
}

/// Appends `s` to `out` with its line breaks as a textarea keeps them: CR LF and a lone CR
/// become LF.
fn push_lines(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = rest[i + 1..].strip_prefix('\n').unwrap_or(&rest[i + 1..]);
    }
    out.push_str(rest);
}

/// How much of a big text the textarea shows.
const PREVIEW: usize = 4 * 1024;

/// The start of a big text, for the textarea, ending with a line saying there is more.
fn preview_of(text: &str) -> String {
    let mut end = PREVIEW.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!(
        "{}\n\n[… the text goes on: {} bytes in all]",
        &text[..end],
        text.len()
    )
}

/// The words of the article the user selected in the marked text, as byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Picked {
    start: usize,
    end: usize,
}

/// The selection the add-figure form works on, shared between the marked text and the form.
#[derive(Clone, Copy)]
struct Selection(RwSignal<Option<Picked>>);

/// One run of the marked text, as rendered: its words and, if figures cover it, the mark.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Run {
    words: String,
    mark: Option<MarkRun>,
}

/// A run that figures cover.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct MarkRun {
    /// The innermost figure: the one a click selects.
    inner: usize,
    /// Every figure covering the run.
    covering: Vec<usize>,
    class: String,
    /// Their readings, innermost first, one a line.
    reading: String,
    /// Whether this is the first run of the innermost figure (it gets the id and the tab stop).
    first: bool,
}

/// The runs of the article text, each keyed by its content and how many equal runs come before
/// it, so that a keystroke re-renders only the runs it changes.
fn runs(text: &str, readings: &[Reading], page: (usize, usize)) -> Vec<((Run, usize), ())> {
    let (a, b) = page;
    let Some(shown) = text.get(a..b) else {
        return Vec::new();
    };
    // The figures on this page, their spans cut to it and counted from its start.
    let on_page: Vec<usize> = (0..readings.len())
        .filter(|&i| {
            let e = &readings[i].figure.evidence;
            e.end > a && e.start < b
        })
        .collect();
    let spans: Vec<(usize, usize)> = on_page
        .iter()
        .map(|&i| {
            let e = &readings[i].figure.evidence;
            (e.start.max(a) - a, e.end.min(b) - a)
        })
        .collect();
    let mut first_seen = vec![false; readings.len()];
    let mut seen: HashMap<Run, usize> = HashMap::new();
    segments(shown, &spans)
        .into_iter()
        .map(|mut seg| {
            for m in &mut seg.marks {
                *m = on_page[*m];
            }
            let words = shown[seg.start..seg.end].to_string();
            let mark = seg.marks.last().map(|&inner| {
                let first = !first_seen[inner];
                first_seen[inner] = true;
                let r = &readings[inner];
                let mut class = format!("mark kind-{}", r.figure.kind.as_str());
                match r.origin {
                    Origin::Corrected { .. } => class.push_str(" corrected"),
                    Origin::Added => class.push_str(" added"),
                    Origin::Extracted => {}
                }
                if seg.marks.len() > 1 {
                    class.push_str(" overlap");
                }
                let reading = seg
                    .marks
                    .iter()
                    .rev()
                    .map(|&i| reading_text(&readings[i].figure))
                    .collect::<Vec<_>>()
                    .join("\n");
                MarkRun {
                    inner,
                    covering: seg.marks.clone(),
                    class,
                    reading,
                    first,
                }
            });
            let run = Run { words, mark };
            let n = seen.entry(run.clone()).or_insert(0);
            *n += 1;
            ((run, *n), ())
        })
        .collect()
}

/// The article text with every figure's evidence marked, coloured by kind, its reading shown on
/// hover and focus. Clicking (or Enter on) a mark selects its figure.
#[component]
pub fn MarkedText() -> impl IntoView {
    let state = expect_context::<AppState>();
    let picked = use_context::<Selection>().unwrap_or_else(|| {
        let s = Selection(RwSignal::new(None));
        provide_context(s);
        s
    });
    let body = NodeRef::<leptos::html::Div>::new();
    let pages = Memo::new(move |_| state.text.with(|t| pages_of(t)));
    let page = Memo::new(move |_| {
        let n = pages.with(Vec::len);
        let p = state.page.get().min(n.saturating_sub(1));
        pages.with(|all| all.get(p).copied().unwrap_or((0, 0)))
    });
    let all = Memo::new(move |_| {
        let page = page.get();
        state.text.with(|t| {
            state
                .readings
                .with(|r| super::timed("runs", || runs(t, r, page)))
        })
    });

    let run_view = move |((run, _), ()): ((Run, usize), ())| {
        let Some(m) = run.mark else {
            return view! { <span>{run.words}</span> }.into_any();
        };
        let inner = m.inner;
        let covering = m.covering;
        view! {
            <mark
                class=m.class
                class:selected=move || state.figure.get().is_some_and(|f| covering.contains(&f))
                id=m.first.then(|| format!("mark-{inner}"))
                data-figure=inner
                data-reading=m.reading.clone()
                aria-description=m.reading
                tabindex=if m.first { "0" } else { "-1" }
                on:click=move |_| select_row(state, inner)
                on:keydown=move |ev| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        select_row(state, inner);
                    }
                }
            >
                {run.words}
            </mark>
        }
        .into_any()
    };

    // After the mouse or keyboard changes the selection, remember which words it covers.
    let remember = move || {
        let Some(root) = body.get_untracked() else {
            return;
        };
        let start = page.get_untracked().0;
        picked.0.set(selected_span(&root).map(|p| Picked {
            start: p.start + start,
            end: p.end + start,
        }));
    };

    view! {
        <div
            class="marked"
            node_ref=body
            role="region"
            aria-labelledby="marked-heading"
            on:mouseup=move |_| remember()
            on:keyup=move |_| remember()
        >
            <For each=move || all.get() key=|(k, ())| k.clone() children=run_view />
        </div>
        <Pager pages />
    }
}

/// Selects figure `i` in the table and brings its row into view.
pub fn select_row(state: AppState, i: usize) {
    state.figure.set(Some(i));
    let Some(row) = document().get_element_by_id(&format!("figure-row-{i}")) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    row.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Brings figure `i`'s mark into view and flashes it, turning to its page first if the text
/// is shown in pages.
pub fn show_mark(state: AppState, i: usize) {
    if document().get_element_by_id(&format!("mark-{i}")).is_none() {
        let Some(start) = state
            .readings
            .with_untracked(|r| r.get(i).map(|r| r.figure.evidence.start))
        else {
            return;
        };
        let page = state.text.with_untracked(|t| index_of(&pages_of(t), start));
        state.page.set(page);
        // The page is drawn on the next frame.
        request_animation_frame(move || flash_mark(i));
        return;
    }
    flash_mark(i);
}

fn flash_mark(i: usize) {
    let Some(mark) = document().get_element_by_id(&format!("mark-{i}")) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    mark.scroll_into_view_with_scroll_into_view_options(&options);
    let classes = mark.class_list();
    let _ = classes.remove_1("flash");
    // Reading the layout restarts the animation when the class comes back.
    let _ = mark.unchecked_ref::<web_sys::HtmlElement>().offset_width();
    let _ = classes.add_1("flash");
}

/// The marked text is shown a page at a time when the text is longer than this.
pub const PAGE: usize = 16 * 1024;

/// The pages of a text: one if it is short.
fn pages_of(text: &str) -> Vec<(usize, usize)> {
    if text.len() <= PAGE {
        vec![(0, text.len())]
    } else {
        chunks(text, PAGE)
    }
}

/// Previous and next page of a long text.
#[component]
fn Pager(pages: Memo<Vec<(usize, usize)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let n = move || pages.with(Vec::len);
    let current = move || state.page.get().min(n().saturating_sub(1));
    move || {
        (n() > 1).then(|| {
            view! {
                <nav class="pager" aria-label="Pages of the text">
                    <button
                        type="button"
                        disabled=move || current() == 0
                        on:click=move |_| state.page.set(current().saturating_sub(1))
                    >
                        "Previous page"
                    </button>
                    <span>{move || format!("Page {} of {}", current() + 1, n())}</span>
                    <button
                        type="button"
                        disabled=move || { current() + 1 >= n() }
                        on:click=move |_| state.page.set(current() + 1)
                    >
                        "Next page"
                    </button>
                </nav>
            }
        })
    }
}

/// The progress of reading a big text, while it lasts.
#[component]
fn Progress() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.progress.get().map(|p| {
            view! {
                <div class="progress" role="status">
                    <label>
                        {format!("Reading the text: {}%", (p * 100.0).round())}
                        <progress max="1" value=p.to_string()></progress>
                    </label>
                </div>
            }
        })
    }
}

/// The byte span of the article the document selection covers inside `root`, if any.
fn selected_span(root: &web_sys::HtmlDivElement) -> Option<Picked> {
    let selection = window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start = offset_of(
        root,
        &range.start_container().ok()?,
        range.start_offset().ok()?,
    )?;
    let end = offset_of(root, &range.end_container().ok()?, range.end_offset().ok()?)?;
    (start < end).then_some(Picked { start, end })
}

/// The byte offset in the article of a DOM position (`node`, `offset`) inside `root`: the
/// length of the text before it, since the marked text holds the article's text exactly.
fn offset_of(root: &web_sys::HtmlDivElement, node: &web_sys::Node, offset: u32) -> Option<usize> {
    if !root.contains(Some(node)) {
        return None;
    }
    let before = document().create_range().ok()?;
    before.set_start(root, 0).ok()?;
    before.set_end(node, offset).ok()?;
    Some(String::from(before.to_string()).len())
}

/// Adding a figure: shown while words of the marked text are selected; the kind, side and
/// number start from what the extractor would read in those words.
#[component]
pub fn AddFigure() -> impl IntoView {
    let state = expect_context::<AppState>();
    let picked = use_context::<Selection>().unwrap_or_else(|| {
        let s = Selection(RwSignal::new(None));
        provide_context(s);
        s
    });
    let kind = RwSignal::new(Kind::Killed);
    let subject = RwSignal::new(Some(Subject::Unspecified));
    let number = RwSignal::new(String::new());
    let words = move || {
        picked.0.get().and_then(|p| {
            state
                .text
                .with(|t| t.get(p.start..p.end).map(str::to_string))
        })
    };
    // Start the form from what the extractor reads in the selected words.
    Effect::new(move |_| {
        let Some(w) = words() else { return };
        let guess = extract::extract(&w).figures.into_iter().next();
        if let Some(f) = &guess {
            kind.set(f.kind);
            subject.set(f.subject);
            number.set(f.value.to_string());
        } else {
            let digits: String = w
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(|c| c.is_ascii_digit() || *c == ',')
                .filter(char::is_ascii_digit)
                .collect();
            number.set(digits);
        }
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = picked.0.get_untracked() else {
            return;
        };
        let Some(words) = words() else { return };
        let Some((value, min, max, approx)) = parse_number(&number.get_untracked()) else {
            return;
        };
        let k = kind.get_untracked();
        let figure = Figure {
            kind: k,
            subject: if k.has_subject() {
                Some(subject.get_untracked().unwrap_or(Subject::Unspecified))
            } else {
                None
            },
            value,
            min,
            max,
            approx,
            vague: false,
            rate: None,
            subset_of: None,
            period: None,
            location: None,
            evidence: Evidence {
                start: p.start,
                end: p.end,
                text: words,
            },
        };
        state.update_article(|a| a.corrections.push(Correction::Add { figure }));
        picked.0.set(None);
    };
    move || {
        let w = words()?;
        Some(view! {
            <form class="add-figure" aria-label="Add a figure" on:submit=add>
                <p>"Add a figure for “" <q>{w}</q> "”"</p>
                <label>
                    "Kind "
                    <KindSelect value=kind />
                </label>
                <label class:hidden=move || !kind.get().has_subject()>
                    "Who "
                    <SubjectSelect value=subject />
                </label>
                <label>
                    "Number "
                    <input
                        type="text"
                        inputmode="numeric"
                        size="10"
                        prop:value=move || number.get()
                        on:input:target=move |ev| number.set(ev.target().value())
                    />
                </label>
                <button type="submit" disabled=move || number.with(|n| parse_number(n).is_none())>
                    "Add figure"
                </button>
                <button type="button" on:click=move |_| picked.0.set(None)>
                    "Cancel"
                </button>
            </form>
        })
    }
}

/// A `<select>` of the kinds of figure.
#[component]
pub fn KindSelect(
    /// The kind chosen.
    value: RwSignal<Kind>,
) -> impl IntoView {
    view! {
        <select on:change:target=move |ev| {
            let v = ev.target().value();
            if let Some(k) = Kind::ALL.into_iter().find(|k| k.as_str() == v) {
                value.set(k);
            }
        }>
            {Kind::ALL
                .into_iter()
                .map(|k| {
                    view! {
                        <option value=k.as_str() selected=move || value.get() == k>
                            {k.as_str()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// A `<select>` of the sides a count of people can be on.
#[component]
pub fn SubjectSelect(
    /// The side chosen; `None` reads as unspecified.
    value: RwSignal<Option<Subject>>,
) -> impl IntoView {
    view! {
        <select on:change:target=move |ev| {
            let v = ev.target().value();
            value.set(Subject::ALL.into_iter().find(|s| s.as_str() == v));
        }>
            {Subject::ALL
                .into_iter()
                .map(|s| {
                    view! {
                        <option
                            value=s.as_str()
                            selected=move || {
                                value.get().unwrap_or(Subject::Unspecified) == s
                            }
                        >
                            {subject_label(s)}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

pub use crate::workspace::totals::parse_number;
