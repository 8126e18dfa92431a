//! The storage rules against every fault a browser can produce: blocked, full, damaged, a newer version's data,
//! backups that cannot be written or are all taken, two tabs writing at once, and erase. The same cases run in
//! real browsers in `tests/e2e/faults.spec.mjs`; here each rule is checked exhaustively and fast.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use proptest::prelude::*;
use rapport_core::instruments::trust::TRUST_V1 as TRUST;
use rapport_core::keeper::{backup_keys, Fault, Keeper, Mode, Notice, Slots};
use rapport_core::storage::{data_key, decode, encode, Draft, Envelope, SavedResult};

const NS: &str = "default";

/// `localStorage` in memory, with a quota (characters of keys and values, as browsers count) and a switch that
/// refuses everything.
#[derive(Default)]
struct Memory {
    items: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
    refused: bool,
    /// Reads fail while writes still work: a browser whose `getItem` throws in the middle of a visit.
    reads_refused: Cell<bool>,
}

impl Memory {
    fn with_quota(quota: usize) -> Self {
        Memory { quota: Some(quota), ..Memory::default() }
    }
    fn used(&self) -> usize {
        self.items.borrow().iter().map(|(k, v)| k.chars().count() + v.chars().count()).sum()
    }
    fn get(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }
    fn put(&self, key: &str, value: &str) {
        self.items.borrow_mut().insert(key.to_string(), value.to_string());
    }
    fn stored(&self) -> Envelope {
        decode(self.get(&data_key(NS)).as_deref()).envelope
    }
}

impl Slots for Memory {
    fn read(&self, key: &str) -> Result<Option<String>, Fault> {
        if self.refused || self.reads_refused.get() {
            return Err(Fault::Refused);
        }
        Ok(self.get(key))
    }
    fn write(&self, key: &str, value: &str) -> Result<(), Fault> {
        if self.refused {
            return Err(Fault::Refused);
        }
        let replaced = self.get(key).map_or(0, |old| key.chars().count() + old.chars().count());
        let after = self.used() - replaced + key.chars().count() + value.chars().count();
        if self.quota.is_some_and(|quota| after > quota) {
            return Err(Fault::Full);
        }
        self.put(key, value);
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), Fault> {
        if self.refused {
            return Err(Fault::Refused);
        }
        self.items.borrow_mut().remove(key);
        Ok(())
    }
}

fn result(completed_at: u64) -> SavedResult {
    SavedResult::new(TRUST.id, TRUST.version, "self", vec![Some(5); TRUST.items.len()], completed_at)
}

fn draft(started_at: u64, updated_at: u64) -> Draft {
    let mut answers = vec![None; TRUST.items.len()];
    answers[0] = Some(4);
    Draft {
        started_at,
        instrument: TRUST.id.as_str().to_string(),
        version: TRUST.version,
        perspective: "self".to_string(),
        answers,
        position: 1,
        updated_at,
    }
}

fn envelope_with(results: &[u64]) -> Envelope {
    let mut envelope = Envelope::new();
    for &at in results {
        envelope.add_result(result(at));
    }
    envelope
}

fn ids(envelope: &Envelope) -> Vec<u64> {
    envelope.results.iter().map(|r| r.completed_at).collect()
}

/// One tab: a keeper and the envelope its screens show.
struct Tab {
    keeper: Keeper,
    memory: Envelope,
    notices: Vec<Notice>,
}

impl Tab {
    fn open(slots: &Memory) -> Tab {
        let opened = Keeper::open(Some(slots), NS);
        Tab { keeper: opened.keeper, memory: opened.envelope, notices: opened.notice.into_iter().collect() }
    }
    fn finish(&mut self, slots: &Memory, completed_at: u64) {
        let saved =
            self.keeper.save(Some(slots), self.memory.clone(), &mut |data| data.add_result(result(completed_at)));
        self.memory = saved.envelope;
        self.notices.extend(saved.notice);
    }
    fn hears(&mut self, slots: &Memory, new_value: Option<&str>) {
        let saved = self.keeper.other_tab_wrote(Some(slots), &self.memory, new_value);
        self.memory = saved.envelope;
        self.notices.extend(saved.notice);
    }
}

#[test]
fn blocked_storage_runs_in_memory_and_says_so() {
    let slots = Memory { refused: true, ..Memory::default() };
    let mut tab = Tab::open(&slots);
    assert_eq!(tab.notices, [Notice::Unavailable]);
    assert_eq!(tab.keeper.mode(), &Mode::Unavailable);
    tab.finish(&slots, 10);
    assert_eq!(ids(&tab.memory), [10], "the answer still counts in memory");
}

