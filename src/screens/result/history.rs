//! The result against the person's earlier ones: a check-in's trend, and each factor's change since last time.

use leptos::prelude::*;
use rapport_core::i18n::{tr, trf};
use rapport_core::interpret::{compare, Direction};
use rapport_core::scoring::{checkin_drop, Score};
use rapport_core::storage::SavedResult;

use crate::components::{format_date, CollectAny};
use crate::state::AppState;

/// For a check-in: the totals so far (this perspective) and whether this one dropped against the previous one.
pub(super) fn checkin_trend(state: AppState, result: &SavedResult) -> Option<String> {
    let Some(Score::CheckIn(current)) = result.score() else { return None };
    let (previous, totals) = state.data.with_untracked(|data| {
        let totals: Vec<String> = data
            .results
            .iter()
            .filter(|r| {
                r.instrument == result.instrument
                    && r.perspective == result.perspective
                    && r.completed_at <= result.completed_at
                    && !rapport_core::storage::is_shared(r)
            })
            .filter_map(|r| match r.score() {
                Some(Score::CheckIn(c)) => Some(c.total.to_string()),
                _ => None,
            })
            .collect();
        (data.previous_of(result).and_then(SavedResult::score), totals)
    });
    let Some(Score::CheckIn(previous)) = previous else {
        return Some(tr("This is your first check-in here. Take it after your next session to see the trend.").into());
    };
    let history = if totals.len() > 1 {
        format!(" {}", trf("Your check-ins so far: {0}.", &[&totals.join(", ")]))
    } else {
        String::new()
    };
    let drop = checkin_drop(&previous, &current);
    Some(if drop.any() {
        format!(
            "{}{history}",
            trf(
                "Lower than last time ({0} of 40, now {1}). A dip is worth raising at the start of your next session.",
                &[&previous.total.to_string(), &current.total.to_string()],
            )
        )
    } else {
        format!(
            "{}{history}",
            trf("Last time: {0} of 40. Now: {1} of 40.", &[&previous.total.to_string(), &current.total.to_string()])
        )
    })
}

/// Each factor against the previous result of the same instrument and perspective, if there is one (and `wanted`).
/// Hidden, not left out, when there is none: an optional view would be one more type in the wasm.
pub(super) fn changes_since_previous(state: AppState, result: &SavedResult, wanted: bool) -> impl IntoView {
    let previous = state.data.with_untracked(|data| data.previous_of(result).cloned()).filter(|_| wanted);
    let compared = previous.and_then(|previous| {
        let changes = compare(result.instrument()?, &previous.score()?, &result.score()?);
        Some((trf("Since your last result ({0})", &[&format_date(previous.completed_at)]), changes))
    });
    let (heading, changes) = compared.unwrap_or_default();
    let hidden = changes.is_empty();
    let items = changes
        .into_iter()
        .map(|change| {
            let word = match change.direction {
                Direction::Better => tr("(better)"),
                // "weaker", not "lower": self-orientation going up is a change for the worse.
                Direction::Worse => tr("(weaker)"),
                // "unchanged at 7" says it already.
                Direction::Same => "",
            };
            view! { <li>{change.text}" "<span class="rapport-change__word">{word}</span></li> }
        })
        .collect_any();
    view! {
        <section class="rapport-changes" aria-labelledby="rapport-changes-title" hidden=hidden>
            <h3 id="rapport-changes-title">{heading}</h3>
            <ul>{items}</ul>
        </section>
    }
}
