//! The domain: Jalon's data model and every rule about it, as plain Rust.
//!
//! Nothing here knows about Leptos, the DOM or local storage, so all of it is
//! tested natively with `cargo test`. The layers above (`state`, `ui`) call in
//! here; nothing in here calls out.

pub mod axis;
pub mod backlog;
pub mod calendar;
pub mod date;
pub mod fields;
pub mod file;
pub mod ids;
pub mod model;
pub mod ops;
pub mod sample;
pub mod scoring;
pub mod change;
pub mod kpi;
pub mod labels;
pub mod lessons;
pub mod risk;
pub mod maturity;
pub mod meeting;
pub mod metrics;
pub mod milestone;
pub mod overview;
pub mod paging;
pub mod portfolio_ops;
pub mod select;
pub mod sprint;
pub mod text;
pub mod timeline;
pub mod trello;
pub mod validate;

pub use ids::{FastSet, Id};
pub use model::*;

/// Milliseconds in 7 days: how long unexported changes may wait before the
/// app reminds the user to export.
pub const EXPORT_REMINDER_MS: f64 = 7.0 * 24.0 * 3600.0 * 1000.0;

/// Whether to remind the user to export: there are changes since the last
/// export, and that export (or, if there was none, the first change) is more
/// than 7 days old. Times are milliseconds since the epoch.
pub fn needs_export_reminder(now: f64, last_export: Option<f64>, changed_since: Option<f64>, snoozed_until: Option<f64>) -> bool {
    let Some(changed) = changed_since else { return false };
    if snoozed_until.is_some_and(|s| now < s) {
        return false;
    }
    now - last_export.unwrap_or(changed) > EXPORT_REMINDER_MS
}

#[cfg(test)]
mod reminder_tests {
    use super::*;
    const DAY: f64 = 24.0 * 3600.0 * 1000.0;

    #[test]
    fn reminds_only_with_old_unexported_changes() {
        assert!(!needs_export_reminder(100.0 * DAY, Some(1.0 * DAY), None, None), "no change since export");
        assert!(!needs_export_reminder(10.0 * DAY, Some(5.0 * DAY), Some(6.0 * DAY), None), "export 5 days old");
        assert!(needs_export_reminder(13.0 * DAY, Some(5.0 * DAY), Some(12.0 * DAY), None), "export 8 days old");
        assert!(!needs_export_reminder(6.0 * DAY, None, Some(0.0), None), "never exported, 6 days of changes");
        assert!(needs_export_reminder(8.0 * DAY, None, Some(0.0), None), "never exported, 8 days of changes");
        assert!(!needs_export_reminder(8.0 * DAY, None, Some(0.0), Some(8.5 * DAY)), "snoozed");
    }
}
