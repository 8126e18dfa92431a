//! Finds host elements and mounts a widget into a shadow root on each, with our CSS as an adopted stylesheet, or
//! a linked one where stylesheets cannot be constructed (no inline `<style>` or `style=""`, so it runs under a
//! strict Content-Security-Policy).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRootInit, ShadowRootMode};

use rapport_core::config::{host_element_problem, parse_options, share_base_on_page};
use rapport_core::i18n::{install, tr};
use rapport_core::theme::accent_css;

use crate::app::App;
use crate::state::{Page, PageReader};

/// All widget CSS (style/, in cascade order), minified by build.rs.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// The same CSS as a file beside the wasm (`v1/pkg/`), named by its content (build.rs, scripts/build.sh).
const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/stylesheet-name.txt"));

/// Set on a host once its widget is mounted, so a second run of the loader does not mount it twice.
const MOUNTED_MARK: &str = "data-rapport-mounted";

/// Installs the catalogue the loader fetched. A damaged or missing one leaves the page in English, with a console
/// note for the site owner: never a blank widget.
pub fn install_language(language: usize, catalogue: &str) {
    let Some((tag, _)) = rapport_core::i18n::LANGUAGES.get(language).filter(|_| language > 0) else { return };
    if install(tag, catalogue).is_err() {
        web_sys::console::warn_1(&"rapport: the language could not be loaded, so English is shown".into());
    }
    Page::speak_on_document(rapport_core::i18n::language());
}

/// Mounts a widget on every `[data-rapport]` element that does not have one yet. `home` is the folder above the
/// loader's `v1/` (our pages, `summary.html` among them, are there).
pub fn mount_all(home: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Ok(hosts) = document.query_selector_all("[data-rapport]") else { return };
    let mut reader = PageReader::new(&window, home);
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
        let page = reader.next(&host);
        if mount_one(&document, &host, home, page).is_err() {
            // The host cannot take a shadow root (an element type that forbids it, or one already attached):
            // say so in the host itself rather than leaving an empty box.
            host.set_text_content(Some(tr("This assessment could not start here: its container cannot hold it.")));
        }
    }
}

fn mount_one(
    document: &web_sys::Document,
    host: &HtmlElement,
    home: &str,
    page: Page,
) -> Result<(), wasm_bindgen::JsValue> {
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    // Options come from the host's data attributes (or the page's query on a standalone page): untrusted, so the
    // core validates every one.
    let (mut options, mut problems) = parse_options(|name| page.option(host, name));
    share_base_on_page(&mut options, &mut problems, &document.url().unwrap_or_default());
    // A coach's accent: CSS built by the core from three parsed numbers, after our theme so that it wins.
    let accent = options.accent.map(accent_css).unwrap_or_default();
    match CssStyleSheet::new().and_then(|sheet| sheet.replace_sync(&format!("{CSS}{accent}")).map(|()| sheet)) {
        Ok(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        Err(_) => {
            // Safari before 16.4 cannot construct a stylesheet, and the policy we document (`style-src 'self'`,
            // plus rapport's origin) blocks a <style> element: link the same CSS, built as a file beside the
            // wasm. A coach's accent is left out there: adding rules once the file loads cost 5 KB of wasm, paid
            // by every browser for the few that take this path (docs/browsers.md).
            let link = document.create_element("link")?;
            link.set_attribute("rel", "stylesheet")?;
            link.set_attribute("href", &format!("{home}v1/pkg/{STYLESHEET}"))?;
            shadow.append_child(&link)?;
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
