//! The repeats view: facts reported by several articles, shown as groups counted once, each
//! report with a "Separate" action; separated reports can be joined again.

use leptos::prelude::*;

use super::collection::{plural, Collection};
use super::AppState;
use crate::workspace::repeats::{FigureRef, Group};
use crate::workspace::totals::{number_text, reading_text};

/// How many groups are shown before "Show all".
const FIRST_GROUPS: usize = 30;

/// One report of a group, as shown.
#[derive(Debug, Clone, PartialEq)]
struct Report {
    article: u64,
    title: String,
    date: String,
    number: String,
    evidence: String,
    counted: bool,
    figure: FigureRef,
}

/// One group, as shown.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    heading: String,
    range: String,
    counted: String,
    reports: Vec<Report>,
}

/// The section listing groups of repeats.
#[component]
pub fn Repeats() -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = expect_context::<Collection>();
    let show_all = RwSignal::new(false);
    // Only the groups on show are built (there can be thousands).
    let groups = Memo::new(move |_| {
        // Titles, dates and numbers may change while the groups stay the same.
        let _ = c.tick.get();
        let limit = if show_all.get() {
            usize::MAX
        } else {
            FIRST_GROUPS
        };
        c.repeats.with(|r| {
            c.with_analysis(|a| {
                r.groups
                    .iter()
                    .take(limit)
                    .filter_map(|g| shown(a, g))
                    .collect::<Vec<Shown>>()
            })
        })
    });
    let counts = Memo::new(move |_| {
        c.repeats.with(|r| {
            (
                r.groups.len(),
                r.groups.iter().map(|g| g.members.len()).sum::<usize>(),
            )
        })
    });
    let separated = Memo::new(move |_| state.workspace.with(|w| w.separated.len()));
    let separate = move |f: FigureRef| {
        state.workspace.update(|w| {
            if !w.separated.contains(&f) {
                w.separated.push(f);
            }
        })
    };
    let open = move |id: u64| {
        state.figure.set(None);
        state.selected.set(Some(id));
    };
    let summary = move || {
        let (groups, reports) = counts.get();
        if groups == 0 {
            "No fact is reported by more than one article.".to_string()
        } else {
            format!(
                "{} reported by more than one article ({}): each is counted once, at its lowest report.",
                plural(groups, "fact", "facts"),
                plural(reports, "report", "reports"),
            )
        }
    };
    let list = move || {
        groups.with(|g| {
            g.iter()
                .map(|s| {
                    let reports = s
                        .reports
                        .iter()
                        .map(|r| {
                            let f = r.figure;
                            let id = r.article;
                            let title = r.title.clone();
                            view! {
                                <li class:counted=r.counted>
                                    <button type="button" class="link" on:click=move |_| open(id)>
                                        {r.title.clone()}
                                    </button>
                                    " " <span class="date">{r.date.clone()}</span>
                                    ": " <strong>{r.number.clone()}</strong>
                                    {r.counted.then(|| view! { <span class="badge">"counted"</span> })}
                                    " " <q>{r.evidence.clone()}</q>
                                    " "
                                    <button
                                        type="button"
                                        aria-label=format!("Separate the report in {title} from this group")
                                        on:click=move |_| separate(f)
                                    >"Separate"</button>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <li class="repeat-group">
                            <p>
                                <strong>{s.heading.clone()}</strong>
                                " · " <span class="range">{s.range.clone()}</span>
                                " · counted once as " {s.counted.clone()}
                            </p>
                            <ul class="reports">{reports}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let more = move || {
        let n = counts.get().0;
        (!show_all.get() && n > FIRST_GROUPS).then(|| {
            view! {
                <button type="button" on:click=move |_| show_all.set(true)>
                    {format!("Show all {n} groups")}
                </button>
            }
        })
    };
    let rejoin = move || {
        let n = separated.get();
        (n > 0).then(|| {
            view! {
                <p class="hint">
                    {format!("{} kept apart by you. ", plural(n, "report is", "reports are"))}
                    <button type="button" on:click=move |_| state.workspace.update(|w| w.separated.clear())>
                        "Group them again"
                    </button>
                </p>
            }
        })
    };
    view! {
        <section class="repeats" aria-labelledby="repeats-heading">
            <h2 id="repeats-heading" class="section-title">"One fact, many reports"</h2>
            <p class="repeats-summary">{summary}</p>
            <ul class="repeat-groups" aria-label="Groups of repeats">{list}</ul>
            {more}
            {rejoin}
        </section>
    }
}

fn shown(a: &crate::workspace::analysis::Analysis, g: &Group) -> Option<Shown> {
    let counted = g.counted();
    let first = a.view(counted.article)?.readings.get(counted.index)?;
    let mut heading = reading_text(&first.figure);
    // "killed · militants · 12" → "killed · militants".
    if let Some(cut) = heading.rfind(" · ") {
        heading.truncate(cut);
    }
    let reports = g
        .members
        .iter()
        .filter_map(|m| {
            let v = a.view(m.article)?;
            let r = v.readings.get(m.index)?;
            Some(Report {
                article: m.article,
                title: v.title.clone(),
                date: v.date.clone().unwrap_or_else(|| "no date".into()),
                number: number_text(&r.figure),
                evidence: r.figure.evidence.text.clone(),
                counted: *m == counted,
                figure: FigureRef {
                    article: m.article,
                    key: v.key(m.index),
                },
            })
        })
        .collect();
    Some(Shown {
        heading,
        range: g.range_label(),
        counted: number_text(&first.figure),
        reports,
    })
}
