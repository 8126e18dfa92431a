//! Coach-client comparison and workshop group summaries: hand-computed numbers, the minimum group size, no names.

use proptest::prelude::*;
use rapport_core::group::{aggregate, compare_pair, GroupSummary, PairProblem, MIN_GROUP_SIZE};
use rapport_core::instrument::InstrumentId;
use rapport_core::scoring::Score;
use rapport_core::share::{decode, encode, SharedResult};

/// A result on version 1 of each questionnaire: the hand-computed numbers below are for its items and keys
/// (results on version 1 keep scoring this way; `scoring_golden_v2.rs` has version 2).
fn result(id: InstrumentId, perspective: usize, answers: &[u8], label: Option<&str>) -> SharedResult {
    SharedResult {
        instrument: id,
        version: 1,
        perspective,
        answers: answers.to_vec(),
        completed_day: 20_415,
        label: label.map(str::to_string),
    }
}

fn checkin(perspective: usize, values: [u8; 4], label: Option<&str>) -> SharedResult {
    result(InstrumentId::CheckIn, perspective, &values, label)
}

// Alliance items go goals, tasks, bond, goals, tasks, bond, ...
const CLIENT: [u8; 12] = [5, 4, 3, 5, 4, 3, 5, 4, 3, 5, 4, 3];
const COACH: [u8; 12] = [4, 4, 5, 4, 4, 5, 4, 4, 4, 4, 4, 4];

#[test]
fn a_coach_and_a_client_side_by_side_largest_gap_first() {
    let client = result(InstrumentId::Alliance, 0, &CLIENT, Some("Ana"));
    let coach = result(InstrumentId::Alliance, 1, &COACH, None);
    let pair = compare_pair(&client, &coach).expect("same questionnaire, two sides");
    // Goals 5.0 vs 4.0, tasks 4.0 vs 4.0, bond 3.0 vs 4.5 (5 + 5 + 4 + 4 = 18 / 4).
    let lines: Vec<(&str, u32, u32, u32, bool)> =
        pair.lines.iter().map(|l| (l.id, l.first, l.second, l.gap, l.notable)).collect();
    assert_eq!(
        lines,
        vec![("bond", 300, 450, 150, true), ("goals", 500, 400, 100, true), ("tasks", 400, 400, 0, false)]
    );
    assert_eq!(pair.largest_gap, Some(2), "bond is the third factor");
    assert_eq!(pair.perspectives, [0, 1]);
    assert_eq!((pair.instrument, pair.version), (InstrumentId::Alliance, 1));
    assert_eq!(pair.summary, "The largest gap is in Bond: 3.0 and 4.5, 1.5 apart.");
    assert_eq!(pair.trust, None);

    // The first argument's values are always `first`, whichever side it is.
    let swapped = compare_pair(&coach, &client).expect("either order");
    assert_eq!(swapped.perspectives, [1, 0]);
    assert_eq!((swapped.lines[0].first, swapped.lines[0].second), (450, 300));
    assert_eq!(swapped.largest_gap, Some(2));
}

#[test]
fn equal_largest_gaps_are_all_named() {
    let client = checkin(0, [8, 6, 7, 7], None);
    let coach = checkin(1, [6, 8, 7, 7], None);
    let pair = compare_pair(&client, &coach).expect("comparable");
    assert_eq!(pair.lines.iter().map(|l| l.gap).collect::<Vec<_>>(), vec![200, 200, 0, 0]);
    assert_eq!(pair.largest_gap, Some(0), "the first listed of equal gaps");
    assert_eq!(pair.summary, "The largest gaps, 2 each, are in Relationship and Goals and topics.");
}

#[test]
fn the_same_numbers_on_both_sides_name_no_gap() {
    let pair = compare_pair(&checkin(0, [7, 7, 7, 7], None), &checkin(1, [7, 7, 7, 7], None)).expect("comparable");
    assert_eq!(pair.largest_gap, None);
    assert!(pair.lines.iter().all(|l| l.gap == 0 && !l.notable));
    assert_eq!(pair.summary, "No notable gap: both views show the same number for every part.");
}

#[test]
fn trust_compares_self_and_advisor_and_carries_both_quotients() {
    let me = result(InstrumentId::Trust, 0, &[4; 20], None);
    let them = result(InstrumentId::Trust, 1, &[5, 5, 5, 1, 3, 3, 3, 3, 2, 2, 2, 2, 4, 4, 4, 4, 5, 5, 5, 5], None);
    let pair = compare_pair(&me, &them).expect("comparable");
    let quotient = |r: &SharedResult| match r.score() {
        Some(Score::Trust(t)) => (t.trust, t.index),
        other => panic!("a trust score: {other:?}"),
    };
    let (q_me, i_me) = quotient(&me);
    let (q_them, i_them) = quotient(&them);
    let trust = pair.trust.expect("trust carries its quotient");
    assert_eq!((trust.quotient, trust.index), ([q_me, q_them], [i_me, i_them]));
    assert!(pair.lines.windows(2).all(|w| w[0].gap >= w[1].gap));
    let self_orientation = pair.lines.iter().find(|l| l.id == "self-orientation").expect("a line per factor");
    assert!(self_orientation.lower_is_better);
    assert_eq!(pair.lines.len(), 4);
}

