//! rapport's core: everything that can be known and tested without a browser.
//!
//! Data flows one way: an [`Instrument`] (data) and the person's answers go into [`score`], which returns
//! numbers; [`interpret`] turns numbers into words; [`storage`] keeps answers and results as a versioned
//! envelope. [`share`] puts a result's answers into a short code for a link, [`group`] sets shared results side by
//! side or together, and [`qr`] draws a link as a QR code. The Leptos UI renders what these return and forwards
//! events; it holds no logic of its own.

pub mod attempt;
#[cfg(not(target_arch = "wasm32"))]
pub mod catalogue_tools;
pub mod config;
pub mod event;
#[cfg(feature = "goals")]
pub mod goals;
pub mod group;
pub mod history;
pub mod i18n;
pub mod instrument;
pub mod instruments;
pub mod interpret;
pub mod json;
pub mod keeper;
pub mod label;
pub mod qr;
pub mod readings;
pub mod scoring;
pub mod share;
pub mod storage;
pub mod summary;
pub mod theme;
pub mod wording;

pub use instrument::{Instrument, InstrumentId};
pub use scoring::{score, Score, ScoreError};
