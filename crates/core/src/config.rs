//! Embed options, parsed and validated. Options are untrusted input: a data attribute on a page the coach did
//! not write, or a query string anyone can craft. Values are bounded, checked against allow-lists, and only ever
//! echoed back shortened, as text.

use crate::i18n::{tr, trf};
use crate::instrument::{self, InstrumentId};
use crate::theme::{parse_colour, Rgb};

/// Longest option value read; longer values are refused, not cut.
pub const MAX_OPTION_CHARS: usize = 200;
/// Longest storage namespace.
pub const MAX_NAMESPACE_CHARS: usize = 32;
/// Namespace used when none is given.
pub const DEFAULT_NAMESPACE: &str = "default";

/// The widget's options after validation: every field is safe to use as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Storage namespace: `[a-z0-9_-]`, 1 to 32 characters.
    pub namespace: String,
    /// The instrument fixed by the embed; `None` lets the person choose.
    pub instrument: Option<InstrumentId>,
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

/// Longest coach or practice name.
pub const MAX_COACH_CHARS: usize = 60;
/// Longest language tag read.
pub const MAX_LANG_CHARS: usize = 35;
use crate::i18n::LANGUAGES;

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
fn switch(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" => Some(true),
        "off" | "no" | "false" => Some(false),
        _ => None,
    }
}

/// Longest call-to-action label.
pub const MAX_CTA_LABEL_CHARS: usize = 60;
/// Label used when a call-to-action URL comes without one.
pub const DEFAULT_CTA_LABEL: &str = "Book a conversation";

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

impl Default for Options {
    fn default() -> Self {
        Options {
            namespace: DEFAULT_NAMESPACE.to_string(),
            instrument: None,
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

/// A value that was refused, and why. The default is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The option's name, as the coach wrote it (`namespace`, `instrument`, ...).
    pub option: &'static str,
    /// What was wrong, for the coach testing their page.
    pub message: String,
}

/// At most 40 characters of an untrusted value, for an error message (rendered as text only).
fn quoted(value: &str) -> String {
    let mut shown: String = value.chars().take(40).filter(|c| !c.is_control()).collect();
    if value.chars().count() > 40 {
        shown.push_str("...");
    }
    format!("\"{shown}\"")
}

/// Parses options through `get`, which returns an option's raw value by name (data attribute or query).
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

    if let Some(namespace) = namespace {
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
        if namespace.len() <= MAX_NAMESPACE_CHARS && namespace.chars().all(allowed) {
            options.namespace = namespace;
        } else {
            problems.push(ConfigProblem {
                option: "namespace",
                message: trf(
                    "namespace {0} is not allowed: use 1 to 32 lowercase letters, digits, - or _",
                    &[&quoted(&namespace)],
                ),
            });
        }
    }
    if let Some(instrument) = instrument {
        match InstrumentId::parse(&instrument) {
            Some(id) => options.instrument = Some(id),
            None => problems.push(ConfigProblem {
                option: "instrument",
                message: trf("instrument {0} is unknown: use trust, alliance or checkin", &[&quoted(&instrument)]),
            }),
        }
    }
    if let Some(perspective) = perspective {
        match options.instrument {
            None => problems.push(ConfigProblem {
                option: "perspective",
                message: tr("perspective needs an instrument as well").to_string(),
            }),
            Some(id) => {
                let chosen = instrument::current(id);
                match chosen.perspective_index(&perspective) {
                    Some(index) => options.perspective = Some(index),
                    None => {
                        let known: Vec<&str> = chosen.perspectives.iter().map(|p| p.id).collect();
                        problems.push(ConfigProblem {
                            option: "perspective",
                            message: trf(
                                "perspective {0} is unknown for {1}: use {2}",
                                &[&quoted(&perspective), id.as_str(), &known.join(tr(" or "))],
                            ),
                        });
                    }
                }
            }
        }
    }
    match (cta_url, cta_label) {
        (None, None) => {}
        (None, Some(_)) => problems
            .push(ConfigProblem { option: "cta-label", message: tr("cta-label needs a cta-url as well").to_string() }),
        (Some(url), label) => match safe_link(&url) {
            None => problems.push(ConfigProblem {
                option: "cta-url",
                message: trf(
                    "cta-url {0} is not allowed: use an https:// address (http:// only on localhost)",
                    &[&quoted(&url)],
                ),
            }),
            Some(url) => {
                let label = label.unwrap_or_else(|| DEFAULT_CTA_LABEL.to_string());
                if !plain_text(&label, MAX_CTA_LABEL_CHARS) {
                    problems.push(ConfigProblem {
                        option: "cta-label",
                        message: trf(
                            "cta-label must be plain text of at most {0} characters",
                            &[&MAX_CTA_LABEL_CHARS.to_string()],
                        ),
                    });
                } else {
                    options.call_to_action = Some((label, url));
                }
            }
        },
    }
    if let Some(accent) = accent {
        match parse_colour(&accent) {
            Some(colour) => options.accent = Some(colour),
            None => problems.push(ConfigProblem {
                option: "accent",
                message: trf("accent {0} is not a colour: use #rgb or #rrggbb, like #1f6b5c", &[&quoted(&accent)]),
            }),
        }
    }
    if let Some(coach) = coach {
        if plain_text(&coach, MAX_COACH_CHARS) {
            options.coach = Some(coach);
        } else {
            problems.push(ConfigProblem {
                option: "coach",
                message: trf("coach must be plain text of at most {0} characters", &[&MAX_COACH_CHARS.to_string()]),
            });
        }
    }
    if let Some(lang) = lang {
        match language_tag(&lang) {
            Some(tag) => {
                let primary = tag.split('-').next().unwrap_or_default();
                if !LANGUAGES.iter().any(|(tag, _)| *tag == primary) {
                    problems.push(ConfigProblem {
                        option: "lang",
                        message: trf(
                            "lang {0}: this language is not available yet, so English is shown",
                            &[&quoted(&tag)],
                        ),
                    });
                }
                options.lang = Some(tag);
            }
            None => problems.push(ConfigProblem {
                option: "lang",
                message: trf("lang {0} is not a language tag: use one like en or en-GB", &[&quoted(&lang)]),
            }),
        }
    }
    if let Some(base) = share_base {
        match safe_link(&base).filter(|url| !url.contains('#')) {
            Some(url) => options.share_base = Some(url),
            None => problems.push(ConfigProblem {
                option: "share-base",
                message: trf(
                    "share-base {0} is not allowed: use an https:// address without a #fragment",
                    &[&quoted(&base)],
                ),
            }),
        }
    }
    for (option, value, field) in
        [("share", share, &mut options.share), ("event-scores", event_scores, &mut options.event_scores)]
    {
        if let Some(value) = value {
            match switch(&value) {
                Some(on) => *field = on,
                None => problems.push(ConfigProblem {
                    option,
                    message: trf("{0} {1} is not a switch: use on or off", &[option, &quoted(&value)]),
                }),
            }
        }
    }
    (options, problems)
}

/// Longest query string read for options (a page URL a facilitator's QR code opens).
pub const MAX_QUERY_CHARS: usize = 2000;

/// The `name=value` pairs of a URL query (`?` optional), percent-decoded, `+` read as a space. Bounded: a longer
/// query is ignored whole, and a pair that does not decode as UTF-8 is dropped.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_CHARS {
        return Vec::new();
    }
    query
        .split('&')
        .filter_map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((percent_decode(name)?, percent_decode(value)?))
        })
        .filter(|(name, _)| !name.is_empty())
        .collect()
}

