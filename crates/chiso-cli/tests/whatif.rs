//! `chiso whatif`: the figures the what-if views show, from the command line (the browser tests
//! read their expected values from it).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use std::process::Command;

const DEFAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/data/khanh-hoa.json");

fn whatif(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .arg("whatif")
        .arg(DEFAULT)
        .args(args)
        .output()
        .expect("run chiso");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8"),
    )
}

#[test]
fn the_baseline_is_anchored_at_the_published_16th_place() {
    let (code, out) = whatif(&["--format", "json"]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["active"], false);
    assert_eq!(v["position"]["basis"], "anchored");
    assert_eq!(v["position"]["rank_before"]["rank"], 16);
    assert_eq!(v["offers"].as_array().unwrap().len(), 6);
    assert_eq!(v["offers"][0]["code"], "dti:8.2");
    assert_eq!(v["budget_offer"]["line"], "2026-total");
    assert_eq!(v["pii"]["lines"][0]["after"], 46.54);
}

#[test]
fn a_scenario_moves_the_rank_the_projection_and_the_pii() {
    let (code, out) = whatif(&[
        "--scenario",
        "p~dti:8.2=19;m~2026-total~6=211410.5;v~pii:6.5=2000",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "Scenario: p~dti:8.2=19;m~2026-total~6=211410.5;v~pii:6.5=2000\n\
         Scenario — not official figures\n\
         DTI total: 537.9 → 549.3 · Rank: 16/34 → 14/34 (estimated from the published rank)\n\
         Year-end disbursement projection 2026-total: 85,600 → 422,821\n\
         PII: 46.54 → 51.54\n"
    );
}

#[test]
fn an_unreadable_scenario_names_the_bad_part() {
    let (code, out) = whatif(&["--scenario", "v~dti:8.2=80;oops"]);
    assert_eq!(code, 1);
    assert_eq!(out, "Không đọc được phần kịch bản \"oops\"\n");
}
