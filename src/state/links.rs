//! Share links on our standalone pages: where links point, the codes a page was opened with (one result
//! read-only, two side by side, a group), a result handed over by the embed, and links opened later in the tab.

use leptos::prelude::*;
use rapport_core::config::{fragment_codes, fragment_handoff, fragment_is_own, safe_link};
use rapport_core::i18n::trf;
use rapport_core::share::{decode, from_handoff, ShareError, SharedResult};
use rapport_core::storage::SavedResult;

use super::{AppState, Page, Screen};

/// The summary page's tools, each a screen of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tool {
    /// Two share links side by side, from the links given.
    Compare(Vec<String>),
    /// A workshop group's anonymous summary, from the links given.
    Group(Vec<String>),
    /// A facilitator makes a QR code that starts a chosen questionnaire.
    StartLink,
}

impl AppState {
    /// Our standalone summary page (sharing, QR code, printable page), or empty when its address is unknown.
    pub fn summary_page(&self) -> String {
        let home = self.ours.home.get_untracked();
        if home.is_empty() {
            home
        } else {
            format!("{home}summary.html")
        }
    }

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
                    self.ours.link_problem.set(message);
                }
            }
        }
        if results.len() == 2 {
            self.screen.set(Screen::Tool(Tool::Compare(codes.to_vec())));
            return;
        } else if results.len() > 2 {
            self.screen.set(Screen::Tool(Tool::Group(codes.to_vec())));
            return;
        }
        if let Some(first) = results.first() {
            self.screen.set(Screen::Result(first.to_saved()));
        }
    }

    /// Opens a tool's screen (comparison, group, start QR) after the person asked for it.
    pub fn show(&self, screen: Screen) {
        self.acted.set(true);
        self.screen.set(screen);
    }

    /// Opens a person's own result handed over by the embed on a coach's page, to share it from here.
    fn open_handoff(&self, text: &str) {
        let shared = from_handoff(text).as_ref().and_then(SharedResult::from_saved);
        match shared {
            Some(shared) => {
                self.ours.own_link.set(true);
                self.screen.set(Screen::Result(shared.to_saved()));
            }
            None => self.ours.link_problem.set(ShareError::Damaged.message().to_string()),
        }
    }

    /// From a result someone shared: the start screen, with the same questionnaire chosen.
    pub fn take_it_yourself(&self, result: &SavedResult) {
        if let Some(instrument) = result.instrument() {
            self.ours.suggested.set(instrument.id.index());
        }
        self.home();
    }
}

/// On a standalone page: notes where links point, opens the share link the page came with, and follows links
/// opened later in this tab.
pub fn open_link(state: AppState, page: Page) -> AppState {
    let Page { home, link, .. } = page;
    // The loader's own URL, but checked like any other: a link is only ever made to https (or localhost).
    let home = safe_link(&home).unwrap_or_default();
    // Share links go to the coach's own page when the page sets `data-share-base`, else to our summary page.
    let base = state.host().share_base;
    if !base.is_empty() {
        state.ours.share_page.set(base);
    } else if !home.is_empty() {
        state.ours.share_page.set(format!("{home}summary.html"));
    }
    if !home.is_empty() {
        state.ours.home.set(home);
    }
    state.ours.own_link.set(link.own);
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
                state.ours.link_problem.set(String::new());
                state.acted.set(true);
                state.ours.own_link.set(fragment_is_own(&hash));
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
