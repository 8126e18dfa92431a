//! The only file that touches `localStorage`. One [`SharedStore`] per namespace per page, shared by every widget
//! on the page that uses that namespace (the browser's `storage` event never reaches the tab that wrote, so
//! widgets in one page could not learn of each other's changes through it). Other tabs are followed through that
//! event. The rules (backups read back before anything is overwritten, merging with other tabs, checked writes)
//! are the core's [`Keeper`]; this file gives it `localStorage` and turns what it returns into signals. Nothing
//! here panics.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use rapport_core::keeper::{EraseError, Fault, Keeper, Mode, Notice, Slots};
use rapport_core::storage::{data_key, Envelope};
use wasm_bindgen::JsValue;
use web_sys::StorageEvent;

/// `localStorage`, every call's failure turned into a [`Fault`].
struct LocalSlots(web_sys::Storage);

/// A refused call's reason: a full quota is named `QuotaExceededError` (Firefox once said
/// `NS_ERROR_DOM_QUOTA_REACHED`); anything else is a refusal.
fn fault(error: JsValue) -> Fault {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|name| name.as_string());
    if name.is_some_and(|name| name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED") {
        Fault::Full
    } else {
        Fault::Refused
    }
}

impl Slots for LocalSlots {
    fn read(&self, key: &str) -> Result<Option<String>, Fault> {
        self.0.get_item(key).map_err(fault)
    }
    fn write(&self, key: &str, value: &str) -> Result<(), Fault> {
        self.0.set_item(key, value).map_err(fault)
    }
    fn remove(&self, key: &str) -> Result<(), Fault> {
        self.0.remove_item(key).map_err(fault)
    }
}

/// Local storage for one namespace, shared by the widgets of one page.
pub struct SharedStore {
    /// What is kept, as the screens see it.
    pub data: RwSignal<Envelope>,
    /// A storage message to show ([`Notice::message`]), until dismissed; empty when there is none.
    /// (A `String`, not an `Option<Notice>`: each signal value type costs about 3 KB of wasm.)
    pub notice: RwSignal<String>,
    /// Stored data could not be read nor set aside, so it is left untouched and answers live in memory: the
    /// notice offers that data for download right where it says so.
    pub guarded: RwSignal<bool>,
    slots: Option<LocalSlots>,
    keeper: RefCell<Keeper>,
    namespace: String,
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
        let slots = web_sys::window().and_then(|window| window.local_storage().ok().flatten()).map(LocalSlots);
        let opened = Keeper::open(slots.as_ref().map(|slots| slots as &dyn Slots), namespace);
        let store = SharedStore {
            data: RwSignal::new(opened.envelope),
            notice: RwSignal::new(String::new()),
            guarded: RwSignal::new(false),
            slots,
            keeper: RefCell::new(opened.keeper),
            namespace: namespace.to_string(),
        };
        store.tell(opened.notice);
        store
    }

    fn slots(&self) -> Option<&dyn Slots> {
        self.slots.as_ref().map(|slots| slots as &dyn Slots)
    }

    /// Shows `notice` (it replaces an earlier one: the newest says what holds now) and whether data is guarded.
    fn tell(&self, notice: Option<Notice>) {
        if let Some(notice) = notice {
            self.notice.set(notice.message().to_string());
        }
        let guarded = matches!(self.keeper.borrow().mode(), Mode::Guarded { .. });
        if self.guarded.get_untracked() != guarded {
            self.guarded.set(guarded);
        }
    }

    /// Whether results are written to this device (storage neither blocked nor guarding unreadable data).
    pub fn persistent(&self) -> bool {
        self.keeper.borrow().persistent()
    }

    /// Another tab wrote: merge its version with ours (and write back what only we hold).
    fn follow_other_tabs(store: Rc<SharedStore>) {
        let key = data_key(&store.namespace);
        let handle = window_event_listener(leptos::ev::storage, move |event: StorageEvent| {
            if event.key().as_deref() != Some(key.as_str()) {
                return;
            }
            // An event callback: `try_` forms, so a widget gone from the page is skipped, never a panic.
            let Some(memory) = store.data.try_get_untracked() else { return };
            let saved = store.keeper.borrow_mut().other_tab_wrote(store.slots(), &memory, event.new_value().as_deref());
            store.data.try_set(saved.envelope);
            store.tell(saved.notice);
        });
        // The listener lives as long as the page, like the widgets.
        std::mem::forget(handle);
    }

    /// Applies `change` to the freshest data, writes it (checked), and shows it.
    pub fn update(&self, change: impl FnOnce(&mut Envelope)) {
        self.apply(Box::new(change));
    }

    /// [`Self::update`]'s one body for every change (boxed: a generic body would be copied into the wasm for each
    /// caller).
    pub fn apply(&self, change: Box<dyn FnOnce(&mut Envelope) + '_>) {
        let memory = self.take_memory();
        let mut change = Some(change);
        let saved = self.keeper.borrow_mut().save(self.slots(), memory, &mut |envelope| {
            if let Some(change) = change.take() {
                change(envelope);
            }
        });
        self.data.set(saved.envelope);
        self.tell(saved.notice);
    }

    /// The kept envelope, moved out of its signal without a copy (a full history is hundreds of results); the
    /// caller sets the signal again, which also tells the screens.
    fn take_memory(&self) -> Envelope {
        self.data.try_update_untracked(std::mem::take).unwrap_or_else(Envelope::new)
    }

    /// Deletes everything this widget stored under its namespace on this device, backups included, and says
    /// whether it really did.
    pub fn erase(&self) -> Result<(), EraseError> {
        let outcome = self.keeper.borrow_mut().erase(self.slots());
        self.data.set(Envelope::new());
        self.notice.set(String::new());
        self.tell(None);
        outcome
    }

    /// The texts set aside as unreadable (and a guarded one), for download.
    pub fn backups(&self) -> Vec<String> {
        self.keeper.borrow().backups(self.slots())
    }

    /// Deletes the set-aside copies (after the person downloaded them); answers are kept again if they can be.
    pub fn free_backups(&self) -> Result<(), EraseError> {
        let memory = self.data.get_untracked();
        let saved = self.keeper.borrow_mut().free_backups(self.slots(), memory)?;
        self.data.set(saved.envelope);
        self.notice.set(String::new());
        self.tell(saved.notice);
        Ok(())
    }
}
