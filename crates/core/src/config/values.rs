//! What an option's value may look like: a language tag, plain text, an on/off switch, a safe link; and how a
//! refused value is quoted back to the site owner (shortened, as text).

use crate::storage::label_char_allowed;

/// Longest language tag read.
pub const MAX_LANG_CHARS: usize = 35;

/// A language tag like `en`, `es-MX` or `de-CH`: letters, then `-` and letters or digits; lower-cased.
pub(super) fn language_tag(text: &str) -> Option<String> {
    let mut parts = text.split('-');
    let primary = parts.next()?;
    let well_formed = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|part| (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric()));
    (well_formed && text.len() <= MAX_LANG_CHARS).then(|| text.to_ascii_lowercase())
}

/// Plain text for a label: at most `max` characters, no control characters and no bidirectional overrides
/// (which could make a name read as something else).
pub(super) fn plain_text(text: &str, max: usize) -> bool {
    text.chars().count() <= max && text.chars().all(label_char_allowed)
}

/// `on`/`off` switches: also `yes`/`no` and `true`/`false`, any case.
pub(super) fn switch_value(text: &str) -> Option<bool> {
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
