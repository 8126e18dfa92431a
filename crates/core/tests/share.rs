//! Share codes: exact lengths, exact round trips, every single-character change refused, and every refusal named.

use proptest::prelude::*;
use rapport_core::attempt::Attempt;
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::instruments::ALL_VERSIONS;
use rapport_core::scoring::score;
use rapport_core::share::{
    clean_label, code_from_text, crc16, decode, decode_lines, decode_pasted, encode, try_encode, ShareError,
    SharedResult, ALPHABET, FORMAT, MAX_CODE_CHARS, MAX_DAY, MAX_LIST_CODES, MAX_PASTE_BYTES, MS_PER_DAY,
};
use rapport_core::storage::{self, is_shared, shared_by, Envelope, SavedResult, MAX_LABEL_CHARS, SHARED_ID_PREFIX};

/// A result with every answer at `answer` (moved onto the scale).
fn shared(id: InstrumentId, perspective: usize, answer: u8, day: u32, label: Option<&str>) -> SharedResult {
    let instrument = instrument::current(id);
    let (min, max) = (instrument.scale.min(), instrument.scale.max());
    SharedResult {
        instrument: id,
        version: instrument.version,
        perspective,
        answers: (0..instrument.items.len()).map(|i| min + (answer + i as u8) % (max - min + 1)).collect(),
        completed_day: day,
        label: label.map(str::to_string),
    }
}

fn code_of(result: &SharedResult) -> String {
    try_encode(result).unwrap_or_else(|error| panic!("{result:?} must encode: {error:?}"))
}

/// Every instrument and perspective, with and without labels (ASCII, accented, four-byte characters, the longest).
fn sample_results() -> Vec<SharedResult> {
    let mut all = Vec::new();
    for id in InstrumentId::ALL {
        for perspective in 0..instrument::current(id).perspectives.len() {
            all.push(shared(id, perspective, 0, 20_415, None));
            all.push(shared(id, perspective, 3, 0, Some("Ana")));
            all.push(shared(id, perspective, 7, MAX_DAY, Some("Zoë & Renée")));
            all.push(shared(id, perspective, 1, 19_000, Some("🙂 team Ω")));
            all.push(shared(id, perspective, 2, 20_000, Some(&"x".repeat(MAX_LABEL_CHARS))));
        }
    }
    all
}

#[test]
fn the_crc_is_crc_16_ccitt_false() {
    assert_eq!(crc16(b"123456789"), 0x29B1);
    assert_eq!(crc16(b""), 0xFFFF);
}

#[test]
fn codes_have_these_exact_lengths() {
    let length = |id, label: Option<&str>| code_of(&shared(id, 1, 4, 20_415, label)).len();
    assert_eq!(length(InstrumentId::Trust, None), 16, "20 five-point answers");
    assert_eq!(length(InstrumentId::Alliance, None), 13, "12 five-point answers");
    assert_eq!(length(InstrumentId::CheckIn, None), 11, "4 answers from 0 to 10");
    let forty = "a".repeat(40);
    assert_eq!(length(InstrumentId::Trust, Some(&forty)), 71);
    assert_eq!(length(InstrumentId::Alliance, Some(&forty)), 68);
    assert_eq!(length(InstrumentId::CheckIn, Some(&forty)), 65);
    // The longest code there is: 40 four-byte characters.
    let widest = "🙂".repeat(40);
    assert_eq!(length(InstrumentId::Trust, Some(&widest)), 231);
    const { assert!(231 < MAX_CODE_CHARS) };
}

#[test]
fn a_code_is_a_format_character_then_base64url() {
    for result in sample_results() {
        let code = code_of(&result);
        assert!(code.starts_with(FORMAT), "{code}");
        assert!(code.chars().all(|c| ALPHABET.contains(c)), "{code}");
        assert_eq!(decode(&code), Ok(result));
    }
}