#[test]
fn no_storage_at_all_runs_in_memory() {
    let opened = Keeper::open(None, NS);
    assert_eq!(opened.notice, Some(Notice::Unavailable));
    assert!(!opened.keeper.persistent());
}

#[test]
fn damaged_data_is_copied_and_read_back_before_the_readable_part_is_written() {
    let slots = Memory::default();
    let mut stored = encode(&envelope_with(&[1, 2]));
    stored.truncate(stored.len() - 5);
    slots.put(&data_key(NS), &stored);
    let mut tab = Tab::open(&slots);
    assert_eq!(tab.notices, [Notice::SetAside]);
    assert_eq!(slots.get(&backup_keys(NS)[0]), Some(stored.clone()), "the copy is the exact text");
    tab.finish(&slots, 3);
    assert_eq!(ids(&slots.stored()), [3]);
    assert_eq!(slots.get(&backup_keys(NS)[0]), Some(stored), "the backup is still there after the write");
}

#[test]
fn damaged_data_that_cannot_be_copied_is_never_overwritten() {
    // A 3 MB import history, above the read limit, in a full origin: the backup write fails.
    let big = format!("{{\"schema\":2,\"results\":[{}]}}", "1,".repeat(1_100_000));
    let slots = Memory::with_quota(big.len() + 100);
    slots.put(&data_key(NS), &big);
    let mut tab = Tab::open(&slots);
    assert_eq!(tab.notices, [Notice::NoRoomToSetAside]);
    assert!(matches!(tab.keeper.mode(), Mode::Guarded { raw } if *raw == big));
    for at in 1..=20 {
        tab.finish(&slots, at);
    }
    assert_eq!(slots.get(&data_key(NS)), Some(big.clone()), "the stored text is untouched after 20 answers");
    assert_eq!(ids(&tab.memory).len(), 20, "every answer counts in memory");
    assert_eq!(tab.keeper.backups(Some(&slots)), [big], "the raw text is offered for download");
    assert!(backup_keys(NS).iter().all(|key| slots.get(key).is_none()), "no partial copy is left");
}

#[test]
fn a_second_damage_never_replaces_the_first_backup() {
    let slots = Memory::default();
    slots.put(&data_key(NS), "first damage");
    let mut tab = Tab::open(&slots);
    tab.finish(&slots, 1);
    slots.put(&data_key(NS), "second damage");
    let tab2 = Tab::open(&slots);
    assert_eq!(tab2.notices, [Notice::SetAside]);
    assert_eq!(slots.get(&backup_keys(NS)[0]).as_deref(), Some("first damage"));
    assert_eq!(slots.get(&backup_keys(NS)[1]).as_deref(), Some("second damage"));
    assert_eq!(tab2.keeper.backups(Some(&slots)), ["first damage", "second damage"]);
}

#[test]
fn the_same_damage_seen_twice_is_set_aside_once() {
    let slots = Memory::default();
    slots.put(&data_key(NS), "not json");
    let _first = Tab::open(&slots);
    let second = Tab::open(&slots);
    assert_eq!(second.notices, [Notice::SetAside]);
    assert_eq!(second.keeper.backups(Some(&slots)), ["not json"]);
}

#[test]
fn with_every_backup_slot_taken_new_damage_is_guarded_until_they_are_freed() {
    let slots = Memory::default();
    for (n, key) in backup_keys(NS).iter().enumerate() {
        slots.put(key, &format!("old damage {n}"));
    }
    slots.put(&data_key(NS), "fourth damage");
    let mut tab = Tab::open(&slots);
    assert_eq!(tab.notices, [Notice::BackupsFull]);
    tab.finish(&slots, 7);
    assert_eq!(slots.get(&data_key(NS)).as_deref(), Some("fourth damage"), "untouched");
    assert_eq!(tab.keeper.backups(Some(&slots)).len(), 4, "three backups and the guarded text to download");
    // The person downloads them and frees the slots: the fourth is set aside, then the answers are written.
    let saved = tab.keeper.free_backups(Some(&slots), tab.memory.clone()).expect("freed");
    assert_eq!(saved.notice, Some(Notice::SetAside));
    assert!(tab.keeper.persistent());
    assert_eq!(slots.get(&backup_keys(NS)[0]).as_deref(), Some("fourth damage"));
    assert_eq!(ids(&slots.stored()), [7]);
}

#[test]
fn data_from_a_newer_version_is_set_aside_and_named() {
    let slots = Memory::default();
    let newer = encode(&envelope_with(&[5])).replacen("\"schema\":2", "\"schema\":9", 1);
    slots.put(&data_key(NS), &newer);
    let tab = Tab::open(&slots);
    assert_eq!(tab.notices, [Notice::FromNewerVersion]);
    assert_eq!(ids(&tab.memory), [5], "what this version reads is kept");
    assert_eq!(slots.get(&backup_keys(NS)[0]), Some(newer));
}

