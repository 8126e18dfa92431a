//! Pieces shared by several screens.

use leptos::prelude::*;

mod chart;
mod data_panel;
mod download;
mod focus;
mod labels;
mod scale;
#[cfg(feature = "standalone")]
mod share;

pub use chart::BarChart;
pub use data_panel::DataPanel;
pub use download::{dated_filename, download};
pub use focus::focus_when;
pub use labels::format_date;
#[cfg(feature = "goals")]
pub use labels::format_date_time;
pub use scale::ScaleChoice;
#[cfg(feature = "standalone")]
pub use share::{copy, SharePanel};

/// Every click handler as one type: each distinct handler type costs the wasm its own copy of Leptos' event and
/// attribute code (docs/performance.md).
pub type ClickHandler = Box<dyn FnMut(leptos::ev::MouseEvent)>;

/// Boxes a click handler (see [`ClickHandler`]).
pub fn click(handler: impl FnMut(leptos::ev::MouseEvent) + 'static) -> ClickHandler {
    Box::new(handler)
}

/// Every `change` and `input` handler as one type, for the same reason as [`click`].
pub type ChangeHandler = Box<dyn FnMut(leptos::ev::Event)>;

/// Boxes a `change` or `input` handler (see [`ChangeHandler`]).
pub fn changed(handler: impl FnMut(leptos::ev::Event) + 'static) -> ChangeHandler {
    Box::new(handler)
}

/// Lists as `Vec<AnyView>`: one list type for the whole widget instead of a `Vec<T>` (and its build, rebuild and
/// collect code) per kind of item (docs/performance.md).
pub trait CollectAny {
    /// Collects views into the widget's one list type.
    fn collect_any(self) -> Vec<AnyView>;
}

impl<I: Iterator> CollectAny for I
where
    I::Item: IntoAny,
{
    fn collect_any(self) -> Vec<AnyView> {
        // A plain loop: `collect()` instantiates `from_iter` and `fold` per iterator type (0.5 KB more, measured).
        let mut views = Vec::new();
        for view in self {
            views.push(view.into_any());
        }
        views
    }
}
