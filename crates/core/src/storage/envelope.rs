//! Everything one namespace keeps, and how two copies of it merge.

use super::record::{Draft, SavedResult};
use super::SCHEMA_VERSION;
#[cfg(feature = "goals")]
use crate::goals::{merge_entries, merge_goals, Goals, SessionEntry};
#[cfg(not(feature = "goals"))]
use crate::json::Json;

/// Everything one namespace keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Envelope {
    /// [`SCHEMA_VERSION`] at the time of writing.
    pub schema: u32,
    /// Completed results, oldest first.
    pub results: Vec<SavedResult>,
    /// Unfinished questionnaires, oldest first: the one being answered and any set aside by "start over".
    pub drafts: Vec<Draft>,
    /// Start times of drafts that were finished or discarded, newest last, at most [`MAX_CLOSED_DRAFTS`]: a merge
    /// never brings one back from another tab's older copy. (An optional member: older versions ignore it.)
    pub closed: Vec<u64>,
    /// The person's goals (schema 3), oldest first, every status: their history stays.
    #[cfg(feature = "goals")]
    pub goals: Goals,
    /// Session entries (schema 3): the check-in and the goal ratings of one session each, oldest first.
    #[cfg(feature = "goals")]
    pub entries: Vec<SessionEntry>,
    /// In a build without the goals screen: the stored `goals` and `entries` members exactly as read, written
    /// back unchanged. Such a build never changes them, so the copy just read from storage is always the newest.
    #[cfg(not(feature = "goals"))]
    pub kept_goals: Option<Box<[Json; 2]>>,
}

/// How many closed drafts an envelope remembers: more than the drafts any tab can have open at once.
pub const MAX_CLOSED_DRAFTS: usize = 32;

/// How many records a merge added, and how many were already there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCount {
    /// New results and drafts, and goals and session entries new or changed.
    pub added: usize,
    /// Records that were already kept (same id), including older copies of a kept draft.
    pub already_there: usize,
    /// Drafts kept here that the other copy had closed (finished or discarded), now closed here too.
    pub closed: usize,
    /// Both copies hold goals and session entries, and this build (the embed without the goals screen, which
    /// keeps them as read) kept the ones here and left the other copy's out: an import says so, since only a page
    /// with the goals screen can merge them.
    pub goals_left_out: bool,
}

impl Envelope {
    /// An empty envelope at today's schema.
    pub fn new() -> Self {
        Envelope {
            schema: SCHEMA_VERSION,
            results: Vec::new(),
            drafts: Vec::new(),
            closed: Vec::new(),
            #[cfg(feature = "goals")]
            goals: Goals::default(),
            #[cfg(feature = "goals")]
            entries: Vec::new(),
            #[cfg(not(feature = "goals"))]
            kept_goals: None,
        }
    }

    /// How many goals (every status) and session entries are kept: what the data panel names before "Erase
    /// everything". A build without the goals screen counts the members it carries as read.
    pub fn goals_kept(&self) -> (usize, usize) {
        #[cfg(feature = "goals")]
        {
            (self.goals.0.len(), self.entries.len())
        }
        #[cfg(not(feature = "goals"))]
        {
            let count = |member: &Json| if let Json::Array(items) = member { items.len() } else { 0 };
            self.kept_goals.as_deref().map_or((0, 0), |[goals, entries]| (count(goals), count(entries)))
        }
    }

    /// Adds a result unless one with the same id is already kept; keeps the list oldest first.
    pub fn add_result(&mut self, result: SavedResult) {
        self.insert_result(result);
    }

    /// [`Self::add_result`], returning whether it was added. A result keeps its completion time in every copy, so
    /// the search is a binary search for that time (no scan: a save merges a whole history; and no sort, whose
    /// code costs the embed kilobytes).
    fn insert_result(&mut self, result: SavedResult) -> bool {
        let from = self.results.partition_point(|kept| kept.completed_at < result.completed_at);
        let to = self.results.partition_point(|kept| kept.completed_at <= result.completed_at);
        if self.results.get(from..to).is_some_and(|same_time| same_time.iter().any(|kept| kept.id == result.id)) {
            return false;
        }
        self.results.insert(to, result);
        true
    }

    /// Saves `draft`, replacing the draft with the same `started_at`. A draft already finished or discarded stays
    /// closed.
    pub fn put_draft(&mut self, draft: Draft) {
        if self.closed.contains(&draft.started_at) {
            return;
        }
        match self.drafts.iter_mut().find(|kept| kept.started_at == draft.started_at) {
            Some(kept) => *kept = draft,
            None => {
                let at = self.drafts.partition_point(|kept| kept.started_at <= draft.started_at);
                self.drafts.insert(at, draft);
            }
        }
    }

    /// Removes the draft started at `started_at` (finished or discarded) and remembers that it is closed, so that
    /// another tab's older copy of it is not merged back.
    pub fn remove_draft(&mut self, started_at: u64) {
        self.drafts.retain(|kept| kept.started_at != started_at);
        if !self.closed.contains(&started_at) {
            self.closed.push(started_at);
            let excess = self.closed.len().saturating_sub(MAX_CLOSED_DRAFTS);
            self.closed.drain(..excess);
        }
    }

    /// Adds everything from `other` that this envelope lacks: results by id, drafts by start time (the more
    /// recently updated copy of a draft wins), drafts closed in either are closed in both, goals by id (the later
    /// change wins) and session entries by time. Nothing already
    /// here is lost. The outcome does not depend on which copy merges into which, so two tabs that merge each
    /// other's copies agree.
    pub fn merge(&mut self, other: &Envelope) -> MergeCount {
        let mut count = MergeCount::default();
        for &started_at in &other.closed {
            count.closed += usize::from(self.drafts.iter().any(|kept| kept.started_at == started_at));
            self.remove_draft(started_at);
        }
        for result in &other.results {
            if self.insert_result(result.clone()) {
                count.added += 1;
            } else {
                count.already_there += 1;
            }
        }
        #[cfg(feature = "goals")]
        {
            count.added += merge_goals(&mut self.goals.0, &other.goals.0);
            count.added += merge_entries(&mut self.entries, &other.entries);
        }
        // Without the goals screen nothing here changes goals: what storage held when it was read (the keeper
        // merges memory into that) is the newest copy; memory's is taken only when storage has none.
        #[cfg(not(feature = "goals"))]
        if other.kept_goals.is_some() {
            if self.kept_goals.is_none() {
                self.kept_goals = other.kept_goals.clone();
                count.added += 1;
            } else {
                // Not compared with the ones kept here: an equality over the JSON cost the embed 0.2 KB, and the
                // message is true either way.
                count.goals_left_out = true;
            }
        }
        for draft in &other.drafts {
            if self.closed.contains(&draft.started_at) {
                continue;
            }
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

    #[cfg(feature = "goals")]
    /// Keeps a new session entry (at most [`crate::goals::MAX_ENTRIES`]); whether it was kept.
    pub fn add_entry(&mut self, entry: SessionEntry) -> bool {
        merge_entries(&mut self.entries, std::slice::from_ref(&entry)) == 1
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
