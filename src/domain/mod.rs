//! The domain: Jalon's data model and every rule about it, as plain Rust.
//!
//! Nothing here knows about Leptos, the DOM or local storage, so all of it is
//! tested natively with `cargo test`. The layers above (`state`, `ui`) call in
//! here; nothing in here calls out.

pub mod file;
pub mod ids;
pub mod model;
pub mod ops;
pub mod sample;
pub mod validate;

pub use ids::Id;
pub use model::*;
