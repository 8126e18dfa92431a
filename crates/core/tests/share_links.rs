//! A share link in a page's fragment, read as the summary page opens it: every problem named, nothing guessed.

use rapport_core::config::MAX_FRAGMENT_CODES;
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::share::{encode, read_share_fragment, LinkProblem, ShareError, SharedResult, MAX_FRAGMENT_CHARS};

/// A trust result whose answers all move from `answer`, on day `day`.
fn result(answer: u8, day: u32) -> SharedResult {
    let instrument = instrument::current(InstrumentId::Trust);
    let (min, max) = (instrument.scale.min(), instrument.scale.max());
    SharedResult {
        instrument: InstrumentId::Trust,
        version: instrument.version,
        perspective: 0,
        answers: (0..instrument.items.len()).map(|i| min + (answer + i as u8) % (max - min + 1)).collect(),
        completed_day: day,
        label: None,
    }
}

fn code(answer: u8) -> String {
    encode(&result(answer, 20_000))
}

#[test]
fn an_empty_link_is_named_empty() {
    let link = read_share_fragment("#r=");
    assert!(link.is_share_link);
    assert_eq!(link.problem, Some(LinkProblem::Empty));
    assert!(link.readable.is_empty());
    assert!(link.problem.is_some_and(|problem| problem.message().contains("empty")));
}

#[test]
fn a_fragment_that_is_no_share_link_says_nothing() {
    for fragment in ["", "#", "#contact", "#a=trust.1.self", "#own"] {
        assert_eq!(read_share_fragment(fragment), Default::default(), "{fragment}");
    }
}

#[test]
fn a_fragment_over_the_limit_is_named_too_long() {
    let fragment = format!("#r={}", "A".repeat(MAX_FRAGMENT_CHARS));
    let link = read_share_fragment(&fragment);
    assert!(link.is_share_link);
    assert_eq!(link.problem, Some(LinkProblem::TooLong));
    assert!(link.readable.is_empty());
    let message = LinkProblem::TooLong.message();
    assert!(message.contains("too long") && message.contains("cut"), "{message}");
}

#[test]
fn a_broken_first_code_is_named_and_nothing_is_compared() {
    let (good1, good2) = (code(1), code(2));
    let link = read_share_fragment(&format!("#r=BROKEN!&r={good1}&r={good2}"));
    assert!(!link.open, "the two readable links must not be compared without the person's choice");
    let codes: Vec<&str> = link.readable.iter().map(|(code, _)| code.as_str()).collect();
    assert_eq!(codes, [good1.as_str(), good2.as_str()]);
    assert_eq!(link.problem, Some(LinkProblem::Broken { positions: vec![1], count: 3, error: ShareError::NotACode }));
    let message = link.problem.map(|problem| problem.message()).unwrap_or_default();
    assert!(message.starts_with("Link 1 of 3 could not be read"), "{message}");
}

#[test]
fn every_broken_position_is_named() {
    let good = code(3);
    let damaged = format!("{}A", &good[..good.len() - 1]);
    let link = read_share_fragment(&format!("#r={good}&r={damaged}&r=&r=x!"));
    assert!(!link.open);
    match link.problem {
        Some(LinkProblem::Broken { positions, count, .. }) => assert_eq!((positions, count), (vec![2, 3], 3)),
        other => panic!("expected a broken link, got {other:?}"),
    }
}

#[test]
fn one_broken_code_alone_says_why() {
    let link = read_share_fragment("#r=BROKEN!");
    assert!(link.readable.is_empty());
    assert_eq!(link.problem.map(|problem| problem.message()), Some(ShareError::NotACode.message().to_string()));
}

#[test]
fn codes_past_the_limit_are_counted_as_left_out() {
    let good = code(4);
    let fragment: Vec<String> = (0..MAX_FRAGMENT_CODES + 7).map(|_| format!("r={good}")).collect();
    let link = read_share_fragment(&fragment.join("&"));
    assert!(link.open);
    assert_eq!(link.readable.len(), MAX_FRAGMENT_CODES);
    assert_eq!(link.problem, Some(LinkProblem::LeftOut(7)));
    let message = LinkProblem::LeftOut(7).message();
    assert!(message.starts_with("7 more results were left out"), "{message}");
}

#[test]
fn good_links_open_with_no_message() {
    let (good1, good2) = (code(5), code(6));
    let link = read_share_fragment(&format!("#r={good1}&r={good2}&own"));
    assert!(link.open && link.is_share_link);
    assert_eq!(link.problem, None);
    assert_eq!(link.readable.len(), 2);
}
