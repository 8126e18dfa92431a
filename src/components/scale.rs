//! An answer scale as real radio buttons in a fieldset: labelled, keyboard-operable, large tap targets.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use rapport_core::i18n::tr;
use rapport_core::instrument::{Scale, ScalePoint};

use super::{click, CollectAny};

/// One radio button per scale point. Reports each pick with whether it came from a pointer (mouse, touch, pen):
/// arrow keys on radios also fire `click`, and must never move the person on. The click itself cannot tell:
/// Chromium and Firefox give a keyboard click `detail == 0`, but WebKit (Safari) gives the same to the click a
/// label forwards to its radio, so a tap on an answer's text looked like a key. What tells is whether a
/// `pointerdown` inside the scale came before the click (a key pressed since then clears it).
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
    let dense = scale.points.len() > 5;
    let end_label = |point: Option<&ScalePoint>| point.map_or("", |point| tr(point.label));
    let (low, high) = (end_label(scale.points.first()), end_label(scale.points.last()));
    // Set by a pointer pressed on an option (its radio, text or box), cleared by any key and read by the click.
    let pointer_pressed = Rc::new(Cell::new(false));
    let (pressed, keyed) = (pointer_pressed.clone(), pointer_pressed.clone());
    view! {
        <div
            class=if dense { "rapport-scale rapport-scale--dense" } else { "rapport-scale" }
            on:pointerdown=move |_| pressed.set(true)
            on:keydown=move |_| keyed.set(false)
        >
            {scale
                .points
                .iter()
                .map(|point| {
                    let value = point.value;
                    let name = name.clone();
                    let pointer_pressed = pointer_pressed.clone();
                    let label = tr(point.label);
                    let shown = if dense { value.to_string() } else { label.to_string() };
                    view! {
                        <label class="rapport-option">
                            <input
                                type="radio"
                                name=name
                                value=value.to_string()
                                // On every scale, so one attribute type: an optional one cost 0.4 KB of wasm.
                                aria-label=label
                                prop:checked=move || selected() == Some(value)
                                on:click=click(move |_| on_pick.run((value, pointer_pressed.replace(false))))
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
