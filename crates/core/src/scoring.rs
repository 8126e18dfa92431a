//! Deterministic scoring. Numbers are fixed-point hundredths (`550` means 5.50) so that results are exact,
//! identical on every platform, and the wasm needs no float formatting. `docs/instruments.md` gives the rules.
//!
//! A little over 250 lines on purpose: every rule that turns answers into numbers and levels (keying, factor
//! means, the trust equation, the alliance total, the check-in and its drop) is here, so one reading checks them
//! all against `docs/instruments.md`.

use crate::instrument::{Instrument, InstrumentId, Keying};
pub use crate::json::one_decimal;

/// Where a factor sits on its own answer scale, in the direction where more is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Mean answer below the scale's lower quarter mark (below 2.5 on a 1 to 5 scale).
    Low,
    /// Between the two marks.
    Middle,
    /// Mean answer at or above the upper quarter mark (3.5 or more on a 1 to 5 scale).
    High,
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 3] = [Level::Low, Level::Middle, Level::High];

    /// Index into a `[Reading; 3]`.
    pub const fn index(self) -> usize {
        match self {
            Level::Low => 0,
            Level::Middle => 1,
            Level::High => 2,
        }
    }
}

/// Why a set of answers cannot be scored. Scoring never guesses a missing answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// The answers do not line up with the instrument's items (wrong version, or damaged data).
    WrongLength { expected: usize, found: usize },
    /// These item indices have no answer yet.
    Unanswered { items: Vec<usize> },
    /// An answer is not a point of the instrument's scale (damaged or tampered data).
    OffScale { item: usize, value: u8 },
}

/// One factor's numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactorScore {
    /// Index into the instrument's factors.
    pub factor: usize,
    /// Sum of the keyed answers, in the factor's own direction.
    pub sum: u32,
    /// Mean keyed answer on the item scale, in hundredths, in the factor's own direction.
    pub mean: u32,
    /// The factor on the 1..10 scale that trust-equation calculators use, in hundredths (100..=1000),
    /// in the factor's own direction (raw self-orientation: lower is better).
    pub on_ten: u32,
    /// `on_ten` turned so that higher is always better (11 - S for self-orientation); used for ranking.
    pub strength: u32,
    /// Where the factor sits on its answer scale, in the better direction.
    pub level: Level,
}

/// Trust equation result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrustScore {
    /// Credibility, reliability, intimacy, self-orientation, in instrument order.
    pub factors: [FactorScore; 4],
    /// T = (C + R + I) / S in hundredths (30..=3000).
    pub trust: u32,
    /// Trust index 0..=100: `100 * ln(T / 0.3) / ln(100)`, rounded; all-middle answers give 50.
    pub index: u8,
    /// Factor with the highest strength (first listed wins a tie).
    pub strongest: usize,
    /// Factor with the lowest strength: the biggest opportunity (first listed wins a tie).
    pub weakest: usize,
    /// Highest minus lowest strength, hundredths.
    pub spread: u32,
}

/// Working alliance result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllianceScore {
    /// Goals, tasks, bond, in instrument order.
    pub subscales: [FactorScore; 3],
    /// Sum of all answers (12..=60).
    pub total: u32,
    /// Mean of all answers, hundredths (100..=500).
    pub mean: u32,
    /// Subscale with the highest mean (first listed wins a tie).
    pub strongest: usize,
    /// Subscale with the lowest mean (first listed wins a tie).
    pub weakest: usize,
}

/// Session check-in result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckInScore {
    /// Relationship, goals and topics, approach, overall (0..=10 each).
    pub values: [u8; 4],
    /// Sum, 0..=40.
    pub total: u8,
}

/// A scored result, by instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Score {
    /// See [`TrustScore`].
    Trust(TrustScore),
    /// See [`AllianceScore`].
    Alliance(AllianceScore),
    /// See [`CheckInScore`].
    CheckIn(CheckInScore),
}

/// A spread of this many hundredths or more between the strongest and weakest trust factor is named as lopsided.
pub const LOPSIDED_SPREAD: u32 = 300;

