//! The JSON Schema of `chiso/1`: the committed copy is the generated one, and an independent
//! validator (the `jsonschema` crate) accepts the default dataset and refuses broken files.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use std::process::Command;

const DEFAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/data/khanh-hoa.json");
const COMMITTED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../pkg/schema/chiso-1.schema.json"
);

fn generated() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .arg("schema")
        .output()
        .expect("run chiso schema");
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stdout).unwrap()
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(COMMITTED).expect("pkg/schema/chiso-1.schema.json");
    assert!(
        committed == generated(),
        "pkg/schema/chiso-1.schema.json is stale: run `cargo run -p chiso-cli -- schema > pkg/schema/chiso-1.schema.json`"
    );
}

#[test]
fn the_default_dataset_validates_against_the_schema() {
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DEFAULT).unwrap()).unwrap();
    let v = validator();
    let errors: Vec<String> = v
        .iter_errors(&data)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_refuses_what_chiso_refuses() {
    let v = validator();
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DEFAULT).unwrap()).unwrap();
    let mut typo = data.clone();
    typo["observations"][0]["pionts"] = 3.into();
    assert!(!v.is_valid(&typo), "unknown field");
    let mut text = data.clone();
    text["observations"][0]["points"] = "mười lăm".into();
    assert!(!v.is_valid(&text), "text for a number");
    let mut status = data.clone();
    status["tasks"][0]["status"] = "finished".into();
    assert!(!v.is_valid(&status), "unknown task status");
    let mut version = data;
    version["format"] = "chiso/2".into();
    assert!(!v.is_valid(&version), "other format");
}

#[test]
fn descriptions_are_in_english_and_vietnamese() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let d = schema["$defs"]["Task"]["properties"]["deadline"]["description"]
        .as_str()
        .unwrap();
    assert!(
        d.contains("Deadline as published") && d.contains("Thời hạn"),
        "{d}"
    );
}
