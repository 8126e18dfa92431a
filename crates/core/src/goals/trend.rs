//! Each goal's line over time, the change since last time, and a reading that says only what the ratings show:
//! the person's own numbers, in order. No norms, no predictions, no judgement of a number (a 4 may be exactly
//! where a person wants to be this month).

use super::{Goal, GoalStatus, Goals, SessionEntry, MAX_RATING};
use crate::i18n::{tr, trf};

/// The chart's drawing box (SVG `viewBox` units): ratings 0 to 10 from bottom to top, sessions left to right.
pub const CHART_WIDTH: u32 = 300;
/// See [`CHART_WIDTH`].
pub const CHART_HEIGHT: u32 = 120;
/// Room around the line, so that a dot on 0 or 10 is drawn whole.
const PAD: u32 = 10;
/// Where the line starts: room for the scale's numbers (0, 5, 10) on the left.
const LEFT: u32 = 30;

/// One goal's history, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalTrend {
    /// The goal's id.
    pub id: u64,
    /// Its name (the person's words: shown only as text).
    pub name: String,
    /// Where it stands.
    pub status: GoalStatus,
    /// Its ratings, oldest first: (entry time, rating).
    pub points: Vec<(u64, u8)>,
    /// The change since last time, in words ("up 2 since last time"); empty with fewer than two ratings.
    pub change: String,
    /// What the ratings show, in plain words.
    pub reading: String,
    /// The same numbers as the chart, for a screen reader ("Ratings, oldest first, each of 10: 3, 5, 6.").
    pub text_alternative: String,
    /// The chart's line: SVG polyline points.
    pub line: String,
    /// A dot per rating: an SVG path of zero-length strokes, drawn round by the stylesheet.
    pub dots: String,
}

impl GoalTrend {
    /// The chart as SVG markup: numbers and our class names only, never the person's words (the name and the
    /// text alternative are shown as text beside it), so it can be set as markup. One string instead of SVG
    /// elements in the view: each element and attribute type costs the embed's wasm code of its own.
    pub fn svg(&self) -> String {
        let (w, h, low, right) = (CHART_WIDTH, CHART_HEIGHT, CHART_HEIGHT - PAD, CHART_WIDTH - PAD);
        let middle = CHART_HEIGHT / 2;
        // The scale's numbers sit left of its three lines, 4 units below each (about half a digit's height).
        format!(
            "<svg class=\"rapport-goals__chart\" viewBox=\"0 0 {w} {h}\" aria-hidden=\"true\" focusable=\"false\">\
             <path class=\"rapport-goals__grid\" d=\"M{LEFT} {PAD}H{right}M{LEFT} {middle}H{right}M{LEFT} {low}H{right}\"/>\
             <text class=\"rapport-goals__axis\" x=\"0\" y=\"{}\">10</text>\
             <text class=\"rapport-goals__axis\" x=\"8\" y=\"{}\">5</text>\
             <text class=\"rapport-goals__axis\" x=\"8\" y=\"{}\">0</text>\
             <polyline class=\"rapport-goals__line\" points=\"{}\"/><path class=\"rapport-goals__dots\" d=\"{}\"/></svg>",
            PAD + 4,
            middle + 4,
            low + 4,
            self.line, self.dots
        )
    }
}

/// The polyline and dots for `ratings` (oldest first), in [`CHART_WIDTH`] by [`CHART_HEIGHT`].
pub fn chart_points(ratings: &[u8]) -> (String, String) {
    let (mut line, mut dots) = (String::new(), String::new());
    let steps = u32::try_from(ratings.len().saturating_sub(1)).unwrap_or(u32::MAX).max(1);
    let single = ratings.len() == 1;
    for (at, &rating) in ratings.iter().enumerate() {
        let at = u32::try_from(at).unwrap_or(u32::MAX);
        let x = if single {
            (LEFT + CHART_WIDTH - PAD) / 2
        } else {
            LEFT + at.saturating_mul(CHART_WIDTH - PAD - LEFT) / steps
        };
        let y = PAD + u32::from(MAX_RATING - rating.min(MAX_RATING)) * (CHART_HEIGHT - 2 * PAD) / u32::from(MAX_RATING);
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&format!("{x},{y}"));
        dots.push_str(&format!("M{x} {y}h0"));
    }
    (line, dots)
}

/// What the status adds to a reading.
fn status_sentence(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Active => "",
        GoalStatus::Paused => tr("Paused: it is not rated until you resume it."),
        GoalStatus::Achieved => tr("You marked this goal achieved."),
        GoalStatus::Retired => tr("Retired: its history stays here."),
    }
}

