//! The result: headline numbers, chart with a table, strongest area and biggest opportunity in words,
//! next steps, and the ethics note.

use leptos::html::H2;
use leptos::prelude::*;
use rapport_core::i18n::{language, tr, trf};
use rapport_core::interpret::{
    compare, edition_gap_note, interpret_saved, level_label, Direction, FactorLine, Interpretation,
};
use rapport_core::readings::honest_option;
use rapport_core::scoring::{checkin_drop, Score};
use rapport_core::storage::SavedResult;

#[cfg(feature = "standalone")]
use crate::components::SharePanel;
use crate::components::{click, dated_filename, download, focus_when, BarChart, CollectAny};
use crate::state::AppState;

/// A date in the page's language, through `Intl` (no date code in the wasm). The first call on a page costs a
/// phone about 30 ms (the browser loads its locale data; 110 to 150 ms at CPU 4x); later calls are cheap, since
/// the browser keeps the formatter. So no screen should format dates it is about to throw away.
pub fn format_date(millis: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    // "medium": 23 Nov 2026, 23.11.2026, 23 nov 2026, as each language writes a short date.
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    date.to_locale_date_string(language(), &options).into()
}

/// The one-line headline of a kept result, for lists.
pub fn headline_of(result: &SavedResult) -> String {
    interpret_saved(result).map_or_else(|| tr("could not be read").to_string(), |i| i.headline)
}

/// One factor's reading: what it means and what to try next.
#[component]
fn FactorReading(
    /// The factor line with its reading.
    line: FactorLine,
    /// Heading prefix, e.g. "Biggest opportunity".
    #[prop(optional)]
    role: Option<&'static str>,
) -> impl IntoView {
    let reading = line.reading?;
    let title = match role {
        Some(role) => trf("{0}: {1}", &[role, line.name]),
        None => trf("{0}: {1}", &[line.name, level_label(line.level)]),
    };
    Some(view! {
        <section class="rapport-reading">
            <h3>{title}</h3>
            <p>{tr(reading.meaning)}</p>
            <ul class="rapport-steps">{reading.steps.iter().map(|step| view! { <li>{tr(step)}</li> }).collect_any()}</ul>
        </section>
    })
}

/// Shows a finished result.
#[component]
pub fn ResultScreen(
    /// Shared widget state.
    state: AppState,
    /// The result to show.
    result: SavedResult,
) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when(state, heading, |_| 0);
    let Some(Interpretation {
        headline,
        detail,
        lines,
        strongest,
        weakest,
        profile_note,
        edition_note,
        honest_option,
        ethics_note,
    }) = interpret_saved(&result)
    else {
        return view! {
            <section class="rapport-screen">
                <h2 class="rapport-title" tabindex="-1" node_ref=heading>{tr("This result cannot be shown")}</h2>
                <p>{tr("It was made with a version of the questionnaire this page does not know.")}</p>
                <button type="button" class="rapport-secondary" on:click=click(move |_| state.home())>{tr("Back to start")}</button>
            </section>
        }
        .into_any();
    };
    let instrument = result.instrument();
    let title = instrument.map_or("", |i| tr(i.title));
    let perspective = instrument
        .and_then(|i| i.perspectives.get(result.perspective_index().unwrap_or(0)))
        .map_or("", |p| tr(p.label));
    // A result from someone else's link: read-only, never mixed with the person's own, whether it is shown from the
    // link or was kept as someone else's. Their own link opened on the summary page (`&own`) reads as theirs, with
    // the share options.
    let shared = rapport_core::share::is_shared(&result);
    #[cfg(feature = "standalone")]
    let (received, own_view) = {
        let own = state.own_link.get_untracked();
        (shared && !own, shared && own)
    };
    #[cfg(not(feature = "standalone"))]
    let received = shared;
    let whose = rapport_core::share::shared_by(&result).filter(|_| received).map(|who| format!("{who} · "));
    let whose = whose.unwrap_or_default();
    let meta = format!("{whose}{title} · {perspective} · {}", format_date(result.completed_at));

    let pick = |index: Option<usize>| index.and_then(|i| lines.get(i).cloned());
    let focus_lines = [(pick(weakest), tr("Biggest opportunity")), (pick(strongest), tr("Strongest area"))];
    let highlighted: Vec<usize> = [weakest, strongest].into_iter().flatten().collect();
    let others: Vec<FactorLine> = lines.iter().filter(|line| !highlighted.contains(&line.factor)).cloned().collect();
    // Someone else's result is never compared with the person's own history.
    let trend = if received { None } else { checkin_trend(state, &result) };
    let changes = changes_since_previous(state, &result, !received);
    // Sharing, and the offers for a result someone shared, live in the standalone pages' build only: the embed's
    // wasm stays within its size budget (docs/performance.md).
    #[cfg(feature = "standalone")]
    let offer = {
        let offer = if own_view {
            ().into_any()
        } else if received {
            received_offer(state, result.clone()).into_any()
        } else {
            private_offer(state, result.clone(), true).into_any()
        };
        let share = (!received).then(|| view! { <SharePanel state result=result.clone() /> });
        view! { {offer} {share} <crate::tools::PrintAndQr state result=result.clone() /> }
    };
    #[cfg(not(feature = "standalone"))]
    let offer = view! {
        {private_offer(state, result.clone(), !received)}
        {share_elsewhere(state, &result, !received)}
    };
    let (no_profile_note, no_trend) = (profile_note.is_none(), trend.is_none());
    let others_read = others.iter().any(|line| line.reading.is_some());
    let (profile_note, trend) = (profile_note.unwrap_or_default(), trend.unwrap_or_default());
    let scores_sent = state.host().event_scores;
    let caption = if received { tr("The answers in numbers") } else { tr("Your answers in numbers") };

    view! {
        <section class="rapport-screen rapport-result">
            <p class="rapport-eyebrow">{meta}</p>
            <h2 class="rapport-title" tabindex="-1" node_ref=heading data-testid="headline">{headline}</h2>
            // Static elements, hidden when empty (see below).
            <p class="rapport-notice" data-testid="edition-note" hidden=edition_note.is_none()>{edition_note.unwrap_or_default()}</p>
            <p class="rapport-detail">{detail}</p>
            <BarChart lines=lines.clone() caption />
            // Static elements, hidden when empty: an optional view is a type of its own, and each costs wasm.
            <p hidden=no_profile_note>{profile_note}</p>
            <p class="rapport-card" hidden=honest_option.is_none()>{honest_option.unwrap_or_default()}</p>
            <p class="rapport-card rapport-trend" hidden=no_trend>{trend}</p>
            {changes}
            {focus_lines
                .into_iter()
                .filter_map(|(line, role)| line.map(|line| view! { <FactorReading line role /> }))
                .collect_any()}
            <details class="rapport-more" open=highlighted.is_empty() hidden=!others_read>
                <summary>{if highlighted.is_empty() { tr("Each part") } else { tr("The other parts") }}</summary>
                {others.into_iter().map(|line| view! { <FactorReading line /> }).collect_any()}
            </details>
            {offer}
            <p class="rapport-privacy" hidden=!scores_sent>
                {if scores_sent { crate::screens::start::privacy_note(true) } else { "" }}
            </p>
            {call_to_action(state)}
            <aside class="rapport-ethics" aria-label=tr("About this result")>
                <p>{ethics_note}</p>
            </aside>
            <div class="rapport-actions">
                <button type="button" class="rapport-secondary" on:click=click(move |_| state.home())>{tr("Back to start")}</button>
            </div>
        </section>
    }
    .into_any()
}

