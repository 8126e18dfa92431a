//! Finds host elements and mounts a widget into a shadow root on each, with our CSS as an adopted stylesheet
//! (no inline `<style>` or `style=""`, so it runs under a strict Content-Security-Policy).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRootInit, ShadowRootMode};

use rapport_core::config::parse_options;

use crate::app::App;

/// All widget CSS (style/, in cascade order), minified by build.rs.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Set on a host once its widget is mounted, so a second run of the loader does not mount it twice.
const MOUNTED_MARK: &str = "data-rapport-mounted";

/// Mounts a widget on every `[data-rapport]` element that does not have one yet.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let Ok(hosts) = document.query_selector_all("[data-rapport]") else { return };
    for index in 0..hosts.length() {
        let Some(host) = hosts.item(index).and_then(|node| node.dyn_into::<HtmlElement>().ok()) else { continue };
        if host.has_attribute(MOUNTED_MARK) {
            continue;
        }
        if mount_one(&document, &host).is_err() {
            // The host cannot take a shadow root (an element type that forbids it, or one already attached):
            // say so in the host itself rather than leaving an empty box.
            host.set_text_content(Some("This assessment could not start here: its container cannot hold it."));
        }
    }
}

fn mount_one(document: &web_sys::Document, host: &HtmlElement) -> Result<(), wasm_bindgen::JsValue> {
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
    // Options come from the host's data attributes: untrusted, so the core validates every one.
    let (options, problems) = parse_options(|name| host.get_attribute(&format!("data-{name}")));
    for problem in &problems {
        web_sys::console::warn_1(&format!("rapport: {}", problem.message).into());
    }
    // The widget lives as long as the page: keep its reactive owner instead of unmounting on drop.
    mount_to(root, move || view! { <App options problems /> }).forget();
    Ok(())
}
