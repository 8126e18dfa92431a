//! The storage schema: one versioned JSON envelope per namespace, read defensively.
//!
//! Stored data is untrusted: another version of the widget, a browser extension or a person with dev tools may
//! have written it. [`decode`] never fails and never panics: it keeps every record that is still valid, and
//! reports what it could not read so the UI can keep the raw text under a backup key and offer it for download.

use crate::i18n::tr;
use crate::instrument::{self, InstrumentId};
use crate::json::{self, Json};
use crate::scoring::{complete_answers, score, Score};

/// Version of the envelope written today. Bump it with a migration in [`MIGRATIONS`] when the shape changes.
///
/// - 1: one `draft` (the questionnaire in progress).
/// - 2: a list of `drafts`, each identified by `started_at`, so starting over keeps the attempt set aside.
pub const SCHEMA_VERSION: u32 = 2;

/// Largest import file accepted (an export of hundreds of results is a few tens of KB).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Marks an export file as ours.
pub const EXPORT_FORMAT: &str = "rapport-export";

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
    /// When it was started, milliseconds since 1970: identifies the draft.
    pub started_at: u64,
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
    /// Unfinished questionnaires, oldest first: the one being answered and any set aside by "start over".
    pub drafts: Vec<Draft>,
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

/// How many records a merge added, and how many were already there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCount {
    /// New results and drafts.
    pub added: usize,
    /// Records that were already kept (same id), including older copies of a kept draft.
    pub already_there: usize,
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
        Envelope { schema: SCHEMA_VERSION, results: Vec::new(), drafts: Vec::new() }
    }

    /// Adds a result unless one with the same id is already kept; keeps the list oldest first.
    pub fn add_result(&mut self, result: SavedResult) {
        if self.results.iter().any(|kept| kept.id == result.id) {
            return;
        }
        let at = self.results.partition_point(|kept| kept.completed_at <= result.completed_at);
        self.results.insert(at, result);
    }

    /// Saves `draft`, replacing the draft with the same `started_at`.
    pub fn put_draft(&mut self, draft: Draft) {
        match self.drafts.iter_mut().find(|kept| kept.started_at == draft.started_at) {
            Some(kept) => *kept = draft,
            None => {
                let at = self.drafts.partition_point(|kept| kept.started_at <= draft.started_at);
                self.drafts.insert(at, draft);
            }
        }
    }

    /// Removes the draft started at `started_at`, if kept.
    pub fn remove_draft(&mut self, started_at: u64) {
        self.drafts.retain(|kept| kept.started_at != started_at);
    }

    /// Adds everything from `other` that this envelope lacks: results by id, drafts by start time (the more
    /// recently updated copy of a draft wins). Nothing already here is lost.
    pub fn merge(&mut self, other: &Envelope) -> MergeCount {
        let mut count = MergeCount::default();
        for result in &other.results {
            if self.results.iter().any(|kept| kept.id == result.id) {
                count.already_there += 1;
            } else {
                self.add_result(result.clone());
                count.added += 1;
            }
        }
        for draft in &other.drafts {
            match self.drafts.iter().find(|kept| kept.started_at == draft.started_at) {
                Some(kept) if kept.updated_at >= draft.updated_at => count.already_there += 1,
                _ => {
                    self.put_draft(draft.clone());
                    count.added += 1;
                }
            }
        }
        count
    }

    /// The most recent result.
    pub fn latest(&self) -> Option<&SavedResult> {
        self.results.last()
    }

    /// The result of the same instrument and perspective completed just before `result`, to compare with.
    pub fn previous_of(&self, result: &SavedResult) -> Option<&SavedResult> {
        // A result kept from someone else's share link is never "your previous result".
        self.results.iter().rev().find(|kept| {
            kept.instrument == result.instrument
                && kept.perspective == result.perspective
                && kept.completed_at < result.completed_at
                && !crate::share::is_shared(kept)
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
            ("started_at".to_string(), int(self.started_at)),
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
            started_at: value.get("started_at")?.as_u64()?,
            instrument: value.get("instrument")?.as_str()?.to_string(),
            version: u16::try_from(value.get("version")?.as_u64()?).ok()?,
            perspective: value.get("perspective")?.as_str()?.to_string(),
            answers: answers_from_json(value.get("answers")?)?,
            position: usize::try_from(value.get("position")?.as_u64()?).ok()?,
            updated_at: value.get("updated_at")?.as_u64()?,
        })
    }
}

fn envelope_members(envelope: &Envelope) -> Vec<(String, Json)> {
    vec![
        ("schema".to_string(), int(u64::from(SCHEMA_VERSION))),
        ("results".to_string(), Json::Array(envelope.results.iter().map(SavedResult::to_json).collect())),
        ("drafts".to_string(), Json::Array(envelope.drafts.iter().map(Draft::to_json).collect())),
    ]
}

/// Serialises an envelope as compact JSON, always at today's schema.
pub fn encode(envelope: &Envelope) -> String {
    Json::Object(envelope_members(envelope)).to_text()
}

/// Upgrades a stored object from schema `from` to [`SCHEMA_VERSION`], one step at a time.
/// `MIGRATIONS[n]` takes schema n + 1 to n + 2.
const MIGRATIONS: [Migration; 1] = [migrate_1_to_2];

/// One migration step, applied to the members of the stored object.
type Migration = fn(&mut Vec<(String, Json)>);

