//! The widget's state: what the screens read and change, the shared store behind it, and the events it tells
//! the host page. The person's actions on a questionnaire are in `actions.rs`; opening share links (our
//! standalone pages only) in `links.rs`.

mod actions;
#[cfg(feature = "goals")]
mod goals;
#[cfg(feature = "standalone")]
mod links;
mod page;
pub mod readings;

use std::rc::Rc;

use leptos::prelude::*;
use rapport_core::attempt::Attempt;
use rapport_core::config::Options;
use rapport_core::instrument::InstrumentId;
use rapport_core::storage::{export, import, Envelope, ImportError, ImportOutcome, SavedResult};

use crate::store::SharedStore;
#[cfg(feature = "goals")]
pub use goals::GoalChange;
#[cfg(feature = "standalone")]
pub use links::{open_link, Tool};
#[cfg(not(feature = "standalone"))]
pub(crate) use page::summary_page;
#[cfg(feature = "standalone")]
pub use page::OurPages;
pub use page::{Host, Page, PageReader};
use rapport_core::keeper::EraseError;

/// Which screen is showing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Choose an instrument, resume, or open a past result.
    Start,
    /// The attempt's current question.
    Question,
    /// What is still unanswered before the result.
    Review,
    /// The person's goals: set them, rate a session, see the progress (builds with the `goals` feature).
    #[cfg(feature = "goals")]
    Goals,
    /// A finished result (kept on the device, or only in memory after a private run), or one someone shared
    /// (`received`), shown read-only.
    Result(SavedResult),
    /// One of the summary page's tools (the standalone build only).
    #[cfg(feature = "standalone")]
    Tool(Tool),
}

/// Everything the screens read and change. `Copy`, so each screen takes it as a plain prop.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The screen on show.
    pub screen: RwSignal<Screen>,
    /// The questionnaire being answered, if any.
    pub attempt: RwSignal<Option<Attempt>>,
    /// What is kept on this device, shared with other widgets of the same namespace on the page.
    pub data: RwSignal<Envelope>,
    /// A message about storage (`rapport_core::keeper::Notice::message`), shown until dismissed; empty when
    /// there is none.
    pub notice: RwSignal<String>,
    /// Stored data could not be read nor set aside: it is untouched, answers live in memory, and the notice
    /// offers the data for download.
    pub guarded: RwSignal<bool>,
    /// "Don't keep my answers on this device": this run stays in memory only.
    pub private_run: RwSignal<bool>,
    /// Set once the person has acted, so focus may move (never on page load: it would scroll a coach's page).
    pub acted: RwSignal<bool>,
    /// Where the readings file is ([`readings::READY`] once installed; see `readings.rs`).
    pub readings: RwSignal<usize>,
    /// The instrument fixed by the embed, if any.
    pub fixed_instrument: Option<InstrumentId>,
    /// The perspective (index) fixed by the embed, if any.
    pub fixed_perspective: Option<usize>,
    /// `data-instrument="goals"`: the widget offers only the goals and progress.
    pub fixed_goals: bool,
    /// The goals and entries of a run that keeps nothing on this device ("Don't keep my answers"): this visit's
    /// memory only, never written, never merged with what is kept.
    #[cfg(feature = "goals")]
    pub scratch: RwSignal<Envelope>,
    /// The coach's call to action on the result screen (both parts empty when none).
    pub call_to_action: CallToAction,
    /// What only our standalone pages have: share links, the link the page was opened with, the suggestion.
    #[cfg(feature = "standalone")]
    pub ours: OurPages,
    /// The shared store, and what this widget knows about its host page. One stored value for both: every
    /// distinct stored type costs the embed about 3 KB (docs/performance.md).
    store: StoredValue<Kept, LocalStorage>,
}

/// The coach's call to action: a label and a URL the core validated. Signals of `String` because the widget
/// already has that type; a new one would cost about 3 KB.
#[derive(Clone, Copy)]
pub struct CallToAction {
    /// The link's text.
    pub label: RwSignal<String>,
    /// `https:` (or `http:` on localhost).
    pub url: RwSignal<String>,
}

