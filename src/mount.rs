//! Finds host elements and mounts a widget into a shadow root on each, with our CSS as an adopted stylesheet
//! (no inline `<style>` or `style=""`, so it runs under a strict Content-Security-Policy).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRootInit, ShadowRootMode};

#[cfg(feature = "standalone")]
use rapport_core::config::{fragment_handoff, fragment_is_own, query_pairs};
use rapport_core::config::{host_element_problem, parse_options, share_base_on_page};
use rapport_core::i18n::{install, tr};
use rapport_core::theme::accent_css;

use crate::app::App;
use crate::state::Page;
#[cfg(feature = "standalone")]
use crate::state::SharedLink;

/// All widget CSS (style/, in cascade order), minified by build.rs.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Set on a host once its widget is mounted, so a second run of the loader does not mount it twice.
const MOUNTED_MARK: &str = "data-rapport-mounted";

/// Lets a standalone page take options from its URL's query (`?instrument=trust`), as a facilitator's start QR
/// code does. A coach's page never does: there, only the coach's own data attributes configure the widget.
#[cfg(feature = "standalone")]
const OPTIONS_FROM_URL: &str = "data-options-from-url";

/// Installs the catalogue the loader fetched. A damaged or missing one leaves the page in English, with a console
/// note for the site owner: never a blank widget.
pub fn install_language(language: usize, catalogue: &str) {
    let Some((tag, _)) = rapport_core::i18n::LANGUAGES.get(language).filter(|_| language > 0) else { return };
    if install(tag, catalogue).is_err() {
        web_sys::console::warn_1(&"rapport: the language could not be loaded, so English is shown".into());
    }
    // Our own pages are the widget: their document speaks its language (for screen readers and hyphenation), in
    // its direction.
    #[cfg(feature = "standalone")]
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let language = rapport_core::i18n::language();
        let _ = root.set_attribute("lang", language);
        let _ = root.set_attribute("dir", rapport_core::i18n::direction(language));
    }
}

/// Mounts a widget on every `[data-rapport]` element that does not have one yet. `home` is the folder above the
/// loader's `v1/` (our pages, `summary.html` among them, are there).
pub fn mount_all(home: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Ok(hosts) = document.query_selector_all("[data-rapport]") else { return };
    // Share codes in the page's fragment go to the first widget only: one summary per page, not one per widget.
    #[cfg(feature = "standalone")]
    let (mut fragment, mut handoff, own, mut first, query) = {
        let hash = window.location().hash().unwrap_or_default();
        let query = window.location().search().unwrap_or_default();
        (hash.clone(), fragment_handoff(&hash), fragment_is_own(&hash), true, query)
    };
    #[cfg(not(feature = "standalone"))]
    crate::state::remember_home(home);
    for index in 0..hosts.length() {
        let Some(host) = hosts.item(index).and_then(|node| node.dyn_into::<HtmlElement>().ok()) else { continue };
        if host.has_attribute(MOUNTED_MARK) {
            continue;
        }
        // Only an empty div, section or aside: anything else belongs to the host page and stays as it is.
        // (ASCII white space only: `trim` would bring Unicode's white-space table into the wasm.)
        let has_content = host.child_element_count() > 0
            || !host.text_content().unwrap_or_default().bytes().all(|byte| byte.is_ascii_whitespace());
        if let Some(problem) = host_element_problem(&host.tag_name(), has_content) {
            web_sys::console::warn_1(&problem.into());
            continue;
        }
        #[cfg(feature = "standalone")]
        let (page, query_options) = (
            Page {
                home: home.to_string(),
                link: SharedLink {
                    fragment: std::mem::take(&mut fragment),
                    own,
                    follow: std::mem::take(&mut first),
                    handoff: handoff.take(),
                },
            },
            if host.has_attribute(OPTIONS_FROM_URL) { query_pairs(&query) } else { Vec::new() },
        );
        #[cfg(not(feature = "standalone"))]
        let (page, query_options) = (Page, ());
        if mount_one(&document, &host, page, query_options).is_err() {
            // The host cannot take a shadow root (an element type that forbids it, or one already attached):
            // say so in the host itself rather than leaving an empty box.
            host.set_text_content(Some(tr("This assessment could not start here: its container cannot hold it.")));
        }
    }
}

/// Options a standalone page reads from its query (empty unless the host asks for them).
#[cfg(feature = "standalone")]
type QueryOptions = Vec<(String, String)>;
/// The embed reads no query.
#[cfg(not(feature = "standalone"))]
type QueryOptions = ();

fn mount_one(
    document: &web_sys::Document,
    host: &HtmlElement,
    page: Page,
    query_options: QueryOptions,
) -> Result<(), wasm_bindgen::JsValue> {
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    // Options come from the host's data attributes (or the page's query on a standalone page): untrusted, so the
    // core validates every one.
    #[cfg(feature = "standalone")]
    let (mut options, mut problems) = parse_options(|name| {
        host.get_attribute(&format!("data-{name}"))
            .or_else(|| query_options.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone()))
    });
    #[cfg(not(feature = "standalone"))]
    let (mut options, mut problems) = {
        let () = query_options;
        parse_options(|name| host.get_attribute(&format!("data-{name}")))
    };
    share_base_on_page(&mut options, &mut problems, &document.url().unwrap_or_default());
    // A coach's accent: CSS built by the core from three parsed numbers, after our theme so that it wins.
    let css = match options.accent {
        Some(accent) => format!("{CSS}{}", accent_css(accent)),
        None => CSS.to_string(),
    };
    match CssStyleSheet::new().and_then(|sheet| sheet.replace_sync(&css).map(|()| sheet)) {
        Ok(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        Err(_) => {
            // Browsers without constructable stylesheets (Safari before 16.4) get a <style> element instead.
            let style = document.create_element("style")?;
            style.set_text_content(Some(&css));
            shadow.append_child(&style)?;
        }
    }
    let root: HtmlElement = document.create_element("div")?.unchecked_into();
    root.set_class_name("rapport");
    // The widget's own language and its direction, which may differ from the host page's (i18n::direction).
    let language = rapport_core::i18n::language();
    root.set_attribute("lang", language)?;
    root.set_attribute("dir", rapport_core::i18n::direction(language))?;
    shadow.append_child(&root)?;
    host.set_attribute(MOUNTED_MARK, "")?;
    for problem in &problems {
        web_sys::console::warn_1(&format!("rapport: {}", problem.message).into());
    }
    // The widget lives as long as the page: keep its reactive owner instead of unmounting on drop.
    let events_from: web_sys::Element = root.clone().into();
    mount_to(root, move || view! { <App options problems page root=events_from /> }).forget();
    Ok(())
}
