//! Languages. English is the source language and is compiled in: every text the widget shows is written in
//! English in the code (instruments, readings, interpretation, UI) and passed through [`tr`] (or [`trf`] for a
//! pattern with `{0}`, `{1}` placeholders) where it is shown. Another language is a catalogue, a JSON object that
//! maps each English text to its translation (`crates/core/catalogues/<tag>.json`), loaded only when chosen and
//! installed once per page: every widget on a page speaks the same language.
//!
//! Text as key, not invented ids: the English text is in the wasm anyway, and a changed English text shows up at
//! once as a missing translation in the completeness test (`tests/i18n.rs`), which collects every text
//! [`static_texts`](crate::catalogue_tools::static_texts) lists and every literal passed to `tr`/`trf` in the sources, and fails when a catalogue misses
//! one. What ships is smaller: the build ([`compile_catalogue`](crate::catalogue_tools::compile_catalogue)) replaces each English key by its 32-bit
//! [`text_key`], so a phone downloads the translations and not the English again (Spanish 21.4 to 14.7 KB gzip),
//! and refuses a catalogue in which two texts share a key.

use std::cell::RefCell;

use crate::json::{parse, Json};

/// Languages with text, the source first: tag and the language's own name.
pub const LANGUAGES: [(&str, &str); 3] = [("en", "English"), ("es", "Español"), ("de", "Deutsch")];

/// A catalogue's key for the decimal separator of its numbers (`7,8` in German and Spanish).
pub const DECIMAL_KEY: &str = "@decimal-separator";

/// Largest catalogue text accepted, in bytes (ours are about 60 KB).
pub const MAX_CATALOGUE_BYTES: usize = 400_000;

/// Longest translation accepted, in characters.
const MAX_ENTRY_CHARS: usize = 2_000;

/// An installed catalogue: the language's tag, and (key of the English text, translation) pairs sorted by key.
struct Active {
    language: &'static str,
    entries: Vec<(u32, &'static str)>,
}

/// The key a shipped catalogue stores for an English text: its FNV-1a hash (32 bits, over the UTF-8 bytes).
/// Written as eight lowercase hex digits in the catalogue. Collisions are ruled out by the build, not by chance:
/// [`compile_catalogue`](crate::catalogue_tools::compile_catalogue) refuses two texts with one key, and the completeness test makes every text the widget
/// shows a key of every catalogue, so no text can borrow another's translation.
pub const fn text_key(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut at = 0;
    while at < bytes.len() {
        hash ^= bytes[at] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        at += 1;
    }
    hash
}

/// A catalogue key as shipped: exactly eight lowercase hex digits.
fn parse_key(key: &str) -> Option<u32> {
    let hex = key.len() == 8 && key.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    hex.then(|| u32::from_str_radix(key, 16).ok()).flatten()
}

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    /// The installed readings file's (key, text) pairs, sorted by key; `None` until one is installed.
    static READINGS: RefCell<Option<Vec<(u32, &'static str)>>> = const { RefCell::new(None) };
}

/// Why a catalogue was not installed (the widget then stays in English).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// Not one of [`LANGUAGES`] (or English, which needs none).
    UnknownLanguage,
    /// Too large, not JSON, not an object of strings, or an entry too long.
    Malformed,
}

/// The language shown: an installed catalogue's tag, else `"en"`.
pub fn language() -> &'static str {
    ACTIVE.with_borrow(|active| active.as_ref().map_or("en", |active| active.language))
}

/// Installs the catalogue for `language` from its JSON text as the build ships it ([`compile_catalogue`](crate::catalogue_tools::compile_catalogue)),
/// replacing any other. Every key must be a [`text_key`] in hex, in ascending order without repeats, and every
/// value a string of bounded length; keys not used by the widget are kept but never shown. Strings are leaked on
/// purpose: a page installs one catalogue for its lifetime, and `&'static str` lets [`tr`] stand in for a literal.
pub fn install(language: &str, text: &str) -> Result<(), CatalogueError> {
    let language = LANGUAGES
        .iter()
        .skip(1)
        .map(|(tag, _)| *tag)
        .find(|tag| *tag == language)
        .ok_or(CatalogueError::UnknownLanguage)?;
    let entries = entries(text)?;
    ACTIVE.with_borrow_mut(|active| *active = Some(Active { language, entries }));
    Ok(())
}

/// The (key, text) pairs of a catalogue or readings file as the build ships it: every key a [`text_key`] in hex,
/// ascending without repeats, every value a string of bounded length.
fn entries(text: &str) -> Result<Vec<(u32, &'static str)>, CatalogueError> {
    if text.len() > MAX_CATALOGUE_BYTES {
        return Err(CatalogueError::Malformed);
    }
    let Ok(Json::Object(members)) = parse(text) else { return Err(CatalogueError::Malformed) };
    let mut entries = Vec::with_capacity(members.len());
    for (key, translated) in members {
        let (Some(key), Json::Str(translated)) = (parse_key(&key), translated) else {
            return Err(CatalogueError::Malformed);
        };
        if translated.chars().count() > MAX_ENTRY_CHARS {
            return Err(CatalogueError::Malformed);
        }
        entries.push((key, leak(translated)));
    }
    // The build writes catalogues sorted by key, so lookups can bisect without a sort in the wasm; an unsorted
    // one is refused rather than half-working.
    if entries.windows(2).any(|pair| pair[0].0 >= pair[1].0) {
        return Err(CatalogueError::Malformed);
    }
    Ok(entries)
}

