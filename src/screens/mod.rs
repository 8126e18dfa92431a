//! One file per screen. Each takes the [`crate::app::AppState`] and renders from it.

mod question;
mod result;
mod review;
mod start;

pub use question::QuestionScreen;
pub use result::{format_date, ResultScreen};
pub use review::ReviewScreen;
pub use start::StartScreen;
