//! Writes a language catalogue as the widget installs it ([`rapport_core::catalogue_tools::compile_catalogue`]): keyed by
//! the hash of each English text, sorted, compact. The build runs it for every `crates/core/catalogues/*.json`.
//! Usage: `cargo run -q -p rapport-core --example catalogue -- crates/core/catalogues/es.json out/es.json [wasm]`.
//!
//! With a wasm file, only the texts that wasm can show are kept: every English text the widget shows is a string
//! literal in its data, so a text whose bytes are not in the wasm can never be asked for. The embed's wasm leaves
//! out sharing, comparison and the group view, and so does its catalogue (about 2 KB gzip less for a first visit
//! in German or Spanish). Entries starting with `@` (settings such as the decimal separator) are always kept.

use rapport_core::catalogue_tools::compile_catalogue;
use rapport_core::json::{parse, Json};

fn only_texts_in(source: &str, wasm: &[u8]) -> Result<String, String> {
    let Ok(Json::Object(members)) = parse(source) else { return Err("not a JSON object".to_string()) };
    // Lossy decoding keeps every valid UTF-8 run intact, and each literal is one.
    let data = String::from_utf8_lossy(wasm);
    let shown = |english: &str| english.starts_with('@') || data.contains(english);
    let kept: Vec<(String, Json)> = members.into_iter().filter(|(english, _)| shown(english)).collect();
    Ok(Json::Object(kept).to_text())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (source, target, wasm) = match args.as_slice() {
        [source, target] => (source, target, None),
        [source, target, wasm] => (source, target, Some(wasm)),
        _ => {
            eprintln!("usage: catalogue <source.json> <target.json> [only the texts in this wasm]");
            std::process::exit(2);
        }
    };
    let compiled = std::fs::read_to_string(source)
        .map_err(|error| error.to_string())
        .and_then(|text| match wasm {
            Some(wasm) => std::fs::read(wasm).map_err(|error| error.to_string()).and_then(|w| only_texts_in(&text, &w)),
            None => Ok(text),
        })
        .and_then(|text| compile_catalogue(&text))
        .and_then(|json| std::fs::write(target, json).map_err(|error| error.to_string()));
    if let Err(error) = compiled {
        eprintln!("catalogue: {source}: {error}");
        std::process::exit(1);
    }
}
