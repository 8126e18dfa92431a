//! Wording shared by several screens: dates in the page's language, a kept result's one-line headline, and what
//! the person is told leaves the device.

use rapport_core::i18n::{language, tr};
use rapport_core::interpret::interpret_saved;
use rapport_core::storage::SavedResult;

/// A date in the page's language, through `Intl` (no date code in the wasm). The first call on a page costs a
/// phone about 30 ms (the browser loads its locale data; 110 to 150 ms at CPU 4x); later calls are cheap, since
/// the browser keeps the formatter. So no screen should format dates it is about to throw away.
pub fn format_date(millis: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    // "medium": 23 Nov 2026, 23.11.2026, 23 nov 2026, as each language writes a short date.
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    date.to_locale_date_string(language(), &options).into()
}

/// The one-line headline of a kept result, for lists.
pub fn headline_of(result: &SavedResult) -> String {
    interpret_saved(result).map_or_else(|| tr("could not be read").to_string(), |i| i.headline)
}

/// What leaves the device: nothing, unless the coach's page asked for the scores (then the person is told before
/// they start, and again on the result).
pub fn privacy_note(scores_sent: bool) -> &'static str {
    if scores_sent {
        tr("Your answers stay on this device. When you finish, this website receives your scores: the numbers, \
            never your answers.")
    } else {
        tr("Your answers stay on this device. Nothing is sent anywhere.")
    }
}
