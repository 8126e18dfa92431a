//! The widget's root: owns the state, switches screens, and saves after every change.

use std::rc::Rc;

use leptos::prelude::*;
use rapport_core::attempt::{Attempt, Step};
#[cfg(feature = "standalone")]
use rapport_core::config::{fragment_codes, fragment_handoff, fragment_is_own, safe_link};
use rapport_core::config::{ConfigProblem, Options};
use rapport_core::instrument::{Instrument, InstrumentId};
#[cfg(feature = "standalone")]
use rapport_core::share::{decode, from_handoff, ShareError, SharedResult};
use rapport_core::storage::{export, import, Envelope, ImportError, ImportOutcome, SavedResult};

use crate::screens::{QuestionScreen, ResultScreen, ReviewScreen, StartScreen};
use crate::store::SharedStore;
use rapport_core::i18n::{tr, trf};

/// Which screen is showing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Choose an instrument, resume, or open a past result.
    Start,
    /// The attempt's current question.
    Question,
    /// What is still unanswered before the result.
    Review,
    /// A finished result (kept on the device, or only in memory after a private run), or one someone shared
    /// (`received`), shown read-only.
    Result(SavedResult),
    /// Two share links side by side (the summary page only), from the links given.
    #[cfg(feature = "standalone")]
    Compare(Vec<String>),
    /// A workshop group's anonymous summary (the summary page only), from the links given.
    #[cfg(feature = "standalone")]
    Group(Vec<String>),
    /// A facilitator makes a QR code that starts a chosen questionnaire (the summary page only).
    #[cfg(feature = "standalone")]
    StartLink,
}

/// The share link a page was opened with (its fragment), for the widget that shows it.
#[cfg(feature = "standalone")]
#[derive(Default)]
pub struct SharedLink {
    /// The share codes in the fragment (empty for every widget but the first).
    pub codes: Vec<String>,
    /// Marked as the person's own link (`&own`).
    pub own: bool,
    /// Follow links opened later in the same tab (a fragment change does not reload the page).
    pub follow: bool,
    /// A person's own result handed over by the embed (`#a=...`), not yet checked.
    pub handoff: Option<String>,
}

/// What a standalone page tells its widget besides the options: the loader's folder (share links and the summary
/// page are there) and the share link the page was opened with.
#[cfg(feature = "standalone")]
#[derive(Default)]
pub struct Page {
    /// The folder the loader came from.
    pub home: String,
    /// The share link in the page's fragment.
    pub link: SharedLink,
}

/// The embed learns nothing from its page but its host's data attributes (and where our summary page is:
/// [`crate::mount::summary_page`]).
#[cfg(not(feature = "standalone"))]
#[derive(Default)]
pub struct Page;

/// Everything the screens read and change. `Copy`, so each screen takes it as a plain prop.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The screen on show.
    pub screen: RwSignal<Screen>,
    /// The questionnaire being answered, if any.
    pub attempt: RwSignal<Option<Attempt>>,
    /// What is kept on this device, shared with other widgets of the same namespace on the page.
    pub data: RwSignal<Envelope>,
    /// A message about storage ([`StoreNotice::message`]), shown until dismissed; empty when there is none.
    pub notice: RwSignal<String>,
    /// "Don't keep my answers on this device": this run stays in memory only.
    pub private_run: RwSignal<bool>,
    /// Set once the person has acted, so focus may move (never on page load: it would scroll a coach's page).
    pub acted: RwSignal<bool>,
    /// The instrument fixed by the embed, if any.
    pub fixed_instrument: Option<InstrumentId>,
    /// The perspective (index) fixed by the embed, if any.
    pub fixed_perspective: Option<usize>,
    /// The coach's call to action on the result screen: label and validated URL (both empty when none).
    /// `RwSignal<String>` because the widget already has that type; a new one would cost about 3 KB.
    pub call_to_action: (RwSignal<String>, RwSignal<String>),
    /// Where share links point (our summary page; empty when links cannot be made here), and
    /// the folder the widget was loaded from (empty when unknown).
    #[cfg(feature = "standalone")]
    pub links: (RwSignal<String>, RwSignal<String>),
    /// The page was opened with the person's own share link (`&own`): a result from it reads as theirs.
    #[cfg(feature = "standalone")]
    pub own_link: RwSignal<bool>,
    /// What was wrong with a share link this page was opened with; empty when nothing.
    #[cfg(feature = "standalone")]
    pub link_problem: RwSignal<String>,
    /// The instrument (index) the start screen shows chosen.
    #[cfg(feature = "standalone")]
    pub suggested: RwSignal<usize>,
    /// The shared store, and what this widget knows about its host page. One stored value for both: every
    /// distinct stored type costs the embed about 3 KB (docs/performance.md).
    store: StoredValue<(Rc<SharedStore>, Host), LocalStorage>,
}

