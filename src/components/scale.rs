//! An answer scale as real radio buttons in a fieldset: labelled, keyboard-operable, large tap targets.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use rapport_core::i18n::tr;
use rapport_core::instrument::{Scale, ScalePoint};
use rapport_core::wording::answer_box;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::{click, CollectAny};

/// One radio button per scale point. Reports each pick with whether it came from a pointer (mouse, touch, pen):
/// arrow keys on radios also fire `click`, and must never move the person on. The click itself cannot tell:
/// Chromium and Firefox give a keyboard click `detail == 0`, but WebKit (Safari) gives the same to the click a
/// label forwards to its radio, so a tap on an answer's text looked like a key. The click on the text itself, which
/// the label sees first, does tell (`detail > 0` from a pointer in every engine): it is remembered for the radio's
/// click that follows it. (Listening for `pointerdown` and keys would tell too, but cost 5 KB of wasm.)
///
/// A dense scale (0 to 10) shows the bare number in each box, so that eleven boxes fit a phone in two rows and a
/// wide screen in one. Its words, "completely" or "totalmente", are wider than a box; they are the radio's name
/// (`aria-label`: "10 of 10, completely", which starts with the number the box shows), and the two ends are
/// written out under the boxes.
#[component]
pub fn ScaleChoice(
    /// The scale to offer.
    scale: Scale,
    /// Radio group name, unique within the widget.
    name: String,
    /// The current answer (a closure, not a `Signal`: that would add a signal type, about 3 KB of wasm).
    selected: impl Fn() -> Option<u8> + Copy + Send + Sync + 'static,
    /// Called with (value, picked by pointer).
    on_pick: Callback<(u8, bool)>,
) -> impl IntoView {
    let dense = scale.is_dense();
    let end_label = |point: Option<&ScalePoint>| point.map_or("", |point| tr(point.label));
    let (low, high) = (end_label(scale.points.first()), end_label(scale.points.last()));
    // Whether the click on an answer's text (or its box) came from a pointer; read by the radio's click that the
    // label sends next, so it never outlives that click.
    let text_clicked = Rc::new(Cell::new(false));
    view! {
        <div class=if dense { "rapport-scale rapport-scale--dense" } else { "rapport-scale" }>
            {scale
                .points
                .iter()
                .map(|point| {
                    let value = point.value;
                    let name = name.clone();
                    let (text_clicked, on_text) = (text_clicked.clone(), text_clicked.clone());
                    let label = tr(point.label);
                    let shown = answer_box(&scale, value, label);
                    view! {
                        <label
                            class="rapport-option"
                            on:click=click(move |event| {
                                // The radio's own clicks bubble here too: only a click on the text or box counts.
                                let on_radio =
                                    event.target().is_some_and(|target| target.is_instance_of::<HtmlInputElement>());
                                if !on_radio {
                                    on_text.set(event.detail() > 0);
                                }
                            })
                        >
                            <input
                                type="radio"
                                name=name
                                value=value.to_string()
                                // On every scale, so one attribute type: an optional one cost 0.4 KB of wasm.
                                aria-label=label
                                prop:checked=move || selected() == Some(value)
                                on:click=click(move |event| {
                                    on_pick.run((value, text_clicked.replace(false) || event.detail() > 0))
                                })
                            />
                            <span class="rapport-option__label">{shown}</span>
                        </label>
                    }
                })
                .collect_any()}
        </div>
        // Each end's meaning, for the eye; a screen reader hears it in the radio's name.
        <p class="rapport-scale__ends" aria-hidden="true" hidden=!dense>
            <span>{low}</span>
            <span>{high}</span>
        </p>
    }
}
