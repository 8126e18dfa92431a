//! Writes a language catalogue as the widget installs it ([`rapport_core::catalogue_tools::compile_catalogue`]): keyed by
//! the hash of each English text, sorted, compact. The build runs it for every `crates/core/catalogues/*.json`.
//! Usage: `cargo run -q -p rapport-core --example catalogue -- crates/core/catalogues/es.json out/es.json [wasm]`.
//!
//! With a wasm file, only the texts that wasm can show are kept: every English text the widget shows is a string
//! literal in its data, so a text whose bytes are not in the wasm can never be asked for. The embed's wasm leaves
//! out sharing, comparison and the group view, and so does its catalogue (about 2 KB gzip less for a first visit
//! in German or Spanish). Entries starting with `@` (settings such as the decimal separator) are always kept.
//! The readings' texts ([`rapport_core::catalogue_tools::fetched_texts`]) are never in a catalogue: they ship in
//! the readings files.
//!
//! `catalogue -- --readings <source.json | en> <target.json> [wasm]` writes a language's readings file
//! (`readings-<tag>.json`, [`rapport_core::catalogue_tools::compile_readings`]); `en` writes the English one. With
//! a wasm file it fails when any readings text is in that wasm: they are meant to be there as keys only.

use rapport_core::catalogue_tools::{compile_catalogue, compile_readings, fetched_texts, without_fetched_texts};
use rapport_core::json::{parse, Json};

fn only_texts_in(source: &str, wasm: &[u8]) -> Result<String, String> {
    let Ok(Json::Object(members)) = parse(source) else { return Err("not a JSON object".to_string()) };
    // Lossy decoding keeps every valid UTF-8 run intact, and each literal is one.
    let data = String::from_utf8_lossy(wasm);
    let shown = |english: &str| english.starts_with('@') || data.contains(english);
    let kept: Vec<(String, Json)> = members.into_iter().filter(|(english, _)| shown(english)).collect();
    Ok(Json::Object(kept).to_text())
}

/// Fails when a readings text is in the wasm (it should hold its key only).
fn none_in(wasm: &[u8]) -> Result<(), String> {
    let data = String::from_utf8_lossy(wasm);
    match fetched_texts().into_iter().find(|english| data.contains(english)) {
        Some(english) => Err(format!("the wasm holds a readings text, which should be a key only: \"{english}\"")),
        None => Ok(()),
    }
}

fn catalogue(source: &str, wasm: Option<&String>) -> Result<String, String> {
    let text = std::fs::read_to_string(source).map_err(|error| error.to_string())?;
    let text = without_fetched_texts(&text)?;
    let text = match wasm {
        Some(wasm) => only_texts_in(&text, &std::fs::read(wasm).map_err(|error| error.to_string())?)?,
        None => text,
    };
    compile_catalogue(&text)
}

fn readings(source: &str, wasm: Option<&String>) -> Result<String, String> {
    if let Some(wasm) = wasm {
        none_in(&std::fs::read(wasm).map_err(|error| error.to_string())?)?;
    }
    if source == "en" {
        return compile_readings(None);
    }
    compile_readings(Some(&std::fs::read_to_string(source).map_err(|error| error.to_string())?))
}

/// Writes one file from a source and, optionally, a wasm.
type Compile = fn(&str, Option<&String>) -> Result<String, String>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (compile, source, target, wasm): (Compile, _, _, _) = match args.as_slice() {
        [flag, source, target] if flag == "--readings" => (readings, source, target, None),
        [flag, source, target, wasm] if flag == "--readings" => (readings, source, target, Some(wasm)),
        [source, target] => (catalogue, source, target, None),
        [source, target, wasm] => (catalogue, source, target, Some(wasm)),
        _ => {
            eprintln!(
                "usage: catalogue <source.json> <target.json> [only the texts in this wasm]\n       \
                     catalogue --readings <source.json | en> <target.json> [a wasm that must not hold them]"
            );
            std::process::exit(2);
        }
    };
    let written =
        compile(source, wasm).and_then(|json| std::fs::write(target, json).map_err(|error| error.to_string()));
    if let Err(error) = written {
        eprintln!("catalogue: {source}: {error}");
        std::process::exit(1);
    }
}
