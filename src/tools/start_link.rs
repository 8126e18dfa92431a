//! The start QR code a facilitator shows: it opens a chosen questionnaire, perspective and language on phones.

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::i18n::{tr, LANGUAGES};
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::share::start_link;

use super::{tools_nav, QrCode};
use crate::components::{changed, focus_when, CollectAny};
use crate::state::AppState;

/// A QR code a facilitator shows on screen: it opens the chosen questionnaire and perspective on phones.
#[component]
pub fn StartLinkScreen(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    // Focus follows the person to the new screen, as on every other screen.
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let home = state.ours.home;
    let chosen = RwSignal::new(0usize);
    let perspective = RwSignal::new(0usize);
    let language = RwSignal::new(0usize);
    let chosen_id = move || InstrumentId::ALL.get(chosen.get()).copied().unwrap_or(InstrumentId::Trust);
    let link = move || {
        let lang = LANGUAGES.get(language.get()).map_or("en", |(tag, _)| tag);
        start_link(&home.get_untracked(), instrument::current(chosen_id()), perspective.get(), lang)
    };
    // Every language the widget has text for (issue 10 adds more); the link carries the one chosen.
    let languages = LANGUAGES
        .iter()
        .enumerate()
        .map(|(index, (tag, name))| {
            view! {
                <label class="rapport-option">
                    <input type="radio" name="start-language" value=*tag prop:checked=move || language.get() == index
                        on:change=changed(move |_| language.set(index)) />
                    <span class="rapport-option__label">{*name}</span>
                </label>
            }
        })
        .collect_any();
    let instruments = InstrumentId::ALL
        .into_iter()
        .map(|id| {
            view! {
                <label class="rapport-option">
                    <input type="radio" name="start-instrument" prop:checked=move || chosen_id() == id
                        on:change=changed(move |_| { chosen.set(id.index()); perspective.set(0); }) />
                    <span class="rapport-option__label">{tr(instrument::current(id).title)}</span>
                </label>
            }
        })
        .collect_any();
    let perspectives = move || {
        instrument::current(chosen_id())
            .perspectives
            .iter()
            .enumerate()
            .map(|(index, option)| {
                view! {
                    <label class="rapport-option">
                        <input type="radio" name="start-perspective" prop:checked=move || perspective.get() == index
                            on:change=changed(move |_| perspective.set(index)) />
                        <span class="rapport-option__label">{tr(option.label)}</span>
                    </label>
                }
            })
            .collect_any()
    };
    view! {
        <section class="rapport-screen rapport-start-link">
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("A QR code to start a workshop")}</h2>
            <p class="rapport-lead rapport-no-print">
                {tr("Choose the questionnaire, whose view it asks for and the language, then show this code: participants \
                     scan it and start on their own phones. Their answers stay on their phones.")}
            </p>
            <div class="rapport-no-print">
                <fieldset class="rapport-fieldset">
                    <legend>{tr("Questionnaire")}</legend>
                    <div class="rapport-options">{instruments}</div>
                </fieldset>
                <fieldset class="rapport-fieldset">
                    <legend>{tr("Whose view?")}</legend>
                    <div class="rapport-options">{perspectives}</div>
                </fieldset>
                <fieldset class="rapport-fieldset">
                    <legend>{tr("Language")}</legend>
                    <div class="rapport-options">{languages}</div>
                </fieldset>
            </div>
            {move || view! { <QrCode text=link() label=tr("QR code that starts the questionnaire") /> }}
            <label class="rapport-field">
                <span>{tr("Link")}</span>
                <input type="text" readonly data-testid="start-link" prop:value=link />
            </label>
            {tools_nav(state)}
        </section>
    }
}
