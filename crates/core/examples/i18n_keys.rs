//! Prints every English text the widget shows, as a JSON object mapping each to itself: the template a
//! translator fills in for a new catalogue (`crates/core/catalogues/<tag>.json`), or the list of what a catalogue
//! still lacks with `--missing <tag>`.
//! Run from the repository root: `cargo run -q -p rapport-core --example i18n_keys [-- --missing es]`.

use std::path::Path;

use rapport_core::catalogue_tools::english_texts;
use rapport_core::json::{parse, Json};

fn main() {
    let Ok(texts) = english_texts(Path::new(".")) else {
        eprintln!("i18n_keys: run it from the repository root (src/ and crates/core/src are read)");
        std::process::exit(2);
    };
    let mut keys: Vec<String> = texts.into_iter().collect();
    let args: Vec<String> = std::env::args().collect();
    if let Some(tag) = args.iter().position(|a| a == "--missing").and_then(|i| args.get(i + 1)) {
        let text = std::fs::read_to_string(format!("crates/core/catalogues/{tag}.json")).unwrap_or_default();
        let have: Vec<String> = match parse(&text) {
            Ok(Json::Object(members)) => members.into_iter().map(|(key, _)| key).collect(),
            _ => Vec::new(),
        };
        keys.retain(|key| !have.contains(key));
    }
    let members = keys.into_iter().map(|key| (key.clone(), Json::Str(key))).collect();
    println!("{}", Json::Object(members).to_text());
}
