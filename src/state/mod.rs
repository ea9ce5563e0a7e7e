//! The reactive store: the workspace in a signal, the actions that change it,
//! undo, persistence and files.
//!
//! ## Why one `RwSignal<Workspace>` and not `reactive_stores`
//! We evaluated `reactive_stores` 0.4 (field-level signals on nested data).
//! It shines when many views each read a different field, but the workspace
//! changes only through [`Op`]s that we already apply to plain Rust data, and
//! the undo history, persistence and import all want the whole document as
//! one value. Keyed fields in 0.4.4 also have open bugs (`at_key` writes that
//! return `None`, `Patch` on keyed structs). So the document is one signal,
//! and views get fine-grained updates from `Memo`s that select what they show
//! (a memo only notifies when its value really changed): an edit to one
//! backlog item re-renders one row, not the list. The benchmark in
//! `tests/bench` checks this holds at 5,000 items.
//!
//! ## Data flow
//! view → [`Store::dispatch`] (an [`Op`]) → signal → save (at once when the
//! writes are quick, else when idle; see [`QUICK_WRITE_MS`]). The
//! inverse op goes to the [`History`]. Nothing else writes the workspace.

pub mod browser;
pub mod files;
pub mod persist;

use crate::domain::file::{self, FileError};
use crate::domain::ops::{History, Op};
use crate::domain::{needs_export_reminder, Workspace};
use crate::i18n::{Lang, K};
use leptos::prelude::*;
use persist::{Meta, WriteError};
use std::time::Duration;

/// When a write (serialise + `setItem`) typically takes at most this long,
/// it is done at once, at the end of the task that made the change: the
/// change is durable before it is even painted, as in a hand-written app
/// that saves in its event handler. A 5,000-card board writes in ~7 ms on
/// the reference machine (the first write after opening, ~15 ms: the code
/// is not optimised yet).
///
/// The write lands in the frame of the change, so with the change's own
/// work (3–6 ms) it must leave that frame under 16 ms. It was 16 ms: the
/// benchmark's 2.2 MB workspace writes in 15–19 ms, its average crossed
/// the line now and then, and for the next dozen edits every KPI cell
/// took 17–24 ms instead of 3 (a third of the benchmark runs).
const QUICK_WRITE_MS: f64 = 10.0;
/// "Typically": a moving average, each write counting for this share, so
/// one slow write (a garbage collection) does not switch the mode.
const WRITE_MS_WEIGHT: f64 = 0.25;
/// Until a write is timed (the page's first is not), its cost is guessed
/// from the text's length, stored or written (about this many characters
/// per millisecond, measured).
const WRITE_CHARS_PER_MS: f64 = 60_000.0;
/// A larger workspace is written a little later, once changes have paused
/// this long: every change made meanwhile rides along in the same write. A
/// burst (a held Alt+↓, items added one after another, a pasted block
/// edited cell by cell) is one write after it, not a 16–40 ms write landing
/// between every two of its changes, which made every other one late.
const SAVE_QUIET_MS: u32 = 150;
/// …but never later than this after the first change not yet written, so a
/// long burst is still durable within about a second (a pending save is also
/// flushed when the tab is hidden or closed).
const SAVE_MAX_WAIT_MS: f64 = 1000.0;
/// Longest wait, in ms, for an idle moment before a save is written anyway.
const SAVE_IDLE_MAX: u32 = 250;
/// While saving fails (full storage), retry this often.
const RETRY_DELAY: Duration = Duration::from_secs(5);

#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved,
    Pending,
    /// The last save failed: changes live only in memory.
    Failed(WriteError),
    /// Saving is on hold until the user decides (tab conflict, or a damaged
    /// copy that could not be backed up).
    OnHold,
}

/// Stored data that could not be read at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Damaged {
    pub error: FileError,
    /// Where the untouched copy is kept; None if even that failed (then
    /// saving waits until the user has downloaded the damaged copy).
    pub backup_key: Option<String>,
    pub downloaded: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    /// Offer an Undo button.
    pub undo: bool,
}

/// A file that passed validation and waits for the user's confirmation.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub workspace: Workspace,
}

/// A Trello board read into backlog items, waiting for confirmation.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingTrello {
    pub file_name: String,
    pub import: crate::domain::trello::TrelloImport,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportFailure {
    pub file_name: String,
    pub error: FileError,
}

