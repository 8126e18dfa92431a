//! A workshop's anonymous group summary.

use std::collections::HashSet;

use crate::i18n::tr;
use crate::instrument::{Instrument, InstrumentId};
use crate::interpret::{mixed_versions_note, shown_values};
use crate::readings::ETHICS_NOTE;
use crate::scoring::div_round;
use crate::share::SharedResult;

/// Smallest group that gets statistics. With fewer, a mean would come close to one person's answers, and two
/// people who know their own result could work out the other's.
pub const MIN_GROUP_SIZE: usize = 3;

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