/// Golden codes: links already sent must keep opening, so the format may never change silently.
#[test]
fn the_format_does_not_change() {
    let checkin = SharedResult {
        instrument: InstrumentId::CheckIn,
        version: 1,
        perspective: 1,
        answers: vec![10, 7, 0, 8],
        completed_day: 20_415,
        label: None,
    };
    let trust = SharedResult {
        instrument: InstrumentId::Trust,
        version: 1,
        perspective: 0,
        answers: vec![4, 5, 3, 2, 4, 4, 3, 1, 5, 5, 4, 2, 3, 4, 4, 2, 4, 5, 3, 1],
        completed_day: 20_415,
        label: Some("Ana".to_string()),
    };
    assert_eq!(encode(&checkin), craft(&Fields::of(&checkin)));
    assert_eq!(encode(&trust), craft(&Fields::of(&trust)));
    assert_eq!(encode(&checkin), GOLDEN_CHECKIN);
    assert_eq!(encode(&trust), GOLDEN_TRUST);
    assert_eq!(decode(GOLDEN_CHECKIN), Ok(checkin));
    assert_eq!(decode(GOLDEN_TRUST), Ok(trust));
}

/// Also written by hand from the format table, in another language, to the same text.
const GOLDEN_CHECKIN: &str = "BguEMn34SwD";
const GOLDEN_TRUST: &str = "BAwNDjGR8mcRPv0FuYQVTw";

/// The proof by exhaustion: every substitution at every position, every deletion and every insertion of every
/// character is refused, for codes of every instrument, perspective and kind of label. (A changed first character
/// is "not a code" or "newer format"; anything else is "damaged", caught by length, parity or checksum before any
/// field is read.)
#[test]
fn every_single_character_change_is_refused() {
    let alphabet: Vec<char> = ALPHABET.chars().collect();
    let mut tried = 0usize;
    for result in sample_results() {
        let code: Vec<char> = code_of(&result).chars().collect();
        let mut refused = |mutated: Vec<char>| {
            let text: String = mutated.into_iter().collect();
            let outcome = decode(&text);
            assert!(
                matches!(outcome, Err(ShareError::Damaged | ShareError::NewerFormat | ShareError::NotACode)),
                "{text} from {result:?} gave {outcome:?}"
            );
            tried += 1;
        };
        for at in 0..code.len() {
            for &c in alphabet.iter().filter(|&&c| c != code[at]) {
                let mut mutated = code.clone();
                mutated[at] = c;
                refused(mutated);
            }
            let mut deleted = code.clone();
            deleted.remove(at);
            refused(deleted);
        }
        for at in 0..=code.len() {
            for &c in &alphabet {
                let mut inserted = code.clone();
                inserted.insert(at, c);
                refused(inserted);
            }
        }
    }
    assert!(tried > 100_000, "{tried} mutations tried");
}

