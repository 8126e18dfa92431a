//! Hand-worked answer sets for version 1 of the trust equation and the working alliance (and the check-in, still
//! at version 1). Each comment shows the arithmetic, done by hand from docs/instruments.md. Results answered on
//! version 1 keep scoring exactly like this after version 2 became current (`scoring_golden_v2.rs`).

use rapport_core::instrument::{self, InstrumentId};
use rapport_core::interpret::interpret;
use rapport_core::readings::Level;
use rapport_core::scoring::{checkin_drop, one_decimal, score, CheckInScore, Score, ScoreError};

fn trust_v1() -> &'static rapport_core::instrument::Instrument {
    instrument::find(InstrumentId::Trust, 1).expect("version 1 of the trust equation is kept")
}

fn alliance_v1() -> &'static rapport_core::instrument::Instrument {
    instrument::find(InstrumentId::Alliance, 1).expect("version 1 of the working alliance is kept")
}

fn trust(answers: [u8; 20]) -> rapport_core::scoring::TrustScore {
    let answers: Vec<Option<u8>> = answers.iter().map(|&a| Some(a)).collect();
    match score(trust_v1(), &answers) {
        Ok(Score::Trust(trust)) => trust,
        other => panic!("expected a trust score, got {other:?}"),
    }
}

/// Trust items are asked interleaved: C, R, I, S, C, R, I, S, ...
fn trust_by_factor(c: u8, r: u8, i: u8, s: u8) -> [u8; 20] {
    let mut answers = [0; 20];
    for round in 0..5 {
        answers[round * 4..round * 4 + 4].copy_from_slice(&[c, r, i, s]);
    }
    answers
}

#[test]
fn all_middle_trust_answers_land_in_the_middle_of_the_index() {
    // Every factor: sum 15, 1 + (15 - 5) * 9 / 20 = 5.5. Self-orientation items are reversed: 6 - 3 = 3, same.
    // T = 16.5 / 5.5 = 3.0; index = 100 ln(3.0 / 0.3) / ln(100) = 100 * ln 10 / ln 100 = 50.
    let t = trust([3; 20]);
    assert!(t.factors.iter().all(|f| f.on_ten == 550));
    assert_eq!(t.trust, 300);
    assert_eq!(t.index, 50);
    assert_eq!(t.spread, 0);
    assert!(t.factors.iter().all(|f| f.level == Level::Middle));
    // An even profile names no strongest area or biggest opportunity (not the same factor as both).
    let words = interpret(trust_v1(), 0, &Score::Trust(t));
    assert_eq!((words.strongest, words.weakest), (None, None));
    assert!(words.profile_note.is_some_and(|note| note.contains("fairly even")));
}

#[test]
fn all_best_answers_give_the_top_of_both_scales() {
    // Strongly agree everywhere: C = R = I = 10; self-orientation items keyed 6 - 5 = 1, sum 5, S = 1.
    // T = 30 / 1 = 30; index = 100 ln(100) / ln(100) = 100.
    let t = trust([5; 20]);
    assert_eq!([t.factors[0].on_ten, t.factors[3].on_ten], [1000, 100]);
    assert_eq!((t.trust, t.index), (3000, 100));
    assert!(t.factors.iter().all(|f| f.level == Level::High));
}

#[test]
fn all_worst_answers_give_the_bottom_of_both_scales() {
    // Strongly disagree everywhere: C = R = I = 1; S items 6 - 1 = 5, sum 25, S = 10. T = 3 / 10 = 0.3; index 0.
    let t = trust([1; 20]);
    assert_eq!([t.factors[0].on_ten, t.factors[3].on_ten], [100, 1000]);
    assert_eq!((t.trust, t.index), (30, 0));
    assert!(t.factors.iter().all(|f| f.level == Level::Low));
}

#[test]
fn all_agree_answers_match_the_browser_test() {
    // Agree (4) everywhere: C = R = I: sum 20, 1 + 15 * 9 / 20 = 7.75. S: 6 - 4 = 2, sum 10, 1 + 5 * 9 / 20 = 3.25.
    // T = 23.25 / 3.25 = 7.1538, in hundredths 715. Index = 100 ln(23.846) / ln(100) = 100 * 3.1716 / 4.6052 = 68.87.
    let t = trust([4; 20]);
    assert_eq!(t.factors.map(|f| f.on_ten), [775, 775, 775, 325]);
    assert_eq!((t.trust, t.index), (715, 69));
    assert_eq!(one_decimal(775), "7.8");
    assert_eq!(one_decimal(325), "3.3");
}

