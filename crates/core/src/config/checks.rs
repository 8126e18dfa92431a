//! One check per embed option: the value as the site owner wrote it in, the checked value or a
//! [`ConfigProblem`] saying what to write instead (the untrusted value only ever echoed shortened, as text).

use crate::i18n::{tr, trf, LANGUAGES};
use crate::instrument::{self, InstrumentId};
use crate::theme::{parse_colour, Rgb};

use super::values::{language_tag, plain_text, quoted, safe_link, switch_value};

/// A value that was refused, and why. The default is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The option's name, as the coach wrote it (`namespace`, `instrument`, ...).
    pub option: &'static str,
    /// What was wrong, for the coach testing their page.
    pub message: String,
}

/// Longest storage namespace.
pub const MAX_NAMESPACE_CHARS: usize = 32;
/// Longest coach or practice name.
pub const MAX_COACH_CHARS: usize = 60;
/// Longest call-to-action label.
pub const MAX_CTA_LABEL_CHARS: usize = 60;
/// Label used when a call-to-action URL comes without one.
pub const DEFAULT_CTA_LABEL: &str = "Book a conversation";

/// Notes a refused value (the caller then keeps the default).
fn refuse(problems: &mut Vec<ConfigProblem>, option: &'static str, message: String) {
    problems.push(ConfigProblem { option, message });
}

/// `namespace`: `[a-z0-9_-]`, 1 to [`MAX_NAMESPACE_CHARS`] characters.
pub(super) fn namespace(namespace: String, problems: &mut Vec<ConfigProblem>) -> Option<String> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if namespace.len() <= MAX_NAMESPACE_CHARS && namespace.chars().all(allowed) {
        return Some(namespace);
    }
    refuse(
        problems,
        "namespace",
        trf("namespace {0} is not allowed: use 1 to 32 lowercase letters, digits, - or _", &[&quoted(&namespace)]),
    );
    None
}

/// `instrument`: one of the instruments' ids.
pub(super) fn instrument(instrument: &str, problems: &mut Vec<ConfigProblem>) -> Option<InstrumentId> {
    let id = InstrumentId::parse(instrument);
    if id.is_none() {
        refuse(
            problems,
            "instrument",
            trf("instrument {0} is unknown: use trust, alliance, checkin or goals", &[&quoted(instrument)]),
        );
    }
    id
}

/// `perspective`: one of the chosen instrument's perspectives (so it needs an instrument, and means nothing on the
/// goals screen, which is no questionnaire: saying "needs an instrument" there would send a coach the wrong way).
pub(super) fn perspective(
    instrument: Option<InstrumentId>,
    goals: bool,
    perspective: &str,
    problems: &mut Vec<ConfigProblem>,
) -> Option<usize> {
    if goals {
        refuse(problems, "perspective", tr("perspective does not apply to goals: leave it out").to_string());
        return None;
    }
    let Some(id) = instrument else {
        refuse(problems, "perspective", tr("perspective needs an instrument as well").to_string());
        return None;
    };
    let chosen = instrument::current(id);
    let index = chosen.perspective_index(perspective);
    if index.is_none() {
        let known: Vec<&str> = chosen.perspectives.iter().map(|p| p.id).collect();
        refuse(
            problems,
            "perspective",
            trf(
                "perspective {0} is unknown for {1}: use {2}",
                &[&quoted(perspective), id.as_str(), &crate::i18n::join(&known, tr(" or "))],
            ),
        );
    }
    index
}

/// `cta-url` and `cta-label`: a [`safe_link`] and a plain-text label (a default one when only the URL is given).
pub(super) fn call_to_action(
    url: Option<String>,
    label: Option<String>,
    problems: &mut Vec<ConfigProblem>,
) -> Option<(String, String)> {
    match (url, label) {
        (None, None) => None,
        (None, Some(_)) => {
            refuse(problems, "cta-label", tr("cta-label needs a cta-url as well").to_string());
            None
        }
        (Some(url), label) => match safe_link(&url) {
            None => {
                refuse(
                    problems,
                    "cta-url",
                    trf(
                        "cta-url {0} is not allowed: use an https:// address (http:// only on localhost)",
                        &[&quoted(&url)],
                    ),
                );
                None
            }
            Some(url) => {
                let label = label.unwrap_or_else(|| DEFAULT_CTA_LABEL.to_string());
                if plain_text(&label, MAX_CTA_LABEL_CHARS) {
                    return Some((label, url));
                }
                refuse(
                    problems,
                    "cta-label",
                    trf("cta-label must be plain text of at most {0} characters", &[&MAX_CTA_LABEL_CHARS.to_string()]),
                );
                None
            }
        },
    }
}

