//! Turns a [`Score`] into what the result screen shows: headline, one line per factor with its reading,
//! the strongest area, the biggest opportunity and a note on the shape of the profile.
//! The UI renders this as it is; it never computes a number or picks a sentence itself.

use crate::i18n::{decimal, tr, trf};
use crate::instrument::{is_superseded, Instrument};
use crate::readings::{self, conversation, Level, Reading, ETHICS_NOTE};
use crate::scoring::Score;

/// One factor as the result screen and chart show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactorLine {
    /// Index into the instrument's factors.
    pub factor: usize,
    /// The factor's stable id (for test hooks and styling).
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// The number as text, for example `"7.3"`.
    pub value: String,
    /// The scale the number is on, for example `"of 10"`.
    pub out_of: &'static str,
    /// Bar length on the chart, in thousandths of the axis.
    pub fill: u32,
    /// Shown with "lower is better" (raw self-orientation).
    pub lower_is_better: bool,
    /// Where the answers sit, in the better direction.
    pub level: Level,
    /// What it means and what to do next (none for the check-in): [`Reading::texts`] gives its words once the
    /// readings file is installed.
    pub reading: Option<&'static Reading>,
}

/// Everything the result screen says about one result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interpretation {
    /// The main number in words, for example `"Trust index 50 of 100"`.
    pub headline: String,
    /// One or two plain sentences about these answers, read first: which part comes out strongest and which has
    /// the most room to grow, and what to try first. Relative to the person's own answers only: no norms.
    pub lead: String,
    /// How the main number was reached, with its scale, in one line (shown one tap away).
    pub detail: String,
    /// One line per factor, in instrument order.
    pub lines: Vec<FactorLine>,
    /// Index into `lines` of the strongest area, where the instrument ranks factors.
    pub strongest: Option<usize>,
    /// Index into `lines` of the biggest opportunity, where the instrument ranks factors.
    pub weakest: Option<usize>,
    /// A sentence on the shape of the profile, where there is something to say.
    pub profile_note: Option<String>,
    /// Said when the questions have changed since this result was answered (it still scores with its own).
    pub edition_note: Option<&'static str>,
    /// For a working alliance with a subscale at [`Level::Low`]: talk about it, and changing or ending the
    /// coaching is fine ([`readings::honest_option`]).
    pub honest_option: Option<&'static str>,
    /// Questions to bring to a first conversation (or, from the coach's view, to ask the client), drawn from the
    /// lower parts ([`conversation::questions`]); empty while the readings file is missing.
    pub questions: Vec<&'static str>,
    /// The readings file (the parts' readings, the first step in the lead, the questions) is not installed yet,
    /// or failed: everything else is here, and the screen says the explanations are missing and offers a retry.
    pub explanations_missing: bool,
    /// The heading over [`Self::questions`]: bring them, or ask them ([`conversation::heading`]).
    pub questions_heading: &'static str,
    /// The ethics note, shown with every score ([`ETHICS_NOTE`], in the page's language).
    pub ethics_note: &'static str,
}

/// Said with a result answered on an older version of the questions.
pub fn superseded_note() -> &'static str {
    tr("The questions have changed since this result was answered: it is scored with the questions it \
     was answered with.")
}

/// Said wherever results answered on different versions of the questions are set side by side.
pub fn mixed_versions_note() -> &'static str {
    tr("These results come from different versions of the questions, which may explain part of a difference.")
}

/// Said above changes between two results answered on different versions of the questions, `None` when both
/// had the same questions: the numbers are set side by side, but part of a change may be the questions'.
pub fn edition_gap_note(previous: &Instrument, current: &Instrument) -> Option<&'static str> {
    (previous.id == current.id && previous.version != current.version).then(mixed_versions_note)
}

/// Words for a level, as shown next to a factor.
pub fn level_label(level: Level) -> &'static str {
    match level {
        Level::Low => tr("room to grow"),
        Level::Middle => tr("mixed"),
        Level::High => tr("a strength"),
    }
}

