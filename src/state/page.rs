//! What the widget knows about the page it is on: the host element and the coach's fixed choices, the share link
//! the page was opened with and where links go (our standalone pages), and where our summary page is (the embed).

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
/// [`summary_page`]).
#[cfg(not(feature = "standalone"))]
#[derive(Default)]
pub struct Page;

/// Where the standalone build's links go.
#[cfg(feature = "standalone")]
#[derive(Clone, Copy)]
pub struct Links {
    /// Where share links point: our summary page, or the coach's `share-base`; empty when links cannot be made.
    pub share_page: leptos::prelude::RwSignal<String>,
    /// The folder the widget was loaded from; empty when unknown.
    pub home: leptos::prelude::RwSignal<String>,
}

/// This widget's place on its host page, and the coach's choices that never change after mounting.
#[derive(Clone)]
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

#[cfg(not(feature = "standalone"))]
thread_local! {
    /// The folder the embed's loader came from (our summary page is there); empty when unknown. Our loader
    /// computes it from its own URL: no page content reaches it.
    static HOME: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Where the embed's loader came from, kept for [`summary_page`].
#[cfg(not(feature = "standalone"))]
pub(crate) fn remember_home(home: &str) {
    HOME.with_borrow_mut(|kept| home.clone_into(kept));
}

/// Our summary page, where the embed's person shares a result; empty when the loader did not say where it is.
#[cfg(not(feature = "standalone"))]
pub fn summary_page() -> String {
    HOME.with_borrow(|home| if home.is_empty() { String::new() } else { format!("{home}summary.html") })
}
