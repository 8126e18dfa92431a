//! Concatenates the widget's CSS (style/, in cascade order) and strips comments and white space, so the
//! stylesheet shipped inside the wasm is as small as it can be without changing its meaning.

use std::{env, fs, path::Path};

/// Cascade order: theme tokens first, then one file per component.
const FILES: [&str; 6] = ["theme", "layout", "start", "question", "result", "chart"];
/// Only in the builds with the goals screen (`--features goals`, implied by `standalone`).
const GOALS_FILES: [&str; 1] = ["goals"];
/// Only in the standalone pages' build (`--features standalone`): sharing, QR code, comparison, group view, print.
const STANDALONE_FILES: [&str; 2] = ["share", "tools"];

fn minify(css: &str) -> String {
    // Drop comments.
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    // Collapse white space, then drop it around punctuation where it never matters. Not around ':' (a space
    // before it can be a descendant combinator) and not inside strings (our CSS has only `content` escapes).
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let bytes: Vec<char> = collapsed.chars().collect();
    for (index, &ch) in bytes.iter().enumerate() {
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if ch == ' ' {
            let before = index.checked_sub(1).and_then(|i| bytes.get(i)).copied().unwrap_or('{');
            let after = bytes.get(index + 1).copied().unwrap_or('}');
            // After ':' a space is always inside a declaration ("color: red"), never a combinator.
            if tight(before) || tight(after) || before == ':' {
                continue;
            }
        }
        out.push(ch);
    }
    out.replace(";}", "}")
}

fn main() {
    println!("cargo:rerun-if-changed=style");
    let mut css = String::new();
    let standalone = env::var_os("CARGO_FEATURE_STANDALONE").is_some();
    let goals = env::var_os("CARGO_FEATURE_GOALS").is_some();
    let files = FILES.iter().chain(if goals { GOALS_FILES.as_slice() } else { &[] }).chain(if standalone {
        STANDALONE_FILES.as_slice()
    } else {
        &[]
    });
    for name in files {
        let path = format!("style/{name}.css");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
        css.push_str(&minify(&text));
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // The same CSS as a file of its own, for browsers that cannot construct a stylesheet (Safari before 16.4):
    // they link it, since a strict policy blocks a <style> element. Named by its content, like every file the
    // loader fetches, so the wasm knows the name and scripts/build.sh copies the file beside the wasm.
    let build = if standalone {
        "standalone"
    } else if goals {
        "goals"
    } else {
        "widget"
    };
    let name = format!("{build}.{:010x}.css", fnv1a(&css) >> 24);
    fs::write(Path::new(&out).join("stylesheet-name.txt"), &name).expect("OUT_DIR is writable");
    fs::write(Path::new(&out).join("stylesheet.css"), &css).expect("OUT_DIR is writable");
    fs::write(Path::new(&out).join("widget.css"), css).expect("OUT_DIR is writable");
}

/// 64-bit FNV-1a: enough to give each build's CSS its own file name (no dependency for a cache key).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}
