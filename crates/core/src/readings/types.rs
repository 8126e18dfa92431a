//! The shape of the readings: what one level of one factor means, per point of view. Their texts are
//! [`Fetched`]: the wasm holds keys, the texts arrive in the readings file while the person answers.

use crate::i18n::Fetched;

/// What one level of one factor means, and two or three concrete next steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// One or two sentences: what this result suggests, without diagnosing anyone.
    pub meaning: Fetched,
    /// Two or three concrete, doable next steps.
    pub steps: &'static [Fetched],
}

impl Reading {
    /// The meaning and the steps in the page's language, or `None` while the readings file is not installed (or
    /// lacks one of them): a reading is shown whole or not at all.
    pub fn texts(&self) -> Option<(&'static str, Vec<&'static str>)> {
        // A plain loop: collecting into `Option<Vec<_>>` costs the embed its own adapter code.
        let mut steps = Vec::with_capacity(self.steps.len());
        for step in self.steps {
            steps.push(step.text()?);
        }
        Some((self.meaning.text()?, steps))
    }

    /// The first next step in the page's language, if the readings file has it.
    pub fn first_step(&self) -> Option<&'static str> {
        self.steps.first()?.text()
    }
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
