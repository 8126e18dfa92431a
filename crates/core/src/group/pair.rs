//! A coach's and a client's view of one relationship, side by side.

use crate::i18n::{tr, trf};
use crate::instrument::{is_superseded, InstrumentId};
use crate::interpret::{show, shown_values, superseded_note};
use crate::readings::ETHICS_NOTE;
use crate::scoring::Score;
use crate::share::{decode_all, SharedResult};

/// One factor of a coach-client comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairLine {
    /// Index into the instrument's factors.
    pub factor: usize,
    /// The factor's stable id.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Shown with "lower is better" (raw self-orientation).
    pub lower_is_better: bool,
    /// The first result's value, hundredths (check-in: points times 100).
    pub first: u32,
    /// The second result's value, hundredths.
    pub second: u32,
    /// How far apart the two are, hundredths.
    pub gap: u32,
    /// Whether the two values show differently (one decimal; whole points for the check-in).
    pub notable: bool,
}

/// The trust quotient of both sides, for the trust equation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrustPair {
    /// T = (C + R + I) / S of the first and the second result, hundredths (30..=3000).
    pub quotient: [u32; 2],
    /// The trust index 0..=100 of the first and the second result.
    pub index: [u8; 2],
}

/// Two results of one questionnaire from two sides, factor by factor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairComparison {
    /// The questionnaire.
    pub instrument: InstrumentId,
    /// Its version (both results have it).
    pub version: u16,
    /// The perspective index of the first and the second result.
    pub perspectives: [usize; 2],
    /// One line per factor, largest gap first; equal gaps in the instrument's order.
    pub lines: Vec<PairLine>,
    /// The factor (index into the instrument's factors) with the largest notable gap; the first listed of equal
    /// gaps. `None` when no gap shows: the two views agree on every part.
    pub largest_gap: Option<usize>,
    /// One sentence naming the largest gap (every part that shares it), or saying there is none.
    pub summary: String,
    /// Both trust quotients, for the trust equation.
    pub trust: Option<TrustPair>,
    /// Said when the questions have changed since both were answered (they still score with their own).
    pub edition_note: Option<&'static str>,
    /// The ethics note, shown with every score.
    pub ethics_note: &'static str,
}

/// Why two results cannot be compared. [`PairProblem::message`] says it to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairProblem {
    /// One of them does not score with this version (it cannot come from a decoded code).
    Unreadable,
    /// They are answers to different questionnaires.
    DifferentInstruments,
    /// Same questionnaire, different versions of its items.
    DifferentVersions,
    /// Both were answered from the same side.
    SamePerspective,
}

impl PairProblem {
    /// One sentence for the person: what is wrong and what to do.
    pub fn message(&self) -> &'static str {
        match self {
            PairProblem::Unreadable => {
                tr("One of these results cannot be read by this version: reload the page, then try again.")
            }
            PairProblem::DifferentInstruments => {
                tr("These two results come from different questionnaires: paste two results of the same one.")
            }
            PairProblem::DifferentVersions => {
                tr("These two results were answered on different editions of the questionnaire: ask both people to \
                 take the current one.")
            }
            PairProblem::SamePerspective => tr(
                "Both results are from the same side: paste one from each side, such as the client's and the coach's.",
            ),
        }
    }
}

/// "A", "A and B", "A, B and C".
fn join_names(names: &[&str]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => trf("{0} and {1}", &[&crate::i18n::join(rest, ", "), last]),
    }
}

/// Two pasted results and their comparison, as the compare tool shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastedPair {
    /// The result from the first field.
    pub first: SharedResult,
    /// The result from the second field.
    pub second: SharedResult,
    /// The two side by side.
    pub comparison: PairComparison,
}

/// Compares what a person pasted in the compare tool's fields (`texts`, each a link, a code or a list): the first
/// line that could not be read, else a request for exactly two results, else why these two cannot be compared.
pub fn compare_pasted(texts: &[String]) -> Result<PastedPair, &'static str> {
    let (results, problems) = decode_all(texts);
    if let Some(problem) = problems.first() {
        return Err(problem);
    }
    let [first, second] = results.as_slice() else { return Err(tr("Paste two share links to compare.")) };
    let comparison = compare_pair(first, second).map_err(|problem| problem.message())?;
    Ok(PastedPair { first: first.clone(), second: second.clone(), comparison })
}

/// Sets two results of the same questionnaire, answered from two different sides, next to each other. The first
/// result's values are `first` in every line, so the caller knows which column is whose.
pub fn compare_pair(a: &SharedResult, b: &SharedResult) -> Result<PairComparison, PairProblem> {
    if a.instrument != b.instrument {
        return Err(PairProblem::DifferentInstruments);
    }
    if a.version != b.version {
        return Err(PairProblem::DifferentVersions);
    }
    if a.perspective == b.perspective {
        return Err(PairProblem::SamePerspective);
    }
    let instrument = a.instrument().ok_or(PairProblem::Unreadable)?;
    let (Some(score_a), Some(score_b)) = (a.score(), b.score()) else { return Err(PairProblem::Unreadable) };
    let (values_a, values_b) = (shown_values(instrument, &score_a), shown_values(instrument, &score_b));
    let mut lines: Vec<PairLine> = values_a
        .iter()
        .zip(&values_b)
        .enumerate()
        .map(|(factor, (&(first, lower_is_better), &(second, _)))| PairLine {
            factor,
            id: instrument.factors.get(factor).map_or("", |f| f.id),
            name: instrument.factors.get(factor).map_or("", |f| tr(f.name)),
            lower_is_better,
            first,
            second,
            gap: first.abs_diff(second),
            notable: show(&score_a, first) != show(&score_a, second),
        })
        .collect();
    // Stable: equal gaps stay in the instrument's order.
    lines.sort_by_key(|line| std::cmp::Reverse(line.gap));
    let largest = lines.iter().find(|line| line.notable);
    let summary = match largest {
        None => tr("No notable gap: both views show the same number for every part.").to_string(),
        Some(top) => {
            let tied: Vec<&str> =
                lines.iter().filter(|line| line.notable && line.gap == top.gap).map(|line| line.name).collect();
            let gap = show(&score_a, top.gap);
            if tied.len() > 1 {
                trf("The largest gaps, {0} each, are in {1}.", &[&gap, &join_names(&tied)])
            } else {
                trf(
                    "The largest gap is in {0}: {1} and {2}, {3} apart.",
                    &[top.name, &show(&score_a, top.first), &show(&score_a, top.second), &gap],
                )
            }
        }
    };
    let trust = match (score_a, score_b) {
        (Score::Trust(x), Score::Trust(y)) => {
            Some(TrustPair { quotient: [x.trust, y.trust], index: [x.index, y.index] })
        }
        _ => None,
    };
    Ok(PairComparison {
        instrument: instrument.id,
        version: instrument.version,
        perspectives: [a.perspective, b.perspective],
        largest_gap: largest.map(|line| line.factor),
        lines,
        summary,
        trust,
        edition_note: is_superseded(instrument).then(superseded_note),
        ethics_note: tr(ETHICS_NOTE),
    })
}
