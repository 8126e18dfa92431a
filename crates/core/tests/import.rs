//! Imports: bounded, every left-out record counted with its reason, one label rule for every way in.

use rapport_core::instruments::checkin::CHECKIN_V1;
use rapport_core::share::{clean_label, SharedResult};
use rapport_core::storage::{
    export, import, label_is_valid, Envelope, ImportError, Refusal, SavedResult, MAX_RESULTS_KEPT,
};

fn checkin(at: u64) -> SavedResult {
    SavedResult::new(CHECKIN_V1.id, CHECKIN_V1.version, "client", vec![Some(7); 4], at)
}

fn history(count: usize, from: u64) -> Envelope {
    let mut envelope = Envelope::new();
    for n in 0..count as u64 {
        envelope.add_result(checkin(from + n));
    }
    envelope
}

#[test]
fn an_import_stops_at_the_history_limit_keeps_the_newest_and_removes_nothing_kept() {
    let mut kept = history(150, 1_000);
    let file = export(&history(120, 5_000), 1);
    let outcome = import(&mut kept, &file).expect("imports");
    assert_eq!(kept.results.len(), MAX_RESULTS_KEPT);
    assert_eq!(outcome.over_limit, 70);
    assert_eq!(outcome.merged.added, 50);
    assert!(kept.results.iter().any(|r| r.completed_at == 1_000), "the oldest kept result is still kept");
    assert!(kept.results.iter().any(|r| r.completed_at == 5_119), "the newest imported one came in");
    assert!(!kept.results.iter().any(|r| r.completed_at == 5_000), "the oldest imported one was left out");
    assert!(outcome.message().contains("70 left out: this device keeps at most 200 results"));
}

#[test]
fn a_full_history_imports_duplicates_as_already_here() {
    let mut kept = history(MAX_RESULTS_KEPT, 1);
    let file = export(&history(3, 1), 1);
    let outcome = import(&mut kept, &file).expect("imports");
    assert_eq!((outcome.merged.added, outcome.merged.already_there, outcome.over_limit), (0, 3, 0));
}

#[test]
fn labels_with_control_or_direction_characters_are_refused_on_import_and_counted() {
    let mut envelope = history(3, 1);
    for (n, label) in ["Ana\u{202E}gnp.exe", "NUL\u{0}", "two\nlines"].into_iter().enumerate() {
        envelope.results[n].label = Some(label.to_string());
    }
    let file = export(&envelope, 1);
    let mut kept = Envelope::new();
    let outcome = import(&mut kept, &file).expect("refused for a reason the person is told, not an error");
    assert_eq!((outcome.merged.added, outcome.refused.label), (0, 3));
    assert!(kept.results.is_empty());
    let mut with_good = envelope.clone();
    with_good.add_result(checkin(10));
    let outcome = import(&mut kept, &export(&with_good, 1)).expect("imports");
    assert_eq!((outcome.merged.added, outcome.refused.label), (1, 3));
    assert_eq!(
        outcome.message(),
        "Imported: 1 new, 0 already here. 3 refused: its label has control or text-direction characters, or is too \
         long."
    );
}

#[test]
fn one_label_rule_for_storage_import_and_sharing() {
    for label in ["Ana\u{202E}x", "a\u{0}", "a\nb", "\u{2066}x", ""] {
        assert!(!label_is_valid(label), "{label:?} is refused everywhere");
        let mut result = checkin(1);
        result.label = Some(label.to_string());
        assert_eq!(result.refusal(), Some(Refusal::Label));
        assert!(SharedResult::from_saved(&result).is_none_or(|shared| shared.label.as_deref() != Some(label)));
        assert!(clean_label(label).is_none_or(|clean| label_is_valid(&clean)));
    }
    assert!(label_is_valid("Ana Lima"));
}

#[test]
fn an_export_from_a_newer_questionnaire_version_says_so_instead_of_unreadable() {
    let mut newer = history(2, 1);
    for result in &mut newer.results {
        result.version = CHECKIN_V1.version + 1;
    }
    let file = rapport_core::storage::encode(&newer).replacen('{', r#"{"format":"rapport-export","#, 1);
    let mut kept = Envelope::new();
    assert_eq!(import(&mut kept, &file), Err(ImportError::FromTheFuture));
    assert!(ImportError::FromTheFuture.message().starts_with("That file was made by a newer version of this tool."));
    let mut mixed = newer.clone();
    mixed.add_result(checkin(9));
    let file = rapport_core::storage::encode(&mixed).replacen('{', r#"{"format":"rapport-export","#, 1);
    let outcome = import(&mut kept, &file).expect("the readable one comes in");
    assert_eq!((outcome.merged.added, outcome.refused.newer), (1, 2));
    assert!(outcome.message().contains("2 left out: made by a newer version of this tool."));
}
