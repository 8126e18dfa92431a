//! Embed options, parsed and validated. Options are untrusted input: a data attribute on a page the coach did
//! not write, or a query string anyone can craft. Values are bounded, checked against allow-lists, and only ever
//! echoed back shortened, as text.

use crate::instrument::{self, InstrumentId};

/// Longest option value read; longer values are refused, not cut.
pub const MAX_OPTION_CHARS: usize = 200;
/// Longest storage namespace.
pub const MAX_NAMESPACE_CHARS: usize = 32;
/// Namespace used when none is given.
pub const DEFAULT_NAMESPACE: &str = "default";

/// The widget's options after validation: every field is safe to use as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Storage namespace: `[a-z0-9_-]`, 1 to 32 characters.
    pub namespace: String,
    /// The instrument fixed by the embed; `None` lets the person choose.
    pub instrument: Option<InstrumentId>,
    /// The perspective index fixed by the embed (only with an instrument); `None` lets the person choose.
    pub perspective: Option<usize>,
}

impl Default for Options {
    fn default() -> Self {
        Options { namespace: DEFAULT_NAMESPACE.to_string(), instrument: None, perspective: None }
    }
}

/// A value that was refused, and why. The default is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The option's name, as the coach wrote it (`namespace`, `instrument`, ...).
    pub option: &'static str,
    /// What was wrong, for the coach testing their page.
    pub message: String,
}

/// At most 40 characters of an untrusted value, for an error message (rendered as text only).
fn quoted(value: &str) -> String {
    let mut shown: String = value.chars().take(40).filter(|c| !c.is_control()).collect();
    if value.chars().count() > 40 {
        shown.push_str("...");
    }
    format!("\"{shown}\"")
}

/// Parses options through `get`, which returns an option's raw value by name (data attribute or query).
pub fn parse_options(get: impl Fn(&str) -> Option<String>) -> (Options, Vec<ConfigProblem>) {
    let mut options = Options::default();
    let mut problems = Vec::new();
    let mut read = |option: &'static str| -> Option<String> {
        let value = get(option)?;
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        if value.chars().count() > MAX_OPTION_CHARS {
            problems.push(ConfigProblem { option, message: format!("{option}: the value is too long") });
            return None;
        }
        Some(value.to_string())
    };
    let namespace = read("namespace");
    let instrument = read("instrument");
    let perspective = read("perspective");

    if let Some(namespace) = namespace {
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
        if namespace.len() <= MAX_NAMESPACE_CHARS && namespace.chars().all(allowed) {
            options.namespace = namespace;
        } else {
            problems.push(ConfigProblem {
                option: "namespace",
                message: format!(
                    "namespace {} is not allowed: use 1 to 32 lowercase letters, digits, - or _",
                    quoted(&namespace)
                ),
            });
        }
    }
    if let Some(instrument) = instrument {
        match InstrumentId::parse(&instrument) {
            Some(id) => options.instrument = Some(id),
            None => problems.push(ConfigProblem {
                option: "instrument",
                message: format!("instrument {} is unknown: use trust, alliance or checkin", quoted(&instrument)),
            }),
        }
    }
    if let Some(perspective) = perspective {
        match options.instrument {
            None => problems.push(ConfigProblem {
                option: "perspective",
                message: "perspective needs an instrument as well".to_string(),
            }),
            Some(id) => {
                let chosen = instrument::current(id);
                match chosen.perspective_index(&perspective) {
                    Some(index) => options.perspective = Some(index),
                    None => {
                        let known: Vec<&str> = chosen.perspectives.iter().map(|p| p.id).collect();
                        problems.push(ConfigProblem {
                            option: "perspective",
                            message: format!(
                                "perspective {} is unknown for {}: use {}",
                                quoted(&perspective),
                                id.as_str(),
                                known.join(" or ")
                            ),
                        });
                    }
                }
            }
        }
    }
    (options, problems)
}