#[test]
fn each_refusal_has_its_own_reason() {
    let good = code_of(&shared(InstrumentId::Alliance, 0, 2, 20_000, Some("Ana")));
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode(&"B".repeat(MAX_CODE_CHARS + 1)), Err(ShareError::TooLong));
    assert_eq!(decode(&format!("{good}=")), Err(ShareError::NotACode));
    assert_eq!(decode("Bé"), Err(ShareError::NotACode));
    assert_eq!(decode(" B"), Err(ShareError::NotACode));
    assert_eq!(decode(&good[..good.len() - 1]), Err(ShareError::Damaged));
    assert_eq!(decode(&good[..5]), Err(ShareError::Damaged));
    assert_eq!(decode("B"), Err(ShareError::Damaged));
    assert_eq!(decode(&format!("C{}", &good[1..])), Err(ShareError::NewerFormat));
    assert_eq!(decode(&format!("J{}", &good[1..])), Err(ShareError::NewerFormat));
    assert_eq!(decode(&format!("A{}", &good[1..])), Err(ShareError::NotACode));
    assert_eq!(decode("hello"), Err(ShareError::NotACode), "a word is not taken for a newer code");

    // Codes with a valid checksum, crafted to hold what encode never writes.
    let fields = Fields::of(&shared(InstrumentId::CheckIn, 1, 5, 20_000, Some("Ana")));
    assert_eq!(decode(&craft(&fields)).map(|r| r.label), Ok(Some("Ana".to_string())));
    let cases = [
        (Fields { instrument: 3, ..fields.clone() }, ShareError::UnknownInstrument),
        (Fields { version: 2, ..fields.clone() }, ShareError::UnknownInstrument),
        (Fields { version: 0, ..fields.clone() }, ShareError::UnknownInstrument),
        (Fields { number: 2 * 11u128.pow(4), ..fields.clone() }, ShareError::OffScale),
        (Fields { number: (1 << 15) - 1, ..fields.clone() }, ShareError::OffScale),
        (Fields { label: b"\xff\xfe".to_vec(), ..fields.clone() }, ShareError::LabelInvalid),
        (Fields { label: b"Ana\n".to_vec(), ..fields.clone() }, ShareError::LabelInvalid),
        (Fields { label: "\u{202E}Ana".as_bytes().to_vec(), ..fields.clone() }, ShareError::LabelInvalid),
        (Fields { label: vec![b'a'; MAX_LABEL_CHARS + 1], ..fields.clone() }, ShareError::LabelInvalid),
        (Fields { label: vec![b'a'; 161], ..fields.clone() }, ShareError::LabelInvalid),
        (Fields { label: Vec::new(), empty_label_flag: true, ..fields.clone() }, ShareError::LabelInvalid),
        (Fields { pad_ones: true, ..fields.clone() }, ShareError::Damaged),
        (Fields { flip_parity: true, ..fields.clone() }, ShareError::Damaged),
        (Fields { number_bits: 16, ..fields.clone() }, ShareError::Damaged),
    ];
    for (crafted, expected) in cases {
        let code = craft(&crafted);
        assert_eq!(decode(&code), Err(expected), "{crafted:?} as {code}");
    }
}

#[test]
fn every_message_is_one_plain_sentence_saying_what_to_do() {
    let all = [
        ShareError::Empty,
        ShareError::TooLong,
        ShareError::NotACode,
        ShareError::Damaged,
        ShareError::NewerFormat,
        ShareError::UnknownInstrument,
        ShareError::OffScale,
        ShareError::LabelInvalid,
        ShareError::DayOutOfRange,
    ];
    for error in all {
        let message = error.message();
        assert!(message.ends_with('.') && message.contains(": "), "{message}");
        assert_eq!(message.matches(". ").count(), 0, "one sentence: {message}");
        assert!(message.len() < 110, "{message}");
    }
    assert_eq!(
        ShareError::Damaged.message(),
        "This link seems to be cut short or changed: ask for it to be sent again."
    );
}

#[test]
fn a_result_that_cannot_be_put_in_a_code_says_why_and_encodes_as_nothing() {
    let good = shared(InstrumentId::Trust, 0, 2, 100, None);
    let cases = [
        (SharedResult { version: 3, ..good.clone() }, ShareError::UnknownInstrument),
        (SharedResult { perspective: 2, ..good.clone() }, ShareError::OffScale),
        (SharedResult { answers: vec![3; 19], ..good.clone() }, ShareError::OffScale),
        (SharedResult { answers: vec![0; 20], ..good.clone() }, ShareError::OffScale),
        (SharedResult { answers: vec![6; 20], ..good.clone() }, ShareError::OffScale),
        (SharedResult { completed_day: MAX_DAY + 1, ..good.clone() }, ShareError::DayOutOfRange),
        (SharedResult { label: Some(String::new()), ..good.clone() }, ShareError::LabelInvalid),
        (SharedResult { label: Some("a\u{0}b".into()), ..good.clone() }, ShareError::LabelInvalid),
        (SharedResult { label: Some("x".repeat(41)), ..good.clone() }, ShareError::LabelInvalid),
        (SharedResult { label: Some("\u{2066}x".into()), ..good.clone() }, ShareError::LabelInvalid),
    ];
    for (result, expected) in cases {
        assert_eq!(try_encode(&result), Err(expected), "{result:?}");
        assert_eq!(result.check().err(), Some(expected));
        assert_eq!(encode(&result), "");
    }
    assert_eq!(decode(&encode(&SharedResult { version: 9, ..good })), Err(ShareError::Empty));
}

