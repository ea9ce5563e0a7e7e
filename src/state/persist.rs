//! Local storage: the only place the workspace lives between visits.
//!
//! Keys:
//! - `jalon.workspace`: the workspace file, exactly what an export holds;
//! - `jalon.meta`: bookkeeping that is not part of the workspace (a revision
//!   counter for tab coordination, export dates);
//! - `jalon.backup.<time>`: damaged copies, kept untouched until the user
//!   downloads or deletes them;
//! - `jalon.lang`: the chosen language.
//!
//! Every write can fail (quota, private mode); failures are returned, never
//! swallowed, so the store can tell the user.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use web_sys::Storage;

pub const KEY_WORKSPACE: &str = "jalon.workspace";
pub const KEY_META: &str = "jalon.meta";
pub const KEY_LANG: &str = "jalon.lang";
/// The name this browser's person gave when recording a scope change.
pub const KEY_ME: &str = "jalon.me";
pub const BACKUP_PREFIX: &str = "jalon.backup.";

/// Local storage holds about 5,242,880 UTF-16 code units per origin in
/// Chromium and Firefox (key + value).
pub const QUOTA_UNITS: usize = 5_242_880;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// Bumped on every save; a tab that sees a higher number than it last
    /// read knows another tab saved in between.
    pub rev: u64,
    /// Which tab wrote `rev`: two tabs writing at the same moment can both
    /// write the same number, and this tells them apart.
    #[serde(default)]
    pub writer: String,
    /// This write settles a conflict: the person chose this tab's version,
    /// so a tab still asking adopts it ("the other tab will follow").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub settles: bool,
    /// Milliseconds since the epoch of the last export, if any.
    #[serde(default)]
    pub last_export_at: Option<f64>,
    /// First change after the last export (None when all is exported).
    #[serde(default)]
    pub changed_since: Option<f64>,
    /// "Remind me later" on the export reminder.
    #[serde(default)]
    pub snoozed_until: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum WriteError {
    Quota,
    Unavailable,
}

pub fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
    let s = storage().ok_or(WriteError::Unavailable)?;
    s.set_item(key, value).map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
        Some(d) if d.name() == "QuotaExceededError" || d.code() == 22 => WriteError::Quota,
        // Any other failure to write is, for the user, the same: not saved.
        _ => WriteError::Quota,
    })
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

pub fn read_meta() -> Meta {
    get(KEY_META).and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default()
}

pub fn write_meta(meta: &Meta) -> Result<(), WriteError> {
    set(KEY_META, &serde_json::to_string(meta).expect("meta serialises"))
}

/// Keeps a damaged copy under a new backup key, unless an identical backup
/// exists already. Returns the key that holds it.
pub fn backup(raw: &str, now_iso: &str) -> Result<String, WriteError> {
    for (key, _) in backups() {
        if get(&key).as_deref() == Some(raw) {
            return Ok(key);
        }
    }
    let key = format!("{BACKUP_PREFIX}{now_iso}");
    set(&key, raw)?;
    Ok(key)
}

/// Backup keys with their sizes in UTF-16 units, oldest first.
pub fn backups() -> Vec<(String, usize)> {
    let Some(s) = storage() else { return vec![] };
    let n = s.length().unwrap_or(0);
    let mut out: Vec<(String, usize)> = (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .map(|k| {
            let len = s.get_item(&k).ok().flatten().map(|v| v.encode_utf16().count()).unwrap_or(0);
            (k, len)
        })
        .collect();
    out.sort();
    out
}

/// UTF-16 code units used by all of Jalon's keys (what the quota counts).
pub fn used_units() -> usize {
    let Some(s) = storage() else { return 0 };
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with("jalon."))
        .map(|k| k.encode_utf16().count() + s.get_item(&k).ok().flatten().map(|v| v.encode_utf16().count()).unwrap_or(0))
        .sum()
}
