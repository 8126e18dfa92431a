//! What a person pastes (a link, a bare code, a list of links, one a line) and the embed's plain hand-over of a
//! result to our summary page.

use super::code::decode;
use super::result::{ShareError, SharedResult};
use crate::i18n::{tr, trf};
use crate::instrument::InstrumentId;
use crate::storage::SavedResult;

/// Pasted text longer than this is not searched for a code.
pub const MAX_PASTE_BYTES: usize = 4096;

/// Characters that may stand around a link in a sentence or a chat message, but are never part of a code.
fn is_wrapping(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '<' | '>' | '"' | '\'' | '`' | '*')
}

/// The code in what a person pasted: a whole link (`https://.../summary.html#r=CODE` or `...#CODE`), the part from
/// `#`, or the bare code, with white space and sentence punctuation around it. Of several codes in one fragment
/// (`#r=A&r=B`) the first. `None` when there is nothing that could be a code (blank, a link without `#`, words
/// without `#`, or more than [`MAX_PASTE_BYTES`]). [`decode`] then judges the code itself.
pub fn code_from_text(text: &str) -> Option<&str> {
    if text.len() > MAX_PASTE_BYTES {
        return None;
    }
    let text = text.trim();
    let candidate = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        // A link without a fragment has lost its code on the way; words with spaces between them are no code.
        None if text.contains('/') || text.contains(char::is_whitespace) => return None,
        None => text,
    };
    // A link is followed by the rest of a message after white space; a bare code may be quoted or bracketed.
    let candidate = candidate.split_whitespace().next().unwrap_or_default().trim_matches(is_wrapping);
    let candidate = candidate.split('&').next().unwrap_or_default();
    let candidate = candidate.strip_prefix("r=").unwrap_or(candidate);
    (!candidate.is_empty()).then_some(candidate)
}

/// Longest hand-over text read ([`from_handoff`]): an instrument id, numbers and 20 answers fit in 100.
pub const MAX_HANDOFF_CHARS: usize = 200;

/// The hand-over of a person's own result from the embed on a coach's page to our summary page, where sharing
/// lives (`summary.html#a=...&own`): instrument, version, perspective, completion time, and one character per
/// answer (its value in base 36, `_` for none), e.g. `trust.1.self.1763900000000.44353...`. The embed builds it,
/// and its wasm must stay small, so it is plain text rather than a share code; the summary page checks it like
/// any stored record ([`from_handoff`]) and shares it as a proper code. It is never sent to a server (a
/// fragment) and carries no label.
pub fn handoff(result: &SavedResult) -> String {
    let answers: String = result
        .answers
        .iter()
        .map(|answer| answer.and_then(|value| char::from_digit(u32::from(value), 36)).unwrap_or('_'))
        .collect();
    format!("{}.{}.{}.{}.{answers}", result.instrument, result.version, result.perspective, result.completed_at)
}

/// Reads a hand-over ([`handoff`]): `None` unless it is a complete, valid result of a known instrument version.
pub fn from_handoff(text: &str) -> Option<SavedResult> {
    if text.len() > MAX_HANDOFF_CHARS {
        return None;
    }
    let mut fields = text.split('.');
    let instrument = InstrumentId::parse(fields.next()?)?;
    let version = fields.next()?.parse().ok()?;
    let perspective = fields.next()?;
    let completed_at = fields.next()?.parse().ok()?;
    let answers = fields
        .next()?
        .chars()
        .map(|c| c.to_digit(36).and_then(|value| u8::try_from(value).ok()))
        .collect::<Option<Vec<u8>>>()?;
    if fields.next().is_some() {
        return None;
    }
    let result =
        SavedResult::new(instrument, version, perspective, answers.into_iter().map(Some).collect(), completed_at);
    result.is_valid().then_some(result)
}

/// Reads what a person pasted: [`code_from_text`], then [`decode`].
pub fn decode_pasted(text: &str) -> Result<SharedResult, ShareError> {
    match code_from_text(text) {
        Some(code) => decode(code),
        None if text.len() > MAX_PASTE_BYTES => Err(ShareError::TooLong),
        None if text.trim().is_empty() => Err(ShareError::Empty),
        None => Err(ShareError::NotACode),
    }
}

/// Longest text [`decode_lines`] reads: 500 links of about 130 characters.
pub const MAX_LIST_BYTES: usize = 64 * 1024;

/// Most codes [`decode_lines`] reads from one text.
pub const MAX_LIST_CODES: usize = 500;

/// One non-blank line of a pasted list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastedLine {
    /// Line number, from 1, so the person can find it.
    pub line: usize,
    /// The result, or why that line was refused.
    pub outcome: Result<SharedResult, ShareError>,
}

/// Reads a list of links or codes, one a line (as collected for a workshop); blank lines are skipped. The whole
/// text is refused as [`ShareError::TooLong`] past [`MAX_LIST_BYTES`] or [`MAX_LIST_CODES`] non-blank lines.
pub fn decode_lines(text: &str) -> Result<Vec<PastedLine>, ShareError> {
    if text.len() > MAX_LIST_BYTES {
        return Err(ShareError::TooLong);
    }
    let lines: Vec<PastedLine> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .take(MAX_LIST_CODES + 1)
        .map(|(index, line)| PastedLine { line: index + 1, outcome: decode_pasted(line) })
        .collect();
    if lines.len() > MAX_LIST_CODES {
        return Err(ShareError::TooLong);
    }
    Ok(lines)
}

