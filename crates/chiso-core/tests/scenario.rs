//! What-if scenarios: the baseline is untouched, a change flows only to its ancestors, ranks and
//! target statuses follow, and a scenario survives a trip through a URL.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use chiso_core::scenario::{Baseline, Override, Scenario};
use chiso_core::score::ScoreBook;

fn points(code: &str, points: f64) -> Override {
    Override::Points {
        code: code.into(),
        points,
    }
}

#[test]
fn a_scenario_with_no_overrides_equals_the_baseline_exactly() {
    let d = common::mini();
    let base = Baseline::new(&d);
    let out = base.apply(&Scenario::default());
    assert!(!out.active);
    assert_eq!(out.total_before, out.total_after);
    assert_eq!(out.rank_before, out.rank_after);
    assert!(out.changed.is_empty());
    assert!(out.targets.is_empty() && out.budget.is_empty());
    for m in &out.main {
        assert_eq!(m.before, m.after);
    }
    let card = ScoreBook::compute(&d)
        .get("dti", "p", "2025")
        .unwrap()
        .clone();
    assert_eq!(base.card(), Some(&card));
}

#[test]
fn overriding_one_sub_indicator_changes_only_its_ancestors() {
    let d = common::mini();
    let out = Baseline::new(&d).apply(&Scenario {
        overrides: vec![points("dti:2.2", 10.0)],
    });
    let codes: Vec<&str> = out.changed.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["DTI", "2", "2.2"]);
    assert_eq!(out.total_before, Some(53.0));
    assert_eq!(out.total_after, Some(63.0));
    let main_1 = out.main.iter().find(|m| m.code == "1").unwrap();
    assert_eq!(main_1.before, main_1.after);
}

#[test]
fn a_raw_value_goes_through_the_indicators_rule() {
    // 1.1 is linear to 50 %: reaching 50 % personal certificates gives the full 50 points.
    let d = common::mini();
    let out = Baseline::new(&d).apply(&Scenario {
        overrides: vec![Override::Value {
            code: "dti:1.1".into(),
            value: 50.0,
        }],
    });
    let leaf = out.changed.iter().find(|c| c.code == "1.1").unwrap();
    assert_eq!((leaf.before, leaf.after), (Some(25.0), Some(50.0)));
    assert_eq!(out.total_after, Some(78.0));
}

#[test]
fn the_rank_among_peers_follows_the_new_total_and_ties_share_the_better_rank() {
    // Peers: q 70, r 40. Baseline p 53 → 2nd of 3.
    let d = common::mini();
    let base = Baseline::new(&d);
    let at = |p: f64| {
        base.apply(&Scenario {
            overrides: vec![points("dti:1.1", p)],
        })
        .rank_after
        .unwrap()
    };
    assert_eq!(
        base.apply(&Scenario::default()).rank_before.unwrap().rank,
        2
    );
    assert_eq!(at(42.0).rank, 1); // 42 + 8 + 20 = 70: tied with q, shares 1st
    assert_eq!(at(41.0).rank, 2);
    assert_eq!(at(0.0).rank, 3); // 28, below r
    assert_eq!(at(42.0).of, 3);
}

#[test]
fn points_are_clamped_to_the_indicators_maximum() {
    let d = common::mini();
    let out = Baseline::new(&d).apply(&Scenario {
        overrides: vec![points("dti:1.2", 500.0), points("dti:2.1", -4.0)],
    });
    let get = |c: &str| out.changed.iter().find(|n| n.code == c).unwrap().after;
    assert_eq!(get("1.2"), Some(10.0));
    assert_eq!(get("2.1"), Some(0.0));
}

#[test]
fn an_override_of_something_that_does_not_exist_is_ignored_and_reported() {
    let d = common::mini();
    let out = Baseline::new(&d).apply(&Scenario {
        overrides: vec![points("dti:9.9", 1.0), points("dti:1", 1.0)],
    });
    assert_eq!(out.ignored.len(), 2);
    assert_eq!(out.total_before, out.total_after);
}

