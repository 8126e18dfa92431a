//! The rest of the UI's text rules, moved into the core: the result's meta line, the configuration note, the
//! share panel's copy and share-sheet outcomes, the tools' headings and counts, and the links the UI writes.
//! Each test is a rule the UI used to decide with an `if` or a `match` of its own.

use rapport_core::attempt::Attempt;
use rapport_core::config::ConfigProblem;
use rapport_core::group::{aggregate, compare_pasted};
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::interpret::interpret_saved;
use rapport_core::share::{
    decode, decode_all, from_handoff, handoff_link, share_code, share_link, start_link, SharedResult,
};
use rapport_core::storage::{SavedResult, SHARED_ID_PREFIX};
use rapport_core::wording::{self, AfterShareSheet, Copied};

const AT: u64 = 1_763_900_000_000; // 23 November 2025

fn finished(id: InstrumentId, perspective: usize) -> SavedResult {
    let instrument = instrument::current(id);
    let mut attempt = Attempt::new(instrument, perspective, 1);
    attempt.answers = (0..instrument.items.len()).map(|i| Some(instrument.scale.min() + (i % 3) as u8)).collect();
    attempt.finish(AT).unwrap_or_else(|error| panic!("complete answers: {error:?}"))
}

fn someone_elses(mut result: SavedResult, label: Option<&str>) -> SavedResult {
    result.id = format!("{SHARED_ID_PREFIX}{}", result.id);
    result.label = label.map(str::to_string);
    result
}

fn link_of(result: &SavedResult, label: &str) -> String {
    share_link("https://example.org/summary.html", result, label)
}

#[test]
fn the_result_repeats_the_privacy_note_only_when_scores_leave() {
    assert_eq!(wording::result_privacy_note(false), "");
    assert_eq!(wording::result_privacy_note(true), wording::privacy_note(true));
}

#[test]
fn the_config_note_lists_every_problem_or_says_nothing() {
    assert_eq!(wording::config_note(&[]), "");
    let problems = [
        ConfigProblem { option: "instrument", message: "Unknown instrument \"x\".".into() },
        ConfigProblem { option: "lang", message: "Unknown language \"y\".".into() },
    ];
    assert_eq!(
        wording::config_note(&problems),
        "This assessment's settings need attention (a note for the site owner): Unknown instrument \"x\".; \
         Unknown language \"y\".. The defaults are used instead."
    );
}

#[test]
fn the_meta_line_says_whose_only_for_a_received_result() {
    let own = finished(InstrumentId::CheckIn, 0);
    assert_eq!(wording::result_meta(&own, false, "23 Nov"), "Session check-in · I am the client · 23 Nov");
    let shared = someone_elses(own.clone(), Some("Ana"));
    assert_eq!(
        wording::result_meta(&shared, true, "23 Nov"),
        "Shared by Ana · Session check-in · I am the client · 23 Nov"
    );
    let unnamed = someone_elses(own, None);
    assert_eq!(
        wording::result_meta(&unnamed, true, "23 Nov"),
        "Shared with you · Session check-in · I am the client · 23 Nov"
    );
    // The person's own link opened on our summary page reads as theirs.
    assert_eq!(wording::result_meta(&shared, false, "23 Nov"), "Session check-in · I am the client · 23 Nov");
}

#[test]
fn lines_that_count_and_number() {
    let checkin = instrument::current(InstrumentId::CheckIn);
    assert_eq!(wording::instrument_meta(checkin), format!("4 statements · about {} min", checkin.minutes));
    assert_eq!(wording::question_progress(0, 20), "Question 1 of 20");
    assert_eq!(wording::question_progress(19, 20), "Question 20 of 20");
    assert_eq!(wording::question_link(2, "We agree on goals."), "Question 3: We agree on goals.");
    assert_eq!(wording::unreadable_download(0, 1), "Download the unreadable data");
    assert_eq!(wording::unreadable_download(0, 2), "Download the unreadable data (1 of 2)");
    assert_eq!(wording::unreadable_download(1, 2), "Download the unreadable data (2 of 2)");
}

