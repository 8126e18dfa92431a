//! Before the result: what is still unanswered, each a link straight to its question.

use leptos::html::H2;
use leptos::prelude::*;

use crate::components::{click, focus_when, CollectAny};
use crate::state::AppState;
use rapport_core::i18n::tr;
use rapport_core::wording::{question_link, unanswered};

/// Lists unanswered questions.
#[component]
pub fn ReviewScreen(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let missing = move || {
        state.attempt.with(|attempt| {
            attempt.as_ref().map_or_else(Vec::new, |a| {
                a.unanswered().into_iter().map(|i| (i, a.instrument.item_text(i, a.perspective))).collect()
            })
        })
    };
    let count = move || missing().len();
    view! {
        <section class="rapport-screen rapport-review">
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("Almost there")}</h2>
            <p>
                {move || unanswered(count())}
            </p>
            <div class="rapport-actions">
                <button
                    type="button"
                    class="rapport-primary"
                    on:click=click(move |_| {
                        if let Some((first, _)) = missing().first() {
                            state.go_to(*first);
                        }
                    })
                >
                    {tr("Go to the first one")}
                </button>
            </div>
            <ul class="rapport-review__list">
                {move || {
                    missing()
                        .into_iter()
                        .map(|(index, text)| {
                            view! {
                                <li>
                                    <button type="button" class="rapport-link" on:click=click(move |_| state.go_to(index))>
                                        {question_link(index, text)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_any()
                }}
            </ul>
        </section>
    }
}
