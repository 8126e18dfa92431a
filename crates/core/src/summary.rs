//! The plain-text summary of a result (for a chat message or an email) and the `mailto:` link that carries it.
//!
//! Plain text only: it is pasted into places we do not control, so it holds no markup, and the label a person
//! chose is the only free text in it.

use crate::i18n::{tr, trf};
use crate::interpret::interpret_saved;
use crate::readings::ETHICS_NOTE;
use crate::storage::SavedResult;

/// The longest `mailto:` link we build. Mail apps and browsers cut or refuse much longer ones (Outlook on
/// Windows stops near 2,000 characters); past this the body points to the link instead of carrying the text.
pub const MAX_MAILTO_CHARS: usize = 1900;

/// The questions to bring to a conversation as plain text, after a blank line: the heading, then one line per
/// question. Empty when there are none. What the result screen's copy button copies, and part of the summary.
pub fn conversation_text(heading: &str, questions: &[&str]) -> String {
    if questions.is_empty() {
        return String::new();
    }
    let mut text = format!("\n\n{heading}:");
    for question in questions {
        text.push_str(&format!("\n- {question}"));
    }
    text
}

/// The text summary of `result`: title, perspective, date, headline, one line per part, strongest area and
/// biggest opportunity, the questions to bring to a conversation, the link, and the ethics note. `date` comes formatted for the person's language.
/// `None` when the result cannot be read (an unknown instrument version).
pub fn text_summary(result: &SavedResult, date: &str, link: &str) -> Option<String> {
    let instrument = result.instrument()?;
    let interpretation = interpret_saved(result)?;
    let perspective = instrument.perspectives.get(result.perspective_index()?)?;
    let mut text = format!("{}: {}", tr(instrument.title), tr(perspective.label));
    if let Some(label) = &result.label {
        text.push_str(&format!(" ({label})"));
    }
    text.push_str(&format!(", {date}\n{}\n\n", interpretation.headline));
    for line in &interpretation.lines {
        let args = [line.name, line.value.as_str(), line.out_of];
        let line =
            if line.lower_is_better { trf("{0}: {1} {2}, lower is better", &args) } else { trf("{0}: {1} {2}", &args) };
        text.push_str(&format!("- {line}\n"));
    }
    let name_of = |index: Option<usize>| index.and_then(|i| interpretation.lines.get(i)).map(|line| line.name);
    if let Some(name) = name_of(interpretation.strongest) {
        text.push_str(&format!("\n{}", trf("Strongest area: {0}", &[name])));
    }
    if let Some(name) = name_of(interpretation.weakest) {
        text.push_str(&format!("\n{}", trf("Biggest opportunity: {0}", &[name])));
    }
    text.push_str(&conversation_text(interpretation.questions_heading, &interpretation.questions));
    if !link.is_empty() {
        text.push_str(&format!("\n\n{}", trf("See the full summary: {0}", &[link])));
    }
    text.push_str(&format!("\n\n{}", tr(ETHICS_NOTE)));
    Some(text)
}

/// A `mailto:` link with no recipient (the person picks their coach in their own mail app), the subject and
/// `body` percent-encoded. A body that would make the link too long is replaced by the link and the ethics note,
/// which goes wherever a score goes.
pub fn mailto_link(subject: &str, body: &str, link: &str) -> String {
    let full = format!("mailto:?subject={}&body={}", percent_encode(subject), percent_encode(body));
    if full.chars().count() <= MAX_MAILTO_CHARS {
        return full;
    }
    let short = format!("{}\n\n{}", trf("My result is here: {0}", &[link]), tr(ETHICS_NOTE));
    format!("mailto:?subject={}&body={}", percent_encode(subject), percent_encode(&short))
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so the text cannot end the query early or
/// add a header (`&cc=`), and line breaks survive as `%0A`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
