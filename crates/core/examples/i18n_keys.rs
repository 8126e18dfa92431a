//! Prints every English text the widget shows, as a JSON object mapping each to itself: the template a
//! translator fills in for a new catalogue (`crates/core/catalogues/<tag>.json`), or the list of what a catalogue
//! still lacks with `--missing <tag>`.
//! Run from the repository root: `cargo run -q -p rapport-core --example i18n_keys [-- --missing es]`.

use std::path::Path;

use rapport_core::i18n::{source_texts, static_texts, DECIMAL_KEY};
use rapport_core::json::{parse, Json};

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
}

fn main() {
    let mut keys: Vec<String> = vec![DECIMAL_KEY.to_string()];
    keys.extend(static_texts().into_iter().map(str::to_string));
    let mut sources = Vec::new();
    rust_files(Path::new("src"), &mut sources);
    rust_files(Path::new("crates/core/src"), &mut sources);
    for source in &sources {
        keys.extend(source_texts(source));
    }
    let mut seen = std::collections::BTreeSet::new();
    keys.retain(|key| seen.insert(key.clone()));
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