/// This widget's place on its host page, and the coach's choices that never change after mounting.
pub struct Host {
    /// The widget's root element (in its shadow root), where its events start.
    pub root: web_sys::Element,
    /// The result offers sharing.
    pub share: bool,
    /// `rapport:complete` carries the scores (the person is told).
    pub event_scores: bool,
    /// The coach's or practice's name; empty when none.
    pub coach: String,
    /// Where share links point instead of our summary page (a coach's page running the standalone build); empty
    /// for ours.
    pub share_base: String,
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

impl AppState {
    fn new(options: Options, root: web_sys::Element) -> Self {
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
            private_run: RwSignal::new(false),
            acted: RwSignal::new(false),
            fixed_instrument: options.instrument,
            fixed_perspective: options.perspective,
            call_to_action: {
                let (label, url) = options.call_to_action.unwrap_or_default();
                (RwSignal::new(label), RwSignal::new(url))
            },
            #[cfg(feature = "standalone")]
            links: (RwSignal::new(String::new()), RwSignal::new(String::new())),
            #[cfg(feature = "standalone")]
            own_link: RwSignal::new(false),
            #[cfg(feature = "standalone")]
            link_problem: RwSignal::new(String::new()),
            #[cfg(feature = "standalone")]
            suggested: RwSignal::new(options.instrument.map_or(0, InstrumentId::index)),
            store: StoredValue::new_local((store, host)),
        }
    }

    /// Reads what the widget knows about its host page.
    pub fn host<T>(&self, read: impl FnOnce(&Host) -> T) -> T {
        self.store.with_value(|(_, host)| read(host))
    }

