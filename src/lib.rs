//! rapport's browser shell: mounts one widget per `[data-rapport]` element, each in its own shadow root,
//! and renders what the core crate computes. No scoring, parsing or wording lives here.

pub mod app;
mod components;
mod mount;
mod screens;
pub mod store;

use wasm_bindgen::prelude::*;

/// Runs when the module is instantiated: turns every `[data-rapport]` element on the page into a widget.
#[wasm_bindgen(start)]
pub fn start() {
    mount::mount_all();
}