#[test]
fn results_that_do_not_belong_together_are_refused_with_a_reason() {
    let alliance = result(InstrumentId::Alliance, 0, &CLIENT, None);
    let cases = [
        (checkin(0, [1, 2, 3, 4], None), alliance.clone(), PairProblem::DifferentInstruments),
        (alliance.clone(), result(InstrumentId::Alliance, 0, &COACH, None), PairProblem::SamePerspective),
        (
            alliance.clone(),
            SharedResult { version: 2, perspective: 1, ..alliance.clone() },
            PairProblem::DifferentVersions,
        ),
        (
            SharedResult { version: 9, ..alliance.clone() },
            SharedResult { version: 9, perspective: 1, ..alliance.clone() },
            PairProblem::Unreadable,
        ),
        (
            alliance.clone(),
            SharedResult { perspective: 1, answers: vec![9; 12], ..alliance.clone() },
            PairProblem::Unreadable,
        ),
    ];
    for (a, b, expected) in cases {
        assert_eq!(compare_pair(&a, &b), Err(expected));
        let message = expected.message();
        assert!(message.ends_with('.') && message.contains(": ") && !message.contains(". "), "{message}");
    }
}

/// Golden: three check-ins, worked out by hand.
/// Relationship 10, 8, 6: mean 8.00, deviations 2, 0, -2, variance 8/3, sd 1.633 -> 163.
/// Goals 7, 7, 7: mean 7.00, sd 0. Approach 0, 5, 10: mean 5.00, variance 50/3, sd 4.082 -> 408.
/// Overall 9, 10, 10: mean 9.667 -> 967, variance 2/9, sd 0.4714 -> 47.
#[test]
fn a_group_gets_mean_spread_and_range_per_factor() {
    let results = [
        checkin(0, [10, 7, 0, 9], Some("Ana")),
        checkin(0, [8, 7, 5, 10], Some("Ben")),
        checkin(0, [6, 7, 10, 10], None),
    ];
    let groups = aggregate(&results);
    assert_eq!(groups.len(), 1);
    let group = &groups[0];
    assert_eq!((group.instrument, group.version, group.perspective, group.count), (InstrumentId::CheckIn, 1, 0, 3));
    let stats: Vec<(&str, u32, u32, u32, u32)> = group
        .factors
        .as_ref()
        .expect("three results get statistics")
        .iter()
        .map(|f| (f.id, f.mean, f.spread, f.min, f.max))
        .collect();
    assert_eq!(
        stats,
        vec![
            ("relationship", 800, 163, 600, 1000),
            ("goals", 700, 0, 700, 700),
            ("approach", 500, 408, 0, 1000),
            ("overall", 967, 47, 900, 1000),
        ]
    );
    let shown = format!("{groups:?}");
    assert!(!shown.contains("Ana") && !shown.contains("Ben"), "a group never carries a name: {shown}");
}

/// Golden for trust: on_ten steps of 0.45 for five items of five points.
/// Credibility items all 5, 4 and 3 in three results: 10.0, 7.75 -> 775, 5.5 -> 550; mean 775, sd 183.7 -> 184.
#[test]
fn a_trust_group_reads_the_numbers_on_ten() {
    let with = |answer: u8| {
        let answers: Vec<u8> = (0..20).map(|i| if i % 4 == 0 { answer } else { 3 }).collect();
        result(InstrumentId::Trust, 1, &answers, None)
    };
    let groups = aggregate(&[with(5), with(4), with(3)]);
    let credibility = &groups[0].factors.as_ref().expect("three results")[0];
    assert_eq!((credibility.id, credibility.mean, credibility.spread), ("credibility", 775, 184));
    assert_eq!((credibility.min, credibility.max), (550, 1000));
}

#[test]
fn fewer_than_three_results_get_a_count_and_no_statistics() {
    assert_eq!(MIN_GROUP_SIZE, 3);
    let two = aggregate(&[checkin(0, [1, 2, 3, 4], None), checkin(0, [5, 6, 7, 8], None)]);
    assert_eq!(
        two,
        vec![GroupSummary {
            instrument: InstrumentId::CheckIn,
            version: 1,
            perspective: 0,
            count: 2,
            factors: None,
            edition_note: None,
            ethics_note: rapport_core::i18n::tr(rapport_core::readings::ETHICS_NOTE),
        }]
    );
    assert_eq!(aggregate(&[]), Vec::new());
}

