//! The answer scales the instruments share.

use crate::instrument::{Scale, ScalePoint};

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
