//! The embed build without the goals screen (the core without its `goals` feature, issue 21) keeps what a goals
//! tab wrote: the stored goals and entries are carried as read and written back unchanged, and a save that merges
//! memory into storage never drops them. Run with `cargo test -p rapport-core --no-default-features --test
//! goals_kept_without_screen` (`make test-core` does); with the feature on, `goals.rs` reads the same fixture.
#![cfg(not(feature = "goals"))]

use rapport_core::json::{self, Json};
use rapport_core::storage::{decode, encode, export, import, Envelope};

const STORED: &str = include_str!("fixtures/schema3_goals.json");

fn member(text: &str, key: &str) -> Json {
    let Ok(value) = json::parse(text) else { panic!("not JSON: {text}") };
    value.get(key).cloned().unwrap_or(Json::Null)
}

#[test]
fn stored_goals_are_written_back_unchanged() {
    let loaded = decode(Some(STORED.trim()));
    assert_eq!(loaded.problem, None);
    let written = encode(&loaded.envelope);
    for key in ["goals", "entries"] {
        assert_eq!(member(&written, key), member(STORED, key), "{key}");
    }
    assert_eq!(member(&written, "schema"), Json::Int(3));
}

#[test]
fn the_goals_kept_are_counted_without_reading_them() {
    // What the data panel names before "Erase everything" (the fixture has 2 goals and 2 entries).
    assert_eq!(decode(Some(STORED.trim())).envelope.goals_kept(), (2, 2));
    assert_eq!(Envelope::new().goals_kept(), (0, 0));
}

#[test]
fn an_envelope_without_goals_is_still_schema_2() {
    let written = encode(&Envelope::new());
    assert_eq!(member(&written, "schema"), Json::Int(2));
    assert_eq!(member(&written, "goals"), Json::Null);
}

#[test]
fn a_save_from_this_build_keeps_what_a_goals_tab_wrote() {
    // The keeper merges memory (read before the goals tab wrote: no goals) into what storage holds now.
    let mut stored = decode(Some(STORED.trim())).envelope;
    let memory = Envelope::new();
    stored.merge(&memory);
    assert_eq!(member(&encode(&stored), "goals"), member(STORED, "goals"));
    // And the other way: memory holds goals storage lacks (storage was erased of them by nothing else) -> taken.
    let mut empty = Envelope::new();
    empty.merge(&decode(Some(STORED.trim())).envelope);
    assert_eq!(member(&encode(&empty), "entries"), member(STORED, "entries"));
}

#[test]
fn export_and_import_carry_the_goals() {
    let kept = decode(Some(STORED.trim())).envelope;
    let file = export(&kept, 1_764_001_000_000);
    let mut device = Envelope::new();
    let outcome = import(&mut device, &file);
    assert!(outcome.is_ok(), "{outcome:?}");
    assert_eq!(member(&encode(&device), "goals"), member(STORED, "goals"));
}

#[test]
fn an_import_says_when_it_left_the_files_goals_out() {
    // A device that already keeps goals (a goals tab wrote them), and a file whose goals differ: this build cannot
    // merge goals, so it keeps the device's and the message says the file's were not merged.
    let mut device = decode(Some(STORED.trim())).envelope;
    let other_goals = STORED.replacen("Speak first on Mondays", "Speak first on Tuesdays", 1);
    assert_ne!(member(&other_goals, "goals"), member(STORED, "goals"), "the fixture's goals must change");
    let Ok(outcome) = import(&mut device, &export(&decode(Some(other_goals.trim())).envelope, 1_764_001_000_000))
    else {
        panic!("the file should import");
    };
    assert!(outcome.merged.goals_left_out);
    assert!(outcome.message().contains("Goals are not merged on this page"), "{}", outcome.message());
    assert_eq!(member(&encode(&device), "goals"), member(STORED, "goals"), "the device's goals are kept");

    // A file without goals: nothing was left out, and the message says nothing of goals.
    let Ok(without) = import(&mut device, &export(&Envelope::new(), 1_764_001_000_000)) else {
        panic!("the file should import");
    };
    assert!(!without.merged.goals_left_out);
    assert!(!without.message().contains("oals"), "{}", without.message());

    // A device without goals takes the file's, and says nothing of leaving any out.
    let mut empty = Envelope::new();
    let Ok(taken) = import(&mut empty, &export(&decode(Some(STORED.trim())).envelope, 1_764_001_000_000)) else {
        panic!("the file should import");
    };
    assert!(!taken.merged.goals_left_out);
    assert_eq!(member(&encode(&empty), "goals"), member(STORED, "goals"));
}
