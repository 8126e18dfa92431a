//! The ethics note goes wherever a score goes: every view model that carries a score carries the note, and the
//! plain texts made from a score end with it. Add a new view of scores here, or this test no longer proves it.

use rapport_core::group::{aggregate, compare_pair};
use rapport_core::i18n::tr;
use rapport_core::instruments::ALL_VERSIONS;
use rapport_core::interpret::interpret_saved;
use rapport_core::readings::ETHICS_NOTE;
use rapport_core::share::SharedResult;
use rapport_core::storage::SavedResult;
use rapport_core::summary::{mailto_link, percent_encode, text_summary};

/// Every result we can show: each instrument at each version, each perspective, lowest and highest answers.
fn every_result() -> Vec<SharedResult> {
    let mut all = Vec::new();
    for instrument in ALL_VERSIONS {
        for perspective in 0..instrument.perspectives.len() {
            for answer in [instrument.scale.min(), instrument.scale.max()] {
                all.push(SharedResult {
                    instrument: instrument.id,
                    version: instrument.version,
                    perspective,
                    answers: vec![answer; instrument.items.len()],
                    completed_day: 20_000 + u32::from(answer),
                    label: None,
                });
            }
        }
    }
    all
}

#[test]
fn the_note_says_what_it_must() {
    for part in [
        "not a clinical or psychological test",
        "stay on this device",
        "talk to a qualified professional",
        "your doctor",
        "emergency",
    ] {
        assert!(ETHICS_NOTE.contains(part), "the ethics note lacks {part:?}");
    }
}

#[test]
fn every_view_model_with_a_score_carries_the_ethics_note() {
    let note = tr(ETHICS_NOTE);
    let results = every_result();
    assert!(results.len() >= 20);
    for shared in &results {
        let saved: SavedResult = shared.to_saved();
        // The result screen, the shared result and the comparison's charts.
        let words = interpret_saved(&saved).unwrap_or_else(|| panic!("{shared:?} reads"));
        assert_eq!(words.ethics_note, note, "{shared:?}");
        // The text summary (chat, clipboard) and both forms of the email, the long one and the short fallback.
        let text = text_summary(&saved, "today", "https://x.example/#r=A").expect("summarises");
        assert!(text.ends_with(note), "{text}");
        let short = mailto_link("Result", &text, "https://x.example/#r=A");
        let long = mailto_link("Result", &text.repeat(20), "https://x.example/#r=A");
        assert_ne!(short, long, "the fallback is taken");
        for link in [short, long] {
            assert!(link.ends_with(&percent_encode(note)), "{link}");
        }
        // The comparison of two views.
        let other = SharedResult { perspective: 1 - shared.perspective.min(1), ..shared.clone() };
        let pair = compare_pair(shared, &other).expect("two sides of one questionnaire compare");
        assert_eq!(pair.ethics_note, note);
    }
    // The group summary, with and without statistics.
    let groups = aggregate(&results);
    assert!(!groups.is_empty());
    for group in groups {
        assert_eq!(group.ethics_note, note, "{group:?}");
    }
    let small = aggregate(&results[..1]);
    assert_eq!(small.len(), 1);
    assert_eq!(small[0].ethics_note, note);
}
