//! The storage schema: one versioned JSON envelope per namespace, read defensively.
//!
//! Stored data is untrusted: another version of the widget, a browser extension or a person with dev tools may
//! have written it. [`decode`] never fails and never panics: it keeps every record that is still valid, and
//! reports what it could not read so the UI can keep the raw text under a backup key and offer it for download.

use crate::instrument::{self, InstrumentId};
use crate::json::{self, Json};
use crate::scoring::{complete_answers, score, Score};

/// Version of the envelope written today. Bump it with a migration in [`decode`] when the shape changes.
pub const SCHEMA_VERSION: u32 = 1;

/// Stored text longer than this is not parsed (the browser's quota is about 5 MB for a whole origin).
pub const MAX_STORED_BYTES: usize = 2 * 1024 * 1024;

/// Longest label a person may give a result (a first name, a team).
pub const MAX_LABEL_CHARS: usize = 40;

/// Prefix of every key this widget writes.
pub const KEY_PREFIX: &str = "rapport";

/// The key holding a namespace's envelope.
pub fn data_key(namespace: &str) -> String {
    format!("{KEY_PREFIX}:{namespace}:data")
}

/// The key under which unreadable data is kept instead of being deleted.
pub fn backup_key(namespace: &str) -> String {
    format!("{KEY_PREFIX}:{namespace}:backup")
}

/// A finished questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedResult {
    /// Stable identifier (completion time, instrument and perspective), used to avoid duplicates.
    pub id: String,
    /// [`InstrumentId::as_str`].
    pub instrument: String,
    /// Instrument version the answers belong to.
    pub version: u16,
    /// Perspective id.
    pub perspective: String,
    /// One answer per item of that version.
    pub answers: Vec<Option<u8>>,
    /// Completion time, milliseconds since 1970.
    pub completed_at: u64,
    /// An optional label the person chose.
    pub label: Option<String>,
}

/// A questionnaire in progress, saved after every answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// [`InstrumentId::as_str`].
    pub instrument: String,
    /// Instrument version the answers belong to.
    pub version: u16,
    /// Perspective id.
    pub perspective: String,
    /// One slot per item; `None` is unanswered.
    pub answers: Vec<Option<u8>>,
    /// The question the person was on.
    pub position: usize,
    /// Last change, milliseconds since 1970.
    pub updated_at: u64,
}

/// Everything one namespace keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Envelope {
    /// [`SCHEMA_VERSION`] at the time of writing.
    pub schema: u32,
    /// Completed results, oldest first.
    pub results: Vec<SavedResult>,
    /// The questionnaire in progress, if any.
    pub draft: Option<Draft>,
}

/// What was wrong with stored data. Each variant says why it can happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Not JSON, or not an object: truncated by a crash mid-write, or written by something else.
    Unreadable,
    /// Larger than [`MAX_STORED_BYTES`]: not ours, or damaged.
    TooLarge,
    /// Written by a newer version of the widget (an old cached copy is running); valid records were kept.
    FromTheFuture { schema: u32 },
    /// Some records were damaged or of an unknown shape and were left out; the rest was kept.
    PartlyDamaged { dropped: usize },
}

/// The outcome of reading stored text: always an envelope, plus what went wrong, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// Everything that could be recovered.
    pub envelope: Envelope,
    /// Set when the raw text should be kept under [`backup_key`] before anything is written.
    pub problem: Option<StorageProblem>,
}

impl SavedResult {
    /// Builds a result, with an id derived from its content.
    pub fn new(id: InstrumentId, version: u16, perspective: &str, answers: Vec<Option<u8>>, completed_at: u64) -> Self {
        SavedResult {
            id: format!("{completed_at}-{}-{perspective}", id.as_str()),
            instrument: id.as_str().to_string(),
            version,
            perspective: perspective.to_string(),
            answers,
            completed_at,
            label: None,
        }
    }