#[test]
fn full_storage_while_answering_keeps_every_answer_and_tells_once() {
    let slots = Memory::with_quota(2_000);
    let mut tab = Tab::open(&slots);
    for at in 1..=30 {
        tab.finish(&slots, at);
    }
    assert_eq!(ids(&tab.memory).len(), 30, "every result counts in memory");
    assert_eq!(tab.notices, [Notice::WriteFailed], "told once, not on every answer");
    let kept = slots.stored();
    assert!(!kept.results.is_empty() && kept.results.len() < 30, "storage holds what fitted, nothing broken");
}

#[test]
fn storage_that_stops_being_readable_mid_visit_is_never_written_over() {
    let slots = Memory::default();
    let mut a = Tab::open(&slots);
    a.finish(&slots, 1);
    let mut b = Tab::open(&slots);
    b.finish(&slots, 2);
    // Tab A cannot read what tab B wrote: writing its memory now would drop B's result.
    slots.reads_refused.set(true);
    a.finish(&slots, 3);
    a.finish(&slots, 4);
    assert_eq!(ids(&slots.stored()), [1, 2], "nothing written while storage could not be read");
    assert_eq!(ids(&a.memory), [1, 3, 4], "every answer counts in memory");
    assert_eq!(a.notices, [Notice::ReadFailed], "told once, not on every answer");
    // Reading works again: the next save merges and writes everything.
    slots.reads_refused.set(false);
    a.finish(&slots, 5);
    assert_eq!(ids(&slots.stored()), [1, 2, 3, 4, 5]);
}

#[test]
fn two_tabs_finishing_at_once_keep_both_results() {
    let slots = Memory::default();
    let mut a = Tab::open(&slots);
    let mut b = Tab::open(&slots);
    // Both read before either writes: b's save can only merge what it read.
    a.finish(&slots, 100);
    let after_a = slots.get(&data_key(NS));
    // b writes from a copy without a's result (the other process's storage view lagged behind).
    slots.put(&data_key(NS), &encode(&Envelope::new()));
    b.finish(&slots, 101);
    let after_b = slots.get(&data_key(NS));
    // Each tab hears the other's write.
    b.hears(&slots, after_a.as_deref());
    a.hears(&slots, after_b.as_deref());
    assert_eq!(ids(&a.memory), [100, 101]);
    assert_eq!(ids(&slots.stored()), [100, 101], "a wrote its missing result back");
    b.hears(&slots, slots.get(&data_key(NS)).as_deref());
    assert_eq!(ids(&b.memory), [100, 101]);
}

#[test]
fn a_save_merges_what_another_tab_wrote_since() {
    let slots = Memory::default();
    let mut a = Tab::open(&slots);
    let mut b = Tab::open(&slots);
    a.finish(&slots, 1);
    b.finish(&slots, 2); // b has not heard of a's write, but reads storage before writing
    assert_eq!(ids(&slots.stored()), [1, 2]);
}

#[test]
fn a_discarded_draft_is_not_brought_back_by_another_tab() {
    let slots = Memory::default();
    let mut a = Tab::open(&slots);
    let saved = a.keeper.save(Some(&slots), a.memory.clone(), &mut |data| data.put_draft(draft(50, 51)));
    a.memory = saved.envelope;
    let mut b = Tab::open(&slots);
    assert_eq!(b.memory.drafts.len(), 1);
    let saved = a.keeper.save(Some(&slots), a.memory.clone(), &mut |data| data.remove_draft(50));
    a.memory = saved.envelope;
    b.hears(&slots, slots.get(&data_key(NS)).as_deref());
    assert!(b.memory.drafts.is_empty(), "b takes the discard");
    b.finish(&slots, 60);
    assert!(slots.stored().drafts.is_empty(), "b's next save does not write the draft back");
}

#[test]
fn an_erase_in_one_tab_is_not_undone_by_another_that_heard_it() {
    let slots = Memory::default();
    let mut a = Tab::open(&slots);
    a.finish(&slots, 1);
    let mut b = Tab::open(&slots);
    assert_eq!(ids(&b.memory), [1]);
    assert_eq!(a.keeper.erase(Some(&slots)), Ok(()));
    assert!(slots.items.borrow().is_empty(), "nothing of ours is left, not even a marker");
    b.hears(&slots, None);
    assert!(b.memory.results.is_empty());
    b.finish(&slots, 9);
    assert_eq!(ids(&slots.stored()), [9], "b's new result is kept, the erased one stays erased");
}

