//! The result leads with plain words about these answers (which part comes out strongest, which has the most room
//! to grow, what to try first), never with the formula, and claims nothing the scores do not show: no norms, no
//! cut-offs, no diagnosis. The formula and its scale are still there, for the disclosure one tap away.

use rapport_core::i18n::{install, uninstall};
use rapport_core::instrument::{self, InstrumentId, Keying};
use rapport_core::interpret::interpret_saved;
use rapport_core::storage::SavedResult;

fn result_with(id: InstrumentId, perspective: &str, per_factor: &[u8]) -> SavedResult {
    let instrument = instrument::current(id);
    let (min, max) = (instrument.scale.min(), instrument.scale.max());
    let answers = instrument
        .items
        .iter()
        .map(|item| {
            let wanted = per_factor[item.factor];
            let raises = (item.keying == Keying::Raises) != instrument.factors[item.factor].lower_is_better;
            Some(if raises { wanted } else { max + min - wanted })
        })
        .collect();
    SavedResult::new(id, instrument.version, perspective, answers, 1_763_900_000_000)
}

/// Words that would claim more than a person's own answers show.
const BEYOND_THE_SCORES: [&str; 9] =
    ["normal", "average", "percentile", "most people", "clinical", "disorder", "diagnos", "healthy", "Trust ="];

fn assert_within_the_scores(lead: &str) {
    for word in BEYOND_THE_SCORES {
        assert!(!lead.contains(word), "the lead {lead:?} says {word:?}");
    }
}

#[test]
fn a_trust_result_leads_with_its_strongest_and_weakest_part_and_a_first_step() {
    let words = interpret_saved(&result_with(InstrumentId::Trust, "self", &[5, 4, 1, 2])).expect("reads");
    assert!(
        words.lead.starts_with(
            "Credibility comes out strongest in these answers, and Intimacy has the most room to grow. \
             What to try first: "
        ),
        "{}",
        words.lead
    );
    // The first step is the first of the weakest part's own reading.
    let step = words.lines[2].reading.and_then(|r| r.steps.first()).expect("intimacy has steps").english;
    assert!(words.lead.ends_with(step), "{}", words.lead);
    assert_within_the_scores(&words.lead);
    // The formula and scale are kept for the disclosure.
    assert!(words.detail.starts_with("Trust = (credibility + reliability + intimacy) / self-orientation = "));
    assert!(words.detail.contains("0.3 to 30"));
}

#[test]
fn self_orientation_with_the_most_room_is_named_as_such() {
    let words = interpret_saved(&result_with(InstrumentId::Trust, "advisor", &[4, 4, 5, 1])).expect("reads");
    assert!(words
        .lead
        .starts_with("Intimacy comes out strongest in these answers, and Self-orientation has the most room"));
    assert_within_the_scores(&words.lead);
}

#[test]
fn an_even_result_says_so_and_names_no_part() {
    let trust = interpret_saved(&result_with(InstrumentId::Trust, "self", &[3, 3, 3, 3])).expect("reads");
    assert_eq!(trust.lead, "Every part came out the same in these answers.");
    let alliance = interpret_saved(&result_with(InstrumentId::Alliance, "client", &[4, 4, 4])).expect("reads");
    assert_eq!(alliance.lead, "Goals, tasks and bond came out the same: an even picture.");
    assert_eq!(alliance.profile_note, None, "said once, in the lead");
    let checkin = interpret_saved(&result_with(InstrumentId::CheckIn, "client", &[6, 6, 6, 6])).expect("reads");
    assert!(checkin.lead.starts_with("Every part came out the same in these answers. Its value is the trend"));
}

#[test]
fn an_alliance_result_leads_with_its_parts_and_keeps_its_scale_for_the_disclosure() {
    let words = interpret_saved(&result_with(InstrumentId::Alliance, "coach", &[5, 2, 4])).expect("reads");
    assert!(words.lead.starts_with("Goals comes out strongest in these answers, and Tasks has the most room to grow."));
    assert!(words.lead.contains("What to try first: "));
    assert_within_the_scores(&words.lead);
    assert!(words.detail.contains("of 60"));
}

#[test]
fn a_checkin_leads_with_its_highest_and_lowest_answer_and_its_trend() {
    let words = interpret_saved(&result_with(InstrumentId::CheckIn, "client", &[8, 7, 3, 9])).expect("reads");
    assert_eq!(
        words.lead,
        "Overall comes out strongest in these answers, and Approach has the most room to grow. Its value is the \
         trend: take it after each session and watch how it moves."
    );
    assert_eq!(words.detail, "The four answers, each from 0 to 10, add up to the total out of 40.");
    assert_within_the_scores(&words.lead);
}

#[test]
fn the_lead_is_in_every_language_we_ship() {
    for (tag, first_words) in [("es", "En estas respuestas, "), ("de", "In diesen Antworten ")] {
        let path = format!("{}/catalogues/{tag}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let compiled = rapport_core::catalogue_tools::compile_catalogue(&text).expect("compiles");
        install(tag, &compiled).expect("installs");
        let words = interpret_saved(&result_with(InstrumentId::Trust, "self", &[5, 4, 1, 2])).expect("reads");
        assert!(words.lead.starts_with(first_words), "{tag}: {}", words.lead);
        uninstall();
    }
}
