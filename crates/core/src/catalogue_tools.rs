//! Build-time and test-time tooling for the catalogues, none of it shipped to a page: the build compiles each
//! catalogue as the widget installs it ([`compile_catalogue`], run by `examples/catalogue.rs`), and the completeness
//! test (`tests/i18n.rs`, `examples/i18n_keys.rs`) lists every English text the widget may show ([`english_texts`]).
//! It reads every other module; nothing reads it.

use crate::i18n::{text_key, DECIMAL_KEY};
use crate::instrument::InstrumentId;
use crate::json::{parse, Json};

/// A catalogue as the build ships it (`examples/catalogue.rs`), from its source (`crates/core/catalogues/`, an
/// object of English text to translation): each English key replaced by its [`text_key`] in hex, sorted, compact.
/// Fails, naming them, if two texts share a key, or if the source is not an object of strings.
pub fn compile_catalogue(source: &str) -> Result<String, String> {
    let Ok(Json::Object(members)) = parse(source) else { return Err("not a JSON object".to_string()) };
    let mut keyed = Vec::with_capacity(members.len());
    for (english, translated) in members {
        if !matches!(translated, Json::Str(_)) {
            return Err(format!("the translation of \"{english}\" is not a string"));
        }
        keyed.push((text_key(&english), english, translated));
    }
    keyed.sort_by_key(|entry| entry.0);
    if let Some(pair) = keyed.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        return Err(format!("\"{}\" and \"{}\" have the same key; reword one", pair[0].1, pair[1].1));
    }
    let members = keyed.into_iter().map(|(key, _, translated)| (format!("{key:08x}"), translated)).collect();
    Ok(Json::Object(members).to_text())
}

/// Every text of the static data the widget may show: instrument titles, summaries, perspectives, factors,
/// statements and scale labels, at every version, and every text of the readings file ([`fetched_texts`]). (Texts written in code are found by the
/// completeness test in the sources.)
pub fn static_texts() -> Vec<&'static str> {
    let mut texts = Vec::new();
    for instrument in crate::instruments::ALL_VERSIONS.iter() {
        texts.extend([instrument.title, instrument.summary]);
        for perspective in instrument.perspectives {
            texts.extend([perspective.label, perspective.description]);
        }
        for factor in instrument.factors {
            texts.extend([factor.name, factor.about]);
        }
        for item in instrument.items {
            texts.extend(item.texts.iter().copied());
        }
        texts.extend(instrument.scale.points.iter().map(|point| point.label));
    }
    texts.extend(fetched_texts());
    texts.push(crate::readings::ETHICS_NOTE);
    let mut seen = std::collections::BTreeSet::new();
    texts.retain(|text| seen.insert(*text));
    texts
}

