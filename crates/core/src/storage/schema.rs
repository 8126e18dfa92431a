//! The stored form: one JSON object per namespace, its schema versions and migrations, and [`decode`], which
//! keeps every record it can.

use super::envelope::Envelope;
use super::record::{Draft, Refusal, SavedResult};
use super::{MAX_STORED_BYTES, SCHEMA_VERSION};
#[cfg(feature = "goals")]
use crate::goals::{merge_entries, merge_goals, Goal, SessionEntry, MAX_ENTRIES, MAX_GOALS, MAX_NOTE_CHARS};
use crate::json::{self, Json};
#[cfg(feature = "goals")]
use crate::label::plain_within;

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

pub(super) fn text(value: &str) -> Json {
    Json::Str(value.to_string())
}

pub(super) fn int(value: u64) -> Json {
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

pub(super) fn envelope_members(envelope: &Envelope) -> Vec<(String, Json)> {
    // Schema 2 when there are no goals: the text is exactly what schema 2 wrote (see SCHEMA_VERSION).
    #[cfg(feature = "goals")]
    let goals = !envelope.goals.0.is_empty() || !envelope.entries.is_empty();
    #[cfg(not(feature = "goals"))]
    let goals = envelope.kept_goals.is_some();
    let schema = if goals { SCHEMA_VERSION } else { 2 };
    let mut members = vec![
        ("schema".to_string(), int(u64::from(schema))),
        ("results".to_string(), Json::Array(envelope.results.iter().map(SavedResult::to_json).collect())),
        ("drafts".to_string(), Json::Array(envelope.drafts.iter().map(Draft::to_json).collect())),
        ("closed".to_string(), Json::Array(envelope.closed.iter().map(|&at| int(at)).collect())),
    ];
    #[cfg(feature = "goals")]
    if goals {
        members.push(("goals".to_string(), Json::Array(envelope.goals.0.iter().map(Goal::to_json).collect())));
        members
            .push(("entries".to_string(), Json::Array(envelope.entries.iter().map(SessionEntry::to_json).collect())));
    }
    #[cfg(not(feature = "goals"))]
    if let Some(kept) = &envelope.kept_goals {
        let [goals, entries] = &**kept;
        members.push(("goals".to_string(), goals.clone()));
        members.push(("entries".to_string(), entries.clone()));
    }
    members
}

/// Serialises an envelope as compact JSON, always at today's schema.
pub fn encode(envelope: &Envelope) -> String {
    Json::Object(envelope_members(envelope)).to_text()
}

/// Upgrades a stored object from schema `from` to [`SCHEMA_VERSION`], one step at a time.
/// `MIGRATIONS[n]` takes schema n + 1 to n + 2.
pub(super) const MIGRATIONS: [Migration; 2] = [migrate_1_to_2, migrate_2_to_3];

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

/// Schema 3 added two optional lists, `goals` and `entries`: a schema 2 object reads as one without goals.
fn migrate_2_to_3(_: &mut Vec<(String, Json)>) {}

/// Records left out while reading, by reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Refused {
    /// Damaged or of an unknown shape.
    pub damaged: usize,
    /// Answered with a newer version of a questionnaire than this tool knows.
    pub newer: usize,
    /// Labels that break the label rule (control or text-direction characters, too long).
    pub label: usize,
}

impl Refused {
    /// All records left out.
    pub fn total(self) -> usize {
        self.damaged + self.newer + self.label
    }
}

/// Reads the records of an envelope-shaped object into `envelope`; returns what was left out and why.
pub(super) fn read_records(object: &Json, envelope: &mut Envelope) -> Refused {
    let mut refused = Refused::default();
    match object.get("results") {
        Some(Json::Array(values)) => {
            for value in values {
                match SavedResult::from_json(value).map(|result| (result.refusal(), result)) {
                    Some((None, result)) => envelope.add_result(result),
                    Some((Some(Refusal::NewerVersion), _)) => refused.newer += 1,
                    Some((Some(Refusal::Label), _)) => refused.label += 1,
                    Some((Some(Refusal::Damaged), _)) | None => refused.damaged += 1,
                }
            }
        }
        None => {}
        Some(_) => refused.damaged += 1,
    }
    match object.get("drafts") {
        Some(Json::Array(values)) => {
            for value in values {
                match Draft::from_json(value).filter(Draft::is_valid) {
                    Some(draft) => envelope.put_draft(draft),
                    None => refused.damaged += 1,
                }
            }
        }
        None => {}
        Some(_) => refused.damaged += 1,
    }
    read_goals(object, envelope, &mut refused);
    // Closed drafts are bookkeeping, not the person's data: a damaged list is ignored, not counted.
    if let Some(Json::Array(values)) = object.get("closed") {
        for started_at in values.iter().filter_map(Json::as_u64) {
            envelope.remove_draft(started_at);
        }
    }
    refused
}

#[cfg(feature = "goals")]
/// Reads the goals (at most [`MAX_GOALS`]) and session entries (at most [`MAX_ENTRIES`]) of an envelope-shaped
/// object. A goal or note that breaks the text rule is counted as a label would be.
fn read_goals(object: &Json, envelope: &mut Envelope, refused: &mut Refused) {
    let list = |key| match object.get(key) {
        Some(Json::Array(values)) => (values.as_slice(), 0),
        Some(_) => (&[][..], 1),
        None => (&[][..], 0),
    };
    let (stored_goals, damaged) = list("goals");
    let (stored_entries, damaged_too) = list("entries");
    refused.damaged += damaged + damaged_too;
    let mut goals = Vec::new();
    for value in stored_goals {
        match Goal::from_json(value) {
            Some(goal) if !goal.is_valid() => refused.label += 1,
            Some(goal) if goals.len() < MAX_GOALS && !goals.iter().any(|kept: &Goal| kept.id == goal.id) => {
                goals.push(goal)
            }
            _ => refused.damaged += 1,
        }
    }
    merge_goals(&mut envelope.goals.0, &goals);
    let mut entries = Vec::new();
    for value in stored_entries {
        match SessionEntry::from_json(value) {
            Some(entry) if entry.is_valid() => entries.push(entry),
            Some(entry) if !plain_within(&entry.note, MAX_NOTE_CHARS) => refused.label += 1,
            _ => refused.damaged += 1,
        }
    }
    let over = entries.len().saturating_sub(MAX_ENTRIES);
    refused.damaged += over;
    merge_entries(&mut envelope.entries, &entries[..entries.len() - over]);
}

/// Without the goals screen: keeps the `goals` and `entries` members as they are (the build that shows them
/// checks every record when it reads them), so that writing this envelope back loses none of them.
#[cfg(not(feature = "goals"))]
fn read_goals(object: &Json, envelope: &mut Envelope, _: &mut Refused) {
    let member = |key| object.get(key).cloned().unwrap_or(Json::Array(Vec::new()));
    if object.get("goals").is_some() || object.get("entries").is_some() {
        envelope.kept_goals = Some(Box::new([member("goals"), member("entries")]));
    }
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
    let dropped = read_records(&Json::Object(members), &mut envelope).total();
    let problem = if schema > u64::from(SCHEMA_VERSION) {
        Some(StorageProblem::FromTheFuture { schema: u32::try_from(schema).unwrap_or(u32::MAX) })
    } else if dropped > 0 {
        Some(StorageProblem::PartlyDamaged { dropped })
    } else {
        None
    };
    Loaded { envelope, problem }
}
