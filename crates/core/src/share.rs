//! Share codes: a whole result as a short text that goes into a link's fragment (`summary.html#CODE`), so it never
//! reaches a server and needs no account.
//!
//! A code carries answers, never scores: the receiver recomputes the scores with its own [`score`], so a crafted code
//! can at most claim answers, not numbers the answers cannot give. Codes are untrusted input: [`decode`] bounds the
//! length before any work, never panics, and refuses any code that is not exactly what [`encode`] writes.
//!
//! # Format 1
//!
//! The first character is the format ([`FORMAT`]); the rest is base64url (`A-Z a-z 0-9 - _`, six bits a character,
//! no padding) of these bits, most significant bit first:
//!
//! | bits | field |
//! | --- | --- |
//! | 2 | instrument: index in [`InstrumentId::ALL`] |
//! | 5 | instrument version (1 to 31) |
//! | 1 | 1 when a label follows |
//! | 8 | label length in UTF-8 bytes (1 to 160), only when the flag is 1 |
//! | n | perspective and answers as one mixed-radix number: the perspective index, then each answer's place on the scale as a digit of the scale's size; n is the fewest bits that hold every such number (48 for the trust equation) |
//! | 16 | completion day, days since 1970-01-01 UTC |
//! | 8 each | the label's UTF-8 bytes |
//! | 0 to 5 | zero bits, so that the whole code is a whole number of characters |
//! | 16 | CRC-16/CCITT-FALSE of every bit before it, the format character's six bits included |
//! | 1 | the code's length in characters, modulo 2 |
//!
//! Why every single-character change is refused:
//! - a substitution changes at most six adjacent bits of a code of the same length; the CRC sits at a fixed place
//!   from the end, so that is a burst of at most 6 bits in a CRC-16 codeword, which a CRC-16 always detects (or it
//!   touches only the padding, which must be zero, or the last bit, which must match the length);
//! - a deletion or insertion changes the length by one. If it happens after the first four characters, which hold
//!   every field the length depends on (format, instrument, version, label length), those fields still give the old
//!   length: refused. If it happens within them, the last character is untouched and its last bit gives the parity
//!   of the old length: refused.

use crate::i18n::{tr, trf};
use crate::instrument::{self, Instrument, InstrumentId};
use crate::scoring::{score, Score};
use crate::storage::{SavedResult, MAX_LABEL_CHARS};

/// The format character written today.
pub const FORMAT: char = 'B';

/// The format's value: its place in [`ALPHABET`].
const FORMAT_VALUE: u8 = 1;

/// Format values kept for later formats (`C` to `J`). A code starting with any other character is not ours, so a
/// pasted word is "not a code" rather than "made by a newer version".
const NEWER_FORMATS: std::ops::RangeInclusive<u8> = 2..=9;

