//! Finds host elements and mounts a widget into a shadow root on each, with our CSS as an adopted stylesheet
//! (no inline `<style>` or `style=""`, so it runs under a strict Content-Security-Policy).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRootInit, ShadowRootMode};

use rapport_core::config::{fragment_codes, fragment_is_own, parse_options, query_pairs};

use crate::app::{App, SharedLink};

/// All widget CSS (style/, in cascade order), minified by build.rs.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Set on a host once its widget is mounted, so a second run of the loader does not mount it twice.
const MOUNTED_MARK: &str = "data-rapport-mounted";

/// Lets a standalone page take options from its URL's query (`?instrument=trust`), as a facilitator's start QR
/// code does. A coach's page never does: there, only the coach's own data attributes configure the widget.
const OPTIONS_FROM_URL: &str = "data-options-from-url";

/// Mounts a widget on every `[data-rapport]` element that does not have one yet. `home` is the loader's folder.
pub fn mount_all(home: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Ok(hosts) = document.query_selector_all("[data-rapport]") else { return };
    // Share codes in the page's fragment go to the first widget only: one summary per page, not one per widget.
    let hash = window.location().hash().unwrap_or_default();
    let mut shared = fragment_codes(&hash);
    let own = fragment_is_own(&hash);
    let mut first = true;
    let query = window.location().search().unwrap_or_default();
    for index in 0..hosts.length() {
        let Some(host) = hosts.item(index).and_then(|node| node.dyn_into::<HtmlElement>().ok()) else { continue };
        if host.has_attribute(MOUNTED_MARK) {
            continue;
        }
        let context = Context {
            home: home.to_string(),
            shared: std::mem::take(&mut shared),
            own,
            first: std::mem::take(&mut first),
            query: query.clone(),
        };
        if mount_one(&document, &host, context).is_err() {
            // The host cannot take a shadow root (an element type that forbids it, or one already attached):
            // say so in the host itself rather than leaving an empty box.
            host.set_text_content(Some("This assessment could not start here: its container cannot hold it."));
        }
    }
}

/// What a widget learns from its page besides its own attributes.
struct Context {
    home: String,
    shared: Vec<String>,
    /// The link is the person's own (`&own`).
    own: bool,
    /// The first widget on the page: it alone follows share links opened in this tab later.
    first: bool,
    query: String,
}

fn mount_one(document: &web_sys::Document, host: &HtmlElement, context: Context) -> Result<(), wasm_bindgen::JsValue> {
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    match CssStyleSheet::new().and_then(|sheet| sheet.replace_sync(CSS).map(|()| sheet)) {
        Ok(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        Err(_) => {
            // Browsers without constructable stylesheets (Safari before 16.4) get a <style> element instead.
            let style = document.create_element("style")?;
            style.set_text_content(Some(CSS));
            shadow.append_child(&style)?;
        }
    }
    let root: HtmlElement = document.create_element("div")?.unchecked_into();
    root.set_class_name("rapport");
    shadow.append_child(&root)?;
    host.set_attribute(MOUNTED_MARK, "")?;
    // Options come from the host's data attributes (or the page's query on a standalone page): untrusted, so the
    // core validates every one.
    let from_url = if host.has_attribute(OPTIONS_FROM_URL) { query_pairs(&context.query) } else { Vec::new() };
    let (options, problems) = parse_options(|name| {
        host.get_attribute(&format!("data-{name}"))
            .or_else(|| from_url.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone()))
    });
    for problem in &problems {
        web_sys::console::warn_1(&format!("rapport: {}", problem.message).into());
    }
    // The widget lives as long as the page: keep its reactive owner instead of unmounting on drop.
    let Context { home, shared, own, first, .. } = context;
    let link = SharedLink { codes: shared, own, follow: first };
    mount_to(root, move || view! { <App options problems home link /> }).forget();
    Ok(())
}
