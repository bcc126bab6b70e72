//! Golden files of the `chiso` command on the default dataset and on broken files.
//! Review changes with `cargo insta review`; CI refuses unreviewed ones.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::process::Command;

const DEFAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/data/khanh-hoa.json");

/// Runs `chiso` and returns (exit code, stdout).
fn chiso(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .args(args)
        .output()
        .expect("run chiso");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "stderr: {stderr}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8"),
    )
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_default_dataset_is_valid() {
    let (code, out) = chiso(&["validate", DEFAULT]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out, "Tệp hợp lệ (chiso/1).\n");
}

#[test]
fn report_text_vi() {
    let (code, out) = chiso(&["report", DEFAULT, "--lang", "vi"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("report_text_vi", out);
}

#[test]
fn report_text_en() {
    let (code, out) = chiso(&["report", DEFAULT, "--lang", "en"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("report_text_en", out);
}

#[test]
fn report_md_en() {
    let (code, out) = chiso(&["report", DEFAULT, "--lang", "en", "--format", "md"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("report_md_en", out);
}

#[test]
fn report_json() {
    let (code, out) = chiso(&["report", DEFAULT, "--format", "json"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("report_json", out);
}

#[test]
fn report_json_has_the_documented_fields() {
    let (_, out) = chiso(&["report", DEFAULT, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["dti"]["total"].is_number());
    assert_eq!(v["dti"]["max"], 1000.0);
    for i in v["dti"]["indicators"].as_array().unwrap() {
        for field in ["code", "points", "max", "gap"] {
            assert!(i.get(field).is_some(), "indicator without {field}: {i}");
        }
    }
    for b in v["budget"].as_array().unwrap() {
        for field in [
            "period",
            "category",
            "allocated",
            "disbursed",
            "disbursement_rate",
        ] {
            assert!(b.get(field).is_some(), "budget line without {field}: {b}");
        }
    }
    for t in v["targets"].as_array().unwrap() {
        assert!(t["id"].is_string() && t["status"].is_string(), "{t}");
    }
}

#[test]
fn check_text_vi() {
    let (code, out) = chiso(&["check", DEFAULT]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("check_text_vi", out);
}

#[test]
fn check_json() {
    let (code, out) = chiso(&["check", DEFAULT, "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for m in v["mismatches"].as_array().unwrap() {
        assert!(m["path"].is_string() && m["stated"].is_number() && m["computed"].is_number());
    }
    insta::assert_snapshot!("check_json", out);
}

#[test]
fn check_strict_fails_on_the_mismatches_of_the_sources() {
    let (code, _) = chiso(&["check", DEFAULT, "--strict"]);
    assert_eq!(code, 1);
}

#[test]
fn a_broken_file_lists_every_error_with_its_path() {
    let (code, out) = chiso(&["validate", &fixture("broken.json"), "--lang", "en"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("validate_broken_en", out);
}

#[test]
fn invalid_json_names_line_and_column() {
    let (code, out) = chiso(&["validate", &fixture("not-json.json")]);
    assert_eq!(code, 1);
    assert!(out.contains("dòng 4, cột 5"), "{out}");
    let (_, json) = chiso(&["validate", &fixture("not-json.json"), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["errors"][0]["code"], "malformed_json");
    assert_eq!(
        (
            v["errors"][0]["line"].as_u64(),
            v["errors"][0]["column"].as_u64()
        ),
        (Some(4), Some(5))
    );
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    let out = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .args(["report", "/nonexistent/chiso.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}
