//! The DTI what-if rank: computed on a complete total, anchored on the published rank when the
//! province publishes only part of the DTI (Khánh Hòa: 16/34, 38 % of the maximum).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use chiso_core::anchor::RankBasis;
use chiso_core::model::Dataset;
use chiso_core::scenario::{Baseline, Outcome, Override, Scenario};
use chiso_core::score::{Rank, ScoreBook};

/// The sample province without its 2.2 figure (an incomplete total) and with a published rank of
/// 16/34, among 33 peers whose totals go 80, 79, … 48 (the 15th is 66, the 16th 65).
fn ranked_16_of_34() -> Dataset {
    let json = common::mini_json_with(|v| {
        let obs = v["observations"].as_array_mut().unwrap();
        obs.retain(|o| o["code"] != "dti:2.2" && o["entity"] == "p");
        obs.push(
            serde_json::json!({"code": "dti:DTI", "entity": "p", "period": "2025",
            "rank": 16, "rank_of": 34, "source": {"id": "s"}}),
        );
        let mut peers = Vec::new();
        for k in 0..33 {
            let id = format!("peer-{k:02}");
            peers.push(serde_json::json!({"id": id, "kind": "peer_province",
                "name": {"vi": format!("Tỉnh {k}")}}));
            obs.push(
                serde_json::json!({"code": "dti:DTI", "entity": id, "period": "2025",
                "points": 80 - k, "source": {"id": "s"}, "illustrative": true}),
            );
        }
        let entities = v["entities"].as_array_mut().unwrap();
        entities.retain(|e| e["kind"] != "peer_province");
        entities.extend(peers);
    });
    chiso_core::load(&json).unwrap()
}

fn points(code: &str, points: f64) -> Scenario {
    Scenario {
        overrides: vec![Override::Points {
            code: code.into(),
            points,
        }],
    }
}

fn rank(out: &Outcome) -> (u32, u32) {
    let p = out.position.as_ref().expect("a position");
    (p.rank_after.rank, p.rank_after.of)
}

#[test]
fn the_anchored_baseline_stays_at_the_published_rank() {
    let d = ranked_16_of_34();
    let out = Baseline::new(&d).apply(&Scenario::default());
    let p = out.position.as_ref().unwrap();
    assert_eq!(p.basis, RankBasis::Anchored);
    // Midway between the 15th (66) and the 16th (65) peer totals.
    assert_eq!((p.total_before, p.total_after), (65.5, 65.5));
    assert_eq!(p.index_before, 0.655); // index scale 100 in the sample framework
    assert_eq!(p.rank_before, Rank { rank: 16, of: 34 });
    assert_eq!(p.rank_after, p.rank_before);
    assert!(p.illustrative);
    assert_eq!(out.rank_before, Some(Rank { rank: 16, of: 34 }));
    // The partial total is still what the sub-indicators add up to, not the estimate.
    assert_eq!(out.total_before, Some(53.0));
}

#[test]
fn two_more_points_pass_two_peers_and_the_rank_becomes_14() {
    // 1.1 goes from 25 to 27 points: 65.5 + 2 = 67.5, above 67 (14th) and 66 (15th).
    let d = ranked_16_of_34();
    let out = Baseline::new(&d).apply(&points("dti:1.1", 27.0));
    let p = out.position.as_ref().unwrap();
    assert_eq!(p.total_after, 67.5);
    assert_eq!(rank(&out), (14, 34));
    assert_eq!(out.rank_after, Some(Rank { rank: 14, of: 34 }));
}

#[test]
fn a_province_level_with_a_peer_shares_its_rank() {
    // +0.5 point: 66, level with the 15th peer → both 15th.
    let d = ranked_16_of_34();
    let out = Baseline::new(&d).apply(&points("dti:1.1", 25.5));
    assert_eq!(out.position.as_ref().unwrap().total_after, 66.0);
    assert_eq!(rank(&out), (15, 34));
    // −0.5: 65, level with the 16th peer → still 16th; −0.6: 64.9 → 17th.
    let base = Baseline::new(&d);
    assert_eq!(rank(&base.apply(&points("dti:1.1", 24.5))), (16, 34));
    assert_eq!(rank(&base.apply(&points("dti:1.1", 24.4))), (17, 34));
}

#[test]
fn a_sub_indicator_without_a_baseline_is_left_out_of_the_estimate() {
    let d = ranked_16_of_34();
    let out = Baseline::new(&d).apply(&points("dti:2.2", 10.0));
    let p = out.position.as_ref().unwrap();
    assert_eq!(p.total_after, 65.5);
    assert_eq!(p.unanchored, ["2.2"]);
    // The partial sum does move: the sub-indicator now has points.
    assert_eq!(out.total_after, Some(63.0));
}

