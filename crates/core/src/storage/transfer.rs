//! The export file (everything kept, with its format and date) and its import, which merges.

use super::envelope::{Envelope, MergeCount};
use super::schema::{envelope_members, int, read_records, text, MIGRATIONS};
use super::{EXPORT_FORMAT, MAX_IMPORT_BYTES, SCHEMA_VERSION};
use crate::i18n::tr;
use crate::json::{self, Json};

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
