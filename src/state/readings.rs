//! The readings file (`v1/lang/readings-<tag>.json`): what a result's parts mean, their next steps and the
//! questions to bring along, in the page's language. None of it is in the wasm (the core's `i18n::Fetched` holds
//! keys), so the first question never waits for it: the loader gives [`set_fetch`] a function that fetches the
//! page's language's file and hands its text to [`arrived`], and a widget asks for it when a questionnaire starts
//! and when a result is shown. One file per page, shared by its widgets; each widget's [`AppState::readings`]
//! follows the status.
//!
//! [`AppState::readings`]: super::AppState::readings

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Not asked for yet.
pub const NOT_ASKED: usize = 0;
/// Asked for, not arrived yet.
pub const LOADING: usize = 1;
/// Installed.
pub const READY: usize = 2;
/// The fetch failed (offline, flaky network) or the file was damaged: a result says so and offers a retry.
pub const FAILED: usize = 3;

thread_local! {
    static FETCH: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static STATUS: Cell<usize> = const { Cell::new(NOT_ASKED) };
    static WIDGETS: RefCell<Vec<RwSignal<usize>>> = const { RefCell::new(Vec::new()) };
}

/// The loader's function that fetches the readings file and calls [`arrived`] with its text ('' on failure).
pub fn set_fetch(fetch: js_sys::Function) {
    FETCH.with_borrow_mut(|slot| *slot = Some(fetch));
}

/// A widget's signal of the status ([`NOT_ASKED`], [`LOADING`], [`READY`], [`FAILED`]), kept up to date.
pub(super) fn status_signal() -> RwSignal<usize> {
    let signal = RwSignal::new(STATUS.get());
    WIDGETS.with_borrow_mut(|widgets| widgets.push(signal));
    signal
}

fn set_status(status: usize) {
    STATUS.set(status);
    // A copy: setting a signal runs effects, which may ask again.
    let widgets = WIDGETS.with_borrow(|widgets| widgets.clone());
    for signal in widgets {
        signal.try_set(status);
    }
}

/// Starts fetching the readings file unless it is on its way or here; `again` asks even when it is here (a file
/// that lacked a text). A missing or throwing fetch function counts as a failed fetch, never a panic.
pub fn request(again: bool) {
    let status = STATUS.get();
    if status == LOADING || (status == READY && !again) {
        return;
    }
    set_status(LOADING);
    let called = FETCH.with_borrow(|fetch| fetch.as_ref().is_some_and(|f| f.call0(&JsValue::NULL).is_ok()));
    if !called {
        set_status(FAILED);
    }
}

/// The readings file's text as fetched ('' when the fetch failed): installed, or the status says it failed.
pub fn arrived(text: &str) {
    let installed = !text.is_empty() && rapport_core::i18n::install_readings(text).is_ok();
    if !installed {
        web_sys::console::warn_1(&"rapport: the explanations of results could not be loaded".into());
    }
    set_status(if installed { READY } else { FAILED });
}
