//! The summary page's tools (the `tools` build only, never in the embed's wasm): the QR code and the printable
//! page of a result, a coach-client comparison of two share links, a workshop group's anonymous summary, and a
//! QR code that starts a chosen questionnaire on participants' phones.

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::group::{aggregate, compare_pair};
use rapport_core::i18n::LANGUAGES;
use rapport_core::i18n::{decimal, tr, trf};
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::interpret::interpret_saved;
use rapport_core::qr::qr_svg_path;
use rapport_core::share::{decode_lines, SharedResult};
use rapport_core::storage::SavedResult;
use rapport_core::summary::percent_encode;

use crate::app::{AppState, Screen};
use crate::components::{focus_when, share_link, BarChart};

/// A QR code drawn as SVG from the core's path: dark modules on white, whatever the theme (scanners need it).
#[component]
pub fn QrCode(
    /// What the code holds (a link).
    text: String,
    /// What it is, for screen readers.
    label: &'static str,
) -> impl IntoView {
    match qr_svg_path(&text) {
        Ok(picture) => {
            let side = picture.side();
            view! {
                <svg class="rapport-qr" viewBox=format!("0 0 {side} {side}") role="img" aria-label=label
                    data-testid="qr">
                    <rect class="rapport-qr__light" width=side.to_string() height=side.to_string() />
                    <path class="rapport-qr__dark" d=picture.path />
                </svg>
            }
            .into_any()
        }
        Err(error) => view! { <p class="rapport-status">{error.message()}</p> }.into_any(),
    }
}

/// Under a result on the summary page: its QR code (for a facilitator's screen or a phone held up), printing,
/// and the way to the comparison and group views.
#[component]
pub fn PrintAndQr(
    /// Shared widget state.
    state: AppState,
    /// The result on show.
    result: SavedResult,
) -> impl IntoView {
    let link = share_link(&state.links.0.get_untracked(), &result, result.label.as_deref().unwrap_or(""));
    let compare_with = link.clone();
    view! {
        <section class="rapport-card rapport-tools" aria-labelledby="rapport-qr-title">
            <h3 id="rapport-qr-title">{tr("QR code of this result")}</h3>
            <p class="rapport-no-print">{tr("Scan it with a phone's camera to open this summary there.")}</p>
            {(!link.is_empty()).then(|| view! { <QrCode text=link label=tr("QR code of the link to this result") /> })}
            <div class="rapport-actions rapport-no-print">
                <button type="button" class="rapport-primary" on:click=move |_| print()>{tr("Print or save as PDF")}</button>
                <button
                    type="button"
                    class="rapport-secondary"
                    on:click=move |_| state.show(Screen::Compare(vec![compare_with.clone(), String::new()]))
                >
                    {tr("Compare with another result")}
                </button>
            </div>
        </section>
    }
}

fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Every line of what a person pasted, decoded: the results, and one message per line that could not be read.
fn decode_all(texts: &[String]) -> (Vec<SharedResult>, Vec<String>) {
    let mut results = Vec::new();
    let mut problems = Vec::new();
    for text in texts {
        match decode_lines(text) {
            Err(error) => problems.push(error.message().to_string()),
            Ok(lines) => {
                for line in lines {
                    match line.outcome {
                        Ok(result) => results.push(result),
                        Err(error) => problems.push(error.message().to_string()),
                    }
                }
            }
        }
    }
    (results, problems)
}

/// Back to the start screen, and the other tools.
fn tools_nav(state: AppState) -> impl IntoView {
    view! {
        <div class="rapport-actions rapport-no-print">
            <button type="button" class="rapport-secondary" on:click=move |_| state.home()>{tr("Back to start")}</button>
        </div>
    }
}

