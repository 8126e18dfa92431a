//! A horizontal bar chart drawn with HTML and CSS: each factor once, its name and score as text, its bar under them.

use leptos::prelude::*;
use rapport_core::interpret::FactorLine;
use rapport_core::wording::chart_name;

use super::CollectAny;

/// One row per factor: the name and the score are the text a screen reader reads ("Credibility, 6.9 of 10"); the
/// bar under them draws the same number and is hidden from it. One list instead of bars followed by a table of the
/// same numbers: a phone scrolls past each factor once, and reads the number where it sees the bar. Plain elements
/// sized through the CSSOM (`style:width`, allowed by a strict CSP), not SVG: its attributes were a dozen types of
/// their own in the wasm, and the bars follow the widget's writing direction.
#[component]
pub fn BarChart(
    /// The factors to draw, in order.
    lines: Vec<FactorLine>,
    /// Caption of the chart, e.g. "Your answers in numbers".
    caption: &'static str,
) -> impl IntoView {
    let rows = lines
        .iter()
        .map(|line| {
            let name = chart_name(line);
            // `fill` is per mille of the bar's length.
            let fill = line.fill.min(1000);
            let width = format!("{}.{}%", fill / 10, fill % 10);
            let class = if line.lower_is_better {
                "rapport-chart__row rapport-chart__row--inverse"
            } else {
                "rapport-chart__row"
            };
            view! {
                <li class=class>
                    <span class="rapport-chart__name">{name}</span>
                    // A space, so that copied or read text says "Credibility 7.8 of 10" (flex layout ignores it).
                    " "
                    // Isolated: "7.8 of 10" starts with a number, which an RTL page would otherwise move to the end.
                    <bdi class="rapport-chart__score" data-testid=format!("score-{}", line.id)>
                        {line.value.clone()}" "{line.out_of}
                    </bdi>
                    <span class="rapport-chart__track" aria-hidden="true">
                        <span class="rapport-chart__bar" style:width=width></span>
                    </span>
                </li>
            }
        })
        .collect_any();
    view! {
        <figure class="rapport-chart">
            <figcaption>{caption}</figcaption>
            // `role="list"`: Safari drops the list semantics of a list styled without markers.
            <ul class="rapport-chart__rows" role="list">{rows}</ul>
        </figure>
    }
}