#[test]
fn a_lopsided_profile_names_its_strongest_and_weakest_factor() {
    // C all 5 (10.0), R all 4 (7.75), I all 2 (1 + 5 * 9 / 20 = 3.25), S answered 4 (3.25, strength 11 - 3.25 = 7.75).
    // Strongest: credibility (10.0). Weakest: intimacy (3.25). Spread 10 - 3.25 = 6.75: lopsided.
    // T = (10 + 7.75 + 3.25) / 3.25 = 6.4615 -> 646; index = 100 ln(21.538) / ln(100) = 66.7 -> 67.
    let t = trust(trust_by_factor(5, 4, 2, 4));
    assert_eq!(t.factors.map(|f| f.on_ten), [1000, 775, 325, 325]);
    assert_eq!((t.strongest, t.weakest, t.spread), (0, 2, 675));
    assert!(t.is_lopsided());
    assert_eq!((t.trust, t.index), (646, 67));
    assert_eq!(t.factors[2].level, Level::Low);
    let words = interpret(trust_v1(), 0, &Score::Trust(t));
    assert_eq!(words.headline, "Trust index 67 of 100");
    // One rounding rule for everything shown: the chart shows 10.0 and 3.3 (3.25 rounded half up), so the sentence
    // says 6.7, the difference of the shown numbers (it said 6.8, the unrounded 6.75 rounded, before).
    assert_eq!(t.shown_spread(), 670);
    assert!(words.profile_note.is_some_and(|note| note.contains("Credibility stands 6.7 points above Intimacy")));
}

#[test]
fn the_spread_sentence_and_the_shown_numbers_agree_at_the_edge() {
    // C all 4 (7.75, shown 7.8), R all 4, I answered 2, 2, 2, 2, 1: sum 9, 1 + 4 * 9 / 20 = 2.8 (shown 2.8),
    // S answered 3 (5.5). Unrounded spread 7.75 - 2.8 = 4.95; shown 7.8 - 2.8 = 5.0. With C all 3 (5.5) and I
    // answered 1, 1, 1, 1, 2 (sum 6, 1 + 9 / 20 = 1.45, shown 1.5; strength of C 5.5): the unrounded spread is
    // 5.5 - 1.45 = 4.05 while the shown numbers differ by 4.0; the sentence says 4.0.
    let mut answers = trust_by_factor(4, 4, 2, 3);
    answers[18] = 1;
    let t = trust(answers);
    assert_eq!((t.spread, t.shown_spread()), (495, 500));
    let mut answers = trust_by_factor(3, 3, 1, 3);
    answers[18] = 2;
    let t = trust(answers);
    assert_eq!(t.factors.map(|f| f.on_ten), [550, 550, 145, 550]);
    assert_eq!((t.spread, t.shown_spread()), (405, 400));
    let words = interpret(trust_v1(), 0, &Score::Trust(t));
    assert!(words.profile_note.is_some_and(|note| note.contains("Credibility stands 4.0 points above Intimacy")));
    // Under the line: C, R and S 5.5 against I answered 2, 2, 2, 2, 1 (2.8): 2.7 apart, called even.
    let mut answers = trust_by_factor(3, 3, 2, 3);
    answers[18] = 1;
    let t = trust(answers);
    assert_eq!(t.factors.map(|f| f.on_ten), [550, 550, 280, 550]);
    assert!(!t.is_lopsided());
    let words = interpret(trust_v1(), 0, &Score::Trust(t));
    assert!(words.profile_note.is_some_and(|note| note.contains("within 3 points")));
}

