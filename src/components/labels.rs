//! Dates in the page's language, for every screen (the core words everything around them).

use rapport_core::i18n::language;

/// A date in the page's language, through `Intl` (no date code in the wasm). The first call on a page costs a
/// phone about 30 ms (the browser loads its locale data; 110 to 150 ms at CPU 4x); later calls are cheap, since
/// the browser keeps the formatter. So no screen should format dates it is about to throw away.
pub fn format_date(millis: u64) -> String {
    let (date, options) = date_and_medium_style(millis);
    date.to_locale_date_string(language(), &options).into()
}

/// A date with its time of day ("4 Dec 2026, 14:05" in the page's language), for the goals' table of sessions,
/// where two sessions can fall on one day and a row is told apart by its time.
#[cfg(feature = "goals")]
pub fn format_date_time(millis: u64) -> String {
    let (date, options) = date_and_medium_style(millis);
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(language(), &options).into()
}

/// The instant as a JS `Date`, and `Intl` options asking for a "medium" date: 23 Nov 2026, 23.11.2026,
/// 23 nov 2026, as each language writes a short date.
fn date_and_medium_style(millis: u64) -> (js_sys::Date, js_sys::Object) {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    (date, options)
}
