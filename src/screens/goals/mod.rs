//! The goals screen: the person's own goals, one session's ratings with the check-in, and each goal's progress.
//! Three views of one screen, switched by a number (0 progress, 1 the goals, 2 a session) so that focus moves to
//! one heading.

mod edit;
mod progress;
mod session;

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::i18n::tr;

use crate::components::{click, focus_when};
use crate::state::AppState;
use edit::GoalEditor;
use progress::Progress;
use session::SessionFlow;

/// The progress view.
const PROGRESS: usize = 0;
/// Naming and changing goals.
const EDIT: usize = 1;
/// Rating a session.
const SESSION: usize = 2;

/// Goals and progress.
#[component]
pub fn GoalsScreen(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    let book = state.goal_book();
    let none_active = move || book.with(|data| data.goals.active_count() == 0);
    // A person with no goals yet starts by naming them.
    let view_on = RwSignal::new(if none_active() { EDIT } else { PROGRESS });
    // What the last action said (saved, or why it was refused), announced.
    let said = RwSignal::new(String::new());
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let go = move |to: usize| {
        said.set(String::new());
        view_on.set(to);
        if let Some(heading) = heading.get_untracked() {
            let _ = heading.focus();
        }
    };
    let title = move || match view_on.get() {
        EDIT => tr("Your goals"),
        SESSION => tr("After a session"),
        _ => tr("Your progress"),
    };
    view! {
        <section class="rapport-screen rapport-goals">
            <p class="rapport-eyebrow">{tr("Goals and progress")}</p>
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{title}</h2>
            <p class="rapport-privacy" hidden=move || !state.private_run.get()>
                {tr("Nothing on this screen is kept on this device: it is gone when you close the page.")}
            </p>
            <p class="rapport-goals__said" role="status">{move || said.get()}</p>
            {move || match view_on.get() {
                EDIT => view! { <GoalEditor state said /> }.into_any(),
                SESSION => view! { <SessionFlow state said done=Callback::new(move |_| go(PROGRESS)) /> }.into_any(),
                _ => view! { <Progress state /> }.into_any(),
            }}
            <div class="rapport-actions rapport-goals__nav">
                <button type="button" class="rapport-primary" hidden=move || view_on.get() == SESSION || none_active()
                    on:click=click(move |_| go(SESSION))>
                    {tr("Rate a session")}
                </button>
                <button type="button" class="rapport-secondary" hidden=move || view_on.get() == EDIT
                    on:click=click(move |_| go(EDIT))>
                    {tr("Change your goals")}
                </button>
                <button type="button" class="rapport-secondary" hidden=move || view_on.get() == PROGRESS
                    on:click=click(move |_| go(PROGRESS))>
                    {tr("See your progress")}
                </button>
                <button type="button" class="rapport-link" on:click=click(move |_| state.home())>
                    {tr("Back to start")}
                </button>
            </div>
        </section>
    }
}
