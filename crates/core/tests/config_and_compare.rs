//! Embed options are validated like attacker input; comparisons read in the better direction.

use std::collections::HashMap;

use proptest::prelude::*;
use rapport_core::config::{parse_options, Options, DEFAULT_NAMESPACE};
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::interpret::{compare, Direction};
use rapport_core::scoring::{score, Score};

fn options(pairs: &[(&str, &str)]) -> (Options, Vec<String>) {
    let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let (options, problems) = parse_options(|name| map.get(name).cloned());
    (options, problems.into_iter().map(|p| p.message).collect())
}

#[test]
fn no_options_means_the_person_chooses_and_the_default_namespace() {
    assert_eq!(options(&[]), (Options::default(), vec![]));
    assert_eq!(Options::default().namespace, DEFAULT_NAMESPACE);
}

#[test]
fn valid_options_are_taken() {
    let (parsed, problems) =
        options(&[("namespace", "coach-ana_2"), ("instrument", "alliance"), ("perspective", "coach")]);
    assert!(problems.is_empty());
    assert_eq!(parsed.namespace, "coach-ana_2");
    assert_eq!(parsed.instrument, Some(InstrumentId::Alliance));
    assert_eq!(parsed.perspective, Some(1));
}

#[test]
fn hostile_values_are_refused_with_a_specific_message() {
    let (parsed, problems) =
        options(&[("namespace", "../../etc"), ("instrument", "<img src=x onerror=alert(1)>"), ("perspective", "self")]);
    assert_eq!(parsed, Options::default());
    assert_eq!(problems.len(), 3);
    assert!(problems[0].starts_with("namespace \"../../etc\" is not allowed"));
    assert!(problems[1].contains("unknown: use trust, alliance, checkin or goals"));
    assert_eq!(problems[2], "perspective needs an instrument as well");
}

#[test]
fn a_perspective_must_belong_to_its_instrument() {
    let (parsed, problems) = options(&[("instrument", "trust"), ("perspective", "coach")]);
    assert_eq!(parsed.perspective, None);
    assert_eq!(problems, vec!["perspective \"coach\" is unknown for trust: use self or advisor".to_string()]);
}

#[test]
fn long_values_are_refused_and_never_echoed_in_full() {
    let long = "x".repeat(5000);
    let (_, problems) = options(&[("namespace", &long), ("instrument", &"y".repeat(150))]);
    assert_eq!(problems[0], "namespace: the value is too long");
    assert!(problems[1].len() < 120, "echo is shortened: {}", problems[1]);
}

#[test]
fn upper_case_and_blank_namespaces_fall_back() {
    assert_eq!(options(&[("namespace", "Coach")]).0.namespace, DEFAULT_NAMESPACE);
    assert_eq!(options(&[("namespace", "   ")]), (Options::default(), vec![]));
}

proptest! {
    #[test]
    fn any_option_values_give_safe_options(ns in any::<String>(), ins in any::<String>(), per in any::<String>()) {
        let (parsed, problems) = options(&[("namespace", &ns), ("instrument", &ins), ("perspective", &per)]);
        prop_assert!(parsed.namespace.len() <= 32);
        prop_assert!(parsed.namespace.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'));
        for message in problems {
            prop_assert!(message.chars().count() < 200);
        }
    }
}

/// Version 1, where every self-orientation statement is generous (the arithmetic below is for it).
fn trust_v1() -> &'static instrument::Instrument {
    instrument::find(InstrumentId::Trust, 1).expect("version 1 is kept")
}

fn trust(answers: [u8; 4]) -> Score {
    let [c, r, i, s] = answers;
    let all: Vec<Option<u8>> = (0..5).flat_map(|_| [c, r, i, s]).map(Some).collect();
    score(trust_v1(), &all).expect("complete")
}

