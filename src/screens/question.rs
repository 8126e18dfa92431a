//! One question at a time: the statement, its scale, progress, back and next.
//! A pointer pick moves on by itself after a short pause (cancelled by Back, another pick or any key);
//! keyboard picks never do: Enter or Next confirms (WCAG 3.2.2).

use std::time::Duration;

use leptos::html::H2;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{click, focus_when, ScaleChoice};
use crate::state::AppState;
use rapport_core::i18n::tr;
use rapport_core::wording::question_progress;

/// How long a pointer pick stays on screen before moving on, so the person sees what they chose.
const AUTO_ADVANCE: Duration = Duration::from_millis(450);

/// The question on screen.
#[component]
pub fn QuestionScreen(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    // A pending pointer advance is cancelled by bumping this generation: the timer only acts if nothing happened
    // since it was set, and does nothing once this screen is gone (its signal is disposed with it).
    // (No stored timeout handle: that would add a signal type, about 3 KB of wasm.)
    let generation = RwSignal::new(0usize);
    let cancel_pending = move || generation.update(|g| *g += 1);

    let position = move || state.attempt.with(|a| a.as_ref().map_or(0, |a| a.position));
    focus_when(state, heading, |state| state.attempt.with(|a| a.as_ref().map_or(0, |a| a.position)));

    let total = move || state.attempt.with(|a| a.as_ref().map_or(0, |a| a.answers.len()));
    let text =
        move || state.attempt.with(|a| a.as_ref().map_or("", |a| a.instrument.item_text(a.position, a.perspective)));
    let selected = move || state.attempt.with(|a| a.as_ref().and_then(|a| a.current_answer()));
    let title = move || state.attempt.with(|a| a.as_ref().map_or("", |a| tr(a.instrument.title)));
    let progress = move || question_progress(position(), total());
    let percent = move || {
        let answered = state.attempt.with(|a| a.as_ref().map_or(0, |a| a.answered()));
        format!("{}%", answered * 100 / total().max(1))
    };

    let on_pick = Callback::new(move |(value, by_pointer): (u8, bool)| {
        cancel_pending();
        state.answer(value);
        if by_pointer {
            let armed = generation.get_untracked();
            set_timeout(
                move || {
                    if generation.try_get_untracked() == Some(armed) {
                        state.next();
                    }
                },
                AUTO_ADVANCE,
            );
        }
    });
    let next = move || {
        cancel_pending();
        state.next();
    };
    // Enter on a chosen answer confirms it, as Next does. Handled here rather than by form submission, which a
    // frame sandboxed without `allow-forms` blocks. Any other key cancels a pending pointer advance.
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        cancel_pending();
        if event.key() == "Enter" && !event.repeat() {
            let on_answer = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some();
            if on_answer {
                event.prevent_default();
                next();
            }
        }
    };
    let back = move |_| {
        cancel_pending();
        state.back();
    };
    let is_first = move || position() == 0;

    view! {
        <section class="rapport-screen rapport-question" on:keydown=on_key>
            <p class="rapport-eyebrow">{title}</p>
            <div class="rapport-progress">
                <p class="rapport-progress__text" aria-live="polite">{progress}</p>
                <div class="rapport-progress__track" aria-hidden="true">
                    <div class="rapport-progress__fill" style:width=percent></div>
                </div>
            </div>
            <div class="rapport-form">
                <fieldset class="rapport-fieldset">
                    <legend>
                        <h2 class="rapport-statement" tabindex="-1" node_ref=heading>{text}</h2>
                    </legend>
                    {move || {
                        let scale = state.attempt.with(|a| a.as_ref().map(|a| a.instrument.scale))?;
                        Some(view! {
                            <ScaleChoice scale name=format!("q{}", position()) selected on_pick />
                        }.into_any())
                    }}
                </fieldset>
                <div class="rapport-nav">
                    <button type="button" class="rapport-secondary" on:click=click(back) disabled=is_first>{tr("Back")}</button>
                    <button type="button" class="rapport-primary" on:click=click(move |_| next())>{tr("Next")}</button>
                </div>
            </div>
        </section>
    }
}
