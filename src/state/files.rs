//! Export and import of the workspace file, and the browser's storage
//! guarantees (persistence, quota).
//!
//! Import never changes anything by itself: a file is read, validated in full
//! by [`crate::domain::file::read`], and only then offered for confirmation;
//! confirming is an undoable [`Op::ReplaceAll`]. When there is nothing to
//! lose (the welcome screen, or a workspace that holds nothing) a valid file
//! opens at once, without the question.

use super::{browser, persist, ImportFailure, PendingImport, PendingTrello, Store};
use crate::domain::file::{self, FileError, Foreign};
use crate::domain::ops::{Op, Record};
use crate::domain::trello;
use std::collections::HashSet;
use crate::i18n::{trf, K};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

impl Store {
    /// Downloads `jalon-<workspace>-<date>.json` and records the export.
    pub fn export(&self) {
        let (name, text) = browser::timed("export", || {
            self.ws.with_untracked(|ws| (file::export_filename(&ws.name, browser::today()), file::write(ws, &browser::now_iso())))
        });
        browser::download(&name, &text, "application/json");
        let now = browser::now_ms();
        self.update_meta(|m| {
            m.last_export_at = Some(now);
            m.changed_since = None;
            m.snoozed_until = None;
        });
    }

    /// Reads a file the user picked or dropped, validates it, and either
    /// asks for confirmation or explains what is wrong.
    pub fn import_file(&self, f: web_sys::File) {
        let file_name = f.name();
        self.import_failure.set(None);
        self.pending_import.set(None);
        self.pending_trello.set(None);
        let size = f.size() as usize;
        if size > file::MAX_BYTES {
            self.import_failure
                .set(Some(ImportFailure { file_name, error: FileError::TooLarge { bytes: size, max: file::MAX_BYTES } }));
            return;
        }
        let Ok(reader) = web_sys::FileReader::new() else { return };
        let this = *self;
        let r2 = reader.clone();
        let name2 = file_name.clone();
        let onload = Closure::once_into_js(move || {
            let text = r2.result().ok().and_then(|v| v.as_string());
            match text {
                Some(text) => this.import_text(&name2, &text),
                None => this.unreadable(name2),
            }
        });
        reader.set_onload(Some(onload.unchecked_ref()));
        let name3 = file_name.clone();
        let onerror = Closure::once_into_js(move || this.unreadable(name3));
        reader.set_onerror(Some(onerror.unchecked_ref()));
        if reader.read_as_text(&f).is_err() {
            self.unreadable(file_name);
        }
    }

    fn unreadable(&self, file_name: String) {
        self.import_failure.set(Some(ImportFailure {
            file_name,
            error: FileError::Unreadable,
        }));
    }

    /// Validates file text; on success waits for [`Store::confirm_import`].
    pub fn import_text(&self, file_name: &str, text: &str) {
        self.pending_trello.set(None);
        match browser::timed("import-parse", || file::read(text)) {
            Ok(workspace) => {
                self.import_failure.set(None);
                if !self.started.get_untracked() {
                    self.pending_import.set(None);
                    let name = workspace.name.clone();
                    self.start_with(workspace);
                    self.notify(trf(self.lang.get_untracked(), K::Imported, &[("name", &name)]), false);
                } else if self.ws.with_untracked(|w| w.holds_nothing()) {
                    self.pending_import.set(None);
                    self.apply_import(workspace);
                } else {
                    self.pending_import.set(Some(PendingImport { file_name: file_name.into(), workspace }));
                }
            }
            // A Trello board is welcome: its cards can join the backlog.
            Err(FileError::NotJalon(Foreign::OtherTool("Trello board"))) => {
                let import = self.ws.with_untracked(|w| {
                    let ids: HashSet<&str> = w.backlog.iter().map(|i| i.id.as_str()).collect();
                    trello::import(text, &ids)
                });
                match import {
                    Ok(import) => {
                        self.import_failure.set(None);
                        self.pending_import.set(None);
                        self.pending_trello.set(Some(PendingTrello { file_name: file_name.into(), import }));
                    }
                    Err(_) => self.import_failure.set(Some(ImportFailure {
                        file_name: file_name.into(),
                        error: FileError::NotJalon(Foreign::OtherTool("Trello board")),
                    })),
                }
            }
            Err(error) => {
                self.pending_import.set(None);
                self.import_failure.set(Some(ImportFailure { file_name: file_name.into(), error }));
            }
        }
    }

    /// Adds the Trello cards at the end of the backlog, as one undoable step.
    /// From the welcome screen, the board becomes a new workspace.
    pub fn confirm_trello(&self) {
        let Some(p) = self.pending_trello.get_untracked() else { return };
        self.pending_trello.set(None);
        if !self.started.get_untracked() {
            let name = if p.import.summary.board.trim().is_empty() { "Trello".to_string() } else { p.import.summary.board.clone() };
            self.start_with(crate::domain::Workspace::empty(&name));
        }
        let n = p.import.items.len();
        let at = self.ws.with_untracked(|w| w.backlog.len());
        let ops = p
            .import
            .items
            .into_iter()
            .enumerate()
            .map(|(i, item)| Op::Insert { at: at + i, record: Record::Item(item) })
            .collect();
        if self.dispatch(Op::Batch(ops)) {
            self.notify(trf(self.lang.get_untracked(), K::TrelloAdded, &[("n", &n.to_string())]), true);
        }
    }

    pub fn confirm_import(&self) {
        let Some(p) = self.pending_import.get_untracked() else { return };
        self.pending_import.set(None);
        self.apply_import(p.workspace);
    }

    /// Replaces the workspace by an imported one, as one undoable step.
    fn apply_import(&self, workspace: crate::domain::Workspace) {
        let name = workspace.name.clone();
        browser::timed("import-apply", || self.dispatch(Op::ReplaceAll(Box::new(workspace))));
        // In storage before the thousands of new rows are drawn, not after.
        self.flush();
        self.notify(trf(self.lang.get_untracked(), K::Imported, &[("name", &name)]), true);
    }

    pub fn cancel_import(&self) {
        self.pending_import.set(None);
    }

    /// Downloads a damaged copy kept under a backup key.
    pub fn download_backup(&self, key: &str) {
        if let Some(raw) = persist::get(key) {
            let stamp: String = key.trim_start_matches(persist::BACKUP_PREFIX).chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            browser::download(&format!("jalon-damaged-{stamp}.json"), &raw, "application/json");
        }
    }
}

/// Asks the browser once to keep our storage even under pressure; Safari
/// and Chromium may otherwise evict it.
pub fn request_persistence() {
    let Some(sm) = web_sys::window().map(|w| w.navigator().storage()) else { return };
    let Ok(p) = sm.persisted() else { return };
    leptos::task::spawn_local(async move {
        let already = wasm_bindgen_futures::JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false);
        if !already {
            if let Ok(p) = sm.persist() {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            }
        }
    });
}

/// Whether the browser has granted persistent storage.
pub async fn is_persisted() -> bool {
    let Some(sm) = web_sys::window().map(|w| w.navigator().storage()) else { return false };
    let Ok(p) = sm.persisted() else { return false };
    wasm_bindgen_futures::JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