#[test]
fn a_scenario_survives_a_trip_through_a_url() {
    let s = Scenario {
        overrides: vec![
            Override::Value {
                code: "dti:6.4".into(),
                value: 80.5,
            },
            points("pii:a;b=c", 1e-7),
            Override::DisbursedByMonth {
                line: "2026-total".into(),
                month: 6,
                amount: 120_000.0,
            },
            Override::Allocated {
                line: "l".into(),
                amount: 3.0,
            },
        ],
    };
    let text = s.to_query();
    assert!(!text.contains(' ') && !text.contains('&') && !text.contains('#'));
    assert_eq!(Scenario::from_query(&text).unwrap(), s);
    assert_eq!(Scenario::from_query("").unwrap(), Scenario::default());
    for bad in [
        "x~a=1",
        "v~a",
        "v~a=NaN",
        "m~l~13=1",
        "v~a~b~c=1",
        "p~%zz=1",
    ] {
        assert!(Scenario::from_query(bad).is_err(), "{bad}");
    }
}

#[test]
fn if_disbursement_reaches_half_by_june_the_year_ends_on_the_full_allocation() {
    let json = common::mini_json_with(|v| {
        v["budget"] = serde_json::json!([{"id": "b", "period": "2026", "category": "total",
            "unit": "million_vnd", "allocated": 1200, "source": {"id": "s"}}]);
        v["disbursement"] = serde_json::json!([
            {"line": "b", "month": 3, "planned_cumulative": 300, "disbursed_cumulative": 60,
             "source": {"id": "s"}}]);
    });
    let d = chiso_core::load(&json).unwrap();
    let out = Baseline::new(&d).apply(&Scenario {
        overrides: vec![Override::DisbursedByMonth {
            line: "b".into(),
            month: 6,
            amount: 600.0,
        }],
    });
    let change = &out.budget[0];
    assert_eq!(
        change.before.pace.as_ref().unwrap().projected_year_end,
        240.0
    );
    let after = change.after.pace.as_ref().unwrap();
    assert_eq!(after.month, 6);
    assert_eq!(after.projected_year_end, 1200.0);
    assert_eq!(after.projected_rate, Some(100.0));
}

#[test]
fn a_rank_target_turns_met_when_the_scenario_reaches_the_top() {
    let json = common::mini_json_with(|v| {
        v["targets"] = serde_json::json!([{"id": "top1", "name": {"vi": "Đứng đầu"}, "unit": "rank",
            "comparator": "rank_top", "value": 1, "deadline": 2030,
            "measure": {"code": "dti:DTI", "field": "rank"}, "source": {"id": "s"}},
            {"id": "60pts", "name": {"vi": "60 điểm"}, "unit": "points",
            "comparator": "ge", "value": 60, "deadline": 2030,
            "measure": {"code": "dti:DTI", "field": "points"}, "source": {"id": "s"}}]);
    });
    let d = chiso_core::load(&json).unwrap();
    let out = Baseline::new(&d).apply(&Scenario {
        overrides: vec![points("dti:1.1", 42.0)],
    });
    let ids: Vec<(&str, _, _)> = out
        .targets
        .iter()
        .map(|t| (t.id.as_str(), t.before, t.after))
        .collect();
    use chiso_core::targets::Status::*;
    assert_eq!(ids, [("top1", AtRisk, Met), ("60pts", AtRisk, Met)]);
}

#[test]
fn more_start_ups_raise_the_published_pii_by_what_the_composite_gains() {
    let d = chiso_core::load(&common::default_dataset_text()).unwrap();
    let base = Baseline::new(&d);
    assert!(base.apply(&Scenario::default()).composite.is_none());
    let out = base.apply(&Scenario {
        overrides: vec![Override::Value {
            code: "pii:6.5".into(),
            value: 2000.0,
        }],
    });
    let pii = out.composite.expect("the PII changes");
    let root = &pii.nodes[0];
    assert_eq!(root.code, "PII");
    assert_eq!(root.before, Some(46.54));
    // 6.5 goes from the lowest to the highest of the 11 provinces: 0 → 100 within pillar 6
    // (5 indicators) → output (2 pillars) → PII (2 sub-indices): +100 / 5 / 2 / 2 = +5.
    assert!(
        (root.after.unwrap() - 51.54).abs() < 1e-9,
        "{:?}",
        root.after
    );
    assert!(root.rank_after.unwrap().rank <= root.rank_before.unwrap().rank);
    let leaf = pii.nodes.iter().find(|n| n.code == "6.5").unwrap();
    assert_eq!(leaf.rank_after.unwrap().rank, 1);
    // The DTI is untouched.
    assert_eq!(out.total_before, out.total_after);
    assert!(out.ignored.is_empty());
}

