//! The table named "Figures": one row a figure, sortable by column, each row editable (kind,
//! who, number) or dismissed. Corrected and added figures are marked, the original reading in
//! the mark's tooltip.
//!
//! Without an [`AppState`] in the context (a component test) the table only shows.

use leptos::prelude::*;

use super::reader::{parse_number, show_mark, KindSelect, SubjectSelect};
use super::AppState;
use crate::extract::{Figure, Subject};
use crate::workspace::totals::{number_text, rate_label, reading_text, short, subject_label};
use crate::workspace::{Correction, FigureKey, Origin, Reading};

/// How many rows the table shows at first, and adds on each "Show more".
const ROWS: usize = 100;

/// The columns, in order, and whether they sort.
const COLUMNS: [Column; 8] = [
    Column::Kind,
    Column::Who,
    Column::Number,
    Column::Per,
    Column::PartOf,
    Column::When,
    Column::Where,
    Column::Evidence,
];

/// A column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Kind,
    Who,
    Number,
    Per,
    PartOf,
    When,
    Where,
    Evidence,
}

impl Column {
    fn title(self) -> &'static str {
        match self {
            Column::Kind => "Kind",
            Column::Who => "Who",
            Column::Number => "Number",
            Column::Per => "Per",
            Column::PartOf => "Part of",
            Column::When => "When",
            Column::Where => "Where",
            Column::Evidence => "Evidence",
        }
    }
}

/// The order of the rows: text order, or by a column up or down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sort {
    column: Option<Column>,
    ascending: bool,
}

/// The row order of `readings` for `sort`: indices into `readings`.
fn order(readings: &[Reading], sort: Sort) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..readings.len()).collect();
    let Some(column) = sort.column else {
        return idx;
    };
    let f = |i: usize| &readings[i].figure;
    let text = |i: usize| -> String {
        let f = f(i);
        match column {
            Column::Kind => f.kind.as_str().to_string(),
            Column::Who => f.subject.map(subject_label).unwrap_or("").to_string(),
            Column::Per => f.rate.map(|r| r.as_str()).unwrap_or("").to_string(),
            Column::When => f.period.clone().unwrap_or_default(),
            Column::Where => f.location.clone().unwrap_or_default().to_lowercase(),
            Column::Evidence => f.evidence.text.to_lowercase(),
            Column::Number | Column::PartOf => String::new(),
        }
    };
    match column {
        Column::Number => crate::sort::sort_indices_by_key(&mut idx, |i| f(i).value),
        Column::PartOf => {
            crate::sort::sort_indices_by_key(&mut idx, |i| f(i).subset_of.map_or(usize::MAX, |s| s))
        }
        Column::Kind => crate::sort::sort_indices_by_key(&mut idx, |i| f(i).kind),
        _ => idx.sort_by_cached_key(|&i| text(i)),
    }
    if !sort.ascending {
        idx.reverse();
    }
    idx
}

/// What a row shows, as a key: its index and the figure without its offsets.
fn row_key(i: usize, r: &Reading, part_of: &Option<String>) -> String {
    let mut f = r.figure.clone();
    f.evidence.start = 0;
    f.evidence.end = 0;
    let origin = match &r.origin {
        Origin::Extracted => String::new(),
        Origin::Corrected { original } => reading_text(original),
        Origin::Added => "added".to_string(),
    };
    format!("{i}|{f:?}|{origin}|{part_of:?}")
}