/// For a check-in: the totals so far (this perspective) and whether this one dropped against the previous one.
fn checkin_trend(state: AppState, result: &SavedResult) -> Option<String> {
    let Some(Score::CheckIn(current)) = result.score() else { return None };
    let (previous, totals) = state.data.with_untracked(|data| {
        let totals: Vec<String> = data
            .results
            .iter()
            .filter(|r| {
                r.instrument == result.instrument
                    && r.perspective == result.perspective
                    && r.completed_at <= result.completed_at
                    && !rapport_core::share::is_shared(r)
            })
            .filter_map(|r| match r.score() {
                Some(Score::CheckIn(c)) => Some(c.total.to_string()),
                _ => None,
            })
            .collect();
        (data.previous_of(result).and_then(SavedResult::score), totals)
    });
    let Some(Score::CheckIn(previous)) = previous else {
        return Some(tr("This is your first check-in here. Take it after your next session to see the trend.").into());
    };
    let history = if totals.len() > 1 {
        format!(" {}", trf("Your check-ins so far: {0}.", &[&totals.join(", ")]))
    } else {
        String::new()
    };
    let drop = checkin_drop(&previous, &current);
    Some(if drop.any() {
        format!(
            "{}{history}",
            trf(
                "Lower than last time ({0} of 40, now {1}). A dip is worth raising at the start of your next session.",
                &[&previous.total.to_string(), &current.total.to_string()],
            ) + " "
                + honest_option(result.perspective_index().unwrap_or(0))
        )
    } else {
        format!(
            "{}{history}",
            trf("Last time: {0} of 40. Now: {1} of 40.", &[&previous.total.to_string(), &current.total.to_string()])
        )
    })
}

/// Each factor against the previous result of the same instrument and perspective, if there is one (and `wanted`).
/// Hidden, not left out, when there is none: an optional view would be one more type in the wasm.
fn changes_since_previous(state: AppState, result: &SavedResult, wanted: bool) -> impl IntoView {
    let previous = state.data.with_untracked(|data| data.previous_of(result).cloned()).filter(|_| wanted);
    let compared = previous.and_then(|previous| {
        let changes = compare(result.instrument()?, &previous.score()?, &result.score()?);
        // Never compared across versions of the questions without saying so.
        let note = edition_gap_note(previous.instrument()?, result.instrument()?).unwrap_or_default();
        Some((trf("Since your last result ({0})", &[&format_date(previous.completed_at)]), changes, note))
    });
    let (heading, changes, note) = compared.unwrap_or_default();
    let hidden = changes.is_empty();
    let items = changes
        .into_iter()
        .map(|change| {
            let word = match change.direction {
                Direction::Better => tr("(better)"),
                // "weaker", not "lower": self-orientation going up is a change for the worse.
                Direction::Worse => tr("(weaker)"),
                // "unchanged at 7" says it already.
                Direction::Same => "",
            };
            view! { <li>{change.text}" "<span class="rapport-change__word">{word}</span></li> }
        })
        .collect_any();
    view! {
        <section class="rapport-changes" aria-labelledby="rapport-changes-title" hidden=hidden>
            <h3 id="rapport-changes-title">{heading}</h3>
            <p hidden=note.is_empty()>{note}</p>
            <ul>{items}</ul>
        </section>
    }
}

