//! The storage envelope: round trips, recovery of the valid part, and no panic on any stored text.

use proptest::prelude::*;
use rapport_core::attempt::Attempt;
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::storage::{
    decode, encode, export, import, Envelope, ImportError, SavedResult, StorageProblem, MAX_IMPORT_BYTES,
    MAX_STORED_BYTES,
};

fn result_for(id: InstrumentId, perspective: usize, answers: &[u8], at: u64) -> SavedResult {
    let instrument = instrument::current(id);
    let mut attempt = Attempt::new(instrument, perspective, 1);
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
    let mut attempt = Attempt::new(instrument::current(InstrumentId::Alliance), 1, 1_740_000_000_000);
    attempt.answer(3);
    envelope.put_draft(attempt.to_draft(1_750_000_000_000));
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
        "{{\"schema\":2,\"results\":[{good},{wrong_length},{off_scale},{unknown_instrument},{float},7,null],\
         \"drafts\":[{{\"instrument\":\"trust\"}}]}}"
    );
    let loaded = decode(Some(&text));
    assert_eq!(loaded.envelope.results, vec![trust_result(4, 10)]);
    assert!(loaded.envelope.drafts.is_empty());
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
        let text = format!("{{\"schema\":2,\"results\":[{garbage},{}]}}", result.to_json().to_text());
        let loaded = decode(Some(&text));
        prop_assert_eq!(loaded.envelope.results, vec![result]);
        prop_assert_eq!(loaded.problem, Some(StorageProblem::PartlyDamaged { dropped: 1 }));
    }
}

fn draft_of(id: InstrumentId, started_at: u64, answered: usize) -> rapport_core::storage::Draft {
    let mut attempt = Attempt::new(instrument::current(id), 0, started_at);
    for _ in 0..answered {
        attempt.answer(instrument::current(id).scale.max());
        attempt.advance();
    }
    attempt.to_draft(started_at + 1000 + answered as u64)
}

#[test]
fn a_schema_1_envelope_is_migrated_and_its_draft_kept() {
    // Exactly what version 1 wrote: one `draft`, no start time.
    let v1 = r#"{"schema":1,"results":[{"id":"5-trust-self","instrument":"trust","version":1,"perspective":"self",
        "answers":[3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3],"completed_at":5}],
        "draft":{"instrument":"alliance","version":1,"perspective":"coach",
        "answers":[5,4,null,null,null,null,null,null,null,null,null,null],"position":2,"updated_at":77}}"#;
    let loaded = decode(Some(v1));
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.envelope.results.len(), 1);
    assert_eq!(loaded.envelope.drafts.len(), 1);
    let draft = &loaded.envelope.drafts[0];
    assert_eq!((draft.started_at, draft.updated_at, draft.position), (77, 77, 2));
    assert_eq!(draft.answers[..3], [Some(5), Some(4), None]);
    // Written back at today's schema, it reads the same.
    let again = decode(Some(&encode(&loaded.envelope)));
    assert_eq!(again.envelope, loaded.envelope);
    assert!(encode(&loaded.envelope).starts_with("{\"schema\":2,"));
}

