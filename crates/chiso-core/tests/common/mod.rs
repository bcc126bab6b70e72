//! Shared helpers for the domain tests: load fixtures, tweak them, look results up.
#![allow(
    dead_code,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing
)]

use chiso_core::model::Dataset;
use proptest::prelude::*;

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

/// Walks down a random path of object fields and array items and replaces what it finds.
pub fn replace_at(
    v: &mut serde_json::Value,
    path: &[prop::sample::Index],
    with: serde_json::Value,
) {
    let Some((first, rest)) = path.split_first() else {
        *v = with;
        return;
    };
    let child = match v {
        serde_json::Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(first.index(map.len())).cloned();
            key.and_then(|k| map.get_mut(&k))
        }
        serde_json::Value::Array(items) if !items.is_empty() => {
            let i = first.index(items.len());
            items.get_mut(i)
        }
        _ => None,
    };
    match child {
        Some(c) if !rest.is_empty() => replace_at(c, rest, with),
        Some(c) => *c = with,
        None => *v = with,
    }
}

/// Any JSON value, with the numbers and texts a chiso file is touchy about.
pub fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        prop::num::f64::NORMAL.prop_map(serde_json::Value::from),
        Just(serde_json::json!(-1)),
        Just(serde_json::json!(1e300)),
        Just(serde_json::json!("chiso/1")),
        ".{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}