/// The lead of a result whose parts are ranked: the strongest and the one with the most room to grow, then the
/// first next step for the latter (`first_step`, already translated), or that every part came out the same.
fn ranked_lead(strongest: &str, weakest: Option<(&str, Option<&'static str>)>) -> String {
    let Some((weakest, first_step)) = weakest else {
        return tr("Every part came out the same in these answers.").to_string();
    };
    let mut lead =
        trf("{0} comes out strongest in these answers, and {1} has the most room to grow.", &[strongest, weakest]);
    if let Some(step) = first_step {
        lead.push(' ');
        lead.push_str(&trf("What to try first: {0}", &[step]));
    }
    lead
}

/// Builds the interpretation of `score` for `instrument` answered from perspective index `perspective`.
pub fn interpret(instrument: &Instrument, perspective: usize, score: &Score) -> Interpretation {
    let factor_name = |index: usize| instrument.factors.get(index).map_or("", |f| tr(f.name));
    let factor_id = |index: usize| instrument.factors.get(index).map_or("", |f| f.id);
    let reading = |factor: usize, level: Level| readings::reading(instrument.id, factor, level, perspective);
    let edition_note = is_superseded(instrument).then(superseded_note);
    let ethics_note = tr(ETHICS_NOTE);
    let questions_heading = conversation::heading(instrument.id, perspective);
    let questions = |strengths: &[u32]| conversation::questions(instrument.id, perspective, strengths);
    let first_step = |factor: usize, level: Level| reading(factor, level).and_then(Reading::first_step);
    let mut interpretation = match score {
        Score::Trust(trust) => {
            let lines = trust
                .factors
                .iter()
                .map(|f| FactorLine {
                    factor: f.factor,
                    id: factor_id(f.factor),
                    name: factor_name(f.factor),
                    value: decimal(f.on_ten),
                    out_of: tr("of 10"),
                    fill: f.on_ten,
                    lower_is_better: instrument.factors.get(f.factor).is_some_and(|d| d.lower_is_better),
                    level: f.level,
                    reading: reading(f.factor, f.level),
                })
                .collect();
            let weakest_name = factor_name(trust.weakest);
            let spread = decimal(trust.shown_spread());
            let args = [factor_name(trust.strongest), spread.as_str(), weakest_name];
            // Say what the formula says: the first three parts add up, self-orientation divides their sum.
            let profile_note = if !trust.is_lopsided() {
                tr("The four parts are fairly even: they lie within 3 points of each other.").to_string()
            } else if instrument.factors.get(trust.weakest).is_some_and(|f| f.lower_is_better) {
                trf(
                    "The profile is uneven: {0} stands {1} points above {2}. In the equation {2} divides the sum of \
                     the other three parts, so bringing it down lifts the whole result.",
                    &args,
                )
            } else {
                trf(
                    "The profile is uneven: {0} stands {1} points above {2}. In the equation credibility, \
                     reliability and intimacy are added, so a point more on {2} counts as much as one on the others.",
                    &args,
                )
            };
            // One text for every version: what differs (which statements are reversed) is in docs/instruments.md.
            let detail = trf(
                "Trust = (credibility + reliability + intimacy) / self-orientation = {0} on a scale from 0.3 to 30. \
                 Self-orientation is shown as it came out, so lower is better: it is the one part that divides trust \
                 instead of adding to it.",
                &[&decimal(trust.trust)],
            );
            let weakest = trust.factors[trust.weakest];
            let lead = ranked_lead(
                factor_name(trust.strongest),
                (trust.spread > 0).then(|| (weakest_name, first_step(trust.weakest, weakest.level))),
            );
            let strengths: Vec<u32> = trust.factors.iter().map(|f| f.strength).collect();
            let asked = questions(&strengths);
            Interpretation {
                headline: trf("Trust index {0} of 100", &[&trust.index.to_string()]),
                lead,
                detail,
                lines,
                // All four equal: there is no strongest or weakest part to name (the first listed would win both).
                strongest: (trust.spread > 0).then_some(trust.strongest),
                weakest: (trust.spread > 0).then_some(trust.weakest),
                profile_note: Some(profile_note),
                edition_note,
                honest_option: None,
                explanations_missing: asked.is_none(),
                questions: asked.unwrap_or_default(),
                questions_heading,
                ethics_note,
            }
        }
        Score::Alliance(alliance) => {
            let lines = alliance
                .subscales
                .iter()
                .map(|f| FactorLine {
                    factor: f.factor,
                    id: factor_id(f.factor),
                    name: factor_name(f.factor),
                    value: decimal(f.mean),
                    out_of: tr("of 5"),
                    fill: f.mean * 2,
                    lower_is_better: false,
                    level: f.level,
                    reading: reading(f.factor, f.level),
                })
                .collect();
            let even = alliance.subscales[alliance.strongest].mean == alliance.subscales[alliance.weakest].mean;
            let weakest = alliance.subscales[alliance.weakest];
            // An even alliance says so in its lead, in the words its profile note had.
            let lead = if even {
                tr("Goals, tasks and bond came out the same: an even picture.").to_string()
            } else {
                ranked_lead(
                    factor_name(alliance.strongest),
                    Some((factor_name(alliance.weakest), first_step(alliance.weakest, weakest.level))),
                )
            };
            let strengths: Vec<u32> = alliance.subscales.iter().map(|f| f.mean).collect();
            let asked = questions(&strengths);
            Interpretation {
                headline: trf("Working alliance {0} of 5 on average", &[&decimal(alliance.mean)]),
                lead,
                detail: trf(
                    "All twelve answers add up to {0} of 60; each area below is the average of its four answers.",
                    &[&alliance.total.to_string()],
                ),
                lines,
                strongest: (!even).then_some(alliance.strongest),
                weakest: (!even).then_some(alliance.weakest),
                profile_note: None,
                edition_note,
                honest_option: alliance
                    .subscales
                    .iter()
                    .any(|f| f.level == Level::Low)
                    .then(|| readings::honest_option(perspective)),
                explanations_missing: asked.is_none(),
                questions: asked.unwrap_or_default(),
                questions_heading,
                ethics_note,
            }
        }
        Score::CheckIn(check) => {
            let lines = check
                .values
                .iter()
                .enumerate()
                .map(|(factor, &value)| FactorLine {
                    factor,
                    id: factor_id(factor),
                    name: factor_name(factor),
                    value: value.to_string(),
                    out_of: tr("of 10"),
                    fill: u32::from(value) * 100,
                    lower_is_better: false,
                    level: Level::Middle,
                    reading: None,
                })
                .collect();
            let strengths: Vec<u32> = check.values.iter().map(|&v| u32::from(v)).collect();
            // The one part left out of the lower parts is the strongest; none is left out when all are equal.
            let lower = conversation::lower_parts(&strengths);
            let even = strengths.iter().all(|&value| Some(value) == strengths.first().copied());
            let strongest = (0..strengths.len()).find(|index| !lower.contains(index)).map_or("", factor_name);
            let weakest = lower.first().filter(|_| !even).map(|&index| (factor_name(index), None));
            let mut lead = ranked_lead(strongest, weakest);
            lead.push(' ');
            lead.push_str(tr("Its value is the trend: take it after each session and watch how it moves."));
            let asked = questions(&strengths);
            Interpretation {
                headline: trf("Check-in {0} of 40", &[&check.total.to_string()]),
                lead,
                detail: tr("The four answers, each from 0 to 10, add up to the total out of 40.").to_string(),
                lines,
                strongest: None,
                weakest: None,
                profile_note: None,
                edition_note,
                honest_option: None,
                explanations_missing: asked.is_none(),
                questions: asked.unwrap_or_default(),
                questions_heading,
                ethics_note,
            }
        }
    };
    interpretation.explanations_missing |=
        interpretation.lines.iter().any(|line| line.reading.is_some_and(|r| r.texts().is_none()));
    interpretation
}

/// Interprets a kept result; `None` if its instrument version or answers are no longer usable.
pub fn interpret_saved(result: &crate::storage::SavedResult) -> Option<Interpretation> {
    Some(interpret(result.instrument()?, result.perspective_index()?, &result.score()?))
}

/// Which way a factor moved since the previous result, in the better direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Moved the good way (for self-orientation: down).
    Better,
    /// Moved the other way.
    Worse,
    /// The same to the shown precision.
    Same,
}

