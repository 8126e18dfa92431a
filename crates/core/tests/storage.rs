//! The storage envelope: round trips, recovery of the valid part, and no panic on any stored text.

use proptest::prelude::*;
use rapport_core::attempt::Attempt;
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::storage::{decode, encode, Envelope, SavedResult, StorageProblem, MAX_STORED_BYTES};

fn result_for(id: InstrumentId, perspective: usize, answers: &[u8], at: u64) -> SavedResult {
    let instrument = instrument::current(id);
    let mut attempt = Attempt::new(instrument, perspective);
    attempt.answers = answers.iter().map(|&a| Some(a)).collect();
    attempt.finish(at).unwrap_or_else(|error| panic!("test answers must be complete: {error:?}"))
}

fn trust_result(answer: u8, at: u64) -> SavedResult {
    result_for(InstrumentId::Trust, 0, &[answer; 20], at)
}

/// Any complete result of any instrument and perspective.
fn any_result() -> impl Strategy<Value = SavedResult> {
    (0usize..3, 0usize..2, any::<u64>(), prop::collection::vec(0u8..=10, 20)).prop_map(|(which, p, at, raw)| {
        let id = InstrumentId::ALL[which];
        let instrument = instrument::current(id);
        let (min, max) = (instrument.scale.min(), instrument.scale.max());
        let answers: Vec<u8> = raw.iter().take(instrument.items.len()).map(|v| min + v % (max - min + 1)).collect();
        result_for(id, p, &answers, at % 4_102_444_800_000)
    })
}

#[test]
fn nothing_stored_is_an_empty_envelope_without_a_problem() {
    let loaded = decode(None);
    assert_eq!(loaded.envelope, Envelope::new());
    assert_eq!(loaded.problem, None);
}

#[test]
fn an_envelope_with_a_result_and_a_draft_round_trips() {
    let mut envelope = Envelope::new();
    let mut labelled = trust_result(4, 1_700_000_000_000);
    labelled.label = Some("Ana \"the coach\" \u{e9}".to_string());
    envelope.add_result(labelled);
    envelope.add_result(trust_result(2, 1_600_000_000_000));
    let mut attempt = Attempt::new(instrument::current(InstrumentId::Alliance), 1);
    attempt.answer(3);
    envelope.draft = Some(attempt.to_draft(1_750_000_000_000));
    let loaded = decode(Some(&encode(&envelope)));
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.envelope, envelope);
    assert_eq!(loaded.envelope.results[0].completed_at, 1_600_000_000_000, "kept oldest first");
}

#[test]
fn corrupt_or_truncated_text_is_unreadable_and_recovers_nothing_wrong() {
    let mut envelope = Envelope::new();
    envelope.add_result(trust_result(4, 1));
    let text = encode(&envelope);
    for broken in [&text[..text.len() / 2], "not json", "[]", "42", "{\"results\": []}", ""] {
        let loaded = decode(Some(broken));
        assert_eq!(loaded.problem, Some(StorageProblem::Unreadable), "{broken:?}");
        assert!(loaded.envelope.results.is_empty());
    }
}

#[test]
fn damaged_records_are_dropped_and_the_valid_ones_kept() {
    let good = trust_result(4, 10).to_json().to_text();
    let wrong_length = good.replace("[4,4,4,", "[4,4,");
    let off_scale = good.replace("[4,4,", "[9,4,");
    let unknown_instrument = good.replace("\"trust\"", "\"astrology\"");
    let float = good.replace("\"completed_at\":10", "\"completed_at\":10.5");
    let text = format!(
        "{{\"schema\":1,\"results\":[{good},{wrong_length},{off_scale},{unknown_instrument},{float},7,null],\
         \"draft\":{{\"instrument\":\"trust\"}}}}"
    );
    let loaded = decode(Some(&text));
    assert_eq!(loaded.envelope.results, vec![trust_result(4, 10)]);
    assert_eq!(loaded.envelope.draft, None);
    assert_eq!(loaded.problem, Some(StorageProblem::PartlyDamaged { dropped: 7 }));
}

#[test]
fn data_from_a_newer_version_keeps_what_it_can_and_says_so() {
    let good = trust_result(3, 5).to_json().to_text();
    let text = format!("{{\"schema\":7,\"results\":[{good}],\"somethingNew\":{{\"x\":[1,2]}}}}");
    let loaded = decode(Some(&text));
    assert_eq!(loaded.envelope.results.len(), 1);
    assert_eq!(loaded.problem, Some(StorageProblem::FromTheFuture { schema: 7 }));
}

#[test]
fn oversized_stored_text_is_not_parsed() {
    let huge = " ".repeat(MAX_STORED_BYTES + 1);
    assert_eq!(decode(Some(&huge)).problem, Some(StorageProblem::TooLarge));
}

#[test]
fn a_result_is_kept_once_even_if_added_twice() {
    let mut envelope = Envelope::new();
    envelope.add_result(trust_result(4, 99));
    envelope.add_result(trust_result(4, 99));
    assert_eq!(envelope.results.len(), 1);
}

#[test]
fn the_previous_result_is_the_latest_earlier_one_of_the_same_instrument_and_perspective() {
    let mut envelope = Envelope::new();
    let first = trust_result(2, 100);
    let other_perspective = result_for(InstrumentId::Trust, 1, &[3; 20], 150);
    let second = trust_result(3, 200);
    let third = trust_result(4, 300);
    for result in [&third, &first, &other_perspective, &second] {
        envelope.add_result(result.clone());
    }
    assert_eq!(envelope.previous_of(&third), Some(&second));
    assert_eq!(envelope.previous_of(&second), Some(&first));
    assert_eq!(envelope.previous_of(&first), None);
    assert_eq!(envelope.latest(), Some(&third));
}

proptest! {
    #[test]
    fn any_stored_text_is_read_without_panicking(text in any::<String>()) {
        let loaded = decode(Some(&text));
        prop_assert!(loaded.envelope.results.iter().all(SavedResult::is_valid));
    }

    #[test]
    fn any_sequence_of_saves_and_loads_keeps_every_completed_result(results in prop::collection::vec(any_result(), 0..12)) {
        let mut envelope = Envelope::new();
        for result in &results {
            envelope.add_result(result.clone());
            envelope = decode(Some(&encode(&envelope))).envelope;
        }
        for result in &results {
            prop_assert!(envelope.results.contains(result));
        }
        prop_assert!(envelope.results.windows(2).all(|pair| pair[0].completed_at <= pair[1].completed_at));
    }

    #[test]
    fn a_valid_record_survives_garbage_next_to_it(result in any_result(), garbage in any::<String>()) {
        let garbage = rapport_core::json::Json::Str(garbage).to_text();
        let text = format!("{{\"schema\":1,\"results\":[{garbage},{}]}}", result.to_json().to_text());
        let loaded = decode(Some(&text));
        prop_assert_eq!(loaded.envelope.results, vec![result]);
        prop_assert_eq!(loaded.problem, Some(StorageProblem::PartlyDamaged { dropped: 1 }));
    }
}