/// Every [`Fetched`] text, in English: every reading's meaning and steps and every conversation question, of
/// every instrument. What the readings files hold (`readings-<tag>.json`, [`compile_readings`]), and what the
/// wasm holds only the keys of.
pub fn fetched_texts() -> Vec<&'static str> {
    let mut texts = Vec::new();
    for id in [InstrumentId::Trust, InstrumentId::Alliance, InstrumentId::CheckIn] {
        for reading in crate::readings::for_instrument(id).iter().flat_map(|factor| factor.views.iter().flatten()) {
            texts.push(reading.meaning.english);
            texts.extend(reading.steps.iter().map(|step| step.english));
        }
        for questions in crate::readings::conversation::for_instrument(id) {
            texts.extend(questions.views.iter().map(|question| question.english));
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    texts.retain(|text| seen.insert(*text));
    texts
}

/// The readings file of a language as the build ships it (`examples/catalogue.rs --readings`): each
/// [`fetched_texts`] text keyed by its [`text_key`], sorted, compact, like a compiled catalogue. `source` is the
/// language's catalogue source (`crates/core/catalogues/<tag>.json`), or `None` for English, whose file holds the
/// English texts. Fails, naming it, when the source lacks one of them.
pub fn compile_readings(source: Option<&str>) -> Result<String, String> {
    let translations = match source {
        None => None,
        Some(source) => match parse(source) {
            Ok(Json::Object(members)) => Some(members),
            _ => return Err("not a JSON object".to_string()),
        },
    };
    let mut members = Vec::new();
    for english in fetched_texts() {
        let text = match &translations {
            None => Json::Str(english.to_string()),
            Some(members) => match members.iter().find(|(key, _)| key == english) {
                Some((_, Json::Str(translated))) => Json::Str(translated.clone()),
                _ => return Err(format!("no translation of \"{english}\"")),
            },
        };
        members.push((english.to_string(), text));
    }
    compile_catalogue(&Json::Object(members).to_text())
}

/// `source` (a catalogue's source) without the [`fetched_texts`]: they ship in the readings files, not in the
/// catalogue a page installs first.
pub fn without_fetched_texts(source: &str) -> Result<String, String> {
    let Ok(Json::Object(members)) = parse(source) else { return Err("not a JSON object".to_string()) };
    let fetched: std::collections::BTreeSet<&str> = fetched_texts().into_iter().collect();
    let kept: Vec<(String, Json)> =
        members.into_iter().filter(|(english, _)| !fetched.contains(english.as_str())).collect();
    Ok(Json::Object(kept).to_text())
}

/// The string literals passed to `tr(` or `trf(` in Rust source text, decoded as Rust decodes them (escapes and
/// `\` line continuations). Used by the completeness test and `examples/i18n_keys.rs` on our own sources.
pub fn source_texts(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    // Spelt in two parts, so that this line is not itself read as a call.
    for call in [concat!("tr", "("), concat!("trf", "(")] {
        let mut rest = source;
        while let Some(at) = rest.find(call) {
            // Not part of a longer name (`attr(`, `xtr(`).
            let before = rest[..at].chars().next_back();
            rest = &rest[at + call.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            // The literal may start on the next line (rustfmt breaks long calls).
            let Some(body) = rest.trim_start().strip_prefix('"') else { continue };
            if let Some((text, after)) = string_literal(body) {
                found.push(text);
                rest = after;
            }
        }
    }
    found
}

/// Decodes a Rust string literal's body up to its closing quote; returns it and the text after.
fn string_literal(body: &str) -> Option<(String, &str)> {
    let mut text = String::new();
    let mut chars = body.char_indices();
    while let Some((at, ch)) = chars.next() {
        match ch {
            '"' => return Some((text, &body[at + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => text.push('\n'),
                't' => text.push('\t'),
                'u' => {
                    let mut code = String::new();
                    for (_, c) in chars.by_ref() {
                        match c {
                            '{' => {}
                            '}' => break,
                            c => code.push(c),
                        }
                    }
                    text.push(char::from_u32(u32::from_str_radix(&code, 16).ok()?)?);
                }
                '\n' => {
                    // A line continuation: the newline and the next line's leading white space are dropped.
                    let skip = body[at + 2..].len() - body[at + 2..].trim_start().len();
                    for _ in 0..body[at + 2..at + 2 + skip].chars().count() {
                        chars.next();
                    }
                }
                other => text.push(other),
            },
            ch => text.push(ch),
        }
    }
    None
}

/// Every English text the widget shows, read from the repository at `root`: the keys a catalogue must have.
/// [`static_texts`], the decimal separator's key, and every literal given to `tr`/`trf` in `src/` and
/// `crates/core/src/`. For the completeness test and `examples/i18n_keys.rs`; the widget never calls it.
pub fn english_texts(root: &std::path::Path) -> std::io::Result<std::collections::BTreeSet<String>> {
    fn sources(dir: &std::path::Path, out: &mut Vec<String>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                sources(&path, out)?;
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                out.push(std::fs::read_to_string(&path)?);
            }
        }
        Ok(())
    }
    let mut texts: std::collections::BTreeSet<String> = static_texts().into_iter().map(str::to_string).collect();
    texts.insert(DECIMAL_KEY.to_string());
    let mut found = Vec::new();
    sources(&root.join("src"), &mut found)?;
    sources(&root.join("crates/core/src"), &mut found)?;
    for source in &found {
        texts.extend(source_texts(source));
    }
    Ok(texts)
}
