//! The storage schema: one versioned JSON envelope per namespace, read defensively.
//!
//! Stored data is untrusted: another version of the widget, a browser extension or a person with dev tools may
//! have written it. [`decode`] never fails and never panics: it keeps every record that is still valid, and
//! reports what it could not read so the UI can keep the raw text under a backup key and offer it for download.
//!
//! - `record.rs`: a finished result and an unfinished draft, and whether each is still valid;
//! - `envelope.rs`: everything one namespace keeps, and how two copies merge;
//! - `schema.rs`: the stored JSON, its versions and migrations, and the defensive [`decode`];
//! - `transfer.rs`: the export file and its import.

mod envelope;
mod record;
mod schema;
mod transfer;

pub use envelope::{Envelope, MergeCount, MAX_CLOSED_DRAFTS};
pub use record::{
    is_shared, label_char_allowed, label_is_valid, shared_by, Draft, Refusal, SavedResult, SHARED_ID_PREFIX,
};
pub use schema::{decode, encode, Loaded, Refused, StorageProblem};
pub use transfer::{export, import, ImportError, ImportOutcome};

/// Version of the envelope written today. Bump it with a migration in [`MIGRATIONS`] when the shape changes.
///
/// - 1: one `draft` (the questionnaire in progress).
/// - 2: a list of `drafts`, each identified by `started_at`, so starting over keeps the attempt set aside.
/// - 3: the person's `goals` and session `entries` (issue 21). An envelope without either is written as schema 2,
///   which it still is: a tab of an older version open beside this one keeps reading it without setting anything
///   aside. With goals, an older version sets the whole text aside as "from a newer version" (its rule for every
///   schema above its own) and keeps what it can read.
pub const SCHEMA_VERSION: u32 = 3;

/// Largest import file accepted (an export of hundreds of results is a few tens of KB).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Most results an import brings this device to. Each answer's save writes the whole history, and at this size
/// it stays within a frame on a mid-range phone (docs/reliability.md has the measurements). An import never
/// removes a kept result to make room: what does not fit is left out and counted. (A person who keeps answering
/// past it is never refused: only imports stop here.)
pub const MAX_RESULTS_KEPT: usize = 200;

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