    /// The instrument version these answers belong to, if we know it.
    pub fn instrument(&self) -> Option<&'static instrument::Instrument> {
        instrument::find(InstrumentId::parse(&self.instrument)?, self.version)
    }

    /// The perspective's index in its instrument.
    pub fn perspective_index(&self) -> Option<usize> {
        self.instrument()?.perspective_index(&self.perspective)
    }

    /// Scores the stored answers (recomputed every time, never stored).
    pub fn score(&self) -> Option<Score> {
        score(self.instrument()?, &self.answers).ok()
    }

    /// Whether every field is something this version can display.
    pub fn is_valid(&self) -> bool {
        let label_ok = self.label.as_ref().is_none_or(|l| l.chars().count() <= MAX_LABEL_CHARS);
        label_ok
            && self.id.len() <= 80
            && self.perspective_index().is_some()
            && self.instrument().is_some_and(|i| complete_answers(i, &self.answers).is_ok())
    }
}

impl Draft {
    /// The instrument version of the draft, if we know it.
    pub fn instrument(&self) -> Option<&'static instrument::Instrument> {
        instrument::find(InstrumentId::parse(&self.instrument)?, self.version)
    }

    /// Whether the draft can be resumed: known instrument and perspective, answers line up and are on the scale.
    pub fn is_valid(&self) -> bool {
        let Some(instrument) = self.instrument() else { return false };
        instrument.perspective_index(&self.perspective).is_some()
            && self.answers.len() == instrument.items.len()
            && self.position < instrument.items.len()
            && self.answers.iter().flatten().all(|&value| instrument.scale.contains(value))
    }
}

impl Envelope {
    /// An empty envelope at today's schema.
    pub fn new() -> Self {
        Envelope { schema: SCHEMA_VERSION, results: Vec::new(), draft: None }
    }

    /// Adds a result unless one with the same id is already kept; keeps the list oldest first.
    pub fn add_result(&mut self, result: SavedResult) {
        if self.results.iter().any(|kept| kept.id == result.id) {
            return;
        }
        let at = self.results.partition_point(|kept| kept.completed_at <= result.completed_at);
        self.results.insert(at, result);
    }

    /// The most recent result.
    pub fn latest(&self) -> Option<&SavedResult> {
        self.results.last()
    }

    /// The result of the same instrument and perspective completed just before `result`, to compare with.
    pub fn previous_of(&self, result: &SavedResult) -> Option<&SavedResult> {
        self.results.iter().rev().find(|kept| {
            kept.instrument == result.instrument
                && kept.perspective == result.perspective
                && kept.completed_at < result.completed_at
        })
    }
}

fn answers_to_json(answers: &[Option<u8>]) -> Json {
    Json::Array(answers.iter().map(|a| a.map_or(Json::Null, |v| Json::Int(i64::from(v)))).collect())
}

/// Reads an answers array; `None` if any slot is neither null nor a small integer.
fn answers_from_json(value: &Json) -> Option<Vec<Option<u8>>> {
    value
        .as_array()?
        .iter()
        .map(|slot| match slot {
            Json::Null => Some(None),
            other => other.as_u64().and_then(|v| u8::try_from(v).ok()).map(Some),
        })
        .collect()
}

fn text(value: &str) -> Json {
    Json::Str(value.to_string())
}

fn int(value: u64) -> Json {
    Json::Int(i64::try_from(value).unwrap_or(i64::MAX))
}

impl SavedResult {
    /// The stored form.
    pub fn to_json(&self) -> Json {
        let mut members = vec![
            ("id".to_string(), text(&self.id)),
            ("instrument".to_string(), text(&self.instrument)),
            ("version".to_string(), int(u64::from(self.version))),
            ("perspective".to_string(), text(&self.perspective)),
            ("answers".to_string(), answers_to_json(&self.answers)),
            ("completed_at".to_string(), int(self.completed_at)),
        ];
        if let Some(label) = &self.label {
            members.push(("label".to_string(), text(label)));
        }
        Json::Object(members)
    }

