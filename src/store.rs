//! The only file that touches `localStorage`. One [`SharedStore`] per namespace per page, shared by every widget
//! on the page that uses that namespace (the browser's `storage` event never reaches the tab that wrote, so
//! widgets in one page could not learn of each other's changes through it). Other tabs are followed through that
//! event. Every failure becomes a [`StoreNotice`]; nothing here panics, and memory is always written first.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use rapport_core::i18n::tr;
use rapport_core::storage::{backup_key, data_key, decode, encode, Envelope};
use web_sys::StorageEvent;

/// Something the person should know about where their answers are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    pub fn message(self) -> &'static str {
        match self {
            StoreNotice::Unavailable => {
                tr("This browser is not letting the page keep anything, so your answers will be gone when you close \
                 it. Everything else works, and you can download your results before you go.")
            }
            StoreNotice::Damaged => {
                tr("Some saved answers on this device could not be read. Everything readable was kept, and the \
                 unreadable part was set aside rather than deleted: you can download it below.")
            }
            StoreNotice::WriteFailed => {
                tr("This device's storage is full, so your latest answers are kept only while this page stays open. \
                 Download your results to keep them.")
            }
        }
    }
}

/// Local storage for one namespace, shared by the widgets of one page.
pub struct SharedStore {
    /// What is kept, as the screens see it.
    pub data: RwSignal<Envelope>,
    /// A storage message to show ([`StoreNotice::message`]), until dismissed; empty when there is none.
    /// (A `String`, not an `Option<StoreNotice>`: each signal value type costs about 3 KB of wasm.)
    pub notice: RwSignal<String>,
    storage: Option<web_sys::Storage>,
    namespace: String,
    /// Memory holds changes storage lacks (a write failed): merge instead of replacing when reading storage.
    unsaved: Cell<bool>,
}

thread_local! {
    static STORES: RefCell<Vec<Rc<SharedStore>>> = const { RefCell::new(Vec::new()) };
}

impl SharedStore {
    /// The page's store for `namespace`, opened on first use.
    pub fn for_namespace(namespace: &str) -> Rc<SharedStore> {
        if let Some(store) = STORES.with_borrow(|stores| stores.iter().find(|s| s.namespace == namespace).cloned()) {
            return store;
        }
        let store = Rc::new(Self::open(namespace));
        STORES.with_borrow_mut(|stores| stores.push(Rc::clone(&store)));
        Self::follow_other_tabs(Rc::clone(&store));
        store
    }

    fn open(namespace: &str) -> Self {
        // `local_storage()` itself throws in a sandboxed frame: web-sys turns that into `Err`.
        let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
        let raw = storage.as_ref().map(|storage| storage.get_item(&data_key(namespace)));
        let (envelope, notice) = match raw {
            None | Some(Err(_)) => (Envelope::new(), Some(StoreNotice::Unavailable)),
            Some(Ok(raw)) => {
                let loaded = decode(raw.as_deref());
                let notice = match (&loaded.problem, &raw, &storage) {
                    (Some(_), Some(raw), Some(storage)) => {
                        // Keep the unreadable text before anything is written over it.
                        let _ = storage.set_item(&backup_key(namespace), raw);
                        Some(StoreNotice::Damaged)
                    }
                    _ => None,
                };
                (loaded.envelope, notice)
            }
        };
        let storage = if notice == Some(StoreNotice::Unavailable) { None } else { storage };
        SharedStore {
            data: RwSignal::new(envelope),
            notice: RwSignal::new(notice.map_or_else(String::new, |n| n.message().to_string())),
            storage,
            namespace: namespace.to_string(),
            unsaved: Cell::new(false),
        }
    }

    /// Whether results can be kept on this device at all.
    pub fn persistent(&self) -> bool {
        self.storage.is_some()
    }

    /// Another tab wrote: take its version (or merge, if this tab holds unsaved changes).
    fn follow_other_tabs(store: Rc<SharedStore>) {
        let key = data_key(&store.namespace);
        let handle = window_event_listener(leptos::ev::storage, move |event: StorageEvent| {
            if store.storage.is_none() || event.key().as_deref() != Some(key.as_str()) {
                return;
            }
            let incoming = decode(event.new_value().as_deref()).envelope;
            if store.unsaved.get() {
                store.data.update(|data| {
                    data.merge(&incoming);
                });
            } else {
                store.data.set(incoming);
            }
        });
        // The listener lives as long as the page, like the widgets.
        std::mem::forget(handle);
    }

    /// The freshest envelope to change: what storage holds now (another tab may have written), plus anything
    /// only memory has.
    fn fresh(&self) -> Envelope {
        let memory = self.data.get_untracked();
        let Some(storage) = &self.storage else { return memory };
        let Ok(raw) = storage.get_item(&data_key(&self.namespace)) else { return memory };
        let loaded = decode(raw.as_deref());
        let mut fresh = loaded.envelope;
        if let (Some(_), Some(raw)) = (&loaded.problem, &raw) {
            let _ = storage.set_item(&backup_key(&self.namespace), raw);
        }
        if self.unsaved.get() || loaded.problem.is_some() {
            fresh.merge(&memory);
        }
        fresh
    }

    /// Applies `change` to the freshest data, writes it, and shows it. A failed write keeps it in memory.
    pub fn update(&self, change: impl FnOnce(&mut Envelope)) {
        self.apply(Box::new(change));
    }

    /// [`Self::update`]'s one body for every change: boxed, since a generic body would be copied into the wasm for
    /// each caller.
    pub fn apply(&self, change: Box<dyn FnOnce(&mut Envelope) + '_>) {
        let mut envelope = self.fresh();
        change(&mut envelope);
        if let Some(storage) = &self.storage {
            let written = storage.set_item(&data_key(&self.namespace), &encode(&envelope)).is_ok();
            self.unsaved.set(!written);
            if !written && self.notice.with_untracked(String::is_empty) {
                self.notice.set(StoreNotice::WriteFailed.message().to_string());
            }
        }
        self.data.set(envelope);
    }

    /// Deletes everything this widget stored under its namespace on this device, backup included.
    pub fn erase(&self) {
        if let Some(storage) = &self.storage {
            let _ = storage.remove_item(&data_key(&self.namespace));
            let _ = storage.remove_item(&backup_key(&self.namespace));
        }
        self.unsaved.set(false);
        self.data.set(Envelope::new());
    }

    /// The unreadable text set aside under the backup key, if any.
    pub fn backup(&self) -> Option<String> {
        self.storage.as_ref()?.get_item(&backup_key(&self.namespace)).ok().flatten()
    }
}
