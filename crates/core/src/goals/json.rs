//! The stored form of goals and session entries, read defensively (a record of the wrong shape is `None`; its
//! rules are checked by `is_valid`), and how two copies merge: goals by id, the later change winning; entries by
//! their time. The outcome does not depend on which copy merges into which.

use super::{Goal, GoalStatus, SessionEntry, MAX_ENTRIES};
use crate::json::Json;

fn int(value: u64) -> Json {
    Json::Int(i64::try_from(value).unwrap_or(i64::MAX))
}

fn text(value: &str) -> Json {
    Json::Str(value.to_string())
}

/// An optional text member: absent is empty.
fn optional_text(value: &Json, key: &str) -> Option<String> {
    match value.get(key) {
        None | Some(Json::Null) => Some(String::new()),
        Some(other) => Some(other.as_str()?.to_string()),
    }
}

fn small(value: &Json) -> Option<u8> {
    value.as_u64().and_then(|v| u8::try_from(v).ok())
}

impl Goal {
    /// The stored form (`done` left out when empty).
    pub fn to_json(&self) -> Json {
        let mut members = vec![
            ("id".to_string(), int(self.id)),
            ("name".to_string(), text(&self.name)),
            ("status".to_string(), text(self.status.as_str())),
            ("changed_at".to_string(), int(self.changed_at)),
        ];
        if !self.done.is_empty() {
            members.push(("done".to_string(), text(&self.done)));
        }
        Json::Object(members)
    }

    /// Reads the stored form; `None` for the wrong shape or an unknown status.
    pub fn from_json(value: &Json) -> Option<Goal> {
        Some(Goal {
            id: value.get("id")?.as_u64()?,
            name: value.get("name")?.as_str()?.to_string(),
            done: optional_text(value, "done")?,
            status: GoalStatus::parse(value.get("status")?.as_str()?)?,
            changed_at: value.get("changed_at")?.as_u64()?,
        })
    }
}

impl SessionEntry {
    /// The stored form (`checkin` and `note` left out when empty; ratings as `[goal id, rating]` pairs).
    pub fn to_json(&self) -> Json {
        let mut members = vec![("at".to_string(), int(self.at))];
        if !self.checkin.is_empty() {
            let answers = self.checkin.iter().map(|a| a.map_or(Json::Null, |v| int(u64::from(v)))).collect();
            members.push(("checkin".to_string(), Json::Array(answers)));
        }
        let ratings = self.ratings.iter().map(|&(id, rating)| Json::Array(vec![int(id), int(u64::from(rating))]));
        members.push(("ratings".to_string(), Json::Array(ratings.collect())));
        if !self.note.is_empty() {
            members.push(("note".to_string(), text(&self.note)));
        }
        Json::Object(members)
    }

    /// Reads the stored form; `None` for the wrong shape.
    pub fn from_json(value: &Json) -> Option<SessionEntry> {
        let checkin = match value.get("checkin") {
            None | Some(Json::Null) => Vec::new(),
            Some(answers) => answers
                .as_array()?
                .iter()
                .map(|slot| match slot {
                    Json::Null => Some(None),
                    other => small(other).map(Some),
                })
                .collect::<Option<Vec<_>>>()?,
        };
        let ratings = value
            .get("ratings")?
            .as_array()?
            .iter()
            .map(|pair| match pair.as_array()? {
                [id, rating] => Some((id.as_u64()?, small(rating)?)),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        Some(SessionEntry { at: value.get("at")?.as_u64()?, checkin, ratings, note: optional_text(value, "note")? })
    }
}

/// Whether `theirs` should replace `mine` (same id): the later change wins, and at the same time the one whose
/// stored text sorts last, so both merge orders agree.
fn later(theirs: &Goal, mine: &Goal) -> bool {
    (theirs.changed_at, theirs.to_json().to_text()) > (mine.changed_at, mine.to_json().to_text())
}

/// Merges `other`'s goals into `goals` by id (a goal changed later in `other` replaces this copy); returns how many
/// were added or updated. Kept ordered by id.
pub fn merge_goals(goals: &mut Vec<Goal>, other: &[Goal]) -> usize {
    let mut changed = 0;
    for goal in other {
        match goals.iter_mut().find(|kept| kept.id == goal.id) {
            Some(kept) if later(goal, kept) => {
                *kept = goal.clone();
                changed += 1;
            }
            Some(_) => {}
            None => {
                let at = goals.partition_point(|kept| kept.id < goal.id);
                goals.insert(at, goal.clone());
                changed += 1;
            }
        }
    }
    changed
}

/// Merges `other`'s entries into `entries` by time (an entry is never changed once saved); returns how many were
/// added. Kept oldest first; past [`MAX_ENTRIES`] none are added (nothing kept is removed).
pub fn merge_entries(entries: &mut Vec<SessionEntry>, other: &[SessionEntry]) -> usize {
    let mut added = 0;
    // Ordered by time, and entries saved in the same millisecond by their stored text, so both merge orders agree.
    let key = |entry: &SessionEntry| (entry.at, entry.to_json().to_text());
    for entry in other {
        let wanted = key(entry);
        let at = entries.partition_point(|kept| key(kept) < wanted);
        if entries.get(at) != Some(entry) && entries.len() < MAX_ENTRIES {
            entries.insert(at, entry.clone());
            added += 1;
        }
    }
    added
}
