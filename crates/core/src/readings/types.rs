//! The shape of the readings: what one level of one factor means, per point of view.

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
    /// then by [`Level::index`](crate::scoring::Level::index).
    pub views: [[Reading; 3]; 2],
}
