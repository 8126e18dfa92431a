//! Version 2 of the trust equation and the working alliance (December 2026), hand-checked, and what happens to
//! everything answered on version 1: stored results and share links made before the change open with their
//! original scores and say that the questions have since changed.

use rapport_core::group::{aggregate, compare_pair};
use rapport_core::instrument::{self, is_superseded, InstrumentId, Keying};
use rapport_core::interpret::{edition_gap_note, interpret, interpret_saved, superseded_note};
use rapport_core::readings::{honest_option, Level};
use rapport_core::scoring::{score, AllianceScore, Score, TrustScore};
use rapport_core::share::{decode, encode, SharedResult};
use rapport_core::storage;

fn trust_on(version: u16, answers: &[u8]) -> TrustScore {
    let instrument = instrument::find(InstrumentId::Trust, version).expect("kept");
    let answers: Vec<Option<u8>> = answers.iter().map(|&a| Some(a)).collect();
    match score(instrument, &answers) {
        Ok(Score::Trust(trust)) => trust,
        other => panic!("expected a trust score, got {other:?}"),
    }
}

fn alliance_v2(answers: &[u8]) -> AllianceScore {
    let answers: Vec<Option<u8>> = answers.iter().map(|&a| Some(a)).collect();
    match score(instrument::current(InstrumentId::Alliance), &answers) {
        Ok(Score::Alliance(alliance)) => alliance,
        other => panic!("expected an alliance score, got {other:?}"),
    }
}

#[test]
fn version_2_is_current_and_version_1_is_kept() {
    assert_eq!(instrument::current(InstrumentId::Trust).version, 2);
    assert_eq!(instrument::current(InstrumentId::Alliance).version, 2);
    assert_eq!(instrument::current(InstrumentId::CheckIn).version, 1);
    for id in [InstrumentId::Trust, InstrumentId::Alliance] {
        let old = instrument::find(id, 1).expect("version 1 is kept");
        assert!(is_superseded(old));
        assert!(!is_superseded(instrument::current(id)));
        // Same factors, same number of items per factor: only what the items ask and how they are keyed changed.
        let new = instrument::current(id);
        assert_eq!(old.factors, new.factors);
        for factor in 0..old.factors.len() {
            assert_eq!(old.items_of(factor).count(), new.items_of(factor).count());
        }
    }
}

#[test]
fn the_documented_reversed_items_of_version_2() {
    let reversed = |id| -> Vec<&str> {
        instrument::current(id).items.iter().filter(|i| i.keying == Keying::Lowers).map(|i| i.id).collect()
    };
    // docs/instruments.md: one reversed statement in each of credibility, reliability and intimacy; the three
    // generous self-orientation statements are counted reversed, its two self-focused ones as given.
    assert_eq!(reversed(InstrumentId::Trust), ["self-1", "self-2", "self-4", "cred-5", "rel-5", "int-5"]);
    assert!(reversed(InstrumentId::Alliance).is_empty());
}

#[test]
fn agreeing_with_everything_no_longer_gives_top_marks() {
    // Strongly agree (5) everywhere. C: four statements 5, cred-5 reversed 6 - 5 = 1: sum 21,
    // 1 + 16 * 9 / 20 = 8.2. R and I the same. S: self-1, self-2, self-4 reversed (1 each), self-3 and self-5 as
    // given (5 each): sum 13, 1 + 8 * 9 / 20 = 4.6. T = 24.6 / 4.6 = 5.348 -> 535.
    // Index = 100 ln(5.348 / 0.3) / ln(100) = 100 * 2.8806 / 4.6052 = 62.55 -> 63 (version 1 gave 100).
    let t = trust_on(2, &[5; 20]);
    assert_eq!(t.factors.map(|f| f.on_ten), [820, 820, 820, 460]);
    assert_eq!((t.trust, t.index), (535, 63));
    assert_eq!(t.factors.map(|f| f.level), [Level::High, Level::High, Level::High, Level::Middle]);
    // Strongest: credibility (8.2, first listed). Weakest: self-orientation (strength 11 - 4.6 = 6.4), 1.8 apart.
    assert_eq!((t.strongest, t.weakest, t.shown_spread()), (0, 3, 180));
    assert!(!t.is_lopsided());
    let v1 = trust_on(1, &[5; 20]);
    assert_eq!((v1.trust, v1.index), (3000, 100));
}

