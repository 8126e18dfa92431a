//! The result: the headline number, a plain lead about these answers, chart with a table (the formula one tap
//! away), strongest area and biggest opportunity in words, next steps, questions to bring to a conversation, and
//! the ethics note. What it offers next (keep, download, share, the coach's link) is in
//! `result/offers.rs`; how it compares with earlier results, in `result/history.rs`.

mod history;
mod offers;

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::i18n::tr;
use rapport_core::interpret::{interpret_saved, FactorLine, Interpretation};
use rapport_core::storage::SavedResult;
use rapport_core::wording::{
    chart_caption, explanations_missing, other_parts_heading, reading_title, result_meta, result_privacy_note,
};

use crate::components::{click, focus_when, format_date, BarChart, CollectAny};
use crate::state::{readings, AppState};
use history::{changes_since_previous, checkin_trend};
use offers::{call_to_action, copy_questions, offers, whose};

/// One factor's reading: what it means and what to try next (the heading alone while the readings file is
/// missing; the screen is drawn again when it arrives).
#[component]
fn FactorReading(
    /// The factor line with its reading.
    line: FactorLine,
    /// Heading prefix, e.g. "Biggest opportunity".
    #[prop(optional)]
    role: Option<&'static str>,
) -> impl IntoView {
    let (meaning, steps) = line.reading?.texts().unwrap_or_default();
    let title = reading_title(&line, role);
    Some(view! {
        <section class="rapport-reading">
            <h3>{title}</h3>
            <p hidden=steps.is_empty()>{meaning}</p>
            <ul class="rapport-steps">{steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_any()}</ul>
        </section>
    })
}

/// Said while a result's explanations are missing: still loading, or not loaded, with a way to try again. The
/// scores, the chart and the ethics note never wait for them.
fn explanations_status(state: AppState, missing: bool) -> impl IntoView {
    let loading = state.readings.get_untracked() == readings::LOADING;
    view! {
        <div class="rapport-notice" role="status" data-testid="explanations-status" hidden=!missing>
            <p>{explanations_missing(loading)}</p>
            <button type="button" class="rapport-secondary" hidden=loading on:click=click(move |_| readings::request(true))>
                {tr("Try again")}
            </button>
        </div>
    }
}

/// Shows a finished result.
#[component]
pub fn ResultScreen(
    /// Shared widget state.
    state: AppState,
    /// The result to show.
    result: SavedResult,
) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let Some(Interpretation {
        headline,
        detail,
        lines,
        strongest,
        weakest,
        profile_note,
        edition_note,
        honest_option,
        lead,
        questions,
        questions_heading,
        explanations_missing: missing,
        ethics_note,
    }) = interpret_saved(&result)
    else {
        return view! {
            <section class="rapport-screen">
                <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("This result cannot be shown")}</h2>
                <p>{tr("It was made with a version of the questionnaire this page does not know.")}</p>
                <button type="button" class="rapport-secondary" on:click=click(move |_| state.home())>{tr("Back to start")}</button>
            </section>
        }
        .into_any();
    };
    // A result from someone else's link is read-only and never mixed with the person's own ([`offers::whose`]).
    let (received, own_view) = whose(state, &result);
    let meta = result_meta(&result, received, &format_date(result.completed_at));

    let pick = |index: Option<usize>| index.and_then(|i| lines.get(i).cloned());
    let focus_lines = [(pick(weakest), tr("Biggest opportunity")), (pick(strongest), tr("Strongest area"))];
    let highlighted: Vec<usize> = [weakest, strongest].into_iter().flatten().collect();
    let others: Vec<FactorLine> = lines.iter().filter(|line| !highlighted.contains(&line.factor)).cloned().collect();
    // Someone else's result is never compared with the person's own history.
    let trend = if received { None } else { checkin_trend(state, &result) };
    let changes = changes_since_previous(state, &result, !received);
    let offer = offers(state, &result, received, own_view);
    let (no_profile_note, no_trend) = (profile_note.is_none(), trend.is_none());
    let others_read = others.iter().any(|line| line.reading.is_some());
    let (profile_note, trend) = (profile_note.unwrap_or_default(), trend.unwrap_or_default());
    let scores_sent = state.host().event_scores;
    let caption = chart_caption(received);
    let no_questions = questions.is_empty();

    view! {
        <section class="rapport-screen rapport-result">
            <p class="rapport-eyebrow">{meta}</p>
            <h2 class="rapport-title" tabindex="-1" node_ref=heading data-testid="headline">{headline}</h2>
            // Static elements, hidden when empty (see below).
            <p class="rapport-notice" data-testid="edition-note" hidden=edition_note.is_none()>{edition_note.unwrap_or_default()}</p>
            // Their answers in plain words first; the formula and its scale one tap away.
            <p class="rapport-lead" data-testid="lead">{lead}</p>
            {explanations_status(state, missing)}
            <BarChart lines=lines.clone() caption />
            <details class="rapport-more rapport-workings">
                <summary>{tr("How this is worked out")}</summary>
                <p class="rapport-detail">{detail}</p>
                // Static elements, hidden when empty: an optional view is a type of its own, and each costs wasm.
                <p hidden=no_profile_note>{profile_note}</p>
            </details>
            <p class="rapport-card" hidden=honest_option.is_none()>{honest_option.unwrap_or_default()}</p>
            <p class="rapport-card rapport-trend" hidden=no_trend>{trend}</p>
            {changes}
            {focus_lines
                .into_iter()
                .filter_map(|(line, role)| line.map(|line| view! { <FactorReading line role /> }))
                .collect_any()}
            <details class="rapport-more" open=highlighted.is_empty() hidden=!others_read>
                <summary>{other_parts_heading(highlighted.is_empty())}</summary>
                {others.into_iter().map(|line| view! { <FactorReading line /> }).collect_any()}
            </details>
            // Questions to bring along, then the coach's booking link right below them, then the offers and sharing.
            <section class="rapport-card rapport-conversation" aria-labelledby="rapport-conversation-title" hidden=no_questions>
                <h3 id="rapport-conversation-title">{questions_heading}</h3>
                <ul class="rapport-steps">{questions.iter().map(|question| view! { <li>{*question}</li> }).collect_any()}</ul>
                {copy_questions(questions_heading, &questions)}
            </section>
            {call_to_action(state)}
            {offer}
            <p class="rapport-privacy" hidden=!scores_sent>
                {result_privacy_note(scores_sent)}
            </p>
            <aside class="rapport-ethics" aria-label=tr("About this result")>
                <p>{ethics_note}</p>
            </aside>
            <div class="rapport-actions">
                <button type="button" class="rapport-secondary" on:click=click(move |_| state.home())>{tr("Back to start")}</button>
            </div>
        </section>
    }
    .into_any()
}