/// A check-in item that falls by this many points since the previous check-in is flagged.
pub const CHECKIN_ITEM_DROP: u8 = 2;
/// A check-in total that falls by this many points since the previous check-in is flagged.
pub const CHECKIN_TOTAL_DROP: u8 = 4;

/// Division of non-negative integers rounded half up.
pub(crate) fn div_round(numerator: u64, denominator: u64) -> u64 {
    if denominator == 0 {
        return 0;
    }
    (2 * numerator + denominator) / (2 * denominator)
}

/// Checks that `answers` are complete and on the scale; returns them without the `Option`.
pub fn complete_answers(instrument: &Instrument, answers: &[Option<u8>]) -> Result<Vec<u8>, ScoreError> {
    if answers.len() != instrument.items.len() {
        return Err(ScoreError::WrongLength { expected: instrument.items.len(), found: answers.len() });
    }
    let missing: Vec<usize> = answers.iter().enumerate().filter(|(_, a)| a.is_none()).map(|(i, _)| i).collect();
    if !missing.is_empty() {
        return Err(ScoreError::Unanswered { items: missing });
    }
    let values: Vec<u8> = answers.iter().map(|a| a.unwrap_or_default()).collect();
    if let Some((item, &value)) = values.iter().enumerate().find(|(_, v)| !instrument.scale.contains(**v)) {
        return Err(ScoreError::OffScale { item, value });
    }
    Ok(values)
}

/// Numbers for one factor from complete, on-scale answers.
fn factor_score(instrument: &Instrument, factor: usize, values: &[u8]) -> FactorScore {
    let (min, max) = (u32::from(instrument.scale.min()), u32::from(instrument.scale.max()));
    let mut sum = 0u32;
    let mut count = 0u32;
    for index in instrument.items_of(factor) {
        let answer = u32::from(values.get(index).copied().unwrap_or_default());
        sum += match instrument.items[index].keying {
            Keying::Raises => answer,
            Keying::Lowers => min + max - answer,
        };
        count += 1;
    }
    let count = count.max(1);
    let width = (max - min).max(1);
    let mean = div_round(u64::from(sum) * 100, u64::from(count)) as u32;
    // Position on the answer scale from 0 to count * width, mapped onto 1..10.
    let position = sum.saturating_sub(count * min);
    let on_ten = 100 + div_round(u64::from(position) * 900, u64::from(count * width)) as u32;
    let lower_is_better = instrument.factors.get(factor).is_some_and(|f| f.lower_is_better);
    let strength = if lower_is_better { 1100 - on_ten } else { on_ten };
    // Level on the answer scale in the better direction: below the 3/8 mark is low, from the 5/8 mark high
    // (on 1..5: a mean under 2.5 is low, 3.5 and over is high).
    let better_position = if lower_is_better { count * width - position } else { position };
    let span = count * width;
    let level = if 8 * better_position < 3 * span {
        Level::Low
    } else if 8 * better_position >= 5 * span {
        Level::High
    } else {
        Level::Middle
    };
    FactorScore { factor, sum, mean, on_ten, strength, level }
}

/// Index of the highest and the lowest value; the first listed wins a tie.
fn extremes(values: impl Iterator<Item = u32>) -> (usize, usize) {
    let (mut best, mut worst) = ((0, u32::MIN), (0, u32::MAX));
    for (index, value) in values.enumerate() {
        if value > best.1 {
            best = (index, value);
        }
        if value < worst.1 {
            worst = (index, value);
        }
    }
    (best.0, worst.0)
}

/// The trust index on 0..=100 for T = `numerator / denominator`.
fn trust_index(numerator: u32, denominator: u32) -> u8 {
    if denominator == 0 {
        return 100;
    }
    let trust = f64::from(numerator) / f64::from(denominator);
    let index = 100.0 * (trust / 0.3).ln() / 100f64.ln();
    // Rounded, then clamped; NaN (impossible with positive inputs) falls to 0 via the cast.
    index.round().clamp(0.0, 100.0) as u8
}

