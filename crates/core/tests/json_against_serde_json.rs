//! Our JSON reader (`json.rs`) checked against serde_json on generated text. We keep our own reader because
//! serde_json would cost every first visit about 35 KB gzip (docs/experiments/serde-measured.md), yet it reads
//! untrusted text (stored data, imported files, catalogues), where a widely used, fuzzed parser is the better
//! judge. So serde_json is the oracle here: on any text, both accept or both refuse, and what both accept reads
//! as the same value. The differences we keep on purpose are named where they are allowed: numbers that are not
//! `i64` are one unknown `Float` for us (serde_json refuses a finite-looking number out of `f64`'s range, such as
//! `1e999`, which we read as that unknown number); we refuse nesting deeper than `MAX_DEPTH`, far below
//! serde_json's limit; and of a repeated object member, `Json::get` takes the first where serde_json keeps the last.

use proptest::prelude::*;
use rapport_core::json::{parse, Json, MAX_DEPTH};
use serde_json::Value;

/// serde_json's value in our terms: integers that fit `i64` kept, every other number the unknown `Float`.
fn ours_from(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(flag) => Json::Bool(*flag),
        Value::Number(number) => number.as_i64().map_or(Json::Float, Json::Int),
        Value::String(text) => Json::Str(text.clone()),
        Value::Array(items) => Json::Array(items.iter().map(ours_from).collect()),
        Value::Object(members) => {
            Json::Object(members.iter().map(|(key, member)| (key.clone(), ours_from(member))).collect())
        }
    }
}

/// Our value as serde_json's map holds it: of a repeated member the last one, members sorted by name.
fn normalised(value: &Json) -> Json {
    match value {
        Json::Array(items) => Json::Array(items.iter().map(normalised).collect()),
        Json::Object(members) => {
            let mut last: Vec<(String, Json)> = Vec::new();
            for (key, member) in members {
                last.retain(|(kept, _)| kept != key);
                last.push((key.clone(), normalised(member)));
            }
            last.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Object(last)
        }
        other => other.clone(),
    }
}

/// Where the two may disagree on purpose: a number out of `f64`'s range (serde_json refuses it), or nesting deeper
/// than ours allows.
fn deliberate_difference(text: &str, theirs: &Result<Value, serde_json::Error>) -> bool {
    let out_of_range = matches!(theirs, Err(error) if error.to_string().starts_with("number out of range"));
    out_of_range || nesting(text) > MAX_DEPTH
}

/// The deepest nesting of arrays and objects in `text`, brackets inside strings not counted.
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0, false, false);
    for byte in text.bytes() {
        match (in_string, escaped, byte) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') | (false, _, b'"') => in_string = !in_string,
            (false, _, b'[' | b'{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Our value as we write it: an unknown number has no value to write, so it is written `null`.
fn floats_as_null(value: &Json) -> Json {
    match value {
        Json::Float => Json::Null,
        Json::Array(items) => Json::Array(items.iter().map(floats_as_null).collect()),
        Json::Object(members) => Json::Object(members.iter().map(|(k, v)| (k.clone(), floats_as_null(v))).collect()),
        other => other.clone(),
    }
}

/// Both readers on one text: both accept with the same value, or both refuse.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let theirs = serde_json::from_str::<Value>(text);
    if deliberate_difference(text, &theirs) {
        return Ok(());
    }
    let ours = parse(text);
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => prop_assert_eq!(normalised(ours), normalised(&ours_from(theirs)), "{:?}", text),
        (Err(_), Err(_)) => {}
        _ => prop_assert!(false, "ours {:?}, serde_json {:?}, on {:?}", ours, theirs.map(|_| ()), text),
    }
    Ok(())
}

/// JSON values as serde_json builds them: any string (controls, quotes, non-BMP characters), integers across
/// `i64` and `u64`, finite floats, nesting a few levels deep.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |x| x.is_finite()).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..5)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// A valid text, compact or pretty.
fn text() -> impl Strategy<Value = String> {
    (value(), any::<bool>()).prop_map(|(value, pretty)| {
        let written = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
        written.unwrap_or_default()
    })
}

/// One edit of a valid text, with a character JSON gives meaning to: most make it invalid, some keep it valid.
fn edited() -> impl Strategy<Value = String> {
    let meaningful = prop::sample::select(
        "{}[]\",:\\/0123456789-+.eEtrufalsn \t\n\r\u{0}\u{1f}\u{7f}\u{2028}\u{fffd}".chars().collect::<Vec<_>>(),
    );
    (text(), any::<prop::sample::Index>(), 0u8..3, meaningful).prop_map(|(text, at, edit, character)| {
        let mut chars: Vec<char> = text.chars().collect();
        let at = at.index(chars.len() + 1);
        match edit {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 if at < chars.len() => chars[at] = character,
            _ => chars.insert(at, character),
        }
        chars.into_iter().collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn valid_text_reads_as_serde_json_reads_it(text in text()) {
        prop_assert!(parse(&text).is_ok(), "refused valid JSON {:?}", text);
        agree(&text)?;
    }

    #[test]
    fn an_edited_text_is_accepted_or_refused_as_serde_json_does(text in edited()) {
        agree(&text)?;
    }

    #[test]
    fn short_texts_of_json_characters_are_judged_alike(text in r#"[\[\]{}",:0-9a-z\\ .eE+-]{0,24}"#) {
        agree(&text)?;
    }

    #[test]
    fn escapes_are_judged_alike(text in r#""(\\u[0-9a-fA-FdD8]{4}|\\[\\"/bfnrtuxX0]|[a-z\u{e9}\u{1F600}]){0,6}""#) {
        agree(&text)?;
    }

    #[test]
    fn what_we_write_is_json_serde_json_reads_the_same(value in value()) {
        let ours = ours_from(&value);
        let written = ours.to_text();
        let theirs = serde_json::from_str::<Value>(&written);
        prop_assert!(theirs.is_ok(), "serde_json refused our {:?}", written);
        if let Ok(theirs) = theirs {
            prop_assert_eq!(normalised(&ours_from(&theirs)), normalised(&floats_as_null(&ours)));
        }
    }
}

/// The deliberate differences, pinned so that a change to either reader shows up here first.
#[test]
fn the_deliberate_differences_are_what_we_say() {
    assert_eq!(parse("1e999"), Ok(Json::Float));
    assert!(serde_json::from_str::<Value>("1e999").is_err());
    assert_eq!(parse(r#"{"a":1,"a":2}"#).ok().and_then(|v| v.get("a").cloned()), Some(Json::Int(1)));
    assert_eq!(serde_json::from_str::<Value>(r#"{"a":1,"a":2}"#).ok().map(|v| v["a"].clone()), Some(Value::from(2)));
    // Ours reads `MAX_DEPTH` levels below the top one, no more.
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 2), "]".repeat(MAX_DEPTH + 2));
    assert!(parse(&deep).is_err());
    assert!(serde_json::from_str::<Value>(&deep).is_ok());
}
