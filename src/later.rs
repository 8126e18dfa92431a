//! The screens a first question does not need, in our standalone pages' build: the result (with sharing and the
//! QR code), the review of unanswered questions, the goals screen and the tools (comparison, group view, start
//! link, a coach's rating of goals). There (`--features standalone`) their code is a wasm chunk of its own,
//! `later`, split off by `wasm-split-cli` in scripts/build.sh and fetched as soon as the first screen shows, so
//! the first question never waits for it (issue 23). The embed's builds compile them in: a chunk carries its own
//! copies of generic code, which a whole run in the embed cannot afford (docs/performance.md).

use leptos::prelude::*;
use rapport_core::storage::SavedResult;

use crate::state::AppState;
#[cfg(feature = "standalone")]
use crate::state::Tool;

#[cfg(feature = "standalone")]
mod chunk {
    use leptos::prelude::*;
    use leptos::wasm_split::SplitLoaderError;
    use rapport_core::storage::SavedResult;

    use crate::screens::{GoalsScreen, ResultScreen, ReviewScreen};
    use crate::state::{AppState, Tool};

    // `fallible`: a chunk that cannot be fetched is an `Err` to show, not a panic that would stop the widget.
    #[leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_later))]
    pub fn result_screen(state: AppState, result: SavedResult) -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <ResultScreen state result /> }.into_any())
    }

    #[leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn review_screen(state: AppState) -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <ReviewScreen state /> }.into_any())
    }

    #[leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn goals_screen(state: AppState) -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <GoalsScreen state /> }.into_any())
    }

    #[leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn tool_screen(state: AppState, tool: Tool) -> Result<AnyView, SplitLoaderError> {
        Ok(crate::tools::tool_screen(state, tool))
    }
}

/// Starts fetching the later screens' chunk (once; later calls find it loading or loaded). Called when the first
/// screen is up, so the chunk downloads while the person reads it and answers, and a result, a shared link or
/// the goals screen shows at once even on a slow network. A failure here is retried when a later screen shows.
pub fn preload() {
    #[cfg(feature = "standalone")]
    leptos::task::spawn_local(async {
        let _ = chunk::preload_later().await;
    });
}

/// One boxed future type for every later screen: one `Suspend` instantiation, not four.
#[cfg(feature = "standalone")]
type Part = std::pin::Pin<Box<dyn std::future::Future<Output = Result<AnyView, leptos::wasm_split::SplitLoaderError>>>>;

/// A later screen from the chunk: in the same frame when it is loaded (no `<Suspense>` around it: its hidden first
/// render mounts the screen's heading before it is in the page, so the screen could not take focus); until it
/// arrives, nothing; and a
/// failed download says so with a way to try again: showing `screen` again asks the chunk again (a result is
/// saved before it shows, so nothing is lost).
#[cfg(feature = "standalone")]
fn from_chunk(part: Part, state: AppState, screen: crate::state::Screen) -> AnyView {
    use crate::components::click;
    use leptos::__reexports::send_wrapper::SendWrapper;
    use rapport_core::i18n::tr;
    let loaded = Suspend::new(SendWrapper::new(async move {
        match part.await {
            Ok(view) => view,
            Err(_) => view! {
                <div class="rapport-notice" role="alert">
                    <p>{tr("This part of the assessment could not load. Anything you answered is saved. Check the connection, then try again.")}</p>
                    <button
                        type="button"
                        class="rapport-secondary"
                        on:click=click(move |_| state.screen.set(screen.clone()))
                    >
                        {tr("Try again")}
                    </button>
                </div>
            }
            .into_any(),
        }
    }));
    loaded.into_any()
}

/// The result screen.
pub fn result_screen(state: AppState, result: SavedResult) -> AnyView {
    #[cfg(feature = "standalone")]
    {
        let screen = crate::state::Screen::Result(result.clone());
        from_chunk(Box::pin(chunk::result_screen(state, result)), state, screen)
    }
    #[cfg(not(feature = "standalone"))]
    {
        use crate::screens::ResultScreen;
        view! { <ResultScreen state result /> }.into_any()
    }
}

/// The review of unanswered questions.
pub fn review_screen(state: AppState) -> AnyView {
    #[cfg(feature = "standalone")]
    {
        from_chunk(Box::pin(chunk::review_screen(state)), state, crate::state::Screen::Review)
    }
    #[cfg(not(feature = "standalone"))]
    {
        use crate::screens::ReviewScreen;
        view! { <ReviewScreen state /> }.into_any()
    }
}

/// The goals screen.
#[cfg(feature = "goals")]
pub fn goals_screen(state: AppState) -> AnyView {
    #[cfg(feature = "standalone")]
    {
        from_chunk(Box::pin(chunk::goals_screen(state)), state, crate::state::Screen::Goals)
    }
    #[cfg(not(feature = "standalone"))]
    {
        use crate::screens::GoalsScreen;
        view! { <GoalsScreen state /> }.into_any()
    }
}

/// A tool's screen (our pages only).
#[cfg(feature = "standalone")]
pub fn tool_screen(state: AppState, tool: Tool) -> AnyView {
    let screen = crate::state::Screen::Tool(tool.clone());
    from_chunk(Box::pin(chunk::tool_screen(state, tool)), state, screen)
}