#[test]
fn every_instrument_version_fits_a_code() {
    for instrument in ALL_VERSIONS {
        let result = SharedResult {
            instrument: instrument.id,
            version: instrument.version,
            perspective: instrument.perspectives.len() - 1,
            answers: vec![instrument.scale.max(); instrument.items.len()],
            completed_day: MAX_DAY,
            label: None,
        };
        assert_eq!(decode(&code_of(&result)), Ok(result));
    }
}

#[test]
fn the_code_is_found_in_whatever_was_pasted() {
    let code = code_of(&shared(InstrumentId::Trust, 0, 1, 20_000, None));
    let found = |text: &str| code_from_text(text).map(str::to_string);
    let expected = Some(code.clone());
    assert_eq!(found(&format!("https://coach.example/summary.html#r={code}")), expected);
    assert_eq!(found(&format!("https://x.y/summary.html#{code}")), expected);
    assert_eq!(found(&format!("  \n\t#{code}  \n")), expected);
    assert_eq!(found(&format!("#r={code}&r=Bxyz")), expected);
    assert_eq!(found(&code), expected);
    assert_eq!(found(&format!("\"{code}\"")), expected);
    assert_eq!(found(&format!("My result: <https://x.y/s.html#r={code}>.")), expected);
    assert_eq!(found(&format!("Here it is https://x.y/s.html#r={code}, see you Monday")), expected);
    assert_eq!(found(&format!("(https://x.y/#r={code})")), expected);
    assert_eq!(found(""), None);
    assert_eq!(found("   "), None);
    assert_eq!(found("https://x.y/summary.html"), None, "a link that lost its code");
    assert_eq!(found("https://x.y/summary.html#"), None);
    assert_eq!(found(&" ".repeat(MAX_PASTE_BYTES + 1)), None);
    assert_eq!(found(&format!("{}#r={code}", "a".repeat(MAX_PASTE_BYTES))), None);

    assert_eq!(decode_pasted(&format!(" https://x.y/summary.html#r={code}\n")).map(|r| r.completed_day), Ok(20_000));
    assert_eq!(decode_pasted("  "), Err(ShareError::Empty));
    assert_eq!(decode_pasted("https://x.y/summary.html"), Err(ShareError::NotACode));
    assert_eq!(decode_pasted("hello there"), Err(ShareError::NotACode));
    assert_eq!(decode_pasted(&"a".repeat(MAX_PASTE_BYTES + 1)), Err(ShareError::TooLong));
    assert_eq!(decode_pasted(&format!("#r={}", &code[..10])), Err(ShareError::Damaged));
}

#[test]
fn a_pasted_list_is_read_line_by_line() {
    let a = code_of(&shared(InstrumentId::Trust, 0, 1, 20_000, None));
    let b = code_of(&shared(InstrumentId::Trust, 1, 2, 20_001, Some("Ben")));
    let text = format!("https://x.y/s.html#r={a}\n\n  \nnot a link\r\n{b}\nhttps://x.y/s.html\n");
    let lines = decode_lines(&text).expect("a short list is read");
    let summary: Vec<(usize, bool)> = lines.iter().map(|l| (l.line, l.outcome.is_ok())).collect();
    assert_eq!(summary, vec![(1, true), (4, false), (5, true), (6, false)]);
    assert_eq!(lines[1].outcome, Err(ShareError::NotACode));
    assert_eq!(decode_lines(""), Ok(Vec::new()));
    let too_many = format!("{a}\n").repeat(MAX_LIST_CODES + 1);
    assert_eq!(decode_lines(&too_many), Err(ShareError::TooLong));
    assert_eq!(decode_lines(&format!("{a}\n").repeat(MAX_LIST_CODES)).map(|l| l.len()), Ok(MAX_LIST_CODES));
}

fn saved(id: InstrumentId, perspective: usize, at: u64) -> SavedResult {
    let instrument = instrument::current(id);
    let mut attempt = Attempt::new(instrument, perspective, 1);
    attempt.answers = (0..instrument.items.len()).map(|i| Some(instrument.scale.min() + (i % 3) as u8)).collect();
    attempt.finish(at).unwrap_or_else(|error| panic!("complete answers: {error:?}"))
}

