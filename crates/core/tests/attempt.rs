//! A questionnaire in progress, transition by transition: answering, next, back, review and jump, finishing,
//! and the draft it autosaves.

use rapport_core::attempt::{Attempt, Step};
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::scoring::ScoreError;
use rapport_core::storage::Draft;

fn trust() -> Attempt {
    Attempt::new(instrument::current(InstrumentId::Trust), 0, 1_000)
}

/// Answers every item with the scale's top value, walking forward as a person does.
fn answer_all(attempt: &mut Attempt) -> Step {
    let top = attempt.instrument.scale.max();
    loop {
        assert!(attempt.answer(top));
        match attempt.advance() {
            Step::Question(_) => continue,
            end => return end,
        }
    }
}

#[test]
fn a_new_attempt_starts_on_the_first_item_with_nothing_answered() {
    let attempt = trust();
    assert_eq!(attempt.position, 0);
    assert_eq!(attempt.answered(), 0);
    assert_eq!(attempt.unanswered().len(), attempt.instrument.items.len());
    assert_eq!(attempt.current_answer(), None);
}

#[test]
fn an_unknown_perspective_falls_back_to_the_first() {
    let attempt = Attempt::new(instrument::current(InstrumentId::Trust), 9, 1);
    assert_eq!(attempt.perspective, 0);
    assert_eq!(attempt.perspective_id(), "self");
}

#[test]
fn answering_records_the_item_on_screen_and_changing_it_replaces_it() {
    let mut attempt = trust();
    assert!(attempt.answer(4));
    assert_eq!(attempt.current_answer(), Some(4));
    assert!(attempt.answer(2));
    assert_eq!(attempt.current_answer(), Some(2));
    assert_eq!(attempt.answered(), 1);
    assert_eq!(attempt.answers[0], Some(2));
}

#[test]
fn an_answer_off_the_scale_is_refused_and_changes_nothing() {
    let mut attempt = trust();
    assert!(!attempt.answer(0));
    assert!(!attempt.answer(6));
    assert_eq!(attempt.answered(), 0);
    // The check-in's scale starts at 0: there 0 is an answer.
    let mut checkin = Attempt::new(instrument::current(InstrumentId::CheckIn), 0, 1);
    assert!(checkin.answer(0));
    assert!(!checkin.answer(11));
    assert_eq!(checkin.current_answer(), Some(0));
}

#[test]
fn next_moves_one_item_on_whether_or_not_the_item_was_answered() {
    let mut attempt = trust();
    assert_eq!(attempt.advance(), Step::Question(1));
    assert_eq!(attempt.position, 1);
    attempt.answer(3);
    assert_eq!(attempt.advance(), Step::Question(2));
}

#[test]
fn next_on_the_last_item_finishes_when_all_is_answered() {
    let mut attempt = trust();
    assert_eq!(answer_all(&mut attempt), Step::Finished);
    assert_eq!(attempt.position, attempt.answers.len() - 1, "stays on the last item");
}

#[test]
fn next_on_the_last_item_goes_to_review_when_something_is_unanswered() {
    let mut attempt = trust();
    let last = attempt.answers.len() - 1;
    attempt.go_to(last);
    attempt.answer(5);
    assert_eq!(attempt.advance(), Step::Review);
    assert_eq!(attempt.position, last);
    assert_eq!(attempt.unanswered(), (0..last).collect::<Vec<_>>());
}

#[test]
fn back_moves_one_item_back_and_stays_on_the_first() {
    let mut attempt = trust();
    assert!(!attempt.back(), "nothing before the first item");
    assert_eq!(attempt.position, 0);
    attempt.advance();
    attempt.advance();
    assert!(attempt.back());
    assert_eq!(attempt.position, 1);
}

#[test]
fn back_keeps_every_answer() {
    let mut attempt = trust();
    attempt.answer(4);
    attempt.advance();
    attempt.answer(2);
    attempt.back();
    assert_eq!(attempt.current_answer(), Some(4));
    assert_eq!(&attempt.answers[..2], &[Some(4), Some(2)]);
}

