//! rapport's browser shell: mounts one widget per `[data-rapport]` element, each in its own shadow root,
//! and renders what the core crate computes. No scoring, parsing or wording lives here.
//!
//! The same crate builds twice: the embed's widget, and with the `tools` feature the standalone summary page
//! (the widget plus the QR code, the comparison and the group view).

pub mod app;
mod components;
mod mount;
mod screens;
pub mod store;
#[cfg(feature = "tools")]
mod tools;

use wasm_bindgen::prelude::*;

/// Called by the loader once the module is ready: turns every `[data-rapport]` element on the page into a widget.
/// `home` is the folder the loader was served from (its own URL, from `import.meta.url`): share links and the
/// standalone pages are found there.
#[wasm_bindgen]
pub fn mount(home: &str) {
    mount::mount_all(home);
}
