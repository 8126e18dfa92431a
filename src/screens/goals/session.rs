//! After a session, one short flow: the check-in's four statements and a rating of each active goal, 0 to 10 with
//! nothing preset, and an optional note; saved as one entry, so the check-in and the goals line up by session.

use leptos::prelude::*;
use rapport_core::goals::{SessionEntry, CHECKIN_ITEMS};
use rapport_core::i18n::{tr, trf};
use rapport_core::instrument::{self, InstrumentId};

use crate::components::{changed, click, CollectAny, ScaleChoice};
use crate::state::{now, AppState, GoalChange};

/// One statement or goal with its 0 to 10 scale; `slot` is its place in the answers.
fn rated(answers: RwSignal<Vec<Option<u8>>>, slot: usize, legend: String) -> impl IntoView {
    let scale = instrument::current(InstrumentId::CheckIn).scale;
    let selected = move || answers.with(|all| all.get(slot).copied().flatten());
    let on_pick = Callback::new(move |(value, _): (u8, bool)| {
        answers.update(|all| {
            if let Some(answer) = all.get_mut(slot) {
                *answer = Some(value);
            }
        });
    });
    view! {
        <fieldset class="rapport-fieldset rapport-goals__rated">
            <legend>{legend}</legend>
            <ScaleChoice scale name=format!("g{slot}") selected on_pick />
        </fieldset>
    }
}

/// The session flow.
#[component]
pub fn SessionFlow(
    /// Shared widget state.
    state: AppState,
    /// Where the outcome is said.
    said: RwSignal<String>,
    /// Called once the entry is saved.
    done: Callback<()>,
) -> impl IntoView {
    let book = state.goal_book();
    let checkin = instrument::current(InstrumentId::CheckIn);
    // The goals rated are the ones active when the flow opened; the entry is checked against the goals as they
    // are when it is saved (another tab may have paused one).
    let active: Vec<(u64, String)> =
        book.with_untracked(|data| data.goals.active().map(|g| (g.id, g.name.clone())).collect());
    let answers = RwSignal::new(vec![None; CHECKIN_ITEMS + active.len()]);
    let note = RwSignal::new(String::new());
    let statements =
        (0..CHECKIN_ITEMS).map(|item| rated(answers, item, checkin.item_text(item, 0).to_string())).collect_any();
    let ids: Vec<u64> = active.iter().map(|(id, _)| *id).collect();
    let goals = active
        .into_iter()
        .enumerate()
        .map(|(at, (_, name))| rated(answers, CHECKIN_ITEMS + at, trf("Progress on “{0}”", &[&name])))
        .collect_any();
    let save = move |_| {
        let all = answers.get_untracked();
        let (given, rest) = all.split_at(CHECKIN_ITEMS.min(all.len()));
        let given = given.to_vec();
        let ratings: Vec<(u64, Option<u8>)> = ids.iter().copied().zip(rest.iter().copied()).collect();
        let text = note.get_untracked();
        let at = now();
        let change: GoalChange = Box::new(move |data| {
            let entry = SessionEntry::new(&data.goals, &given, &ratings, &text, at).map_err(|e| e.message())?;
            if data.add_entry(entry) {
                Ok(())
            } else {
                Err(tr("This device keeps up to 500 sessions, and holds 500. Nothing was removed: download your data \
                        to keep it, then erase it here to start a new record."))
            }
        });
        match state.change_goals(change) {
            Ok(()) => {
                done.run(());
                said.set(tr("Saved. Your progress is below.").to_string());
            }
            Err(message) => said.set(message.to_string()),
        }
    };
    view! {
        <p class="rapport-lead">
            {tr("Answer what you like: nothing is preset, and anything left out stays unanswered.")}
        </p>
        <h3>{tr("Today's session")}</h3>
        {statements}
        <h3>{tr("Your goals")}</h3>
        {goals}
        <label class="rapport-goals__field">
            <span>{tr("What did you notice? (optional, one line)")}</span>
            <input
                type="text"
                class="rapport-goals__input rapport-goals__input--long"
                prop:value=move || note.get()
                on:input=changed(move |event| note.set(event_target_value(&event)))
            />
        </label>
        <button type="button" class="rapport-primary" on:click=click(save)>{tr("Save this session")}</button>
    }
}