/// The text of `key` in sorted `entries`, if there.
fn look_up(entries: &[(u32, &'static str)], key: u32) -> Option<&'static str> {
    let at = entries.binary_search_by(|(entry, _)| entry.cmp(&key)).ok()?;
    entries.get(at).map(|(_, text)| *text)
}

/// Back to English (tests; a page never switches).
pub fn uninstall() {
    ACTIVE.with_borrow_mut(|active| *active = None);
}

fn leak(text: String) -> &'static str {
    text.leak()
}

/// `english` in the page's language: its translation, or the English text itself when there is no catalogue or
/// the catalogue lacks it (the completeness test makes sure ours never do).
pub fn tr(english: &'static str) -> &'static str {
    ACTIVE.with_borrow(|active| {
        active.as_ref().and_then(|active| look_up(&active.entries, text_key(english))).unwrap_or(english)
    })
}

/// `parts` joined by `separator`. One plain loop for every list the widget writes: `[T]::join` is generic, and
/// each of its three uses in the embed had its own 1.2 KB copy.
pub fn join(parts: &[&str], separator: &str) -> String {
    let mut out = String::new();
    for (n, part) in parts.iter().enumerate() {
        if n > 0 {
            out.push_str(separator);
        }
        out.push_str(part);
    }
    out
}

/// A translated pattern with its placeholders filled: `{0}` is `args[0]`, and so on, in whatever order the
/// translation puts them. A placeholder without an argument stays as written.
pub fn trf(pattern: &'static str, args: &[&str]) -> String {
    // `split_once` rather than byte-index slicing: slicing can panic, and its panic message alone would pull
    // about 4 KB of debug formatting into the wasm.
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = tr(pattern);
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let argument =
            after.split_once('}').and_then(|(index, tail)| Some((*args.get(index.parse::<usize>().ok()?)?, tail)));
        match argument {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The decimal separator of the page's language.
pub fn decimal_separator() -> &'static str {
    let separator = tr(DECIMAL_KEY);
    if separator == DECIMAL_KEY {
        "."
    } else {
        separator
    }
}

/// Hundredths shown with one decimal in the page's language: `750` is `7.5` in English, `7,5` in German.
pub fn decimal(hundredths: u32) -> String {
    let tenths = (hundredths + 5) / 10;
    format!("{}{}{}", tenths / 10, decimal_separator(), tenths % 10)
}

/// The language to show: the first of the embed's `lang` option, the host page's `<html lang>`, and the
/// browser's preferred languages whose primary tag we have (`es-MX` reads as `es`); English when none is.
pub fn choose_language<'a>(candidates: impl IntoIterator<Item = &'a str>) -> &'static str {
    candidates
        .into_iter()
        .find_map(|tag| {
            let primary = tag.split(['-', '_']).next()?;
            LANGUAGES.iter().map(|(known, _)| *known).find(|known| known.eq_ignore_ascii_case(primary))
        })
        .unwrap_or("en")
}

/// Primary language subtags written right to left: none of ours yet, but a catalogue in one of these makes the
/// widget right to left with no other change (its styles use logical properties, its scores are isolated).
const RIGHT_TO_LEFT: [&str; 10] = ["ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];

/// The writing direction (`"ltr"` or `"rtl"`) of a language as [`LANGUAGES`] and [`language`] write it (a
/// lowercase primary subtag), for the widget's `dir`. The widget reads in its own language's direction, not the
/// host page's: English inherited from an Arabic page would put each sentence's full stop at the start of its
/// line. (An exact match: splitting and case folding cost the embed 0.2 KB for tags it never sees.)
pub fn direction(language: &str) -> &'static str {
    if RIGHT_TO_LEFT.contains(&language) {
        "rtl"
    } else {
        "ltr"
    }
}

/// A text of the readings file: what a result's parts mean, their next steps, the questions to bring to a first
/// conversation. The wasm holds only its key (the [`text_key`] of the English, computed at compile time by
/// [`fetched!`](crate::fetched)), never the text, in any language: the file `v1/lang/readings-<tag>.json` holds
/// the texts of the page's language, keyed like a catalogue, and is fetched while the person answers (none of it
/// is needed for the first question). Natively (the build's tools, the tests) the English stays beside the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fetched {
    /// The [`text_key`] of the English text.
    pub key: u32,
    /// The English text, for the build (which writes the readings files) and the tests; not in the wasm.
    #[cfg(not(target_arch = "wasm32"))]
    pub english: &'static str,
}

/// A [`Fetched`] text from its English: in the wasm only the key, computed at compile time.
#[macro_export]
macro_rules! fetched {
    ($english:literal) => {
        $crate::i18n::Fetched {
            key: const { $crate::i18n::text_key($english) },
            #[cfg(not(target_arch = "wasm32"))]
            english: $english,
        }
    };
}

impl Fetched {
    /// The text in the page's language from the installed readings file; `None` while none is installed, or when
    /// it lacks this text (the result then says its explanations could not be loaded). Natively, with no readings
    /// file installed, the English compiled beside the key through [`tr`], as every other text.
    pub fn text(self) -> Option<&'static str> {
        READINGS.with_borrow(|readings| match readings {
            Some(entries) => look_up(entries, self.key),
            #[cfg(not(target_arch = "wasm32"))]
            None => Some(tr(self.english)),
            #[cfg(target_arch = "wasm32")]
            None => None,
        })
    }
}

/// Installs a readings file as the build ships it (`readings-<tag>.json`, keyed and sorted like a catalogue),
/// replacing any other. The file of the page's language: the loader asks for that one.
pub fn install_readings(text: &str) -> Result<(), CatalogueError> {
    let entries = entries(text)?;
    READINGS.with_borrow_mut(|readings| *readings = Some(entries));
    Ok(())
}

/// Whether a readings file is installed.
pub fn readings_installed() -> bool {
    READINGS.with_borrow(Option::is_some)
}

/// No readings file any more (tests; a page never removes one).
pub fn uninstall_readings() {
    READINGS.with_borrow_mut(|readings| *readings = None);
}
