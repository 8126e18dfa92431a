//! One session's entry: the check-in's four answers and a rating of each active goal, with a note, kept as one
//! record so that the check-in and every goal line up by session.

use super::{Goals, MAX_GOALS, MAX_NOTE_CHARS, MAX_RATING};
use crate::i18n::tr;
use crate::label::plain_within;

/// How many check-in statements an entry holds answers to (the session check-in's, client view).
pub const CHECKIN_ITEMS: usize = 4;

/// One session: what the person answered and rated, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionEntry {
    /// When it was saved, milliseconds since 1970; identifies the entry.
    pub at: u64,
    /// The check-in's answers, 0 to 10 each, [`CHECKIN_ITEMS`] slots (`None` unanswered), or empty when the person
    /// answered none.
    pub checkin: Vec<Option<u8>>,
    /// Progress on each goal rated, 0 to 10, by goal id, in the order of the goals.
    pub ratings: Vec<(u64, u8)>,
    /// What the person noticed (the aha moment), plain text up to [`MAX_NOTE_CHARS`] characters; may be empty.
    pub note: String,
}

/// Why a session entry was refused. Nothing is saved when one is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// Nothing was answered or rated.
    Empty,
    /// The note is over [`MAX_NOTE_CHARS`] characters.
    NoteTooLong,
    /// The note holds control characters or invisible characters that reorder text.
    NoteNotPlainText,
    /// A rating for a goal that is not active (another tab may have paused it), or off the 0 to 10 scale.
    NotRateable,
}

impl EntryError {
    /// What the person reads.
    pub fn message(self) -> &'static str {
        match self {
            EntryError::Empty => tr("Answer a statement or rate a goal first: there is nothing to save yet."),
            EntryError::NoteTooLong => tr("A note can be up to 200 characters. Shorten it a little."),
            EntryError::NoteNotPlainText => {
                tr("That note has control characters or invisible characters that change the direction of text. \
                 Type it again without them.")
            }
            EntryError::NotRateable => {
                tr("One of these goals is no longer active (it changed in another tab). Check the list and save again.")
            }
        }
    }
}

impl SessionEntry {
    /// A new entry from the session flow: `checkin` (one slot per statement), `ratings` for the active goals (no
    /// preset value: `None` is not rated), a `note`, at `now`.
    pub fn new(
        goals: &Goals,
        checkin: &[Option<u8>],
        ratings: &[(u64, Option<u8>)],
        note: &str,
        now: u64,
    ) -> Result<SessionEntry, EntryError> {
        let note = note.trim();
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(EntryError::NoteTooLong);
        }
        if !plain_within(note, MAX_NOTE_CHARS) {
            return Err(EntryError::NoteNotPlainText);
        }
        let mut rated = Vec::new();
        for &(id, rating) in ratings {
            let Some(rating) = rating else { continue };
            let active = goals.active().any(|goal| goal.id == id);
            if !active || rating > MAX_RATING || rated.iter().any(|&(seen, _)| seen == id) {
                return Err(EntryError::NotRateable);
            }
            rated.push((id, rating));
        }
        let answered = checkin.iter().any(Option::is_some);
        if checkin.len() != CHECKIN_ITEMS || checkin.iter().flatten().any(|&answer| answer > MAX_RATING) {
            return Err(EntryError::NotRateable);
        }
        if !answered && rated.is_empty() {
            return Err(EntryError::Empty);
        }
        let checkin = if answered { checkin.to_vec() } else { Vec::new() };
        Ok(SessionEntry { at: now, checkin, ratings: rated, note: note.to_string() })
    }

    /// Whether a stored or imported entry keeps every rule a new one does (the goals it rates may have changed
    /// since, so their status is not checked).
    pub fn is_valid(&self) -> bool {
        let checkin_ok = (self.checkin.is_empty() || self.checkin.len() == CHECKIN_ITEMS)
            && self.checkin.iter().flatten().all(|&answer| answer <= MAX_RATING);
        let ratings_ok = self.ratings.len() <= MAX_GOALS
            && self.ratings.iter().all(|&(_, rating)| rating <= MAX_RATING)
            && self
                .ratings
                .iter()
                .enumerate()
                .all(|(at, (id, _))| !self.ratings[..at].iter().any(|(seen, _)| seen == id));
        let something = self.checkin.iter().any(Option::is_some) || !self.ratings.is_empty();
        checkin_ok
            && ratings_ok
            && something
            && self.note.trim() == self.note
            && plain_within(&self.note, MAX_NOTE_CHARS)
    }

    /// This entry's rating of goal `id`.
    pub fn rating(&self, id: u64) -> Option<u8> {
        self.ratings.iter().find(|&&(goal, _)| goal == id).map(|&(_, rating)| rating)
    }

    /// The check-in's total (0 to 40) when all four statements were answered.
    pub fn checkin_total(&self) -> Option<u8> {
        if self.checkin.len() != CHECKIN_ITEMS {
            return None;
        }
        self.checkin.iter().try_fold(0u8, |total, answer| answer.map(|a| total + a))
    }
}
