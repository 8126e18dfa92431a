//! Languages: lookups, patterns, the choice of language, and the completeness of every catalogue we ship.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rapport_core::catalogue_tools::{compile_catalogue, english_texts, source_texts, static_texts};
use rapport_core::i18n::{
    choose_language, decimal, direction, install, language, text_key, tr, trf, uninstall, CatalogueError, LANGUAGES,
};
use rapport_core::json::{parse, Json};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every English text the widget shows (static data, and each `tr`/`trf` literal in the UI and the core).
fn english() -> BTreeSet<String> {
    english_texts(&root()).unwrap_or_else(|error| panic!("reading the sources: {error}"))
}

fn catalogue(tag: &str) -> Vec<(String, String)> {
    let path = root().join(format!("crates/core/catalogues/{tag}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match parse(&text) {
        Ok(Json::Object(members)) => members
            .into_iter()
            .map(|(key, value)| match value {
                Json::Str(value) => (key, value),
                other => panic!("{tag}: {key:?} is not a string: {other:?}"),
            })
            .collect(),
        other => panic!("{tag}.json is not a JSON object: {other:?}"),
    }
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        if let Some(close) = after.find('}') {
            if after[..close].chars().all(|c| c.is_ascii_digit()) && close > 0 {
                found.insert(after[..close].to_string());
            }
        }
        rest = after;
    }
    found
}

#[test]
fn every_catalogue_has_every_english_text_and_nothing_stale() {
    let english = english();
    assert!(english.len() > 300, "the sources were found: {}", english.len());
    for (tag, _) in LANGUAGES.iter().skip(1) {
        let entries = catalogue(tag);
        let keys: BTreeSet<String> = entries.iter().map(|(key, _)| key.clone()).collect();
        let missing: Vec<&String> = english.difference(&keys).collect();
        assert!(
            missing.is_empty(),
            "{tag}.json misses {} texts, first: {:?}",
            missing.len(),
            &missing[..missing.len().min(5)]
        );
        let stale: Vec<&String> = keys.difference(&english).collect();
        assert!(stale.is_empty(), "{tag}.json has texts the widget no longer shows: {stale:?}");
        for (key, value) in &entries {
            assert!(!value.trim().is_empty(), "{tag}: empty translation of {key:?}");
            assert_eq!(placeholders(key), placeholders(value), "{tag}: placeholders differ in {key:?} -> {value:?}");
        }
        assert_eq!(keys.len(), entries.len(), "{tag}.json repeats a key");
        // As shipped: compiled by the build (which fails on two texts with one key), installed, and used.
        let text =
            std::fs::read_to_string(root().join(format!("crates/core/catalogues/{tag}.json"))).unwrap_or_default();
        install(tag, &compile_catalogue(&text).expect("our catalogue compiles")).expect("our catalogue installs");
        assert_eq!(language(), *tag);
        assert_ne!(tr("Start"), "Start", "{tag} translates the start button");
        uninstall();
    }
}

/// Text the UI shows without `tr`: a sentence literal that starts a line but is not the argument of a `tr(` or
/// `trf(` the line before opens (a text node in a `view!`, or a message returned as it is), or a literal
/// `aria-label`. The completeness test cannot see these, and a German page would show or read them in English.
#[test]
fn no_view_shows_text_that_skips_the_catalogue() {
    fn scan(dir: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
            let path = entry.path();
            if path.is_dir() {
                scan(&path, found);
                continue;
            }
            let Ok(source) = std::fs::read_to_string(&path) else { continue };
            let mut before = "";
            for (number, line) in source.lines().enumerate() {
                let line = line.trim();
                let opens_a_call = before.ends_with("tr(") || before.ends_with("trf(");
                // A sentence: a capital letter, then a lowercase one, and a space ("Your results ...").
                let mut letters = line.trim_start_matches(['"', ' ']).chars();
                let sentence = line.starts_with('"')
                    && letters.next().is_some_and(char::is_uppercase)
                    && letters.next().is_some_and(char::is_lowercase)
                    && line.contains(' ');
                if (sentence && !opens_a_call) || line.contains("aria-label=\"") {
                    found.push(format!("{}:{}: {line}", path.display(), number + 1));
                }
                if !line.is_empty() {
                    before = line;
                }
            }
        }
    }
    let mut found = Vec::new();
    scan(&root().join("src"), &mut found);
    assert!(found.is_empty(), "text shown without tr(): {found:#?}");
}

#[test]
fn without_a_catalogue_every_text_is_the_english() {
    uninstall();
    assert_eq!(language(), "en");
    assert_eq!(tr("Start"), "Start");
    assert_eq!(trf("Question {0} of {1}", &["3", "20"]), "Question 3 of 20");
    assert_eq!(decimal(750), "7.5");
}

#[test]
fn an_installed_catalogue_translates_reorders_and_formats_numbers() {
    let text =
        r#"{"Start": "Empezar", "Question {0} of {1}": "{1} Fragen, diese ist Nr. {0}", "@decimal-separator": ","}"#;
    // Keyed by English text as written here: refused until compiled, as the build compiles every catalogue.
    assert_eq!(install("es", text), Err(CatalogueError::Malformed));
    install("es", &compile_catalogue(text).expect("JSON")).expect("a valid catalogue");
    assert_eq!(language(), "es");
    assert_eq!(tr("Start"), "Empezar");
    assert_eq!(tr("Not in it"), "Not in it", "a missing text falls back to English");
    assert_eq!(trf("Question {0} of {1}", &["3", "20"]), "20 Fragen, diese ist Nr. 3");
    assert_eq!(decimal(750), "7,5");
    // A placeholder with no argument, and braces that are not placeholders, stay as written.
    assert_eq!(trf("{x} and {2} and {", &["a"]), "{x} and {2} and {");
    uninstall();
}

