//! The readings file: a result's explanations (each part's reading, the first step in the lead, the questions to
//! bring along) are not compiled into the wasm, which holds their keys; they arrive as `readings-<tag>.json` while
//! the person answers. Without it a result keeps its scores and ethics note and says its explanations are missing;
//! with it every text is there, in the page's language. The catalogues a page installs first no longer carry them.

use std::collections::BTreeSet;

use rapport_core::catalogue_tools::{compile_catalogue, compile_readings, fetched_texts, without_fetched_texts};
use rapport_core::i18n::{
    install, install_readings, readings_installed, text_key, tr, uninstall, uninstall_readings, CatalogueError,
    LANGUAGES,
};
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::interpret::interpret_saved;
use rapport_core::json::{parse, Json};
use rapport_core::readings::{self, conversation, ETHICS_NOTE};
use rapport_core::storage::SavedResult;
use rapport_core::summary::text_summary;

fn source(tag: &str) -> String {
    let path = format!("{}/catalogues/{tag}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The readings file the build ships for `tag` ("en" from the English texts themselves).
fn readings_file(tag: &str) -> String {
    let source = (tag != "en").then(|| source(tag));
    compile_readings(source.as_deref()).unwrap_or_else(|e| panic!("readings-{tag}: {e}"))
}

fn keys_of(compiled: &str) -> Vec<String> {
    match parse(compiled) {
        Ok(Json::Object(members)) => members.into_iter().map(|(key, _)| key).collect(),
        other => panic!("not an object: {other:?}"),
    }
}

/// A trust result whose answers are all the same middle answer except intimacy's, which are the lowest.
fn uneven_trust() -> SavedResult {
    let instrument = instrument::current(InstrumentId::Trust);
    let answers = instrument
        .items
        .iter()
        .map(|item| Some(if instrument.factors[item.factor].id == "intimacy" { 1 } else { 4 }))
        .collect();
    SavedResult::new(InstrumentId::Trust, instrument.version, "self", answers, 1_763_900_000_000)
}

fn even_checkin() -> SavedResult {
    let instrument = instrument::current(InstrumentId::CheckIn);
    let answers = instrument.items.iter().enumerate().map(|(n, _)| Some(3 + n as u8)).collect();
    SavedResult::new(InstrumentId::CheckIn, instrument.version, "client", answers, 1_763_900_000_000)
}

#[test]
fn every_fetched_text_is_keyed_by_the_hash_of_its_english() {
    let mut count = 0;
    for id in InstrumentId::ALL {
        for reading in readings::for_instrument(id).iter().flat_map(|factor| factor.views.iter().flatten()) {
            for text in std::iter::once(&reading.meaning).chain(reading.steps) {
                assert_eq!(text.key, text_key(text.english), "{:?}", text.english);
                count += 1;
            }
        }
        for question in conversation::for_instrument(id).iter().flat_map(|part| part.views.iter()) {
            assert_eq!(question.key, text_key(question.english), "{:?}", question.english);
            count += 1;
        }
    }
    assert!(count > 150, "the readings and questions were walked: {count}");
    assert_eq!(fetched_texts().len(), count, "no text is listed twice, none is left out");
}

#[test]
fn every_language_has_a_readings_file_with_every_text_and_one_key_each() {
    let wanted: BTreeSet<String> = fetched_texts().iter().map(|text| format!("{:08x}", text_key(text))).collect();
    for (tag, _) in LANGUAGES {
        let keys = keys_of(&readings_file(tag));
        assert_eq!(keys.len(), wanted.len(), "readings-{tag}: one entry per text");
        assert_eq!(keys.into_iter().collect::<BTreeSet<_>>(), wanted, "readings-{tag}: the keys of the texts");
    }
    // A catalogue lacking one of them fails the build, naming it.
    let error = compile_readings(Some(r#"{"Start": "Empezar"}"#)).expect_err("an incomplete source is refused");
    assert!(error.starts_with("no translation of \""), "{error}");
}

#[test]
fn the_first_catalogue_leaves_the_readings_texts_to_the_readings_file() {
    for (tag, _) in LANGUAGES.iter().skip(1) {
        let source = source(tag);
        let trimmed = compile_catalogue(&without_fetched_texts(&source).expect("JSON")).expect("compiles");
        let keys: BTreeSet<String> = keys_of(&trimmed).into_iter().collect();
        for text in fetched_texts() {
            assert!(!keys.contains(&format!("{:08x}", text_key(text))), "{tag}.json still carries {text:?}");
        }
        // Everything else stays: the whole catalogue less exactly the readings' texts.
        let whole = keys_of(&compile_catalogue(&source).expect("compiles")).len();
        assert_eq!(keys.len() + fetched_texts().len(), whole, "{tag}: only the readings' texts left");
        install(tag, &trimmed).expect("installs");
        assert_ne!(tr("Start"), "Start", "{tag}: the interface is still translated");
        uninstall();
    }
}

#[test]
fn an_installed_readings_file_gives_each_text_in_its_language() {
    let credibility = &readings::trust::TRUST_READINGS[0].views[0][0];
    install_readings(&readings_file("de")).expect("the German readings install");
    assert!(readings_installed());
    let (meaning, steps) = credibility.texts().expect("every text is in the file");
    assert!(meaning.starts_with("Deine Antworten deuten darauf hin"), "{meaning}");
    assert_eq!(steps.len(), credibility.steps.len());
    let words = interpret_saved(&even_checkin()).expect("scores");
    assert!(!words.explanations_missing);
    // The check-in's lowest part is the relationship: its question from the client's view, as de.json has it.
    let german = match parse(&source("de")) {
        Ok(Json::Object(members)) => members
            .into_iter()
            .find(|(english, _)| english == "What would help me feel more heard in our sessions?")
            .and_then(|(_, german)| if let Json::Str(german) = german { Some(german) } else { None }),
        _ => None,
    };
    assert_eq!(words.questions.first().copied(), german.as_deref());
    assert_eq!(words.questions.len(), 3);
    // English, as an English page gets it: the texts as written.
    install_readings(&readings_file("en")).expect("the English readings install");
    assert_eq!(credibility.texts().map(|(meaning, _)| meaning), Some(credibility.meaning.english));
    uninstall_readings();
}

#[test]
fn a_result_without_its_readings_file_keeps_its_scores_and_ethics_note_and_says_so() {
    // An installed file without the texts stands for one that has not arrived: in the wasm there is no English
    // to fall back on.
    install_readings("{}").expect("an empty file is well formed");
    let trust = interpret_saved(&uneven_trust()).expect("scores without any reading");
    assert!(trust.explanations_missing);
    assert!(trust.headline.starts_with("Trust index "), "{}", trust.headline);
    assert_eq!(trust.lines.len(), 4, "every part's score");
    assert!(trust.lines.iter().all(|line| line.reading.is_some_and(|r| r.texts().is_none())));
    assert_eq!(trust.ethics_note, ETHICS_NOTE);
    assert!(trust.questions.is_empty());
    assert!(trust.lead.contains("has the most room to grow"), "{}", trust.lead);
    assert!(!trust.lead.contains("What to try first"), "no half a sentence: {}", trust.lead);
    // The check-in has no readings but its questions come from the file too.
    assert!(interpret_saved(&even_checkin()).expect("scores").explanations_missing);
    // The summary is right for what it holds: scores, the ethics note, no questions heading over nothing.
    let summary = text_summary(&uneven_trust(), "1 Dec 2026", "").expect("a summary");
    assert!(summary.ends_with(ETHICS_NOTE));
    assert!(!summary.contains("Bring this to a first conversation"), "{summary}");

    // When the file arrives, the same result has everything.
    install_readings(&readings_file("en")).expect("installs");
    let trust = interpret_saved(&uneven_trust()).expect("scores");
    assert!(!trust.explanations_missing);
    let first = readings::trust::TRUST_READINGS[2].views[0][0].steps[0].english;
    assert!(trust.lead.ends_with(&format!("What to try first: {first}")), "{}", trust.lead);
    assert!(!trust.questions.is_empty());
    let summary = text_summary(&uneven_trust(), "1 Dec 2026", "").expect("a summary");
    assert!(summary.contains("Bring this to a first conversation:\n- "), "{summary}");
    uninstall_readings();
}

#[test]
fn a_damaged_readings_file_is_refused_and_the_one_installed_stays() {
    install_readings(&readings_file("en")).expect("installs");
    let unsorted = r#"{"ffffffff": "b", "00000001": "a"}"#;
    let english_keys = r#"{"Your answers": "x"}"#;
    let too_long = format!(r#"{{"00000001": "{}"}}"#, "a".repeat(2_001));
    for damaged in ["", "not json", "[]", r#"{"00000001": 5}"#, unsorted, english_keys, &too_long] {
        assert_eq!(install_readings(damaged), Err(CatalogueError::Malformed), "{damaged:?}");
    }
    assert!(interpret_saved(&uneven_trust()).is_some_and(|words| !words.explanations_missing));
    uninstall_readings();
    assert!(!readings_installed());
}

#[test]
fn the_key_lookup_finds_every_text_and_nothing_else() {
    install_readings(r#"{"00000002": "two", "0000000a": "ten"}"#).expect("sorted hex keys");
    let two = rapport_core::i18n::Fetched { key: 2, english: "2" };
    let ten = rapport_core::i18n::Fetched { key: 10, english: "10" };
    let three = rapport_core::i18n::Fetched { key: 3, english: "3" };
    assert_eq!((two.text(), ten.text(), three.text()), (Some("two"), Some("ten"), None));
    uninstall_readings();
    // Natively, without a readings file, the English written beside the key (through the page's catalogue).
    assert_eq!(three.text(), Some("3"));
    let question = rapport_core::fetched!("What would make it easier to tell me when something does not sit right?");
    assert_eq!(question.key, text_key(question.english));
}
