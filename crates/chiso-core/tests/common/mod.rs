//! Shared helpers for the domain tests: load fixtures, tweak them, look results up.
#![allow(
    dead_code,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing
)]

use chiso_core::model::Dataset;

/// The small sample province of `tests/fixtures/mini.json`, parsed and validated.
pub fn mini() -> Dataset {
    let text = include_str!("../fixtures/mini.json");
    match chiso_core::load(text) {
        Ok(d) => d,
        Err(issues) => panic!("mini.json is invalid: {issues:#?}"),
    }
}

/// The default dataset that ships with chiso.
pub fn default_dataset_text() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/data/khanh-hoa.json");
    std::fs::read_to_string(path).expect("www/data/khanh-hoa.json")
}

/// A fixture edited as JSON (the way a publisher would break a file).
pub fn mini_json_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/mini.json")).expect("mini.json");
    edit(&mut value);
    value.to_string()
}
