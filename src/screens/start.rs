//! The start screen: resume an unfinished questionnaire, choose one, or open a past result.

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::attempt::Attempt;
use rapport_core::instrument::{self, InstrumentId};

use crate::app::AppState;
use crate::components::focus_when;
use crate::screens::result::{format_date, headline_of};

/// Choose an instrument and perspective, continue a draft, or see earlier results.
#[component]
pub fn StartScreen(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    let chosen = RwSignal::new(InstrumentId::Trust);
    let perspective = RwSignal::new(0usize);
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, || ());

    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        state.begin(Attempt::new(instrument::current(chosen.get_untracked()), perspective.get_untracked()));
    };

    let resume_card = move || {
        let draft = state.data.with(|data| data.draft.clone())?;
        let instrument = draft.instrument()?;
        let answered = draft.answers.iter().flatten().count();
        Some(view! {
            <div class="rapport-card rapport-resume">
                <p>
                    <strong>"Continue where you left off? "</strong>
                    {format!("{}: {answered} of {} answered.", instrument.title, instrument.items.len())}
                </p>
                <div class="rapport-actions">
                    <button type="button" class="rapport-primary" on:click=move |_| state.resume()>"Continue"</button>
                </div>
            </div>
        })
    };

    let history = move || {
        let results = state.data.with(|data| data.results.clone());
        (!results.is_empty()).then(|| {
            let items = results
                .into_iter()
                .rev()
                .map(|result| {
                    let title = result.instrument().map_or("Result", |i| i.title);
                    let text = format!("{} · {} · {}", format_date(result.completed_at), title, headline_of(&result));
                    view! {
                        <li>
                            <button type="button" class="rapport-link" on:click=move |_| state.open(result.clone())>
                                {text}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="rapport-history" aria-labelledby="rapport-history-title">
                    <h3 id="rapport-history-title">"Your results on this device"</h3>
                    <ul class="rapport-history__list">{items}</ul>
                </section>
            }
        })
    };

    let instrument_options = InstrumentId::ALL
        .into_iter()
        .map(|id| {
            let instrument = instrument::current(id);
            let meta = format!("{} statements · about {} min", instrument.items.len(), instrument.minutes);
            view! {
                <label class="rapport-option rapport-option--card">
                    <input
                        type="radio"
                        name="instrument"
                        value=id.as_str()
                        prop:checked=move || chosen.get() == id
                        on:change=move |_| {
                            chosen.set(id);
                            perspective.set(0);
                        }
                    />
                    <span class="rapport-option__label">
                        <strong>{instrument.title}</strong>
                        <span class="rapport-meta">{meta}</span>
                        <span class="rapport-option__detail">{instrument.summary}</span>
                    </span>
                </label>
            }
        })
        .collect_view();

    let perspective_options = move || {
        instrument::current(chosen.get())
            .perspectives
            .iter()
            .enumerate()
            .map(|(index, option)| {
                view! {
                    <label class="rapport-option rapport-option--card">
                        <input
                            type="radio"
                            name="perspective"
                            value=option.id
                            prop:checked=move || perspective.get() == index
                            on:change=move |_| perspective.set(index)
                        />
                        <span class="rapport-option__label">
                            <strong>{option.label}</strong>
                            <span class="rapport-option__detail">{option.description}</span>
                        </span>
                    </label>
                }
            })
            .collect_view()
    };

    view! {
        <section class="rapport-screen rapport-start">
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>"How is the trust between you?"</h2>
            <p class="rapport-lead">
                "A few minutes of honest answers about a working relationship, and a result worth reading: "
                "what is strong, where the opportunity is, and what to try next."
            </p>
            {resume_card}
            <form class="rapport-form" on:submit=start>
                <fieldset class="rapport-fieldset">
                    <legend>"Choose a questionnaire"</legend>
                    <div class="rapport-options">{instrument_options}</div>
                </fieldset>
                <fieldset class="rapport-fieldset">
                    <legend>"Whose view?"</legend>
                    <div class="rapport-options">{perspective_options}</div>
                </fieldset>
                <p class="rapport-privacy">"Your answers stay on this device. Nothing is sent anywhere."</p>
                <button type="submit" class="rapport-primary">"Start"</button>
            </form>
            {history}
        </section>
    }
}
