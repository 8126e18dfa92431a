//! Instruments as data (`types.rs`: items, factors, scales and perspectives), and the lookup of an instrument
//! by id and version among the ones written in `crate::instruments`. The types come first, the instruments use
//! them, and only this lookup reads the instruments.

mod types;

pub use types::{Factor, Instrument, InstrumentId, Item, Keying, Perspective, Scale, ScalePoint};

use crate::instruments;

/// The current version of an instrument.
pub fn current(id: InstrumentId) -> &'static Instrument {
    match id {
        InstrumentId::Trust => &instruments::trust_v2::TRUST_V2,
        InstrumentId::Alliance => &instruments::alliance_v2::ALLIANCE_V2,
        InstrumentId::CheckIn => &instruments::checkin::CHECKIN_V1,
    }
}

/// Whether questions of `instrument` have changed since it was answered: a newer version is current. Results
/// answered on it still score with its own items and keys; the screens say the questions have since changed.
pub fn is_superseded(instrument: &Instrument) -> bool {
    current(instrument.id).version > instrument.version
}

/// A specific version of an instrument, current or older, so saved answers keep scoring after changes.
pub fn find(id: InstrumentId, version: u16) -> Option<&'static Instrument> {
    instruments::ALL_VERSIONS.iter().copied().find(|instrument| instrument.id == id && instrument.version == version)
}
