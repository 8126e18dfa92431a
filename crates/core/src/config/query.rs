//! The standalone pages' query string (`?instrument=trust&lang=de`) and the share fragments (`#r=CODE`, `#a=...`,
//! `&own`), bounded and percent-decoded.

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
