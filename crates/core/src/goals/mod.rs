//! A person's own goals, tracked session by session: the fourth instrument, whose items the person writes.
//!
//! - `list.rs`: the goals (1 to [`MAX_ACTIVE_GOALS`] active, at most [`MAX_GOALS`] kept with their history) and
//!   each change to them (add, rename, pause, achieve, retire, resume), each refusal a sentence for the person;
//! - `entry.rs`: one session's entry (the check-in's four answers, a rating per active goal, a note), one record;
//! - `json.rs`: their stored form, read defensively, and how two copies merge;
//! - `trend.rs`: each goal's line, the change since last time, a reading that claims nothing we cannot know, and
//!   the table that lines up the check-in and every goal by session.
//!
//! Goals and entries are kept beside results in the storage envelope (schema 3), never in share codes unless the
//! person sends them (`crate::share`).

mod entry;
mod json;
mod list;
mod trend;

pub use entry::{EntryError, SessionEntry, CHECKIN_ITEMS};
pub use json::{merge_entries, merge_goals};
pub use list::{Goal, GoalError, GoalStatus, Goals};
pub use trend::{
    chart_points, goal_trend, session_table, shown_goals, GoalTrend, SessionRow, SessionTable, CHART_HEIGHT,
    CHART_WIDTH,
};

/// Most goals a person works on at once.
pub const MAX_ACTIVE_GOALS: usize = 3;
/// Most goals kept on a device, achieved, paused and retired ones included (their history stays).
pub const MAX_GOALS: usize = 30;
/// Longest name of a goal, in characters.
pub const MAX_GOAL_NAME_CHARS: usize = 80;
/// Longest "what done looks like", in characters.
pub const MAX_DONE_CHARS: usize = 200;
/// Longest note to a session, in characters.
pub const MAX_NOTE_CHARS: usize = 200;
/// Most session entries kept on a device (one a week is almost ten years).
pub const MAX_ENTRIES: usize = 500;
/// The highest progress rating (the lowest is 0).
pub const MAX_RATING: u8 = 10;
