//! "Your data on this device": download everything, import a file from another device, download data that was
//! set aside as unreadable, and erase everything (after a confirmation).
//!
//! Size note (measured with `twiggy diff`): every distinct signal value type instantiates its own copy of the
//! reactive machinery, about 3 KB of wasm each, so this panel uses only `RwSignal<String>` and `RwSignal<bool>`,
//! types the rest of the widget already has; an empty string means "nothing to show".

use leptos::prelude::*;
use rapport_core::history::kept_here;
use rapport_core::i18n::tr;
use rapport_core::storage::{ImportError, MAX_IMPORT_BYTES};
use rapport_core::wording::unreadable_download;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::components::{changed, click, dated_filename, download, CollectAny};
use crate::state::AppState;

/// What the person reads after an import.
fn import_message(state: AppState, text: Option<String>) -> String {
    // A file the browser could not read as text is, for the person, not an export.
    let outcome = text.ok_or(ImportError::NotJson).and_then(|text| state.import(&text));
    rapport_core::wording::import_message(&outcome)
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
            message.set(tr("Downloaded as a file.").into());
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
            // The panel may be gone while the file was read (the import still counts): `try_set`, never a panic.
            message.try_set(import_message(state, value.as_string()));
        });
        let promise = file.text();
        if let Ok(then) = js_sys::Reflect::get(&promise, &JsValue::from_str("then")) {
            let callback: &JsValue = on_settled.as_ref();
            let _ = then.unchecked_into::<js_sys::Function>().call2(&promise, callback, callback);
        }
        // Called once by the browser; the page keeps it, as it keeps the widget.
        on_settled.forget();
    };

    // Data set aside as unreadable: one download each, then the person frees the copies (nothing set aside goes
    // without their say). `Option<AnyView>`, the reactive type the start screen's lists already use.
    let backups = move || {
        state.data.track();
        state.guarded.track();
        let texts = state.backups();
        let count = texts.len();
        (count > 0).then(|| {
            let mut buttons = texts
                .into_iter()
                .enumerate()
                .map(|(n, text)| {
                    let label = unreadable_download(n, count);
                    let filename = dated_filename(&format!("rapport-unreadable-{}", n + 1));
                    view! {
                        <button
                            type="button"
                            class="rapport-secondary"
                            on:click=click(move |_| save_or_show(filename.clone(), text.clone()))
                        >
                            {label}
                        </button>
                    }
                })
                .collect_any();
            buttons.push(
                view! {
                    <button
                        type="button"
                        class="rapport-secondary"
                        on:click=click(move |_| {
                            message.set(match state.free_backups() {
                                Ok(()) => tr("The set-aside copies were deleted.").into(),
                                Err(error) => error.message().into(),
                            });
                        })
                    >
                        {tr("I have saved them: delete the set-aside copies")}
                    </button>
                }
                .into_any(),
            );
            view! { <div class="rapport-actions">{buttons}</div> }.into_any()
        })
    };

    // What is kept, goals included where there are some: said in the panel and again in the question before
    // "Erase everything", so nobody erases what they were not told about. One closure for both (one view type).
    let kept = move || {
        let (results, drafts, goals) = state.data.with(|d| (d.results.len(), d.drafts.len(), d.goals_kept()));
        kept_here(results, drafts, goals)
    };

    view! {
        <details class="rapport-more rapport-data">
            <summary>{tr("Your data on this device")}</summary>
            <p>{kept}</p>
            <div class="rapport-actions">
                <button
                    type="button"
                    class="rapport-secondary"
                    on:click=click(move |_| save_or_show(dated_filename("rapport"), state.export_text(None)))
                >
                    {tr("Download my results")}
                </button>
                <label class="rapport-secondary rapport-file">
                    {tr("Import a file")}
                    <input type="file" accept=".json,application/json" on:change=changed(import) />
                </label>
                <button type="button" class="rapport-secondary" on:click=click(move |_| confirming.set(true))>
                    {tr("Erase everything")}
                </button>
            </div>
            {backups}
            <div
                class="rapport-card"
                role="alertdialog"
                aria-labelledby="rapport-erase-title"
                hidden=move || !confirming.get()
            >
                <p id="rapport-erase-title">
                    <strong>{tr("Erase everything this assessment keeps on this device?")}</strong>
                    " "
                    {kept}
                    " "
                    {tr("This cannot be undone.")}
                </p>
                <div class="rapport-actions">
                    <button
                        type="button"
                        class="rapport-primary"
                        on:click=click(move |_| {
                            confirming.set(false);
                            message.set(match state.erase() {
                                Ok(()) => tr("Everything was erased from this device.").into(),
                                Err(error) => error.message().into(),
                            });
                        })
                    >
                        {tr("Yes, erase everything")}
                    </button>
                    <button type="button" class="rapport-secondary" on:click=click(move |_| confirming.set(false))>
                        {tr("Keep everything")}
                    </button>
                </div>
            </div>
            <p class="rapport-status" role="status">{move || message.get()}</p>
            <label class="rapport-fallback" hidden=move || fallback_text.with(String::is_empty)>
                {tr("If no file was downloaded (this page may block downloads), copy this text and keep it somewhere safe:")}
                <textarea readonly rows="6" prop:value=move || fallback_text.get()></textarea>
            </label>
        </details>
    }
}
