//! The instruments themselves, written in our own words, and the answer scales they share.
//!
//! Nothing here is copied from a published questionnaire (Trusted Advisor quiz, WAI, SRS): we learnt their
//! structure and wrote every statement ourselves. `docs/instruments.md` lists them for coaches.

pub mod alliance;
pub mod alliance_v2;
pub mod checkin;
pub mod trust;
pub mod trust_v2;

mod scales;

pub use scales::{AGREEMENT, FREQUENCY, ZERO_TO_TEN};

use crate::instrument::Instrument;

/// Every instrument at every version we have ever shipped, so saved answers and old share links always find the
/// items and keys they were answered with. Never remove one; `docs/instruments.md` keeps the change log.
pub static ALL_VERSIONS: [&Instrument; 5] =
    [&trust::TRUST_V1, &trust_v2::TRUST_V2, &alliance::ALLIANCE_V1, &alliance_v2::ALLIANCE_V2, &checkin::CHECKIN_V1];