#[test]
fn a_falling_self_orientation_reads_as_better() {
    // Self-orientation items answered 2 then 4: raw S from 1 + 15 * 9 / 20 = 7.75 down to 3.25 (better).
    // Credibility answered 4 then 3: 7.75 down to 5.5 (worse). Reliability and intimacy unchanged.
    let changes = compare(trust_v1(), &trust([4, 3, 3, 2]), &trust([3, 3, 3, 4]));
    let directions: Vec<Direction> = changes.iter().map(|c| c.direction).collect();
    assert_eq!(directions, vec![Direction::Worse, Direction::Same, Direction::Same, Direction::Better]);
    assert_eq!(changes[0].text, "Credibility down 2.3 (7.8 to 5.5)");
    assert_eq!(changes[3].text, "Self-orientation down 4.5 (7.8 to 3.3)");
    assert_eq!(changes[1].text, "Reliability unchanged at 5.5");
}

#[test]
fn a_call_to_action_needs_a_safe_url() {
    let (parsed, problems) =
        options(&[("cta-url", "https://ana-coaching.example/book?src=rapport"), ("cta-label", "Book a free call")]);
    assert!(problems.is_empty());
    assert_eq!(
        parsed.call_to_action,
        Some(("Book a free call".to_string(), "https://ana-coaching.example/book?src=rapport".to_string()))
    );
    let (parsed, _) = options(&[("cta-url", "http://localhost:8080/book")]);
    assert_eq!(parsed.call_to_action.map(|c| c.0), Some("Book a conversation".to_string()));
}

#[test]
fn hostile_call_to_action_urls_are_refused() {
    for url in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "//evil.example/book",
        "/book",
        "http://evil.example/book",
        "http://localhost.evil.example/",
        "https://",
        "https://good.example@evil.example/",
        "https://evil.example/\u{0}",
        "https://evil.example/a b",
        "https:\\\\evil.example",
        "ftp://files.example/",
    ] {
        let (parsed, problems) = options(&[("cta-url", url), ("cta-label", "Book")]);
        assert_eq!(parsed.call_to_action, None, "{url:?} must be refused");
        assert_eq!(problems.len(), 1, "{url:?}");
        assert!(problems[0].contains("https://"), "{}", problems[0]);
    }
    let (parsed, problems) = options(&[("cta-label", "Book")]);
    assert_eq!((parsed.call_to_action, problems), (None, vec!["cta-label needs a cta-url as well".to_string()]));
    let (parsed, problems) = options(&[("cta-url", "https://ok.example"), ("cta-label", &"x".repeat(61))]);
    assert_eq!(parsed.call_to_action, None);
    assert_eq!(problems.len(), 1);
}

#[test]
fn query_pairs_are_decoded_and_bounded() {
    use rapport_core::config::{query_pairs, MAX_QUERY_CHARS};
    let pairs = query_pairs("?instrument=trust&cta-label=Book+a+call%21&x&bad=%ZZ&%F0%9F%99%82=smile");
    assert_eq!(
        pairs,
        vec![
            ("instrument".to_string(), "trust".to_string()),
            ("cta-label".to_string(), "Book a call!".to_string()),
            ("x".to_string(), String::new()),
            ("🙂".to_string(), "smile".to_string()),
        ]
    );
    assert!(query_pairs(&format!("a={}", "b".repeat(MAX_QUERY_CHARS))).is_empty());
    assert!(query_pairs("a=%C3").is_empty(), "a cut UTF-8 sequence is dropped");
}

#[test]
fn fragment_codes_are_split_out_and_bounded() {
    use rapport_core::config::{fragment_codes, MAX_FRAGMENT_CODES};
    assert_eq!(fragment_codes("#r=ABC"), vec!["ABC"]);
    assert_eq!(fragment_codes("#r=A&r=B&x=1&r="), vec!["A", "B"]);
    assert!(fragment_codes("#contact").is_empty());
    assert_eq!(fragment_codes(&"r=A&".repeat(100)).len(), MAX_FRAGMENT_CODES);
    assert!(rapport_core::config::fragment_is_own("#r=A&own"));
    assert!(!rapport_core::config::fragment_is_own("#r=A&owner"));
}

