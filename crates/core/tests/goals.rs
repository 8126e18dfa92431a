//! Goals and progress (issue 21): the list and its changes, the bounds and the text rule, session entries, each
//! goal's line and its reading in every language, and the storage round trip, merge and migration.

use proptest::prelude::*;
use rapport_core::catalogue_tools::compile_catalogue;
use rapport_core::goals::{
    chart_points, goal_trend, session_table, EntryError, Goal, GoalError, GoalStatus, Goals, SessionEntry,
    MAX_ACTIVE_GOALS, MAX_ENTRIES, MAX_GOALS,
};
use rapport_core::i18n::{install, uninstall, LANGUAGES};
use rapport_core::json::{parse, Json};
use rapport_core::storage::{decode, encode, export, import, Envelope, StorageProblem};

const T: u64 = 1_764_000_000_000;

fn install_language(tag: &str) {
    let path = format!("{}/catalogues/{tag}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    install(tag, &compile_catalogue(&text).expect("our catalogue compiles")).expect("our catalogue installs");
}

fn goals_named(names: &[&str]) -> Goals {
    let mut goals = Goals::default();
    for (at, name) in names.iter().enumerate() {
        goals.add(name, "", T + at as u64).expect("a plain name is accepted");
    }
    goals
}

fn entry(goals: &Goals, ratings: &[Option<u8>], at: u64) -> SessionEntry {
    let pairs: Vec<(u64, Option<u8>)> = goals.active().map(|g| g.id).zip(ratings.iter().copied()).collect();
    SessionEntry::new(goals, &[None; 4], &pairs, "", at).expect("valid ratings")
}

#[test]
fn one_to_three_goals_are_active_and_a_fourth_is_refused_with_a_sentence() {
    let mut goals = goals_named(&["Speak up in meetings", "Delegate the weekly report", "Sleep before midnight"]);
    assert_eq!(goals.active_count(), MAX_ACTIVE_GOALS);
    assert_eq!(goals.add("A fourth", "", T + 10), Err(GoalError::TooManyActive));
    assert!(GoalError::TooManyActive.message().contains("Three goals"));
    let first = goals.0[0].id;
    goals.set_status(first, GoalStatus::Paused, T + 11).expect("pausing is allowed");
    assert!(goals.add("A fourth", "", T + 12).is_ok(), "a paused goal makes room");
    assert_eq!(goals.set_status(first, GoalStatus::Active, T + 13), Err(GoalError::TooManyActive));
    assert_eq!(goals.0.len(), 4, "the paused goal is kept with its history");
}

#[test]
fn every_goal_has_its_own_stable_id_even_when_added_in_one_millisecond() {
    let mut goals = Goals::default();
    let a = goals.add("One", "", T).expect("accepted");
    let b = goals.add("Two", "", T).expect("accepted");
    assert_ne!(a, b);
    goals.rename(a, "One, renamed", "It is done when I notice it", T + 5).expect("renaming is allowed");
    assert_eq!(goals.get(a).map(|g| g.name.as_str()), Some("One, renamed"));
    assert_eq!(goals.get(a).map(|g| g.id), Some(a), "the id survives a rename");
}

#[test]
fn pause_achieve_retire_and_resume_keep_the_goal() {
    let mut goals = goals_named(&["One"]);
    let id = goals.0[0].id;
    for status in [GoalStatus::Paused, GoalStatus::Achieved, GoalStatus::Retired, GoalStatus::Active] {
        goals.set_status(id, status, T + 1).expect("each change is allowed");
        assert_eq!(goals.get(id).map(|g| g.status), Some(status));
    }
    assert_eq!(goals.set_status(999, GoalStatus::Paused, T), Err(GoalError::Unknown));
    assert_eq!(goals.rename(999, "x", "", T), Err(GoalError::Unknown));
}

#[test]
fn thirty_goals_are_kept_and_the_thirty_first_is_refused() {
    let mut goals = Goals::default();
    for n in 0..MAX_GOALS {
        let id = goals.add(&format!("Goal {n}"), "", T + n as u64).expect("room");
        goals.set_status(id, GoalStatus::Retired, T + n as u64).expect("retired");
    }
    assert_eq!(goals.add("One more", "", T + 100), Err(GoalError::TooManyGoals));
}

#[test]
fn names_done_and_notes_are_bounded_and_refused_with_control_or_bidi_characters() {
    let mut goals = Goals::default();
    assert_eq!(goals.add("   ", "", T), Err(GoalError::NameEmpty));
    assert_eq!(goals.add(&"x".repeat(81), "", T), Err(GoalError::NameTooLong));
    assert!(goals.add(&"é".repeat(80), "", T).is_ok(), "80 characters, not bytes");
    assert_eq!(goals.add("ok", &"y".repeat(201), T), Err(GoalError::DoneTooLong));
    for bad in ["a\u{202E}b", "a\u{2066}b", "tab\there", "new\nline", "\u{200F}x", "bom\u{FEFF}"] {
        assert_eq!(goals.add(bad, "", T), Err(GoalError::NotPlainText), "{bad:?}");
        assert_eq!(goals.add("fine", bad, T), Err(GoalError::NotPlainText), "{bad:?} in done");
        let refused = SessionEntry::new(&goals, &[Some(5), None, None, None], &[], bad, T);
        assert_eq!(refused, Err(EntryError::NoteNotPlainText), "{bad:?} in a note");
    }
    let long = SessionEntry::new(&goals, &[Some(5), None, None, None], &[], &"z".repeat(201), T);
    assert_eq!(long, Err(EntryError::NoteTooLong));
    for error in [GoalError::NameEmpty, GoalError::NameTooLong, GoalError::DoneTooLong, GoalError::NotPlainText] {
        assert!(!error.message().is_empty());
    }
}

#[test]
fn a_session_entry_holds_the_checkin_and_the_ratings_with_nothing_preset() {
    let goals = goals_named(&["One", "Two"]);
    let ids: Vec<u64> = goals.active().map(|g| g.id).collect();
    let nothing = SessionEntry::new(&goals, &[None; 4], &[(ids[0], None), (ids[1], None)], "  ", T);
    assert_eq!(nothing, Err(EntryError::Empty), "nothing answered is not saved");
    let saved = SessionEntry::new(
        &goals,
        &[Some(7), Some(8), Some(6), Some(9)],
        &[(ids[0], Some(4)), (ids[1], None)],
        " I noticed I wait to be asked. ",
        T + 60_000,
    )
    .expect("valid");
    assert_eq!(saved.checkin_total(), Some(30));
    assert_eq!(saved.rating(ids[0]), Some(4));
    assert_eq!(saved.rating(ids[1]), None, "an untouched goal has no rating, not a 0");
    assert_eq!(saved.note, "I noticed I wait to be asked.");
    assert!(saved.is_valid());
    let too_high = SessionEntry::new(&goals, &[None; 4], &[(ids[0], Some(11))], "", T);
    assert_eq!(too_high, Err(EntryError::NotRateable));
    let not_active = SessionEntry::new(&goals, &[None; 4], &[(12345, Some(3))], "", T);
    assert_eq!(not_active, Err(EntryError::NotRateable));
    let only_checkin = SessionEntry::new(&goals, &[Some(3), None, None, None], &[], "", T).expect("valid");
    assert_eq!(only_checkin.checkin_total(), None, "three statements unanswered: no total");
}

#[test]
fn the_table_lines_up_the_checkin_and_every_goal_by_session_newest_first() {
    let mut goals = goals_named(&["One", "Two"]);
    let ids: Vec<u64> = goals.active().map(|g| g.id).collect();
    let first = SessionEntry::new(&goals, &[Some(5), Some(5), Some(5), Some(5)], &[(ids[0], Some(2))], "", T + 1)
        .expect("valid");
    let second = SessionEntry::new(
        &goals,
        &[Some(6), None, Some(6), Some(6)],
        &[(ids[0], Some(4)), (ids[1], Some(7))],
        "aha",
        T + 2,
    )
    .expect("valid");
    goals.set_status(ids[1], GoalStatus::Achieved, T + 3).expect("allowed");
    let table = session_table(&goals, &[first, second]);
    assert_eq!(table.goals.iter().map(|(_, name)| name.as_str()).collect::<Vec<_>>(), ["One", "Two"]);
    assert_eq!(table.rows[0].at, T + 2);
    assert_eq!(table.rows[0].ratings, ["4", "7"]);
    assert_eq!(table.rows[0].checkin, "18 (3 of 4 answered)");
    assert_eq!(table.rows[0].note, "aha");
    assert_eq!(table.rows[1].ratings, ["2", "–"]);
    assert_eq!(table.rows[1].checkin, "20 of 40");
}

#[test]
fn each_goal_has_its_line_the_change_since_last_time_and_a_reading() {
    let goals = goals_named(&["One"]);
    let goal = &goals.0[0];
    let none = goal_trend(goal, &[]);
    assert!(none.points.is_empty() && none.change.is_empty() && none.line.is_empty());
    let entries: Vec<SessionEntry> =
        [3, 5, 4].iter().enumerate().map(|(n, &r)| entry(&goals, &[Some(r)], T + n as u64)).collect();
    let once = goal_trend(goal, &entries[..1]);
    assert_eq!(once.reading, "Rated once so far: 3 of 10.");
    let up = goal_trend(goal, &entries[..2]);
    assert_eq!(up.change, "up 2 since last time");
    let three = goal_trend(goal, &entries);
    assert_eq!(three.change, "down 1 since last time");
    assert_eq!(three.reading, "Last time 5 of 10, now 4 of 10. Across 3 ratings: from 3 to 5 of 10.");
    assert_eq!(three.text_alternative, "Ratings, oldest first, each of 10: 3, 5, 4.");
    assert_eq!(three.points.len(), 3);
    assert_eq!(three.line.split(' ').count(), 3);
    let svg = three.svg();
    assert!(svg.contains(&format!("points=\"{}\"", three.line)), "{svg}");
    assert!(!svg.contains("One"), "the chart's markup never holds the person's words");
}

#[test]
fn the_chart_draws_zero_at_the_bottom_ten_at_the_top_and_one_rating_in_the_middle() {
    let (line, dots) = chart_points(&[0, 10]);
    assert_eq!(line, "30,110 290,10");
    assert_eq!(dots, "M30 110h0M290 10h0");
    assert_eq!(chart_points(&[5]).0, "160,60");
}

/// Words a reading must never use (no norms, no predictions, no judgement), in each language we ship.
const FORBIDDEN: &[&str] = &[
    "average",
    "normal",
    "typical",
    "on track",
    "should",
    "will",
    "good",
    "bad",
    "promedio",
    "media",
    "típic",
    "debería",
    "deberías",
    "bueno",
    "buena",
    "malo",
    "mala",
    "va a",
    "durchschnitt",
    "typisch",
    "sollte",
    "wird",
    "werden",
    "gut",
    "schlecht",
    "im plan",
];

fn words_of(text: &str) -> String {
    format!(" {} ", text.to_lowercase().replace(|c: char| !c.is_alphanumeric(), " "))
}

#[test]
fn no_reading_in_any_language_claims_a_norm_or_a_prediction() {
    let mut goals = goals_named(&["One", "Two", "Three"]);
    let ids: Vec<u64> = goals.active().map(|g| g.id).collect();
    let series: [&[u8]; 5] = [&[], &[4], &[4, 6], &[6, 4], &[4, 4, 9, 1]];
    let mut entries = Vec::new();
    for (n, ratings) in series.iter().enumerate() {
        for (k, &r) in ratings.iter().enumerate() {
            let ratings = [(ids[n % 3], Some(r))];
            let at = T + (n * 10 + k) as u64;
            entries.push(SessionEntry::new(&goals, &[None; 4], &ratings, "", at).expect("valid"));
        }
    }
    goals.set_status(ids[1], GoalStatus::Paused, T).expect("allowed");
    goals.set_status(ids[2], GoalStatus::Achieved, T).expect("allowed");
    for (tag, _) in LANGUAGES.iter() {
        if *tag != "en" {
            install_language(tag);
        }
        let mut texts = Vec::new();
        for status in GoalStatus::ALL {
            for goal in &goals.0 {
                let goal = Goal { status, ..goal.clone() };
                let trend = goal_trend(&goal, &entries);
                texts.extend([trend.reading, trend.change, trend.text_alternative]);
            }
        }
        for text in &texts {
            let words = words_of(text);
            for word in FORBIDDEN {
                assert!(!words.contains(&format!(" {word} ")), "{tag}: {word:?} in {text:?}");
            }
        }
        uninstall();
    }
}

#[test]
fn goals_and_entries_round_trip_through_storage_at_schema_3() {
    let mut envelope = Envelope::new();
    let id = envelope.goals.add("Say \"no\" to one meeting a week · ½", "An empty Thursday", T).expect("ok");
    envelope.goals.add("Two", "", T + 1).expect("ok");
    envelope.goals.set_status(id, GoalStatus::Achieved, T + 2).expect("ok");
    let second = envelope.goals.0[1].id;
    let one = SessionEntry::new(&envelope.goals, &[Some(1), None, Some(10), Some(0)], &[(second, Some(0))], "n", T + 3);
    assert!(envelope.add_entry(one.expect("valid")));
    let text = encode(&envelope);
    assert!(text.contains("\"schema\":3"), "{text}");
    let loaded = decode(Some(&text));
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.envelope, envelope);
}