#[test]
fn all_agree_answers_match_the_browser_test() {
    // Agree (4) everywhere. C: 4 + 4 + 4 + 4 + (6 - 4) = 18, 1 + 13 * 9 / 20 = 6.85 (shown 6.9); R and I the same.
    // S: generous 3 x (6 - 4) = 6, self-focused 2 x 4 = 8: 14, 1 + 9 * 9 / 20 = 5.05 (shown 5.1).
    // T = 20.55 / 5.05 = 4.069 -> 407. Index = 100 ln(13.564) / ln(100) = 100 * 2.6074 / 4.6052 = 56.6 -> 57.
    let t = trust_on(2, &[4; 20]);
    assert_eq!(t.factors.map(|f| f.on_ten), [685, 685, 685, 505]);
    assert_eq!((t.trust, t.index), (407, 57));
}

#[test]
fn the_most_trusting_answers_still_reach_the_top() {
    // Agree with the trusting statements, disagree with the reversed and the self-focused ones: every factor at
    // its best end. C = R = I = 25 -> 10.0; S: 5 * 1 -> 1.0. T = 30, index 100.
    let best: Vec<u8> = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 1, 5, 5, 5, 5, 1, 1, 1, 1].to_vec();
    let t = trust_on(2, &best);
    assert_eq!(t.factors.map(|f| f.on_ten), [1000, 1000, 1000, 100]);
    assert_eq!((t.trust, t.index), (3000, 100));
    // All middle answers: every factor 5.5, T = 3.0, index 50, as in version 1.
    let middle = trust_on(2, &[3; 20]);
    assert_eq!((middle.trust, middle.index), (300, 50));
}

/// A realistic set with the reversed statements answered the other way:
/// C: cred-1..4 = 5, 4, 4, 4; cred-5 answered 2 -> 6 - 2 = 4. Sum 21 -> 8.2.
/// R: rel-1..4 = 4; rel-5 answered 1 -> 5. Sum 21 -> 8.2.
/// I: int-1..4 = 3; int-5 answered 4 -> 2. Sum 14 -> 1 + 9 * 9 / 20 = 5.05 (shown 5.1).
/// S: self-1, self-2, self-4 answered 4 -> 2 each; self-3 answered 2 -> 2; self-5 answered 1 -> 1. Sum 9 -> 2.8.
/// T = (8.2 + 8.2 + 5.05) / 2.8 = 7.6607 -> 766. Index = 100 ln(25.536) / ln(100) = 70.36 -> 70.
const MIXED: [u8; 20] = [5, 4, 3, 4, 4, 4, 3, 4, 4, 4, 3, 2, 4, 4, 3, 4, 2, 1, 4, 1];

#[test]
fn a_hand_checked_set_with_reversed_items_scores_as_documented() {
    let t = trust_on(2, &MIXED);
    assert_eq!(t.factors.map(|f| f.sum), [21, 21, 14, 9]);
    assert_eq!(t.factors.map(|f| f.on_ten), [820, 820, 505, 280]);
    assert_eq!((t.trust, t.index), (766, 70));
    // Strengths 8.2, 8.2, 5.05, 11 - 2.8 = 8.2: strongest credibility (first listed), weakest intimacy.
    // Shown 8.2 and 5.1: 3.1 apart, an uneven profile.
    assert_eq!((t.strongest, t.weakest, t.shown_spread()), (0, 2, 310));
    assert_eq!(t.factors[2].level, Level::Middle);
    let words = interpret(instrument::current(InstrumentId::Trust), 0, &Score::Trust(t));
    assert_eq!(words.headline, "Trust index 70 of 100");
    let note = words.profile_note.unwrap_or_default();
    assert!(note.starts_with("The profile is uneven: Credibility stands 3.1 points above Intimacy."), "{note}");
    assert!(!note.contains("weakest part"), "the formula does not make trust follow its weakest part: {note}");
    assert_eq!(words.edition_note, None, "the current version needs no note");
    // The same answers mean something else under version 1's keys (cred-5 counted as given: sum 19 -> 7.3).
    assert_eq!(trust_on(1, &MIXED).factors[0].on_ten, 730);
}

