//! Sentences the screens show whose words depend on a choice: whether scores leave the device, whose result is
//! on show, how many statements are unanswered. The UI renders what these return and decides no wording itself.

use crate::i18n::{tr, trf};
use crate::interpret::{level_label, FactorLine};

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

/// The review screen's count of unanswered statements, in the singular for one.
pub fn unanswered(count: usize) -> String {
    match count {
        1 => tr("One statement is still unanswered. Answer it to see your result.").to_string(),
        n => trf("{0} statements are still unanswered. Answer them to see your result.", &[&n.to_string()]),
    }
}

/// A side of a comparison: the label the sharer chose with the perspective in brackets, or the perspective alone.
pub fn side_name(label: Option<&str>, perspective: &str) -> String {
    match label {
        Some(label) => format!("{label} ({perspective})"),
        None => perspective.to_string(),
    }
}
