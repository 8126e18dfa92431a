//! Shared results side by side (a coach's and a client's view of one relationship) and together (a workshop's
//! anonymous group summary).
//!
//! Both read the numbers the result screen shows (trust on 1..10, alliance on 1..5, check-in points, all in
//! hundredths), recomputed from the shared answers. Neither invents a cut-off: a gap is notable by the same rule as
//! a change since the previous result in [`crate::interpret::compare`], that it shows at the shown precision.

use std::collections::HashSet;

use crate::i18n::{tr, trf};
use crate::instrument::{is_superseded, Instrument, InstrumentId};
use crate::interpret::{mixed_versions_note, superseded_note};
use crate::interpret::{show, shown_values};
use crate::readings::ETHICS_NOTE;
use crate::scoring::{div_round, Score};
use crate::share::SharedResult;

/// Smallest group that gets statistics. With fewer, a mean would come close to one person's answers, and two
/// people who know their own result could work out the other's.
pub const MIN_GROUP_SIZE: usize = 3;

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
        Some((last, rest)) => trf("{0} and {1}", &[&rest.join(", "), last]),
    }
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

/// One factor across a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactorStats {
    /// Index into the instrument's factors.
    pub factor: usize,
    /// The factor's stable id.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Shown with "lower is better" (raw self-orientation).
    pub lower_is_better: bool,
    /// Mean, hundredths, rounded half up.
    pub mean: u32,
    /// Population standard deviation, hundredths, rounded half up.
    pub spread: u32,
    /// Lowest value, hundredths.
    pub min: u32,
    /// Highest value, hundredths.
    pub max: u32,
}

/// The results of one questionnaire from one side, together. Carries no label and no single result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSummary {
    /// The questionnaire.
    pub instrument: InstrumentId,
    /// The newest version in the group (versions with the same factors are grouped together).
    pub version: u16,
    /// The perspective index in that version.
    pub perspective: usize,
    /// Distinct results in the group.
    pub count: usize,
    /// Per factor, in the instrument's order; `None` below [`MIN_GROUP_SIZE`] results.
    pub factors: Option<Vec<FactorStats>>,
    /// Said when the group holds results answered on different versions of the questions: their numbers are
    /// gathered as they came out, each scored with its own questions.
    pub edition_note: Option<&'static str>,
    /// The ethics note, shown with every score.
    pub ethics_note: &'static str,
}

/// A group being gathered: what identifies it, and each factor's values.
struct Gathering {
    instrument: &'static Instrument,
    perspective: usize,
    perspective_id: &'static str,
    factor_ids: Vec<&'static str>,
    values: Vec<Vec<u32>>,
    versions: Vec<u16>,
}

/// Mean, population standard deviation, minimum and maximum of `values` (not empty), each rounded half up.
fn statistics(values: &[u32]) -> Option<(u32, u32, u32, u32)> {
    let (&min, &max) = (values.iter().min()?, values.iter().max()?);
    let count = values.len() as u128;
    let sum: u128 = values.iter().map(|&v| u128::from(v)).sum();
    let squares: u128 = values.iter().map(|&v| u128::from(v) * u128::from(v)).sum();
    let mean = u32::try_from(div_round(u64::try_from(sum).ok()?, u64::try_from(count).ok()?)).ok()?;
    // Variance = (n * sum of squares - sum^2) / n^2, exact in integers. The nearest whole s to its square root is
    // the largest s with (2s - 1)^2 <= 4 * variance, that is (floor(2 * sqrt(variance)) + 1) / 2.
    let numerator = (count * squares).saturating_sub(sum * sum);
    let twice_root = (4 * numerator / (count * count)).isqrt();
    let spread = u32::try_from(twice_root.div_ceil(2)).ok()?;
    Some((mean, spread, min, max))
}

/// Gathers results into groups of the same questionnaire, side and factors, for a workshop. The same result given
/// twice (the same link pasted twice) counts once; so do two people with the same answers, day and label, which
/// cannot be told apart. Results that do not score with this version are left out. Groups come in the order of
/// [`InstrumentId::ALL`], then perspective. A group below [`MIN_GROUP_SIZE`] gets its count only.
pub fn aggregate(results: &[SharedResult]) -> Vec<GroupSummary> {
    let mut seen: HashSet<&SharedResult> = HashSet::new();
    let mut groups: Vec<Gathering> = Vec::new();
    for result in results {
        if !seen.insert(result) {
            continue;
        }
        let (Some(instrument), Some(score), Some(perspective_id)) =
            (result.instrument(), result.score(), result.perspective_id())
        else {
            continue;
        };
        let values = shown_values(instrument, &score);
        let factor_ids: Vec<&'static str> = instrument.factors.iter().map(|f| f.id).collect();
        let at = groups.iter().position(|group| {
            group.instrument.id == instrument.id
                && group.perspective_id == perspective_id
                && group.factor_ids == factor_ids
        });
        let group = match at {
            Some(at) => &mut groups[at],
            None => {
                groups.push(Gathering {
                    instrument,
                    perspective: result.perspective,
                    perspective_id,
                    factor_ids,
                    values: vec![Vec::new(); values.len()],
                    versions: Vec::new(),
                });
                let last = groups.len() - 1;
                &mut groups[last]
            }
        };
        if !group.versions.contains(&instrument.version) {
            group.versions.push(instrument.version);
        }
        if instrument.version > group.instrument.version {
            group.instrument = instrument;
            group.perspective = result.perspective;
        }
        for (slot, (value, _)) in group.values.iter_mut().zip(values) {
            slot.push(value);
        }
    }
    groups.sort_by_key(|group| (group.instrument.id, group.perspective, group.instrument.version));
    groups
        .into_iter()
        .map(|group| {
            let count = group.values.first().map_or(0, Vec::len);
            let factors = (count >= MIN_GROUP_SIZE).then(|| {
                group
                    .values
                    .iter()
                    .enumerate()
                    .filter_map(|(factor, values)| {
                        let (mean, spread, min, max) = statistics(values)?;
                        let about = group.instrument.factors.get(factor);
                        Some(FactorStats {
                            factor,
                            id: about.map_or("", |f| f.id),
                            name: about.map_or("", |f| f.name),
                            lower_is_better: about.is_some_and(|f| f.lower_is_better),
                            mean,
                            spread,
                            min,
                            max,
                        })
                    })
                    .collect()
            });
            GroupSummary {
                instrument: group.instrument.id,
                version: group.instrument.version,
                perspective: group.perspective,
                count,
                factors,
                edition_note: (group.versions.len() > 1).then(mixed_versions_note),
                ethics_note: tr(ETHICS_NOTE),
            }
        })
        .collect()
}