/// Code, points, gap and recoverable points of a gaps line.
type GapRow = (String, Option<f64>, Option<f64>, Option<f64>);

/// (code, points, gap, recoverable) of each line of a gaps list, in order.
fn gap_rows(report: &chiso_core::report::FrameworkReport) -> Vec<GapRow> {
    report
        .gaps
        .iter()
        .map(|g| (g.code.clone(), g.points, g.gap, g.recoverable))
        .collect()
}

/// The mini file with the points of its four sub-indicators published as `points` (1.1, 1.2,
/// 2.1, 2.2 in that order).
fn mini_published_at(points: [f64; 4]) -> chiso_core::model::Dataset {
    let text = common::mini_json_with(|v| {
        for (i, p) in points.iter().enumerate() {
            let o = v["observations"][i].as_object_mut().unwrap();
            o.remove("value");
            o.insert("points".into(), serde_json::json!(p));
        }
    });
    chiso_core::load(&text).unwrap()
}

#[test]
fn the_gaps_under_a_scenario_are_those_of_a_file_that_published_the_same_points() {
    // A leader sets 1.1 to 40 of 50 points and 2.1 to 10 of 30: the gaps list the widget shows
    // under that scenario is the one a file publishing those points would give.
    let d = common::mini();
    let base = Baseline::new(&d);
    let out = base.apply(&Scenario {
        overrides: vec![points("dti:1.1", 40.0), points("dti:2.1", 10.0)],
    });
    let under = base.report_of(&out).unwrap();
    let published = chiso_core::report::Report::compute(&mini_published_at([40.0, 8.0, 10.0, 0.0]));
    let expected = published.dti.unwrap();
    assert_eq!(gap_rows(&under), gap_rows(&expected));
    assert_eq!(
        under.gaps[0].code, "2.1",
        "20 points to recover on 2.1 come first"
    );
    assert_eq!((under.total, expected.total), (Some(58.0), Some(58.0)));
    assert_eq!(under.rank, expected.rank);
    // The scenario's own figures carry the illustrative mark; the file's untouched ones do not.
    let line = |code: &str| under.gaps.iter().find(|g| g.code == code).unwrap();
    assert!(line("1.1").illustrative && !line("1.2").illustrative);
}

#[test]
fn a_scenario_that_changes_no_sub_indicator_has_no_report_of_its_own() {
    let d = common::mini();
    let base = Baseline::new(&d);
    assert!(base.report_of(&base.apply(&Scenario::default())).is_none());
    let unknown = base.apply(&Scenario {
        overrides: vec![points("dti:9.9", 1.0)],
    });
    assert!(base.report_of(&unknown).is_none());
}

proptest::proptest! {
    #[test]
    fn any_points_given_as_a_scenario_give_the_gaps_of_a_full_rescore(
        p11 in 0.0f64..=50.0, p12 in 0.0f64..=10.0, p21 in 0.0f64..=30.0, p22 in 0.0f64..=10.0,
    ) {
        let d = common::mini();
        let base = Baseline::new(&d);
        let out = base.apply(&Scenario {
            overrides: vec![
                points("dti:1.1", p11),
                points("dti:1.2", p12),
                points("dti:2.1", p21),
                points("dti:2.2", p22),
            ],
        });
        let under = base.report_of(&out).unwrap();
        let full = chiso_core::report::Report::compute(&mini_published_at([p11, p12, p21, p22]))
            .dti
            .unwrap();
        proptest::prop_assert_eq!(gap_rows(&under), gap_rows(&full));
        proptest::prop_assert_eq!(under.total, full.total);
        proptest::prop_assert_eq!(under.rank, full.rank);
    }
}