/// The 64 characters of base64url, in value order.
pub const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Longer input is refused before any work (the longest valid code, with a 40-character label of four-byte
/// characters, has 231 characters).
pub const MAX_CODE_CHARS: usize = 400;

/// Pasted text longer than this is not searched for a code.
pub const MAX_PASTE_BYTES: usize = 4096;

/// The last day a code can hold (5 June 2149): the day field has 16 bits.
pub const MAX_DAY: u32 = 65_535;

/// Milliseconds in a day, to turn a completion time into a day and back.
pub const MS_PER_DAY: u64 = 86_400_000;

/// Starts the id of a result opened from someone else's link; an own result's id starts with its completion time.
pub const SHARED_ID_PREFIX: &str = "shared-";

/// Whether `result` came from someone else's share link ([`SharedResult::to_saved`]), not from the person.
pub fn is_shared(result: &SavedResult) -> bool {
    result.id.starts_with(SHARED_ID_PREFIX)
}

/// How a result from someone else's link is introduced ("Shared by Ana", or "Shared with you" without a label);
/// `None` for the person's own.
pub fn shared_by(result: &SavedResult) -> Option<String> {
    is_shared(result).then(|| match &result.label {
        Some(label) => trf("Shared by {0}", &[label]),
        None => tr("Shared with you").to_string(),
    })
}

/// Longest label in UTF-8 bytes: [`MAX_LABEL_CHARS`] characters of at most four bytes each.
const MAX_LABEL_BYTES: usize = MAX_LABEL_CHARS * 4;

/// Widths of the fixed fields, in bits.
const INSTRUMENT_BITS: u32 = 2;
const VERSION_BITS: u32 = 5;
const LABEL_LENGTH_BITS: u32 = 8;
const DAY_BITS: u32 = 16;
const CRC_BITS: usize = 16;

/// Highest instrument version a code can name.
const MAX_VERSION: u16 = (1 << VERSION_BITS) - 1;

/// Shortest possible code: a header without label, no answer bits, day, CRC and parity.
const MIN_CODE_CHARS: usize = code_chars(0, 0);

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
fn label_char_allowed(c: char) -> bool {
    !c.is_control()
        && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')
}

/// Whether `label` can go into a code as it is.
fn label_is_valid(label: &str) -> bool {
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

/// How an instrument's perspective and answers pack into one number.
struct Packing {
    /// Lowest scale value: an answer's digit is its distance from it.
    min: u8,
    /// Number of scale points: the radix of every answer digit.
    radix: u128,
    /// Number of distinct (perspective, answers) combinations.
    range: u128,
    /// Bits that hold any number below `range`.
    bits: u32,
}

/// The packing of `instrument`; `None` if its combinations do not fit 128 bits (no instrument comes close: the
/// trust equation needs 48).
fn packing(instrument: &Instrument) -> Option<Packing> {
    let (min, max) = (instrument.scale.min(), instrument.scale.max());
    let radix = u128::from(max.checked_sub(min)?) + 1;
    let mut range = u128::try_from(instrument.perspectives.len()).ok()?;
    for _ in instrument.items {
        range = range.checked_mul(radix)?;
    }
    let bits = u128::BITS - range.checked_sub(1)?.leading_zeros();
    Some(Packing { min, radix, range, bits })
}

/// Characters in a code with `answer_bits` of answers and a label of `label_bytes` bytes.
const fn code_chars(answer_bits: u32, label_bytes: usize) -> usize {
    let header =
        (INSTRUMENT_BITS + VERSION_BITS + 1) as usize + if label_bytes > 0 { LABEL_LENGTH_BITS as usize } else { 0 };
    let payload = header + answer_bits as usize + DAY_BITS as usize + 8 * label_bytes + CRC_BITS + 1;
    1 + payload.div_ceil(6)
}

/// A bit string, most significant bit first.
#[derive(Default)]
struct Bits(Vec<bool>);

impl Bits {
    /// Appends the lowest `width` bits of `value` (`width` at most 128).
    fn push(&mut self, value: u128, width: u32) {
        self.0.extend((0..width).rev().map(|bit| value.checked_shr(bit).is_some_and(|v| v & 1 == 1)));
    }
}

/// Reads fields off a bit string; `None` past its end.
struct Reader<'a> {
    bits: &'a [bool],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, width: u32) -> Option<u128> {
        let end = self.at.checked_add(usize::try_from(width).ok()?)?;
        let field = self.bits.get(self.at..end)?;
        self.at = end;
        Some(field.iter().fold(0u128, |value, &bit| (value << 1) | u128::from(bit)))
    }

    /// Whether everything not yet read is zero.
    fn rest_is_zero(&self) -> bool {
        self.bits.get(self.at..).is_some_and(|rest| rest.iter().all(|&bit| !bit))
    }
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor) over a bit string,
/// so the payload needs no byte alignment.
fn crc16_bits(bits: &[bool]) -> u16 {
    bits.iter().fold(0xFFFF, |crc: u16, &bit| {
        let top = crc & 0x8000 != 0;
        let shifted = crc << 1;
        if top != bit {
            shifted ^ 0x1021
        } else {
            shifted
        }
    })
}

/// CRC-16/CCITT-FALSE of bytes (check value: `b"123456789"` gives `0x29B1`). Codes use the same CRC over bits.
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut bits = Bits::default();
    for &byte in bytes {
        bits.push(u128::from(byte), 8);
    }
    crc16_bits(&bits.0)
}