#[test]
fn review_jumps_to_an_unanswered_item_and_ignores_one_out_of_range() {
    let mut attempt = trust();
    assert_eq!(answer_all(&mut attempt), Step::Finished);
    attempt.answers[7] = None;
    assert_eq!(attempt.advance(), Step::Review);
    let first_missing = attempt.unanswered()[0];
    assert!(attempt.go_to(first_missing));
    assert_eq!(attempt.position, 7);
    assert!(!attempt.go_to(attempt.answers.len()), "past the last item");
    assert_eq!(attempt.position, 7);
    attempt.answer(1);
    // Next from the jumped-to item walks on through the rest: everything is answered, so the end is Finished.
    let mut end = attempt.advance();
    while let Step::Question(_) = end {
        end = attempt.advance();
    }
    assert_eq!(end, Step::Finished);
}

#[test]
fn finishing_an_incomplete_attempt_is_a_typed_error() {
    let mut attempt = trust();
    attempt.answer(3);
    let missing: Vec<usize> = (1..attempt.answers.len()).collect();
    assert_eq!(attempt.finish(2_000), Err(ScoreError::Unanswered { items: missing }));
}

#[test]
fn finishing_a_complete_attempt_keeps_the_answers_and_the_time() {
    let mut attempt = Attempt::new(instrument::current(InstrumentId::Alliance), 1, 1_000);
    answer_all(&mut attempt);
    let result = attempt.finish(5_000).expect("complete");
    assert_eq!(result.instrument, "alliance");
    assert_eq!(result.perspective, attempt.perspective_id());
    assert_eq!(result.answers, attempt.answers);
    assert_eq!(result.completed_at, 5_000);
    assert!(result.is_valid());
}

#[test]
fn the_draft_round_trips_position_answers_and_start() {
    let mut attempt = Attempt::new(instrument::current(InstrumentId::Alliance), 1, 1_234);
    attempt.answer(2);
    attempt.advance();
    attempt.answer(5);
    let draft: Draft = attempt.to_draft(9_999);
    assert_eq!((draft.started_at, draft.updated_at, draft.position), (1_234, 9_999, 1));
    assert_eq!(Attempt::from_draft(&draft), Some(attempt));
}

#[test]
fn a_draft_that_no_longer_fits_its_instrument_does_not_resume() {
    let mut draft = trust().to_draft(1);
    draft.answers.pop();
    assert_eq!(Attempt::from_draft(&draft), None);
    let mut draft = trust().to_draft(1);
    draft.perspective = "someone-else".to_string();
    assert_eq!(Attempt::from_draft(&draft), None);
}

#[test]
fn two_attempts_finished_in_the_same_millisecond_are_two_results() {
    use rapport_core::storage::Envelope;
    let instrument = instrument::current(InstrumentId::CheckIn);
    let finished = |started_at: u64, value: u8| {
        let mut attempt = Attempt::new(instrument, 0, started_at);
        for item in 0..instrument.items.len() {
            attempt.go_to(item);
            attempt.answer(value);
        }
        attempt.finish(1_700_000_500_000).expect("complete")
    };
    // Two tabs, started at different times, finishing together (the last answers land in the same instant).
    let (first, second) = (finished(1_700_000_100_000, 5), finished(1_700_000_200_000, 9));
    assert_ne!(first.id, second.id);
    let mut tab_a = Envelope::new();
    tab_a.add_result(first.clone());
    let mut tab_b = Envelope::new();
    tab_b.add_result(second.clone());
    tab_a.merge(&tab_b);
    tab_b.merge(&tab_a);
    assert_eq!(tab_a.results.len(), 2, "neither result is lost");
    assert_eq!(tab_b.results.len(), 2);
    assert!(first.is_same_result(&first.clone()) && !first.is_same_result(&second));
}