#[test]
fn high_self_orientation_reads_as_dividing_the_sum() {
    // Middle answers, but the self-focused statements agreed with (5) and the generous ones disagreed with (1):
    // S = 25 -> 10.0, the weakest part. The note says what the equation does with it.
    let mut answers = [3; 20];
    for (index, answer) in [(3, 1), (7, 1), (15, 1), (11, 5), (19, 5)] {
        answers[index] = answer;
    }
    let t = trust_on(2, &answers);
    assert_eq!(t.factors[3].on_ten, 1000);
    let words = interpret(instrument::current(InstrumentId::Trust), 0, &Score::Trust(t));
    let note = words.profile_note.unwrap_or_default();
    assert!(note.contains("Self-orientation divides the sum of the other three parts"), "{note}");
}

#[test]
fn the_alliance_version_2_scores_as_version_1_did_and_a_low_one_offers_the_honest_option() {
    // Goals, tasks, bond interleaved: 5, 4, 3 -> means 5.0, 4.0, 3.0; total 48, mean 4.0 (all keyed as given).
    let a = alliance_v2(&[5, 4, 3, 5, 4, 3, 5, 4, 3, 5, 4, 3]);
    assert_eq!(a.subscales.map(|s| s.mean), [500, 400, 300]);
    assert_eq!((a.total, a.mean), (48, 400));
    let alliance = instrument::current(InstrumentId::Alliance);
    assert_eq!(interpret(alliance, 0, &Score::Alliance(a)).honest_option, None);
    // Bond answered 2 every time: mean 2.0, level Low. Both sides are told they may talk about it, and that
    // changing or ending the coaching is fine.
    let low = alliance_v2(&[4, 4, 2, 4, 4, 2, 4, 4, 2, 4, 4, 2]);
    assert_eq!(low.subscales[2].level, Level::Low);
    for perspective in 0..2 {
        let words = interpret(alliance, perspective, &Score::Alliance(low));
        assert_eq!(words.honest_option, Some(honest_option(perspective)));
    }
    assert!(honest_option(0).contains("change coach or to end it"));
    assert!(honest_option(1).contains("end the coaching"));
}

/// Made by rapport before version 2 (at a0400ed): the trust equation, version 1, "About my coach or advisor",
/// every statement answered Agree (4), labelled "Ana".
const OLD_TRUST_LINK: &str = "BAwOXyc5M9tVPv0FuYQH1Y";
/// Made before version 2: the working alliance, version 1, the client, goals 5, tasks 4, bond 3.
const OLD_ALLIANCE_LINK: &str = "BQm3X7uJ9-dc9";
/// Stored by rapport before version 2: one trust result, version 1, "About me", every statement Agree (4).
const OLD_STORAGE: &str = r#"{"schema":2,"results":[{"id":"1763900000000-trust-self","instrument":"trust","version":1,"perspective":"self","answers":[4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4],"completed_at":1763900000000}],"drafts":[]}"#;

