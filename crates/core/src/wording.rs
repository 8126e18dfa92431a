//! Sentences the screens show whose words depend on a choice: whether scores leave the device, whose result is
//! on show, how many statements are unanswered, what a copy or the share sheet did. The UI renders what these
//! return and decides no wording itself.

use crate::config::ConfigProblem;
use crate::group::GroupSummary;
use crate::i18n::{tr, trf};
use crate::instrument::{self, Instrument, Scale};
use crate::interpret::{level_label, FactorLine};
use crate::share::SharedResult;
use crate::storage::{shared_by, ImportError, ImportOutcome, SavedResult};

/// What leaves the device: nothing, unless the coach's page asked for the scores (then the person is told before
/// they start, and again on the result).
pub fn privacy_note(scores_sent: bool) -> &'static str {
    if scores_sent {
        tr("Your answers stay on this device. When you finish, this website receives your scores: the numbers, \
            never your answers.")
    } else {
        tr("Your answers stay on this device. Nothing is sent anywhere.")
    }
}

/// The same note under a result: said only when the scores leave the device (before starting it is always said).
#[inline]
pub fn result_privacy_note(scores_sent: bool) -> &'static str {
    if scores_sent {
        privacy_note(true)
    } else {
        ""
    }
}

/// The note for the site owner when the embed's options had problems (the defaults are used instead); empty when
/// there were none.
#[inline]
pub fn config_note(problems: &[ConfigProblem]) -> String {
    if problems.is_empty() {
        return String::new();
    }
    // The messages written straight into one text: a list collected first costs the embed its own collect code.
    let mut messages = String::new();
    for (n, problem) in problems.iter().enumerate() {
        if n > 0 {
            messages.push_str("; ");
        }
        messages.push_str(&problem.message);
    }
    trf(
        "This assessment's settings need attention (a note for the site owner): {0}. The defaults are used instead.",
        &[&messages],
    )
}

/// The line over a result: whose it is (only for someone else's result on show as `received`), the
/// questionnaire, the perspective and the `date` it was completed.
#[inline]
pub fn result_meta(result: &SavedResult, received: bool, date: &str) -> String {
    let instrument = result.instrument();
    let title = instrument.map_or("", |i| tr(i.title));
    let perspective = instrument
        .and_then(|i| i.perspectives.get(result.perspective_index().unwrap_or(0)))
        .map_or("", |p| tr(p.label));
    let whose = shared_by(result).filter(|_| received).map(|who| format!("{who} · ")).unwrap_or_default();
    format!("{whose}{title} · {perspective} · {date}")
}

/// A questionnaire's line on the start screen: how many statements and about how long.
#[inline]
pub fn instrument_meta(instrument: &Instrument) -> String {
    trf("{0} statements · about {1} min", &[&instrument.items.len().to_string(), &instrument.minutes.to_string()])
}

/// The progress line of the question at `position` (from 0) of `total`.
#[inline]
pub fn question_progress(position: usize, total: usize) -> String {
    trf("Question {0} of {1}", &[&(position + 1).to_string(), &total.to_string()])
}

/// The review screen's link to the unanswered statement at `index` (from 0).
#[inline]
pub fn question_link(index: usize, text: &str) -> String {
    trf("Question {0}: {1}", &[&(index + 1).to_string(), text])
}

/// What the box of the answer `value` shows: its words (`name`, already translated: the radio's name), or on a
/// dense scale (0 to 10, [`Scale::is_dense`]) its number, since the words are wider than a box.
#[inline]
pub fn answer_box(scale: &Scale, value: u8, name: &str) -> String {
    if scale.is_dense() {
        value.to_string()
    } else {
        name.to_string()
    }
}

/// A factor's name on the chart, saying so where a lower number is better.
#[inline]
pub fn chart_name(line: &FactorLine) -> String {
    if line.lower_is_better {
        trf("{0} (lower is better)", &[line.name])
    } else {
        line.name.to_string()
    }
}

/// The data panel's button for the `n`th (from 0) of `count` copies of unreadable data: numbered only when there
/// is more than one.
#[inline]
pub fn unreadable_download(n: usize, count: usize) -> String {
    if count == 1 {
        tr("Download the unreadable data").to_string()
    } else {
        trf("Download the unreadable data ({0} of {1})", &[&(n + 1).to_string(), &count.to_string()])
    }
}

/// The start screen's heading and lead. A coach's page that offers only goals (`data-instrument="goals"`) is about
/// the person's own goals, not a relationship's trust, so it says so; the goals build alone carries those texts.
pub fn start_texts(goals_only: bool) -> (&'static str, &'static str) {
    #[cfg(feature = "goals")]
    if goals_only {
        return (
            tr("Where are you with your goals?"),
            tr("Name up to three goals of your own, rate your progress after each session, and see how each one \
                moves over time."),
        );
    }
    let _ = goals_only;
    (
        tr("How is the trust between you?"),
        tr("A few minutes of honest answers about a working relationship, and a result worth reading: what is \
            strong, where the opportunity is, and what to try next."),
    )
}

/// The start screen's line naming the coach or practice; empty when the embed names none.
pub fn offered_by(coach: &str) -> String {
    if coach.is_empty() {
        String::new()
    } else {
        trf("Offered by {0}", &[coach])
    }
}