#[test]
fn an_erase_in_one_tab_is_not_undone_by_another_that_saves_before_hearing_it() {
    let slots = Memory::default();
    let mut a = Tab::open(&slots);
    a.finish(&slots, 1);
    let mut b = Tab::open(&slots);
    assert_eq!(a.keeper.erase(Some(&slots)), Ok(()));
    // b has not heard the erase yet when it saves: the data key it had read is gone, so it was erased.
    b.finish(&slots, 9);
    assert_eq!(ids(&slots.stored()), [9]);
    assert_eq!(ids(&b.memory), [9]);
}

#[test]
fn erase_removes_the_backups_and_says_when_it_could_not() {
    let slots = Memory::default();
    slots.put(&data_key(NS), "damaged");
    let mut tab = Tab::open(&slots);
    assert_eq!(tab.keeper.erase(Some(&slots)), Ok(()));
    assert!(backup_keys(NS).iter().all(|key| slots.get(key).is_none()));
    let refused = Memory { refused: true, ..Memory::default() };
    let mut kept = Tab::open(&Memory::default()).keeper;
    assert!(kept.erase(Some(&refused)).is_err(), "a refused removal is reported, not claimed as done");
}

#[test]
fn a_save_that_finds_new_damage_sets_it_aside_first() {
    let slots = Memory::default();
    let mut tab = Tab::open(&slots);
    tab.finish(&slots, 1);
    slots.put(&data_key(NS), "{\"schema\":2,\"results\":[oops");
    tab.finish(&slots, 2);
    assert_eq!(slots.get(&backup_keys(NS)[0]).as_deref(), Some("{\"schema\":2,\"results\":[oops"));
    assert_eq!(ids(&slots.stored()), [1, 2], "memory's results are written after the copy is safe");
}

proptest! {
    /// Any interleaving of two tabs' saves and the events they hear ends with every result in storage once
    /// both tabs have heard the last write.
    #[test]
    fn two_tabs_never_lose_a_result(steps in prop::collection::vec((any::<bool>(), 0u8..3), 1..24)) {
        let slots = Memory::default();
        let mut tabs = [Tab::open(&slots), Tab::open(&slots)];
        let mut pending: [Vec<Option<String>>; 2] = [Vec::new(), Vec::new()];
        let mut expected = Vec::new();
        for (n, (which, action)) in steps.into_iter().enumerate() {
            let (me, other) = if which { (0, 1) } else { (1, 0) };
            match action {
                0 => {
                    let at = 1_000 + n as u64;
                    tabs[me].finish(&slots, at);
                    expected.push(at);
                    pending[other].push(slots.get(&data_key(NS)));
                }
                1 => {
                    // A lagging view of storage: this tab's next read sees an older copy.
                    if let Some(old) = pending[me].first().cloned().flatten() {
                        slots.put(&data_key(NS), &old);
                    }
                }
                _ => {
                    for value in std::mem::take(&mut pending[me]) {
                        let before = slots.get(&data_key(NS));
                        tabs[me].hears(&slots, value.as_deref());
                        let after = slots.get(&data_key(NS));
                        if after != before {
                            pending[other].push(after);
                        }
                    }
                }
            }
        }
        // Let every tab hear everything until nobody writes.
        for _ in 0..4 {
            for me in 0..2 {
                for value in std::mem::take(&mut pending[me]) {
                    let before = slots.get(&data_key(NS));
                    tabs[me].hears(&slots, value.as_deref());
                    let after = slots.get(&data_key(NS));
                    if after != before {
                        pending[1 - me].push(after);
                    }
                }
            }
        }
        // Anything only in a tab's memory reaches storage with that tab's next write; make one.
        for tab in &mut tabs {
            tab.finish(&slots, 9_999);
        }
        expected.push(9_999);
        let mut kept = ids(&slots.stored());
        kept.dedup();
        expected.sort_unstable();
        prop_assert_eq!(kept, expected);
    }
}

#[test]
fn a_tab_that_shows_no_goals_keeps_another_tabs_goal_changes() {
    let slots = Memory::default();
    let mut goals_tab = Tab::open(&slots);
    let mut results_tab = Tab::open(&slots);
    let saved = goals_tab.keeper.save(Some(&slots), goals_tab.memory.clone(), &mut |data| {
        let _ = data.goals.add("Speak first in the Monday meeting", "", 5);
    });
    goals_tab.memory = saved.envelope;
    // The results tab has not heard of it, finishes a questionnaire, and writes: the goal stays.
    results_tab.finish(&slots, 7);
    assert_eq!(slots.stored().goals.0.len(), 1);
    assert_eq!(ids(&slots.stored()), [7]);
    // And the goals tab, hearing the write, keeps its goal and gains the result.
    goals_tab.hears(&slots, slots.get(&rapport_core::storage::data_key(NS)).as_deref());
    assert_eq!(goals_tab.memory.goals.0.len(), 1);
    assert_eq!(ids(&goals_tab.memory), [7]);
}
