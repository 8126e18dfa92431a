//! What the result screen offers next: the coach's call to action, keeping or downloading a private run's result,
//! taking a shared result oneself, and (in the embed) the way to our summary page, where sharing lives.

use leptos::prelude::*;
use rapport_core::i18n::tr;
use rapport_core::storage::SavedResult;
#[cfg(feature = "standalone")]
use rapport_core::wording::Copied;

#[cfg(feature = "standalone")]
use crate::components::SharePanel;
use crate::components::{click, dated_filename, download};
use crate::state::AppState;

/// Whose result is on show: `received` when it came from someone else's link (kept or not; read-only, never
/// compared with the person's own results), `own_view` when the person opened their own link on our summary page
/// (`&own`: it reads as theirs, with the share options). The embed opens no links: a shared result there is
/// always received.
#[cfg(feature = "standalone")]
pub(super) fn whose(state: AppState, result: &SavedResult) -> (bool, bool) {
    let shared = rapport_core::storage::is_shared(result);
    let own = state.ours.own_link.get_untracked();
    (shared && !own, shared && own)
}

/// See the standalone build's [`whose`].
#[cfg(not(feature = "standalone"))]
pub(super) fn whose(_: AppState, result: &SavedResult) -> (bool, bool) {
    (rapport_core::storage::is_shared(result), false)
}

/// Everything the result offers after the reading. Sharing, and the offers for a result someone shared, live in
/// the standalone pages' build only: the embed's wasm stays within its size budget (docs/performance.md).
#[cfg(feature = "standalone")]
pub(super) fn offers(state: AppState, result: &SavedResult, received: bool, own_view: bool) -> impl IntoView {
    let offer = if own_view {
        ().into_any()
    } else if received {
        received_offer(state, result.clone()).into_any()
    } else {
        private_offer(state, result.clone(), true).into_any()
    };
    let share = (!received).then(|| view! { <SharePanel state result=result.clone() /> });
    view! { {offer} {share} <crate::tools::PrintAndQr state result=result.clone() /> }
}

/// In the embed: keeping or downloading a private run's result, and the way to our summary page.
#[cfg(not(feature = "standalone"))]
pub(super) fn offers(state: AppState, result: &SavedResult, received: bool, _own_view: bool) -> impl IntoView {
    view! {
        {private_offer(state, result.clone(), !received)}
        {share_elsewhere(state, result, !received)}
    }
}

/// The copy button for the questions to bring to a conversation (`text`, as the summary has them); its outcome
/// is said in a status line. Our pages only: the embed's wasm carries no clipboard code (the questions are on
/// screen as text there, and in the summary on our summary page).
#[cfg(feature = "standalone")]
pub(super) fn copy_questions(heading: &str, questions: &[&str]) -> impl IntoView {
    let text = rapport_core::summary::conversation_text(heading, questions).trim_start().to_string();
    let message = RwSignal::new(String::new());
    view! {
        <div class="rapport-actions">
            <button
                type="button"
                class="rapport-secondary"
                on:click=click(move |_| crate::components::copy(text.clone(), Copied::Questions, message))
            >
                {tr("Copy the questions")}
            </button>
        </div>
        <p class="rapport-status" role="status">{message}</p>
    }
}

/// See the standalone build's [`copy_questions`].
#[cfg(not(feature = "standalone"))]
pub(super) fn copy_questions(_heading: &str, _questions: &[&str]) -> impl IntoView {}

/// The coach's call to action, when the embed configures one. The URL was validated by the core (https only,
/// or http on localhost); the label is rendered as text.
pub(super) fn call_to_action(state: AppState) -> impl IntoView {
    let (label, url) = (state.call_to_action.label.get_untracked(), state.call_to_action.url.get_untracked());
    outbound_link(url, label)
}

/// A link that opens in a new tab, without telling the other page where it came from (`href` already checked).
/// Hidden, not left out, when there is no `href`: an optional view would be one more type in the wasm.
fn outbound_link(href: String, label: String) -> impl IntoView {
    let hidden = href.is_empty();
    view! {
        <p class="rapport-cta" hidden=hidden>
            <a class="rapport-primary" href=href target="_blank" rel="noopener noreferrer">{label}</a>
        </p>
    }
}

#[cfg(feature = "standalone")]
/// A result someone shared: read-only, shown from the link alone. The way on is to take the questionnaire oneself.
fn received_offer(state: AppState, result: SavedResult) -> impl IntoView {
    let (for_check, for_note, for_hide, for_keep) = (result.clone(), result.clone(), result.clone(), result.clone());
    view! {
        <section class="rapport-card rapport-received" aria-labelledby="rapport-received-title">
            <h3 id="rapport-received-title">{tr("Someone shared this result with you")}</h3>
            <p hidden=move || state.is_kept(&for_check)>
                {tr("It is shown from the link alone, and nothing of it is kept on this device unless you keep a copy.")}
            </p>
            <p hidden=move || !state.is_kept(&for_note)>
                {tr("A copy is kept on this device, listed as shared with you and never compared with your own results.")}
            </p>
            <div class="rapport-actions">
                <button type="button" class="rapport-primary" on:click=click(move |_| state.take_it_yourself(&result))>
                    {tr("Take it yourself")}
                </button>
                <button
                    type="button"
                    class="rapport-secondary"
                    hidden=move || state.is_kept(&for_hide)
                    on:click=click(move |_| {
                        state.acted.set(true);
                        state.keep(for_keep.clone());
                    })
                >
                    {tr("Keep a copy on this device")}
                </button>
            </div>
        </section>
    }
}

/// In the embed: sharing happens on our summary page, reached with the result in the link's fragment (never sent
/// to a server), where the person makes a link, a text, an email, a QR code or a printout. The embed's wasm, paid
/// by every visitor of a coach's page, carries only this link (built like the call to action, so it adds no view
/// code of its own).
#[cfg(not(feature = "standalone"))]
fn share_elsewhere(state: AppState, result: &SavedResult, wanted: bool) -> impl IntoView {
    // The coach's own page (`data-share-base`, running our standalone build) if they set one, else ours; none when
    // the coach turned sharing off.
    let crate::state::Host { share_base, share, .. } = state.host();
    let page = if share_base.is_empty() { crate::state::summary_page() } else { share_base };
    let href = rapport_core::share::handoff_link(&page, result, wanted && share);
    outbound_link(href, tr("Share or print this result").to_string())
}

/// After a private run: the result is only in memory, so offer to download it, or to keep it after all. Never
/// `shown` for someone else's result.
fn private_offer(state: AppState, result: SavedResult, shown: bool) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let for_check = result.clone();
    let for_download = result.clone();
    view! {
        <section
            class="rapport-card rapport-private"
            aria-labelledby="rapport-private-title"
            hidden=move || !shown || state.is_kept(&for_check)
        >
            <h3 id="rapport-private-title">{tr("This result is not kept on this device")}</h3>
            <p>{tr("It disappears when you close this page. Download it to keep it yourself.")}</p>
            <div class="rapport-actions">
                <button
                    type="button"
                    class="rapport-primary"
                    on:click=click(move |_| {
                        if !download(&dated_filename("rapport"), &state.export_text(Some(&for_download))) {
                            message.set(tr("Downloads are blocked here.").to_string());
                        }
                    })
                >
                    {tr("Download this result")}
                </button>
                <button
                    type="button"
                    class="rapport-secondary"
                    hidden=!state.persistent()
                    on:click=click(move |_| state.keep(result.clone()))
                >
                    {tr("Keep it on this device after all")}
                </button>
            </div>
            <p class="rapport-status" role="status">{move || message.get()}</p>
        </section>
    }
}
