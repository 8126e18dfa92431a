//! A questionnaire being answered: the answers so far and where the person is.
//! The UI forwards events here (answer, next, back, jump) and renders what it holds.

use crate::instrument::Instrument;
use crate::scoring::{score, ScoreError};
use crate::storage::{Draft, SavedResult};

/// One run through an instrument from one perspective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// The instrument version being answered.
    pub instrument: &'static Instrument,
    /// Index into the instrument's perspectives.
    pub perspective: usize,
    /// One slot per item; `None` is unanswered. Nothing is preset.
    pub answers: Vec<Option<u8>>,
    /// Index of the item on screen.
    pub position: usize,
    /// When the attempt began, milliseconds since 1970: identifies its draft.
    pub started_at: u64,
}

/// Where "next" leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Another question, by index.
    Question(usize),
    /// Past the last question with something unanswered: show what is missing.
    Review,
    /// Past the last question with everything answered.
    Finished,
}

impl Attempt {
    /// A fresh attempt with nothing answered. An unknown perspective index falls back to the first.
    pub fn new(instrument: &'static Instrument, perspective: usize, started_at: u64) -> Self {
        let perspective = if perspective < instrument.perspectives.len() { perspective } else { 0 };
        Attempt { instrument, perspective, answers: vec![None; instrument.items.len()], position: 0, started_at }
    }

    /// Resumes a saved draft; `None` if it no longer fits any instrument we know.
    pub fn from_draft(draft: &Draft) -> Option<Self> {
        if !draft.is_valid() {
            return None;
        }
        let instrument = draft.instrument()?;
        Some(Attempt {
            instrument,
            perspective: instrument.perspective_index(&draft.perspective)?,
            answers: draft.answers.clone(),
            position: draft.position,
            started_at: draft.started_at,
        })
    }

    /// The perspective's stable id.
    pub fn perspective_id(&self) -> &'static str {
        self.instrument.perspectives.get(self.perspective).map_or("", |p| p.id)
    }

    /// The draft to autosave.
    pub fn to_draft(&self, now: u64) -> Draft {
        Draft {
            started_at: self.started_at,
            instrument: self.instrument.id.as_str().to_string(),
            version: self.instrument.version,
            perspective: self.perspective_id().to_string(),
            answers: self.answers.clone(),
            position: self.position,
            updated_at: now,
        }
    }

    /// The answer to the item on screen.
    pub fn current_answer(&self) -> Option<u8> {
        self.answers.get(self.position).copied().flatten()
    }

    /// Records `value` for the item on screen; values off the scale are ignored (returns false).
    pub fn answer(&mut self, value: u8) -> bool {
        if !self.instrument.scale.contains(value) {
            return false;
        }
        match self.answers.get_mut(self.position) {
            Some(slot) => {
                *slot = Some(value);
                true
            }
            None => false,
        }
    }

    /// Number of items answered.
    pub fn answered(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    /// Indices of unanswered items, in asking order.
    pub fn unanswered(&self) -> Vec<usize> {
        self.answers.iter().enumerate().filter(|(_, a)| a.is_none()).map(|(i, _)| i).collect()
    }

    /// Moves on from the item on screen and says where to.
    pub fn advance(&mut self) -> Step {
        if self.position + 1 < self.answers.len() {
            self.position += 1;
            Step::Question(self.position)
        } else if self.unanswered().is_empty() {
            Step::Finished
        } else {
            Step::Review
        }
    }

    /// Moves back one item; stays on the first. Returns whether it moved.
    pub fn back(&mut self) -> bool {
        if self.position == 0 {
            return false;
        }
        self.position -= 1;
        true
    }

    /// Jumps to an item (from the review list); out-of-range indices are ignored.
    pub fn go_to(&mut self, item: usize) -> bool {
        if item >= self.answers.len() {
            return false;
        }
        self.position = item;
        true
    }

    /// Turns a complete attempt into a result to keep; a typed error if anything is missing.
    pub fn finish(&self, now: u64) -> Result<SavedResult, ScoreError> {
        score(self.instrument, &self.answers)?;
        let mut result = SavedResult::new(
            self.instrument.id,
            self.instrument.version,
            self.perspective_id(),
            self.answers.clone(),
            now,
        );
        // Results merge by id. Two tabs (or devices) finishing the same questionnaire in the same millisecond made
        // one id, and a merge kept only one of them: the attempt's start tells them apart.
        result.id = format!("{}-{}", result.id, self.started_at);
        Ok(result)
    }
}
