//! The export file (everything kept, with its format and date) and its import, which merges.

use super::envelope::{Envelope, MergeCount};
use super::schema::{envelope_members, int, read_records, text, Refused, MIGRATIONS};
use super::{EXPORT_FORMAT, MAX_IMPORT_BYTES, MAX_RESULTS_KEPT, SCHEMA_VERSION};
use crate::i18n::{tr, trf};
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
                tr("That file was made by a newer version of this tool. Reload the page to update, then try again. \
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
    /// Records in the file that were left out, by reason.
    pub refused: Refused,
    /// New results left out because this device keeps at most [`MAX_RESULTS_KEPT`] (none kept were removed).
    pub over_limit: usize,
}

impl ImportOutcome {
    /// What the person reads: what came in, what was already here, and each reason something was left out.
    pub fn message(&self) -> String {
        let count = |n: usize| n.to_string();
        let mut text = trf(
            "Imported: {0} new, {1} already here.",
            &[&count(self.merged.added), &count(self.merged.already_there)],
        );
        // Each pattern written out in its own trf call: the catalogue test finds texts by their literal in trf.
        let mut add = |part: String| {
            text.push(' ');
            text.push_str(&part);
        };
        if self.refused.damaged > 0 {
            add(trf("{0} unreadable left out.", &[&count(self.refused.damaged)]));
        }
        if self.refused.newer > 0 {
            add(trf("{0} left out: made by a newer version of this tool.", &[&count(self.refused.newer)]));
        }
        if self.refused.label > 0 {
            add(trf(
                "{0} refused: its label has control or text-direction characters, or is too long.",
                &[&count(self.refused.label)],
            ));
        }
        if self.over_limit > 0 {
            add(trf(
                "{0} left out: this device keeps at most {1} results (nothing kept was removed).",
                &[&count(self.over_limit), &count(MAX_RESULTS_KEPT)],
            ));
        }
        // Only the build without the goals screen leaves goals out (the goals build merges them).
        #[cfg(not(feature = "goals"))]
        if self.merged.goals_left_out {
            add(tr("Goals are not merged on this page: import the file on a page that tracks goals to add its goals.")
                .to_owned());
        }
        text
    }
}

/// Reads an export file and merges it into `envelope` (no duplicates, no more than [`MAX_RESULTS_KEPT`] results,
/// nothing kept removed). `envelope` is untouched on error.
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
    let refused = read_records(&Json::Object(members), &mut incoming);
    // Nothing to bring in: an error when one reason explains all of it; mixed reasons are reported one by one.
    #[cfg(feature = "goals")]
    let nothing_else = incoming.goals.0.is_empty() && incoming.entries.is_empty();
    #[cfg(not(feature = "goals"))]
    let nothing_else = incoming.kept_goals.is_none();
    if incoming.results.is_empty() && incoming.drafts.is_empty() && nothing_else {
        if refused.total() > 0 && refused.newer == refused.total() {
            return Err(ImportError::FromTheFuture);
        }
        if refused.total() > 0 && refused.damaged == refused.total() {
            return Err(ImportError::NothingReadable);
        }
    }
    // Newest first into what room is left: an import never removes a kept result to make room.
    let room = MAX_RESULTS_KEPT.saturating_sub(envelope.results.len());
    let new_results: usize =
        incoming.results.iter().filter(|result| !envelope.results.iter().any(|kept| kept.id == result.id)).count();
    let over_limit = new_results.saturating_sub(room);
    if over_limit > 0 {
        let mut dropped = 0;
        incoming.results.retain(|result| {
            let new = !envelope.results.iter().any(|kept| kept.id == result.id);
            let keep = !new || dropped >= over_limit;
            dropped += usize::from(new && !keep);
            keep
        });
    }
    Ok(ImportOutcome { merged: envelope.merge(&incoming), refused, over_limit })
}
