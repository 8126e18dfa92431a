//! What a result means and what to do next, per factor, per level and per point of view.
//!
//! Levels are read on the answer scale itself (mostly disagree / mixed / mostly agree), never against norms,
//! which we do not have. For self-orientation the level describes the healthy direction (focus on the other
//! person): `Level::Low` there means self-orientation came out HIGH.

pub mod alliance;
pub mod trust;

/// Where a factor sits on its own answer scale, in the direction where more is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Mean answer below the scale's lower quarter mark (below 2.5 on a 1 to 5 scale).
    Low,
    /// Between the two marks.
    Middle,
    /// Mean answer at or above the upper quarter mark (3.5 or more on a 1 to 5 scale).
    High,
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 3] = [Level::Low, Level::Middle, Level::High];

    /// Index into a `[Reading; 3]`.
    pub const fn index(self) -> usize {
        match self {
            Level::Low => 0,
            Level::Middle => 1,
            Level::High => 2,
        }
    }
}

/// What one level of one factor means, and two or three concrete next steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// One or two sentences: what this result suggests, without diagnosing anyone.
    pub meaning: &'static str,
    /// Two or three concrete, doable next steps.
    pub steps: &'static [&'static str],
}

/// All readings for one factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactorReadings {
    /// The factor's id, as in the instrument.
    pub factor: &'static str,
    /// Indexed first by the instrument's perspective index (trust: self, advisor; alliance: client, coach),
    /// then by [`Level::index`].
    pub views: [[Reading; 3]; 2],
}

/// Shown on every result, summary and printout.
pub const ETHICS_NOTE: &str = "This is a reflection tool, not a psychological test or a diagnosis. \
It shows how you answered today, nothing more. If something here feels heavy, please talk to someone you trust \
or to a qualified mental-health professional.";

/// The readings for an instrument's factors, in the instrument's factor order (empty for the check-in).
pub fn for_instrument(id: crate::InstrumentId) -> &'static [FactorReadings] {
    match id {
        crate::InstrumentId::Trust => &trust::TRUST_READINGS,
        crate::InstrumentId::Alliance => &alliance::ALLIANCE_READINGS,
        crate::InstrumentId::CheckIn => &[],
    }
}

/// The reading for a factor at a level from a perspective (index into the instrument's perspectives).
pub fn reading(id: crate::InstrumentId, factor: usize, level: Level, perspective: usize) -> Option<&'static Reading> {
    for_instrument(id).get(factor)?.views.get(perspective)?.get(level.index())
}
