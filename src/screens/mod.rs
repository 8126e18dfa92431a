//! One file per screen. Each takes the [`crate::state::AppState`] and renders from it.

mod question;
mod result;
mod review;
pub mod start;

pub use question::QuestionScreen;
#[cfg(feature = "standalone")]
pub use result::format_date;
pub use result::ResultScreen;
pub use review::ReviewScreen;
pub use start::StartScreen;
