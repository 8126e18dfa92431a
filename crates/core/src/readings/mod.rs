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

/// Shown with every score: result, summary, printout, comparison, group summary, text and email
/// (`tests/ethics_note.rs` walks them all).
pub const ETHICS_NOTE: &str = "This is a reflection tool, not a clinical or psychological test or a \
diagnosis. Your answers stay on this device unless you share them. If you are struggling, talk to a qualified \
professional: your doctor or a local counselling service can help, and in an emergency call your local emergency \
number.";

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

/// The honest option, said when the working alliance comes out low or a check-in drops: talk about it together,
/// and if the coaching does not help, changing or ending it is a fair outcome (as coaching codes of ethics say).
/// `perspective` is the instrument's perspective index: 0 the client, 1 the coach (alliance and check-in alike).
pub fn honest_option(perspective: usize) -> &'static str {
    if perspective == 0 {
        crate::i18n::tr(
            "Talk about it with your coach. If the coaching is not helping you, it is fine to change coach or \
             to end it.",
        )
    } else {
        crate::i18n::tr(
            "Talk about it openly with your client. If the coaching is not helping them, it is fine to suggest \
             another coach or to end the coaching.",
        )
    }
}
