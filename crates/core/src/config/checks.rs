//! One check per embed option: the value as the site owner wrote it in, the checked value or a
//! [`ConfigProblem`] saying what to write instead (the untrusted value only ever echoed shortened, as text).

use crate::i18n::{tr, trf, LANGUAGES};
use crate::instrument::{self, InstrumentId};
use crate::share::label_char_allowed;
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
    text.chars().count() <= max && text.chars().all(label_char_allowed)
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
/// The same rule as a label's ([`label_char_allowed`]): a value echoed in a console message cannot reorder the
/// message around it or hide in it.
pub fn quoted(value: &str) -> String {
    let mut shown: String = value.chars().take(40).filter(|&c| label_char_allowed(c)).collect();
    if value.chars().count() > 40 {
        shown.push_str("...");
    }
    format!("\"{shown}\"")
}

/// `namespace`: `[a-z0-9_-]`, 1 to [`MAX_NAMESPACE_CHARS`] characters.
pub(super) fn namespace(namespace: String) -> Result<String, ConfigProblem> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if namespace.len() <= MAX_NAMESPACE_CHARS && namespace.chars().all(allowed) {
        Ok(namespace)
    } else {
        Err(ConfigProblem {
            option: "namespace",
            message: trf(
                "namespace {0} is not allowed: use 1 to 32 lowercase letters, digits, - or _",
                &[&quoted(&namespace)],
            ),
        })
    }
}

/// `instrument`: one of the instruments' ids.
pub(super) fn instrument(instrument: &str) -> Result<InstrumentId, ConfigProblem> {
    InstrumentId::parse(instrument).ok_or_else(|| ConfigProblem {
        option: "instrument",
        message: trf("instrument {0} is unknown: use trust, alliance or checkin", &[&quoted(instrument)]),
    })
}

/// `perspective`: one of the chosen instrument's perspectives (so it needs an instrument).
pub(super) fn perspective(instrument: Option<InstrumentId>, perspective: &str) -> Result<usize, ConfigProblem> {
    let Some(id) = instrument else {
        return Err(ConfigProblem {
            option: "perspective",
            message: tr("perspective needs an instrument as well").to_string(),
        });
    };
    let chosen = instrument::current(id);
    chosen.perspective_index(perspective).ok_or_else(|| {
        let known: Vec<&str> = chosen.perspectives.iter().map(|p| p.id).collect();
        ConfigProblem {
            option: "perspective",
            message: trf(
                "perspective {0} is unknown for {1}: use {2}",
                &[&quoted(perspective), id.as_str(), &crate::i18n::join(&known, tr(" or "))],
            ),
        }
    })
}

/// `cta-url` and `cta-label`: a [`safe_link`] and a plain-text label (a default one when only the URL is given);
/// `None` when neither is given.
pub(super) fn call_to_action(
    url: Option<String>,
    label: Option<String>,
) -> Option<Result<(String, String), ConfigProblem>> {
    let checked = match (url, label) {
        (None, None) => return None,
        (None, Some(_)) => {
            Err(ConfigProblem { option: "cta-label", message: tr("cta-label needs a cta-url as well").to_string() })
        }
        (Some(url), label) => match safe_link(&url) {
            None => Err(ConfigProblem {
                option: "cta-url",
                message: trf(
                    "cta-url {0} is not allowed: use an https:// address (http:// only on localhost)",
                    &[&quoted(&url)],
                ),
            }),
            Some(url) => {
                let label = label.unwrap_or_else(|| DEFAULT_CTA_LABEL.to_string());
                if plain_text(&label, MAX_CTA_LABEL_CHARS) {
                    Ok((label, url))
                } else {
                    Err(ConfigProblem {
                        option: "cta-label",
                        message: trf(
                            "cta-label must be plain text of at most {0} characters",
                            &[&MAX_CTA_LABEL_CHARS.to_string()],
                        ),
                    })
                }
            }
        },
    };
    Some(checked)
}

/// `accent`: a hex colour.
pub(super) fn accent(accent: &str) -> Result<Rgb, ConfigProblem> {
    parse_colour(accent).ok_or_else(|| ConfigProblem {
        option: "accent",
        message: trf("accent {0} is not a colour: use #rgb or #rrggbb, like #1f6b5c", &[&quoted(accent)]),
    })
}

/// `coach`: plain text of at most [`MAX_COACH_CHARS`] characters.
pub(super) fn coach(coach: String) -> Result<String, ConfigProblem> {
    if plain_text(&coach, MAX_COACH_CHARS) {
        Ok(coach)
    } else {
        Err(ConfigProblem {
            option: "coach",
            message: trf("coach must be plain text of at most {0} characters", &[&MAX_COACH_CHARS.to_string()]),
        })
    }
}

/// `lang`: a well-formed language tag, kept even when we have no catalogue for it (then with a problem that says
/// English is shown); a malformed tag is refused.
pub(super) fn lang(lang: &str) -> (Option<String>, Option<ConfigProblem>) {
    match language_tag(lang) {
        Some(tag) => {
            let primary = tag.split('-').next().unwrap_or_default();
            let problem = (!LANGUAGES.iter().any(|(known, _)| *known == primary)).then(|| ConfigProblem {
                option: "lang",
                message: trf("lang {0}: this language is not available yet, so English is shown", &[&quoted(&tag)]),
            });
            (Some(tag), problem)
        }
        None => (
            None,
            Some(ConfigProblem {
                option: "lang",
                message: trf("lang {0} is not a language tag: use one like en or en-GB", &[&quoted(lang)]),
            }),
        ),
    }
}

/// `share-base`: a [`safe_link`] without a fragment of its own.
pub(super) fn share_base(base: &str) -> Result<String, ConfigProblem> {
    safe_link(base).filter(|url| !url.contains('#')).ok_or_else(|| share_base_refused(base))
}

/// The one message for a refused `share-base` (malformed, or not on the page's site: [`share_base_on_page`]).
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
pub(super) fn switch(option: &'static str, value: &str) -> Result<bool, ConfigProblem> {
    switch_value(value).ok_or_else(|| ConfigProblem {
        option,
        message: trf("{0} {1} is not a switch: use on or off", &[option, &quoted(value)]),
    })
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
