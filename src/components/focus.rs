//! Focus management: move focus to a screen's heading after the person acted, never on page load
//! (an embedded widget must not pull a coach's page around). Focus itself never scrolls; instead the heading is
//! brought just into view when a new screen or question would otherwise start off-screen, for example after
//! tapping Start at the bottom of a long start screen.

use leptos::html::H2;
use leptos::prelude::*;
use web_sys::{FocusOptions, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::app::AppState;

/// Focuses `heading` whenever `trigger` changes (and when it first mounts), if the person has acted.
pub fn focus_when<T: 'static>(state: AppState, heading: NodeRef<H2>, trigger: impl Fn() -> T + 'static) {
    Effect::new(move |_| {
        trigger();
        let Some(heading) = heading.get() else { return };
        if !state.acted.get_untracked() {
            return;
        }
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
        let scroll = ScrollIntoViewOptions::new();
        scroll.set_block(ScrollLogicalPosition::Nearest);
        heading.scroll_into_view_with_scroll_into_view_options(&scroll);
    });
}
