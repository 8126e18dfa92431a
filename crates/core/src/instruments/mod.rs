//! The instruments themselves, written in our own words, and the answer scales they share.
//!
//! Nothing here is copied from a published questionnaire (Trusted Advisor quiz, WAI, SRS): we learnt their
//! structure and wrote every statement ourselves. `docs/instruments.md` lists them for coaches.

pub mod alliance;
pub mod checkin;
pub mod trust;

mod scales;

pub use scales::{AGREEMENT, FREQUENCY, ZERO_TO_TEN};

use crate::instrument::Instrument;

/// Every instrument at every version we have ever shipped, so saved answers always find their items.
pub static ALL_VERSIONS: [&Instrument; 3] = [&trust::TRUST_V1, &alliance::ALLIANCE_V1, &checkin::CHECKIN_V1];