/// `accent`: a hex colour.
pub(super) fn accent(accent: &str, problems: &mut Vec<ConfigProblem>) -> Option<Rgb> {
    let colour = parse_colour(accent);
    if colour.is_none() {
        refuse(
            problems,
            "accent",
            trf("accent {0} is not a colour: use #rgb or #rrggbb, like #1f6b5c", &[&quoted(accent)]),
        );
    }
    colour
}

/// `coach`: plain text of at most [`MAX_COACH_CHARS`] characters.
pub(super) fn coach(coach: String, problems: &mut Vec<ConfigProblem>) -> Option<String> {
    if plain_text(&coach, MAX_COACH_CHARS) {
        return Some(coach);
    }
    refuse(
        problems,
        "coach",
        trf("coach must be plain text of at most {0} characters", &[&MAX_COACH_CHARS.to_string()]),
    );
    None
}

/// `lang`: a well-formed language tag, kept even when we have no catalogue for it (then with a problem that says
/// English is shown); a malformed tag is refused.
pub(super) fn lang(lang: &str, problems: &mut Vec<ConfigProblem>) -> Option<String> {
    let Some(tag) = language_tag(lang) else {
        refuse(problems, "lang", trf("lang {0} is not a language tag: use one like en or en-GB", &[&quoted(lang)]));
        return None;
    };
    let primary = tag.split('-').next().unwrap_or_default();
    if !LANGUAGES.iter().any(|(known, _)| *known == primary) {
        refuse(
            problems,
            "lang",
            trf("lang {0}: this language is not available yet, so English is shown", &[&quoted(&tag)]),
        );
    }
    Some(tag)
}

/// `share-base`: a [`safe_link`] without a fragment of its own.
pub(super) fn share_base(base: &str, problems: &mut Vec<ConfigProblem>) -> Option<String> {
    let url = safe_link(base).filter(|url| !url.contains('#'));
    if url.is_none() {
        problems.push(share_base_refused(base));
    }
    url
}

/// The one message for a refused `share-base` (malformed, or not on the page's site: `share_base_on_page`).
pub(super) fn share_base_refused(base: &str) -> ConfigProblem {
    ConfigProblem {
        option: "share-base",
        message: trf(
            "share-base {0} is not allowed: use an https:// page on this site, without a #fragment",
            &[&quoted(base)],
        ),
    }
}

/// An on/off switch (`share`, `event-scores`).
pub(super) fn switch(option: &'static str, value: &str, problems: &mut Vec<ConfigProblem>) -> Option<bool> {
    let on = switch_value(value);
    if on.is_none() {
        refuse(problems, option, trf("{0} {1} is not a switch: use on or off", &[option, &quoted(value)]));
    }
    on
}

/// Whether an absolute URL is https, and its host and port, lowercased; `None` for another scheme, a user part
/// (`https://a.example@b.example` goes to b.example) or no host. Plain prefix and suffix tests: a substring
/// search would pull a searcher into the embed's wasm for this one check (it cost 5 KB gzip).
pub(super) fn origin_of(url: &str) -> Option<(bool, String)> {
    let lower = url.to_ascii_lowercase();
    let (https, rest) = match lower.strip_prefix("https://") {
        Some(rest) => (true, rest),
        None => (false, lower.strip_prefix("http://")?),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (!authority.is_empty() && !authority.contains('@')).then(|| (https, authority.to_string()))
}

/// Why the widget will not mount on an element carrying `data-rapport`, if it will not: only an empty `div`,
/// `section` or `aside` is meant to hold it. On a link, a button or a custom element, the widget would replace
/// what the host page put there (or sit inside a control), so it touches nothing and says why. `tag` is the
/// element's name as the DOM gives it (any case); `has_content` whether it holds elements or text.
pub fn host_element_problem(tag: &str, has_content: bool) -> Option<String> {
    let tag = tag.to_ascii_lowercase();
    (has_content || !matches!(tag.as_str(), "div" | "section" | "aside")).then(|| {
        trf(
            "rapport: data-rapport needs an empty div, section or aside: this {0} element was left as it is",
            &[&quoted(&tag)],
        )
    })
}
