//! What the widget knows about the page it is on: the host element and the coach's fixed choices, the share link
//! the page was opened with and where links go (our standalone pages), and where our summary page is (the embed).

/// The share link a page was opened with (its fragment), for the widget that shows it.
#[cfg(feature = "standalone")]
#[derive(Default)]
pub struct SharedLink {
    /// The page's fragment, read as a share link (empty for every widget but the first).
    pub fragment: String,
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
    /// Options from the page's query, when the host asks for them ([`OPTIONS_FROM_URL`]).
    pub query: Vec<(String, String)>,
}

/// Lets a standalone page take options from its URL's query (`?instrument=trust`), as a facilitator's start QR
/// code does. A coach's page never does: there, only the coach's own data attributes configure the widget.
#[cfg(feature = "standalone")]
const OPTIONS_FROM_URL: &str = "data-options-from-url";

/// Reads, once per page, what the page says for its widgets: on our standalone pages the fragment's share link
/// and the query; in the embed, only where our summary page is.
#[cfg(feature = "standalone")]
pub struct PageReader {
    home: String,
    fragment: String,
    handoff: Option<String>,
    own: bool,
    first: bool,
    query: String,
}

#[cfg(feature = "standalone")]
impl PageReader {
    /// Reads the page's fragment and query.
    pub fn new(window: &web_sys::Window, home: &str) -> Self {
        use rapport_core::config::{fragment_handoff, fragment_is_own};
        let hash = window.location().hash().unwrap_or_default();
        PageReader {
            home: home.to_string(),
            handoff: fragment_handoff(&hash),
            own: fragment_is_own(&hash),
            fragment: hash,
            first: true,
            query: window.location().search().unwrap_or_default(),
        }
    }

    /// The page as the next widget sees it. Share codes go to the first widget only: one summary per page, not
    /// one per widget.
    pub fn next(&mut self, host: &web_sys::Element) -> Page {
        let query = if host.has_attribute(OPTIONS_FROM_URL) {
            rapport_core::config::query_pairs(&self.query)
        } else {
            Vec::new()
        };
        Page {
            home: self.home.clone(),
            link: SharedLink {
                fragment: std::mem::take(&mut self.fragment),
                own: self.own,
                follow: std::mem::take(&mut self.first),
                handoff: self.handoff.take(),
            },
            query,
        }
    }
}

#[cfg(feature = "standalone")]
impl Page {
    /// An option's raw value: the host's `data-` attribute, else the page's query (when it may give options).
    pub fn option(&self, host: &web_sys::Element, name: &str) -> Option<String> {
        host.get_attribute(&format!("data-{name}"))
            .or_else(|| self.query.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone()))
    }

    /// Our own pages are the widget: their document speaks its language (for screen readers and hyphenation), in
    /// its direction.
    pub fn speak_on_document(language: &'static str) {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", language);
            let _ = root.set_attribute("dir", rapport_core::i18n::direction(language));
        }
    }
}

/// The embed learns nothing from its page but its host's data attributes (and where our summary page is:
/// [`summary_page`]).
#[cfg(not(feature = "standalone"))]
#[derive(Default)]
pub struct Page;

/// The embed reads nothing from its page but where our summary page is.
#[cfg(not(feature = "standalone"))]
pub struct PageReader;

#[cfg(not(feature = "standalone"))]
impl PageReader {
    /// Keeps where our summary page is ([`summary_page`]).
    pub fn new(_: &web_sys::Window, home: &str) -> Self {
        remember_home(home);
        PageReader
    }

    /// The page as the next widget sees it: nothing.
    pub fn next(&mut self, _: &web_sys::Element) -> Page {
        Page
    }
}

#[cfg(not(feature = "standalone"))]
impl Page {
    /// An option's raw value: only the host's own `data-` attribute (a coach's page never configures by URL).
    pub fn option(&self, host: &web_sys::Element, name: &str) -> Option<String> {
        host.get_attribute(&format!("data-{name}"))
    }

    /// A coach's page keeps its own language and direction.
    pub fn speak_on_document(_: &'static str) {}
}

/// What only our standalone pages have: where links go, the share link the page was opened with, and which
/// questionnaire the start screen suggests.
#[cfg(feature = "standalone")]
#[derive(Clone, Copy)]
pub struct OurPages {
    /// Where share links point: our summary page, or the coach's `share-base`; empty when links cannot be made.
    pub share_page: leptos::prelude::RwSignal<String>,
    /// The folder the widget was loaded from; empty when unknown.
    pub home: leptos::prelude::RwSignal<String>,
    /// The page was opened with the person's own share link (`&own`): a result from it reads as theirs.
    pub own_link: leptos::prelude::RwSignal<bool>,
    /// What was wrong with a share link this page was opened with; empty when nothing.
    pub link_problem: leptos::prelude::RwSignal<String>,
    /// The readable codes of a link where one of several was broken, until the person chooses to open them.
    pub link_choice: leptos::prelude::RwSignal<Vec<String>>,
    /// The instrument (index) the start screen shows chosen.
    pub suggested: leptos::prelude::RwSignal<usize>,
}

#[cfg(feature = "standalone")]
impl OurPages {
    /// Nothing known yet; the instrument fixed by the embed, if any, is the one suggested.
    pub fn new(instrument: Option<rapport_core::instrument::InstrumentId>) -> Self {
        use leptos::prelude::RwSignal;
        OurPages {
            share_page: RwSignal::new(String::new()),
            home: RwSignal::new(String::new()),
            own_link: RwSignal::new(false),
            link_problem: RwSignal::new(String::new()),
            link_choice: RwSignal::new(Vec::new()),
            suggested: RwSignal::new(instrument.map_or(0, rapport_core::instrument::InstrumentId::index)),
        }
    }
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
    HOME.with_borrow(|home| rapport_core::share::summary_page(home))
}
