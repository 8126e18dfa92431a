//! Pieces shared by several screens.

mod chart;
mod focus;
mod scale;

pub use chart::BarChart;
pub use focus::focus_when;
pub use scale::ScaleChoice;
