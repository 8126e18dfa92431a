//! Keeping an [`Envelope`] in a key-value store that may refuse, fill up, hold damaged data, or be written by
//! another tab at any moment: the rules, free of any browser. `src/store.rs` gives [`Slots`] over
//! `localStorage`; the tests give it in memory, with every fault.
//!
//! The promise is that nothing a person entered is lost:
//! - Stored text that could not be read is never overwritten or removed until a copy was written to a backup
//!   slot **and read back** equal. Without such a copy the keeper is [`Mode::Guarded`]: it works in memory, leaves
//!   the stored text alone, and holds the raw text so the person can download it.
//! - Backups are never replaced: there are [`MAX_BACKUPS`] slots, and with all of them taken the keeper is
//!   guarded too (the person downloads the backups and then frees them; nothing goes without their say).
//! - Every write's result is checked. A refused write keeps the change in memory and says so once, not on
//!   every answer.
//! - Another tab may write between our read and our write. So every save reads storage again and merges
//!   (results by id, drafts by start time, finished or discarded drafts stay closed), and a change announced by
//!   another tab is merged with memory, not taken blindly: records only this tab holds are written back. Only an
//!   erase removes the data key, so when it has gone since this tab last wrote or read it, another tab erased
//!   everything and this tab's copy is dropped instead of being written back.

use crate::i18n::tr;
use crate::storage::{backup_key, data_key, decode, encode, Envelope, Loaded, StorageProblem};

/// How many backups of unreadable data a namespace keeps at most.
pub const MAX_BACKUPS: usize = 3;

/// Why a storage call failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The browser refuses storage (privacy mode, a sandboxed frame, storage switched off, a security error).
    Refused,
    /// The origin's quota is used up.
    Full,
}

/// A key-value store: `localStorage` in the browser, a map in the tests.
pub trait Slots {
    /// The text under `key`, `None` when there is none.
    fn read(&self, key: &str) -> Result<Option<String>, Fault>;
    /// Stores `value` under `key`.
    fn write(&self, key: &str, value: &str) -> Result<(), Fault>;
    /// Removes `key` (no error when it is absent).
    fn remove(&self, key: &str) -> Result<(), Fault>;
}

/// The keys of the backup slots, oldest slot first. The first is the key earlier versions wrote their single
/// backup to, so a backup they made is still found.
pub fn backup_keys(namespace: &str) -> [String; MAX_BACKUPS] {
    [backup_key(namespace), format!("{}-2", backup_key(namespace)), format!("{}-3", backup_key(namespace))]
}

/// How what a person enters is being kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Written to storage after every change.
    Kept,
    /// Storage is missing or refuses to be read: memory only, for this visit.
    Unavailable,
    /// Stored data could not be read and no copy of it could be set aside (storage full, or every backup slot
    /// taken): the stored text is left exactly as it is, new answers live in memory, and `raw` is that text, for
    /// download.
    Guarded { raw: String },
}

/// Something the person should know about where their answers are kept. Each variant says why it happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is missing or refused.
    Unavailable,
    /// Stored data could not be read in full; a copy was set aside and read back, the readable part was kept.
    SetAside,
    /// Stored data was written by a newer version of rapport; a copy was set aside, what this version can read
    /// was kept.
    FromNewerVersion,
    /// Stored data could not be read and there was no room to set a copy aside: it is untouched, and the answers
    /// of this visit live in memory.
    NoRoomToSetAside,
    /// Every backup slot is taken, so newly damaged data could not be set aside: it is untouched, answers live in
    /// memory until the person downloads and frees the backups.
    BackupsFull,
    /// A write was refused (the quota is full): the answers are safe in memory for this visit.
    WriteFailed,
    /// Storage refused to be read during a save, though it could be read before: nothing was written (what it
    /// holds is unknown, so writing over it could lose another tab's results); the answers are in memory.
    ReadFailed,
}

