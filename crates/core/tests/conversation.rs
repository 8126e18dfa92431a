//! "Bring this to a first conversation": a question for every part, from every point of view, in every language
//! we ship; two or three of them offered, drawn from the lower parts; in the summary that is copied and emailed.

use rapport_core::catalogue_tools::compile_catalogue;
use rapport_core::i18n::{install, tr, uninstall, LANGUAGES};
use rapport_core::instrument::{self, InstrumentId, Keying};
use rapport_core::interpret::interpret_saved;
use rapport_core::readings::conversation::{self, heading, lower_parts, MAX_QUESTIONS};
use rapport_core::readings::ETHICS_NOTE;
use rapport_core::storage::SavedResult;
use rapport_core::summary::text_summary;

fn install_language(tag: &str) {
    let path = format!("{}/catalogues/{tag}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    install(tag, &compile_catalogue(&text).expect("our catalogue compiles")).expect("our catalogue installs");
}

/// A result whose parts come out at the given answer (on the instrument's scale) per factor, in the better
/// direction (reverse-keyed items are answered the other way round).
fn result_with(id: InstrumentId, perspective: &str, per_factor: &[u8]) -> SavedResult {
    let instrument = instrument::current(id);
    let (min, max) = (instrument.scale.min(), instrument.scale.max());
    let answers = instrument
        .items
        .iter()
        .map(|item| {
            let wanted = per_factor[item.factor];
            let lower_is_better = instrument.factors[item.factor].lower_is_better;
            // Self-orientation counts the other way: a "good" answer there is a low raw one.
            let raises = (item.keying == Keying::Raises) != lower_is_better;
            Some(if raises { wanted } else { max + min - wanted })
        })
        .collect();
    SavedResult::new(id, instrument.version, perspective, answers, 1_763_900_000_000)
}

#[test]
fn every_part_has_a_question_from_every_view_in_every_language() {
    for id in InstrumentId::ALL {
        let instrument = instrument::current(id);
        let questions = conversation::for_instrument(id);
        let ids: Vec<&str> = questions.iter().map(|q| q.factor).collect();
        let factors: Vec<&str> = instrument.factors.iter().map(|f| f.id).collect();
        assert_eq!(ids, factors, "{id:?}: one set of questions per part, in the instrument's order");
        assert_eq!(instrument.perspectives.len(), 2, "{id:?}: two views, as the questions have");
        for part in questions {
            for question in part.views.map(|question| question.english) {
                assert!(question.ends_with('?') && question.len() <= 90, "{id:?}: {question:?} asks, briefly");
            }
            assert_ne!(part.views[0], part.views[1], "{id:?} {}: each view in its own words", part.factor);
        }
        for (tag, _) in LANGUAGES.iter().skip(1) {
            install_language(tag);
            for part in questions {
                for question in part.views.map(|question| question.english) {
                    let translated = tr(question);
                    assert_ne!(translated, question, "{tag}: {question:?} is not translated");
                    assert!(translated.ends_with('?'), "{tag}: {translated:?} asks");
                }
            }
            uninstall();
            for perspective in 0..2 {
                let english = heading(id, perspective);
                install_language(tag);
                assert_ne!(heading(id, perspective), english, "{tag}: the heading {english:?}");
                uninstall();
            }
        }
    }
}

#[test]
fn the_coach_is_asked_to_ask_and_everyone_else_to_bring() {
    assert_eq!(heading(InstrumentId::Trust, 0), "Bring this to a first conversation");
    assert_eq!(heading(InstrumentId::Trust, 1), "Bring this to a first conversation");
    for id in [InstrumentId::Alliance, InstrumentId::CheckIn] {
        assert_eq!(heading(id, 0), "Bring this to a first conversation");
        assert_eq!(heading(id, 1), "Ask your client at your next session");
    }
}

#[test]
fn the_questions_come_from_every_part_but_the_strongest_lowest_first() {
    assert_eq!(lower_parts(&[900, 500, 700, 300]), vec![3, 1, 2]);
    assert_eq!(lower_parts(&[300, 500, 400]), vec![0, 2]);
    // Ties: the first listed is the strongest, and comes first among the low ones.
    assert_eq!(lower_parts(&[900, 900, 500, 500]), vec![2, 3, 1]);
    // All equal: nothing stands out, so none is left out, and at most three are asked.
    assert_eq!(lower_parts(&[400, 400, 400]), vec![0, 1, 2]);
    assert_eq!(lower_parts(&[7, 7, 7, 7]), vec![0, 1, 2]);
    for strengths in [[1u32, 2, 3, 4], [4, 3, 2, 1], [2, 9, 2, 9], [5, 5, 5, 1]] {
        let parts = lower_parts(&strengths);
        assert!((2..=MAX_QUESTIONS).contains(&parts.len()), "{strengths:?}: {parts:?}");
        let lowest = strengths.iter().copied().min().unwrap_or_default();
        assert_eq!(strengths[parts[0]], lowest, "{strengths:?}: the lowest comes first");
    }
}

#[test]
fn a_result_offers_the_questions_of_its_lower_parts_from_its_own_view() {
    // Trust, about me: intimacy lowest, then self-orientation (answered as if it were high), reliability; credibility
    // strongest and left out.
    let trust = interpret_saved(&result_with(InstrumentId::Trust, "self", &[5, 4, 1, 2])).expect("reads");
    assert_eq!(
        trust.questions,
        vec![
            "What makes it hard for people to tell me what really worries them?",
            "When do my own aims crowd out the other person's, and how would I notice?",
            "Which of my promises slips most often, and what gets in its way?",
        ]
    );
    // The alliance from the coach's side: questions to ask the client, bond lowest.
    let alliance = interpret_saved(&result_with(InstrumentId::Alliance, "coach", &[5, 4, 2])).expect("reads");
    assert_eq!(alliance.questions_heading, "Ask your client at your next session");
    assert_eq!(
        alliance.questions,
        vec![
            "What would make it easier to tell me when something does not sit right?",
            "What in the way we work helps you, and what would you change?",
        ]
    );
    // A check-in from the client's side: approach lowest.
    let checkin = interpret_saved(&result_with(InstrumentId::CheckIn, "client", &[8, 7, 3, 9])).expect("reads");
    assert_eq!(checkin.questions[0], "What about how we worked today would I like more of, or less of?");
    assert_eq!(checkin.questions.len(), 3);
    assert!(!checkin.questions.contains(&"What one thing would make the next session more useful to me?"));
}

#[test]
fn the_summary_carries_the_questions_before_the_link_and_ends_with_the_ethics_note() {
    let result = result_with(InstrumentId::Alliance, "client", &[5, 4, 2]);
    let text = text_summary(&result, "today", "https://x.example/#r=A").expect("summarises");
    let questions = text.find("Bring this to a first conversation:\n- What would make it easier for me to say");
    let link = text.find("See the full summary");
    assert!(questions.is_some() && questions < link, "{text}");
    assert!(text.ends_with(ETHICS_NOTE));
}

#[test]
fn the_questions_follow_the_language() {
    install_language("de");
    let result = result_with(InstrumentId::CheckIn, "coach", &[2, 8, 8, 8]);
    let words = interpret_saved(&result).expect("reads");
    assert_eq!(words.questions_heading, "Frag die Person, die du coachst, in der nächsten Sitzung");
    assert_eq!(words.questions[0], "Wann hast du dich heute am meisten gehört gefühlt, und wann am wenigsten?");
    uninstall();
}