#[test]
fn an_own_result_shares_by_day_and_comes_back_marked_as_shared() {
    let at = 1_763_900_000_000; // 23 November 2025, 12:13 UTC
    let mut own = saved(InstrumentId::Alliance, 1, at);
    own.label = Some("  Ana\u{7} \u{202E}".to_string());
    let result = SharedResult::from_saved(&own).expect("a complete result can be shared");
    assert_eq!(result.completed_day, (at / MS_PER_DAY) as u32);
    assert_eq!(result.completed_day, 20_415);
    assert_eq!(result.perspective, 1);
    assert_eq!(result.label.as_deref(), Some("Ana"), "control and direction characters are stripped");
    assert_eq!(result.score(), own.score(), "the receiver recomputes the same score");

    let received = decode(&encode(&result)).expect("decodes").to_saved();
    assert!(is_shared(&received) && !is_shared(&own));
    assert!(received.id.starts_with(SHARED_ID_PREFIX));
    assert!(received.is_valid());
    assert_eq!(received.completed_at, 20_415 * MS_PER_DAY);
    assert_eq!((received.instrument.as_str(), received.perspective.as_str()), ("alliance", "coach"));
    assert_eq!(received.answers, own.answers);
    assert_eq!(received.label.as_deref(), Some("Ana"));
    assert_eq!(SharedResult::from_saved(&received), Some(result.clone()));

    // Kept once, however often the link is opened, next to the person's own results and never mixed with them.
    // (Stored as the app stores it: a typed label is cleaned first; the label rule refuses control characters.)
    let own = SavedResult { label: own.label.as_deref().and_then(clean_label), ..own };
    let mut envelope = Envelope::new();
    envelope.add_result(own.clone());
    envelope.add_result(received.clone());
    envelope.add_result(decode(&encode(&result)).expect("decodes").to_saved());
    assert_eq!(envelope.results.len(), 2);
    let loaded = storage::decode(Some(&storage::encode(&envelope)));
    assert_eq!((loaded.problem, loaded.envelope), (None, envelope.clone()));

    // Kept as someone else's: introduced as theirs, and never the person's "previous result". The person's own
    // result of the same questionnaire done later compares with their own earlier one only.
    assert_eq!(shared_by(&received).as_deref(), Some("Shared by Ana"));
    assert_eq!(shared_by(&SavedResult { label: None, ..received.clone() }).as_deref(), Some("Shared with you"));
    assert_eq!(shared_by(&own), None);
    let later = saved(InstrumentId::Alliance, 1, at + 40 * MS_PER_DAY);
    assert_eq!(envelope.previous_of(&later).map(|r| r.id.as_str()), Some(own.id.as_str()));
    let mut only_shared = Envelope::new();
    only_shared.add_result(received.clone());
    assert_eq!(only_shared.previous_of(&later), None);
}

#[test]
fn shared_ids_tell_labels_apart_and_stay_short() {
    let ana = shared(InstrumentId::Trust, 1, 2, 20_000, Some("Ana"));
    let ben = SharedResult { label: Some("Ben".into()), ..ana.clone() };
    let nobody = SharedResult { label: None, ..ana.clone() };
    let ids = [ana.to_saved().id, ben.to_saved().id, nobody.to_saved().id];
    assert!(ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2], "{ids:?}");
    let longest = shared(InstrumentId::Trust, 1, 2, 20_000, Some(&"🙂".repeat(40))).to_saved();
    assert!(longest.id.len() <= 80 && longest.is_valid(), "{}", longest.id);
}