#[derive(Clone, Copy)]
pub struct Store {
    pub ws: RwSignal<Workspace>,
    /// False until a workspace exists (first visit shows the welcome).
    pub started: RwSignal<bool>,
    pub lang: RwSignal<Lang>,
    history: StoredValue<History>,
    /// (can undo, can redo), refreshed after every history change.
    pub undo_state: RwSignal<(bool, bool)>,
    pub save_state: RwSignal<SaveState>,
    pub damaged: RwSignal<Option<Damaged>>,
    /// Another tab saved while this one had unsaved changes.
    pub conflict: RwSignal<bool>,
    pub meta: RwSignal<Meta>,
    pub toast: RwSignal<Option<Toast>>,
    pub pending_import: RwSignal<Option<PendingImport>>,
    pub pending_trello: RwSignal<Option<PendingTrello>>,
    pub import_failure: RwSignal<Option<ImportFailure>>,
    /// Ticks every minute so time-based notices (export reminder) update.
    pub clock: RwSignal<f64>,
    /// The revision (and its writer) this tab last read or wrote.
    known_rev: StoredValue<u64>,
    known_writer: StoredValue<String>,
    /// This tab's id in `Meta::writer`.
    tab_id: StoredValue<String>,
    /// The save on its way, if any (later changes ride along in it).
    save_timer: StoredValue<Option<SaveJob>>,
    /// When (`perf_now`) the oldest change the save on its way carries was made.
    pending_since: StoredValue<f64>,
    /// The next write settles a conflict in this tab's favour (see `Meta::settles`).
    settling: StoredValue<bool>,
    /// How long a write typically takes, in ms: a moving average of the
    /// writes so far (chooses between a write at once and one when idle).
    write_ms: StoredValue<f64>,
    /// Whether a write has been timed yet (the first one is not: see `save_now`).
    write_timed: StoredValue<bool>,
    toast_seq: StoredValue<u64>,
}

/// A save that has been asked for and not written yet.
#[derive(Clone, Copy)]
enum SaveJob {
    /// At the end of the current task (a small workspace).
    Quick,
    /// After a timer and an idle moment, or a retry after a failure.
    Later(TimeoutHandle),
}

impl SaveJob {
    fn cancel(self) {
        if let SaveJob::Later(h) = self {
            h.clear();
        }
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

impl Store {
    /// Builds the store from local storage and provides it as context.
    pub fn init() -> Store {
        let lang = persist::get(persist::KEY_LANG)
            .map(|c| Lang::from_tag(&c))
            .unwrap_or_else(|| Lang::from_tag(&browser::browser_language()));
        crate::i18n::set_current(lang);
        let meta = persist::read_meta();
        let store = Store {
            ws: RwSignal::new(Workspace::empty("")),
            started: RwSignal::new(false),
            lang: RwSignal::new(lang),
            history: StoredValue::new(History::new(History::DEFAULT_LIMIT)),
            undo_state: RwSignal::new((false, false)),
            save_state: RwSignal::new(SaveState::Saved),
            damaged: RwSignal::new(None),
            conflict: RwSignal::new(false),
            meta: RwSignal::new(meta.clone()),
            toast: RwSignal::new(None),
            pending_import: RwSignal::new(None),
            pending_trello: RwSignal::new(None),
            import_failure: RwSignal::new(None),
            clock: RwSignal::new(browser::now_ms()),
            known_rev: StoredValue::new(meta.rev),
            known_writer: StoredValue::new(meta.writer.clone()),
            tab_id: StoredValue::new(browser::new_id("tab").0),
            save_timer: StoredValue::new(None),
            pending_since: StoredValue::new(0.0),
            settling: StoredValue::new(false),
            write_ms: StoredValue::new(0.0),
            write_timed: StoredValue::new(false),
            toast_seq: StoredValue::new(0),
        };
        if persist::storage().is_none() {
            store.save_state.set(SaveState::Failed(WriteError::Unavailable));
        }
        store.load_from_storage_at_start();
        provide_context(store);
        store.listen();
        store
    }

    fn load_from_storage_at_start(&self) {
        let Some(raw) = persist::get(persist::KEY_WORKSPACE) else { return };
        self.write_ms.set_value(raw.len() as f64 / WRITE_CHARS_PER_MS);
        match browser::timed("load", || file::read(&raw)) {
            Ok(ws) => {
                self.ws.set(ws);
                self.started.set(true);
            }
            Err(error) => {
                // Keep the damaged copy untouched; if it cannot be copied,
                // do not save over the original either.
                let backup_key = persist::backup(&raw, &browser::now_iso()).ok();
                if backup_key.is_none() {
                    self.save_state.set(SaveState::OnHold);
                }
                self.damaged.set(Some(Damaged { error, backup_key, downloaded: false }));
            }
        }
    }

    /// Window listeners: flush on leave, other tabs' saves, the minute clock.
    fn listen(self) {
        let flush = move || self.flush();
        window_event_listener(leptos::ev::pagehide, move |_| flush());
        // Leaving while changes live only in this page (storage full or
        // refused, or a two-tab conflict not settled): the browser asks
        // "Leave site?", so a reload or a closed tab does not lose them.
        window_event_listener(leptos::ev::beforeunload, move |e| {
            self.flush();
            let on_hold = self.save_state.get_untracked() == SaveState::OnHold && self.conflict.get_untracked();
            if self.has_unsaved_changes() || on_hold {
                e.prevent_default();
                e.set_return_value("unsaved");
            }
        });
        window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        });
        window_event_listener(leptos::ev::storage, move |e| self.on_storage_event(&e));
        let _ = set_interval_with_handle(move || self.clock.set(browser::now_ms()), Duration::from_secs(60));
        if persist::storage().is_some() {
            files::request_persistence();
        }
    }