/// What an [`AppState`] keeps beside its signals: the shared store and the host page's facts.
struct Kept {
    store: Rc<SharedStore>,
    host: Host,
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

impl AppState {
    pub(crate) fn new(options: Options, root: web_sys::Element) -> Self {
        let store = SharedStore::for_namespace(&options.namespace);
        let host = Host {
            root,
            share: options.share,
            event_scores: options.event_scores,
            coach: options.coach.unwrap_or_default(),
            share_base: options.share_base.unwrap_or_default(),
        };
        AppState {
            screen: RwSignal::new(Screen::Start),
            attempt: RwSignal::new(None),
            data: store.data,
            notice: store.notice,
            guarded: store.guarded,
            private_run: RwSignal::new(false),
            acted: RwSignal::new(false),
            readings: readings::status_signal(),
            fixed_instrument: options.instrument,
            fixed_perspective: options.perspective,
            // Only a build with the goals screen can start there (the loader picks that build for such a page).
            fixed_goals: options.goals && cfg!(feature = "goals"),
            #[cfg(feature = "goals")]
            scratch: RwSignal::new(Envelope::new()),
            call_to_action: {
                let (label, url) = options.call_to_action.unwrap_or_default();
                CallToAction { label: RwSignal::new(label), url: RwSignal::new(url) }
            },
            #[cfg(feature = "standalone")]
            ours: OurPages::new(options.instrument),
            store: StoredValue::new_local(Kept { store, host }),
        }
    }

    /// Reads what the widget knows about its host page.
    pub fn host(&self) -> Host {
        // A copy (a few short strings, read a handful of times), not a generic reader: each reader closure would
        // copy the store's access code into the wasm.
        self.store.with_value(|kept| kept.host.clone())
    }

    /// Tells the host page what happened: a `CustomEvent` that bubbles out of the shadow root (`composed`), with
    /// `detail` parsed from the core's JSON ([`rapport_core::event`]).
    fn tell_page(&self, name: &str, detail: Option<String>) {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        if let Some(detail) = detail.and_then(|text| js_sys::JSON::parse(&text).ok()) {
            init.set_detail(&detail);
        }
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = self.host().root.dispatch_event(&event);
        }
    }

    /// Applies a change to what is kept, through the shared store.
    fn update<'a>(&self, change: impl FnOnce(&mut Envelope) + 'a) {
        self.apply(Box::new(change));
    }

    /// [`Self::update`]'s one body for every change (boxed: a generic body would be copied for each caller).
    fn apply(&self, change: Box<dyn FnOnce(&mut Envelope) + '_>) {
        self.store.with_value(|kept| kept.store.apply(change));
    }

    /// Whether this browser keeps anything at all.
    pub fn persistent(&self) -> bool {
        self.store.with_value(|kept| kept.store.persistent())
    }

    /// Autosaves the attempt in progress as its draft (not in a private run).
    fn save_draft(&self) {
        if self.private_run.get_untracked() {
            return;
        }
        if let Some(draft) = self.attempt.with_untracked(|a| a.as_ref().map(|a| a.to_draft(now()))) {
            self.update(|data| data.put_draft(draft));
        }
    }

    /// Keeps a result shown only in memory (after a private run, the person changed their mind).
    pub fn keep(&self, result: SavedResult) {
        self.update(|data| data.add_result(result));
    }

    /// Whether `result` is kept on this device.
    pub fn is_kept(&self, result: &SavedResult) -> bool {
        self.data.with(|data| data.results.iter().any(|kept| kept.is_same_result(result)))
    }

    /// Everything kept, plus `extra` (a private result), as the text of an export file.
    pub fn export_text(&self, extra: Option<&SavedResult>) -> String {
        let mut envelope = self.data.get_untracked();
        if let Some(result) = extra {
            envelope.add_result(result.clone());
        }
        export(&envelope, now())
    }

    /// Merges an export file into what is kept; nothing changes on error.
    pub fn import(&self, file: &str) -> Result<ImportOutcome, ImportError> {
        // Check on a copy first, so a refused file writes nothing at all.
        let outcome = import(&mut self.data.get_untracked(), file)?;
        self.update(|data| {
            let _ = import(data, file);
        });
        Ok(outcome)
    }

    /// The texts set aside when stored data could not be read, oldest first, for download.
    pub fn backups(&self) -> Vec<String> {
        self.store.with_value(|kept| kept.store.backups())
    }

    /// Deletes the set-aside copies once the person has downloaded them.
    pub fn free_backups(&self) -> Result<(), EraseError> {
        self.store.with_value(|kept| kept.store.free_backups())
    }
}

/// The embed opens no share links (it reads no fragment).
#[cfg(not(feature = "standalone"))]
pub fn open_link(state: AppState, _: Page) -> AppState {
    state
}