/// The coach's call to action, when the embed configures one. The URL was validated by the core (https only,
/// or http on localhost); the label is rendered as text.
fn call_to_action(state: AppState) -> impl IntoView {
    let (label, url) = (state.call_to_action.0.get_untracked(), state.call_to_action.1.get_untracked());
    outbound_link(url, label)
}

/// A link that opens in a new tab, without telling the other page where it came from (`href` already checked).
/// Hidden, not left out, when there is no `href`: an optional view would be one more type in the wasm.
fn outbound_link(href: String, label: String) -> impl IntoView {
    let hidden = href.is_empty();
    view! {
        <p class="rapport-cta" hidden=hidden>
            <a class="rapport-primary" href=href target="_blank" rel="noopener noreferrer">{label}</a>
        </p>
    }
}

#[cfg(feature = "standalone")]
/// A result someone shared: read-only, shown from the link alone. The way on is to take the questionnaire oneself.
fn received_offer(state: AppState, result: SavedResult) -> impl IntoView {
    let (for_check, for_note, for_hide, for_keep) = (result.clone(), result.clone(), result.clone(), result.clone());
    view! {
        <section class="rapport-card rapport-received" aria-labelledby="rapport-received-title">
            <h3 id="rapport-received-title">{tr("Someone shared this result with you")}</h3>
            <p hidden=move || state.is_kept(&for_check)>
                {tr("It is shown from the link alone, and nothing of it is kept on this device unless you keep a copy.")}
            </p>
            <p hidden=move || !state.is_kept(&for_note)>
                {tr("A copy is kept on this device, listed as shared with you and never compared with your own results.")}
            </p>
            <div class="rapport-actions">
                <button type="button" class="rapport-primary" on:click=click(move |_| state.take_it_yourself(&result))>
                    {tr("Take it yourself")}
                </button>
                <button
                    type="button"
                    class="rapport-secondary"
                    hidden=move || state.is_kept(&for_hide)
                    on:click=click(move |_| {
                        state.acted.set(true);
                        state.keep(for_keep.clone());
                    })
                >
                    {tr("Keep a copy on this device")}
                </button>
            </div>
        </section>
    }
}

/// In the embed: sharing happens on our summary page, reached with the result in the link's fragment (never sent
/// to a server), where the person makes a link, a text, an email, a QR code or a printout. The embed's wasm, paid
/// by every visitor of a coach's page, carries only this link (built like the call to action, so it adds no view
/// code of its own).
#[cfg(not(feature = "standalone"))]
fn share_elsewhere(state: AppState, result: &SavedResult, wanted: bool) -> impl IntoView {
    // The coach's own page (`data-share-base`, running our standalone build) if they set one, else ours; none when
    // the coach turned sharing off.
    let crate::state::Host { share_base, share, .. } = state.host();
    let page = if share_base.is_empty() { crate::mount::summary_page() } else { share_base };
    let href = if page.is_empty() || !wanted || !share {
        String::new()
    } else {
        format!("{page}#a={}&own", rapport_core::share::handoff(result))
    };
    outbound_link(href, tr("Share or print this result").to_string())
}

/// After a private run: the result is only in memory, so offer to download it, or to keep it after all. Never
/// `shown` for someone else's result.
fn private_offer(state: AppState, result: SavedResult, shown: bool) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let for_check = result.clone();
    let for_download = result.clone();
    view! {
        <section
            class="rapport-card rapport-private"
            aria-labelledby="rapport-private-title"
            hidden=move || !shown || state.is_kept(&for_check)
        >
            <h3 id="rapport-private-title">{tr("This result is not kept on this device")}</h3>
            <p>{tr("It disappears when you close this page. Download it to keep it yourself.")}</p>
            <div class="rapport-actions">
                <button
                    type="button"
                    class="rapport-primary"
                    on:click=click(move |_| {
                        if !download(&dated_filename("rapport"), &state.export_text(Some(&for_download))) {
                            message.set(tr("Downloads are blocked here.").to_string());
                        }
                    })
                >
                    {tr("Download this result")}
                </button>
                <button
                    type="button"
                    class="rapport-secondary"
                    hidden=!state.persistent()
                    on:click=click(move |_| state.keep(result.clone()))
                >
                    {tr("Keep it on this device after all")}
                </button>
            </div>
            <p class="rapport-status" role="status">{move || message.get()}</p>
        </section>
    }
}
