//! What a result means and what to do next, per factor, per level and per point of view.
//!
//! Levels are read on the answer scale itself (mostly disagree / mixed / mostly agree), never against norms,
//! which we do not have. For self-orientation the level describes the healthy direction (focus on the other
//! person): `Level::Low` there means self-orientation came out HIGH.

pub mod alliance;
pub mod trust;

/// Levels are scored ([`crate::scoring`]); readings say what each means.
pub use crate::scoring::Level;
pub use types::{FactorReadings, Reading};

mod types;

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
