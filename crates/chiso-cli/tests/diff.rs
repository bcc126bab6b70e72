//! `chiso diff` between the default dataset and a copy with three changed figures: exactly those
//! three are listed, each with its effect on points and ranks.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use std::path::PathBuf;
use std::process::Command;

const DEFAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/data/khanh-hoa.json");

fn chiso(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .args(args)
        .output()
        .expect("run chiso");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "stderr: {stderr}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// The default dataset with three figures changed: two DTI sub-indicator points and one PII
/// raw value of the province.
fn changed_copy() -> PathBuf {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DEFAULT).unwrap()).unwrap();
    for o in v["observations"].as_array_mut().unwrap() {
        let key = (
            o["code"].as_str().unwrap().to_string(),
            o["entity"].as_str().unwrap().to_string(),
            o["period"].as_str().unwrap().to_string(),
        );
        match (key.0.as_str(), key.1.as_str(), key.2.as_str()) {
            ("dti:8.2", "khanh-hoa", "2024") => o["points"] = 25.into(),
            ("dti:6.6", "khanh-hoa", "2024") => o["points"] = 30.into(),
            ("pii:2.2", "khanh-hoa", "2025") => o["value"] = 2.5.into(),
            _ => {}
        }
    }
    let path = std::env::temp_dir().join(format!("chiso-diff-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    path
}

#[test]
fn the_same_file_has_no_changes() {
    let (code, out) = chiso(&["diff", DEFAULT, DEFAULT, "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v, serde_json::json!({ "changes": [] }));
}

#[test]
fn three_changed_figures_are_listed_with_their_points_and_ranks() {
    let copy = changed_copy();
    let (code, out) = chiso(&["diff", DEFAULT, copy.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_object().unwrap().len(), 1, "only `changes`");
    let changes = v["changes"].as_array().unwrap();
    let keys: Vec<&str> = changes.iter().map(|c| c["key"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "dti:6.6 / khanh-hoa / 2024",
            "dti:8.2 / khanh-hoa / 2024",
            "pii:2.2 / khanh-hoa / 2025"
        ]
    );
    let effect = |c: &serde_json::Value, kind: &str, code: &str| -> serde_json::Value {
        c["effects"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == kind && e["code"] == code)
            .cloned()
            .unwrap_or_else(|| panic!("no {kind} {code} in {c}"))
    };
    // 8.2: 7.6 → 25 points moves the DTI total by 17.4.
    let total = effect(&changes[1], "points", "DTI");
    assert!(
        (total["change"].as_f64().unwrap() - 17.4).abs() < 1e-9,
        "{total}"
    );
    // 6.6 moves the PPC Office ahead of DOST in the agency scorecard.
    let agency = changes[0]["effects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "agency" && e["agency"] == "vp-ubnd")
        .cloned()
        .unwrap();
    assert_eq!(
        (
            agency["rank_before"]["rank"].as_u64(),
            agency["rank_after"]["rank"].as_u64()
        ),
        (Some(3), Some(2))
    );
    // The PII value moves the indicator's score and its rank among the file's provinces.
    let score = effect(&changes[2], "score", "2.2");
    assert_eq!(score["after"], 100.0);
    let rank = effect(&changes[2], "rank", "2.2");
    assert_eq!(
        (
            rank["before"]["rank"].as_u64(),
            rank["after"]["rank"].as_u64()
        ),
        (Some(2), Some(1))
    );
    for c in changes {
        assert_eq!(c["fields"].as_array().unwrap().len(), 1, "{c}");
    }

    let (code, md) = chiso(&["diff", DEFAULT, copy.to_str().unwrap(), "--format", "md"]);
    assert_eq!(code, 0);
    // The copy's hash depends on serde_json's layout, not on chiso: keep it out of the golden file.
    let md: String = md
        .lines()
        .map(|l| {
            if l.starts_with("Sau:") {
                "Sau: (bản sửa)"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!("diff_three_figures_md_vi", md);
}