    /// Reads the stored form; `None` for anything of the wrong shape (validity is checked separately).
    pub fn from_json(value: &Json) -> Option<Self> {
        let label = match value.get("label") {
            None | Some(Json::Null) => None,
            Some(label) => Some(label.as_str()?.to_string()),
        };
        Some(SavedResult {
            id: value.get("id")?.as_str()?.to_string(),
            instrument: value.get("instrument")?.as_str()?.to_string(),
            version: u16::try_from(value.get("version")?.as_u64()?).ok()?,
            perspective: value.get("perspective")?.as_str()?.to_string(),
            answers: answers_from_json(value.get("answers")?)?,
            completed_at: value.get("completed_at")?.as_u64()?,
            label,
        })
    }
}

impl Draft {
    /// The stored form.
    pub fn to_json(&self) -> Json {
        Json::Object(vec![
            ("instrument".to_string(), text(&self.instrument)),
            ("version".to_string(), int(u64::from(self.version))),
            ("perspective".to_string(), text(&self.perspective)),
            ("answers".to_string(), answers_to_json(&self.answers)),
            ("position".to_string(), int(self.position as u64)),
            ("updated_at".to_string(), int(self.updated_at)),
        ])
    }

    /// Reads the stored form; `None` for anything of the wrong shape.
    pub fn from_json(value: &Json) -> Option<Self> {
        Some(Draft {
            instrument: value.get("instrument")?.as_str()?.to_string(),
            version: u16::try_from(value.get("version")?.as_u64()?).ok()?,
            perspective: value.get("perspective")?.as_str()?.to_string(),
            answers: answers_from_json(value.get("answers")?)?,
            position: usize::try_from(value.get("position")?.as_u64()?).ok()?,
            updated_at: value.get("updated_at")?.as_u64()?,
        })
    }
}

/// Serialises an envelope as compact JSON.
pub fn encode(envelope: &Envelope) -> String {
    let mut members = vec![
        ("schema".to_string(), int(u64::from(envelope.schema))),
        ("results".to_string(), Json::Array(envelope.results.iter().map(SavedResult::to_json).collect())),
    ];
    if let Some(draft) = &envelope.draft {
        members.push(("draft".to_string(), draft.to_json()));
    }
    Json::Object(members).to_text()
}

/// Reads stored text, recovering every valid record. `None` (nothing stored) is an empty envelope.
pub fn decode(raw: Option<&str>) -> Loaded {
    let empty = |problem| Loaded { envelope: Envelope::new(), problem };
    let Some(raw) = raw else { return empty(None) };
    if raw.len() > MAX_STORED_BYTES {
        return empty(Some(StorageProblem::TooLarge));
    }
    let Ok(object @ Json::Object(_)) = json::parse(raw) else {
        return empty(Some(StorageProblem::Unreadable));
    };
    let schema = object.get("schema").and_then(Json::as_u64).unwrap_or(0);
    let mut dropped = 0;
    let mut envelope = Envelope::new();
    match object.get("results") {
        Some(Json::Array(results)) => {
            for value in results {
                match SavedResult::from_json(value) {
                    Some(result) if result.is_valid() => envelope.add_result(result),
                    _ => dropped += 1,
                }
            }
        }
        None => {}
        Some(_) => dropped += 1,
    }
    match object.get("draft") {
        None | Some(Json::Null) => {}
        Some(value) => match Draft::from_json(value) {
            Some(draft) if draft.is_valid() => envelope.draft = Some(draft),
            _ => dropped += 1,
        },
    }
    let problem = if schema > u64::from(SCHEMA_VERSION) {
        Some(StorageProblem::FromTheFuture { schema: u32::try_from(schema).unwrap_or(u32::MAX) })
    } else if schema == 0 {
        // An object without a schema is not something we wrote.
        Some(StorageProblem::Unreadable)
    } else if dropped > 0 {
        Some(StorageProblem::PartlyDamaged { dropped })
    } else {
        None
    };
    Loaded { envelope, problem }
}
