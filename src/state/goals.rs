//! What a person does with their goals: every change goes through the core's rules ([`rapport_core::goals`]),
//! is checked on a copy first (a refusal writes nothing and says why), then saved like every result (merged with
//! other tabs, written and checked), or kept in memory only in a run that keeps nothing on this device.

use leptos::prelude::*;
use rapport_core::storage::Envelope;

use super::{AppState, Screen};

/// A change to the goals or entries: `Err` carries the sentence the person reads.
pub type GoalChange = Box<dyn Fn(&mut Envelope) -> Result<(), &'static str>>;

impl AppState {
    /// The goals and entries the goals screen shows: what is kept, or this visit's alone in a private run.
    pub fn goal_book(&self) -> RwSignal<Envelope> {
        if self.private_run.get_untracked() {
            self.scratch
        } else {
            self.data
        }
    }

    /// Applies `change` to the goals; `Err` with the person's sentence when the core refuses it (nothing changed).
    pub fn change_goals(&self, change: GoalChange) -> Result<(), &'static str> {
        let book = self.goal_book();
        let mut copy = book.get_untracked();
        change(&mut copy)?;
        if self.private_run.get_untracked() {
            book.set(copy);
        } else {
            self.update(|data| {
                let _ = change(data);
            });
        }
        Ok(())
    }

    /// Opens the goals screen.
    pub fn open_goals(&self) {
        self.acted.set(true);
        self.screen.set(Screen::Goals);
    }
}