#[test]
fn high_self_orientation_is_the_weakest_part_even_though_its_raw_number_is_highest() {
    // C, R, I all 4 (7.75); S items answered 1 ("strongly disagree that I listen without steering"): 6 - 1 = 5,
    // S = 10 (raw, lower is better), strength 1. Weakest: self-orientation; level Low (attention on own agenda).
    // T = 23.25 / 10 = 2.325 -> 233 (232.5 rounds half up); index = 100 ln(7.75) / ln(100) = 44.5 -> 44.
    let t = trust(trust_by_factor(4, 4, 4, 1));
    assert_eq!(t.factors[3].on_ten, 1000);
    assert_eq!(t.factors[3].strength, 100);
    assert_eq!(t.weakest, 3);
    assert_eq!(t.factors[3].level, Level::Low);
    assert_eq!((t.trust, t.index), (233, 44));
}

#[test]
fn alliance_sums_and_means_by_subscale() {
    // Asked interleaved: goals, tasks, bond, x4. Goals all 5 (sum 20, mean 5.00), tasks 3,3,4,4 (sum 14, mean 3.50),
    // bond all 2 (sum 8, mean 2.00). Total 42 of 60, mean 42 / 12 = 3.50.
    let answers = [5, 3, 2, 5, 3, 2, 5, 4, 2, 5, 4, 2].map(Some);
    let Ok(Score::Alliance(a)) = score(alliance_v1(), &answers) else { panic!("expected an alliance score") };
    assert_eq!(a.subscales.map(|s| (s.sum, s.mean)), [(20, 500), (14, 350), (8, 200)]);
    assert_eq!(a.subscales.map(|s| s.level), [Level::High, Level::High, Level::Low]);
    assert_eq!((a.total, a.mean, a.strongest, a.weakest), (42, 350, 0, 2));
}

#[test]
fn checkin_totals_and_flags_a_drop() {
    // 8 + 7 + 9 + 8 = 32 then 8 + 5 + 9 + 7 = 29: goals fell by 2 (flagged), total by 3 (not flagged).
    let checkin = instrument::current(InstrumentId::CheckIn);
    let Ok(Score::CheckIn(before)) = score(checkin, &[Some(8), Some(7), Some(9), Some(8)]) else { panic!() };
    let Ok(Score::CheckIn(after)) = score(checkin, &[Some(8), Some(5), Some(9), Some(7)]) else { panic!() };
    assert_eq!((before.total, after.total), (32, 29));
    let drop = checkin_drop(&before, &after);
    assert_eq!(drop.items, vec![1]);
    assert!(!drop.total && drop.any());
    // 32 -> 28 with no single item down by 2: the total is flagged.
    let gentle = CheckInScore { values: [7, 6, 8, 7], total: 28 };
    assert_eq!(checkin_drop(&before, &gentle), rapport_core::scoring::CheckInDrop { items: vec![], total: true });
    assert!(!checkin_drop(&after, &before).any(), "a rise is never flagged");
}

#[test]
fn incomplete_or_damaged_answers_are_a_typed_error_not_a_score() {
    let trust = trust_v1();
    let mut answers = vec![Some(3); 20];
    answers[4] = None;
    answers[17] = None;
    assert_eq!(score(trust, &answers), Err(ScoreError::Unanswered { items: vec![4, 17] }));
    assert_eq!(score(trust, &[Some(3); 19]), Err(ScoreError::WrongLength { expected: 20, found: 19 }));
    let mut off = vec![Some(3); 20];
    off[2] = Some(6);
    assert_eq!(score(trust, &off), Err(ScoreError::OffScale { item: 2, value: 6 }));
    let checkin = instrument::current(InstrumentId::CheckIn);
    assert!(score(checkin, &[Some(0), Some(10), Some(0), Some(10)]).is_ok(), "0 is an answer on the check-in");
    assert_eq!(
        score(checkin, &[Some(0), Some(11), Some(0), Some(10)]),
        Err(ScoreError::OffScale { item: 1, value: 11 })
    );
}

#[test]
fn one_decimal_rounds_half_up() {
    assert_eq!(one_decimal(550), "5.5");
    assert_eq!(one_decimal(1000), "10.0");
    assert_eq!(one_decimal(325), "3.3");
    assert_eq!(one_decimal(324), "3.2");
    assert_eq!(one_decimal(30), "0.3");
    assert_eq!(one_decimal(0), "0.0");
}