#[test]
fn no_anchor_without_the_whole_ranking_of_peers() {
    // The published rank says 34 provinces, but only 10 peers have totals.
    let json = common::mini_json_with(|v| {
        let obs = v["observations"].as_array_mut().unwrap();
        obs.retain(|o| o["code"] != "dti:2.2");
        obs.push(
            serde_json::json!({"code": "dti:DTI", "entity": "p", "period": "2025",
            "rank": 2, "rank_of": 34, "source": {"id": "s"}}),
        );
    });
    let d = chiso_core::load(&json).unwrap();
    let out = Baseline::new(&d).apply(&points("dti:1.1", 45.0));
    assert!(out.position.is_none());
    assert_eq!((out.rank_before, out.rank_after), (None, None));
}

#[test]
fn a_complete_total_uses_the_computed_total_and_rank_and_no_anchor() {
    // Peers q 70 and r 40; p 53 is complete → 2nd of 3, computed.
    let d = common::mini();
    let base = Baseline::new(&d);
    let out = base.apply(&points("dti:1.1", 42.0));
    let p = out.position.as_ref().unwrap();
    assert_eq!(p.basis, RankBasis::Computed);
    assert_eq!((p.total_before, p.total_after), (53.0, 70.0));
    assert_eq!(p.rank_before, Rank { rank: 2, of: 3 });
    assert_eq!(p.rank_after, Rank { rank: 1, of: 3 });
    let card = ScoreBook::compute(&d);
    assert_eq!(
        card.get("dti", "p", "2025").unwrap().rank,
        Some(p.rank_before)
    );
    assert!(p.unanchored.is_empty());
}

#[test]
fn a_rank_target_follows_the_anchored_rank() {
    let json = common::mini_json_with(|v| {
        v["targets"] = serde_json::json!([{"id": "top14", "name": {"vi": "Top 14"}, "unit": "rank",
            "comparator": "rank_top", "value": 14, "deadline": 2030,
            "measure": {"code": "dti:DTI", "field": "rank"}, "source": {"id": "s"}}]);
    });
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let d = ranked_16_of_34();
    value["observations"] = serde_json::to_value(&d.observations).unwrap();
    value["entities"] = serde_json::to_value(&d.entities).unwrap();
    let d = chiso_core::load(&value.to_string()).unwrap();
    let out = Baseline::new(&d).apply(&points("dti:1.1", 27.0));
    assert_eq!(out.targets.len(), 1, "{:?}", out.targets);
    assert_eq!(out.targets[0].id, "top14");
    assert_eq!(out.targets[0].after, chiso_core::targets::Status::Met);
}

#[test]
fn khanh_hoa_16th_of_34_is_anchored_between_phu_tho_and_quang_ngai() {
    // Published: rank 16/34, 38 % of the DTI maximum. Illustrative peers: 15th Phú Thọ 541.6,
    // 16th Quảng Ngãi 534.2 → anchored at 537.9.
    let d = chiso_core::load(&common::default_dataset_text()).unwrap();
    let base = Baseline::new(&d);
    let p = base.apply(&Scenario::default()).position.unwrap();
    assert_eq!(p.basis, RankBasis::Anchored);
    assert!((p.total_before - 537.9).abs() < 1e-9);
    assert!((p.index_before - 0.5379).abs() < 1e-12);
    assert_eq!(p.rank_before, Rank { rank: 16, of: 34 });
    // 8.2 (people with a personal digital signature) from 7.6 to 19 points: +11.4 → 549.3,
    // past Phú Thọ (541.6) and Hưng Yên (547.3), still below Thanh Hóa (551.0): 14th.
    let out = base.apply(&points("dti:8.2", 19.0));
    let p = out.position.unwrap();
    assert!((p.total_after - 549.3).abs() < 1e-9);
    assert_eq!(p.rank_after, Rank { rank: 14, of: 34 });
}

#[test]
fn a_baseline_that_keeps_its_dataset_gives_the_same_outcome() {
    // The widget keeps the dataset and its baseline together: Baseline::shared owns an Arc.
    let d = chiso_core::load(&common::default_dataset_text()).unwrap();
    let scenario =
        Scenario::from_query("p~dti:8.2=19;m~2026-total~6=211410.5;v~pii:6.5=2000").unwrap();
    let borrowed = Baseline::new(&d).apply(&scenario);
    let shared = Baseline::shared(std::sync::Arc::new(d.clone()));
    assert_eq!(shared.apply(&scenario), borrowed);
    assert_eq!(shared.offers(6), Baseline::new(&d).offers(6));
}