/// Two share links side by side: a coach's and a client's view of the same relationship, with the largest gaps
/// named, since the gap itself is worth a conversation.
#[component]
pub fn CompareScreen(
    /// Shared widget state.
    state: AppState,
    /// The links (or codes) to start with.
    links: Vec<String>,
) -> impl IntoView {
    // Focus follows the person to the new screen, as on every other screen.
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let first = RwSignal::new(links.first().cloned().unwrap_or_default());
    let second = RwSignal::new(links.get(1).cloned().unwrap_or_default());
    let shown = RwSignal::new(!links.iter().all(String::is_empty));
    let outcome = move || {
        shown.get().then(|| {
            let (results, problems) = decode_all(&[first.get(), second.get()]);
            if let Some(problem) = problems.first() {
                return view! { <p class="rapport-notice" role="alert">{problem.clone()}</p> }.into_any();
            }
            let [a, b] = results.as_slice() else {
                return view! { <p class="rapport-notice" role="alert">{tr("Paste two share links to compare.")}</p> }
                    .into_any();
            };
            match compare_pair(a, b) {
                Err(problem) => view! { <p class="rapport-notice" role="alert">{problem.message()}</p> }.into_any(),
                Ok(pair) => comparison_view(a, b, pair).into_any(),
            }
        })
    };
    view! {
        <section class="rapport-screen rapport-compare">
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("Compare two views of one relationship")}</h2>
            <p class="rapport-lead rapport-no-print">
                {tr("Paste two share links of the same questionnaire: the client's and the coach's view of the working \
                     alliance, or a self-assessment and a client's rating of trust. Both stay on this device.")}
            </p>
            <div class="rapport-no-print">
                <label class="rapport-field">
                    <span>{tr("First link")}</span>
                    <input type="text" prop:value=move || first.get() on:input=move |e| first.set(event_target_value(&e)) />
                </label>
                <label class="rapport-field">
                    <span>{tr("Second link")}</span>
                    <input type="text" prop:value=move || second.get() on:input=move |e| second.set(event_target_value(&e)) />
                </label>
                <button type="button" class="rapport-primary" on:click=move |_| shown.set(true)>{tr("Compare")}</button>
            </div>
            <div aria-live="polite">{outcome}</div>
            {tools_nav(state)}
        </section>
    }
}

fn side_name(result: &SharedResult) -> String {
    let instrument = instrument::find(result.instrument, result.version);
    let perspective = instrument.and_then(|i| i.perspectives.get(result.perspective)).map_or("", |p| tr(p.label));
    match &result.label {
        Some(label) => format!("{label} ({perspective})"),
        None => perspective.to_string(),
    }
}

fn comparison_view(a: &SharedResult, b: &SharedResult, pair: rapport_core::group::PairComparison) -> impl IntoView {
    let (name_a, name_b) = (side_name(a), side_name(b));
    let rows = pair
        .lines
        .iter()
        .map(|line| {
            view! {
                <tr data-testid=format!("gap-{}", line.id)>
                    <th scope="row">{line.name}</th>
                    <td>{decimal(line.first)}</td>
                    <td>{decimal(line.second)}</td>
                    <td>{decimal(line.gap)}</td>
                </tr>
            }
        })
        .collect_view();
    let charts = [a, b]
        .into_iter()
        .zip([name_a.clone(), name_b.clone()])
        .filter_map(|(side, name)| {
            let lines = interpret_saved(&side.to_saved())?.lines;
            Some(view! {
                <div class="rapport-compare__side">
                    <h3>{name}</h3>
                    <BarChart lines caption=tr("Answers in numbers") />
                </div>
            })
        })
        .collect_view();
    view! {
        <p class="rapport-card rapport-gap" data-testid="largest-gap">{pair.summary}</p>
        <div class="rapport-compare__sides">{charts}</div>
        <table class="rapport-table rapport-compare__table">
            <caption>{tr("Side by side, largest gap first")}</caption>
            <tr><th scope="col">{tr("Part")}</th><th scope="col">{name_a}</th><th scope="col">{name_b}</th><th scope="col">{tr("Gap")}</th></tr>
            {rows}
        </table>
    }
}