/// The table named "Figures".
#[component]
pub fn FiguresTable(
    /// The figures the user sees, in text order.
    #[prop(into)]
    readings: Signal<Vec<Reading>>,
) -> impl IntoView {
    let state = use_context::<AppState>();
    let sort = RwSignal::new(Sort {
        column: None,
        ascending: true,
    });
    let editing = RwSignal::new(None::<usize>);
    let selected = move || state.and_then(|s| s.figure.get());

    let header = move |column: Column| {
        let aria_sort = move || {
            let s = sort.get();
            match (s.column == Some(column), s.ascending) {
                (false, _) => "none",
                (true, true) => "ascending",
                (true, false) => "descending",
            }
        };
        let click = move |_| {
            sort.update(|s| {
                if s.column == Some(column) {
                    if s.ascending {
                        s.ascending = false;
                    } else {
                        // Third press: back to text order.
                        s.column = None;
                        s.ascending = true;
                    }
                } else {
                    *s = Sort {
                        column: Some(column),
                        ascending: true,
                    };
                }
            })
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="sort" on:click=click>
                    {column.title()}
                </button>
            </th>
        }
    };

    // The rows in display order, each keyed by its index and what it shows (not its offsets),
    // so that a keystroke elsewhere in the text re-renders no row.
    // A big text has thousands of figures: the table shows the first ROWS, and more on request.
    let limit = RwSignal::new(ROWS);
    let total = move || readings.with(Vec::len);
    let rows = Memo::new(move |_| {
        readings.with(|all| {
            super::timed("rows", || {
                order(all, sort.get())
                    .into_iter()
                    .take(limit.get())
                    .map(|i| {
                        let r = all[i].clone();
                        let part_of = r
                            .figure
                            .subset_of
                            .and_then(|s| all.get(s))
                            .map(|t| short(&t.figure));
                        (row_key(i, &r, &part_of), (i, r, part_of))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let empty = move || rows.with(Vec::is_empty);
    let row_view = move |(_, (i, reading, part_of)): (String, (usize, Reading, Option<String>))| {
        let is_editing = Memo::new(move |_| editing.get() == Some(i));
        move || match state {
            Some(state) if is_editing.get() => {
                view! { <EditRow state i reading=reading.clone() editing readings /> }.into_any()
            }
            _ => view! {
                <ShowRow
                    state
                    i
                    reading=reading.clone()
                    part_of=part_of.clone()
                    editing
                    readings
                    selected=Signal::derive(selected)
                />
            }
            .into_any(),
        }
    };
    let rows = move || {
        view! {
            <Show when=empty>
                <tr class="empty">
                    <td colspan="9">
                        "No figures yet: paste an article above, or select words in the highlighted text to add one."
                    </td>
                </tr>
            </Show>
            <For each=move || rows.get() key=|(k, _)| k.clone() children=row_view />
        }
    };
    let more = move || {
        let hidden = total().saturating_sub(limit.get());
        (hidden > 0).then(|| {
            view! {
                <p class="more-rows">
                    {format!("{hidden} more figures not shown. ")}
                    <button type="button" on:click=move |_| limit.update(|l| *l += ROWS)>
                        {format!("Show {} more", hidden.min(ROWS))}
                    </button>
                </p>
            }
        })
    };

    view! {
        <div class="table-wrap">
            <table class="figures" aria-label="Figures">
                <caption>"Figures"</caption>
                <thead>
                    <tr>
                        {COLUMNS.into_iter().map(header).collect_view()}
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {more}
            {move || state.map(|s| view! { <Dismissed state=s /> })}
        </div>
    }
}

/// One figure as a row.
#[component]
fn ShowRow(
    state: Option<AppState>,
    /// Its index in the readings.
    i: usize,
    reading: Reading,
    /// The figure it is part of, in a few words.
    part_of: Option<String>,
    editing: RwSignal<Option<usize>>,
    /// All readings, to act on the current one (its offsets move as the text is edited).
    readings: Signal<Vec<Reading>>,
    selected: Signal<Option<usize>>,
) -> impl IntoView {
    let f = &reading.figure;
    let (badge, badge_title) = match &reading.origin {
        Origin::Extracted => (None, None),
        Origin::Corrected { original } => (
            Some("corrected"),
            Some(format!("The extractor read: {}", reading_text(original))),
        ),
        Origin::Added => (Some("added"), Some("Added by you".to_string())),
    };
    let class = format!("kind-{}", f.kind.as_str());
    let select = move || {
        if let Some(state) = state {
            state.figure.set(Some(i));
            show_mark(state, i);
        }
    };
    let who = if f.kind.has_subject() {
        f.subject.map(subject_label).unwrap_or("unclear")
    } else {
        ""
    };
    view! {
        <tr
            id=format!("figure-row-{i}")
            class=class
            class:selected=move || selected.get() == Some(i)
            aria-selected=move || (selected.get() == Some(i)).to_string()
            on:click=move |_| select()
        >
            <td>
                <span class="kind-dot" aria-hidden="true"></span>
                {f.kind.as_str()}
                {badge.map(|b| view! { <span class="badge" title=badge_title>{b}</span> })}
            </td>
            <td>{who}</td>
            <td class="num">{number_text(f)}</td>
            <td>{f.rate.map(rate_label)}</td>
            <td>{part_of}</td>
            <td>{f.period.clone()}</td>
            <td>{f.location.clone()}</td>
            <td class="evidence">
                <button type="button" class="link" title="Show in the text" on:click=move |ev| {
                    ev.stop_propagation();
                    select();
                }>{f.evidence.text.clone()}</button>
            </td>
            <td class="actions">
                {state.map(|state| {
                    view! {
                        <button type="button" on:click=move |ev| {
                            ev.stop_propagation();
                            editing.set(Some(i));
                        }>"Edit"</button>
                        <button type="button" on:click=move |ev| {
                            ev.stop_propagation();
                            state.figure.set(None);
                            if let Some(r) = readings.with_untracked(|all| all.get(i).cloned()) {
                                state.update_article(move |a| a.dismiss(&r));
                            }
                        }>"Dismiss"</button>
                    }
                })}
            </td>
        </tr>
    }
}

/// One figure being corrected: kind, who and number as controls.
#[component]
fn EditRow(
    state: AppState,
    i: usize,
    reading: Reading,
    editing: RwSignal<Option<usize>>,
    /// All readings, to correct the current one (its offsets move as the text is edited).
    readings: Signal<Vec<Reading>>,
) -> impl IntoView {
    let f = reading.figure.clone();
    let kind = RwSignal::new(f.kind);
    let subject = RwSignal::new(f.subject);
    let number = RwSignal::new(number_text(&f).replace(" (", " ").replace(')', ""));
    if f.vague {
        number.set(match (f.min, f.max) {
            (Some(a), Some(b)) => format!("{a}-{b}"),
            _ => f.value.to_string(),
        });
    }
    let valid = move || number.with(|n| parse_number(n).is_some());
    let save = move || {
        let Some((value, min, max, approx)) = number.with_untracked(|n| parse_number(n)) else {
            return;
        };
        let k = kind.get_untracked();
        let Some(reading) = readings.with_untracked(|all| all.get(i).cloned()) else {
            return;
        };
        let mut figure: Figure = reading.figure.clone();
        let unchanged_number = number_text(&figure) == number.get_untracked();
        figure.kind = k;
        figure.subject = if k.has_subject() {
            Some(subject.get_untracked().unwrap_or(Subject::Unspecified))
        } else {
            None
        };
        if !unchanged_number {
            figure.value = value;
            figure.min = min;
            figure.max = max;
            figure.approx = approx;
            figure.vague = false;
        }
        // The stored figure keeps the extractor's part-of index, not the reading's.
        if let Origin::Corrected { original } = &reading.origin {
            figure.subset_of = original.subset_of;
        } else if reading.origin == Origin::Extracted {
            figure.subset_of = state.doc.with_untracked(|d| {
                d.figures
                    .iter()
                    .find(|o| Some(FigureKey::of(o)) == reading.key)
                    .and_then(|o| o.subset_of)
            });
        }
        let r = reading.clone();
        state.update_article(move |a| a.correct(&r, figure));
        editing.set(None);
    };
    let save_click = save;
    view! {
        <tr id=format!("figure-row-{i}") class="editing">
            <td><label><span class="visually-hidden">"Kind"</span><KindSelect value=kind /></label></td>
            <td>
                <label class:hidden=move || !kind.get().has_subject()>
                    <span class="visually-hidden">"Who"</span>
                    <SubjectSelect value=subject />
                </label>
            </td>
            <td>
                <label>
                    <span class="visually-hidden">"Number"</span>
                    <input
                        type="text"
                        size="10"
                        aria-invalid=move || (!valid()).to_string()
                        prop:value=move || number.get()
                        on:input:target=move |ev| number.set(ev.target().value())
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                save();
                            } else if ev.key() == "Escape" {
                                editing.set(None);
                            }
                        }
                    />
                </label>
            </td>
            <td colspan="4" class="hint">"A number, “at least 4”, “up to 20”, “about 50” or “10-12”"</td>
            <td class="evidence">{f.evidence.text.clone()}</td>
            <td class="actions">
                <button type="button" disabled=move || !valid() on:click=move |_| save_click()>"Save"</button>
                <button type="button" on:click=move |_| editing.set(None)>"Cancel"</button>
            </td>
        </tr>
    }
}

/// The figures the user dismissed, each with a button to bring it back.
#[component]
fn Dismissed(state: AppState) -> impl IntoView {
    let dismissed = Memo::new(move |_| {
        let id = state.selected.get();
        state.doc.with(|doc| {
            state.workspace.with(|w| {
                let Some(a) = id.and_then(|id| w.article(id)) else {
                    return Vec::new();
                };
                a.corrections
                    .iter()
                    .filter_map(|c| match c {
                        Correction::Dismiss { key } => doc
                            .figures
                            .iter()
                            .find(|f| FigureKey::of(f) == *key)
                            .map(|f| (*key, short(f), f.evidence.text.clone())),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    move || {
        let list = dismissed.get();
        (!list.is_empty()).then(|| {
            view! {
                <details class="dismissed">
                    <summary>{format!("Dismissed ({})", list.len())}</summary>
                    <ul>
                        {list
                            .into_iter()
                            .map(|(key, what, evidence)| {
                                view! {
                                    <li>
                                        {what} " — “" {evidence} "” "
                                        <button type="button" on:click=move |_| {
                                            state.update_article(|a| a.restore(key))
                                        }>"Restore"</button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </details>
            }
        })
    }
}
