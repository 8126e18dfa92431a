//! Rules that hold for every possible set of answers.

use proptest::prelude::*;
use rapport_core::instrument::{Instrument, InstrumentId, Item, Keying};
use rapport_core::instruments::ALL_VERSIONS;
use rapport_core::scoring::{score, FactorScore, Score};

fn factors_of(score: &Score) -> Vec<FactorScore> {
    match score {
        Score::Trust(t) => t.factors.to_vec(),
        Score::Alliance(a) => a.subscales.to_vec(),
        Score::CheckIn(_) => Vec::new(),
    }
}

/// An instrument at any version we ever shipped, and a complete, on-scale set of answers for it.
fn instrument_and_answers() -> impl Strategy<Value = (&'static Instrument, Vec<u8>)> {
    (0usize..ALL_VERSIONS.len(), prop::collection::vec(any::<u8>(), 20)).prop_map(|(which, raw)| {
        let instrument = ALL_VERSIONS[which];
        let (min, max) = (instrument.scale.min(), instrument.scale.max());
        let answers = raw.iter().take(instrument.items.len()).map(|v| min + v % (max - min + 1)).collect();
        (instrument, answers)
    })
}

fn scored(instrument: &Instrument, answers: &[u8]) -> Score {
    let answers: Vec<Option<u8>> = answers.iter().map(|&a| Some(a)).collect();
    score(instrument, &answers).unwrap_or_else(|error| panic!("complete answers must score: {error:?}"))
}

/// A copy of `instrument` with its items in another order (leaked: instruments are `'static` by design).
fn permuted(instrument: &'static Instrument, order: &[usize]) -> &'static Instrument {
    let items: Vec<Item> = order.iter().map(|&i| instrument.items[i]).collect();
    Box::leak(Box::new(Instrument { items: Box::leak(items.into_boxed_slice()), ..*instrument }))
}

proptest! {
    #[test]
    fn every_score_stays_in_its_range((instrument, answers) in instrument_and_answers()) {
        let score = scored(instrument, &answers);
        for factor in factors_of(&score) {
            prop_assert!((100..=1000).contains(&factor.on_ten));
            prop_assert!((100..=1000).contains(&factor.strength));
            prop_assert!((100..=500).contains(&factor.mean));
        }
        match score {
            Score::Trust(t) => {
                prop_assert!((30..=3000).contains(&t.trust));
                prop_assert!(t.index <= 100);
                prop_assert!(t.spread <= 900);
                prop_assert!(t.factors[t.strongest].strength >= t.factors[t.weakest].strength);
            }
            Score::Alliance(a) => {
                prop_assert!((12..=60).contains(&a.total));
                prop_assert!((100..=500).contains(&a.mean));
                prop_assert!(a.subscales.iter().all(|s| (4..=20).contains(&s.sum)));
            }
            Score::CheckIn(c) => {
                prop_assert!(c.values.iter().all(|&v| v <= 10));
                prop_assert_eq!(u32::from(c.total), c.values.iter().map(|&v| u32::from(v)).sum::<u32>());
            }
        }
    }

    #[test]
    fn raising_one_answer_never_moves_its_factor_the_wrong_way(
        (instrument, answers) in instrument_and_answers(),
        pick in any::<prop::sample::Index>(),
    ) {
        let item = pick.index(answers.len());
        prop_assume!(answers[item] < instrument.scale.max());
        let mut raised = answers.clone();
        raised[item] += 1;
        let (before, after) = (scored(instrument, &answers), scored(instrument, &raised));
        let factor = instrument.items[item].factor;
        if let (Some(b), Some(a)) = (factors_of(&before).get(factor).copied(), factors_of(&after).get(factor).copied()) {
            match instrument.items[item].keying {
                Keying::Raises => prop_assert!(a.on_ten > b.on_ten),
                Keying::Lowers => prop_assert!(a.on_ten < b.on_ten),
            }
        }
        if let (Score::Trust(b), Score::Trust(a)) = (before, after) {
            // Agreeing more with a statement worded the trusting way never lowers trust; agreeing more with a
            // reversed one (or one describing self-orientation) never raises it.
            let trusting = (instrument.items[item].keying == Keying::Raises)
                != instrument.factors[factor].lower_is_better;
            if trusting {
                prop_assert!(a.trust >= b.trust && a.index >= b.index);
            } else {
                prop_assert!(a.trust <= b.trust && a.index <= b.index);
            }
        }
        if let (Score::CheckIn(b), Score::CheckIn(a)) = (before, after) {
            prop_assert_eq!(a.total, b.total + 1);
        }
    }

    #[test]
    fn the_order_of_the_items_does_not_change_the_score(
        (instrument, answers) in instrument_and_answers(),
        seed in any::<u64>(),
    ) {
        // A deterministic shuffle from the seed (Fisher-Yates with a small LCG).
        let mut order: Vec<usize> = (0..answers.len()).collect();
        let mut state = seed | 1;
        for i in (1..order.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (state >> 33) as usize % (i + 1));
        }
        let shuffled = permuted(instrument, &order);
        let shuffled_answers: Vec<u8> = order.iter().map(|&i| answers[i]).collect();
        prop_assert_eq!(scored(instrument, &answers), scored(shuffled, &shuffled_answers));
    }
}

#[test]
fn the_best_and_worst_answers_give_the_documented_extremes_for_every_instrument() {
    for instrument in ALL_VERSIONS.iter().filter(|i| i.id != InstrumentId::CheckIn) {
        let id = instrument.id;
        let (min, max) = (instrument.scale.min(), instrument.scale.max());
        // The strong answer: the top of the scale where a higher answer strengthens the factor, which is
        // "raises" for an ordinary factor and "lowers" for a lower-is-better one (self-orientation).
        let best: Vec<u8> = instrument
            .items
            .iter()
            .map(|item| {
                let higher_is_stronger =
                    (item.keying == Keying::Raises) != instrument.factors[item.factor].lower_is_better;
                if higher_is_stronger {
                    max
                } else {
                    min
                }
            })
            .collect();
        let worst: Vec<u8> = best.iter().map(|&a| if a == max { min } else { max }).collect();
        if id == InstrumentId::Trust && instrument.version == 1 {
            // Version 1 phrased every trust statement the generous way: the best answers are all "Strongly agree".
            assert!(best.iter().all(|&a| a == max));
        }
        if id == InstrumentId::Trust && instrument.version >= 2 {
            // From version 2, every factor has a statement where the best answer is to disagree, so agreeing with
            // everything no longer gives top marks.
            for factor in 0..instrument.factors.len() {
                assert!(
                    instrument.items_of(factor).any(|item| best[item] == min),
                    "factor {factor} has no reversed item"
                );
            }
        }
        for factor in factors_of(&scored(instrument, &best)) {
            assert_eq!(factor.strength, 1000, "{id:?} best");
        }
        for factor in factors_of(&scored(instrument, &worst)) {
            assert_eq!(factor.strength, 100, "{id:?} worst");
        }
    }
}
