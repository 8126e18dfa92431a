//! The coach-client comparison of two share links.

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::group::{compare_pasted, PastedPair};
use rapport_core::i18n::{decimal, tr};
use rapport_core::interpret::interpret_saved;
use rapport_core::wording::shared_side_name;

use super::tools_nav;
use crate::components::{changed, click, focus_when, BarChart, CollectAny};
use crate::state::AppState;

/// Two share links side by side: a coach's and a client's view of the same relationship, with the largest gaps
/// named, since the gap itself is worth a conversation.
#[component]
pub fn CompareScreen(
    /// Shared widget state.
    state: AppState,
    /// The links (or codes) to start with.
    links: Vec<String>,
) -> impl IntoView {
    // Focus follows the person to the new screen, as on every other screen.
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let first = RwSignal::new(links.first().cloned().unwrap_or_default());
    let second = RwSignal::new(links.get(1).cloned().unwrap_or_default());
    let shown = RwSignal::new(!links.iter().all(String::is_empty));
    let outcome = move || {
        shown.get().then(|| match compare_pasted(&[first.get(), second.get()]) {
            Err(problem) => view! { <p class="rapport-notice" role="alert">{problem}</p> }.into_any(),
            Ok(pasted) => comparison_view(pasted).into_any(),
        })
    };
    view! {
        <section class="rapport-screen rapport-compare">
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("Compare two views of one relationship")}</h2>
            <p class="rapport-lead rapport-no-print">
                {tr("Paste two share links of the same questionnaire: the client's and the coach's view of the working \
                     alliance, or a self-assessment and a client's rating of trust. Both stay on this device.")}
            </p>
            <div class="rapport-no-print">
                <label class="rapport-field">
                    <span>{tr("First link")}</span>
                    <input type="text" prop:value=move || first.get() on:input=changed(move |e| first.set(event_target_value(&e))) />
                </label>
                <label class="rapport-field">
                    <span>{tr("Second link")}</span>
                    <input type="text" prop:value=move || second.get() on:input=changed(move |e| second.set(event_target_value(&e))) />
                </label>
                <button type="button" class="rapport-primary" on:click=click(move |_| shown.set(true))>{tr("Compare")}</button>
            </div>
            <div aria-live="polite">{outcome}</div>
            {tools_nav(state)}
        </section>
    }
}

fn comparison_view(PastedPair { first: a, second: b, comparison: pair }: PastedPair) -> impl IntoView {
    let (name_a, name_b) = (shared_side_name(&a), shared_side_name(&b));
    let rows = pair
        .lines
        .iter()
        .map(|line| {
            view! {
                <tr data-testid=format!("gap-{}", line.id)>
                    <th scope="row">{line.name}</th>
                    <td>{decimal(line.first)}</td>
                    <td>{decimal(line.second)}</td>
                    <td>{decimal(line.gap)}</td>
                </tr>
            }
        })
        .collect_any();
    let charts = [a, b]
        .into_iter()
        .zip([name_a.clone(), name_b.clone()])
        .filter_map(|(side, name)| {
            let lines = interpret_saved(&side.to_saved())?.lines;
            Some(view! {
                <div class="rapport-compare__side">
                    <h3>{name}</h3>
                    <BarChart lines caption=tr("Answers in numbers") />
                </div>
            })
        })
        .collect_any();
    let (edition_note, ethics_note) = (pair.edition_note, pair.ethics_note);
    view! {
        <p class="rapport-notice" data-testid="edition-note" hidden=edition_note.is_none()>{edition_note.unwrap_or_default()}</p>
        <p class="rapport-card rapport-gap" data-testid="largest-gap">{pair.summary}</p>
        <div class="rapport-compare__sides">{charts}</div>
        <table class="rapport-table rapport-compare__table">
            <caption>{tr("Side by side, largest gap first")}</caption>
            <tr><th scope="col">{tr("Part")}</th><th scope="col">{name_a}</th><th scope="col">{name_b}</th><th scope="col">{tr("Gap")}</th></tr>
            {rows}
        </table>
        <aside class="rapport-ethics" aria-label=tr("About this result")>
            <p>{ethics_note}</p>
        </aside>
    }
}
