//! One check per embed option: the value as the site owner wrote it in, the checked value or a
//! [`ConfigProblem`] saying what to write instead (the untrusted value only ever echoed shortened, as text).

use crate::i18n::{tr, trf, LANGUAGES};
use crate::instrument::{self, InstrumentId};
use crate::theme::{parse_colour, Rgb};

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
/// Longest language tag read.
pub const MAX_LANG_CHARS: usize = 35;
/// Longest call-to-action label.
pub const MAX_CTA_LABEL_CHARS: usize = 60;
/// Label used when a call-to-action URL comes without one.
pub const DEFAULT_CTA_LABEL: &str = "Book a conversation";

/// A language tag like `en`, `es-MX` or `de-CH`: letters, then `-` and letters or digits; lower-cased.
fn language_tag(text: &str) -> Option<String> {
    let mut parts = text.split('-');
    let primary = parts.next()?;
    let well_formed = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|part| (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric()));
    (well_formed && text.len() <= MAX_LANG_CHARS).then(|| text.to_ascii_lowercase())
}

/// Plain text for a label: at most `max` characters, no control characters and no bidirectional overrides
/// (which could make a name read as something else).
fn plain_text(text: &str, max: usize) -> bool {
    let bidi_control = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    text.chars().count() <= max && !text.chars().any(|c| c.is_control() || bidi_control(c))
}

/// `on`/`off` switches: also `yes`/`no` and `true`/`false`, any case.
fn switch_value(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" => Some(true),
        "off" | "no" | "false" => Some(false),
        _ => None,
    }
}

/// Accepts a call-to-action URL only as `https://host...`, or `http://` on localhost for a coach testing locally.
/// Everything else (`javascript:`, `data:`, relative or scheme-relative URLs, white space or control characters
/// anywhere) is refused: the URL is written into an `href` on a page the coach does not control.
pub fn safe_link(url: &str) -> Option<String> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\') {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("https://") {
        rest
    } else {
        let rest = lower.strip_prefix("http://")?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host =
            host.rsplit_once(':').map_or(
                host,
                |(name, port)| {
                    if port.chars().all(|c| c.is_ascii_digit()) {
                        name
                    } else {
                        host
                    }
                },
            );
        if !matches!(host, "localhost" | "127.0.0.1" | "[::1]") {
            return None;
        }
        rest
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    // A host is required, and no user:password@ part (it can disguise where a link goes).
    if host.is_empty() || host.contains('@') {
        return None;
    }
    Some(url.to_string())
}

/// At most 40 characters of an untrusted value, for an error message (rendered as text only).
fn quoted(value: &str) -> String {
    let mut shown: String = value.chars().take(40).filter(|c| !c.is_control()).collect();
    if value.chars().count() > 40 {
        shown.push_str("...");
    }
    format!("\"{shown}\"")
}

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
            trf("instrument {0} is unknown: use trust, alliance or checkin", &[&quoted(instrument)]),
        );
    }
    id
}

/// `perspective`: one of the chosen instrument's perspectives (so it needs an instrument).
pub(super) fn perspective(
    instrument: Option<InstrumentId>,
    perspective: &str,
    problems: &mut Vec<ConfigProblem>,
) -> Option<usize> {
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
                &[&quoted(perspective), id.as_str(), &known.join(tr(" or "))],
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
        refuse(
            problems,
            "share-base",
            trf("share-base {0} is not allowed: use an https:// address without a #fragment", &[&quoted(base)]),
        );
    }
    url
}

/// An on/off switch (`share`, `event-scores`).
pub(super) fn switch(option: &'static str, value: &str, problems: &mut Vec<ConfigProblem>) -> Option<bool> {
    let on = switch_value(value);
    if on.is_none() {
        refuse(problems, option, trf("{0} {1} is not a switch: use on or off", &[option, &quoted(value)]));
    }
    on
}
