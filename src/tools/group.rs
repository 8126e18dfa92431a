//! A workshop group's anonymous summary of pasted share links.

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::group::aggregate;
use rapport_core::i18n::{decimal, tr, trf};
use rapport_core::share::decode_all;
use rapport_core::wording::{group_heading, links_left_out};

use super::tools_nav;
use crate::components::{changed, click, focus_when, CollectAny};
use crate::state::AppState;

/// A workshop group's anonymous summary: per part, the mean, the spread and the count, never a name; with fewer
/// than three results no statistics at all, so no one can be singled out.
#[component]
pub fn GroupScreen(
    /// Shared widget state.
    state: AppState,
    /// The links (or codes) to start with.
    links: Vec<String>,
) -> impl IntoView {
    // Focus follows the person to the new screen, as on every other screen.
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let pasted = RwSignal::new(links.join("\n"));
    let shown = RwSignal::new(!links.is_empty());
    let outcome = move || {
        shown.get().then(|| {
            let (results, problems) = decode_all(&[pasted.get()]);
            let groups = aggregate(&results);
            let skipped = (!problems.is_empty())
                .then(|| view! { <p class="rapport-notice" role="status">{links_left_out(problems.len())}</p> });
            // The ethics note goes with every score: once under all the groups.
            let ethics_note = groups.first().map(|group| group.ethics_note);
            let summaries = groups.into_iter().map(group_view).collect_any();
            view! {
                {skipped}
                {summaries}
                <aside class="rapport-ethics" aria-label=tr("About this result") hidden=ethics_note.is_none()>
                    <p>{ethics_note.unwrap_or_default()}</p>
                </aside>
            }
        })
    };
    view! {
        <section class="rapport-screen rapport-group">
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("Group summary")}</h2>
            <p class="rapport-lead rapport-no-print">
                {tr("Paste the share links of a group, one per line. The summary shows no names and no single result; \
                     with fewer than 3 results it shows no statistics, so no one can be singled out.")}
            </p>
            <label class="rapport-field rapport-no-print">
                <span>{tr("Share links")}</span>
                <textarea rows="6" prop:value=move || pasted.get() on:input=changed(move |e| pasted.set(event_target_value(&e)))></textarea>
            </label>
            <button type="button" class="rapport-primary rapport-no-print" on:click=click(move |_| shown.set(true))>
                {tr("Summarise")}
            </button>
            <div aria-live="polite">{outcome}</div>
            {tools_nav(state)}
        </section>
    }
}

fn group_view(group: rapport_core::group::GroupSummary) -> impl IntoView {
    let heading = group_heading(&group);
    let edition_note = group.edition_note;
    let body = match group.factors {
        None => view! {
            <p data-testid="group-too-small">
                {tr("Fewer than 3 results: no statistics are shown, so no one can be singled out.")}
            </p>
        }
        .into_any(),
        Some(factors) => {
            let rows = factors
                .into_iter()
                .map(|factor| {
                    view! {
                        <tr data-testid=format!("group-{}", factor.id)>
                            <th scope="row">{tr(factor.name)}</th>
                            <td>{decimal(factor.mean)}</td>
                            <td>{decimal(factor.spread)}</td>
                            <td>{trf("{0} to {1}", &[&decimal(factor.min), &decimal(factor.max)])}</td>
                        </tr>
                    }
                })
                .collect_any();
            view! {
                <table class="rapport-table rapport-group__table">
                    <caption>{tr("Per part: average, spread (standard deviation) and range")}</caption>
                    <tr><th scope="col">{tr("Part")}</th><th scope="col">{tr("Average")}</th><th scope="col">{tr("Spread")}</th><th scope="col">{tr("Range")}</th></tr>
                    {rows}
                </table>
            }
            .into_any()
        }
    };
    view! {
        <section class="rapport-card rapport-group__summary">
            <h3>{heading}</h3>
            <p class="rapport-notice" data-testid="edition-note" hidden=edition_note.is_none()>{edition_note.unwrap_or_default()}</p>
            {body}
        </section>
    }
}