/// The change between the last two ratings, in words.
fn change_words(before: u8, now: u8) -> String {
    let by = before.abs_diff(now).to_string();
    if now > before {
        trf("up {0} since last time", &[&by])
    } else if now < before {
        trf("down {0} since last time", &[&by])
    } else {
        tr("the same as last time").to_string()
    }
}

/// Goal `goal`'s line through `entries` (oldest first).
pub fn goal_trend(goal: &Goal, entries: &[SessionEntry]) -> GoalTrend {
    let points: Vec<(u64, u8)> = entries.iter().filter_map(|e| e.rating(goal.id).map(|r| (e.at, r))).collect();
    let ratings: Vec<u8> = points.iter().map(|&(_, rating)| rating).collect();
    let numbers = ratings.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
    let (mut change, mut reading) = (String::new(), String::new());
    match ratings.as_slice() {
        [] => reading.push_str(tr("Not rated yet. Its line starts with your first rating.")),
        [only] => reading.push_str(&trf("Rated once so far: {0} of 10.", &[&only.to_string()])),
        [.., before, now] => {
            change = change_words(*before, *now);
            reading = trf("Last time {0} of 10, now {1} of 10.", &[&before.to_string(), &now.to_string()]);
            if ratings.len() > 2 {
                let (low, high) = ratings.iter().fold((MAX_RATING, 0), |(l, h), &r| (l.min(r), h.max(r)));
                reading.push(' ');
                reading.push_str(&trf(
                    "Across {0} ratings: from {1} to {2} of 10.",
                    &[&ratings.len().to_string(), &low.to_string(), &high.to_string()],
                ));
            }
        }
    }
    let status = status_sentence(goal.status);
    if !status.is_empty() {
        reading.push(' ');
        reading.push_str(status);
    }
    let text_alternative = if ratings.is_empty() {
        tr("No ratings yet.").to_string()
    } else {
        trf("Ratings, oldest first, each of 10: {0}.", &[&numbers])
    };
    let (line, dots) = chart_points(&ratings);
    GoalTrend {
        id: goal.id,
        name: goal.name.clone(),
        status: goal.status,
        points,
        change,
        reading,
        text_alternative,
        line,
        dots,
    }
}

/// One session in the table: its time, the check-in and each goal's rating, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    /// When the entry was saved (the UI writes the date).
    pub at: u64,
    /// "31 of 40", the answered statements' sum when some were left out ("18 (3 of 4 answered)"), or "–".
    pub checkin: String,
    /// One cell per column of [`SessionTable::goals`]: the rating, or "–".
    pub ratings: Vec<String>,
    /// The note, as the person wrote it (shown only as text).
    pub note: String,
}

/// Every session, newest first, lined up with the check-in and every goal shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionTable {
    /// The goals, in columns: (id, name).
    pub goals: Vec<(u64, String)>,
    /// The sessions, newest first.
    pub rows: Vec<SessionRow>,
}

/// The goals the progress view shows, in order: the active ones, then every other goal that has a rating.
pub fn shown_goals<'a>(goals: &'a Goals, entries: &[SessionEntry]) -> Vec<&'a Goal> {
    let rated = |goal: &Goal| entries.iter().any(|entry| entry.rating(goal.id).is_some());
    let mut shown: Vec<&Goal> = goals.active().collect();
    shown.extend(goals.0.iter().filter(|goal| goal.status != GoalStatus::Active && rated(goal)));
    shown
}

/// The table of every session: the check-in's total and each shown goal's rating, newest first.
pub fn session_table(goals: &Goals, entries: &[SessionEntry]) -> SessionTable {
    let shown = shown_goals(goals, entries);
    let none = || "–".to_string();
    let rows = entries
        .iter()
        .rev()
        .map(|entry| {
            let answered = entry.checkin.iter().flatten().count();
            let checkin = match entry.checkin_total() {
                Some(total) => trf("{0} of 40", &[&total.to_string()]),
                None if answered > 0 => {
                    let sum: u32 = entry.checkin.iter().flatten().map(|&a| u32::from(a)).sum();
                    trf("{0} ({1} of 4 answered)", &[&sum.to_string(), &answered.to_string()])
                }
                None => none(),
            };
            let ratings = shown.iter().map(|goal| entry.rating(goal.id).map_or_else(none, |r| r.to_string())).collect();
            SessionRow { at: entry.at, checkin, ratings, note: entry.note.clone() }
        })
        .collect();
    SessionTable { goals: shown.iter().map(|goal| (goal.id, goal.name.clone())).collect(), rows }
}