/// Decodes `%XX` escapes and `+`; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(byte) = rest.next() {
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let high = char::from(rest.next()?).to_digit(16)?;
                let low = char::from(rest.next()?).to_digit(16)?;
                bytes.push(u8::try_from(high * 16 + low).ok()?);
            }
            other => bytes.push(other),
        }
    }
    String::from_utf8(bytes).ok()
}

/// Whether a fragment marks the link as the person's own (`#r=CODE&own`): the widget's "QR code and printable
/// page" link opens the summary page this way, so it shows "your result" rather than "shared with you". It only
/// changes wording and which offers are shown; a forged `own` gains nothing.
pub fn fragment_is_own(fragment: &str) -> bool {
    fragment.strip_prefix('#').unwrap_or(fragment).split('&').any(|pair| pair == "own")
}

/// A hand-over from the embed in a fragment (`#a=...`, see [`crate::share::handoff`]), not yet checked.
pub fn fragment_handoff(fragment: &str) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|pair| pair.strip_prefix("a=")).filter(|text| !text.is_empty()).map(str::to_string)
}

/// Most share codes read from one fragment (a group view of a whole workshop).
pub const MAX_FRAGMENT_CODES: usize = 60;

/// The share codes in a page's fragment: `#r=CODE`, or several as `#r=A&r=B` (a comparison or a group).
/// Other fragment content (a coach's own `#contact` anchor) yields nothing. Codes are only split out here;
/// [`crate::share::decode`] checks each one.
pub fn fragment_codes(fragment: &str) -> Vec<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_QUERY_CHARS * 10 {
        return Vec::new();
    }
    fragment
        .split('&')
        .filter_map(|pair| pair.strip_prefix("r="))
        .filter(|code| !code.is_empty())
        .take(MAX_FRAGMENT_CODES)
        .map(str::to_string)
        .collect()
}
