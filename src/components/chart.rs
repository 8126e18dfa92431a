//! A horizontal bar chart drawn with HTML and CSS, with a table that gives the same numbers.

use leptos::prelude::*;
use rapport_core::i18n::trf;
use rapport_core::interpret::FactorLine;

use super::CollectAny;

/// Bars for each factor (hidden from screen readers; the table below is the text alternative). Plain elements
/// sized through the CSSOM (`style:width`, allowed by a strict CSP), not SVG: its attributes were a dozen types of
/// their own in the wasm, and the bars now follow the page's writing direction.
#[component]
pub fn BarChart(
    /// The factors to draw, in order.
    lines: Vec<FactorLine>,
    /// Caption of the table, e.g. "Your four trust factors".
    caption: &'static str,
) -> impl IntoView {
    let label = |line: &FactorLine| {
        if line.lower_is_better {
            trf("{0} (lower is better)", &[line.name])
        } else {
            line.name.to_string()
        }
    };
    let bars = lines
        .iter()
        .map(|line| {
            // `fill` is per mille of the bar's length.
            let fill = line.fill.min(1000);
            let width = format!("{}.{}%", fill / 10, fill % 10);
            let class = if line.lower_is_better {
                "rapport-chart__row rapport-chart__row--inverse"
            } else {
                "rapport-chart__row"
            };
            view! {
                <div class=class>
                    <span class="rapport-chart__name">{label(line)}</span>
                    <span class="rapport-chart__track">
                        <span class="rapport-chart__bar" style:width=width></span>
                    </span>
                </div>
            }
        })
        .collect_any();
    let rows = lines
        .iter()
        .map(|line| {
            view! {
                <tr>
                    <th scope="row">{label(line)}</th>
                    // Isolated: "7.8 of 10" starts with a number, which an RTL page would otherwise move to the end.
                    <td data-testid=format!("score-{}", line.id)><bdi>{line.value.clone()}" "{line.out_of}</bdi></td>
                </tr>
            }
        })
        .collect_any();
    view! {
        <figure class="rapport-chart">
            <div class="rapport-chart__bars" aria-hidden="true">{bars}</div>
            <table class="rapport-table">
                <caption>{caption}</caption>
                {rows}
            </table>
        </figure>
    }
}
