//! The text summary reads well on its own, and the mail link cannot be bent into another header.

use rapport_core::instrument::{self, InstrumentId};
use rapport_core::storage::SavedResult;
use rapport_core::summary::{mailto_link, percent_encode, text_summary, MAX_MAILTO_CHARS};

fn trust_result(label: Option<&str>) -> SavedResult {
    let trust = instrument::current(InstrumentId::Trust);
    let answers = (0..trust.items.len()).map(|i| Some(1 + (i % 5) as u8)).collect();
    let mut result = SavedResult::new(InstrumentId::Trust, trust.version, "self", answers, 1_763_900_000_000);
    result.label = label.map(str::to_string);
    result
}

#[test]
fn the_text_summary_names_the_instrument_every_part_and_the_link() {
    let text = text_summary(&trust_result(Some("Ana")), "23 Nov 2026", "https://x.example/s#r=ABC").unwrap();
    assert!(text.starts_with("Trust equation: About me (Ana), 23 Nov 2026\n"), "{text}");
    for part in ["Credibility", "Reliability", "Intimacy", "Self-orientation"] {
        assert!(text.contains(&format!("- {part}: ")), "{part} missing in {text}");
    }
    assert!(text.contains("lower is better"));
    assert!(text.contains("See the full summary: https://x.example/s#r=ABC"));
    assert!(text.contains("not a clinical or psychological test"));
    assert!(!text.contains('<'), "plain text only");
}

#[test]
fn an_unknown_version_gives_no_summary() {
    let mut result = trust_result(None);
    result.version = 999;
    assert_eq!(text_summary(&result, "today", ""), None);
}

#[test]
fn percent_encoding_leaves_no_separator_alive() {
    let encoded = percent_encode("a&cc=evil@x.example?b=c#d e\nf%é");
    assert_eq!(encoded, "a%26cc%3Devil%40x.example%3Fb%3Dc%23d%20e%0Af%25%C3%A9");
}

#[test]
fn a_mail_link_carries_the_text_or_only_the_link_when_too_long() {
    let link = mailto_link("My trust result", "line one\nline two", "https://x.example/#r=A");
    assert_eq!(link, "mailto:?subject=My%20trust%20result&body=line%20one%0Aline%20two");
    let long = "word ".repeat(1000);
    let link = mailto_link("Result", &long, "https://x.example/#r=A");
    assert!(link.chars().count() <= MAX_MAILTO_CHARS);
    assert!(link.contains("https%3A%2F%2Fx.example%2F%23r%3DA"), "{link}");
    // The short body still carries the ethics note: it goes wherever a score goes.
    assert!(link.ends_with(&percent_encode(rapport_core::readings::ETHICS_NOTE)), "{link}");
}