#[test]
fn the_same_link_pasted_twice_counts_once() {
    let ana = checkin(0, [1, 2, 3, 4], Some("Ana"));
    let pasted_again = decode(&encode(&ana)).expect("round trip");
    let ben = checkin(0, [1, 2, 3, 4], Some("Ben"));
    let groups = aggregate(&[ana.clone(), pasted_again.clone(), ana, pasted_again]);
    assert_eq!((groups[0].count, groups[0].factors.is_none()), (1, true));
    // Same answers from someone with another label are another person.
    let groups = aggregate(&[checkin(0, [1, 2, 3, 4], Some("Ana")), ben.clone(), ben]);
    assert_eq!(groups[0].count, 2);
}

#[test]
fn mixed_questionnaires_and_sides_are_grouped_apart_in_a_fixed_order() {
    let results = [
        checkin(1, [5, 5, 5, 5], None),
        result(InstrumentId::Alliance, 0, &CLIENT, None),
        checkin(0, [5, 5, 5, 5], None),
        result(InstrumentId::Trust, 1, &[3; 20], None),
        checkin(1, [6, 5, 5, 5], None),
        checkin(1, [7, 5, 5, 5], None),
        SharedResult { version: 9, ..checkin(1, [8, 5, 5, 5], None) },
    ];
    let groups = aggregate(&results);
    let keys: Vec<(InstrumentId, usize, usize, bool)> =
        groups.iter().map(|g| (g.instrument, g.perspective, g.count, g.factors.is_some())).collect();
    assert_eq!(
        keys,
        vec![
            (InstrumentId::Trust, 1, 1, false),
            (InstrumentId::Alliance, 0, 1, false),
            (InstrumentId::CheckIn, 0, 1, false),
            (InstrumentId::CheckIn, 1, 3, true),
        ],
        "an unknown version is left out"
    );
}

fn any_checkin() -> impl Strategy<Value = SharedResult> {
    (0usize..2, prop::array::uniform4(0u8..=10), prop::option::of("[A-Z][a-z]{0,5}"))
        .prop_map(|(perspective, values, label)| checkin(perspective, values, label.as_deref()))
}

fn any_alliance() -> impl Strategy<Value = SharedResult> {
    (0usize..2, prop::collection::vec(1u8..=5, 12))
        .prop_map(|(p, answers)| result(InstrumentId::Alliance, p, &answers, None))
}

proptest! {
    #[test]
    fn means_lie_between_min_and_max_and_the_spread_is_a_rounded_standard_deviation(
        results in prop::collection::vec(prop_oneof![any_checkin(), any_alliance()], 0..40)
    ) {
        for group in aggregate(&results) {
            prop_assert_eq!(group.factors.is_some(), group.count >= MIN_GROUP_SIZE);
            let members: Vec<&SharedResult> = results
                .iter()
                .filter(|r| r.instrument == group.instrument && r.perspective == group.perspective)
                .collect();
            let mut distinct = members.clone();
            distinct.sort();
            distinct.dedup();
            prop_assert_eq!(group.count, distinct.len());
            for factor in group.factors.iter().flatten() {
                prop_assert!(factor.min <= factor.mean && factor.mean <= factor.max);
                prop_assert!(factor.spread * 2 <= factor.max - factor.min + 1, "{:?}", factor);
                let values: Vec<f64> = distinct
                    .iter()
                    .map(|r| match r.score() {
                        Some(Score::CheckIn(c)) => f64::from(c.values[factor.factor]) * 100.0,
                        Some(Score::Alliance(a)) => f64::from(a.subscales[factor.factor].mean),
                        other => panic!("only check-ins and alliances here: {other:?}"),
                    })
                    .collect();
                let n = values.len() as f64;
                let mean = values.iter().sum::<f64>() / n;
                let sd = (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
                prop_assert!((f64::from(factor.mean) - mean).abs() <= 0.5 + 1e-9);
                prop_assert!((f64::from(factor.spread) - sd).abs() <= 0.5 + 1e-9, "{:?} vs {}", factor, sd);
            }
        }
    }

    #[test]
    fn a_pair_always_has_one_line_per_factor_gaps_descending(a in any_alliance(), b in any_alliance()) {
        match compare_pair(&a, &b) {
            Ok(pair) => {
                prop_assert_eq!(pair.lines.len(), 3);
                prop_assert!(pair.lines.windows(2).all(|w| w[0].gap >= w[1].gap));
                prop_assert_eq!(pair.largest_gap.is_some(), pair.lines.iter().any(|l| l.notable));
                for line in &pair.lines {
                    prop_assert_eq!(line.gap, line.first.abs_diff(line.second));
                }
            }
            Err(problem) => prop_assert_eq!(problem, PairProblem::SamePerspective),
        }
    }
}