impl Notice {
    /// What the person reads: calm, specific, what it means for them and what to do.
    pub fn message(self) -> &'static str {
        match self {
            Notice::Unavailable => {
                tr("This browser is not letting the page keep anything, so your answers will be gone when you close \
                 it. Everything else works, and you can download your results before you go.")
            }
            Notice::SetAside => {
                tr("Some saved answers on this device could not be read. Everything readable was kept, and the \
                 unreadable part was set aside rather than deleted: you can download it below.")
            }
            Notice::FromNewerVersion => {
                tr("Your saved answers were written by a newer version of this tool. Everything this version can \
                 read was kept, and a full copy was set aside: you can download it below. Reloading the page \
                 updates the tool.")
            }
            Notice::NoRoomToSetAside => {
                tr("Some saved answers on this device could not be read, and there is no room to set a copy aside. \
                 They were left exactly as they were. Your new answers are kept only while this page stays open: \
                 download the unreadable data and your results below.")
            }
            Notice::BackupsFull => {
                tr("Some saved answers on this device could not be read, and three earlier copies of unreadable data \
                 are already set aside. Nothing was overwritten. Your new answers are kept only while this page \
                 stays open: download the copies below, then free them to keep answers again.")
            }
            Notice::WriteFailed => {
                tr("This device's storage is full, so your latest answers are kept only while this page stays open. \
                 Download your results to keep them.")
            }
            Notice::ReadFailed => {
                tr("This browser stopped letting the page read its saved answers, so your latest answers are kept \
                 only while this page stays open. Nothing saved was changed. Download your results to keep them.")
            }
        }
    }
}

/// Why "erase everything" did not erase everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EraseError {
    /// The browser refused to remove stored data; some of it is still on this device.
    NotRemoved,
}

impl EraseError {
    /// What the person reads.
    pub fn message(self) -> &'static str {
        match self {
            EraseError::NotRemoved => tr("This browser refused to erase your saved answers, so some are still on \
                 this device. Clear this site's data in the browser's settings to remove them."),
        }
    }
}

/// Whether `mine` closed drafts that `theirs` does not know are closed (so `theirs` needs writing back).
fn closes_any(theirs: &Envelope, mine: &Envelope) -> bool {
    mine.closed.iter().any(|started_at| !theirs.closed.contains(started_at))
}

/// An envelope and what to tell the person about it.
type WithNotice = (Envelope, Option<Notice>);

/// The rules of one namespace's storage. Holds no envelope: the UI keeps the one it shows and passes it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keeper {
    namespace: String,
    mode: Mode,
    /// The person was told that this device is not keeping their answers (a write or a read refused); not again
    /// on every answer.
    told_not_kept: bool,
    /// The text this keeper last wrote or read: when storage still holds it, no other tab wrote since, and a save
    /// need not parse it again (a full history is hundreds of kilobytes).
    last_seen: Option<String>,
}

/// What opening a namespace found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    /// The rules for this namespace from now on.
    pub keeper: Keeper,
    /// Everything that could be read.
    pub envelope: Envelope,
    /// What to tell the person, if anything.
    pub notice: Option<Notice>,
}

/// The outcome of a change: what to show, and what to tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The envelope after the change (and after merging what another tab wrote).
    pub envelope: Envelope,
    /// What to tell the person, if anything (each kind of trouble once).
    pub notice: Option<Notice>,
}

impl Keeper {
    /// Opens `namespace`: reads what is stored and, if part of it cannot be read, sets a copy aside first.
    /// `slots` is `None` where the browser gives no storage at all.
    pub fn open(slots: Option<&dyn Slots>, namespace: &str) -> Opened {
        let mut keeper =
            Keeper { namespace: namespace.to_string(), mode: Mode::Unavailable, told_not_kept: false, last_seen: None };
        let Some(slots) = slots else { return keeper.opened(Envelope::new(), Some(Notice::Unavailable)) };
        let raw = match slots.read(&data_key(namespace)) {
            Ok(raw) => raw,
            Err(_) => return keeper.opened(Envelope::new(), Some(Notice::Unavailable)),
        };
        keeper.mode = Mode::Kept;
        let loaded = decode(raw.as_deref());
        let notice = match (&loaded.problem, raw) {
            (Some(problem), Some(raw)) => keeper.set_aside(slots, raw, problem),
            (_, raw) => {
                keeper.last_seen = raw;
                None
            }
        };
        keeper.opened(loaded.envelope, notice)
    }

    fn opened(self, envelope: Envelope, notice: Option<Notice>) -> Opened {
        Opened { keeper: self, envelope, notice }
    }

    /// How answers are being kept now.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Whether changes reach storage (not blocked, not guarded).
    pub fn persistent(&self) -> bool {
        matches!(self.mode, Mode::Kept)
    }