#[test]
fn results_that_cannot_be_shared_are_none() {
    let incomplete = SavedResult { answers: vec![None; 20], ..saved(InstrumentId::Trust, 0, 5) };
    assert_eq!(SharedResult::from_saved(&incomplete), None);
    let future = saved(InstrumentId::Trust, 0, u64::from(MAX_DAY + 1) * MS_PER_DAY);
    assert_eq!(SharedResult::from_saved(&future), None);
    let last_day = saved(InstrumentId::Trust, 0, u64::from(MAX_DAY + 1) * MS_PER_DAY - 1);
    assert_eq!(SharedResult::from_saved(&last_day).map(|r| r.completed_day), Some(MAX_DAY));
    let unknown = SavedResult { version: 7, ..saved(InstrumentId::Trust, 0, 5) };
    assert_eq!(SharedResult::from_saved(&unknown), None);
    let blank_label = SavedResult { label: Some(" \u{1b} ".into()), ..saved(InstrumentId::Trust, 0, 5) };
    assert_eq!(SharedResult::from_saved(&blank_label).map(|r| r.label), Some(None));
}

#[test]
fn labels_are_cleaned_to_plain_text() {
    assert_eq!(clean_label("  Ana  "), Some("Ana".to_string()));
    assert_eq!(clean_label("A\u{0}n\u{202D}a\u{2028}"), Some("Ana".to_string()));
    assert_eq!(clean_label("\u{feff}\t\n"), None);
    assert_eq!(clean_label(&"é".repeat(50)).map(|l| l.chars().count()), Some(MAX_LABEL_CHARS));
    assert_eq!(clean_label("👩‍💻 Zoë"), Some("👩‍💻 Zoë".to_string()), "joiners inside emoji stay");
}

// ---- An independent writer of format 1, from the module documentation, to cross-check and to craft codes. ----

#[derive(Clone, Debug)]
struct Fields {
    instrument: u128,
    version: u128,
    number: u128,
    number_bits: u32,
    day: u128,
    label: Vec<u8>,
    empty_label_flag: bool,
    pad_ones: bool,
    flip_parity: bool,
}

impl Fields {
    fn of(result: &SharedResult) -> Fields {
        let instrument = instrument::find(result.instrument, result.version).expect("known version");
        let radix = u128::from(instrument.scale.max() - instrument.scale.min()) + 1;
        let number = result
            .answers
            .iter()
            .fold(result.perspective as u128, |n, &a| n * radix + u128::from(a - instrument.scale.min()));
        let range = instrument.perspectives.len() as u128 * radix.pow(instrument.items.len() as u32);
        Fields {
            instrument: result.instrument.index() as u128,
            version: u128::from(result.version),
            number,
            number_bits: 128 - (range - 1).leading_zeros(),
            day: u128::from(result.completed_day),
            label: result.label.clone().unwrap_or_default().into_bytes(),
            empty_label_flag: false,
            pad_ones: false,
            flip_parity: false,
        }
    }
}

fn craft(fields: &Fields) -> String {
    let mut bits: Vec<bool> = Vec::new();
    let push = |bits: &mut Vec<bool>, value: u128, width: u32| {
        for bit in (0..width).rev() {
            bits.push((value >> bit) & 1 == 1);
        }
    };
    push(&mut bits, 1, 6);
    push(&mut bits, fields.instrument, 2);
    push(&mut bits, fields.version, 5);
    let labelled = !fields.label.is_empty() || fields.empty_label_flag;
    push(&mut bits, u128::from(labelled), 1);
    if labelled {
        push(&mut bits, fields.label.len() as u128, 8);
    }
    push(&mut bits, fields.number, fields.number_bits);
    push(&mut bits, fields.day, 16);
    for &byte in &fields.label {
        push(&mut bits, u128::from(byte), 8);
    }
    while !(bits.len() + 17).is_multiple_of(6) {
        bits.push(fields.pad_ones);
    }
    let mut crc: u16 = 0xFFFF;
    for &bit in &bits {
        let feedback = (crc >> 15 == 1) ^ bit;
        crc <<= 1;
        if feedback {
            crc ^= 0x1021;
        }
    }
    push(&mut bits, u128::from(crc), 16);
    let chars = (bits.len() + 1) / 6;
    bits.push((chars % 2 == 1) ^ fields.flip_parity);
    let alphabet: Vec<char> = ALPHABET.chars().collect();
    bits.chunks(6).map(|chunk| alphabet[chunk.iter().fold(0, |v, &b| v * 2 + usize::from(b))]).collect()
}

// ---- Properties ----