/// Schema 1 kept one `draft` without a start time: it becomes the only entry of `drafts`, started when it was
/// last updated (the best we know).
fn migrate_1_to_2(members: &mut Vec<(String, Json)>) {
    let draft = members.iter().position(|(key, _)| key == "draft").map(|at| members.remove(at).1);
    let drafts = match draft {
        Some(Json::Object(mut fields)) => {
            let started = fields.iter().find(|(key, _)| key == "updated_at").map(|(_, value)| value.clone());
            fields.push(("started_at".to_string(), started.unwrap_or(Json::Null)));
            vec![Json::Object(fields)]
        }
        // A damaged draft is passed on as it is, so it is counted as damaged instead of vanishing silently.
        Some(Json::Null) | None => Vec::new(),
        Some(other) => vec![other],
    };
    members.push(("drafts".to_string(), Json::Array(drafts)));
}

/// Reads the records of an envelope-shaped object into `envelope`; returns how many were unreadable.
fn read_records(object: &Json, envelope: &mut Envelope) -> usize {
    let mut dropped = 0;
    for (key, valid) in [("results", true), ("drafts", false)] {
        match object.get(key) {
            Some(Json::Array(values)) => {
                for value in values {
                    let kept = if valid {
                        SavedResult::from_json(value).filter(SavedResult::is_valid).map(|r| envelope.add_result(r))
                    } else {
                        Draft::from_json(value).filter(Draft::is_valid).map(|d| envelope.put_draft(d))
                    };
                    dropped += usize::from(kept.is_none());
                }
            }
            None => {}
            Some(_) => dropped += 1,
        }
    }
    dropped
}

/// Reads stored text, recovering every valid record. `None` (nothing stored) is an empty envelope.
pub fn decode(raw: Option<&str>) -> Loaded {
    let empty = |problem| Loaded { envelope: Envelope::new(), problem };
    let Some(raw) = raw else { return empty(None) };
    if raw.len() > MAX_STORED_BYTES {
        return empty(Some(StorageProblem::TooLarge));
    }
    let Ok(Json::Object(mut members)) = json::parse(raw) else {
        return empty(Some(StorageProblem::Unreadable));
    };
    let schema = Json::Object(members.clone()).get("schema").and_then(Json::as_u64).unwrap_or(0);
    if schema == 0 {
        // An object without a schema is not something we wrote.
        return empty(Some(StorageProblem::Unreadable));
    }
    for migration in MIGRATIONS.iter().skip(usize::try_from(schema - 1).unwrap_or(usize::MAX)) {
        migration(&mut members);
    }
    let mut envelope = Envelope::new();
    let dropped = read_records(&Json::Object(members), &mut envelope);
    let problem = if schema > u64::from(SCHEMA_VERSION) {
        Some(StorageProblem::FromTheFuture { schema: u32::try_from(schema).unwrap_or(u32::MAX) })
    } else if dropped > 0 {
        Some(StorageProblem::PartlyDamaged { dropped })
    } else {
        None
    };
    Loaded { envelope, problem }
}

/// Everything kept, as the text of an export file.
pub fn export(envelope: &Envelope, now: u64) -> String {
    let mut members = vec![("format".to_string(), text(EXPORT_FORMAT)), ("exported_at".to_string(), int(now))];
    members.extend(envelope_members(envelope));
    Json::Object(members).to_text()
}

/// Why an import file was refused. Nothing is changed when an import is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// Not JSON at all (a different kind of file, or cut short).
    NotJson,
    /// JSON, but not a rapport export.
    NotOurs,
    /// Made by a newer version of rapport than this one.
    FromTheFuture,
    /// A rapport export without a single readable result or draft.
    NothingReadable,
}

impl ImportError {
    /// A sentence for the person, naming the problem.
    pub fn message(self) -> &'static str {
        match self {
            ImportError::TooLarge => {
                tr("That file is too large to be a rapport export (over 1 MB). Nothing was changed.")
            }
            ImportError::NotJson => {
                tr("That file is not a rapport export: it is not readable data. Nothing was changed.")
            }
            ImportError::NotOurs => tr("That file holds data, but not from rapport. Nothing was changed."),
            ImportError::FromTheFuture => {
                tr("That file comes from a newer version of rapport. Reload the page to update, then try again. \
                 Nothing was changed.")
            }
            ImportError::NothingReadable => tr("That rapport file has no readable results in it. Nothing was changed."),
        }
    }
}

/// What an accepted import contained.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// Records added and already kept.
    pub merged: MergeCount,
    /// Records in the file that were damaged or unknown and were left out.
    pub skipped: usize,
}

/// Reads an export file and merges it into `envelope` (no duplicates). `envelope` is untouched on error.
pub fn import(envelope: &mut Envelope, file: &str) -> Result<ImportOutcome, ImportError> {
    if file.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let Ok(Json::Object(mut members)) = json::parse(file.trim_start_matches('\u{feff}')) else {
        return Err(ImportError::NotJson);
    };
    let object = Json::Object(members.clone());
    if object.get("format").and_then(Json::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let schema = object.get("schema").and_then(Json::as_u64).unwrap_or(0);
    if schema == 0 || schema > u64::from(SCHEMA_VERSION) {
        return Err(if schema == 0 { ImportError::NotOurs } else { ImportError::FromTheFuture });
    }
    for migration in MIGRATIONS.iter().skip(usize::try_from(schema - 1).unwrap_or(usize::MAX)) {
        migration(&mut members);
    }
    let mut incoming = Envelope::new();
    let skipped = read_records(&Json::Object(members), &mut incoming);
    if incoming.results.is_empty() && incoming.drafts.is_empty() && skipped > 0 {
        return Err(ImportError::NothingReadable);
    }
    Ok(ImportOutcome { merged: envelope.merge(&incoming), skipped })
}
