//! The words for a person's kept results: the lines of the start screen's lists, a check-in's trend, the changes
//! since the previous result, and what the data panel says is kept. Dates come in already written (the browser
//! writes them in the page's language, with no date code in the wasm), everything else is decided here.

use crate::i18n::{tr, trf};
use crate::interpret::{interpret_saved, Direction};
use crate::readings::honest_option;
use crate::scoring::{checkin_drop, Score};
use crate::storage::{is_shared, shared_by, Draft, Envelope, SavedResult};

/// The one-line headline of a kept result, for lists; says so when the result cannot be read.
pub fn headline_of(result: &SavedResult) -> String {
    interpret_saved(result).map_or_else(|| tr("could not be read").to_string(), |i| i.headline)
}

/// A kept result in the start screen's list: whose it is (only when someone else's), the `date` it was completed,
/// the questionnaire and its headline.
pub fn result_line(result: &SavedResult, date: &str) -> String {
    let title = result.instrument().map_or(tr("Result"), |i| tr(i.title));
    // Someone else's result, kept from their link, says so first.
    let whose = shared_by(result).map(|who| format!("{who} · ")).unwrap_or_default();
    format!("{whose}{date} · {title} · {}", headline_of(result))
}

/// An unfinished questionnaire in the start screen's list (`started`: the date it was started); `None` for a
/// draft of an instrument version this page does not know.
pub fn draft_line(draft: &Draft, started: &str) -> Option<String> {
    let instrument = draft.instrument()?;
    let answered = draft.answers.iter().flatten().count();
    Some(trf(
        "{0}, {1} of {2} answered, started {3}",
        &[tr(instrument.title), &answered.to_string(), &instrument.items.len().to_string(), started],
    ))
}

/// For a check-in: the totals so far (this perspective, the person's own results up to this one) and whether this
/// one dropped against the previous one. `None` for any other instrument, or a result that cannot be scored.
pub fn checkin_trend(kept: &Envelope, result: &SavedResult) -> Option<String> {
    let Some(Score::CheckIn(current)) = result.score() else { return None };
    // The totals written straight into one text: a list of strings joined later costs the embed its own
    // collect and join code.
    let mut totals = String::new();
    let mut count = 0;
    for kept in kept.results.iter().filter(|r| {
        r.instrument == result.instrument
            && r.perspective == result.perspective
            && r.completed_at <= result.completed_at
            && !is_shared(r)
    }) {
        if let Some(Score::CheckIn(c)) = kept.score() {
            if count > 0 {
                totals.push_str(", ");
            }
            totals.push_str(&c.total.to_string());
            count += 1;
        }
    }
    let Some(Score::CheckIn(previous)) = kept.previous_of(result).and_then(SavedResult::score) else {
        return Some(tr("This is your first check-in here. Take it after your next session to see the trend.").into());
    };
    let history =
        if count > 1 { format!(" {}", trf("Your check-ins so far: {0}.", &[&totals])) } else { String::new() };
    let (before, now) = (previous.total.to_string(), current.total.to_string());
    let trend = if checkin_drop(&previous, &current).any() {
        // A drop also names the honest option the coaching code gives: talk about it, and changing or ending the
        // coaching is fine.
        trf(
            "Lower than last time ({0} of 40, now {1}). A dip is worth raising at the start of your next session.",
            &[&before, &now],
        ) + " "
            + honest_option(result.perspective_index().unwrap_or(0))
    } else {
        trf("Last time: {0} of 40. Now: {1} of 40.", &[&before, &now])
    };
    Some(format!("{trend}{history}"))
}

/// The heading over the changes since the previous result, completed on `date`.
pub fn changes_heading(date: &str) -> String {
    trf("Since your last result ({0})", &[date])
}

/// The word after a change: "(better)", "(weaker)", or nothing when unchanged ("unchanged at 7" says it already).
pub fn change_word(direction: Direction) -> &'static str {
    match direction {
        Direction::Better => tr("(better)"),
        // "weaker", not "lower": self-orientation going up is a change for the worse.
        Direction::Worse => tr("(weaker)"),
        Direction::Same => "",
    }
}

/// What the data panel says is kept on this device, with singular and plural as each language needs them. `goals`
/// is [`crate::storage::Envelope::goals_kept`]: goals and their sessions are named only where there are some, so a
/// person who never set a goal reads nothing about goals.
pub fn kept_here(results: usize, drafts: usize, goals: (usize, usize)) -> String {
    let results = if results == 1 { tr("1 result").to_string() } else { trf("{0} results", &[&results.to_string()]) };
    let drafts = if drafts == 1 {
        tr("1 unfinished questionnaire").to_string()
    } else {
        trf("{0} unfinished questionnaires", &[&drafts.to_string()])
    };
    if goals == (0, 0) {
        return trf("Kept here: {0} and {1}.", &[&results, &drafts]);
    }
    let (goals, sessions) = goals;
    let goals = if goals == 1 { tr("1 goal").to_string() } else { trf("{0} goals", &[&goals.to_string()]) };
    let sessions =
        if sessions == 1 { tr("1 session").to_string() } else { trf("{0} sessions", &[&sessions.to_string()]) };
    trf("Kept here: {0}, {1}, and {2} with {3}.", &[&results, &drafts, &goals, &sessions])
}