/// A label as a person might type one, cleaned as the UI cleans it: ASCII, accents, emoji, controls, anything.
fn any_label() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        prop::collection::vec(any::<char>(), 0..60)
            .prop_map(|chars| clean_label(&chars.into_iter().collect::<String>())),
        prop::collection::vec(prop::char::range('\u{10000}', '\u{10FFFF}'), 1..=40)
            .prop_map(|chars| clean_label(&chars.into_iter().collect::<String>())),
    ]
}

fn any_shared() -> impl Strategy<Value = SharedResult> {
    (0usize..3, 0usize..2, prop::collection::vec(any::<u8>(), 20), 0..=MAX_DAY, any_label()).prop_map(
        |(which, perspective, raw, completed_day, label)| {
            let instrument = instrument::current(InstrumentId::ALL[which]);
            let (min, max) = (instrument.scale.min(), instrument.scale.max());
            let answers = raw.iter().take(instrument.items.len()).map(|v| min + v % (max - min + 1)).collect();
            SharedResult {
                instrument: instrument.id,
                version: instrument.version,
                perspective: perspective % instrument.perspectives.len(),
                answers,
                completed_day,
                label,
            }
        },
    )
}

fn base64url(values: &[u8]) -> String {
    let alphabet: Vec<char> = ALPHABET.chars().collect();
    values.iter().map(|&v| alphabet[usize::from(v % 64)]).collect()
}

proptest! {
    #[test]
    fn every_result_round_trips_exactly(result in any_shared()) {
        let code = code_of(&result);
        prop_assert_eq!(&code, &craft(&Fields::of(&result)), "the documented format, written independently");
        prop_assert!(code.len() <= MAX_CODE_CHARS);
        let back = decode(&code);
        prop_assert_eq!(back.as_ref(), Ok(&result));
        let answers: Vec<Option<u8>> = result.answers.iter().map(|&a| Some(a)).collect();
        let instrument = instrument::current(result.instrument);
        prop_assert_eq!(result.score(), score(instrument, &answers).ok());
        prop_assert_eq!(SharedResult::from_saved(&result.to_saved()), Some(result));
    }

    #[test]
    fn any_random_single_change_is_refused(result in any_shared(), at in any::<prop::sample::Index>(),
                                           c in 0u8..64, kind in 0u8..3) {
        let mut code: Vec<char> = code_of(&result).chars().collect();
        let c = ALPHABET.chars().nth(usize::from(c)).unwrap_or('A');
        let at = at.index(code.len());
        match kind {
            0 if code[at] != c => code[at] = c,
            0 => return Ok(()),
            1 => { code.remove(at); }
            _ => code.insert(at, c),
        }
        let outcome = decode(&code.into_iter().collect::<String>());
        let refused = matches!(outcome, Err(ShareError::Damaged | ShareError::NewerFormat | ShareError::NotACode));
        prop_assert!(refused, "{:?}", outcome);
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let _ = decode(&text);
        let _ = decode_pasted(&text);
        let _ = decode_lines(&text);
    }

    #[test]
    fn decoding_any_base64url_never_panics_and_what_decodes_re_encodes_the_same(
        values in prop::collection::vec(any::<u8>(), 0..300)
    ) {
        for code in [base64url(&values), format!("{FORMAT}{}", base64url(&values))] {
            if let Ok(result) = decode(&code) {
                prop_assert_eq!(encode(&result), code);
            }
        }
    }

    #[test]
    fn crafted_codes_with_valid_checksums_decode_only_to_what_they_hold(
        instrument in 0u128..4, version in 0u128..4, number in any::<u128>(), number_bits in 10u32..60,
        day in 0u128..65_536, label in prop::collection::vec(any::<u8>(), 0..50),
    ) {
        let fields = Fields {
            instrument, version, number: number & ((1 << number_bits) - 1), number_bits, day, label,
            empty_label_flag: false, pad_ones: false, flip_parity: false,
        };
        let code = craft(&fields);
        if let Ok(result) = decode(&code) {
            prop_assert_eq!(encode(&result), code);
            prop_assert!(result.score().is_some());
        }
    }
}