/// A workshop group's anonymous summary: per part, the mean, the spread and the count, never a name; with fewer
/// than three results no statistics at all, so no one can be singled out.
#[component]
pub fn GroupScreen(
    /// Shared widget state.
    state: AppState,
    /// The links (or codes) to start with.
    links: Vec<String>,
) -> impl IntoView {
    // Focus follows the person to the new screen, as on every other screen.
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let pasted = RwSignal::new(links.join("\n"));
    let shown = RwSignal::new(!links.is_empty());
    let outcome = move || {
        shown.get().then(|| {
            let (results, problems) = decode_all(&[pasted.get()]);
            let groups = aggregate(&results);
            let skipped = (!problems.is_empty()).then(|| {
                let count = problems.len();
                let text = if count == 1 {
                    tr("1 link could not be read and was left out.").to_string()
                } else {
                    trf("{0} links could not be read and were left out.", &[&count.to_string()])
                };
                view! { <p class="rapport-notice" role="status">{text}</p> }
            });
            let summaries = groups.into_iter().map(group_view).collect_view();
            view! { {skipped} {summaries} }
        })
    };
    view! {
        <section class="rapport-screen rapport-group">
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("Group summary")}</h2>
            <p class="rapport-lead rapport-no-print">
                {tr("Paste the share links of a group, one per line. The summary shows no names and no single result; \
                     with fewer than 3 results it shows no statistics, so no one can be singled out.")}
            </p>
            <label class="rapport-field rapport-no-print">
                <span>{tr("Share links")}</span>
                <textarea rows="6" prop:value=move || pasted.get() on:input=move |e| pasted.set(event_target_value(&e))></textarea>
            </label>
            <button type="button" class="rapport-primary rapport-no-print" on:click=move |_| shown.set(true)>
                {tr("Summarise")}
            </button>
            <div aria-live="polite">{outcome}</div>
            {tools_nav(state)}
        </section>
    }
}