/// The value of a base64url character.
fn symbol_value(byte: u8) -> Option<u8> {
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// 64-bit FNV-1a: a short, stable fingerprint for ids (not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
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

    /// Checks that the result can be put into a code exactly; returns its instrument.
    pub fn check(&self) -> Result<&'static Instrument, ShareError> {
        let instrument =
            self.instrument().filter(|_| self.version <= MAX_VERSION).ok_or(ShareError::UnknownInstrument)?;
        packing(instrument).ok_or(ShareError::UnknownInstrument)?;
        let answers_ok = self.answers.len() == instrument.items.len()
            && self.answers.iter().all(|&answer| instrument.scale.contains(answer));
        if self.perspective >= instrument.perspectives.len() || !answers_ok {
            return Err(ShareError::OffScale);
        }
        if self.completed_day > MAX_DAY {
            return Err(ShareError::DayOutOfRange);
        }
        if self.label.as_deref().is_some_and(|label| !label_is_valid(label)) {
            return Err(ShareError::LabelInvalid);
        }
        Ok(instrument)
    }

    /// Scores the answers with this version's rules (a code never carries scores).
    pub fn score(&self) -> Option<Score> {
        let answers: Vec<Option<u8>> = self.answers.iter().map(|&answer| Some(answer)).collect();
        score(self.instrument()?, &answers).ok()
    }

    /// One of the person's kept results, ready to share; `None` if it is incomplete, of an unknown instrument, or
    /// dated after [`MAX_DAY`]. Only the day is shared, not the time. A label is cleaned with [`clean_label`].
    pub fn from_saved(saved: &SavedResult) -> Option<SharedResult> {
        if !saved.is_valid() {
            return None;
        }
        let instrument = saved.instrument()?;
        let shared = SharedResult {
            instrument: instrument.id,
            version: instrument.version,
            perspective: saved.perspective_index()?,
            answers: saved.answers.iter().copied().collect::<Option<Vec<u8>>>()?,
            completed_day: u32::try_from(saved.completed_at / MS_PER_DAY).ok()?,
            label: saved.label.as_deref().and_then(clean_label),
        };
        shared.check().ok()?;
        Some(shared)
    }

    /// The result as the widget shows it, marked as someone else's by its id ([`is_shared`]), so it is never taken
    /// for the person's own. Its id is [`SHARED_ID_PREFIX`], the code without the label and, when there is a label, a
    /// fingerprint of it: the same link kept twice is kept once, and two people with the same answers but
    /// different labels are kept apart. Completed at midnight UTC of the shared day.
    pub fn to_saved(&self) -> SavedResult {
        let unlabelled = encode(&SharedResult { label: None, ..self.clone() });
        let id = match &self.label {
            Some(label) => format!("{SHARED_ID_PREFIX}{unlabelled}-{:016x}", fnv1a(label.as_bytes())),
            None => format!("{SHARED_ID_PREFIX}{unlabelled}"),
        };
        SavedResult {
            id,
            instrument: self.instrument.as_str().to_string(),
            version: self.version,
            perspective: self.perspective_id().unwrap_or_default().to_string(),
            answers: self.answers.iter().map(|&answer| Some(answer)).collect(),
            completed_at: u64::from(self.completed_day) * MS_PER_DAY,
            label: self.label.clone(),
        }
    }
}

/// The code for `result`. Results from [`SharedResult::from_saved`] and [`decode`] always encode; one that fails
/// [`SharedResult::check`] gives the empty string, which [`decode`] refuses as [`ShareError::Empty`].
pub fn encode(result: &SharedResult) -> String {
    try_encode(result).unwrap_or_default()
}

/// The code for `result`, or why it cannot have one.
pub fn try_encode(result: &SharedResult) -> Result<String, ShareError> {
    let instrument = result.check()?;
    let packing = packing(instrument).ok_or(ShareError::UnknownInstrument)?;
    let mut number = u128::try_from(result.perspective).map_err(|_| ShareError::OffScale)?;
    for &answer in &result.answers {
        let digit = u128::from(answer.checked_sub(packing.min).ok_or(ShareError::OffScale)?);
        number = number.checked_mul(packing.radix).and_then(|n| n.checked_add(digit)).ok_or(ShareError::OffScale)?;
    }
    let label = result.label.as_deref().unwrap_or_default().as_bytes();
    let mut bits = Bits::default();
    bits.push(u128::from(FORMAT_VALUE), 6);
    bits.push(instrument.id.index() as u128, INSTRUMENT_BITS);
    bits.push(u128::from(result.version), VERSION_BITS);
    bits.push(u128::from(!label.is_empty()), 1);
    if !label.is_empty() {
        bits.push(label.len() as u128, LABEL_LENGTH_BITS);
    }
    bits.push(number, packing.bits);
    bits.push(u128::from(result.completed_day), DAY_BITS);
    for &byte in label {
        bits.push(u128::from(byte), 8);
    }
    while !(bits.0.len() + CRC_BITS + 1).is_multiple_of(6) {
        bits.push(0, 1);
    }
    let crc = crc16_bits(&bits.0);
    bits.push(u128::from(crc), CRC_BITS as u32);
    let chars = (bits.0.len() + 1) / 6;
    bits.push((chars % 2) as u128, 1);
    let alphabet = ALPHABET.as_bytes();
    Ok(bits
        .0
        .chunks(6)
        .map(|chunk| {
            let value = chunk.iter().fold(0usize, |value, &bit| (value << 1) | usize::from(bit));
            char::from(alphabet.get(value).copied().unwrap_or(b'A'))
        })
        .collect())
}

