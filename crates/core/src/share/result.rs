//! What travels in a share code: a result's answers, why a code is refused, and the rules for its label.

use crate::i18n::tr;
use crate::instrument::{self, Instrument, InstrumentId};
use crate::scoring::{score, Score};
use crate::storage::MAX_LABEL_CHARS;

/// The last day a code can hold (5 June 2149): the day field has 16 bits.
pub const MAX_DAY: u32 = 65_535;

/// Milliseconds in a day, to turn a completion time into a day and back.
pub const MS_PER_DAY: u64 = 86_400_000;

/// Longest label in UTF-8 bytes: [`MAX_LABEL_CHARS`] characters of at most four bytes each.
pub(super) const MAX_LABEL_BYTES: usize = MAX_LABEL_CHARS * 4;

/// A result as it travels in a share link: answers, not scores.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SharedResult {
    /// Which questionnaire.
    pub instrument: InstrumentId,
    /// Its version: the answers are positional for that version's items.
    pub version: u16,
    /// Index into the instrument's perspectives.
    pub perspective: usize,
    /// Every item's answer, each a point of the instrument's scale.
    pub answers: Vec<u8>,
    /// Completion day, days since 1970-01-01 UTC (the time of day is not shared).
    pub completed_day: u32,
    /// A first name or label the sharer chose: 1 to [`MAX_LABEL_CHARS`] characters, no control or text-direction
    /// characters. Only ever rendered as text.
    pub label: Option<String>,
}

/// Why a code was refused. [`ShareError::message`] says it to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing was given.
    Empty,
    /// Longer than [`MAX_CODE_CHARS`] (or pasted text longer than [`MAX_PASTE_BYTES`]).
    TooLong,
    /// Characters outside the code's alphabet: not one of our codes.
    NotACode,
    /// Cut short, lengthened or changed on the way: the length or checksum does not match.
    Damaged,
    /// Written in a newer format than this version reads (starts with `C` to `J`).
    NewerFormat,
    /// An instrument or instrument version this version does not know (or, when encoding, cannot put in a code).
    UnknownInstrument,
    /// A perspective or answer the instrument does not have, or answers missing.
    OffScale,
    /// The label is empty, too long, not UTF-8, or holds characters that are not plain text.
    LabelInvalid,
    /// When encoding: the completion day is after [`MAX_DAY`].
    DayOutOfRange,
}

impl ShareError {
    /// One sentence for the person: what is wrong and what to do.
    pub fn message(&self) -> &'static str {
        match self {
            ShareError::Empty => tr("There is no link here yet: paste the whole link you were sent."),
            ShareError::TooLong => tr("That is too long to be a rapport link: paste only the link you were sent."),
            ShareError::NotACode => tr("That is not a rapport link: paste the whole link you were sent, as it is."),
            ShareError::Damaged => tr("This link seems to be cut short or changed: ask for it to be sent again."),
            ShareError::NewerFormat => {
                tr("This link was made by a newer version of rapport: reload the page, then open the link again.")
            }
            ShareError::UnknownInstrument => {
                tr("This link is for a questionnaire this version does not know: reload the page, then open it again.")
            }
            ShareError::OffScale => {
                tr("This link holds answers the questionnaire does not have: ask for it to be sent again.")
            }
            ShareError::LabelInvalid => {
                tr("The name in this link has characters that cannot be shown: ask for it to be sent again.")
            }
            ShareError::DayOutOfRange => tr("This result's date cannot go into a link: check the date on this device."),
        }
    }
}

/// Whether a label may hold `c`: no control characters, and none of the invisible characters that reorder or
/// break the text around them (bidirectional overrides, isolates and marks, line separators, byte order mark).
/// The one rule for text from outside that we show or echo: labels, the coach's options, values in console messages.
pub fn label_char_allowed(c: char) -> bool {
    !c.is_control()
        && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')
}

/// Whether `label` can go into a code as it is.
pub(super) fn label_is_valid(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL_BYTES
        && label.chars().count() <= MAX_LABEL_CHARS
        && label.chars().all(label_char_allowed)
}

/// A label as a person typed it, made fit for a code: characters that are not plain text removed, white space
/// trimmed, cut to [`MAX_LABEL_CHARS`] characters; `None` when nothing is left.
pub fn clean_label(text: &str) -> Option<String> {
    let kept: String = text.chars().filter(|&c| label_char_allowed(c)).collect();
    let cut: String = kept.trim().chars().take(MAX_LABEL_CHARS).collect();
    let cut = cut.trim_end();
    (!cut.is_empty()).then(|| cut.to_string())
}

/// 64-bit FNV-1a: a short, stable fingerprint for ids (not a security measure).
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

impl SharedResult {
    /// The instrument version the answers belong to, if this version knows it.
    pub fn instrument(&self) -> Option<&'static Instrument> {
        instrument::find(self.instrument, self.version)
    }

    /// The perspective's stable id.
    pub fn perspective_id(&self) -> Option<&'static str> {
        self.instrument()?.perspectives.get(self.perspective).map(|p| p.id)
    }
    /// Scores the answers with this version's rules (a code never carries scores).
    pub fn score(&self) -> Option<Score> {
        let answers: Vec<Option<u8>> = self.answers.iter().map(|&answer| Some(answer)).collect();
        score(self.instrument()?, &answers).ok()
    }
}