#[test]
fn without_goals_the_text_stays_schema_2_so_an_older_tab_reads_it_as_before() {
    let envelope = Envelope::new();
    let text = encode(&envelope);
    assert!(text.contains("\"schema\":2") && !text.contains("goals"), "{text}");
    assert_eq!(decode(Some(&text)).envelope, envelope);
}

#[test]
fn a_schema_2_text_reads_as_an_envelope_without_goals() {
    let text = r#"{"schema":2,"results":[],"drafts":[],"closed":[]}"#;
    let loaded = decode(Some(text));
    assert_eq!(loaded.problem, None);
    assert!(loaded.envelope.goals.0.is_empty() && loaded.envelope.entries.is_empty());
}

#[test]
fn a_schema_4_text_is_from_a_newer_version_and_its_goals_are_kept() {
    let mut envelope = Envelope::new();
    envelope.goals.add("Kept", "", T).expect("ok");
    let text = encode(&envelope).replace("\"schema\":3", "\"schema\":4");
    let loaded = decode(Some(&text));
    assert_eq!(loaded.problem, Some(StorageProblem::FromTheFuture { schema: 4 }));
    assert_eq!(loaded.envelope.goals, envelope.goals);
}

#[test]
fn stored_goals_and_notes_that_break_the_text_rule_are_left_out_and_counted() {
    let text = format!(
        r#"{{"schema":3,"results":[],"drafts":[],"goals":[{{"id":1,"name":"ok","status":"active","changed_at":1}},
        {{"id":2,"name":"evil\u202e","status":"active","changed_at":1}},{{"id":3,"name":"x","status":"lost","changed_at":1}}],
        "entries":[{{"at":{T},"ratings":[[1,7]]}},{{"at":2,"ratings":[[1,11]]}},{{"at":3,"ratings":[[1,1]],"note":"a\u2066b"}},
        {{"at":4,"ratings":[]}}]}}"#
    );
    let loaded = decode(Some(&text));
    assert_eq!(loaded.envelope.goals.0.len(), 1);
    assert_eq!(loaded.envelope.entries.len(), 1);
    assert_eq!(loaded.problem, Some(StorageProblem::PartlyDamaged { dropped: 5 }));
}

