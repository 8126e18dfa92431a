//! Pieces shared by several screens.

mod chart;
mod data_panel;
mod download;
mod focus;
mod scale;
#[cfg(feature = "standalone")]
mod share;

pub use chart::BarChart;
pub use data_panel::DataPanel;
pub use download::{dated_filename, download};
pub use focus::focus_when;
pub use scale::ScaleChoice;
#[cfg(feature = "standalone")]
pub use share::{share_link, SharePanel};

/// Every click handler as one type: each distinct handler type costs the wasm its own copy of Leptos' event and
/// attribute code (docs/performance.md).
pub type ClickHandler = Box<dyn FnMut(leptos::ev::MouseEvent)>;

/// Boxes a click handler (see [`ClickHandler`]).
pub fn click(handler: impl FnMut(leptos::ev::MouseEvent) + 'static) -> ClickHandler {
    Box::new(handler)
}
