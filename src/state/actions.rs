//! What a person does with a questionnaire: start, resume or discard one, answer, move through it, finish, and
//! move between screens. Each change is saved at once.

use leptos::prelude::*;
use rapport_core::attempt::{Attempt, Step};
use rapport_core::instrument::Instrument;
use rapport_core::storage::SavedResult;

use super::{now, AppState, Screen};

impl AppState {
    /// Starts a new attempt. Unfinished ones stay kept until the person discards them.
    pub fn begin(&self, instrument: &'static Instrument, perspective: usize) {
        self.acted.set(true);
        self.attempt.set(Some(Attempt::new(instrument, perspective, now())));
        // The result's explanations download while the person answers: long done by the last answer.
        super::readings::request(false);
        // The screen first: the start screen is then gone before the new draft would redraw its list of unfinished
        // runs, work thrown away at once. It was most of the time between Start and the first question (profiled:
        // the list's date was the page's first use of `Intl`, which loads the browser's locale data).
        self.screen.set(Screen::Question);
        self.save_draft();
        self.tell_page("rapport:start", Some(rapport_core::event::start_detail(instrument, perspective)));
    }

    /// Continues the unfinished attempt started at `started_at`.
    pub fn resume(&self, started_at: u64) {
        let attempt = self.data.with_untracked(|data| {
            data.drafts.iter().find(|d| d.started_at == started_at).and_then(Attempt::from_draft)
        });
        if let Some(attempt) = attempt {
            self.acted.set(true);
            self.private_run.set(false);
            self.attempt.set(Some(attempt));
            super::readings::request(false);
            self.screen.set(Screen::Question);
        }
    }

    /// Deletes an unfinished attempt.
    pub fn discard(&self, started_at: u64) {
        self.acted.set(true);
        self.update(|data| data.remove_draft(started_at));
    }

    fn change_attempt(&self, change: impl FnOnce(&mut Attempt)) {
        self.acted.set(true);
        self.attempt.update(|attempt| {
            if let Some(attempt) = attempt {
                change(attempt);
            }
        });
        self.save_draft();
    }

    /// Records an answer for the question on screen and saves it at once.
    pub fn answer(&self, value: u8) {
        self.change_attempt(|attempt| {
            attempt.answer(value);
        });
    }

    /// Goes to the next question, the review, or the result.
    pub fn next(&self) {
        let mut step = None;
        self.change_attempt(|attempt| step = Some(attempt.advance()));
        match step {
            Some(Step::Question(_)) => {}
            Some(Step::Review) => self.screen.set(Screen::Review),
            Some(Step::Finished) => self.finish(),
            None => self.screen.set(Screen::Start),
        }
    }

    /// Goes back one question.
    pub fn back(&self) {
        self.change_attempt(|attempt| {
            attempt.back();
        });
    }

    /// Opens a question by index (from the review list).
    pub fn go_to(&self, item: usize) {
        self.change_attempt(|attempt| {
            attempt.go_to(item);
        });
        self.screen.set(Screen::Question);
    }

    /// Keeps the finished result (unless private), clears its draft, and shows the result.
    fn finish(&self) {
        let finished = self.attempt.with_untracked(|a| a.as_ref().map(|a| (a.started_at, a.finish(now()))));
        let Some((started_at, Ok(result))) = finished else {
            self.screen.set(Screen::Review);
            return;
        };
        if !self.private_run.get_untracked() {
            let kept = result.clone();
            self.update(move |data| {
                data.add_result(kept);
                data.remove_draft(started_at);
            });
        }
        self.attempt.set(None);
        // Asked for at the start; if that failed (the Wi-Fi dropped), once more now.
        super::readings::request(false);
        let detail = rapport_core::event::complete_detail(&result, self.host().event_scores);
        self.screen.set(Screen::Result(result));
        self.tell_page("rapport:complete", detail);
    }

    /// Opens a kept result.
    pub fn open(&self, result: SavedResult) {
        self.acted.set(true);
        super::readings::request(false);
        self.screen.set(Screen::Result(result));
    }

    /// Back to the start screen.
    pub fn home(&self) {
        self.acted.set(true);
        self.screen.set(Screen::Start);
    }

    /// Deletes everything this widget keeps on this device, and says whether it really did.
    pub fn erase(&self) -> Result<(), rapport_core::keeper::EraseError> {
        self.acted.set(true);
        self.store.with_value(|kept| kept.store.erase())
    }
}