#[test]
fn a_compiled_catalogue_is_keyed_by_hash_sorted_and_refuses_a_shared_key() {
    // FNV-1a, checked against the published test vectors.
    assert_eq!(text_key(""), 0x811c_9dc5);
    assert_eq!(text_key("a"), 0xe40c_292c);
    assert_eq!(text_key("foobar"), 0xbf9c_f968);
    let compiled = compile_catalogue(r#"{"b": "B", "a": "A"}"#).expect("compiles");
    assert_eq!(compiled, format!(r#"{{"{:08x}":"A","{:08x}":"B"}}"#, text_key("a"), text_key("b")));
    assert!(text_key("a") < text_key("b"), "the expected text above is in key order");
    // Two texts with one key (found by search): the build stops and names both, never ships a wrong text.
    assert_eq!(text_key("glbvs"), text_key("yacxa"));
    let error = compile_catalogue(r#"{"glbvs": "x", "yacxa": "y"}"#).expect_err("a shared key");
    assert!(error.contains("glbvs") && error.contains("yacxa"), "{error}");
    assert!(compile_catalogue(r#"{"Start": 1}"#).is_err());
    assert!(compile_catalogue("[]").is_err());
}

#[test]
fn hostile_catalogues_are_refused_and_change_nothing() {
    uninstall();
    assert_eq!(install("fr", "{}"), Err(CatalogueError::UnknownLanguage));
    assert_eq!(install("en", "{}"), Err(CatalogueError::UnknownLanguage));
    assert_eq!(install("de", "[1, 2]"), Err(CatalogueError::Malformed));
    assert_eq!(install("de", r#"{"Start": 1}"#), Err(CatalogueError::Malformed));
    // Keys must be exactly eight lowercase hex digits, ascending without repeats.
    let key = format!("{:08x}", text_key("Start"));
    assert_eq!(install("de", &format!(r#"{{"{key}": 1}}"#)), Err(CatalogueError::Malformed));
    assert_eq!(install("de", &format!(r#"{{"{}": "Los"}}"#, key.to_uppercase())), Err(CatalogueError::Malformed));
    assert_eq!(install("de", &format!(r#"{{"{key}0": "Los"}}"#)), Err(CatalogueError::Malformed));
    assert_eq!(install("de", r#"{"+0000001": "Los"}"#), Err(CatalogueError::Malformed));
    assert_eq!(install("de", &format!(r#"{{"{key}": "Los", "{key}": "Los"}}"#)), Err(CatalogueError::Malformed));
    assert_eq!(install("de", r#"{"00000002": "b", "00000001": "a"}"#), Err(CatalogueError::Malformed));
    assert_eq!(install("de", "{\"Start\": \"Los"), Err(CatalogueError::Malformed));
    assert_eq!(install("de", &format!(r#"{{"Start": "{}"}}"#, "x".repeat(3000))), Err(CatalogueError::Malformed));
    assert_eq!(install("de", &" ".repeat(500_000)), Err(CatalogueError::Malformed));
    assert_eq!((language(), tr("Start")), ("en", "Start"));
}

#[test]
fn the_language_is_the_option_then_the_page_then_the_browser_then_english() {
    assert_eq!(choose_language(["de", "es", "en"]), "de");
    assert_eq!(choose_language(["", "es-MX", "de"]), "es");
    assert_eq!(choose_language(["fr-CA", "fr", "de-AT"]), "de");
    assert_eq!(choose_language(["EN-gb", "es"]), "en");
    assert_eq!(choose_language(["pt", "ja"]), "en");
    assert_eq!(choose_language(std::iter::empty()), "en");
}

#[test]
fn the_widget_reads_in_its_own_language_s_direction() {
    // Every language we ship reads left to right, whatever the host page's direction.
    for (tag, _) in LANGUAGES {
        assert_eq!(direction(tag), "ltr", "{tag}");
    }
    for tag in ["ar", "he", "fa", "ur", "ckb"] {
        assert_eq!(direction(tag), "rtl", "{tag}");
    }
    // A primary subtag that only starts like a right-to-left one (Mapudungun, Hawaiian) is not one.
    for tag in ["arn", "haw", "en", "", "a", "ar\u{0}"] {
        assert_eq!(direction(tag), "ltr", "{tag:?}");
    }
}

#[test]
fn source_texts_are_read_as_rust_reads_them() {
    let source = r#"
        view! { {tr("Start")} <p>{trf("Question {0} of {1}", &[a, b])}</p> }
        let x = attr("not this"); let y = xtr("nor this");
        tr("A long one \
            continued, with \"quotes\" and \u{2019}.")
        let z = trf(
            "Broken by rustfmt {0}",
            &[x],
        );
        tr(variable)
    "#;
    assert_eq!(
        source_texts(source),
        vec![
            "Start".to_string(),
            "A long one continued, with \"quotes\" and \u{2019}.".to_string(),
            "Question {0} of {1}".to_string(),
            "Broken by rustfmt {0}".to_string(),
        ]
    );
}

#[test]
fn every_shown_text_of_the_data_is_listed_once() {
    let texts = static_texts();
    let unique: BTreeSet<&str> = texts.iter().copied().collect();
    assert_eq!(unique.len(), texts.len());
    assert!(texts.contains(&"Trust equation") && texts.contains(&"Strongly agree"));
    assert!(texts.iter().any(|t| t.starts_with("This is a reflection tool")));
}
