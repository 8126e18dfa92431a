//! Browser tests of what only a browser can show: real localStorage, and the widget mounting into a shadow root.
//! Run with `make test-wasm` (wasm-bindgen-test in Debian's Chromium).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use leptos::prelude::*;
use rapport::store::SharedStore;
use rapport_core::attempt::Attempt;
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::keeper::Notice;
use rapport_core::storage::{data_key, decode, encode, Envelope};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("this test browser has localStorage")
}

fn finished_trust(at: u64) -> rapport_core::storage::SavedResult {
    let mut attempt = Attempt::new(instrument::current(InstrumentId::Trust), 0, at);
    attempt.answers = vec![Some(4); 20];
    attempt.finish(at).expect("complete answers")
}

fn stored(namespace: &str) -> Option<String> {
    local_storage().get_item(&data_key(namespace)).ok().flatten()
}

#[wasm_bindgen_test]
fn what_is_saved_reaches_real_local_storage() {
    let namespace = "web-round-trip";
    let store = SharedStore::for_namespace(namespace);
    assert_eq!(store.notice.get_untracked(), "");
    assert!(store.persistent());
    store.update(|envelope| envelope.add_result(finished_trust(1_700_000_000_000)));
    let reread = decode(stored(namespace).as_deref());
    assert_eq!(reread.problem, None);
    assert_eq!(reread.envelope, store.data.get_untracked());
    assert_eq!(reread.envelope.results.len(), 1);
}

#[wasm_bindgen_test]
fn widgets_of_one_namespace_share_one_store_and_namespaces_stay_apart() {
    let first = SharedStore::for_namespace("web-shared");
    let second = SharedStore::for_namespace("web-shared");
    let other = SharedStore::for_namespace("web-other");
    assert!(Rc::ptr_eq(&first, &second));
    first.update(|envelope| envelope.add_result(finished_trust(5)));
    assert_eq!(second.data.get_untracked().results.len(), 1);
    assert!(other.data.get_untracked().results.is_empty());
    assert_eq!(stored("web-other"), None);
}

#[wasm_bindgen_test]
fn a_write_from_another_tab_is_not_overwritten() {
    let namespace = "web-two-tabs";
    let store = SharedStore::for_namespace(namespace);
    store.update(|envelope| envelope.add_result(finished_trust(1)));
    // Another tab writes a second result directly (this tab gets no storage event for it yet).
    let mut theirs = decode(stored(namespace).as_deref()).envelope;
    theirs.add_result(finished_trust(2));
    local_storage().set_item(&data_key(namespace), &encode(&theirs)).expect("test can write");
    // This tab saves a third: the other tab's result must survive.
    store.update(|envelope| envelope.add_result(finished_trust(3)));
    let now_stored = decode(stored(namespace).as_deref()).envelope;
    assert_eq!(now_stored.results.iter().map(|r| r.completed_at).collect::<Vec<_>>(), vec![1, 2, 3]);
}

#[wasm_bindgen_test]
fn corrupt_storage_keeps_the_backup_and_recovers_the_valid_part() {
    let namespace = "web-corrupt";
    let storage = local_storage();
    let good = finished_trust(42);
    let raw = format!("{{\"schema\":2,\"results\":[{},{{\"broken\":true}}]}}", good.to_json().to_text());
    storage.set_item(&data_key(namespace), &raw).expect("test can write");
    let store = SharedStore::for_namespace(namespace);
    assert_eq!(store.notice.get_untracked(), Notice::SetAside.message());
    assert_eq!(store.data.get_untracked().results, vec![good]);
    assert_eq!(store.backups(), vec![raw.clone()]);
    assert_eq!(stored(namespace), Some(raw), "nothing overwritten on read");
    assert_eq!(store.erase(), Ok(()));
    assert_eq!((stored(namespace), store.backups()), (None, Vec::new()), "erase removes the backup too");
}

#[wasm_bindgen_test]
fn a_full_quota_is_a_notice_keeps_the_answer_in_memory_and_leaves_stored_data_intact() {
    let namespace = "web-quota";
    let storage = local_storage();
    let mut small = Envelope::new();
    small.add_result(finished_trust(1));
    storage.set_item(&data_key(namespace), &encode(&small)).expect("test can write");
    let store = SharedStore::for_namespace(namespace);
    // Fill the quota until even a small write fails: big chunks first, then smaller ones (bounded loops).
    let mut filled = 0;
    for size in [1 << 20, 1 << 16, 1 << 12, 1 << 8] {
        let chunk = "x".repeat(size);
        for _ in 0..64 {
            if storage.set_item(&format!("filler-{filled}"), &chunk).is_err() {
                break;
            }
            filled += 1;
        }
    }
    store.update(|envelope| {
        for at in 2..200 {
            envelope.add_result(finished_trust(at));
        }
    });
    let notice = store.notice.get_untracked();
    let after = decode(stored(namespace).as_deref()).envelope;
    for index in 0..=filled {
        storage.remove_item(&format!("filler-{index}")).ok();
    }
    assert_eq!(notice, Notice::WriteFailed.message());
    assert_eq!(store.data.get_untracked().results.len(), 199, "every answer is kept in memory");
    assert_eq!(after, small, "the failed write damaged nothing");
    // With room again, the next change saves everything, including what only memory had.
    store.update(|envelope| envelope.add_result(finished_trust(500)));
    assert_eq!(decode(stored(namespace).as_deref()).envelope.results.len(), 200);
    assert_eq!(store.erase(), Ok(()));
}

#[wasm_bindgen_test]
async fn the_widget_mounts_in_a_shadow_root_and_offers_every_instrument() {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let host = document.create_element("div").expect("div");
    host.set_attribute("data-rapport", "").expect("attribute");
    document.body().expect("body").append_child(&host).expect("append");
    mount_widgets();
    leptos::task::tick().await;
    let shadow = host.shadow_root().expect("a shadow root was attached");
    let text = shadow.text_content().unwrap_or_default();
    for id in InstrumentId::ALL {
        assert!(text.contains(instrument::current(id).title), "offers {}", instrument::current(id).title);
    }
    let radios = shadow.query_selector_all("input[type=radio][name=instrument]").expect("query");
    assert_eq!(radios.length(), 3);
    let checked = radios.item(0).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.checked());
    assert_eq!(checked, Some(true), "the trust equation is chosen to start with");
    assert!(host.has_attribute("data-rapport-mounted"));
    // Running the loader again must not mount a second widget.
    mount_widgets();
    assert_eq!(shadow.query_selector_all(".rapport").map(|l| l.length()).unwrap_or(0), 1);
}

/// Runs the build's entry point, as the loader does.
fn mount_widgets() {
    rapport::mount("http://127.0.0.1/", 0, "", js_sys::Function::new_no_args(""));
}
