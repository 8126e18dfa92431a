//! Each goal's line over time (an SVG line with its numbers as text), the change since last time and what the
//! ratings show, then every session in a table: the same numbers three ways, each readable on its own.

use leptos::prelude::*;
use rapport_core::goals::{goal_trend, session_table, shown_goals, GoalStatus};
use rapport_core::i18n::tr;

use crate::components::{format_date_time, CollectAny};
use crate::state::AppState;

/// On our pages: the link that sends the goals to the coach.
#[cfg(feature = "standalone")]
fn send(state: AppState) -> impl IntoView {
    view! { <crate::tools::SendGoals state /> }
}

#[cfg(not(feature = "standalone"))]
fn send(_: AppState) {}

/// The progress view.
#[component]
pub fn Progress(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    let book = state.goal_book();
    let cards = move || {
        book.with(|data| {
            shown_goals(&data.goals, &data.entries)
                .into_iter()
                .map(|goal| goal_trend(goal, &data.entries))
                .collect::<Vec<_>>()
        })
        .into_iter()
        .map(|trend| {
            let status =
                if trend.status == GoalStatus::Active { String::new() } else { format!(" ({})", trend.status.word()) };
            let no_change = trend.change.is_empty();
            let svg = trend.svg();
            view! {
                <li class="rapport-card rapport-goals__trend">
                    <h3 class="rapport-goals__name">{trend.name}{status}</h3>
                    <p class="rapport-goals__change" hidden=no_change><strong>{trend.change}</strong></p>
                    <figure class="rapport-goals__figure">
                        // Numbers only (GoalTrend::svg); its text alternative is the caption and the label.
                        <div role="img" aria-label=trend.text_alternative.clone() inner_html=svg></div>
                        <figcaption class="rapport-meta">{trend.text_alternative}</figcaption>
                    </figure>
                    <p>{trend.reading}</p>
                </li>
            }
        })
        .collect_any()
    };
    let table = move || {
        let table = book.with(|data| session_table(&data.goals, &data.entries));
        (!table.rows.is_empty()).then(|| {
            let heads = table.goals.into_iter().map(|(_, name)| view! { <th scope="col">{name}</th> }).collect_any();
            let rows = table
                .rows
                .into_iter()
                .map(|row| {
                    let cells = row.ratings.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_any();
                    view! {
                        <tr>
                            // With the time of day: two sessions on one day are two rows.
                            <th scope="row" class="rapport-goals__nowrap">{format_date_time(row.at)}</th>
                            <td class="rapport-goals__nowrap">{row.checkin}</td>
                            {cells}
                            <td>{row.note}</td>
                        </tr>
                    }
                })
                .collect_any();
            view! {
                // A heading names the table (no caption, thead or tbody: each element type is wasm code of its own;
                // the first row's `th scope="col"` cells are its header all the same).
                <h3 id="rapport-goals-sessions">{tr("Every session, newest first")}</h3>
                <div class="rapport-goals__table" role="region" aria-labelledby="rapport-goals-sessions" tabindex="0">
                    <table aria-labelledby="rapport-goals-sessions">
                        <tr>
                            <th scope="col">{tr("Date")}</th>
                            <th scope="col">{tr("Check-in")}</th>
                            {heads}
                            <th scope="col">{tr("Note")}</th>
                        </tr>
                        {rows}
                    </table>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <p class="rapport-lead">
            {tr("Your own ratings, in the order you gave them. What they mean is yours to say; they are a starting \
                 point for your next session.")}
        </p>
        <p class="rapport-meta" hidden=move || book.with(|data| !data.entries.is_empty())>
            {tr("No session rated yet. After your next session, choose “Rate a session”.")}
        </p>
        <ul class="rapport-goals__list" role="list">{cards}</ul>
        {table}
        {send(state)}
    }
}
