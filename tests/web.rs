//! Browser tests of what only a browser can show: real localStorage, and the widget mounting into a shadow root.
//! Run with `make test-wasm` (wasm-bindgen-test in Debian's Chromium).
#![cfg(target_arch = "wasm32")]

use rapport::store::{BrowserStore, StoreNotice};
use rapport_core::attempt::Attempt;
use rapport_core::instrument::{self, InstrumentId};
use rapport_core::storage::{backup_key, data_key, encode, Envelope};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("this test browser has localStorage")
}

fn finished_trust(at: u64) -> rapport_core::storage::SavedResult {
    let mut attempt = Attempt::new(instrument::current(InstrumentId::Trust), 0);
    attempt.answers = vec![Some(4); 20];
    attempt.finish(at).expect("complete answers")
}

#[wasm_bindgen_test]
fn what_is_saved_is_read_back_from_real_local_storage() {
    let namespace = "web-round-trip";
    let (store, envelope, notice) = BrowserStore::open(namespace);
    assert_eq!(notice, None);
    assert!(envelope.results.is_empty());
    let mut envelope = Envelope::new();
    envelope.add_result(finished_trust(1_700_000_000_000));
    store.save(&envelope).expect("saving works");
    let (_, reread, notice) = BrowserStore::open(namespace);
    assert_eq!(notice, None);
    assert_eq!(reread, envelope);
    local_storage().remove_item(&data_key(namespace)).ok();
}

#[wasm_bindgen_test]
fn corrupt_storage_keeps_the_backup_and_recovers_the_valid_part() {
    let namespace = "web-corrupt";
    let storage = local_storage();
    let good = finished_trust(42);
    let raw = format!("{{\"schema\":1,\"results\":[{},{{\"broken\":true}}]}}", good.to_json().to_text());
    storage.set_item(&data_key(namespace), &raw).expect("test can write");
    let (_, envelope, notice) = BrowserStore::open(namespace);
    assert_eq!(notice, Some(StoreNotice::Damaged));
    assert_eq!(envelope.results, vec![good]);
    assert_eq!(storage.get_item(&backup_key(namespace)).ok().flatten(), Some(raw.clone()));
    assert_eq!(storage.get_item(&data_key(namespace)).ok().flatten(), Some(raw), "nothing overwritten on read");
    storage.remove_item(&data_key(namespace)).ok();
    storage.remove_item(&backup_key(namespace)).ok();
}

#[wasm_bindgen_test]
fn a_full_quota_is_a_notice_and_leaves_stored_data_intact() {
    let namespace = "web-quota";
    let storage = local_storage();
    let mut small = Envelope::new();
    small.add_result(finished_trust(1));
    storage.set_item(&data_key(namespace), &encode(&small)).expect("test can write");
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
    let (store, envelope, _) = BrowserStore::open(namespace);
    let mut bigger = envelope.clone();
    for at in 2..200 {
        bigger.add_result(finished_trust(at));
    }
    let outcome = store.save(&bigger);
    for index in 0..=filled {
        storage.remove_item(&format!("filler-{index}")).ok();
    }
    assert_eq!(outcome, Err(StoreNotice::WriteFailed));
    let (_, after, _) = BrowserStore::open(namespace);
    assert_eq!(after, small, "the failed write damaged nothing");
    storage.remove_item(&data_key(namespace)).ok();
}

#[wasm_bindgen_test]
async fn the_widget_mounts_in_a_shadow_root_and_offers_every_instrument() {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let host = document.create_element("div").expect("div");
    host.set_attribute("data-rapport", "").expect("attribute");
    document.body().expect("body").append_child(&host).expect("append");
    rapport::start();
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
    rapport::start();
    assert_eq!(shadow.query_selector_all(".rapport").map(|l| l.length()).unwrap_or(0), 1);
}
