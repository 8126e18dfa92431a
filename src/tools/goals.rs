//! Goals between a client and a coach (our pages only): the client sends their goals as a link (progress only,
//! names only when they tick the box), the coach rates the same goals from their side and sends a reply link, and
//! that link sets both ratings side by side.

use leptos::prelude::*;
use rapport_core::goals::CHECKIN_ITEMS;
use rapport_core::i18n::tr;
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::share::{goals_link, goals_summary, GoalPair, SharedGoals};
use rapport_core::wording::Copied;

use super::tools_nav;
use crate::components::{changed, click, copy, CollectAny, ScaleChoice};
use crate::state::{now, AppState};

/// Under the progress view: the link that sends the active goals to the coach.
#[component]
pub fn SendGoals(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    let book = state.goal_book();
    let names = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    let page = state.ours.share_page;
    let shared = move || {
        let with_names = names.get();
        book.with(|data| SharedGoals::from_goals(&data.goals, &data.entries, with_names, now()))
    };
    let link = move || shared().map(|shared| goals_link(&page.get_untracked(), &shared, None)).unwrap_or_default();
    let summary = move || shared().map(|shared| goals_summary(&shared, &link())).unwrap_or_default();
    view! {
        <section class="rapport-card" aria-labelledby="rapport-send-goals" hidden=move || link().is_empty()>
            <h3 id="rapport-send-goals">{tr("Send your goals to your coach")}</h3>
            <p>{tr("The link holds each active goal's latest rating. Your coach can rate the same goals from their side and send you a link that shows both.")}</p>
            <label class="rapport-check">
                <input type="checkbox" prop:checked=move || names.get()
                    on:change=changed(move |event| names.set(event_target_checked(&event))) />
                <span>{tr("Include the goals' names (otherwise they are Goal 1, Goal 2)")}</span>
            </label>
            <label class="rapport-goals__field">
                <span>{tr("Link")}</span>
                <input type="text" readonly class="rapport-goals__input rapport-goals__input--long" data-testid="goals-link" prop:value=link />
            </label>
            <div class="rapport-actions">
                <button type="button" class="rapport-primary" on:click=click(move |_| copy(link(), Copied::Link, message))>
                    {tr("Copy link")}
                </button>
                <button type="button" class="rapport-secondary" on:click=click(move |_| copy(summary(), Copied::Summary, message))>
                    {tr("Copy text summary")}
                </button>
            </div>
            <p class="rapport-status" role="status">{message}</p>
        </section>
    }
}

/// A coach opened a client's goals: rate each, then send the reply link.
#[component]
pub fn GoalsRateScreen(
    /// Shared widget state.
    state: AppState,
    /// The client's goals.
    goals: SharedGoals,
) -> impl IntoView {
    let scale = instrument::current(InstrumentId::CheckIn).scale;
    let ratings = RwSignal::new(vec![None::<u8>; goals.ratings.len()]);
    let message = RwSignal::new(String::new());
    let page = state.ours.share_page;
    let client = StoredValue::new(goals.clone());
    let link = move || {
        client.with_value(|client| goals_link(&page.get_untracked(), client, Some(&client.reply(ratings.get(), now()))))
    };
    let scales = (0..goals.ratings.len())
        .map(|at| {
            let selected = move || ratings.with(|all| all.get(at).copied().flatten());
            let on_pick = Callback::new(move |(value, _): (u8, bool)| {
                ratings.update(|all| {
                    if let Some(slot) = all.get_mut(at) {
                        *slot = Some(value);
                    }
                })
            });
            view! {
                <fieldset class="rapport-fieldset rapport-goals__rated">
                    <legend>{goals.label(at)}</legend>
                    <ScaleChoice scale name=format!("c{}", at + CHECKIN_ITEMS) selected on_pick />
                </fieldset>
            }
        })
        .collect_any();
    view! {
        <section class="rapport-screen rapport-goals">
            <h2 class="rapport-title">{tr("Your client's goals")}</h2>
            <p class="rapport-lead">{tr("Rate your client's progress on each goal from your side, 0 to 10. Nothing is kept on this device. Then send the link: it shows both ratings side by side.")}</p>
            {scales}
            <label class="rapport-goals__field">
                <span>{tr("Link")}</span>
                <input type="text" readonly class="rapport-goals__input rapport-goals__input--long" data-testid="goals-reply-link" prop:value=link />
            </label>
            <button type="button" class="rapport-primary" on:click=click(move |_| copy(link(), Copied::Link, message))>
                {tr("Copy link")}
            </button>
            <p class="rapport-status" role="status">{message}</p>
            {tools_nav(state)}
        </section>
    }
}

/// The client's and the coach's ratings of the same goals, side by side.
#[component]
pub fn GoalsCompareScreen(
    /// Shared widget state.
    state: AppState,
    /// Each goal with both ratings.
    pairs: Vec<GoalPair>,
) -> impl IntoView {
    let cell = |rating: Option<u8>| rating.map_or_else(|| "–".to_string(), |r| r.to_string());
    let rows = pairs
        .into_iter()
        .map(|pair| {
            view! {
                <tr>
                    <th scope="row">{pair.label}</th>
                    <td>{cell(pair.client)}</td>
                    <td>{cell(pair.coach)}</td>
                </tr>
            }
        })
        .collect_any();
    view! {
        <section class="rapport-screen rapport-goals">
            <h2 class="rapport-title" id="rapport-goals-both">{tr("Goals: both views")}</h2>
            <p class="rapport-lead">{tr("The client's latest rating and the coach's, each from 0 to 10. Where they differ is worth a conversation.")}</p>
            <div class="rapport-goals__table">
                <table aria-labelledby="rapport-goals-both">
                    <tr>
                        <th scope="col">{tr("Goal")}</th>
                        <th scope="col">{tr("Client")}</th>
                        <th scope="col">{tr("Coach")}</th>
                    </tr>
                    {rows}
                </table>
            </div>
            {tools_nav(state)}
        </section>
    }
}