    /// Copies unreadable `raw` into a free backup slot and reads it back. Only when the copy reads back equal may
    /// the data key be written again; otherwise the keeper guards it.
    fn set_aside(&mut self, slots: &dyn Slots, raw: String, problem: &StorageProblem) -> Option<Notice> {
        let kept = match problem {
            StorageProblem::FromTheFuture { .. } => Notice::FromNewerVersion,
            _ => Notice::SetAside,
        };
        let mut free = None;
        for key in backup_keys(&self.namespace) {
            match slots.read(&key) {
                // Already set aside (by another tab, or before a reload): nothing to add.
                Ok(Some(existing)) if existing == raw => return Some(kept),
                Ok(Some(_)) => {}
                Ok(None) => {
                    free = Some(key);
                    break;
                }
                Err(_) => break,
            }
        }
        let Some(key) = free else {
            self.mode = Mode::Guarded { raw };
            return Some(Notice::BackupsFull);
        };
        let copied = slots.write(&key, &raw).is_ok() && slots.read(&key).ok().flatten().as_deref() == Some(&raw);
        if copied {
            // The damaged text is safe; the next save writes the readable part over it.
            self.last_seen = None;
            Some(kept)
        } else {
            // A partial copy is worth nothing and takes space: remove it (best effort, the original is untouched).
            let _ = slots.remove(&key);
            self.mode = Mode::Guarded { raw };
            Some(Notice::NoRoomToSetAside)
        }
    }

    /// Applies `change` to the freshest data (storage as another tab may have left it, merged with `memory`),
    /// writes it, and returns what to show. A refused write keeps everything in memory. `memory` is taken, not
    /// borrowed: a full history is hundreds of results, and a save must not copy them (docs/reliability.md has the
    /// save times).
    pub fn save(
        &mut self,
        slots: Option<&dyn Slots>,
        memory: Envelope,
        change: &mut dyn FnMut(&mut Envelope),
    ) -> Saved {
        let (Some(slots), Mode::Kept) = (slots, &self.mode) else {
            let mut envelope = memory;
            change(&mut envelope);
            return Saved { envelope, notice: None };
        };
        let (mut fresh, set_aside) = match self.fresh(slots, memory) {
            Ok(fresh) => fresh,
            Err(boxed) => {
                let (mut envelope, notice) = *boxed;
                change(&mut envelope);
                return Saved { envelope, notice };
            }
        };
        change(&mut fresh);
        let notice = self.write(slots, &fresh).or(set_aside);
        Saved { envelope: fresh, notice }
    }

    /// What storage holds now, merged with memory, and the notice if unreadable data was set aside on the way.
    /// `Err` (with memory back, and what to tell; boxed, the rare path) when nothing may be written now: storage refused to be read (what
    /// it holds is unknown, so memory written over it could drop another tab's results; the next save tries again),
    /// or stored data turned unreadable and could not be set aside (the keeper is then guarded).
    fn fresh(&mut self, slots: &dyn Slots, memory: Envelope) -> Result<WithNotice, Box<WithNotice>> {
        let raw = match slots.read(&data_key(&self.namespace)) {
            Ok(raw) => raw,
            Err(_) => return Err(Box::new((memory, self.tell_once(Notice::ReadFailed)))),
        };
        if raw.is_some() && raw == self.last_seen {
            // No other tab wrote since we did: memory is the freshest copy.
            return Ok((memory, None));
        }
        if raw.is_none() && self.last_seen.is_some() {
            // The data key was there and is gone: another tab erased everything. Nothing of this tab's copy returns.
            return Ok((Envelope::new(), None));
        }
        let Loaded { envelope: mut stored, problem } = decode(raw.as_deref());
        let mut notice = None;
        if let (Some(problem), Some(raw)) = (&problem, raw) {
            notice = self.set_aside(slots, raw, problem);
            if !self.persistent() {
                return Err(Box::new((memory, Some(notice.unwrap_or(Notice::NoRoomToSetAside)))));
            }
        }
        stored.merge(&memory);
        Ok((stored, notice))
    }

    /// `notice` the first time this visit's changes are not written, `None` after: the person is told once that
    /// this device is not keeping their answers, not on every tap.
    fn tell_once(&mut self, notice: Notice) -> Option<Notice> {
        let first_time = !self.told_not_kept;
        self.told_not_kept = true;
        first_time.then_some(notice)
    }

