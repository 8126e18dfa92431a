//! "Share this result": a link whose fragment carries the answers (nothing is uploaded) and an email to the coach
//! first, then a label, the text summary to copy and the phone's share sheet where there is one (the printable
//! page with its QR code follows the panel).
//!
//! Clipboard and share sheet can be blocked (a sandboxed frame, an old browser): the link and the text are always
//! on screen as selectable text, so the person can copy them by hand.

use leptos::prelude::*;
use rapport_core::i18n::tr;
use rapport_core::share::{clean_label, share_link};
use rapport_core::storage::{SavedResult, MAX_LABEL_CHARS};
use rapport_core::summary::{mailto_link, text_summary};
use rapport_core::wording::{after_share_sheet, copy_outcome, share_subject, AfterShareSheet, Copied};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{changed, click, format_date};
use crate::state::AppState;

/// Calls `method` of `target` (a browser API we reach by name, so the wasm carries no bindings for it) and
/// reports the outcome once: `Ok(())` when its promise resolved, `Err(error name)` when it was refused or missing.
fn call_browser(
    target: &JsValue,
    method: &str,
    argument: &JsValue,
    mut settled: impl FnMut(Result<(), String>) + 'static,
) {
    let function = js_sys::Reflect::get(target, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = function.and_then(|f| f.call1(target, argument).ok()) else {
        settled(Err("Missing".into()));
        return;
    };
    // One callback for both outcomes (see DataPanel: cheaper than the futures machinery). A resolved clipboard or
    // share promise carries `undefined`; a refusal carries a DOMException with a name.
    let on_settled = Closure::<dyn FnMut(web_sys::Event)>::new(move |value: web_sys::Event| {
        let value: &JsValue = value.as_ref();
        if value.is_undefined() {
            settled(Ok(()));
        } else {
            let name = js_sys::Reflect::get(value, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
            settled(Err(name.unwrap_or_default()));
        }
    });
    if let Ok(then) = js_sys::Reflect::get(&promise, &JsValue::from_str("then")) {
        let callback: &JsValue = on_settled.as_ref();
        let _ = then.unchecked_into::<js_sys::Function>().call2(&promise, callback, callback);
    }
    on_settled.forget();
}

/// Copies `text` (`what` the panel offers) to the clipboard and says how it went in `message`.
pub fn copy(text: String, what: Copied, message: RwSignal<String>) {
    let Some(window) = web_sys::window() else { return };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).unwrap_or_default();
    call_browser(&clipboard, "writeText", &JsValue::from_str(&text), move |outcome| {
        // The panel may be gone by now (another screen, another link): `try_` forms, never a panic.
        message.try_set(copy_outcome(what, outcome.is_ok()).to_string());
    });
}

/// Whether the browser has a share sheet (`navigator.share`: most phones, not most desktops).
fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
}

/// The share section of a result the person made themselves (standalone pages only; the embed links to our
/// summary page instead, where this panel is).
#[component]
pub fn SharePanel(
    /// Shared widget state.
    state: AppState,
    /// The result to share.
    result: SavedResult,
) -> impl IntoView {
    let base = state.ours.share_page.get_untracked();
    let message = RwSignal::new(String::new());
    let date = format_date(result.completed_at);
    let subject = share_subject(&result);
    let given_label = result.label.clone().unwrap_or_default();
    // Link and text are recomputed when the label changes (plain String signals: no Memo type in the wasm).
    let compute = move |chosen: &str| {
        let link = share_link(&base, &result, chosen);
        let mut labelled = result.clone();
        labelled.label = clean_label(chosen);
        let text = text_summary(&labelled, &date, &link).unwrap_or_default();
        (link, text)
    };
    let (first_link, first_text) = compute(&given_label);
    let label = RwSignal::new(given_label);
    let link = RwSignal::new(first_link);
    let text = RwSignal::new(first_text);
    let relabel = move |chosen: String| {
        let (new_link, new_text) = compute(&chosen);
        label.set(chosen);
        link.set(new_link);
        text.set(new_text);
    };
    let share_title = subject.clone();

    let share = move |_| {
        let data = js_sys::Object::new();
        for (key, value) in
            [("title", share_title.clone()), ("text", text.get_untracked()), ("url", link.get_untracked())]
        {
            if !value.is_empty() {
                let _ = js_sys::Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(&value));
            }
        }
        let Some(window) = web_sys::window() else { return };
        // The share sheet may stay open while the panel goes (another screen, another link): `try_` forms, so
        // a late answer is dropped rather than a panic that would stop every widget on the page.
        call_browser(&window.navigator(), "share", &data, move |outcome| {
            match after_share_sheet(outcome.as_ref().map(|_| ()).map_err(String::as_str)) {
                AfterShareSheet::Say(said) => {
                    message.try_set(said.into());
                }
                AfterShareSheet::Nothing => {}
                AfterShareSheet::CopyLink => {
                    if let Some(link) = link.try_get_untracked() {
                        copy(link, Copied::Link, message);
                    }
                }
            }
        });
    };

    view! {
        <section class="rapport-card rapport-share" aria-labelledby="rapport-share-title">
            <h3 id="rapport-share-title">{tr("Share this result")}</h3>
            <p>
                {tr("Your answers travel inside the link itself: nothing is uploaded, and anyone you give the link to \
                     can read this result.")}
            </p>
            // What a prospective client does most comes first: the link, and an email to the coach; then a label,
            // the link itself, the text and the share sheet.
            <div class="rapport-actions">
                <button type="button" class="rapport-primary" on:click=click(move |_| copy(link.get_untracked(), Copied::Link, message))>
                    {tr("Copy link")}
                </button>
                <a class="rapport-secondary" href=move || mailto_link(&subject, &text.get(), &link.get())>
                    {tr("Email to my coach")}
                </a>
            </div>
            <p class="rapport-status" role="status">{message}</p>
            <label class="rapport-field">
                <span>{tr("Your first name or a label, shown with the result (optional)")}</span>
                <input
                    type="text"
                    maxlength=MAX_LABEL_CHARS.to_string()
                    autocomplete="off"
                    prop:value=label
                    on:input=changed(move |event| relabel(event_target_value(&event)))
                />
            </label>
            <label class="rapport-field">
                <span>{tr("Link")}</span>
                <input type="text" readonly data-testid="share-link" prop:value=link />
            </label>
            <div class="rapport-actions">
                <button
                    type="button"
                    class="rapport-secondary"
                    on:click=click(move |_| copy(text.get_untracked(), Copied::Summary, message))
                >
                    {tr("Copy text summary")}
                </button>
                <button type="button" class="rapport-secondary" hidden=!can_share() on:click=click(share)>
                    {tr("Share…")}
                </button>
            </div>
            <details class="rapport-more">
                <summary>{tr("Text summary")}</summary>
                <textarea class="rapport-summary-text" readonly rows="10" data-testid="share-text" prop:value=text></textarea>
            </details>
        </section>
    }
}
