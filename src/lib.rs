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
pub mod store;
#[cfg(feature = "standalone")]
mod tools;

use wasm_bindgen::prelude::*;

/// Called by the loader once the module is ready: turns every `[data-rapport]` element on the page into a widget.
/// `home` is the folder the loader was served from (its own URL, from `import.meta.url`): our summary page is
/// there. The embed and the standalone pages' build share this entry point.
#[wasm_bindgen]
pub fn mount(home: &str) {
    mount::mount_all(home);
}
