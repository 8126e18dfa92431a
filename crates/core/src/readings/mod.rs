//! What a result means and what to do next, per factor, per level and per point of view.
//!
//! Levels are read on the answer scale itself (mostly disagree / mixed / mostly agree), never against norms,
//! which we do not have. For self-orientation the level describes the healthy direction (focus on the other
//! person): `Level::Low` there means self-orientation came out HIGH.

pub mod alliance;
pub mod conversation;
pub mod trust;

/// Levels are scored ([`crate::scoring`]); readings say what each means.
pub use crate::scoring::Level;
pub use types::{FactorReadings, Reading};

mod types;

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
