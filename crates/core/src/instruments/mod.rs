//! The instruments themselves, written in our own words, and the answer scales they share.
//!
//! Nothing here is copied from a published questionnaire (Trusted Advisor quiz, WAI, SRS): we learnt their
//! structure and wrote every statement ourselves. `docs/instruments.md` lists them for coaches.

pub mod alliance;
pub mod alliance_v2;
pub mod checkin;
pub mod trust;
pub mod trust_v2;

use crate::instrument::{Instrument, Scale, ScalePoint};

/// Every instrument at every version we have ever shipped, so saved answers and old share links always find the
/// items and keys they were answered with. Never remove one; `docs/instruments.md` keeps the change log.
pub static ALL_VERSIONS: [&Instrument; 5] =
    [&trust::TRUST_V1, &trust_v2::TRUST_V2, &alliance::ALLIANCE_V1, &alliance_v2::ALLIANCE_V2, &checkin::CHECKIN_V1];

/// Five-point agreement, used by the trust equation.
pub const AGREEMENT: Scale = Scale {
    name: "agreement",
    points: &[
        ScalePoint { value: 1, label: "Strongly disagree" },
        ScalePoint { value: 2, label: "Disagree" },
        ScalePoint { value: 3, label: "Neither agree nor disagree" },
        ScalePoint { value: 4, label: "Agree" },
        ScalePoint { value: 5, label: "Strongly agree" },
    ],
};

/// Five-point frequency, used by the working alliance.
pub const FREQUENCY: Scale = Scale {
    name: "frequency",
    points: &[
        ScalePoint { value: 1, label: "Seldom" },
        ScalePoint { value: 2, label: "Sometimes" },
        ScalePoint { value: 3, label: "Fairly often" },
        ScalePoint { value: 4, label: "Very often" },
        ScalePoint { value: 5, label: "Always" },
    ],
};

/// Eleven points from 0 to 10 for the session check-in. The ends carry words; every point is read out with
/// its place on the scale, so a screen reader never hears a bare number.
pub const ZERO_TO_TEN: Scale = Scale {
    name: "0 to 10",
    points: &[
        ScalePoint { value: 0, label: "0 of 10, not at all" },
        ScalePoint { value: 1, label: "1 of 10" },
        ScalePoint { value: 2, label: "2 of 10" },
        ScalePoint { value: 3, label: "3 of 10" },
        ScalePoint { value: 4, label: "4 of 10" },
        ScalePoint { value: 5, label: "5 of 10, partly" },
        ScalePoint { value: 6, label: "6 of 10" },
        ScalePoint { value: 7, label: "7 of 10" },
        ScalePoint { value: 8, label: "8 of 10" },
        ScalePoint { value: 9, label: "9 of 10" },
        ScalePoint { value: 10, label: "10 of 10, completely" },
    ],
};
