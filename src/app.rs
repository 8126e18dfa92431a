//! The widget's root: the configuration note, storage and link notices, and the screen on show.

use leptos::prelude::*;

use crate::components::{click, dated_filename, download};
use rapport_core::config::{ConfigProblem, Options};
use rapport_core::i18n::tr;
use rapport_core::wording::config_note;
#[cfg(feature = "standalone")]
use rapport_core::wording::open_readable_links;

#[cfg(feature = "goals")]
use crate::screens::GoalsScreen;
use crate::screens::{QuestionScreen, ResultScreen, ReviewScreen, StartScreen};
use crate::state::{open_link, readings, AppState, Page, Screen};

/// The whole widget.
#[component]
pub fn App(
    /// Validated embed options.
    options: Options,
    /// What was wrong with the embed's options (shown to the coach).
    problems: Vec<ConfigProblem>,
    /// What the page tells the widget (standalone pages only).
    page: Page,
    /// The widget's root element, where its events to the page start.
    root: web_sys::Element,
) -> impl IntoView {
    let state = open_link(AppState::new(options, root), page);
    let config_note = config_note(&problems);
    view! {
        // Always present and hidden when there is nothing to say: cheaper in wasm than an optional view.
        <div class="rapport-notice rapport-notice--config" role="alert" hidden=problems.is_empty()>
            <p>{config_note}</p>
        </div>
        {link_problem(state)}
        <div class="rapport-notice" role="status" hidden=move || state.notice.with(String::is_empty)>
            <p>{move || state.notice.get()}</p>
            // Where nothing could be set aside, the untouched data is offered right here, not only in the panel.
            <button
                type="button"
                class="rapport-secondary"
                hidden=move || !state.guarded.get()
                on:click=click(move |_| {
                    // The untouched text is the last of the list (the set-aside copies come first, in the data
                    // panel): one download per click, as browsers allow without asking.
                    if let Some(text) = state.backups().pop() {
                        download(&dated_filename("rapport-unreadable"), &text);
                    }
                })
            >
                {tr("Save a copy of the unreadable data")}
            </button>
            <button type="button" class="rapport-link" on:click=click(move |_| state.notice.set(String::new()))>
                {tr("Dismiss")}
            </button>
        </div>
        {move || match state.screen.get() {
            Screen::Start => view! { <StartScreen state /> }.into_any(),
            Screen::Question => view! { <QuestionScreen state /> }.into_any(),
            Screen::Review => view! { <ReviewScreen state /> }.into_any(),
            #[cfg(feature = "goals")]
            Screen::Goals => view! { <GoalsScreen state /> }.into_any(),
            Screen::Result(result) => {
                // A result's explanations come with the readings file (`state/readings.rs`): asked for here if
                // nothing asked yet (a shared link, an old result), and the screen drawn again when it arrives or
                // fails. Drawn again whole, rather than a reactive part for each text: each costs the embed about
                // 1 KB. Only when never asked: a failure redraws this screen, which must not ask again by itself
                // (finishing or opening a result retries once, `actions.rs`; then the person's Try again).
                if state.readings.get_untracked() == readings::NOT_ASKED {
                    readings::request(false);
                }
                state.readings.track();
                view! { <ResultScreen state result /> }.into_any()
            }
            #[cfg(feature = "standalone")]
            Screen::Tool(tool) => crate::tools::tool_screen(state, tool),
        }}
    }
}

/// What was wrong with the share link the page was opened with (standalone pages only).
#[cfg(feature = "standalone")]
fn link_problem(state: AppState) -> impl IntoView {
    view! {
        <div class="rapport-notice" role="alert" hidden=move || state.ours.link_problem.with(String::is_empty)>
            <p data-testid="link-problem">{state.ours.link_problem}</p>
            <button type="button" hidden=move || state.ours.link_choice.with(Vec::is_empty) on:click=click(move |_| state.open_link_choice())>
                {move || open_readable_links(state.ours.link_choice.with(Vec::len))}
            </button>
        </div>
    }
}

#[cfg(not(feature = "standalone"))]
fn link_problem(_: AppState) {}
