//! The words for kept results, moved out of the UI: list lines, a check-in's trend, the changes since last time,
//! the data panel's counts, and the sentences that depend on a choice (`wording`).

use rapport_core::history::{
    change_word, changes_heading, checkin_trend, draft_line, headline_of, kept_here, result_line,
};
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::interpret::{interpret, Direction};
use rapport_core::storage::{Envelope, SavedResult, SHARED_ID_PREFIX};
use rapport_core::wording;

const DAY: u64 = 86_400_000;

fn checkin(values: [u8; 4], day: u64) -> SavedResult {
    let perspective = instrument::current(InstrumentId::CheckIn).perspectives[0].id;
    SavedResult::new(InstrumentId::CheckIn, 1, perspective, values.iter().copied().map(Some).collect(), day * DAY)
}

fn kept(results: &[SavedResult]) -> Envelope {
    let mut envelope = Envelope::new();
    for result in results {
        envelope.add_result(result.clone());
    }
    envelope
}

fn someone_elses(mut result: SavedResult, label: Option<&str>) -> SavedResult {
    result.id = format!("{SHARED_ID_PREFIX}{}", result.id);
    result.label = label.map(str::to_string);
    result
}

#[test]
fn the_first_check_in_invites_a_second() {
    let first = checkin([8, 8, 8, 8], 1);
    assert_eq!(
        checkin_trend(&kept(std::slice::from_ref(&first)), &first).as_deref(),
        Some("This is your first check-in here. Take it after your next session to see the trend.")
    );
}

#[test]
fn a_steady_check_in_names_both_totals_and_the_series() {
    let (a, b) = (checkin([8, 8, 8, 8], 1), checkin([8, 8, 8, 9], 2));
    assert_eq!(
        checkin_trend(&kept(&[a, b.clone()]), &b).as_deref(),
        Some("Last time: 32 of 40. Now: 33 of 40. Your check-ins so far: 32, 33.")
    );
}

#[test]
fn a_drop_of_four_or_more_is_worth_raising() {
    let (a, b) = (checkin([9, 9, 9, 9], 1), checkin([8, 8, 8, 8], 2));
    let trend = checkin_trend(&kept(&[a, b.clone()]), &b).expect("a check-in");
    assert!(trend.starts_with("Lower than last time (36 of 40, now 32). A dip is worth raising"), "{trend}");
    assert!(trend.ends_with("Your check-ins so far: 36, 32."), "{trend}");
}

#[test]
fn one_item_falling_by_two_is_a_drop_even_when_the_total_holds() {
    let (a, b) = (checkin([9, 5, 5, 5], 1), checkin([7, 6, 6, 5], 2));
    let trend = checkin_trend(&kept(&[a, b.clone()]), &b).expect("a check-in");
    assert!(trend.starts_with("Lower than last time (24 of 40, now 24)"), "{trend}");
}

#[test]
fn the_trend_counts_only_own_results_up_to_this_one() {
    let (a, b, c) = (checkin([5, 5, 5, 5], 1), checkin([6, 6, 6, 6], 2), checkin([7, 7, 7, 7], 3));
    let shared = someone_elses(checkin([1, 1, 1, 1], 1), Some("Ana"));
    let trend = checkin_trend(&kept(&[a, b.clone(), c, shared]), &b).expect("a check-in");
    assert_eq!(trend, "Last time: 20 of 40. Now: 24 of 40. Your check-ins so far: 20, 24.");
}

#[test]
fn other_instruments_have_no_trend() {
    let trust = SavedResult::new(InstrumentId::Trust, 1, "self", vec![Some(4); 20], DAY);
    assert_eq!(checkin_trend(&kept(std::slice::from_ref(&trust)), &trust), None);
}

#[test]
fn a_result_line_says_whose_when_and_what() {
    let own = checkin([8, 8, 8, 8], 1);
    let headline = headline_of(&own);
    assert_eq!(result_line(&own, "2 Jan 1970"), format!("2 Jan 1970 · Session check-in · {headline}"));
    let shared = someone_elses(own.clone(), Some("Ana"));
    assert_eq!(
        result_line(&shared, "2 Jan 1970"),
        format!("Shared by Ana · 2 Jan 1970 · Session check-in · {headline}")
    );
    let unlabelled = someone_elses(own, None);
    assert!(result_line(&unlabelled, "d").starts_with("Shared with you · d · "));
}