/// Reads a code (just the code: see [`code_from_text`] for what a person pastes).
pub fn decode(code: &str) -> Result<SharedResult, ShareError> {
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if code.len() > MAX_CODE_CHARS {
        return Err(ShareError::TooLong);
    }
    let values: Vec<u8> = code.bytes().map(symbol_value).collect::<Option<_>>().ok_or(ShareError::NotACode)?;
    match values.first() {
        Some(&FORMAT_VALUE) => {}
        Some(format) if NEWER_FORMATS.contains(format) => return Err(ShareError::NewerFormat),
        _ => return Err(ShareError::NotACode),
    }
    if values.len() < MIN_CODE_CHARS {
        return Err(ShareError::Damaged);
    }
    let mut bits = Bits::default();
    for &value in &values {
        bits.push(u128::from(value), 6);
    }
    let bits = bits.0;
    // Lengths are checked first, then the checksum, and only then is anything read: see the module comment.
    let (Some(&parity), Some(crc_at)) = (bits.last(), bits.len().checked_sub(CRC_BITS + 1)) else {
        return Err(ShareError::Damaged);
    };
    if parity != (values.len() % 2 == 1) {
        return Err(ShareError::Damaged);
    }
    let (covered, rest) = bits.split_at(crc_at);
    let stored_crc = Reader { bits: rest, at: 0 }.take(CRC_BITS as u32);
    if stored_crc != Some(u128::from(crc16_bits(covered))) {
        return Err(ShareError::Damaged);
    }

    let mut reader = Reader { bits: covered, at: 6 };
    let damaged = ShareError::Damaged;
    let index = usize::try_from(reader.take(INSTRUMENT_BITS).ok_or(damaged)?).map_err(|_| damaged)?;
    let id = InstrumentId::ALL.get(index).copied().ok_or(ShareError::UnknownInstrument)?;
    let version = u16::try_from(reader.take(VERSION_BITS).ok_or(damaged)?).map_err(|_| damaged)?;
    let instrument = instrument::find(id, version).ok_or(ShareError::UnknownInstrument)?;
    let packing = packing(instrument).ok_or(ShareError::UnknownInstrument)?;
    let label_bytes = match reader.take(1).ok_or(damaged)? {
        0 => 0,
        _ => {
            let length = usize::try_from(reader.take(LABEL_LENGTH_BITS).ok_or(damaged)?).map_err(|_| damaged)?;
            if length == 0 || length > MAX_LABEL_BYTES {
                return Err(ShareError::LabelInvalid);
            }
            length
        }
    };
    if code_chars(packing.bits, label_bytes) != values.len() {
        return Err(ShareError::Damaged);
    }
    let mut number = reader.take(packing.bits).ok_or(damaged)?;
    if number >= packing.range {
        return Err(ShareError::OffScale);
    }
    let mut answers = vec![0u8; instrument.items.len()];
    for slot in answers.iter_mut().rev() {
        let digit = u8::try_from(number % packing.radix).map_err(|_| ShareError::OffScale)?;
        *slot = packing.min.checked_add(digit).filter(|&v| instrument.scale.contains(v)).ok_or(ShareError::OffScale)?;
        number /= packing.radix;
    }
    let perspective = usize::try_from(number).map_err(|_| ShareError::OffScale)?;
    let completed_day = u32::try_from(reader.take(DAY_BITS).ok_or(damaged)?).map_err(|_| damaged)?;
    let mut label = Vec::with_capacity(label_bytes);
    for _ in 0..label_bytes {
        label.push(u8::try_from(reader.take(8).ok_or(damaged)?).map_err(|_| damaged)?);
    }
    if !reader.rest_is_zero() {
        return Err(damaged);
    }
    let label = match label_bytes {
        0 => None,
        _ => Some(String::from_utf8(label).ok().filter(|l| label_is_valid(l)).ok_or(ShareError::LabelInvalid)?),
    };
    let result = SharedResult { instrument: id, version, perspective, answers, completed_day, label };
    result.check()?;
    Ok(result)
}

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
