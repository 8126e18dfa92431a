//! The widget's root: owns the state, switches screens, and persists after every change.

use leptos::prelude::*;
use rapport_core::attempt::{Attempt, Step};
use rapport_core::storage::{Envelope, SavedResult};

use crate::screens::{QuestionScreen, ResultScreen, ReviewScreen, StartScreen};
use crate::store::{BrowserStore, StoreNotice};

/// Which screen is showing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Choose an instrument, resume, or open a past result.
    Start,
    /// The attempt's current question.
    Question,
    /// What is still unanswered before the result.
    Review,
    /// A finished result.
    Result(SavedResult),
}

/// Everything the screens read and change. `Copy`, so each screen takes it as a plain prop.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The screen on show.
    pub screen: RwSignal<Screen>,
    /// The questionnaire being answered, if any.
    pub attempt: RwSignal<Option<Attempt>>,
    /// What is kept on this device (the in-memory copy is the source of truth).
    pub data: RwSignal<Envelope>,
    /// A message about storage, shown until dismissed.
    pub notice: RwSignal<Option<StoreNotice>>,
    /// Set once the person has acted, so focus may move (never on page load: it would scroll a coach's page).
    pub acted: RwSignal<bool>,
    store: StoredValue<BrowserStore, LocalStorage>,
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

impl AppState {
    fn new() -> Self {
        let (store, envelope, notice) = BrowserStore::open("default");
        AppState {
            screen: RwSignal::new(Screen::Start),
            attempt: RwSignal::new(None),
            data: RwSignal::new(envelope),
            notice: RwSignal::new(notice),
            acted: RwSignal::new(false),
            store: StoredValue::new_local(store),
        }
    }

    /// Writes the in-memory data to storage; a failure becomes a notice, never a lost answer.
    fn persist(&self) {
        let result = self.data.with_untracked(|data| self.store.with_value(|store| store.save(data)));
        if let Err(notice) = result {
            // Say it once: an "unavailable" notice already covers every later failed write.
            if self.notice.get_untracked().is_none() {
                self.notice.set(Some(notice));
            }
        }
    }

    /// Autosaves the attempt in progress as the draft.
    fn save_draft(&self) {
        let draft = self.attempt.with_untracked(|attempt| attempt.as_ref().map(|a| a.to_draft(now())));
        self.data.update(|data| data.draft = draft);
        self.persist();
    }

    /// Starts a new attempt. Any unfinished draft is replaced.
    pub fn begin(&self, attempt: Attempt) {
        self.acted.set(true);
        self.attempt.set(Some(attempt));
        self.save_draft();
        self.screen.set(Screen::Question);
    }

    /// Continues the saved draft where it stopped.
    pub fn resume(&self) {
        let attempt = self.data.with_untracked(|data| data.draft.as_ref().and_then(Attempt::from_draft));
        if let Some(attempt) = attempt {
            self.acted.set(true);
            self.attempt.set(Some(attempt));
            self.screen.set(Screen::Question);
        }
    }

    /// Records an answer for the question on screen and saves it at once.
    pub fn answer(&self, value: u8) {
        self.acted.set(true);
        self.attempt.update(|attempt| {
            if let Some(attempt) = attempt {
                attempt.answer(value);
            }
        });
        self.save_draft();
    }

    /// Goes to the next question, the review, or the result.
    pub fn next(&self) {
        self.acted.set(true);
        let mut step = None;
        self.attempt.update(|attempt| step = attempt.as_mut().map(Attempt::advance));
        self.save_draft();
        match step {
            Some(Step::Question(_)) => {}
            Some(Step::Review) => self.screen.set(Screen::Review),
            Some(Step::Finished) => self.finish(),
            None => self.screen.set(Screen::Start),
        }
    }

    /// Goes back one question.
    pub fn back(&self) {
        self.acted.set(true);
        self.attempt.update(|attempt| {
            if let Some(attempt) = attempt {
                attempt.back();
            }
        });
        self.save_draft();
    }

    /// Opens a question by index (from the review list).
    pub fn go_to(&self, item: usize) {
        self.acted.set(true);
        self.attempt.update(|attempt| {
            if let Some(attempt) = attempt {
                attempt.go_to(item);
            }
        });
        self.save_draft();
        self.screen.set(Screen::Question);
    }

    /// Keeps the finished result, clears the draft, and shows the result.
    pub fn finish(&self) {
        let Some(Ok(result)) = self.attempt.with_untracked(|a| a.as_ref().map(|a| a.finish(now()))) else {
            self.screen.set(Screen::Review);
            return;
        };
        self.data.update(|data| {
            data.add_result(result.clone());
            data.draft = None;
        });
        self.attempt.set(None);
        self.persist();
        self.screen.set(Screen::Result(result));
    }

    /// Opens a kept result.
    pub fn open(&self, result: SavedResult) {
        self.acted.set(true);
        self.screen.set(Screen::Result(result));
    }

    /// Back to the start screen.
    pub fn home(&self) {
        self.acted.set(true);
        self.screen.set(Screen::Start);
    }
}

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    view! {
        {move || {
            state.notice.get().map(|notice| {
                view! {
                    <div class="rapport-notice" role="status">
                        <p>{notice.message()}</p>
                        <button type="button" class="rapport-link" on:click=move |_| state.notice.set(None)>
                            "Dismiss"
                        </button>
                    </div>
                }
            })
        }}
        {move || match state.screen.get() {
            Screen::Start => view! { <StartScreen state /> }.into_any(),
            Screen::Question => view! { <QuestionScreen state /> }.into_any(),
            Screen::Review => view! { <ReviewScreen state /> }.into_any(),
            Screen::Result(result) => view! { <ResultScreen state result /> }.into_any(),
        }}
    }
}