/// Scores complete answers for any instrument.
pub fn score(instrument: &Instrument, answers: &[Option<u8>]) -> Result<Score, ScoreError> {
    let values = complete_answers(instrument, answers)?;
    let factors: Vec<FactorScore> =
        (0..instrument.factors.len()).map(|factor| factor_score(instrument, factor, &values)).collect();
    match instrument.id {
        InstrumentId::Trust => {
            let [c, r, i, s]: [FactorScore; 4] =
                factors.try_into().map_err(|f: Vec<_>| ScoreError::WrongLength { expected: 4, found: f.len() })?;
            let numerator = c.on_ten + r.on_ten + i.on_ten;
            let trust = div_round(u64::from(numerator) * 100, u64::from(s.on_ten)) as u32;
            let all = [c, r, i, s];
            let (strongest, weakest) = extremes(all.iter().map(|f| f.strength));
            let spread = all[strongest].strength - all[weakest].strength;
            Ok(Score::Trust(TrustScore {
                factors: all,
                trust,
                index: trust_index(numerator, s.on_ten),
                strongest,
                weakest,
                spread,
            }))
        }
        InstrumentId::Alliance => {
            let subscales: [FactorScore; 3] =
                factors.try_into().map_err(|f: Vec<_>| ScoreError::WrongLength { expected: 3, found: f.len() })?;
            let total: u32 = values.iter().map(|&v| u32::from(v)).sum();
            let mean = div_round(u64::from(total) * 100, values.len() as u64) as u32;
            let (strongest, weakest) = extremes(subscales.iter().map(|f| f.mean));
            Ok(Score::Alliance(AllianceScore { subscales, total, mean, strongest, weakest }))
        }
        InstrumentId::CheckIn => {
            // One item per factor: read each value through its factor, so item order never matters.
            let by_factor: Vec<u8> = factors.iter().map(|f| u8::try_from(f.sum).unwrap_or(u8::MAX)).collect();
            let values: [u8; 4] =
                by_factor.try_into().map_err(|v: Vec<_>| ScoreError::WrongLength { expected: 4, found: v.len() })?;
            Ok(Score::CheckIn(CheckInScore { values, total: values.iter().sum() }))
        }
    }
}

impl TrustScore {
    /// The spread as shown: the strongest minus the weakest strength, each first rounded to one decimal as the
    /// screen shows it (self-orientation as 11 minus its shown value), in hundredths. One rounding rule for the
    /// numbers, the shown spread and the sentence about it, so they never disagree at the edge.
    pub fn shown_spread(&self) -> u32 {
        let tenths = |hundredths: u32| hundredths.saturating_add(5) / 10;
        // A turned factor has strength 1100 - on_ten; where the two are equal (5.5) turning changes nothing.
        let shown_strength = |f: &FactorScore| {
            if f.strength == f.on_ten {
                tenths(f.on_ten)
            } else {
                110u32.saturating_sub(tenths(f.on_ten))
            }
        };
        let strengths = self.factors.iter().map(shown_strength);
        let (high, low) = strengths.fold((u32::MIN, u32::MAX), |(high, low), s| (high.max(s), low.min(s)));
        high.saturating_sub(low) * 10
    }

    /// Whether the spread between strongest and weakest factor, as shown, is worth naming.
    pub fn is_lopsided(&self) -> bool {
        self.shown_spread() >= LOPSIDED_SPREAD
    }
}

/// What changed in a check-in since the previous one of the same perspective.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckInDrop {
    /// Items (by index) that fell by [`CHECKIN_ITEM_DROP`] or more.
    pub items: Vec<usize>,
    /// Whether the total fell by [`CHECKIN_TOTAL_DROP`] or more.
    pub total: bool,
}

impl CheckInDrop {
    /// Whether anything is flagged.
    pub fn any(&self) -> bool {
        self.total || !self.items.is_empty()
    }
}

/// Compares a check-in with the previous one: a display rule to start a conversation, not a norm.
pub fn checkin_drop(previous: &CheckInScore, current: &CheckInScore) -> CheckInDrop {
    let items = (0..4).filter(|&i| previous.values[i] >= current.values[i].saturating_add(CHECKIN_ITEM_DROP)).collect();
    CheckInDrop { items, total: previous.total >= current.total.saturating_add(CHECKIN_TOTAL_DROP) }
}