    /// Tells the host page what happened: a `CustomEvent` that bubbles out of the shadow root (`composed`), with
    /// `detail` parsed from the core's JSON ([`rapport_core::event`]).
    fn tell_page(&self, name: &str, detail: Option<String>) {
        self.host(|host| {
            let init = web_sys::CustomEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            if let Some(detail) = detail.and_then(|text| js_sys::JSON::parse(&text).ok()) {
                init.set_detail(&detail);
            }
            if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
                let _ = host.root.dispatch_event(&event);
            }
        });
    }

    /// Our standalone summary page (sharing, QR code, printable page), or empty when its address is unknown.
    #[cfg(feature = "standalone")]
    pub fn summary_page(&self) -> String {
        let home = self.links.1.get_untracked();
        if home.is_empty() {
            home
        } else {
            format!("{home}summary.html")
        }
    }

    #[cfg(feature = "standalone")]
    /// Opens what a page's share codes hold: one result read-only, two side by side, or a group (the last two on
    /// the summary page only). A broken code is named in `link_problem`; the person's own data is never touched.
    fn open_shared(&self, codes: &[String]) {
        let mut results = Vec::new();
        for code in codes {
            match decode(code) {
                Ok(result) => results.push(result),
                Err(error) => {
                    let message = if codes.len() > 1 {
                        trf("One of the links: {0}", &[error.message()])
                    } else {
                        error.message().to_string()
                    };
                    self.link_problem.set(message);
                }
            }
        }
        #[cfg(feature = "standalone")]
        if results.len() == 2 {
            self.screen.set(Screen::Compare(codes.to_vec()));
            return;
        } else if results.len() > 2 {
            self.screen.set(Screen::Group(codes.to_vec()));
            return;
        }
        if let Some(first) = results.first() {
            self.screen.set(Screen::Result(first.to_saved()));
        }
    }

    /// Opens a tool's screen (comparison, group, start QR) after the person asked for it.
    #[cfg(feature = "standalone")]
    pub fn show(&self, screen: Screen) {
        self.acted.set(true);
        self.screen.set(screen);
    }

    /// Opens a person's own result handed over by the embed on a coach's page, to share it from here.
    #[cfg(feature = "standalone")]
    fn open_handoff(&self, text: &str) {
        let shared = from_handoff(text).as_ref().and_then(SharedResult::from_saved);
        match shared {
            Some(shared) => {
                self.own_link.set(true);
                self.screen.set(Screen::Result(shared.to_saved()));
            }
            None => self.link_problem.set(ShareError::Damaged.message().to_string()),
        }
    }

    /// From a result someone shared: the start screen, with the same questionnaire chosen.
    #[cfg(feature = "standalone")]
    pub fn take_it_yourself(&self, result: &SavedResult) {
        if let Some(instrument) = result.instrument() {
            self.suggested.set(instrument.id.index());
        }
        self.home();
    }

    /// Applies a change to what is kept, through the shared store.
    fn update(&self, change: impl FnOnce(&mut Envelope)) {
        self.store.with_value(|(store, _)| store.update(change));
    }

    /// Whether this browser keeps anything at all.
    pub fn persistent(&self) -> bool {
        self.store.with_value(|(store, _)| store.persistent())
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

    /// Starts a new attempt. Unfinished ones stay kept until the person discards them.
    pub fn begin(&self, instrument: &'static Instrument, perspective: usize) {
        self.acted.set(true);
        self.attempt.set(Some(Attempt::new(instrument, perspective, now())));
        // The screen first: the start screen is then gone before the new draft would redraw its list of unfinished
        // runs, work thrown away at once (profiled: most of the time between Start and the first question).
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
        let detail = rapport_core::event::complete_detail(&result, self.host(|host| host.event_scores));
        self.screen.set(Screen::Result(result));
        self.tell_page("rapport:complete", detail);
    }

    /// Keeps a result shown only in memory (after a private run, the person changed their mind).
    pub fn keep(&self, result: SavedResult) {
        self.update(|data| data.add_result(result));
    }

    /// Whether `result` is kept on this device.
    pub fn is_kept(&self, result: &SavedResult) -> bool {
        self.data.with(|data| data.results.iter().any(|kept| kept.id == result.id))
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

    /// Deletes everything this widget keeps on this device.
    pub fn erase(&self) {
        self.acted.set(true);
        self.store.with_value(|(store, _)| store.erase());
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

    /// The unreadable text set aside when stored data was damaged.
    pub fn backup(&self) -> Option<String> {
        self.store.with_value(|(store, _)| store.backup())
    }
}

/// The whole widget.
#[component]
pub fn App(
    /// Validated embed options.
    options: Options,
    /// What was wrong with the embed's options (shown to the coach).
    problems: Vec<ConfigProblem>,
    /// What the page tells the widget (standalone pages only).
    page: Page,
    /// The widget's root element, where its events to the page start.
    root: web_sys::Element,
) -> impl IntoView {
    let state = open_link(AppState::new(options, root), page);
    let config_note = if problems.is_empty() {
        String::new()
    } else {
        trf(
            "This assessment's settings need attention (a note for the site owner): {0}. The defaults are used \
             instead.",
            &[&problems.iter().map(|p| p.message.clone()).collect::<Vec<_>>().join("; ")],
        )
    };
    view! {
        // Always present and hidden when there is nothing to say: cheaper in wasm than an optional view.
        <div class="rapport-notice rapport-notice--config" role="alert" hidden=problems.is_empty()>
            <p>{config_note}</p>
        </div>
        {link_problem(state)}
        <div class="rapport-notice" role="status" hidden=move || state.notice.with(String::is_empty)>
            <p>{move || state.notice.get()}</p>
            <button type="button" class="rapport-link" on:click=move |_| state.notice.set(String::new())>
                {tr("Dismiss")}
            </button>
        </div>
        {move || match state.screen.get() {
            Screen::Start => view! { <StartScreen state /> }.into_any(),
            Screen::Question => view! { <QuestionScreen state /> }.into_any(),
            Screen::Review => view! { <ReviewScreen state /> }.into_any(),
            Screen::Result(result) => view! { <ResultScreen state result /> }.into_any(),
            #[cfg(feature = "standalone")]
            Screen::Compare(links) => view! { <crate::tools::CompareScreen state links /> }.into_any(),
            #[cfg(feature = "standalone")]
            Screen::Group(links) => view! { <crate::tools::GroupScreen state links /> }.into_any(),
            #[cfg(feature = "standalone")]
            Screen::StartLink => view! { <crate::tools::StartLinkScreen state /> }.into_any(),
        }}
    }
}

/// What was wrong with the share link the page was opened with (standalone pages only).
#[cfg(feature = "standalone")]
fn link_problem(state: AppState) -> impl IntoView {
    view! {
        <div class="rapport-notice" role="alert" hidden=move || state.link_problem.with(String::is_empty)>
            <p data-testid="link-problem">{state.link_problem}</p>
        </div>
    }
}

#[cfg(not(feature = "standalone"))]
fn link_problem(_: AppState) {}

/// On a standalone page: notes where links point, opens the share link the page came with, and follows links
/// opened later in this tab.
#[cfg(feature = "standalone")]
fn open_link(state: AppState, page: Page) -> AppState {
    let Page { home, link } = page;
    // The loader's own URL, but checked like any other: a link is only ever made to https (or localhost).
    let home = safe_link(&home).unwrap_or_default();
    // Share links go to the coach's own page when the page sets `data-share-base`, else to our summary page.
    let base = state.host(|host| host.share_base.clone());
    if !base.is_empty() {
        state.links.0.set(base);
    } else if !home.is_empty() {
        state.links.0.set(format!("{home}summary.html"));
    }
    if !home.is_empty() {
        state.links.1.set(home);
    }
    state.own_link.set(link.own);
    state.open_shared(&link.codes);
    if let Some(text) = &link.handoff {
        state.open_handoff(text);
    }
    if link.follow {
        // A share link pasted into this tab changes only the fragment: the page does not reload, so open it here.
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let hash = window().location().hash().unwrap_or_default();
            let codes = fragment_codes(&hash);
            let handoff = fragment_handoff(&hash);
            if !codes.is_empty() || handoff.is_some() {
                state.link_problem.set(String::new());
                state.acted.set(true);
                state.own_link.set(fragment_is_own(&hash));
                state.open_shared(&codes);
                if let Some(text) = handoff {
                    state.open_handoff(&text);
                }
            }
        });
        // The listener lives as long as the page, like the widget.
        std::mem::forget(handle);
    }
    state
}

/// The embed opens no share links (it reads no fragment).
#[cfg(not(feature = "standalone"))]
fn open_link(state: AppState, _: Page) -> AppState {
    state
}
