//! The goals and the changes a person makes to them. Every change is checked here and refused with a sentence.

use super::{MAX_ACTIVE_GOALS, MAX_DONE_CHARS, MAX_GOALS, MAX_GOAL_NAME_CHARS};
use crate::i18n::tr;
use crate::label::plain_within;

/// Where a goal stands. Only active goals are rated; the others keep their history and can be resumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalStatus {
    /// Being worked on: rated at each session.
    Active,
    /// Set aside for now.
    Paused,
    /// The person marked it achieved.
    Achieved,
    /// No longer pursued.
    Retired,
}

impl GoalStatus {
    /// Every status, in the order the stored form numbers them.
    pub const ALL: [GoalStatus; 4] =
        [GoalStatus::Active, GoalStatus::Paused, GoalStatus::Achieved, GoalStatus::Retired];

    /// The stable stored name.
    pub const fn as_str(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Paused => "paused",
            GoalStatus::Achieved => "achieved",
            GoalStatus::Retired => "retired",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == text)
    }

    /// The word the person reads beside a goal that is not active.
    pub fn word(self) -> &'static str {
        match self {
            GoalStatus::Active => tr("active"),
            GoalStatus::Paused => tr("paused"),
            GoalStatus::Achieved => tr("achieved"),
            GoalStatus::Retired => tr("retired"),
        }
    }
}

/// One goal, in the person's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goal {
    /// Stable identifier: the time it was added, in milliseconds (made unique on this device), so that two tabs'
    /// copies merge by it.
    pub id: u64,
    /// The person's name for it: 1 to [`MAX_GOAL_NAME_CHARS`] characters of plain text.
    pub name: String,
    /// What "done" would look like, optional (empty): at most [`MAX_DONE_CHARS`] characters of plain text.
    pub done: String,
    /// Where it stands.
    pub status: GoalStatus,
    /// The last change (added, renamed, status), milliseconds since 1970: the later copy wins a merge.
    pub changed_at: u64,
}

/// Why a change to the goals was refused. Nothing changes when one is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalError {
    /// A goal needs a name.
    NameEmpty,
    /// The name is over [`MAX_GOAL_NAME_CHARS`] characters.
    NameTooLong,
    /// "What done looks like" is over [`MAX_DONE_CHARS`] characters.
    DoneTooLong,
    /// The text holds control characters or invisible characters that reorder text.
    NotPlainText,
    /// [`MAX_ACTIVE_GOALS`] goals are active already.
    TooManyActive,
    /// [`MAX_GOALS`] goals are kept already (achieved and retired ones count: their history stays).
    TooManyGoals,
    /// No goal has that id (another tab may have changed the list).
    Unknown,
}

impl GoalError {
    /// What the person reads.
    pub fn message(self) -> &'static str {
        match self {
            GoalError::NameEmpty => tr("Give the goal a name, in your own words."),
            GoalError::NameTooLong => tr("A goal's name can be up to 80 characters. Shorten it a little."),
            GoalError::DoneTooLong => tr("What done looks like can be up to 200 characters. Shorten it a little."),
            GoalError::NotPlainText => {
                tr("That text has control characters or invisible characters that change the direction of text. \
                 Type it again without them.")
            }
            GoalError::TooManyActive => tr("Three goals are active already. Pause, retire or mark one achieved first."),
            GoalError::TooManyGoals => tr(
                "This device keeps up to 30 goals, and holds 30. Nothing was removed: erase your data or use another \
                 namespace to start a new list.",
            ),
            GoalError::Unknown => tr("That goal is no longer on this device. The list was reloaded."),
        }
    }
}

/// Checks a goal's name and "done" text; both are trimmed.
fn checked(name: &str, done: &str) -> Result<(String, String), GoalError> {
    let (name, done) = (name.trim(), done.trim());
    if name.is_empty() {
        return Err(GoalError::NameEmpty);
    }
    if name.chars().count() > MAX_GOAL_NAME_CHARS {
        return Err(GoalError::NameTooLong);
    }
    if done.chars().count() > MAX_DONE_CHARS {
        return Err(GoalError::DoneTooLong);
    }
    if !plain_within(name, MAX_GOAL_NAME_CHARS) || !plain_within(done, MAX_DONE_CHARS) {
        return Err(GoalError::NotPlainText);
    }
    Ok((name.to_string(), done.to_string()))
}

impl Goal {
    /// Whether a stored or received goal keeps every rule a typed one does.
    pub fn is_valid(&self) -> bool {
        checked(&self.name, &self.done).is_ok_and(|(name, done)| name == self.name && done == self.done)
    }
}

/// The goals kept on a device, oldest first (by id).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Goals(pub Vec<Goal>);

impl Goals {
    /// The active goals, oldest first: the ones a session rates.
    pub fn active(&self) -> impl Iterator<Item = &Goal> {
        self.0.iter().filter(|goal| goal.status == GoalStatus::Active)
    }

    /// How many goals are active.
    pub fn active_count(&self) -> usize {
        self.active().count()
    }

    /// The goal with `id`.
    pub fn get(&self, id: u64) -> Option<&Goal> {
        self.0.iter().find(|goal| goal.id == id)
    }

    /// Adds an active goal, named `name`, with what `done` looks like (may be empty). Returns its id.
    pub fn add(&mut self, name: &str, done: &str, now: u64) -> Result<u64, GoalError> {
        let (name, done) = checked(name, done)?;
        if self.active_count() >= MAX_ACTIVE_GOALS {
            return Err(GoalError::TooManyActive);
        }
        if self.0.len() >= MAX_GOALS {
            return Err(GoalError::TooManyGoals);
        }
        // Unique on this device even when two goals are added within one millisecond.
        let id = self.0.iter().map(|goal| goal.id + 1).fold(now, u64::max);
        self.0.push(Goal { id, name, done, status: GoalStatus::Active, changed_at: now });
        Ok(id)
    }

    /// Renames goal `id` and rewrites what done looks like; its history stays.
    pub fn rename(&mut self, id: u64, name: &str, done: &str, now: u64) -> Result<(), GoalError> {
        let (name, done) = checked(name, done)?;
        let goal = self.0.iter_mut().find(|goal| goal.id == id).ok_or(GoalError::Unknown)?;
        goal.name = name;
        goal.done = done;
        goal.changed_at = now;
        Ok(())
    }

    /// Pauses, achieves, retires or resumes (`GoalStatus::Active`) goal `id`; its history stays. Resuming is
    /// refused when [`MAX_ACTIVE_GOALS`] are active.
    pub fn set_status(&mut self, id: u64, status: GoalStatus, now: u64) -> Result<(), GoalError> {
        let active = self.active_count();
        let goal = self.0.iter_mut().find(|goal| goal.id == id).ok_or(GoalError::Unknown)?;
        if status == GoalStatus::Active && goal.status != GoalStatus::Active && active >= MAX_ACTIVE_GOALS {
            return Err(GoalError::TooManyActive);
        }
        goal.status = status;
        goal.changed_at = now;
        Ok(())
    }
}