#[test]
fn a_result_that_cannot_be_read_says_so_in_its_line() {
    let mut unknown = checkin([8, 8, 8, 8], 1);
    unknown.version = 99;
    assert_eq!(headline_of(&unknown), "could not be read");
    assert_eq!(result_line(&unknown, "d"), "d · Result · could not be read");
}

#[test]
fn a_draft_line_counts_what_is_answered() {
    let mut draft = rapport_core::attempt::Attempt::new(instrument::current(InstrumentId::Trust), 0, 1).to_draft(2);
    draft.answers[0] = Some(3);
    draft.answers[5] = Some(4);
    let title = instrument::current(InstrumentId::Trust).title;
    assert_eq!(draft_line(&draft, "1 Jan"), Some(format!("{title}, 2 of 20 answered, started 1 Jan")));
    draft.version = 99;
    assert_eq!(draft_line(&draft, "1 Jan"), None);
}

#[test]
fn changes_are_worded_by_direction() {
    assert_eq!(change_word(Direction::Better), "(better)");
    assert_eq!(change_word(Direction::Worse), "(weaker)");
    assert_eq!(change_word(Direction::Same), "");
    assert_eq!(changes_heading("3 Mar 2026"), "Since your last result (3 Mar 2026)");
}

#[test]
fn the_data_panel_counts_in_the_singular_for_one() {
    assert_eq!(kept_here(0, 0, (0, 0)), "Kept here: 0 results and 0 unfinished questionnaires.");
    assert_eq!(kept_here(1, 1, (0, 0)), "Kept here: 1 result and 1 unfinished questionnaire.");
    assert_eq!(kept_here(2, 1, (0, 0)), "Kept here: 2 results and 1 unfinished questionnaire.");
    assert_eq!(kept_here(1, 12, (0, 0)), "Kept here: 1 result and 12 unfinished questionnaires.");
}

#[test]
fn the_data_panel_names_goals_only_where_there_are_some() {
    assert_eq!(
        kept_here(0, 0, (1, 0)),
        "Kept here: 0 results, 0 unfinished questionnaires, and 1 goal with 0 sessions."
    );
    assert_eq!(
        kept_here(2, 1, (3, 1)),
        "Kept here: 2 results, 1 unfinished questionnaire, and 3 goals with 1 session."
    );
    // Sessions whose goals were all removed by hand in a file are still counted, so still named.
    assert!(kept_here(0, 0, (0, 4)).ends_with("and 0 goals with 4 sessions."));
}

#[test]
fn the_privacy_note_says_when_scores_leave_the_device() {
    assert_eq!(wording::privacy_note(false), "Your answers stay on this device. Nothing is sent anywhere.");
    assert!(wording::privacy_note(true).contains("this website receives your scores: the numbers, never your answers"));
}

#[test]
fn choices_pick_their_sentence() {
    assert_eq!(wording::offered_by(""), "");
    assert_eq!(wording::offered_by("Ana's practice"), "Offered by Ana's practice");
    assert_eq!(wording::questionnaire_legend(true), "The questionnaire");
    assert_eq!(wording::questionnaire_legend(false), "Choose a questionnaire");
    assert_eq!(wording::chart_caption(true), "The answers in numbers");
    assert_eq!(wording::chart_caption(false), "Your answers in numbers");
    assert_eq!(wording::other_parts_heading(true), "Each part");
    assert_eq!(wording::other_parts_heading(false), "The other parts");
    assert_eq!(wording::unanswered(1), "One statement is still unanswered. Answer it to see your result.");
    assert_eq!(wording::unanswered(3), "3 statements are still unanswered. Answer them to see your result.");
    assert_eq!(wording::side_name(Some("Ana"), "Client"), "Ana (Client)");
    assert_eq!(wording::side_name(None, "Client"), "Client");
}

#[test]
fn a_reading_is_titled_by_its_role_or_else_its_level() {
    let trust = instrument::current(InstrumentId::Trust);
    let score = rapport_core::score(trust, &[Some(4); 20]).expect("complete");
    let line = interpret(trust, 0, &score).lines.into_iter().next().expect("a factor");
    assert_eq!(wording::reading_title(&line, Some("Strongest area")), format!("Strongest area: {}", line.name));
    assert_eq!(
        wording::reading_title(&line, None),
        format!("{}: {}", line.name, rapport_core::interpret::level_label(line.level))
    );
}
