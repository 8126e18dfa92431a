//! "Your data on this device": download everything, import a file from another device, download data that was
//! set aside as unreadable, and erase everything (after a confirmation).
//!
//! Size note (measured with `twiggy diff`): every distinct signal value type instantiates its own copy of the
//! reactive machinery, about 3 KB of wasm each, so this panel uses only `RwSignal<String>` and `RwSignal<bool>`,
//! types the rest of the widget already has; an empty string means "nothing to show".

use leptos::prelude::*;
use rapport_core::storage::{ImportError, MAX_IMPORT_BYTES};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::app::AppState;
use crate::components::{dated_filename, download};

/// What the person reads after an import.
fn import_message(state: AppState, text: Option<String>) -> String {
    let Some(text) = text else { return ImportError::NotJson.message().to_string() };
    match state.import(&text) {
        Ok(outcome) => {
            let skipped =
                if outcome.skipped > 0 { format!(", {} unreadable left out", outcome.skipped) } else { String::new() };
            format!("Imported: {} new, {} already here{skipped}.", outcome.merged.added, outcome.merged.already_there)
        }
        Err(error) => error.message().to_string(),
    }
}

/// Export, import and erase, for everything this widget keeps under its namespace.
#[component]
pub fn DataPanel(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let fallback_text = RwSignal::new(String::new());
    let confirming = RwSignal::new(false);

    let save_or_show = move |filename: String, text: String| {
        if download(&filename, &text) {
            message.set("Downloaded as a file.".into());
        } else {
            // Downloads are (or may be) blocked here, in a sandboxed frame: show the text to copy as well.
            fallback_text.set(text);
        }
    };

    let import = move |event: leptos::ev::Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES as f64 {
            message.set(ImportError::TooLarge.message().into());
            return;
        }
        // A promise callback rather than an async block (the futures machinery cost about 2 KB of wasm), typed
        // exactly like tachys' event listeners so wasm-bindgen's closure shims are shared. One callback serves
        // both outcomes: a string when the file was read, anything else when it could not be.
        let on_settled = Closure::<dyn FnMut(web_sys::Event)>::new(move |value: web_sys::Event| {
            let value: &JsValue = value.as_ref();
            message.set(import_message(state, value.as_string()));
        });
        let promise = file.text();
        if let Ok(then) = js_sys::Reflect::get(&promise, &JsValue::from_str("then")) {
            let callback: &JsValue = on_settled.as_ref();
            let _ = then.unchecked_into::<js_sys::Function>().call2(&promise, callback, callback);
        }
        // Called once by the browser; the page keeps it, as it keeps the widget.
        on_settled.forget();
    };

    view! {
        <details class="rapport-more rapport-data">
            <summary>"Your data on this device"</summary>
            <p>
                {move || {
                    let (results, drafts) = state.data.with(|d| (d.results.len(), d.drafts.len()));
                    let results = if results == 1 { "1 result".to_string() } else { format!("{results} results") };
                    let drafts = match drafts {
                        1 => "1 unfinished questionnaire".to_string(),
                        n => format!("{n} unfinished questionnaires"),
                    };
                    format!("Kept here: {results} and {drafts}.")
                }}
            </p>
            <div class="rapport-actions">
                <button
                    type="button"
                    class="rapport-secondary"
                    on:click=move |_| save_or_show(dated_filename("rapport"), state.export_text(None))
                >
                    "Download my results"
                </button>
                <label class="rapport-secondary rapport-file">
                    "Import a file"
                    <input type="file" accept=".json,application/json" on:change=import />
                </label>
                <button
                    type="button"
                    class="rapport-secondary"
                    hidden=move || {
                        state.data.track();
                        state.backup().is_none()
                    }
                    on:click=move |_| {
                        if let Some(text) = state.backup() {
                            save_or_show(dated_filename("rapport-unreadable"), text);
                        }
                    }
                >
                    "Download the unreadable data"
                </button>
                <button type="button" class="rapport-secondary" on:click=move |_| confirming.set(true)>
                    "Erase everything"
                </button>
            </div>
            <div
                class="rapport-card"
                role="alertdialog"
                aria-labelledby="rapport-erase-title"
                hidden=move || !confirming.get()
            >
                <p id="rapport-erase-title">
                    <strong>"Erase everything this assessment keeps on this device?"</strong>
                    " Your results and unfinished questionnaires will be deleted. This cannot be undone."
                </p>
                <div class="rapport-actions">
                    <button
                        type="button"
                        class="rapport-primary"
                        on:click=move |_| {
                            state.erase();
                            confirming.set(false);
                            message.set("Everything was erased from this device.".into());
                        }
                    >
                        "Yes, erase everything"
                    </button>
                    <button type="button" class="rapport-secondary" on:click=move |_| confirming.set(false)>
                        "Keep everything"
                    </button>
                </div>
            </div>
            <p class="rapport-status" role="status">{move || message.get()}</p>
            <label class="rapport-fallback" hidden=move || fallback_text.with(String::is_empty)>
                "If no file was downloaded (this page may block downloads), copy this text and keep it somewhere safe:"
                <textarea readonly rows="6" prop:value=move || fallback_text.get()></textarea>
            </label>
        </details>
    }
}