#[test]
fn a_dense_scale_shows_numbers_in_its_boxes() {
    let checkin = instrument::current(InstrumentId::CheckIn).scale;
    let trust = instrument::current(InstrumentId::Trust).scale;
    assert!(checkin.is_dense() && !trust.is_dense());
    let last = checkin.points.last().expect("points");
    assert_eq!(wording::answer_box(&checkin, last.value, "completely"), "10");
    let agree = trust.points.iter().find(|p| p.label == "Agree").expect("an Agree point");
    assert_eq!(wording::answer_box(&trust, agree.value, "Agree"), "Agree");
}

#[test]
fn the_chart_names_a_factor_where_lower_is_better() {
    let mut result = finished(InstrumentId::Trust, 0);
    result.version = 1;
    let lines = interpret_saved(&result).expect("readable").lines;
    let names: Vec<String> = lines.iter().map(wording::chart_name).collect();
    assert_eq!(names.iter().filter(|n| n.ends_with(" (lower is better)")).count(), 1);
    assert!(names.contains(&"Self-orientation (lower is better)".to_string()));
    assert!(names.contains(&"Credibility".to_string()));
}

#[test]
fn copying_says_what_was_copied_or_how_to_copy_by_hand() {
    assert_eq!(wording::copy_outcome(Copied::Link, true), "Link copied.");
    assert_eq!(wording::copy_outcome(Copied::Summary, true), "Text summary copied.");
    assert_eq!(wording::copy_outcome(Copied::Questions, true), "Questions copied.");
    for what in [Copied::Link, Copied::Summary, Copied::Questions] {
        assert_eq!(
            wording::copy_outcome(what, false),
            "Copying is blocked here: select the text below and copy it yourself."
        );
    }
}

#[test]
fn the_share_sheet_is_thanked_left_alone_or_replaced_by_a_copy() {
    assert_eq!(wording::after_share_sheet(Ok(())), AfterShareSheet::Say("Shared."));
    assert_eq!(wording::after_share_sheet(Err("AbortError")), AfterShareSheet::Nothing);
    assert_eq!(wording::after_share_sheet(Err("NotAllowedError")), AfterShareSheet::CopyLink);
    assert_eq!(wording::after_share_sheet(Err("Missing")), AfterShareSheet::CopyLink);
    assert_eq!(wording::share_subject(&finished(InstrumentId::Alliance, 0)), "My Working alliance result");
    let mut unknown = finished(InstrumentId::Alliance, 0);
    unknown.version = 999;
    assert_eq!(wording::share_subject(&unknown), "My rapport result");
}

#[test]
fn a_share_link_carries_the_cleaned_label_and_needs_a_base() {
    let own = finished(InstrumentId::Alliance, 1);
    let link = link_of(&own, " Ana\u{202E} ");
    let code = link.strip_prefix("https://example.org/summary.html#r=").expect("our page, then the code");
    assert_eq!(code, share_code(&own, "Ana"));
    let back = decode(code).expect("decodes");
    assert_eq!(back.label.as_deref(), Some("Ana"));
    assert_eq!(
        back,
        SharedResult::from_saved(&own).map(|s| SharedResult { label: Some("Ana".into()), ..s }).expect("shareable")
    );
    assert_eq!(share_link("", &own, "Ana"), "", "no base: the page's address is unknown");
    let mut unknown = own;
    unknown.version = 999;
    assert_eq!(share_code(&unknown, ""), "");
    assert_eq!(link_of(&unknown, ""), "", "no code: no link");
}

#[test]
fn the_handoff_link_is_offered_only_for_the_persons_own_result() {
    let own = finished(InstrumentId::CheckIn, 0);
    let link = handoff_link("https://example.org/summary.html", &own, true);
    let fragment = link.strip_prefix("https://example.org/summary.html#a=").expect("our page, then the hand-over");
    let handed = fragment.strip_suffix("&own").expect("marked as the person's own");
    assert_eq!(from_handoff(handed).map(|r| r.answers), Some(own.answers.clone()));
    assert_eq!(handoff_link("https://example.org/summary.html", &own, false), "");
    assert_eq!(handoff_link("", &own, true), "");
}

