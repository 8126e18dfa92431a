//! An answer scale as real radio buttons in a fieldset: labelled, keyboard-operable, large tap targets.

use leptos::prelude::*;
use rapport_core::i18n::tr;
use rapport_core::instrument::Scale;

use super::{click, CollectAny};

/// One radio button per scale point. Reports each pick with whether it came from a pointer (mouse, touch, pen):
/// arrow keys on radios also fire `click`, but with `detail == 0`, and must never move the person on.
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
    view! {
        <div class=if dense { "rapport-scale rapport-scale--dense" } else { "rapport-scale" }>
            {scale
                .points
                .iter()
                .map(|point| {
                    let value = point.value;
                    let name = name.clone();
                    view! {
                        <label class="rapport-option">
                            <input
                                type="radio"
                                name=name
                                value=value.to_string()
                                prop:checked=move || selected() == Some(value)
                                on:click=click(move |event| on_pick.run((value, event.detail() > 0)))
                            />
                            <span class="rapport-option__label">{tr(point.label)}</span>
                        </label>
                    }
                })
                .collect_any()}
        </div>
    }
}
