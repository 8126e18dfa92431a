//! Goals as a share code (format C): progress only unless the person includes the names, a coach's reply that never
//! carries names, both side by side, and every single-character change refused.

use rapport_core::goals::{GoalStatus, Goals, SessionEntry};
use rapport_core::share::{
    compare_goals, decode_goals, encode_goals, CompareGoalsError, GoalPair, ShareError, SharedGoals, ALPHABET,
    GOALS_FORMAT, MAX_GOALS_CODE_CHARS,
};

const T: u64 = 1_764_000_000_000;

fn goals_and_entries() -> (Goals, Vec<SessionEntry>) {
    let mut goals = Goals::default();
    for (at, name) in ["Speak first on Mondays", "Délégation ✓", "Sleep"].iter().enumerate() {
        goals.add(name, "", T + at as u64).expect("valid");
    }
    let ids: Vec<u64> = goals.active().map(|g| g.id).collect();
    let first = SessionEntry::new(&goals, &[None; 4], &[(ids[0], Some(3)), (ids[1], Some(9))], "", T + 10);
    let second = SessionEntry::new(&goals, &[None; 4], &[(ids[0], Some(5))], "", T + 20);
    (goals, vec![first.expect("valid"), second.expect("valid")])
}

fn samples() -> Vec<SharedGoals> {
    let (goals, entries) = goals_and_entries();
    let private = SharedGoals::from_goals(&goals, &entries, false, T + 30).expect("active goals");
    let named = SharedGoals::from_goals(&goals, &entries, true, T + 30).expect("active goals");
    let reply = private.reply(vec![Some(6), None, Some(10)], T + 40);
    let mut one = Goals::default();
    one.add(&"é".repeat(80), "", T).expect("valid");
    let long = SharedGoals::from_goals(&one, &[], true, T).expect("active");
    vec![private, named, reply, long]
}

#[test]
fn by_default_only_progress_travels_and_the_goals_are_goal_1_goal_2() {
    let shared = &samples()[0];
    assert!(shared.names.is_empty());
    assert_eq!(shared.ratings, [Some(5), Some(9), None], "the latest rating of each, none for an unrated goal");
    let code = encode_goals(shared).expect("encodes");
    assert!(code.starts_with(GOALS_FORMAT));
    assert!(!code.contains("Speak"));
    let back = decode_goals(&code).expect("decodes");
    assert_eq!(&back, shared);
    assert_eq!(back.label(0), "Goal 1");
    assert_eq!(back.label(2), "Goal 3");
}

#[test]
fn names_travel_only_when_the_person_includes_them() {
    let named = &samples()[1];
    let back = decode_goals(&encode_goals(named).expect("encodes")).expect("decodes");
    assert_eq!(back.names, ["Speak first on Mondays", "Délégation ✓", "Sleep"]);
    assert_eq!(back.label(1), "Délégation ✓");
    let longest = encode_goals(&samples()[3]).expect("80 two-byte characters fit");
    assert!(longest.len() <= MAX_GOALS_CODE_CHARS);
}

#[test]
fn a_coach_reply_never_carries_names_and_is_refused_with_them() {
    let reply = &samples()[2];
    assert!(reply.from_coach && reply.names.is_empty());
    let with_names = SharedGoals { names: vec!["a".into(), "b".into(), "c".into()], ..reply.clone() };
    assert_eq!(encode_goals(&with_names), Err(ShareError::LabelInvalid));
}

#[test]
fn names_with_control_or_direction_characters_or_too_long_are_refused() {
    let named = samples()[1].clone();
    for bad in ["a\u{202E}b", "tab\t", "", &"x".repeat(81)] {
        let crafted = SharedGoals { names: vec![bad.to_string(), "b".into(), "c".into()], ..named.clone() };
        assert_eq!(encode_goals(&crafted), Err(ShareError::LabelInvalid), "{bad:?}");
    }
    let off_scale = SharedGoals { ratings: vec![Some(11)], names: vec![], ..named.clone() };
    assert_eq!(encode_goals(&off_scale), Err(ShareError::OffScale));
    let none = SharedGoals { ratings: vec![], names: vec![], ..named };
    assert_eq!(encode_goals(&none), Err(ShareError::OffScale));
}

#[test]
fn the_compare_view_sets_both_ratings_side_by_side() {
    let [private, named, reply, _] = <[SharedGoals; 4]>::try_from(samples()).expect("four samples");
    let pairs = compare_goals(&named, &reply).expect("same goals");
    assert_eq!(
        pairs,
        [
            GoalPair { label: "Speak first on Mondays".into(), client: Some(5), coach: Some(6) },
            GoalPair { label: "Délégation ✓".into(), client: Some(9), coach: None },
            GoalPair { label: "Sleep".into(), client: None, coach: Some(10) },
        ]
    );
    assert_eq!(compare_goals(&private, &reply).expect("same goals")[0].label, "Goal 1");
    assert_eq!(compare_goals(&reply, &named), Err(CompareGoalsError::SameSide));
    assert_eq!(compare_goals(&named, &private), Err(CompareGoalsError::SameSide));
    let mut other = Goals::default();
    other.add("Other", "", T).expect("valid");
    let elsewhere = SharedGoals::from_goals(&other, &[], false, T).expect("active").reply(vec![Some(1)], T);
    assert_eq!(compare_goals(&named, &elsewhere), Err(CompareGoalsError::OtherGoals));
}

