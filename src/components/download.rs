//! Saving text as a file the person downloads (export, set-aside data). Blocked in a sandboxed frame without
//! `allow-downloads`: the caller then shows the text to copy instead.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `filename`. Returns false when the browser refused, or may have refused
/// without saying: in a frame with an opaque origin (sandboxed without `allow-same-origin`) a blocked download
/// fails silently, so the caller shows the text to copy as well.
pub fn download(filename: &str, text: &str) -> bool {
    let opaque = web_sys::window().is_none_or(|window| window.origin() == "null");
    let attempt = || -> Result<(), wasm_bindgen::JsValue> {
        let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
        let parts = js_sys::Array::of1(&text.into());
        let kind = BlobPropertyBag::new();
        kind.set_type("application/json");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &kind)?;
        let url = Url::create_object_url_with_blob(&blob)?;
        let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
        link.set_href(&url);
        link.set_download(filename);
        link.click();
        Url::revoke_object_url(&url)?;
        Ok(())
    };
    attempt().is_ok() && !opaque
}

/// A file name with today's date, e.g. `rapport-2026-11-23.json`.
pub fn dated_filename(prefix: &str) -> String {
    let date: String = js_sys::Date::new_0().to_iso_string().into();
    format!("{prefix}-{}.json", date.get(..10).unwrap_or("export"))
}