/// One factor compared with the previous result of the same instrument and perspective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Index into the instrument's factors.
    pub factor: usize,
    /// A sentence fragment such as "Credibility up 0.9 (6.9 to 7.8)".
    pub text: String,
    /// Good, bad or no change.
    pub direction: Direction,
}

/// The shown value of each factor (hundredths for trust and alliance, points for the check-in) and whether lower
/// is better for it. Shared with [`crate::group`], so comparisons between people read the same numbers.
pub(crate) fn shown_values(instrument: &Instrument, score: &Score) -> Vec<(u32, bool)> {
    let lower = |factor: usize| instrument.factors.get(factor).is_some_and(|f| f.lower_is_better);
    match score {
        Score::Trust(t) => t.factors.iter().map(|f| (f.on_ten, lower(f.factor))).collect(),
        Score::Alliance(a) => a.subscales.iter().map(|f| (f.mean, false)).collect(),
        Score::CheckIn(c) => c.values.iter().map(|&v| (u32::from(v) * 100, false)).collect(),
    }
}

/// A shown value as text at the precision the result screen uses: whole points for the check-in, one decimal
/// otherwise. Two values that show the same count as the same: that is the rule for a notable difference.
pub(crate) fn show(score: &Score, hundredths: u32) -> String {
    if matches!(score, Score::CheckIn(_)) {
        (hundredths / 100).to_string()
    } else {
        decimal(hundredths)
    }
}

/// Compares each factor with the previous result. Changes smaller than the shown precision (0.1) count as the same.
pub fn compare(instrument: &Instrument, previous: &Score, current: &Score) -> Vec<Change> {
    let before = shown_values(instrument, previous);
    let after = shown_values(instrument, current);
    let show = |hundredths: u32| show(current, hundredths);
    before
        .iter()
        .zip(&after)
        .enumerate()
        .map(|(factor, (&(old, lower_is_better), &(new, _)))| {
            let name = instrument.factors.get(factor).map_or("", |f| tr(f.name));
            let (old_shown, new_shown) = (show(old), show(new));
            let (direction, text) = if old_shown == new_shown {
                (Direction::Same, trf("{0} unchanged at {1}", &[name, &new_shown]))
            } else {
                let up = new > old;
                let step = show(new.abs_diff(old));
                let direction = if up != lower_is_better { Direction::Better } else { Direction::Worse };
                let args = [name, step.as_str(), old_shown.as_str(), new_shown.as_str()];
                let text =
                    if up { trf("{0} up {1} ({2} to {3})", &args) } else { trf("{0} down {1} ({2} to {3})", &args) };
                (direction, text)
            };
            Change { factor, text, direction }
        })
        .collect()
}
