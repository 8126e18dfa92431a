//! rapport's browser shell: mounts one widget per `[data-rapport]` element, each in its own shadow root,
//! and renders what the core crate computes. No scoring, parsing or wording lives here.
//!
//! The same crate builds twice: the embed's widget (`rapport.js` on coaches' pages, within its size budget), and
//! with the `standalone` feature our own standalone pages' build: the widget plus sharing, shared links, the QR
//! code, printing, the comparison and the group view.

pub mod app;
mod components;
mod mount;
mod screens;
pub mod store;
#[cfg(feature = "standalone")]
mod tools;

use wasm_bindgen::prelude::*;

/// The embed: runs when the module is instantiated and turns every `[data-rapport]` element into a widget.
#[cfg(not(feature = "standalone"))]
#[wasm_bindgen(start)]
pub fn start() {
    mount::mount_all("");
}

/// Our standalone pages: called by their loader once the module is ready. `home` is the folder the loader was
/// served from (its own URL, from `import.meta.url`): share links and the summary page are found there.
#[cfg(feature = "standalone")]
#[wasm_bindgen]
pub fn mount(home: &str) {
    mount::mount_all(home);
}
