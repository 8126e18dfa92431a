//! Writes a language catalogue as the widget installs it ([`rapport_core::catalogue_tools::compile_catalogue`]): keyed by
//! the hash of each English text, sorted, compact. The build runs it for every `crates/core/catalogues/*.json`.
//! Usage: `cargo run -q -p rapport-core --example catalogue -- crates/core/catalogues/es.json out/es.json`.

use rapport_core::catalogue_tools::compile_catalogue;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source, target] = args.as_slice() else {
        eprintln!("usage: catalogue <source.json> <target.json>");
        std::process::exit(2);
    };
    let compiled = std::fs::read_to_string(source)
        .map_err(|error| error.to_string())
        .and_then(|text| compile_catalogue(&text))
        .and_then(|json| std::fs::write(target, json).map_err(|error| error.to_string()));
    if let Err(error) = compiled {
        eprintln!("catalogue: {source}: {error}");
        std::process::exit(1);
    }
}
