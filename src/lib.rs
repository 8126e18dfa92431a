//! rapport's browser shell: mounts one widget per `[data-rapport]` element, each in its own shadow root,
//! and renders what the core crate computes. No scoring, parsing or wording lives here.
//!
//! The same crate builds twice: the embed's widget (`rapport.js` on coaches' pages, within its size budget), and
//! with the `standalone` feature our own standalone pages' build: the widget plus sharing, shared links, the QR
//! code, printing, the comparison and the group view.

pub mod app;
mod components;
pub(crate) mod mount;
mod screens;
pub mod state;
pub mod store;
#[cfg(feature = "standalone")]
mod tools;

use wasm_bindgen::prelude::*;

/// Called by the loader once the module is ready: turns every `[data-rapport]` element on the page into a widget.
/// `home` is the folder the loader was served from (its own URL, from `import.meta.url`): our summary page is
/// there. `language` and `catalogue` are what [`wanted_language`] asked for and the loader fetched (`catalogue` is
/// empty for English, or when the fetch failed: the widget is then in English). `readings` fetches the language's
/// readings file and hands its text to [`readings`] (`state/readings.rs`); the widgets call it when a
/// questionnaire starts or a result shows. The embed and the standalone pages' build share this entry point.
#[wasm_bindgen]
pub fn mount(home: &str, language: usize, catalogue: &str, readings: js_sys::Function) {
    state::readings::set_fetch(readings);
    mount::install_language(language, catalogue);
    mount::mount_all(home);
}

/// The readings file's text, as the loader fetched it ('' when the fetch failed: results then say their
/// explanations could not be loaded, and offer to try again).
#[wasm_bindgen]
pub fn readings(text: &str) {
    state::readings::arrived(text);
}

/// The language the page's widgets will speak, as an index into [`rapport_core::i18n::LANGUAGES`] (0 English,
/// 1 Spanish, 2 German: a number, not a string, to keep the wasm's glue small), asked by the loader before
/// mounting so that it fetches only that catalogue. The loader passes what the page says, in the order the core
/// weighs it ([`rapport_core::i18n::choose_language`]): the embed's `lang` option (the first widget's
/// `data-lang`; on our own pages, the `lang` of the query), the page's `<html lang>` (empty on our own pages,
/// whose `lang="en"` only describes their shell), and the browser's language.
#[wasm_bindgen]
pub fn wanted_language(option: &str, page: &str, browser: &str) -> usize {
    let wanted = rapport_core::i18n::choose_language([option, page, browser]);
    rapport_core::i18n::LANGUAGES.iter().position(|(tag, _)| *tag == wanted).unwrap_or(0)
}
