//! Share links on our standalone pages: where links point, the codes a page was opened with (one result
//! read-only, two side by side, a group), a result handed over by the embed, and links opened later in the tab.

use leptos::prelude::*;
use rapport_core::config::{fragment_handoff, fragment_is_own, safe_link};
use rapport_core::share::{
    decode, from_handoff, read_goals_fragment, read_share_fragment, FragmentLink, GoalPair, GoalsLink, LinkProblem,
    ShareError, SharedGoals, SharedResult,
};
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
    /// A client's goals, for their coach to rate.
    GoalsRate(SharedGoals),
    /// A client's goals and their coach's reply, side by side.
    GoalsCompare(Vec<GoalPair>),
}

impl AppState {
    /// Our standalone summary page (sharing, QR code, printable page), or empty when its address is unknown.
    pub fn summary_page(&self) -> String {
        rapport_core::share::summary_page(&self.ours.home.get_untracked())
    }

    /// Opens what a page's share link holds (read by the core: [`read_share_fragment`]): one result read-only,
    /// two side by side, or a group (the last two on the summary page only). Every problem is said in
    /// `link_problem`; when one of several codes is broken, the readable ones wait in `link_choice` for the person
    /// to open, never a guessed pair. When nothing opens, a shared result from an earlier link leaves the screen.
    /// The person's own data is never touched.
    fn open_shared(&self, link: &FragmentLink) {
        self.ours.link_problem.set(link.problem.as_ref().map(LinkProblem::message).unwrap_or_default());
        let codes: Vec<String> = link.readable.iter().map(|(code, _)| code.clone()).collect();
        if !link.open {
            self.ours.link_choice.set(codes);
            self.leave_shared_result();
            return;
        }
        self.ours.link_choice.set(Vec::new());
        self.open_codes(codes);
        if link.readable.is_empty() {
            self.leave_shared_result();
        }
    }

    /// Opens readable share codes: one result, a comparison of two, a group of more.
    pub fn open_codes(&self, codes: Vec<String>) {
        match codes.len() {
            0 => {}
            1 => {
                if let Ok(result) = decode(&codes[0]) {
                    self.screen.set(Screen::Result(result.to_saved()));
                }
            }
            2 => self.screen.set(Screen::Tool(Tool::Compare(codes))),
            _ => self.screen.set(Screen::Tool(Tool::Group(codes))),
        }
    }

    /// The person chose to open the readable links of a partly broken one.
    pub fn open_link_choice(&self) {
        let codes = self.ours.link_choice.try_update(std::mem::take).unwrap_or_default();
        self.ours.link_problem.set(String::new());
        self.acted.set(true);
        self.open_codes(codes);
    }

    /// A result, comparison or group from an earlier link must not stay under a new link's error.
    fn leave_shared_result(&self) {
        let shared_on_screen = self.screen.with_untracked(|screen| match screen {
            Screen::Result(result) => rapport_core::storage::is_shared(result),
            Screen::Tool(Tool::Compare(_) | Tool::Group(_)) => true,
            _ => false,
        });
        if shared_on_screen {
            self.screen.set(Screen::Start);
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

    /// Opens a goals link (`#g=...`, with `&c=...` a coach's reply): the goals to rate, or both sides' ratings.
    /// Returns whether the fragment held one.
    fn open_goals_link(&self, fragment: &str) -> bool {
        let Some(opened) = read_goals_fragment(fragment) else { return false };
        match opened {
            Ok(GoalsLink::Rate(goals)) => self.screen.set(Screen::Tool(Tool::GoalsRate(goals))),
            Ok(GoalsLink::Compare(pairs)) => self.screen.set(Screen::Tool(Tool::GoalsCompare(pairs))),
            Err(message) => self.ours.link_problem.set(message.to_string()),
        }
        true
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
    } else {
        state.ours.share_page.set(rapport_core::share::summary_page(&home));
    }
    if !home.is_empty() {
        state.ours.home.set(home);
    }
    state.ours.own_link.set(link.own);
    if !state.open_goals_link(&link.fragment) {
        state.open_shared(&read_share_fragment(&link.fragment));
    }
    if let Some(text) = &link.handoff {
        state.open_handoff(text);
    }
    if link.follow {
        // A share link pasted into this tab changes only the fragment: the page does not reload, so open it here.
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            // An event callback: a widget whose state is gone is skipped (`try_`), never a panic.
            if state.screen.try_with_untracked(|_| ()).is_none() {
                return;
            }
            let hash = window().location().hash().unwrap_or_default();
            if state.open_goals_link(&hash) {
                state.acted.set(true);
                return;
            }
            let link = read_share_fragment(&hash);
            let handoff = fragment_handoff(&hash);
            if link.is_share_link || handoff.is_some() {
                state.acted.set(true);
                state.ours.own_link.set(fragment_is_own(&hash));
                state.open_shared(&link);
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