/// Longest fragment read for share codes: [`crate::config::MAX_FRAGMENT_CODES`] codes of at most
/// [`super::MAX_CODE_CHARS`] characters fit many times over. A longer one was joined with other text or cut.
pub const MAX_FRAGMENT_CHARS: usize = 20_000;

/// Why a share link in a page's fragment is not shown as it is. Each is said to the person ([`Self::message`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// `#r=` with no code after it: the code was lost on the way.
    Empty,
    /// Longer than [`MAX_FRAGMENT_CHARS`]: joined with other text, or cut somewhere we cannot see.
    TooLong,
    /// Some codes of `count` could not be read (positions from 1, in the link's order), and why the first was.
    Broken { positions: Vec<usize>, count: usize, error: ShareError },
    /// More codes than one page reads ([`crate::config::MAX_FRAGMENT_CODES`]): how many were left out.
    LeftOut(usize),
}

impl LinkProblem {
    /// What the person is told, in the active language.
    pub fn message(&self) -> String {
        match self {
            LinkProblem::Empty => {
                tr("This link is empty: the result's code was lost on the way. Ask for the whole link again.")
                    .to_string()
            }
            LinkProblem::TooLong => {
                tr("This link is too long to open: it was joined with other text or cut. Ask for it to be sent again.")
                    .to_string()
            }
            LinkProblem::Broken { positions, count, error } if *count > 1 => {
                let positions: Vec<String> = positions.iter().map(usize::to_string).collect();
                trf(
                    "Link {0} of {1} could not be read: {2} Nothing was compared: open the others only if you choose to.",
                    &[&positions.join(", "), &count.to_string(), error.message()],
                )
            }
            LinkProblem::Broken { error, .. } => error.message().to_string(),
            LinkProblem::LeftOut(count) => trf(
                "{0} more results were left out: a link opens at most {1}. Send them in a second link.",
                &[&count.to_string(), &crate::config::MAX_FRAGMENT_CODES.to_string()],
            ),
        }
    }
}

/// A page's fragment read as a share link ([`read_share_fragment`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FragmentLink {
    /// The fragment is meant as a share link (it has an `r=` part, or is too long to tell): when nothing opens,
    /// whatever shared result was on screen goes.
    pub is_share_link: bool,
    /// The codes that could be read, with their results, in the link's order.
    pub readable: Vec<(String, SharedResult)>,
    /// Show `readable` at once. False when one of several codes is broken: which pair to compare is then the
    /// person's choice, never a guess.
    pub open: bool,
    /// What the person is told, if anything.
    pub problem: Option<LinkProblem>,
}

/// Reads a page's fragment (`#r=CODE`, `#r=A&r=B...`) for the summary page: every code decoded, every problem
/// named. A fragment with no `r=` part (a coach's own `#contact` anchor) is no share link and yields nothing.
pub fn read_share_fragment(fragment: &str) -> FragmentLink {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT_CHARS {
        let is_share_link = fragment.starts_with("r=") || fragment.contains("&r=");
        return FragmentLink {
            is_share_link,
            problem: is_share_link.then_some(LinkProblem::TooLong),
            ..Default::default()
        };
    }
    let codes: Vec<&str> = fragment.split('&').filter_map(|pair| pair.strip_prefix("r=")).collect();
    if codes.is_empty() {
        return FragmentLink::default();
    }
    let codes: Vec<&str> = codes.into_iter().filter(|code| !code.is_empty()).collect();
    if codes.is_empty() {
        return FragmentLink { is_share_link: true, problem: Some(LinkProblem::Empty), ..Default::default() };
    }
    let left_out = codes.len().saturating_sub(crate::config::MAX_FRAGMENT_CODES);
    let codes = &codes[..codes.len() - left_out];
    let mut readable = Vec::new();
    let mut positions = Vec::new();
    let mut first_error = None;
    for (index, code) in codes.iter().enumerate() {
        match decode(code) {
            Ok(result) => readable.push((code.to_string(), result)),
            Err(error) => {
                positions.push(index + 1);
                first_error.get_or_insert(error);
            }
        }
    }
    let problem = match first_error {
        Some(error) => Some(LinkProblem::Broken { positions, count: codes.len(), error }),
        None => (left_out > 0).then_some(LinkProblem::LeftOut(left_out)),
    };
    let open = !matches!(problem, Some(LinkProblem::Broken { .. }));
    FragmentLink { is_share_link: true, readable, open, problem }
}

/// Every line of every text a person pasted, decoded: the results, and one message per line (or whole text) that
/// could not be read, in the order met.
pub fn decode_all(texts: &[String]) -> (Vec<SharedResult>, Vec<&'static str>) {
    let mut results = Vec::new();
    let mut problems = Vec::new();
    for text in texts {
        match decode_lines(text) {
            Err(error) => problems.push(error.message()),
            Ok(lines) => {
                for line in lines {
                    match line.outcome {
                        Ok(result) => results.push(result),
                        Err(error) => problems.push(error.message()),
                    }
                }
            }
        }
    }
    (results, problems)
}