#[test]
fn two_copies_merge_goals_by_id_with_the_later_change_and_entries_by_time() {
    let mut base = Envelope::new();
    let id = base.goals.add("One", "", T).expect("ok");
    let mut tab_a = base.clone();
    let mut tab_b = base.clone();
    tab_a.goals.rename(id, "One, in tab A", "", T + 10).expect("ok");
    tab_b.goals.set_status(id, GoalStatus::Paused, T + 20).expect("ok");
    tab_b.goals.add("Added in B", "", T + 21).expect("ok");
    let rated = SessionEntry::new(&tab_a.goals, &[None; 4], &[(id, Some(6))], "", T + 30).expect("valid");
    tab_a.add_entry(rated);
    let mut ab = tab_a.clone();
    ab.merge(&tab_b);
    let mut ba = tab_b.clone();
    ba.merge(&tab_a);
    assert_eq!(ab, ba, "the merge does not depend on its order");
    assert_eq!(ab.goals.get(id).map(|g| g.status), Some(GoalStatus::Paused), "the later change wins");
    assert_eq!(ab.goals.0.len(), 2);
    assert_eq!(ab.entries.len(), 1);
    let count = tab_b.merge(&tab_a);
    assert!(count.added >= 1, "a tab that lacked the entry counts it, so the keeper writes it back");
}

