//! The start screen: resume an unfinished questionnaire, choose one, or open a past result.

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::history::{draft_line, result_line};
use rapport_core::i18n::tr;
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::wording::{instrument_meta, offered_by, privacy_note, questionnaire_legend, start_texts};

use crate::components::{changed, click, focus_when, format_date, CollectAny, DataPanel};
use crate::state::{AppState, Host};

/// The choice of the goals screen, after the instruments' indices.
const GOALS: usize = InstrumentId::ALL.len();

/// Choose an instrument and perspective, continue a draft, or see earlier results.
#[component]
pub fn StartScreen(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    // Indices, not ids: a `usize` signal type is already in the widget, and each new signal type costs ~3 KB.
    #[cfg(feature = "standalone")]
    let suggested = state.ours.suggested.get_untracked();
    #[cfg(not(feature = "standalone"))]
    let suggested = 0;
    let chosen = RwSignal::new(if state.fixed_goals {
        GOALS
    } else {
        state.fixed_instrument.map_or(suggested, InstrumentId::index)
    });
    let goals_chosen = move || chosen.get() == GOALS;
    let chosen_id = move || InstrumentId::ALL.get(chosen.get()).copied().unwrap_or(InstrumentId::Trust);
    let perspective = RwSignal::new(state.fixed_perspective.unwrap_or(0));
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let Host { coach, event_scores: scores_sent, .. } = state.host();

    // A click handler, not form submission: a frame sandboxed without `allow-forms` blocks submission entirely.
    let start = move |_| {
        #[cfg(feature = "goals")]
        if chosen.get_untracked() == GOALS {
            state.open_goals();
            return;
        }
        state.begin(instrument::current(chosen_id()), perspective.get_untracked());
    };

    let unfinished = move || {
        let drafts = state.data.with(|data| data.drafts.clone());
        (!drafts.is_empty()).then(|| {
            let items = drafts
                .into_iter()
                .rev()
                .filter_map(|draft| {
                    let started_at = draft.started_at;
                    let text = draft_line(&draft, &format_date(started_at))?;
                    // Discard asks first: it sits beside Continue, and a slipped thumb would lose every answer.
                    let asking = RwSignal::new(false);
                    Some(view! {
                        <li class="rapport-draft">
                            <span>{text}</span>
                            <span class="rapport-actions">
                                <button type="button" class="rapport-primary" on:click=click(move |_| state.resume(started_at))>
                                    {tr("Continue")}
                                </button>
                                <button type="button" class="rapport-secondary" on:click=click(move |_| asking.set(true))>
                                    {tr("Discard")}
                                </button>
                            </span>
                            // Announced when it appears (focus stays on Discard, which is still there). Not
                            // `aria-expanded` on Discard: a reactive attribute of its own type cost 0.66 KB of wasm.
                            <span class="rapport-draft__confirm" hidden=move || !asking.get()>
                                <span role="alert">{tr("Discard these answers? They cannot be brought back.")}</span>
                                <span class="rapport-actions">
                                    <button type="button" class="rapport-primary" on:click=click(move |_| state.discard(started_at))>
                                        {tr("Yes, discard")}
                                    </button>
                                    <button type="button" class="rapport-secondary" on:click=click(move |_| asking.set(false))>
                                        {tr("Keep them")}
                                    </button>
                                </span>
                            </span>
                        </li>
                    })
                })
                .collect_any();
            view! {
                <section class="rapport-card rapport-resume" aria-labelledby="rapport-resume-title">
                    <h3 id="rapport-resume-title">{tr("Continue where you left off?")}</h3>
                    <ul class="rapport-history__list">{items}</ul>
                </section>
            }
            .into_any()
        })
    };

    let history = move || {
        let results = state.data.with(|data| data.results.clone());
        (!results.is_empty()).then(|| {
            let items = results
                .into_iter()
                .rev()
                .map(|result| {
                    let text = result_line(&result, &format_date(result.completed_at));
                    view! {
                        <li>
                            <button type="button" class="rapport-link" on:click=click(move |_| state.open(result.clone()))>
                                {text}
                            </button>
                        </li>
                    }
                })
                .collect_any();
            view! {
                <section class="rapport-history" aria-labelledby="rapport-history-title">
                    <h3 id="rapport-history-title">{tr("Your results on this device")}</h3>
                    <ul class="rapport-history__list">{items}</ul>
                </section>
            }
            .into_any()
        })
    };

    // One text for the chosen questionnaire and view: each reactive text is code of its own in the wasm.
    let chosen_text = move || {
        if goals_chosen() {
            return tr("Goals and progress").to_string();
        }
        let instrument = instrument::current(chosen_id());
        let view = instrument.perspectives.get(perspective.get()).map_or("", |option| tr(option.label));
        format!("{} · {view}", tr(instrument.title))
    };
    let nothing_to_choose = state.fixed_goals || state.fixed_instrument.is_some() && state.fixed_perspective.is_some();

    // Not a questionnaire: the person's own goals, rated after each session. Only in the builds that carry the
    // goals screen (`goals` feature: a coach's page that starts there, and our own pages); the embed every other
    // coach's page loads does not pay for it (docs/performance.md).
    #[cfg(feature = "goals")]
    let goals_choice = view! {
            <label class="rapport-option rapport-option--card" hidden=state.fixed_instrument.is_some()>
                <input
                    type="radio"
                    name="instrument"
                    value="goals"
                    prop:checked=goals_chosen
                    on:change=changed(move |_| chosen.set(GOALS))
                />
                <span class="rapport-option__label">
                    <strong>{tr("Goals and progress")}</strong>
                    <span class="rapport-option__detail">
                        {tr("Name up to three goals of your own and rate your progress after each \
                             session, with the check-in's four statements. You see each goal's line \
                             over time.")}
                    </span>
                </span>
            </label>
    };
    #[cfg(not(feature = "goals"))]
    let goals_choice = ();

    let instrument_options = InstrumentId::ALL
        .into_iter()
        .filter(|id| !state.fixed_goals && state.fixed_instrument.is_none_or(|fixed| fixed == *id))
        .map(|id| {
            let instrument = instrument::current(id);
            let meta = instrument_meta(instrument);
            view! {
                <label class="rapport-option rapport-option--card">
                    <input
                        type="radio"
                        name="instrument"
                        value=id.as_str()
                        prop:checked=move || chosen_id() == id
                        on:change=changed(move |_| {
                            chosen.set(id.index());
                            perspective.set(0);
                        })
                    />
                    <span class="rapport-option__label">
                        <strong>{tr(instrument.title)}</strong>
                        <span class="rapport-meta">{meta}</span>
                        <span class="rapport-option__detail">{tr(instrument.summary)}</span>
                    </span>
                </label>
            }
        })
        .collect_any();

    let fixed_perspective = state.fixed_perspective;
    let perspective_options = move || {
        instrument::current(chosen_id())
            .perspectives
            .iter()
            .enumerate()
            .filter(move |(index, _)| fixed_perspective.is_none_or(|fixed| fixed == *index))
            .map(|(index, option)| {
                view! {
                    <label class="rapport-option rapport-option--card">
                        <input
                            type="radio"
                            name="perspective"
                            value=option.id
                            prop:checked=move || perspective.get() == index
                            on:change=changed(move |_| perspective.set(index))
                        />
                        <span class="rapport-option__label">
                            <strong>{tr(option.label)}</strong>
                            <span class="rapport-option__detail">{tr(option.description)}</span>
                        </span>
                    </label>
                }
            })
            .collect_any()
    };

    // The summary page's tools follow the history there; the embed has none.
    #[cfg(feature = "standalone")]
    let history = move || view! { {history} {crate::tools::tools_menu(state)} };

    let (title, lead) = start_texts(state.fixed_goals);
    view! {
        <section class="rapport-screen rapport-start">
            <p class="rapport-eyebrow" hidden=coach.is_empty()>
                {offered_by(&coach)}
            </p>
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{title}</h2>
            <p class="rapport-lead">{lead}</p>
            {unfinished}
            <div class="rapport-form">
                // The most common choice is preselected and named here, with Start right below it, so the first tap
                // is in view on a 360 by 740 phone in every language; the other questionnaires and views are one
                // tap away, as the same radio buttons.
                <details class="rapport-choices">
                    <summary>
                        <strong class="rapport-choices__chosen">{chosen_text}</strong>
                        <span class="rapport-choices__change" hidden=nothing_to_choose>
                            {tr("Choose another questionnaire or view")}
                        </span>
                    </summary>
                    <fieldset class="rapport-fieldset">
                        <legend>{questionnaire_legend(state.fixed_instrument.is_some())}</legend>
                        <div class="rapport-options">
                            {instrument_options}
                            {goals_choice}
                        </div>
                    </fieldset>
                    <fieldset class="rapport-fieldset" hidden=goals_chosen>
                        <legend>{tr("Whose view?")}</legend>
                        <div class="rapport-options">{perspective_options}</div>
                    </fieldset>
                </details>
                <p class="rapport-privacy">{privacy_note(scores_sent)}</p>
                // Hidden, not left out, where nothing is kept anyway: an optional view is one more type in the wasm.
                <label class="rapport-check" hidden=!state.persistent()>
                    <input
                        type="checkbox"
                        prop:checked=move || state.private_run.get()
                        on:change=changed(move |event| state.private_run.set(event_target_checked(&event)))
                    />
                    <span>{tr("Don't keep my answers on this device (a shared or borrowed device)")}</span>
                </label>
                <button type="button" class="rapport-primary" on:click=click(start)>{tr("Start")}</button>
            </div>
            {history}
            <DataPanel state />
        </section>
    }
}
