//! Focus management: move focus to a screen's heading after the person acted, never on page load
//! (an embedded widget must not pull a coach's page around), and without scrolling.

use leptos::html::H2;
use leptos::prelude::*;
use web_sys::FocusOptions;

use crate::app::AppState;

/// Focuses `heading` whenever `trigger` changes (and when it first mounts), if the person has acted.
pub fn focus_when<T: 'static>(state: AppState, heading: NodeRef<H2>, trigger: impl Fn() -> T + 'static) {
    Effect::new(move |_| {
        trigger();
        let Some(heading) = heading.get() else { return };
        if state.acted.get_untracked() {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
    });
}
