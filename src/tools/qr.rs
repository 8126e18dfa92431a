//! A result's QR code and printing, under the result on the summary page.

use leptos::prelude::*;
use rapport_core::i18n::tr;
use rapport_core::qr::qr_svg_path;
use rapport_core::storage::SavedResult;

use crate::components::click;
use crate::state::{AppState, Screen, Tool};
use rapport_core::share::share_link;

/// A QR code drawn as SVG from the core's path: dark modules on white, whatever the theme (scanners need it).
#[component]
pub fn QrCode(
    /// What the code holds (a link).
    text: String,
    /// What it is, for screen readers.
    label: &'static str,
) -> impl IntoView {
    match qr_svg_path(&text) {
        Ok(picture) => {
            let side = picture.side();
            view! {
                <svg class="rapport-qr" viewBox=format!("0 0 {side} {side}") role="img" aria-label=label
                    data-testid="qr">
                    <rect class="rapport-qr__light" width=side.to_string() height=side.to_string() />
                    <path class="rapport-qr__dark" d=picture.path />
                </svg>
            }
            .into_any()
        }
        Err(error) => view! { <p class="rapport-status">{error.message()}</p> }.into_any(),
    }
}

/// Under a result on the summary page: its QR code (for a facilitator's screen or a phone held up), printing,
/// and the way to the comparison and group views.
#[component]
pub fn PrintAndQr(
    /// Shared widget state.
    state: AppState,
    /// The result on show.
    result: SavedResult,
) -> impl IntoView {
    let link = share_link(&state.ours.share_page.get_untracked(), &result, result.label.as_deref().unwrap_or(""));
    let compare_with = link.clone();
    view! {
        <section class="rapport-card rapport-tools" aria-labelledby="rapport-qr-title">
            <h3 id="rapport-qr-title">{tr("QR code of this result")}</h3>
            <p class="rapport-no-print">{tr("Scan it with a phone's camera to open this summary there.")}</p>
            {(!link.is_empty()).then(|| view! { <QrCode text=link label=tr("QR code of the link to this result") /> })}
            <div class="rapport-actions rapport-no-print">
                <button type="button" class="rapport-primary" on:click=click(move |_| print())>{tr("Print or save as PDF")}</button>
                <button
                    type="button"
                    class="rapport-secondary"
                    on:click=click(move |_| state.show(Screen::Tool(Tool::Compare(vec![compare_with.clone(), String::new()]))))
                >
                    {tr("Compare with another result")}
                </button>
            </div>
        </section>
    }
}

fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