#[test]
fn a_tab_that_never_opened_the_goals_keeps_another_tabs_goal_changes() {
    let mut with_goals = Envelope::new();
    with_goals.goals.add("One", "", T).expect("ok");
    let mut plain = decode(Some(&encode(&Envelope::new()))).envelope;
    plain.merge(&with_goals);
    assert_eq!(plain.goals, with_goals.goals);
}

#[test]
fn entries_stop_at_the_limit_and_nothing_kept_is_removed() {
    let goals = goals_named(&["One"]);
    let mut envelope = Envelope::new();
    envelope.goals = goals.clone();
    for n in 0..MAX_ENTRIES as u64 {
        assert!(envelope.add_entry(entry(&goals, &[Some(5)], T + n)));
    }
    assert!(!envelope.add_entry(entry(&goals, &[Some(5)], T + 10_000)));
    assert_eq!(envelope.entries.len(), MAX_ENTRIES);
}

#[test]
fn an_export_with_goals_imports_them_and_a_second_import_adds_nothing() {
    let mut envelope = Envelope::new();
    envelope.goals.add("One", "done", T).expect("ok");
    let goals = envelope.goals.clone();
    envelope.add_entry(entry(&goals, &[Some(3)], T + 1));
    let file = export(&envelope, T + 2);
    let mut other = Envelope::new();
    let outcome = import(&mut other, &file).expect("imported");
    assert_eq!(outcome.merged.added, 2);
    assert_eq!(other.goals, envelope.goals);
    assert_eq!(other.entries, envelope.entries);
    assert_eq!(import(&mut other, &file).expect("again").merged.added, 0);
}

