//! Focus management: move focus to a screen's heading after the person acted, never on page load
//! (an embedded widget must not pull a coach's page around). Focus itself never scrolls; instead the heading is
//! brought just into view when a new screen or question would otherwise start off-screen, for example after
//! tapping Start at the bottom of a long start screen.

use leptos::html::H2;
use leptos::prelude::*;
use web_sys::{FocusOptions, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::state::AppState;

/// Focuses `heading` when it first mounts and whenever `trigger`'s value changes (not on every change of what
/// `trigger` reads: answering a question must not pull focus away from the answers), if the person has acted.
/// `trigger` is a plain function, not a generic closure: each instantiation of an effect costs the embed about
/// 1 KB of wasm (its future's state machine), and this way every screen shares one.
pub fn focus_when(state: AppState, heading: NodeRef<H2>, trigger: fn(AppState) -> usize) {
    Effect::new(move |previous: Option<(usize, bool)>| {
        let current = trigger(state);
        let mounted = heading.get().is_some();
        if let Some((before, was_mounted)) = previous {
            if before == current && was_mounted == mounted {
                return (current, mounted);
            }
        }
        let Some(heading) = heading.get() else { return (current, mounted) };
        if state.acted.get_untracked() {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
            let scroll = ScrollIntoViewOptions::new();
            scroll.set_block(ScrollLogicalPosition::Nearest);
            heading.scroll_into_view_with_scroll_into_view_options(&scroll);
        }
        (current, mounted)
    });
}