#[test]
fn a_start_link_names_questionnaire_perspective_and_language() {
    let alliance = instrument::current(InstrumentId::Alliance);
    let coach = alliance.perspectives[1].id;
    assert_eq!(
        start_link("https://example.org/", alliance, 1, "de"),
        format!("https://example.org/?instrument=alliance&perspective={coach}&lang=de")
    );
    assert_eq!(
        start_link("https://example.org/", alliance, 99, "en"),
        "https://example.org/?instrument=alliance&perspective=&lang=en"
    );
}

#[test]
fn pasted_texts_give_results_and_one_problem_per_bad_line() {
    let (a, b) = (finished(InstrumentId::Alliance, 0), finished(InstrumentId::Alliance, 1));
    let texts = [format!("{}\n\nnot a link\n", link_of(&a, "")), link_of(&b, "Ana")];
    let (results, problems) = decode_all(&texts);
    assert_eq!(results.len(), 2);
    assert_eq!(problems.len(), 1);
    assert_eq!(wording::links_left_out(problems.len()), "1 link could not be read and was left out.");
    assert_eq!(wording::links_left_out(3), "3 links could not be read and were left out.");
    assert_eq!(wording::links_left_out(0), "");
    assert_eq!(wording::open_readable_links(2), "Open the readable links (2)");
}

#[test]
fn the_compare_tool_says_what_is_missing_or_wrong_before_comparing() {
    let (client, coach) = (finished(InstrumentId::Alliance, 0), finished(InstrumentId::Alliance, 1));
    let (client_link, coach_link) = (link_of(&client, ""), link_of(&coach, "Ana"));
    assert_eq!(compare_pasted(&[client_link.clone(), String::new()]).err(), Some("Paste two share links to compare."));
    let unreadable = compare_pasted(&["https://example.org/summary.html#r=nonsense".into(), coach_link.clone()]);
    assert!(unreadable.is_err_and(|problem| problem != "Paste two share links to compare."));
    let same_side = compare_pasted(&[client_link.clone(), client_link.clone()]);
    assert!(same_side.is_err_and(|problem| problem != "Paste two share links to compare."));
    let pair = compare_pasted(&[client_link, coach_link]).expect("two sides of one relationship");
    assert_eq!(pair.first.perspective, 0);
    assert_eq!(pair.second.label.as_deref(), Some("Ana"));
    let client_label = instrument::current(InstrumentId::Alliance).perspectives[0].label;
    let coach_label = instrument::current(InstrumentId::Alliance).perspectives[1].label;
    assert_eq!(wording::shared_side_name(&pair.first), client_label);
    assert_eq!(wording::shared_side_name(&pair.second), format!("Ana ({coach_label})"));
}

#[test]
fn a_group_heading_names_questionnaire_side_and_count() {
    let results: Vec<SharedResult> = (0..3)
        .map(|day| {
            let mut result = finished(InstrumentId::CheckIn, 1);
            result.completed_at += day * 86_400_000;
            SharedResult::from_saved(&result).expect("shareable")
        })
        .collect();
    let groups = aggregate(&results);
    assert_eq!(groups.len(), 1);
    assert_eq!(wording::group_heading(&groups[0]), "Session check-in · I am the coach · 3 results");
}

#[test]
fn an_import_says_what_came_in_or_why_nothing_did() {
    use rapport_core::storage::ImportError;
    assert_eq!(wording::import_message(&Err(ImportError::NotJson)), ImportError::NotJson.message());
    let mut envelope = rapport_core::storage::Envelope::new();
    let outcome = rapport_core::storage::import(&mut envelope, "{}");
    let expected = match &outcome {
        Ok(outcome) => outcome.message(),
        Err(error) => error.message().to_string(),
    };
    assert_eq!(wording::import_message(&outcome), expected);
    assert!(!expected.is_empty());
}

#[test]
fn the_summary_page_is_in_the_loaders_folder_or_nowhere() {
    assert_eq!(
        rapport_core::share::summary_page("https://rapport.example/v1/../"),
        "https://rapport.example/v1/../summary.html"
    );
    assert_eq!(
        rapport_core::share::summary_page("https://cdn.example/rapport/"),
        "https://cdn.example/rapport/summary.html"
    );
    assert_eq!(rapport_core::share::summary_page(""), "", "no relative link into the coach's site");
}
