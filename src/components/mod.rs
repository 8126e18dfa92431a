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