#[test]
fn an_old_trust_link_opens_with_its_original_scores_and_says_the_questions_changed() {
    let shared = decode(OLD_TRUST_LINK).expect("an old link keeps decoding");
    assert_eq!((shared.instrument, shared.version, shared.perspective), (InstrumentId::Trust, 1, 1));
    assert_eq!(shared.label.as_deref(), Some("Ana"));
    // Version 1, all Agree (scoring_golden.rs): C = R = I = 7.75, S = 3.25, T = 7.15, index 69.
    let Some(Score::Trust(t)) = shared.score() else { panic!("scores") };
    assert_eq!(t.factors.map(|f| f.on_ten), [775, 775, 775, 325]);
    assert_eq!((t.trust, t.index), (715, 69));
    let words = interpret_saved(&shared.to_saved()).expect("readable");
    assert_eq!(words.headline, "Trust index 69 of 100");
    assert_eq!(words.edition_note, Some(superseded_note()));
    assert!(superseded_note().contains("The questions have changed since this result was answered"));
    // Under version 2's keys the same answers would read differently: the version in the code is what counts.
    assert_ne!(trust_on(2, &[4; 20]).index, 69);
    // And it encodes back to the very same link.
    assert_eq!(encode(&shared), OLD_TRUST_LINK);
}

#[test]
fn an_old_alliance_link_opens_with_its_original_scores() {
    let shared = decode(OLD_ALLIANCE_LINK).expect("an old link keeps decoding");
    assert_eq!((shared.instrument, shared.version), (InstrumentId::Alliance, 1));
    let Some(Score::Alliance(a)) = shared.score() else { panic!("scores") };
    assert_eq!(a.subscales.map(|s| s.mean), [500, 400, 300]);
    let words = interpret_saved(&shared.to_saved()).expect("readable");
    assert_eq!(words.headline, "Working alliance 4.0 of 5 on average");
    assert_eq!(words.edition_note, Some(superseded_note()));
}

#[test]
fn an_old_stored_result_opens_with_its_original_score_and_the_note() {
    let loaded = storage::decode(Some(OLD_STORAGE));
    assert_eq!(loaded.problem, None);
    let [result] = loaded.envelope.results.as_slice() else { panic!("one result: {:?}", loaded.envelope) };
    assert_eq!(result.version, 1);
    let words = interpret_saved(result).expect("an old result stays readable");
    assert_eq!(words.headline, "Trust index 69 of 100");
    assert_eq!(words.edition_note, Some(superseded_note()));
    // Stored again, it keeps its version.
    assert!(storage::encode(&loaded.envelope).contains(r#""version":1"#));
}

#[test]
fn results_on_different_versions_are_never_set_side_by_side_silently() {
    let old = instrument::find(InstrumentId::Trust, 1).expect("kept");
    let new = instrument::current(InstrumentId::Trust);
    assert!(edition_gap_note(old, new).is_some_and(|note| note.contains("different versions of the questions")));
    assert_eq!(edition_gap_note(new, new), None);
    // The gap view refuses two versions outright; two old results compare, and say the questions changed.
    let v1 = decode(OLD_TRUST_LINK).expect("decodes");
    let v2 = SharedResult { version: 2, perspective: 0, ..v1.clone() };
    assert!(compare_pair(&v1, &v2).is_err());
    let pair = compare_pair(&v1, &SharedResult { perspective: 0, ..v1.clone() }).expect("same version");
    assert_eq!(pair.edition_note, Some(superseded_note()));
    // A group gathers both versions (same factors) and says so.
    let results: Vec<SharedResult> = (0..3)
        .map(|day| SharedResult { completed_day: 20_000 + day, perspective: 0, ..v1.clone() })
        .chain([v2.clone()])
        .collect();
    let mixed = aggregate(&results);
    assert_eq!(mixed.len(), 1);
    assert_eq!((mixed[0].count, mixed[0].version), (4, 2));
    assert!(mixed[0].edition_note.is_some_and(|note| note.contains("different versions of the questions")));
    let only_new: Vec<SharedResult> = (0..3).map(|day| SharedResult { completed_day: day, ..v2.clone() }).collect();
    assert!(aggregate(&only_new).iter().all(|group| group.edition_note.is_none()));
}
