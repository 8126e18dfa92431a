//! The summary page's tools (the standalone build only, never in the embed's wasm), one file each: the QR code
//! and the printable page of a result (`qr.rs`), a coach-client comparison of two share links (`compare.rs`), a
//! workshop group's anonymous summary (`group.rs`), and a QR code that starts a chosen questionnaire on
//! participants' phones (`start_link.rs`). Here: what they share, and the way to them from the start screen.

mod compare;
mod goals;
mod group;
mod qr;
mod start_link;

use leptos::prelude::*;

use crate::components::click;
use rapport_core::i18n::tr;

pub use compare::CompareScreen;
pub use goals::{GoalsCompareScreen, GoalsRateScreen, SendGoals};
pub use group::GroupScreen;
pub use qr::{PrintAndQr, QrCode};
pub use start_link::StartLinkScreen;

use crate::state::{AppState, Screen, Tool};

/// The screen of one of the tools.
pub fn tool_screen(state: AppState, tool: Tool) -> AnyView {
    match tool {
        Tool::Compare(links) => view! { <CompareScreen state links /> }.into_any(),
        Tool::Group(links) => view! { <GroupScreen state links /> }.into_any(),
        Tool::StartLink => view! { <StartLinkScreen state /> }.into_any(),
        Tool::GoalsRate(goals) => view! { <GoalsRateScreen state goals /> }.into_any(),
        Tool::GoalsCompare(pairs) => view! { <GoalsCompareScreen state pairs /> }.into_any(),
    }
}

/// Back to the start screen, and the other tools.
fn tools_nav(state: AppState) -> impl IntoView {
    view! {
        <div class="rapport-actions rapport-no-print">
            <button type="button" class="rapport-secondary" on:click=click(move |_| state.home())>{tr("Back to start")}</button>
        </div>
    }
}

/// On the summary page's start screen: the way to the tools.
pub fn tools_menu(state: AppState) -> impl IntoView {
    view! {
        <section class="rapport-card rapport-tools-menu" aria-labelledby="rapport-tools-title">
            <h3 id="rapport-tools-title">{tr("For coaches and facilitators")}</h3>
            <div class="rapport-actions">
                <button type="button" class="rapport-secondary"
                    on:click=click(move |_| state.show(Screen::Tool(Tool::Compare(Vec::new()))))>
                    {tr("Compare two results")}
                </button>
                <button type="button" class="rapport-secondary"
                    on:click=click(move |_| state.show(Screen::Tool(Tool::Group(Vec::new()))))>
                    {tr("Summarise a group")}
                </button>
                <button type="button" class="rapport-secondary" on:click=click(move |_| state.show(Screen::Tool(Tool::StartLink)))>
                    {tr("Make a start QR code")}
                </button>
            </div>
        </section>
    }
}
