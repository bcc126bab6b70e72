//! chiso-core: every formula of chiso. Pure Rust, no web dependencies; builds native and wasm32.
//!
//! Data flow: JSON → [`parse::parse`] → [`validate::validate`] → [`model::Dataset`] →
//! [`score`], [`budget`], [`targets`], [`tasks`], [`consistency`] → [`report::Report`].

pub mod format;
pub mod model;
