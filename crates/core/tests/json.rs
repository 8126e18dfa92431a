//! The JSON codec: any input is safe to read, and anything we write reads back the same.

use proptest::prelude::*;
use rapport_core::json::{parse, Json, JsonError, MAX_DEPTH};

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(Json::Int),
        any::<String>().prop_map(Json::Str),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec((any::<String>(), inner), 0..6).prop_map(Json::Object),
        ]
    })
}

proptest! {
    #[test]
    fn any_value_we_write_reads_back_identically(value in json_value()) {
        prop_assert_eq!(parse(&value.to_text()), Ok(value));
    }

    #[test]
    fn any_text_is_read_without_panicking(text in any::<String>()) {
        let _ = parse(&text);
    }

    #[test]
    fn any_json_looking_text_is_read_without_panicking(text in r#"[\[\]{}",:0-9a-z\\ .eE+-]{0,64}"#) {
        let _ = parse(&text);
    }

    #[test]
    fn a_truncated_document_is_an_error_never_a_different_value(value in json_value(), cut in 0usize..200) {
        let text = value.to_text();
        let mut end = cut.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if end < text.len() {
            // A prefix of a document is never a document, except a bare number cut between digits.
            let parsed = parse(&text[..end]);
            if let Ok(other) = parsed {
                prop_assert!(matches!((&value, &other), (Json::Int(_), Json::Int(_))), "{:?} from {:?}", other, &text[..end]);
            }
        }
    }
}

#[test]
fn reads_the_whole_grammar() {
    let text = r#" { "a" : [1, -2, 0, 1.5, 2e3, -0.5E-2, true, false, null], "b": {"c": "d\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"} } "#;
    let value = parse(text).unwrap_or(Json::Null);
    assert_eq!(
        value.get("a"),
        Some(&Json::Array(vec![
            Json::Int(1),
            Json::Int(-2),
            Json::Int(0),
            Json::Float,
            Json::Float,
            Json::Float,
            Json::Bool(true),
            Json::Bool(false),
            Json::Null,
        ]))
    );
    assert_eq!(value.get("b").and_then(|b| b.get("c")).and_then(Json::as_str), Some("d\"\\/\u{8}\u{c}\n\r\té😀"));
}

#[test]
fn rejects_what_json_does_not_allow() {
    for text in [
        "",
        " ",
        "{",
        "}",
        "[1,]",
        "{\"a\":1,}",
        "{a:1}",
        "'a'",
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "+1",
        "tru",
        "nul",
        "\"abc",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud800\"",
        "\"\\ud800\\u0041\"",
        "\"a\u{1}b\"",
        "[1 2]",
        "1 2",
        "NaN",
        "\"\\u+123\"",
    ] {
        assert!(parse(text).is_err(), "{text:?} should be rejected");
    }
}

#[test]
fn integers_outside_i64_are_kept_as_unknown_numbers() {
    assert_eq!(parse("9223372036854775807"), Ok(Json::Int(i64::MAX)));
    assert_eq!(parse("9223372036854775808"), Ok(Json::Float));
    assert_eq!(parse("-9223372036854775808"), Ok(Json::Int(i64::MIN)));
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(parse(&deep), Err(JsonError::TooDeep));
    let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse(&fine).is_ok());
}

#[test]
fn writing_escapes_control_characters_and_line_separators() {
    let text = Json::Str("a\u{1}\u{2028}\"\\\n".to_string()).to_text();
    assert_eq!(text, r#""a\u0001\u2028\"\\\n""#);
}
