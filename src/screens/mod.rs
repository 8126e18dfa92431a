//! One file per screen. Each takes the [`crate::state::AppState`] and renders from it.

#[cfg(feature = "goals")]
mod goals;
mod question;
mod result;
mod review;
mod start;

#[cfg(feature = "goals")]
pub use goals::GoalsScreen;
pub use question::QuestionScreen;
pub use result::ResultScreen;
pub use review::ReviewScreen;
pub use start::StartScreen;
