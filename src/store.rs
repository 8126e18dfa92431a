//! The only file that touches `localStorage`. Every failure becomes a [`StoreNotice`] the screens can show;
//! nothing here panics, and the person's answers are always kept in memory first.

use rapport_core::storage::{backup_key, data_key, decode, encode, Envelope};

/// Something the person should know about where their answers are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreNotice {
    /// Storage is missing or refused (privacy mode, a sandboxed frame, storage switched off).
    Unavailable,
    /// Stored data could not be read in full; the raw text was kept under the backup key.
    Damaged,
    /// A write failed (the quota is full); the answers are safe in memory for this visit.
    WriteFailed,
}

impl StoreNotice {
    /// What the person reads: calm, specific, and what it means for them.
    pub fn message(&self) -> &'static str {
        match self {
            StoreNotice::Unavailable => {
                "This browser is not letting the page keep anything, so your answers will be gone when you close it. \
                 Everything else works as usual."
            }
            StoreNotice::Damaged => {
                "Some saved answers on this device could not be read. Everything readable was kept, and the \
                 unreadable part was set aside rather than deleted."
            }
            StoreNotice::WriteFailed => {
                "This device's storage is full, so your latest answers are kept only while this page stays open."
            }
        }
    }
}

/// Local storage for one namespace, or nothing at all when the browser refuses it.
pub struct BrowserStore {
    storage: Option<web_sys::Storage>,
    namespace: String,
}

impl BrowserStore {
    /// Opens storage and reads what is kept, recovering what it can.
    pub fn open(namespace: &str) -> (Self, Envelope, Option<StoreNotice>) {
        // `local_storage()` itself throws in a sandboxed frame: web-sys turns that into `Err`.
        let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
        let store = BrowserStore { storage, namespace: namespace.to_string() };
        let Some(storage) = &store.storage else { return (store, Envelope::new(), Some(StoreNotice::Unavailable)) };
        let raw = match storage.get_item(&data_key(namespace)) {
            Ok(raw) => raw,
            Err(_) => return (store, Envelope::new(), Some(StoreNotice::Unavailable)),
        };
        let loaded = decode(raw.as_deref());
        let notice = match (&loaded.problem, &raw) {
            (None, _) | (_, None) => None,
            (Some(_), Some(raw)) => {
                // Keep the unreadable text before anything overwrites it. A failed backup (quota) still leaves
                // the original in place, because we do not write the data key until the next save.
                let _ = storage.set_item(&backup_key(namespace), raw);
                Some(StoreNotice::Damaged)
            }
        };
        (store, loaded.envelope, notice)
    }

    /// Writes the envelope; `Err` carries the notice to show. Memory stays the source of truth either way.
    pub fn save(&self, envelope: &Envelope) -> Result<(), StoreNotice> {
        let Some(storage) = &self.storage else { return Err(StoreNotice::Unavailable) };
        storage.set_item(&data_key(&self.namespace), &encode(envelope)).map_err(|_| StoreNotice::WriteFailed)
    }
}