    pub fn t(&self, k: K) -> &'static str {
        crate::i18n::tr(self.lang.get(), k)
    }

    /// The language the screens and their numbers use from now on (the
    /// numbers read it from `i18n`, the views from the signal).
    fn show_lang(&self, lang: Lang) {
        crate::i18n::set_current(lang);
        self.lang.set(lang);
    }

    pub fn set_lang(&self, lang: Lang) {
        // A message on screen was written in the old language: it goes,
        // rather than sit half-translated beside its translated buttons.
        if self.lang.get_untracked() != lang {
            self.toast.set(None);
        }
        self.show_lang(lang);
        let _ = persist::set(persist::KEY_LANG, lang.code());
    }

    // ---- changing the workspace -------------------------------------------------

    /// Applies an op, records its inverse for undo, and schedules a save.
    /// Returns false (and changes nothing) if the op does not apply.
    pub fn dispatch(&self, op: Op) -> bool {
        let mut result = None;
        self.ws.update(|ws| result = Some(op.apply(ws)));
        match result {
            Some(Ok(inverse)) => {
                self.history.update_value(|h| h.record(inverse));
                self.after_change();
                true
            }
            _ => false,
        }
    }

    pub fn undo(&self) -> bool {
        self.step(|h, ws| h.undo(ws))
    }

    pub fn redo(&self) -> bool {
        self.step(|h, ws| h.redo(ws))
    }

    fn step(&self, f: impl FnOnce(&mut History, &mut Workspace) -> Result<bool, crate::domain::ops::OpError>) -> bool {
        let mut changed = false;
        self.ws.update(|w| self.history.update_value(|h| changed = matches!(f(h, w), Ok(true))));
        if changed {
            self.after_change();
        }
        changed
    }

    fn after_change(&self) {
        self.refresh_undo_state();
        // Setting a signal notifies even when the value is equal: guard the
        // ones that whole views depend on, or every edit rebuilds the area.
        if !self.started.get_untracked() {
            self.started.set(true);
        }
        if self.meta.with_untracked(|m| m.changed_since.is_none()) {
            let now = browser::now_ms();
            self.meta.update(|m| m.changed_since = Some(now));
        }
        self.schedule_save();
    }

    fn refresh_undo_state(&self) {
        let s = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        if self.undo_state.get_untracked() != s {
            self.undo_state.set(s);
        }
    }

    /// Starts a workspace from the welcome screen (not an undoable change:
    /// there was nothing before it). Saved at once.
    pub fn start_with(&self, ws: Workspace) {
        self.ws.set(ws);
        self.history.update_value(History::clear);
        self.refresh_undo_state();
        self.started.set(true);
        self.meta.update(|m| m.changed_since = Some(browser::now_ms()));
        self.save_now();
    }

    // ---- saving -------------------------------------------------------------------

    fn schedule_save(&self) {
        if self.save_state.get_untracked() == SaveState::OnHold {
            return;
        }
        if let Some(job) = self.save_timer.get_value() {
            // A save is already on its way and will carry this change too.
            // A later one is put off until the changes pause, unless the
            // oldest it carries has waited long enough; a slow retry after
            // a failure is brought forward.
            let failed = matches!(self.save_state.get_untracked(), SaveState::Failed(_));
            let put_off = matches!(job, SaveJob::Later(_))
                && browser::perf_now() - self.pending_since.get_value() + f64::from(SAVE_QUIET_MS) < SAVE_MAX_WAIT_MS;
            if !failed && !put_off {
                return;
            }
            job.cancel();
        } else {
            self.pending_since.set_value(browser::perf_now());
        }
        if self.save_state.get_untracked() == SaveState::Saved {
            self.save_state.set(SaveState::Pending);
        }
        let this = *self;
        let write = move || {
            if this.save_timer.get_value().is_some() {
                this.save_now();
            }
        };
        if self.write_ms.get_value() <= QUICK_WRITE_MS {
            // After the reactive updates this change queued (they run in
            // microtasks too, queued before this one), before the frame.
            self.save_timer.set_value(Some(SaveJob::Quick));
            leptos::task::spawn_local(async move { write() });
            return;
        }
        // After the pause, the write waits for the page to be idle (at most
        // SAVE_IDLE_MAX): serialising a large workspace takes ~20 ms, which
        // must not land inside the frame of the next keystroke or drag.
        // The job stays set until the write, so `flush` still writes at
        // once and later changes ride along.
        let handle = set_timeout_with_handle(move || browser::when_idle(Some(SAVE_IDLE_MAX), write), Duration::from_millis(SAVE_QUIET_MS.into())).ok();
        self.save_timer.set_value(handle.map(SaveJob::Later));
    }

    /// Writes a pending save now (the tab is being hidden or closed).
    pub fn flush(&self) {
        if let Some(job) = self.save_timer.get_value() {
            job.cancel();
            self.save_timer.set_value(None);
            self.save_now();
        }
    }

    fn has_unsaved_changes(&self) -> bool {
        self.save_timer.get_value().is_some() || matches!(self.save_state.get_untracked(), SaveState::Failed(_) | SaveState::Pending)
    }

    /// Writes the workspace and meta now, unless another tab saved since we
    /// last read (then it is a conflict the user settles).
    pub fn save_now(&self) {
        self.save_timer.set_value(None);
        if self.save_state.get_untracked() == SaveState::OnHold || !self.started.get_untracked() {
            return;
        }
        let stored = persist::read_meta();
        if stored.rev > self.known_rev.get_value() {
            self.conflict.set(true);
            self.save_state.set(SaveState::OnHold);
            return;
        }
        let start = browser::perf_now();
        let text = browser::timed("serialize", || self.ws.with_untracked(|ws| file::write(ws, &browser::now_iso())));
        let mut meta = self.meta.get_untracked();
        meta.rev = stored.rev.max(self.known_rev.get_value()) + 1;
        meta.writer = self.tab_id.get_value();
        meta.settles = self.settling.get_value();
        let result = browser::timed("save", || {
            persist::set(persist::KEY_WORKSPACE, &text).and_then(|_| persist::write_meta(&meta))
        });
        let took = browser::perf_now() - start;
        if self.write_timed.get_value() {
            self.write_ms.update_value(|ms| *ms += WRITE_MS_WEIGHT * (took - *ms));
        } else {
            // The page's first write also compiles the serialiser (wasm is
            // compiled lazily): on a busy machine 60+ ms for the example's
            // 30 KB, which put the next change's save off until idle. Its
            // length says more about the writes to come, as at start-up.
            self.write_ms.set_value(text.len() as f64 / WRITE_CHARS_PER_MS);
            self.write_timed.set_value(true);
        }
        match result {
            Ok(()) => {
                self.settling.set_value(false);
                self.known_rev.set_value(meta.rev);
                self.known_writer.set_value(meta.writer.clone());
                if self.meta.with_untracked(|m| *m != meta) {
                    self.meta.set(meta);
                }
                if self.save_state.get_untracked() != SaveState::Saved {
                    self.save_state.set(SaveState::Saved);
                }
            }
            Err(e) => {
                self.save_state.set(SaveState::Failed(e));
                let this = *self;
                let handle = set_timeout_with_handle(move || this.save_now(), RETRY_DELAY).ok();
                self.save_timer.set_value(handle.map(SaveJob::Later));
            }
        }
    }

    fn on_storage_event(&self, e: &web_sys::StorageEvent) {
        match e.key().as_deref() {
            Some(persist::KEY_META) => {
                // The event's own value, not a re-read: across processes the
                // local copy of storage can lag behind the event.
                let Some(theirs) = e.new_value().and_then(|t| serde_json::from_str::<Meta>(&t).ok()) else { return };
                let known = self.known_rev.get_value();
                let same_rev_other_writer = theirs.rev == known && theirs.writer != self.known_writer.get_value();
                if theirs.rev < known || (theirs.rev == known && !same_rev_other_writer) {
                    return;
                }
                // The person settled the conflict in the other tab by keeping
                // that tab's version: this one follows, as it was told.
                if theirs.settles && self.conflict.get_untracked() {
                    if let Some(job) = self.save_timer.get_value() {
                        job.cancel();
                        self.save_timer.set_value(None);
                    }
                    self.conflict.set(false);
                    self.adopt_stored(true);
                    return;
                }
                // Both tabs wrote the same revision at once (one overwrote the
                // other), or another tab saved while this one has changes.
                if same_rev_other_writer || self.has_unsaved_changes() || self.conflict.get_untracked() {
                    if let Some(job) = self.save_timer.get_value() {
                        job.cancel();
                        self.save_timer.set_value(None);
                    }
                    self.conflict.set(true);
                    self.save_state.set(SaveState::OnHold);
                } else {
                    self.adopt_stored(true);
                }
            }
            Some(persist::KEY_LANG) => {
                if let Some(code) = e.new_value() {
                    self.show_lang(Lang::from_tag(&code));
                }
            }
            _ => {}
        }
    }

    /// Replaces this tab's workspace with the stored one (another tab's).
    fn adopt_stored(&self, announce: bool) {
        let Some(raw) = persist::get(persist::KEY_WORKSPACE) else { return };
        if let Ok(ws) = file::read(&raw) {
            let meta = persist::read_meta();
            self.known_rev.set_value(meta.rev);
            self.known_writer.set_value(meta.writer.clone());
            self.meta.set(meta);
            self.ws.set(ws);
            // Set only when it changes: every view under "started" would
            // be made again, and with it every field a person is typing in
            // (a campaign's name, a stakeholder not yet added) would lose
            // its text to a change made in another tab.
            if !self.started.get_untracked() {
                self.started.set(true);
            }
            // Inverse ops were made against our old copy: drop them.
            self.history.update_value(History::clear);
            self.refresh_undo_state();
            self.save_state.set(SaveState::Saved);
            if announce {
                self.notify(self.t(K::SyncedFromOtherTab).to_string(), false);
            }
        }
    }

    /// Conflict: take the other tab's version.
    pub fn resolve_use_other(&self) {
        self.conflict.set(false);
        self.save_state.set(SaveState::Saved);
        self.adopt_stored(false);
    }

    /// Conflict: keep ours and write it over the other tab's.
    pub fn resolve_keep_mine(&self) {
        self.conflict.set(false);
        self.settling.set_value(true);
        let stored = persist::read_meta();
        self.known_rev.set_value(stored.rev);
        self.known_writer.set_value(stored.writer);
        self.save_state.set(SaveState::Pending);
        self.save_now();
    }

    /// Downloads the damaged copy: from its backup key, or, when it could
    /// not be backed up, from the main key it still occupies.
    pub fn download_damaged(&self) {
        let Some(d) = self.damaged.get_untracked() else { return };
        self.download_backup(d.backup_key.as_deref().unwrap_or(persist::KEY_WORKSPACE));
        self.damaged.update(|d| {
            if let Some(d) = d {
                d.downloaded = true;
            }
        });
    }

    /// The user has seen the damaged copy. Without a backup, only once they
    /// have downloaded it may saving write over it.
    pub fn dismiss_damaged(&self) {
        if self.damaged.with_untracked(|d| d.as_ref().is_some_and(|d| d.backup_key.is_none() && !d.downloaded)) {
            return;
        }
        self.damaged.set(None);
        if self.save_state.get_untracked() == SaveState::OnHold && !self.conflict.get_untracked() {
            // Saving was held back: write what the user did meanwhile.
            self.save_state.set(SaveState::Pending);
            self.save_now();
        }
    }

    // ---- notices ------------------------------------------------------------------

    pub fn notify(&self, text: String, undo: bool) {
        let id = self.toast_seq.get_value() + 1;
        self.toast_seq.set_value(id);
        self.toast.set(Some(Toast { id, text, undo }));
        let toast = self.toast;
        set_timeout(
            move || {
                if toast.get_untracked().is_some_and(|t| t.id == id) {
                    toast.set(None);
                }
            },
            Duration::from_secs(if undo { 10 } else { 5 }),
        );
    }

    /// Changes bookkeeping that is not part of the workspace, starting from
    /// the stored copy so another tab's revision is never rolled back.
    pub fn update_meta(&self, f: impl FnOnce(&mut Meta)) {
        let mut m = persist::read_meta();
        m.rev = m.rev.max(self.meta.with_untracked(|x| x.rev));
        f(&mut m);
        let _ = persist::write_meta(&m);
        self.meta.set(m);
    }

    pub fn export_reminder_due(&self) -> bool {
        let now = self.clock.get();
        self.meta.with(|m| needs_export_reminder(now, m.last_export_at, m.changed_since, m.snoozed_until))
    }

    pub fn snooze_export_reminder(&self) {
        let until = browser::now_ms() + 24.0 * 3600.0 * 1000.0;
        self.update_meta(|m| m.snoozed_until = Some(until));
    }
}
