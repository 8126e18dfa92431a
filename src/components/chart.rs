//! A horizontal bar chart drawn as SVG by the widget itself, with a table that gives the same numbers.

use super::CollectAny;
use leptos::prelude::*;
use rapport_core::i18n::trf;
use rapport_core::interpret::FactorLine;

const WIDTH: u32 = 320;
const BAR_HEIGHT: u32 = 22;
const ROW: u32 = 44;

/// Bars for each factor (the SVG is decorative for screen readers; the table below is the text alternative).
#[component]
pub fn BarChart(
    /// The factors to draw, in order.
    lines: Vec<FactorLine>,
    /// Caption of the table, e.g. "Your four trust factors".
    caption: &'static str,
) -> impl IntoView {
    let height = ROW * lines.len() as u32;
    let bars = lines
        .iter()
        .enumerate()
        .map(|(row, line)| {
            let y = row as u32 * ROW;
            let width = (line.fill.min(1000) * WIDTH) / 1000;
            let name =
                if line.lower_is_better { trf("{0} (lower is better)", &[line.name]) } else { line.name.to_string() };
            view! {
                <g class="rapport-chart__row" class:rapport-chart__row--inverse=line.lower_is_better>
                    <text class="rapport-chart__name" x="0" y=(y + 14).to_string()>{name}</text>
                    <rect class="rapport-chart__track" x="0" y=(y + 18).to_string() width=WIDTH.to_string()
                        height=BAR_HEIGHT.to_string() rx="4" />
                    <rect class="rapport-chart__bar" x="0" y=(y + 18).to_string() width=width.to_string()
                        height=BAR_HEIGHT.to_string() rx="4" />
                </g>
            }
        })
        .collect_any();
    let rows = lines
        .into_iter()
        .map(|line| {
            let name =
                if line.lower_is_better { trf("{0} (lower is better)", &[line.name]) } else { line.name.to_string() };
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td data-testid=format!("score-{}", line.id)>{line.value}" "{line.out_of}</td>
                </tr>
            }
        })
        .collect_any();
    view! {
        <figure class="rapport-chart">
            <svg class="rapport-chart__svg" viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true"
                focusable="false">
                {bars}
            </svg>
            <table class="rapport-table">
                <caption>{caption}</caption>
                {rows}
            </table>
        </figure>
    }
}