    /// Writes `envelope` and checks the result.
    fn write(&mut self, slots: &dyn Slots, envelope: &Envelope) -> Option<Notice> {
        let text = encode(envelope);
        match slots.write(&data_key(&self.namespace), &text) {
            Ok(()) => {
                self.last_seen = Some(text);
                None
            }
            Err(_) => {
                self.last_seen = None;
                self.tell_once(Notice::WriteFailed)
            }
        }
    }

    /// Another tab changed the data key to `new_value`: what this tab shows now. Memory is merged in, and when it
    /// holds records the other tab's copy lacks (the other tab wrote from an older copy), the merge is written
    /// back, so neither tab's result is lost.
    pub fn other_tab_wrote(&mut self, slots: Option<&dyn Slots>, memory: &Envelope, new_value: Option<&str>) -> Saved {
        let (Some(slots), Mode::Kept) = (slots, &self.mode) else {
            return Saved { envelope: memory.clone(), notice: None };
        };
        if new_value.is_none() {
            // Only an erase removes the data key: another tab erased everything, so this tab shows nothing either.
            self.last_seen = None;
            return Saved { envelope: Envelope::new(), notice: None };
        }
        let Loaded { envelope: mut incoming, problem } = decode(new_value);
        if problem.is_some() {
            // Something unreadable: the next save sets it aside before writing; until then, show what we have.
            self.last_seen = None;
            return Saved { envelope: memory.clone(), notice: None };
        }
        let closes = closes_any(&incoming, memory);
        let count = incoming.merge(memory);
        if count.added == 0 && !closes {
            self.last_seen = new_value.map(str::to_string);
            return Saved { envelope: incoming, notice: None };
        }
        let notice = self.write(slots, &incoming);
        Saved { envelope: incoming, notice }
    }

    /// Erases everything this namespace keeps (data and backups) and checks that nothing is left. Another open
    /// tab sees the data key go and drops its copy (see [`Self::other_tab_wrote`] and the save's fresh read).
    pub fn erase(&mut self, slots: Option<&dyn Slots>) -> Result<(), EraseError> {
        self.last_seen = None;
        if let Mode::Guarded { .. } = self.mode {
            // The person chose to erase, which includes the data that could not be read.
            self.mode = Mode::Kept;
        }
        let Some(slots) = slots else { return Ok(()) };
        if matches!(self.mode, Mode::Unavailable) {
            return Ok(());
        }
        let keys = std::iter::once(data_key(&self.namespace)).chain(backup_keys(&self.namespace));
        let mut removed = true;
        for key in keys {
            removed &= slots.remove(&key).is_ok() && matches!(slots.read(&key), Ok(None));
        }
        if removed {
            Ok(())
        } else {
            Err(EraseError::NotRemoved)
        }
    }

    /// The texts set aside as unreadable, oldest slot first, and the guarded text if any: for download.
    pub fn backups(&self, slots: Option<&dyn Slots>) -> Vec<String> {
        let mut texts: Vec<String> = match slots {
            Some(slots) => {
                backup_keys(&self.namespace).iter().filter_map(|key| slots.read(key).ok().flatten()).collect()
            }
            None => Vec::new(),
        };
        if let Mode::Guarded { raw } = &self.mode {
            if !texts.contains(raw) {
                texts.push(raw.clone());
            }
        }
        texts
    }

    /// Frees the backup slots after the person downloaded them; a guarded keeper then tries again to set its
    /// unreadable text aside, and keeps answers again if it can. Returns what to tell the person.
    pub fn free_backups(&mut self, slots: Option<&dyn Slots>, memory: Envelope) -> Result<Saved, EraseError> {
        let Some(slots) = slots else { return Err(EraseError::NotRemoved) };
        for key in backup_keys(&self.namespace) {
            if slots.remove(&key).is_err() {
                return Err(EraseError::NotRemoved);
            }
        }
        if let Mode::Guarded { .. } = self.mode {
            // Storage is read again: the next save sets the unreadable text aside (now that there is room) before
            // it writes, or guards it again.
            self.mode = Mode::Kept;
            self.last_seen = None;
            return Ok(self.save(Some(slots), memory, &mut |_| {}));
        }
        Ok(Saved { envelope: memory, notice: None })
    }
}
