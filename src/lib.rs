//! Jalon: a marketing project & portfolio manager that runs in the browser.
//!
//! Three layers, data flowing one way (view → action → state → persistence):
//! - [`domain`]: plain types and pure functions, tested natively;
//! - [`state`]: the reactive store, actions, undo, persistence, files;
//! - [`ui`]: Leptos views that read state and call actions.
//!
//! [`i18n`] holds every string a person reads, in English and French.

pub mod domain;
pub mod html;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
