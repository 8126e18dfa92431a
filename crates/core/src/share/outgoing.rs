//! The links we write: a result's share link, the embed's hand-over to our summary page, and a workshop's start
//! link. Each is empty where there is nothing to link to, and the UI hides the link then.

use super::code::encode;
use super::link::handoff;
use super::result::{clean_label, SharedResult};
use crate::instrument::Instrument;
use crate::storage::SavedResult;
use crate::summary::percent_encode;

/// The share code of `result` with `label` as typed (cleaned to plain text; may be empty); empty when it cannot be
/// encoded.
pub fn share_code(result: &SavedResult, label: &str) -> String {
    let Some(mut shared) = SharedResult::from_saved(result) else { return String::new() };
    shared.label = clean_label(label);
    encode(&shared)
}

/// The share link of `result` under `base` (our summary page); empty when there is no base (the page's address is
/// unknown) or no code.
pub fn share_link(base: &str, result: &SavedResult, label: &str) -> String {
    let code = share_code(result, label);
    if base.is_empty() || code.is_empty() {
        return String::new();
    }
    format!("{base}#r={code}")
}

/// The embed's link to `page` (our summary page or the coach's own) with the person's result handed over
/// ([`handoff`]); empty when sharing is not `offered` (someone else's result, or the coach turned sharing off) or
/// there is no page.
#[inline]
pub fn handoff_link(page: &str, result: &SavedResult, offered: bool) -> String {
    if page.is_empty() || !offered {
        return String::new();
    }
    format!("{page}#a={}&own", handoff(result))
}

/// The link a workshop's QR code opens: the widget at `home` with the questionnaire, the perspective (by index,
/// the first when unknown) and the language chosen.
pub fn start_link(home: &str, instrument: &Instrument, perspective: usize, lang: &str) -> String {
    let perspective = instrument.perspectives.get(perspective).map_or("", |p| p.id);
    format!("{home}?instrument={}&perspective={}&lang={lang}", instrument.id.as_str(), percent_encode(perspective))
}

/// Our summary page (sharing, QR code, printable page) in the folder `home` the loader came from; empty when that
/// folder is unknown, so no link is offered rather than a relative one that would point into the coach's site.
pub fn summary_page(home: &str) -> String {
    if home.is_empty() {
        String::new()
    } else {
        format!("{home}summary.html")
    }
}