#[test]
fn a_schema_1_envelope_without_a_draft_migrates_to_no_drafts() {
    let loaded = decode(Some(r#"{"schema":1,"results":[],"draft":null}"#));
    assert_eq!((loaded.problem, loaded.envelope), (None, Envelope::new()));
}

#[test]
fn starting_over_keeps_the_draft_set_aside_until_discarded() {
    let mut envelope = Envelope::new();
    envelope.put_draft(draft_of(InstrumentId::Trust, 100, 7));
    envelope.put_draft(draft_of(InstrumentId::Trust, 200, 0));
    assert_eq!(envelope.drafts.len(), 2);
    // Saving the second attempt again replaces it, not the first.
    envelope.put_draft(draft_of(InstrumentId::Trust, 200, 3));
    assert_eq!(envelope.drafts.iter().map(|d| d.started_at).collect::<Vec<_>>(), vec![100, 200]);
    envelope.remove_draft(100);
    assert_eq!(envelope.drafts.len(), 1);
    assert_eq!(envelope.drafts[0].answers.iter().flatten().count(), 3);
}

#[test]
fn merging_adds_what_is_missing_and_keeps_the_newer_draft() {
    let mut mine = Envelope::new();
    mine.add_result(trust_result(4, 1));
    mine.put_draft(draft_of(InstrumentId::Alliance, 50, 2));
    let mut theirs = Envelope::new();
    theirs.add_result(trust_result(4, 1));
    theirs.add_result(trust_result(2, 2));
    theirs.put_draft(draft_of(InstrumentId::Alliance, 50, 5));
    let count = mine.merge(&theirs);
    assert_eq!((count.added, count.already_there), (2, 1));
    assert_eq!(mine.results.len(), 2);
    assert_eq!(mine.drafts[0].answers.iter().flatten().count(), 5, "the more recently updated copy wins");
}

#[test]
fn an_export_imports_on_another_device_without_duplicates() {
    let mut phone = Envelope::new();
    phone.add_result(trust_result(4, 1));
    phone.add_result(trust_result(3, 2));
    phone.put_draft(draft_of(InstrumentId::CheckIn, 3, 1));
    let file = export(&phone, 99);
    let mut laptop = Envelope::new();
    laptop.add_result(trust_result(3, 2));
    let outcome = import(&mut laptop, &file).expect("our own export imports");
    assert_eq!((outcome.merged.added, outcome.merged.already_there, outcome.refused.total()), (2, 1, 0));
    assert_eq!(laptop.results.len(), 2);
    assert_eq!(laptop.drafts.len(), 1);
    // Importing the same file again changes nothing.
    let before = laptop.clone();
    let outcome = import(&mut laptop, &file).expect("imports again");
    assert_eq!(outcome.merged.added, 0);
    assert_eq!(laptop, before);
}

#[test]
fn a_bad_import_names_the_problem_and_changes_nothing() {
    let mut envelope = Envelope::new();
    envelope.add_result(trust_result(4, 1));
    let before = envelope.clone();
    let ours = export(&Envelope::new(), 1);
    let cases = [
        ("a".repeat(MAX_IMPORT_BYTES + 1), ImportError::TooLarge),
        ("<html>not json</html>".to_string(), ImportError::NotJson),
        (ours[..ours.len() - 3].to_string(), ImportError::NotJson),
        (r#"{"name":"someone else's data"}"#.to_string(), ImportError::NotOurs),
        (r#"["rapport-export"]"#.to_string(), ImportError::NotJson),
        (r#"{"format":"rapport-export","schema":9,"results":[]}"#.to_string(), ImportError::FromTheFuture),
        (r#"{"format":"rapport-export","schema":2,"results":[{"id":1}]}"#.to_string(), ImportError::NothingReadable),
    ];
    for (file, expected) in cases {
        assert_eq!(import(&mut envelope, &file), Err(expected), "{}", &file[..file.len().min(60)]);
        assert!(!expected.message().is_empty());
        assert_eq!(envelope, before);
    }
}

#[test]
fn an_export_with_a_byte_order_mark_still_imports() {
    let mut source = Envelope::new();
    source.add_result(trust_result(5, 8));
    let mut target = Envelope::new();
    let outcome = import(&mut target, &format!("\u{feff}{}", export(&source, 1)));
    assert_eq!(outcome.map(|o| o.merged.added), Ok(1));
}

proptest! {
    #[test]
    fn importing_any_text_never_panics_and_never_loses_what_was_kept(text in any::<String>()) {
        let mut envelope = Envelope::new();
        envelope.add_result(trust_result(4, 1));
        let _ = import(&mut envelope, &text);
        prop_assert!(envelope.results.contains(&trust_result(4, 1)));
    }

    #[test]
    fn merging_never_loses_a_result_from_either_side(
        left in prop::collection::vec(any_result(), 0..6),
        right in prop::collection::vec(any_result(), 0..6),
    ) {
        let (mut a, mut b) = (Envelope::new(), Envelope::new());
        left.iter().for_each(|r| a.add_result(r.clone()));
        right.iter().for_each(|r| b.add_result(r.clone()));
        a.merge(&b);
        for result in left.iter().chain(&right) {
            prop_assert!(a.results.contains(result));
        }
        let ids: std::collections::HashSet<_> = a.results.iter().map(|r| &r.id).collect();
        prop_assert_eq!(ids.len(), a.results.len(), "no duplicates");
    }
}
