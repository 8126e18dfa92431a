//! The result against the person's earlier ones: a check-in's trend, and each factor's change since last time.

use leptos::prelude::*;
use rapport_core::history::{self, change_word, changes_heading};
use rapport_core::interpret::{compare, edition_gap_note};
use rapport_core::storage::SavedResult;

use crate::components::{format_date, CollectAny};
use crate::state::AppState;

/// For a check-in: the totals so far and whether this one dropped (worded by the core).
pub(super) fn checkin_trend(state: AppState, result: &SavedResult) -> Option<String> {
    state.data.with_untracked(|data| history::checkin_trend(data, result))
}

/// Each factor against the previous result of the same instrument and perspective, if there is one (and `wanted`).
/// Hidden, not left out, when there is none: an optional view would be one more type in the wasm.
pub(super) fn changes_since_previous(state: AppState, result: &SavedResult, wanted: bool) -> impl IntoView {
    let previous = state.data.with_untracked(|data| data.previous_of(result).cloned()).filter(|_| wanted);
    let compared = previous.and_then(|previous| {
        let changes = compare(result.instrument()?, &previous.score()?, &result.score()?);
        // Never compared across versions of the questions without saying so.
        let note = edition_gap_note(previous.instrument()?, result.instrument()?).unwrap_or_default();
        Some((changes_heading(&format_date(previous.completed_at)), changes, note))
    });
    let (heading, changes, note) = compared.unwrap_or_default();
    let hidden = changes.is_empty();
    let items = changes
        .into_iter()
        .map(|change| {
            let word = change_word(change.direction);
            view! { <li>{change.text}" "<span class="rapport-change__word">{word}</span></li> }
        })
        .collect_any();
    view! {
        <section class="rapport-changes" aria-labelledby="rapport-changes-title" hidden=hidden>
            <h3 id="rapport-changes-title">{heading}</h3>
            <p hidden=note.is_empty()>{note}</p>
            <ul>{items}</ul>
        </section>
    }
}
