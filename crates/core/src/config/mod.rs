//! Embed options, parsed and validated. Options are untrusted input: a data attribute on a page the coach did
//! not write, or a query string anyone can craft. Values are bounded, checked against allow-lists, and only ever
//! echoed back shortened, as text.
//!
//! - `mod.rs`: the options and [`parse_options`], which reads each one and collects what was refused;
//! - `checks.rs`: one check per option (each refusal a message for the site owner);
//! - `values.rs`: what a value may look like (language tag, plain text, switch, safe link);
//! - `query.rs`: the standalone pages' query string and the share fragments (`#r=CODE`, `#a=...`, `&own`).

mod checks;
mod query;
mod values;

pub use checks::{
    host_element_problem, ConfigProblem, DEFAULT_CTA_LABEL, MAX_COACH_CHARS, MAX_CTA_LABEL_CHARS, MAX_NAMESPACE_CHARS,
};
pub use query::{fragment_codes, fragment_handoff, fragment_is_own, query_pairs, MAX_FRAGMENT_CODES, MAX_QUERY_CHARS};
pub use values::{quoted, safe_link, MAX_LANG_CHARS};

use crate::i18n::trf;
use crate::instrument::InstrumentId;
use crate::theme::Rgb;

/// Longest option value read; longer values are refused, not cut.
pub const MAX_OPTION_CHARS: usize = 200;
/// The `instrument` option's value that starts the goals and progress screen.
pub const GOALS_OPTION: &str = "goals";
/// Namespace used when none is given.
pub const DEFAULT_NAMESPACE: &str = "default";

/// The widget's options after validation: every field is safe to use as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Storage namespace: `[a-z0-9_-]`, 1 to 32 characters.
    pub namespace: String,
    /// The instrument fixed by the embed; `None` lets the person choose.
    pub instrument: Option<InstrumentId>,
    /// `data-instrument="goals"`: the widget offers only the person's goals and progress (not a questionnaire, so
    /// `instrument` stays `None`).
    pub goals: bool,
    /// The perspective index fixed by the embed (only with an instrument); `None` lets the person choose.
    pub perspective: Option<usize>,
    /// The coach's call to action on the result screen: (label, URL). The URL is `https:` (or `http:` on
    /// localhost) and the label is plain text of at most [`MAX_CTA_LABEL_CHARS`] characters.
    pub call_to_action: Option<(String, String)>,
    /// The coach's accent colour (`data-accent`), parsed; the widget adjusts it for contrast ([`crate::theme`]).
    pub accent: Option<Rgb>,
    /// The coach's or practice's name, plain text of at most [`MAX_COACH_CHARS`] characters.
    pub coach: Option<String>,
    /// The language asked for (`data-lang`), a well-formed language tag, lower case. Which language the page's
    /// widgets speak is decided before mounting ([`crate::i18n::choose_language`]); this option is checked here so
    /// that a tag we have no catalogue for is named to the site owner.
    pub lang: Option<String>,
    /// Whether the result offers sharing (a link to our summary page). On unless the coach turns it off.
    pub share: bool,
    /// Whether the `rapport:complete` event carries the scores to the host page. Off unless the coach turns it on,
    /// and then the result screen says so.
    pub event_scores: bool,
    /// Where share links point instead of our summary page (`data-share-base`): a page on the coach's site that
    /// runs our standalone build. `https:` (or `http:` on localhost), with no fragment of its own.
    pub share_base: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            namespace: DEFAULT_NAMESPACE.to_string(),
            instrument: None,
            goals: false,
            perspective: None,
            call_to_action: None,
            accent: None,
            coach: None,
            lang: None,
            share: true,
            event_scores: false,
            share_base: None,
        }
    }
}

/// Parses options through `get`, which returns an option's raw value by name (data attribute or query). Every
/// refused value becomes a [`ConfigProblem`] (in the order of the fields of [`Options`]) and leaves the default.
pub fn parse_options(get: impl Fn(&str) -> Option<String>) -> (Options, Vec<ConfigProblem>) {
    let mut options = Options::default();
    let mut problems = Vec::new();
    let mut read = |option: &'static str| -> Option<String> {
        let value = get(option)?;
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        if value.chars().count() > MAX_OPTION_CHARS {
            problems.push(ConfigProblem { option, message: trf("{0}: the value is too long", &[option]) });
            return None;
        }
        Some(value.to_string())
    };
    let namespace = read("namespace");
    let instrument = read("instrument");
    let perspective = read("perspective");
    let cta_url = read("cta-url");
    let cta_label = read("cta-label");
    let accent = read("accent");
    let coach = read("coach");
    let lang = read("lang");
    let share = read("share");
    let event_scores = read("event-scores");
    let share_base = read("share-base");

    let found = &mut problems;
    if let Some(namespace) = namespace.and_then(|value| checks::namespace(value, found)) {
        options.namespace = namespace;
    }
    // Goals are not a questionnaire: the option names them beside the instruments' ids.
    options.goals = instrument.as_deref() == Some(GOALS_OPTION);
    options.instrument = instrument.filter(|_| !options.goals).and_then(|value| checks::instrument(&value, found));
    options.perspective =
        perspective.and_then(|value| checks::perspective(options.instrument, options.goals, &value, found));
    options.call_to_action = checks::call_to_action(cta_url, cta_label, found);
    options.accent = accent.and_then(|value| checks::accent(&value, found));
    options.coach = coach.and_then(|value| checks::coach(value, found));
    options.lang = lang.and_then(|value| checks::lang(&value, found));
    options.share_base = share_base.and_then(|value| checks::share_base(&value, found));
    if let Some(on) = share.and_then(|value| checks::switch("share", &value, found)) {
        options.share = on;
    }
    if let Some(on) = event_scores.and_then(|value| checks::switch("event-scores", &value, found)) {
        options.event_scores = on;
    }
    (options, problems)
}

/// `share-base` on the page it is set on: it must be this page's own origin, or the same scheme on a subdomain of
/// this page's host (`results.ana.example` from `ana.example`), so a mistyped or planted value cannot send a
/// person's answers to someone else's site. A registrable domain (a sibling subdomain) would need the public
/// suffix list, which the widget does not carry: those are refused too. A refused value is dropped with a problem.
pub fn share_base_on_page(options: &mut Options, problems: &mut Vec<ConfigProblem>, page_url: &str) {
    let Some(base) = options.share_base.take() else { return };
    let allowed = match (checks::origin_of(&base), checks::origin_of(page_url)) {
        (Some((https, host)), Some((page_https, page_host))) => {
            https == page_https
                && host.strip_suffix(page_host.as_str()).is_some_and(|sub| sub.is_empty() || sub.ends_with('.'))
        }
        _ => false,
    };
    if allowed {
        options.share_base = Some(base);
    } else {
        problems.push(checks::share_base_refused(&base));
    }
}
