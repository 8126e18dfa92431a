//! Everything one namespace keeps, and how two copies of it merge.

use super::record::{Draft, SavedResult};
use super::SCHEMA_VERSION;

/// Everything one namespace keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Envelope {
    /// [`SCHEMA_VERSION`] at the time of writing.
    pub schema: u32,
    /// Completed results, oldest first.
    pub results: Vec<SavedResult>,
    /// Unfinished questionnaires, oldest first: the one being answered and any set aside by "start over".
    pub drafts: Vec<Draft>,
}

/// How many records a merge added, and how many were already there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCount {
    /// New results and drafts.
    pub added: usize,
    /// Records that were already kept (same id), including older copies of a kept draft.
    pub already_there: usize,
}

impl Envelope {
    /// An empty envelope at today's schema.
    pub fn new() -> Self {
        Envelope { schema: SCHEMA_VERSION, results: Vec::new(), drafts: Vec::new() }
    }

    /// Adds a result unless one with the same id is already kept; keeps the list oldest first.
    pub fn add_result(&mut self, result: SavedResult) {
        if self.results.iter().any(|kept| kept.id == result.id) {
            return;
        }
        let at = self.results.partition_point(|kept| kept.completed_at <= result.completed_at);
        self.results.insert(at, result);
    }

    /// Saves `draft`, replacing the draft with the same `started_at`.
    pub fn put_draft(&mut self, draft: Draft) {
        match self.drafts.iter_mut().find(|kept| kept.started_at == draft.started_at) {
            Some(kept) => *kept = draft,
            None => {
                let at = self.drafts.partition_point(|kept| kept.started_at <= draft.started_at);
                self.drafts.insert(at, draft);
            }
        }
    }

    /// Removes the draft started at `started_at`, if kept.
    pub fn remove_draft(&mut self, started_at: u64) {
        self.drafts.retain(|kept| kept.started_at != started_at);
    }

    /// Adds everything from `other` that this envelope lacks: results by id, drafts by start time (the more
    /// recently updated copy of a draft wins). Nothing already here is lost.
    pub fn merge(&mut self, other: &Envelope) -> MergeCount {
        let mut count = MergeCount::default();
        for result in &other.results {
            if self.results.iter().any(|kept| kept.id == result.id) {
                count.already_there += 1;
            } else {
                self.add_result(result.clone());
                count.added += 1;
            }
        }
        for draft in &other.drafts {
            match self.drafts.iter().find(|kept| kept.started_at == draft.started_at) {
                Some(kept) if kept.updated_at >= draft.updated_at => count.already_there += 1,
                _ => {
                    self.put_draft(draft.clone());
                    count.added += 1;
                }
            }
        }
        count
    }

    /// The most recent result.
    pub fn latest(&self) -> Option<&SavedResult> {
        self.results.last()
    }

    /// The result of the same instrument and perspective completed just before `result`, to compare with.
    pub fn previous_of(&self, result: &SavedResult) -> Option<&SavedResult> {
        // A result kept from someone else's share link is never "your previous result".
        self.results.iter().rev().find(|kept| {
            kept.instrument == result.instrument
                && kept.perspective == result.perspective
                && kept.completed_at < result.completed_at
                && !super::record::is_shared(kept)
        })
    }
}
