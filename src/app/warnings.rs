//! The warnings panel beside the table: the checks of `workspace::checks` on the figures the
//! user sees, each with a button that shows the figures concerned.

use leptos::prelude::*;

use super::reader::{select_row, show_mark};
use super::AppState;
use crate::workspace::checks::{check, Check};

/// How many warnings the panel lists (a big text can have thousands).
const SHOWN: usize = 50;

/// The panel named "Warnings".
#[component]
pub fn Warnings() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Bumped when the figures change: at once for a short text, in a task of its own for a big
    // one (its ~150k figures take tens of ms to check, after the charts took theirs).
    let changed = RwSignal::new(0u64);
    Effect::new(move |_| {
        state.figures.track();
        if state.text.with_untracked(|t| t.len() <= super::BIG_TEXT) {
            changed.update(|n| *n += 1);
        } else {
            gloo::timers::callback::Timeout::new(0, move || changed.update(|n| *n += 1)).forget();
        }
    });
    let warnings = Memo::new(move |_| {
        changed.track();
        state
            .figures
            .with_untracked(|figures| super::timed("warnings", || check(figures)))
    });
    let list = move || {
        let warnings = warnings.get();
        let hidden = warnings.len().saturating_sub(SHOWN);
        if warnings.is_empty() {
            return view! { <p class="all-clear">"No warnings: the figures agree with each other."</p> }
                .into_any();
        }
        view! {
            <ul class="warning-list">
                {warnings
                    .into_iter()
                    .take(SHOWN)
                    .map(|w| {
                        let first = w.figures.first().copied();
                        let label = match w.check {
                            Check::RateDisagrees => "Rate and total disagree",
                            Check::PartsExceedTotal => "Parts above their total",
                            Check::SideUnclear => "Side unclear",
                        };
                        let class = match w.check {
                            Check::SideUnclear => "warning minor",
                            _ => "warning",
                        };
                        view! {
                            <li class=class>
                                <strong>{label}</strong>
                                <span>{w.message}</span>
                                {first.map(|i| view! {
                                    <button type="button" class="link" on:click=move |_| {
                                        select_row(state, i);
                                        show_mark(state, i);
                                    }>"Show"</button>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(hidden > 0).then(|| view! { <p class="more-rows">{format!("and {hidden} more")}</p> })}
        }
        .into_any()
    };
    view! {
        <section class="warnings" aria-label="Warnings">
            <h2 id="warnings-heading" class="section-title">
                "Warnings "
                <span class="count">{move || warnings.with(Vec::len)}</span>
            </h2>
            {list}
        </section>
    }
}
