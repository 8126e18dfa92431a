//! The share code's format: [`encode`] and [`decode`] (the module `share` says what a code is for).
//!
//! Longer than 250 lines on purpose: the format's table, the writer and the reader are one contract, and a
//! reviewer checks each field of [`decode`] against [`try_encode`] and the table above them on one screen.
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

use super::result::{
    clean_label, fnv1a, label_is_valid, ShareError, SharedResult, MAX_DAY, MAX_LABEL_BYTES, MS_PER_DAY,
};
use crate::instrument::{self, Instrument, InstrumentId};
use crate::storage::{SavedResult, SHARED_ID_PREFIX};

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

/// Widths of the fixed fields, in bits.
const INSTRUMENT_BITS: u32 = 2;
const VERSION_BITS: u32 = 5;
const LABEL_LENGTH_BITS: u32 = 8;
const DAY_BITS: u32 = 16;
pub(super) const CRC_BITS: usize = 16;

/// Highest instrument version a code can name.
const MAX_VERSION: u16 = (1 << VERSION_BITS) - 1;

/// Shortest possible code: a header without label, no answer bits, day, CRC and parity.
const MIN_CODE_CHARS: usize = code_chars(0, 0);

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
pub(super) struct Bits(pub(super) Vec<bool>);

impl Bits {
    /// Appends the lowest `width` bits of `value` (`width` at most 128).
    pub(super) fn push(&mut self, value: u128, width: u32) {
        self.0.extend((0..width).rev().map(|bit| value.checked_shr(bit).is_some_and(|v| v & 1 == 1)));
    }
}

/// Reads fields off a bit string; `None` past its end.
pub(super) struct Reader<'a> {
    pub(super) bits: &'a [bool],
    pub(super) at: usize,
}

impl Reader<'_> {
    pub(super) fn take(&mut self, width: u32) -> Option<u128> {
        let end = self.at.checked_add(usize::try_from(width).ok()?)?;
        let field = self.bits.get(self.at..end)?;
        self.at = end;
        Some(field.iter().fold(0u128, |value, &bit| (value << 1) | u128::from(bit)))
    }

    /// Whether everything not yet read is zero.
    pub(super) fn rest_is_zero(&self) -> bool {
        self.bits.get(self.at..).is_some_and(|rest| rest.iter().all(|&bit| !bit))
    }
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor) over a bit string,
/// so the payload needs no byte alignment.
pub(super) fn crc16_bits(bits: &[bool]) -> u16 {
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
pub(super) fn symbol_value(byte: u8) -> Option<u8> {
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

impl SharedResult {
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

    /// One of the person's kept results, ready to share; `None` if it is incomplete, of an unknown instrument, or
    /// dated after [`MAX_DAY`]. Only the day is shared, not the time. A label is cleaned with [`clean_label`].
    pub fn from_saved(saved: &SavedResult) -> Option<SharedResult> {
        // A label that breaks the label rule is cleaned below rather than refusing the whole result.
        if saved.refusal().is_some_and(|refusal| refusal != crate::storage::Refusal::Label) {
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
    Ok(seal(bits))
}

/// Closes a code's bits, for every format: padding to whole characters, the CRC over everything before it, the
/// parity bit of the character count, then the alphabet.
pub(super) fn seal(mut bits: Bits) -> String {
    while !(bits.0.len() + CRC_BITS + 1).is_multiple_of(6) {
        bits.push(0, 1);
    }
    let crc = crc16_bits(&bits.0);
    bits.push(u128::from(crc), CRC_BITS as u32);
    let chars = (bits.0.len() + 1) / 6;
    bits.push((chars % 2) as u128, 1);
    let alphabet = ALPHABET.as_bytes();
    bits.0
        .chunks(6)
        .map(|chunk| {
            let value = chunk.iter().fold(0usize, |value, &bit| (value << 1) | usize::from(bit));
            char::from(alphabet.get(value).copied().unwrap_or(b'A'))
        })
        .collect()
}

/// Opens a code's symbol values, for every format: checks the parity bit and the CRC, and returns the bits the CRC
/// covers (the format symbol first). Nothing is read from a code before this passes: see the module comment.
pub(super) fn unseal(values: &[u8]) -> Result<Vec<bool>, ShareError> {
    let mut bits = Bits::default();
    for &value in values {
        bits.push(u128::from(value), 6);
    }
    let mut bits = bits.0;
    let (Some(&parity), Some(crc_at)) = (bits.last(), bits.len().checked_sub(CRC_BITS + 1)) else {
        return Err(ShareError::Damaged);
    };
    if parity != (values.len() % 2 == 1) {
        return Err(ShareError::Damaged);
    }
    let stored_crc = Reader { bits: &bits[crc_at..], at: 0 }.take(CRC_BITS as u32);
    bits.truncate(crc_at);
    if stored_crc != Some(u128::from(crc16_bits(&bits))) {
        return Err(ShareError::Damaged);
    }
    Ok(bits)
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
    // Lengths are checked first, then the checksum, and only then is anything read: see the module comment.
    let covered = unseal(&values)?;
    let mut reader = Reader { bits: &covered, at: 6 };
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
