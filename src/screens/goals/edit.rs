//! Naming goals and changing them: rename, pause, mark achieved, retire, resume. Every change is the core's
//! (`Goals`), refused with its sentence; the history of a goal stays whatever happens to it.

use leptos::prelude::*;
use rapport_core::goals::{Goal, GoalStatus, MAX_ACTIVE_GOALS};
use rapport_core::i18n::tr;

use crate::components::{changed, click, CollectAny};
use crate::state::{now, AppState, GoalChange};

/// A text field with its label.
fn field(label: &'static str, value: RwSignal<String>, long: bool) -> impl IntoView {
    view! {
        <label class="rapport-goals__field">
            <span>{label}</span>
            <input
                type="text"
                class=if long { "rapport-goals__input rapport-goals__input--long" } else { "rapport-goals__input" }
                prop:value=move || value.get()
                on:input=changed(move |event| value.set(event_target_value(&event)))
            />
        </label>
    }
}

/// Runs `change` and says what happened in `said`.
fn act(state: AppState, said: RwSignal<String>, change: GoalChange, done: &'static str) -> bool {
    let outcome = state.change_goals(change);
    said.set(outcome.err().unwrap_or(done).to_string());
    outcome.is_ok()
}

/// One goal: its name, where it stands, and its changes behind "Change".
fn goal_item(state: AppState, said: RwSignal<String>, goal: Goal) -> impl IntoView {
    let id = goal.id;
    let name = RwSignal::new(goal.name.clone());
    let done = RwSignal::new(goal.done.clone());
    let status = goal.status;
    let set = move |to: GoalStatus, message: &'static str| {
        act(state, said, Box::new(move |data| data.goals.set_status(id, to, now()).map_err(|e| e.message())), message);
    };
    let active = status == GoalStatus::Active;
    let word = if active { String::new() } else { format!(" ({})", status.word()) };
    view! {
        <li class="rapport-card rapport-goals__goal">
            <p class="rapport-goals__name"><strong>{goal.name}</strong>{word}</p>
            <p class="rapport-meta" hidden=goal.done.is_empty()>{goal.done.clone()}</p>
            <details class="rapport-goals__change">
                <summary>{tr("Change")}</summary>
                {field(tr("Name"), name, false)}
                {field(tr("What done would look like (optional)"), done, true)}
                <div class="rapport-actions">
                    <button type="button" class="rapport-primary" on:click=click(move |_| {
                        let (new_name, new_done) = (name.get_untracked(), done.get_untracked());
                        let change: GoalChange = Box::new(move |data| {
                            data.goals.rename(id, &new_name, &new_done, now()).map_err(|e| e.message())
                        });
                        act(state, said, change, tr("Saved."));
                    })>{tr("Save the change")}</button>
                    <button type="button" class="rapport-secondary" hidden=!active
                        on:click=click(move |_| set(GoalStatus::Paused, tr("Paused. Its history stays.")))>
                        {tr("Pause")}
                    </button>
                    <button type="button" class="rapport-secondary" hidden=!active
                        on:click=click(move |_| set(GoalStatus::Achieved, tr("Marked achieved. Its history stays.")))>
                        {tr("Mark achieved")}
                    </button>
                    <button type="button" class="rapport-secondary" hidden=status == GoalStatus::Retired
                        on:click=click(move |_| set(GoalStatus::Retired, tr("Retired. Its history stays.")))>
                        {tr("Retire")}
                    </button>
                    <button type="button" class="rapport-secondary" hidden=active
                        on:click=click(move |_| set(GoalStatus::Active, tr("Active again.")))>
                        {tr("Resume")}
                    </button>
                </div>
            </details>
        </li>
    }
}

/// The goals, each with its changes, and a form to add one while fewer than three are active.
#[component]
pub fn GoalEditor(
    /// Shared widget state.
    state: AppState,
    /// Where the outcome of a change is said.
    said: RwSignal<String>,
) -> impl IntoView {
    let book = state.goal_book();
    let name = RwSignal::new(String::new());
    let done = RwSignal::new(String::new());
    let add = move |_| {
        let (new_name, new_done) = (name.get_untracked(), done.get_untracked());
        let change: GoalChange =
            Box::new(move |data| data.goals.add(&new_name, &new_done, now()).map(|_| ()).map_err(|e| e.message()));
        if act(state, said, change, tr("Goal added.")) {
            name.set(String::new());
            done.set(String::new());
        }
    };
    let goals = move || {
        let goals = book.with(|data| data.goals.0.clone());
        goals.into_iter().map(|goal| goal_item(state, said, goal)).collect_any()
    };
    let room = move || book.with(|data| data.goals.active_count() < MAX_ACTIVE_GOALS);
    view! {
        <p class="rapport-lead">
            {tr("Name one to three things you want to change through coaching, in your own words. They stay on this \
                 device. After each session, rate your progress on each from 0 to 10.")}
        </p>
        <ul class="rapport-goals__list" role="list">{goals}</ul>
        <div class="rapport-card rapport-goals__add" hidden=move || !room()>
            <h3>{tr("Add a goal")}</h3>
            {field(tr("A goal, in your own words"), name, false)}
            {field(tr("What done would look like (optional)"), done, true)}
            <button type="button" class="rapport-primary" on:click=click(add)>{tr("Add this goal")}</button>
        </div>
        <p class="rapport-meta" hidden=room>{tr("Three goals are active: the most at once.")}</p>
    }
}