fn any_entry() -> impl Strategy<Value = SessionEntry> {
    (
        any::<u64>(),
        prop::collection::vec(prop::option::of(0u8..=10), 4),
        prop::collection::vec(0u8..=10, 0..3),
        "[a-z ]{0,20}",
    )
        .prop_map(|(at, checkin, ratings, note)| SessionEntry {
            at: at % 4_102_444_800_000,
            checkin,
            ratings: ratings.into_iter().enumerate().map(|(n, r)| (n as u64 + 1, r)).collect(),
            note: note.trim().to_string(),
        })
}

proptest! {
    #[test]
    fn any_valid_entry_round_trips(entry in any_entry()) {
        prop_assume!(entry.is_valid());
        let parsed = parse(&entry.to_json().to_text()).ok();
        prop_assert_eq!(parsed.as_ref().and_then(SessionEntry::from_json), Some(entry));
    }

    #[test]
    fn merging_entries_in_either_order_agrees(a in prop::collection::vec(any_entry(), 0..6), b in prop::collection::vec(any_entry(), 0..6)) {
        let mut left = Envelope::new();
        let mut right = Envelope::new();
        for e in a.iter().filter(|e| e.is_valid()) { left.add_entry(e.clone()); }
        for e in b.iter().filter(|e| e.is_valid()) { right.add_entry(e.clone()); }
        let mut ab = left.clone();
        ab.merge(&right);
        let mut ba = right.clone();
        ba.merge(&left);
        prop_assert_eq!(ab.entries, ba.entries);
    }
}

#[test]
fn a_goal_read_back_from_json_is_the_same_goal() {
    let goals = goals_named(&["Ünïcode ✓ goal"]);
    let json = goals.0[0].to_json();
    assert!(matches!(json, Json::Object(_)));
    assert_eq!(Goal::from_json(&json).as_ref(), Some(&goals.0[0]));
}

/// The fixture `goals_kept_without_screen.rs` carries through the build without goals is what this build reads:
/// both goals and both entries, nothing refused, and written back the same.
#[test]
fn the_fixture_the_build_without_goals_keeps_is_valid_schema_3() {
    let stored = include_str!("fixtures/schema3_goals.json").trim();
    let loaded = rapport_core::storage::decode(Some(stored));
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.envelope.goals.0.len(), 2);
    assert_eq!(loaded.envelope.entries.len(), 2);
    assert_eq!(loaded.envelope.goals_kept(), (2, 2));
    assert_eq!(rapport_core::storage::encode(&loaded.envelope), stored);
}

/// A coach's page that offers only goals opens on goals, not on a relationship's trust.
#[test]
fn a_goals_only_page_is_headed_by_goals() {
    let (heading, lead) = rapport_core::wording::start_texts(true);
    assert_eq!(heading, "Where are you with your goals?");
    assert!(lead.contains("three goals"), "{lead}");
    assert_eq!(rapport_core::wording::start_texts(false).0, "How is the trust between you?");
}