#[test]
fn without_an_active_goal_there_is_nothing_to_send() {
    let mut goals = Goals::default();
    let id = goals.add("Done", "", T).expect("valid");
    goals.set_status(id, GoalStatus::Achieved, T).expect("allowed");
    assert_eq!(SharedGoals::from_goals(&goals, &[], true, T), None);
}

#[test]
fn every_single_character_change_of_a_goals_code_is_refused() {
    let alphabet: Vec<char> = ALPHABET.chars().collect();
    let mut tried = 0usize;
    for shared in samples() {
        let code: Vec<char> = encode_goals(&shared).expect("encodes").chars().collect();
        let mut refused = |mutated: Vec<char>| {
            let text: String = mutated.into_iter().collect();
            let outcome = decode_goals(&text);
            assert!(matches!(outcome, Err(ShareError::Damaged | ShareError::NotACode)), "{text} gave {outcome:?}");
            tried += 1;
        };
        for at in 0..code.len() {
            for &c in alphabet.iter().filter(|&&c| c != code[at]) {
                let mut mutated = code.clone();
                mutated[at] = c;
                refused(mutated);
            }
            let mut deleted = code.clone();
            deleted.remove(at);
            refused(deleted);
        }
        for at in 0..=code.len() {
            for &c in &alphabet {
                let mut inserted = code.clone();
                inserted.insert(at, c);
                refused(inserted);
            }
        }
    }
    assert!(tried > 20_000, "{tried}");
}

#[test]
fn hostile_text_is_refused_without_panic() {
    for text in ["", "C", "CCCCCCCCCCC", "B", "C!!!!", &"C".repeat(MAX_GOALS_CODE_CHARS + 1), "Cé"] {
        assert!(decode_goals(text).is_err(), "{text}");
    }
    assert_eq!(decode_goals(&"C".repeat(MAX_GOALS_CODE_CHARS + 1)), Err(ShareError::TooLong));
}

#[test]
fn a_goals_link_opens_for_rating_and_with_a_reply_opens_the_comparison() {
    use rapport_core::share::{goals_link, read_goals_fragment, GoalsLink};
    let [_, named, _, _] = <[SharedGoals; 4]>::try_from(samples()).expect("four samples");
    let link = goals_link("https://ana.example/summary.html", &named, None);
    let fragment = link.split_once('#').map(|(_, f)| f).expect("a fragment");
    assert_eq!(read_goals_fragment(fragment), Some(Ok(GoalsLink::Rate(named.clone()))));
    let reply = named.reply(vec![Some(2), Some(3), Some(4)], T);
    let both = goals_link("https://ana.example/summary.html", &named, Some(&reply));
    let fragment = both.split_once('#').map(|(_, f)| f).expect("a fragment");
    let Some(Ok(GoalsLink::Compare(pairs))) = read_goals_fragment(fragment) else { panic!("a comparison") };
    assert_eq!(pairs[2], GoalPair { label: "Sleep".into(), client: None, coach: Some(4) });
    assert_eq!(read_goals_fragment("r=B123"), None, "a result link is not a goals link");
    let long_result_link = format!("r={}", "A".repeat(20_001));
    assert_eq!(read_goals_fragment(&long_result_link), None, "however long: its own reader says it is too long");
    let long_goals_link = format!("g={}", "C".repeat(3_000));
    assert_eq!(read_goals_fragment(&long_goals_link), Some(Err(ShareError::TooLong.message())));
    assert_eq!(read_goals_fragment("g=Cxyz"), Some(Err(ShareError::Damaged.message())));
    let swapped = format!("g={}&c={}", encode_goals(&reply).expect("ok"), encode_goals(&named).expect("ok"));
    assert_eq!(read_goals_fragment(&swapped), Some(Err(CompareGoalsError::SameSide.message())));
}

#[test]
fn the_text_summary_names_the_goals_only_when_the_person_chose_to() {
    use rapport_core::share::goals_summary;
    let [private, named, _, _] = <[SharedGoals; 4]>::try_from(samples()).expect("four samples");
    let text = goals_summary(&private, "https://x.example/s#g=C");
    assert_eq!(
        text,
        "My goals and my latest rating of each, from 0 to 10:\n- Goal 1: 5 of 10\n- Goal 2: 9 of 10\n- Goal 3: not rated yet\n\nhttps://x.example/s#g=C"
    );
    assert!(!text.contains("Speak"));
    assert!(goals_summary(&named, "").contains("- Speak first on Mondays: 5 of 10"));
}
