//! The records a namespace keeps: a finished result and an unfinished draft (answers only, never scores).

use super::MAX_LABEL_CHARS;
use crate::i18n::{tr, trf};
use crate::instrument::{self, InstrumentId};
pub use crate::label::label_char_allowed;
use crate::label::plain_within;
use crate::scoring::{complete_answers, score, Score};

/// A finished questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedResult {
    /// Stable identifier (completion time, instrument and perspective), used to avoid duplicates.
    pub id: String,
    /// [`InstrumentId::as_str`].
    pub instrument: String,
    /// Instrument version the answers belong to.
    pub version: u16,
    /// Perspective id.
    pub perspective: String,
    /// One answer per item of that version.
    pub answers: Vec<Option<u8>>,
    /// Completion time, milliseconds since 1970.
    pub completed_at: u64,
    /// An optional label the person chose.
    pub label: Option<String>,
}

/// A questionnaire in progress, saved after every answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// When it was started, milliseconds since 1970: identifies the draft.
    pub started_at: u64,
    /// [`InstrumentId::as_str`].
    pub instrument: String,
    /// Instrument version the answers belong to.
    pub version: u16,
    /// Perspective id.
    pub perspective: String,
    /// One slot per item; `None` is unanswered.
    pub answers: Vec<Option<u8>>,
    /// The question the person was on.
    pub position: usize,
    /// Last change, milliseconds since 1970.
    pub updated_at: u64,
}

impl SavedResult {
    /// Builds a result, with an id derived from its content.
    pub fn new(id: InstrumentId, version: u16, perspective: &str, answers: Vec<Option<u8>>, completed_at: u64) -> Self {
        SavedResult {
            id: format!("{completed_at}-{}-{perspective}", id.as_str()),
            instrument: id.as_str().to_string(),
            version,
            perspective: perspective.to_string(),
            answers,
            completed_at,
            label: None,
        }
    }

    /// Whether `other` is this result, wherever its copy came from (a share link's copy has an id of its own):
    /// the same questionnaire, view, answers and time of completion.
    pub fn is_same_result(&self, other: &SavedResult) -> bool {
        self.completed_at == other.completed_at
            && self.instrument == other.instrument
            && self.version == other.version
            && self.perspective == other.perspective
            && self.answers == other.answers
    }

    /// The instrument version these answers belong to, if we know it.
    pub fn instrument(&self) -> Option<&'static instrument::Instrument> {
        instrument::find(InstrumentId::parse(&self.instrument)?, self.version)
    }

    /// The perspective's index in its instrument.
    pub fn perspective_index(&self) -> Option<usize> {
        self.instrument()?.perspective_index(&self.perspective)
    }

    /// Scores the stored answers (recomputed every time, never stored).
    pub fn score(&self) -> Option<Score> {
        score(self.instrument()?, &self.answers).ok()
    }

    /// Whether every field is something this version can display.
    pub fn is_valid(&self) -> bool {
        self.refusal().is_none()
    }

    /// Why this version cannot keep the result, if it cannot.
    pub fn refusal(&self) -> Option<Refusal> {
        if self.label.as_deref().is_some_and(|label| !label_is_valid(label)) {
            return Some(Refusal::Label);
        }
        let known = self.id.len() <= 80
            && self.perspective_index().is_some()
            && self.instrument().is_some_and(|i| complete_answers(i, &self.answers).is_ok());
        if known {
            return None;
        }
        let newer =
            InstrumentId::parse(&self.instrument).is_some_and(|id| self.version > instrument::current(id).version);
        Some(if newer { Refusal::NewerVersion } else { Refusal::Damaged })
    }
}

/// Why a stored or imported result was left out. One rule for every way in: storage, import files, share links.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Damaged or of an unknown shape.
    Damaged,
    /// Answered with a newer version of a questionnaire than this version of the tool knows.
    NewerVersion,
    /// Its label has control characters or invisible characters that reorder text, or is too long.
    Label,
}

/// The one label rule, wherever a label comes from (typed, stored, imported, shared): 1 to [`MAX_LABEL_CHARS`]
/// characters of plain text.
pub fn label_is_valid(label: &str) -> bool {
    !label.is_empty() && plain_within(label, MAX_LABEL_CHARS)
}

impl Draft {
    /// The instrument version of the draft, if we know it.
    pub fn instrument(&self) -> Option<&'static instrument::Instrument> {
        instrument::find(InstrumentId::parse(&self.instrument)?, self.version)
    }

    /// Whether the draft can be resumed: known instrument and perspective, answers line up and are on the scale.
    pub fn is_valid(&self) -> bool {
        let Some(instrument) = self.instrument() else { return false };
        instrument.perspective_index(&self.perspective).is_some()
            && self.answers.len() == instrument.items.len()
            && self.position < instrument.items.len()
            && self.answers.iter().flatten().all(|&value| instrument.scale.contains(value))
    }
}

/// Starts the id of a result opened from someone else's link; an own result's id starts with its completion time.
pub const SHARED_ID_PREFIX: &str = "shared-";

/// Whether `result` came from someone else's share link ([`crate::share::SharedResult::to_saved`]), not from the person.
pub fn is_shared(result: &SavedResult) -> bool {
    result.id.starts_with(SHARED_ID_PREFIX)
}

/// How a result from someone else's link is introduced ("Shared by Ana", or "Shared with you" without a label);
/// `None` for the person's own.
pub fn shared_by(result: &SavedResult) -> Option<String> {
    is_shared(result).then(|| match &result.label {
        Some(label) => trf("Shared by {0}", &[label]),
        None => tr("Shared with you").to_string(),
    })
}