/// The legend over the questionnaires: one fixed by the embed, or a choice.
pub fn questionnaire_legend(fixed: bool) -> &'static str {
    if fixed {
        tr("The questionnaire")
    } else {
        tr("Choose a questionnaire")
    }
}

/// The chart's caption: the person's own answers, or someone else's (`received`).
pub fn chart_caption(received: bool) -> &'static str {
    if received {
        tr("The answers in numbers")
    } else {
        tr("Your answers in numbers")
    }
}

/// The heading of the readings not highlighted: every part when none is highlighted, else the other parts.
pub fn other_parts_heading(none_highlighted: bool) -> &'static str {
    if none_highlighted {
        tr("Each part")
    } else {
        tr("The other parts")
    }
}

/// A factor reading's title: its `role` ("Biggest opportunity: Reliability") or, without one, its level
/// ("Reliability: mostly agree").
pub fn reading_title(line: &FactorLine, role: Option<&'static str>) -> String {
    match role {
        Some(role) => trf("{0}: {1}", &[role, line.name]),
        None => trf("{0}: {1}", &[line.name, level_label(line.level)]),
    }
}

/// Said on a result while its explanations (the readings file) are missing: still `loading`, or not loaded, with
/// the scores complete and a button to try again beside it.
pub fn explanations_missing(loading: bool) -> &'static str {
    if loading {
        tr("The explanations of these answers are still loading.")
    } else {
        tr("The explanations of these answers could not be loaded: the connection may be down. Your scores are \
            complete.")
    }
}

/// The review screen's count of unanswered statements, in the singular for one.
pub fn unanswered(count: usize) -> String {
    match count {
        1 => tr("One statement is still unanswered. Answer it to see your result.").to_string(),
        n => trf("{0} statements are still unanswered. Answer them to see your result.", &[&n.to_string()]),
    }
}

/// A shared result's side of a comparison ([`side_name`]), with its perspective's label.
pub fn shared_side_name(result: &SharedResult) -> String {
    let instrument = instrument::find(result.instrument, result.version);
    let perspective = instrument.and_then(|i| i.perspectives.get(result.perspective)).map_or("", |p| tr(p.label));
    side_name(result.label.as_deref(), perspective)
}

/// A group summary's heading: the questionnaire, the perspective and how many results.
pub fn group_heading(group: &GroupSummary) -> String {
    let instrument = instrument::find(group.instrument, group.version);
    let title = instrument.map_or("", |i| tr(i.title));
    let perspective = instrument.and_then(|i| i.perspectives.get(group.perspective)).map_or("", |p| tr(p.label));
    trf("{0} · {1} · {2} results", &[title, perspective, &group.count.to_string()])
}

/// What the group summary says about the `count` pasted links it could not read; empty for none.
pub fn links_left_out(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => tr("1 link could not be read and was left out.").to_string(),
        n => trf("{0} links could not be read and were left out.", &[&n.to_string()]),
    }
}

/// The button that opens the readable links of a partly broken share link, with how many there are.
pub fn open_readable_links(count: usize) -> String {
    trf("Open the readable links ({0})", &[&count.to_string()])
}

/// What the person reads after an import: what came in and what was left out, or why nothing was imported.
pub fn import_message(outcome: &Result<ImportOutcome, ImportError>) -> String {
    match outcome {
        Ok(outcome) => outcome.message(),
        Err(error) => error.message().to_string(),
    }
}

/// The subject of a shared result's email and share sheet.
pub fn share_subject(result: &SavedResult) -> String {
    trf("My {0} result", &[result.instrument().map_or("rapport", |i| tr(i.title))])
}

/// What the share panel copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// The share link.
    Link,
    /// The text summary.
    Summary,
    /// The questions to bring to a first conversation.
    Questions,
}

/// What the person reads after a copy: what was copied when it `worked`, else how to copy by hand (the text is on
/// screen).
pub fn copy_outcome(what: Copied, worked: bool) -> &'static str {
    match (worked, what) {
        (true, Copied::Link) => tr("Link copied."),
        (true, Copied::Summary) => tr("Text summary copied."),
        (true, Copied::Questions) => tr("Questions copied."),
        (false, _) => tr("Copying is blocked here: select the text below and copy it yourself."),
    }
}

/// What follows the share sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterShareSheet {
    /// It shared: say so.
    Say(&'static str),
    /// The person closed it: nothing to say.
    Nothing,
    /// It is missing or refused: copy the link instead.
    CopyLink,
}

/// What follows the share sheet's outcome: `Ok` when it shared, else the name of the browser's error.
pub fn after_share_sheet(outcome: Result<(), &str>) -> AfterShareSheet {
    match outcome {
        Ok(()) => AfterShareSheet::Say(tr("Shared.")),
        Err("AbortError") => AfterShareSheet::Nothing,
        Err(_) => AfterShareSheet::CopyLink,
    }
}

/// A side of a comparison: the label the sharer chose with the perspective in brackets, or the perspective alone.
pub fn side_name(label: Option<&str>, perspective: &str) -> String {
    match label {
        Some(label) => format!("{label} ({perspective})"),
        None => perspective.to_string(),
    }
}