fn group_view(group: rapport_core::group::GroupSummary) -> impl IntoView {
    let instrument = instrument::find(group.instrument, group.version);
    let title = instrument.map_or("", |i| tr(i.title));
    let perspective = instrument.and_then(|i| i.perspectives.get(group.perspective)).map_or("", |p| tr(p.label));
    let heading = trf("{0} · {1} · {2} results", &[title, perspective, &group.count.to_string()]);
    let body = match group.factors {
        None => view! {
            <p data-testid="group-too-small">
                {tr("Fewer than 3 results: no statistics are shown, so no one can be singled out.")}
            </p>
        }
        .into_any(),
        Some(factors) => {
            let rows = factors
                .into_iter()
                .map(|factor| {
                    view! {
                        <tr data-testid=format!("group-{}", factor.id)>
                            <th scope="row">{tr(factor.name)}</th>
                            <td>{decimal(factor.mean)}</td>
                            <td>{decimal(factor.spread)}</td>
                            <td>{trf("{0} to {1}", &[&decimal(factor.min), &decimal(factor.max)])}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="rapport-table rapport-group__table">
                    <caption>{tr("Per part: average, spread (standard deviation) and range")}</caption>
                    <tr><th scope="col">{tr("Part")}</th><th scope="col">{tr("Average")}</th><th scope="col">{tr("Spread")}</th><th scope="col">{tr("Range")}</th></tr>
                    {rows}
                </table>
            }
            .into_any()
        }
    };
    view! {
        <section class="rapport-card rapport-group__summary">
            <h3>{heading}</h3>
            {body}
        </section>
    }
}

/// A QR code a facilitator shows on screen: it opens the chosen questionnaire and perspective on phones.
#[component]
pub fn StartLinkScreen(
    /// Shared widget state.
    state: AppState,
) -> impl IntoView {
    // Focus follows the person to the new screen, as on every other screen.
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let home = state.links.1;
    let chosen = RwSignal::new(0usize);
    let perspective = RwSignal::new(0usize);
    let language = RwSignal::new(0usize);
    let chosen_id = move || InstrumentId::ALL.get(chosen.get()).copied().unwrap_or(InstrumentId::Trust);
    let link = move || {
        let instrument = instrument::current(chosen_id());
        let perspective = instrument.perspectives.get(perspective.get()).map_or("", |p| p.id);
        let lang = LANGUAGES.get(language.get()).map_or("en", |(tag, _)| tag);
        format!(
            "{}?instrument={}&perspective={}&lang={lang}",
            home.get_untracked(),
            chosen_id().as_str(),
            percent_encode(perspective)
        )
    };
    // Every language the widget has text for (issue 10 adds more); the link carries the one chosen.
    let languages = LANGUAGES
        .iter()
        .enumerate()
        .map(|(index, (tag, name))| {
            view! {
                <label class="rapport-option">
                    <input type="radio" name="start-language" value=*tag prop:checked=move || language.get() == index
                        on:change=move |_| language.set(index) />
                    <span class="rapport-option__label">{*name}</span>
                </label>
            }
        })
        .collect_view();
    let instruments = InstrumentId::ALL
        .into_iter()
        .map(|id| {
            view! {
                <label class="rapport-option">
                    <input type="radio" name="start-instrument" prop:checked=move || chosen_id() == id
                        on:change=move |_| { chosen.set(id.index()); perspective.set(0); } />
                    <span class="rapport-option__label">{tr(instrument::current(id).title)}</span>
                </label>
            }
        })
        .collect_view();
    let perspectives = move || {
        instrument::current(chosen_id())
            .perspectives
            .iter()
            .enumerate()
            .map(|(index, option)| {
                view! {
                    <label class="rapport-option">
                        <input type="radio" name="start-perspective" prop:checked=move || perspective.get() == index
                            on:change=move |_| perspective.set(index) />
                        <span class="rapport-option__label">{tr(option.label)}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <section class="rapport-screen rapport-start-link">
            <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("A QR code to start a workshop")}</h2>
            <p class="rapport-lead rapport-no-print">
                {tr("Choose the questionnaire, whose view it asks for and the language, then show this code: participants \
                     scan it and start on their own phones. Their answers stay on their phones.")}
            </p>
            <div class="rapport-no-print">
                <fieldset class="rapport-fieldset">
                    <legend>{tr("Questionnaire")}</legend>
                    <div class="rapport-options">{instruments}</div>
                </fieldset>
                <fieldset class="rapport-fieldset">
                    <legend>{tr("Whose view?")}</legend>
                    <div class="rapport-options">{perspectives}</div>
                </fieldset>
                <fieldset class="rapport-fieldset">
                    <legend>{tr("Language")}</legend>
                    <div class="rapport-options">{languages}</div>
                </fieldset>
            </div>
            {move || view! { <QrCode text=link() label=tr("QR code that starts the questionnaire") /> }}
            <label class="rapport-field">
                <span>{tr("Link")}</span>
                <input type="text" readonly data-testid="start-link" prop:value=link />
            </label>
            {tools_nav(state)}
        </section>
    }
}

/// On the summary page's start screen: the way to the tools.
pub fn tools_menu(state: AppState) -> impl IntoView {
    view! {
        <section class="rapport-card rapport-tools-menu" aria-labelledby="rapport-tools-title">
            <h3 id="rapport-tools-title">{tr("For coaches and facilitators")}</h3>
            <div class="rapport-actions">
                <button type="button" class="rapport-secondary"
                    on:click=move |_| state.show(Screen::Compare(Vec::new()))>
                    {tr("Compare two results")}
                </button>
                <button type="button" class="rapport-secondary"
                    on:click=move |_| state.show(Screen::Group(Vec::new()))>
                    {tr("Summarise a group")}
                </button>
                <button type="button" class="rapport-secondary" on:click=move |_| state.show(Screen::StartLink)>
                    {tr("Make a start QR code")}
                </button>
            </div>
        </section>
    }
}