proptest! {
    #[test]
    fn query_and_fragment_parsing_never_panic(text in ".{0,300}") {
        let _ = rapport_core::config::query_pairs(&text);
        let _ = rapport_core::config::fragment_codes(&text);
    }
}

#[test]
fn look_and_behaviour_options_are_taken() {
    let (parsed, problems) = options(&[
        ("accent", "#8A2BE2"),
        ("coach", "Ana Lima Coaching"),
        ("lang", "EN-gb"),
        ("share", "off"),
        ("event-scores", "Yes"),
        ("share-base", "https://ana.example/results"),
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(parsed.share_base.as_deref(), Some("https://ana.example/results"));
    assert_eq!(parsed.accent, Some(rapport_core::theme::Rgb(0x8a, 0x2b, 0xe2)));
    assert_eq!(parsed.coach.as_deref(), Some("Ana Lima Coaching"));
    assert_eq!(parsed.lang.as_deref(), Some("en-gb"));
    assert!(!parsed.share);
    assert!(parsed.event_scores);
    // Defaults: sharing on, scores never sent.
    assert!(Options::default().share);
    assert!(!Options::default().event_scores);
}

#[test]
fn hostile_look_and_behaviour_options_are_refused_by_name() {
    let (parsed, problems) = options(&[
        ("accent", "red;}:host{display:none"),
        ("coach", "Ana \u{202e}gnihcaoC"),
        ("lang", "<script>"),
        ("share", "maybe"),
        ("event-scores", "1"),
        ("share-base", "javascript:alert(1)//https://ana.example"),
    ]);
    assert_eq!(parsed, Options::default());
    assert_eq!(problems.len(), 6, "{problems:?}");
    assert!(problems[3].starts_with("share-base \"javascript:alert(1)//https://ana.example\" is not allowed"));
    // A base with a fragment of its own would swallow the share code's.
    assert_eq!(options(&[("share-base", "https://ana.example/results#top")]).0.share_base, None);
    assert_eq!(options(&[("share-base", "http://evil.example/")]).0.share_base, None);
    assert!(problems[0].starts_with("accent \"red;}:host{display:none\" is not a colour"));
    assert_eq!(problems[1], "coach must be plain text of at most 60 characters");
    assert!(problems[2].starts_with("lang \"<script>\" is not a language tag"));
    assert_eq!(problems[4], "share \"maybe\" is not a switch: use on or off");
    assert_eq!(problems[5], "event-scores \"1\" is not a switch: use on or off");
}

#[test]
fn a_language_we_do_not_have_yet_is_named_and_english_shown() {
    let (parsed, problems) = options(&[("lang", "fr-CA")]);
    assert_eq!(parsed.lang.as_deref(), Some("fr-ca"));
    assert_eq!(problems, vec!["lang \"fr-ca\": this language is not available yet, so English is shown".to_string()]);
    assert_eq!(options(&[("lang", &"a".repeat(40))]).0.lang, None);
    assert_eq!(options(&[("lang", "e")]).0.lang, None);
    assert_eq!(options(&[("lang", "en--gb")]).0.lang, None);
}

#[test]
fn share_base_is_kept_only_on_the_pages_own_site_or_a_subdomain() {
    use rapport_core::config::share_base_on_page;
    let judge = |base: &str, page: &str| {
        let (mut parsed, mut problems) = parse_options(|name| (name == "share-base").then(|| base.to_string()));
        share_base_on_page(&mut parsed, &mut problems, page);
        (parsed.share_base, problems.into_iter().map(|problem| problem.message).collect::<Vec<_>>())
    };
    let page = "https://ana.example/booking?x=1#top";
    for kept in ["https://ana.example/results", "https://results.ana.example/", "https://ANA.example/r"] {
        assert_eq!(judge(kept, page), (Some(kept.to_string()), vec![]), "{kept}");
    }
    for refused in [
        "https://evil.example/results", // the message names the attribute: data-share-base
        "https://ana.example.evil.example/",
        "https://evilana.example/",
        "https://ana.example:8443/results",
        "https://ana.example@evil.example/",
    ] {
        let (kept, problems) = judge(refused, page);
        assert_eq!(kept, None, "{refused}");
        assert_eq!(problems.len(), 1, "{refused}");
        assert!(problems[0].contains("share-base \""), "{}", problems[0]);
    }
    assert!(judge("https://evil.example/", page).1[0]
        .starts_with("share-base \"https://evil.example/\" is not allowed: use an https:// page on this site"));
    // A sibling subdomain would need the public suffix list: refused, as docs/embedding.md says.
    assert_eq!(judge("https://results.ana.example/", "https://www.ana.example/").0, None);
    assert_eq!(
        judge("http://localhost:8261/r.html", "http://localhost:8261/ana.html").0.as_deref(),
        Some("http://localhost:8261/r.html")
    );
    assert_eq!(judge("https://ana.example/r", "").0, None);
}

#[test]
fn every_invisible_reordering_character_is_refused_in_the_coach_name_and_dropped_from_console_echoes() {
    for hidden in ['\u{200E}', '\u{200F}', '\u{202E}', '\u{2067}', '\u{2028}', '\u{FEFF}', '\u{0}', '\n'] {
        let name = format!("Ana {hidden}Lima");
        let (parsed, problems) = options(&[("coach", &name)]);
        assert_eq!(parsed.coach, None, "{:?}", hidden);
        assert_eq!(problems, vec!["coach must be plain text of at most 60 characters".to_string()]);
        // A refused value is echoed without the character, so the message reads as written.
        let (_, problems) = options(&[("lang", &format!("e{hidden}n<"))]);
        assert!(problems[0].starts_with("lang \"en<\" is not a language tag"), "{:?}: {problems:?}", hidden);
        assert_eq!(rapport_core::config::quoted(&name), "\"Ana Lima\"");
    }
}

#[test]
fn the_widget_mounts_only_into_an_empty_div_section_or_aside() {
    use rapport_core::config::host_element_problem;
    for tag in ["DIV", "section", "ASIDE"] {
        assert_eq!(host_element_problem(tag, false), None, "{tag}");
        let message = host_element_problem(tag, true).unwrap_or_default();
        assert!(message.contains("needs an empty div, section or aside"), "{message}");
    }
    for tag in ["A", "BUTTON", "ana-booking", "SPAN", "P", "BODY", "x\u{202e}ton"] {
        let message = host_element_problem(tag, false).unwrap_or_default();
        assert!(
            message.starts_with("rapport: data-rapport needs an empty div, section or aside: this \""),
            "{message}"
        );
        assert!(message.ends_with("element was left as it is"), "{message}");
        assert!(!message.contains('\u{202e}'), "{message}");
    }
}

#[test]
fn instrument_goals_starts_the_goals_screen_and_is_no_questionnaire() {
    let (parsed, problems) = options(&[("instrument", "goals")]);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(parsed.goals);
    assert_eq!(parsed.instrument, None);
    let (parsed, problems) = options(&[("instrument", "goal")]);
    assert!(!parsed.goals);
    assert!(problems[0].contains("unknown: use trust, alliance, checkin or goals"), "{problems:?}");
    assert!(!options(&[("instrument", "trust")]).0.goals);
}

#[test]
fn a_perspective_beside_goals_is_refused_for_what_it_is() {
    let (parsed, problems) = options(&[("instrument", "goals"), ("perspective", "client")]);
    assert!(parsed.goals);
    assert_eq!(parsed.perspective, None);
    assert_eq!(problems, vec!["perspective does not apply to goals: leave it out".to_string()]);
}
