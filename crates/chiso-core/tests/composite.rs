//! The PII composite: min-max normalisation across provinces, direction, weights, means up the
//! tree, the published Khánh Hòa case, the missing-data policy.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use chiso_core::composite::{compute_all, normalise, Composite};
use chiso_core::model::Direction;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Three provinces A (the file's), B, C; PII → input (i1, i2 lower-is-better, weight 2), output (o1).
fn three(values: Value, extra: Vec<Value>, min_coverage: Option<f64>) -> chiso_core::Dataset {
    let mut observations = extra;
    for (code, by_entity) in values.as_object().unwrap() {
        for (entity, v) in by_entity.as_object().unwrap() {
            observations.push(json!({"code": format!("pii:{code}"), "entity": entity,
                "period": "2025", "value": v, "source": {"id": "s"}}));
        }
    }
    let mut framework = json!({"id": "pii", "name": {"vi": "PII"}, "method": "composite",
    "indicators": [
        {"code": "PII", "name": {"vi": "PII"}, "max": 100},
        {"code": "input", "parent": "PII", "name": {"vi": "Đầu vào"}, "max": 100},
        {"code": "output", "parent": "PII", "name": {"vi": "Đầu ra"}, "max": 100},
        {"code": "i1", "parent": "input", "name": {"vi": "i1"}, "max": 100},
        {"code": "i2", "parent": "input", "name": {"vi": "i2"}, "max": 100,
         "direction": "lower", "weight": 2},
        {"code": "o1", "parent": "output", "name": {"vi": "o1"}, "max": 100}
    ]});
    if let Some(c) = min_coverage {
        framework["min_coverage"] = json!(c);
    }
    let file = json!({
        "format": "chiso/1",
        "meta": {"title": {"vi": "t"}, "publisher": {"vi": "p"}, "published": "2026-01-01",
                 "as_of": "2026-01-01", "province": "A"},
        "sources": [{"id": "s", "number": "1", "issuer": {"vi": "i"}, "title": {"vi": "t"}}],
        "entities": [{"id": "A", "kind": "province", "name": {"vi": "A"}},
                     {"id": "B", "kind": "peer_province", "name": {"vi": "B"}},
                     {"id": "C", "kind": "peer_province", "name": {"vi": "C"}}],
        "frameworks": [framework],
        "observations": observations
    });
    chiso_core::load(&file.to_string()).unwrap_or_else(|e| panic!("{e:#?}"))
}

fn score(c: &Composite, entity: &str, code: &str) -> Option<f64> {
    let i = c.codes.iter().position(|x| x == code).unwrap();
    c.of(entity).unwrap()[i].score
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn a_hand_computed_example_normalises_respects_direction_and_weights() {
    let d = three(
        json!({"i1": {"A": 10, "B": 20, "C": 30}, "i2": {"A": 5, "B": 1, "C": 3},
               "o1": {"A": 7, "B": 7, "C": 7}}),
        vec![],
        None,
    );
    let c = &compute_all(&d)[0];
    // i1 higher is better: 0, 50, 100. i2 lower is better: 0, 100, 50.
    assert!(close(score(c, "B", "i1"), 50.0));
    assert!(close(score(c, "B", "i2"), 100.0));
    assert!(close(score(c, "C", "i2"), 50.0));
    // Input = (1 × i1 + 2 × i2) / 3: A 0, B 83.33, C 66.67. Equal values all get 100.
    assert!(close(score(c, "B", "input"), 250.0 / 3.0));
    assert!(close(score(c, "C", "input"), 200.0 / 3.0));
    assert!(close(score(c, "A", "o1"), 100.0));
    // PII = mean of input and output.
    assert!(close(score(c, "A", "PII"), 50.0));
    assert!(close(score(c, "B", "PII"), (250.0 / 3.0 + 100.0) / 2.0));
    let rank = |e: &str| c.total(e).unwrap().rank.unwrap().rank;
    assert_eq!((rank("B"), rank("C"), rank("A")), (1, 2, 3));
}

#[test]
fn khanh_hoa_2025_input_46_80_and_output_46_28_give_a_pii_of_46_54() {
    let published = |code: &str, points: f64| {
        json!({"code": format!("pii:{code}"), "entity": "A", "period": "2025",
               "points": points, "source": {"id": "s"}})
    };
    let d = three(
        json!({"i1": {"B": 20, "C": 30}, "i2": {"B": 1, "C": 3}, "o1": {"B": 7, "C": 9}}),
        vec![published("input", 46.80), published("output", 46.28)],
        None,
    );
    let c = &compute_all(&d)[0];
    let pii = score(c, "A", "PII").unwrap();
    assert!((pii - 46.54).abs() < 0.01, "{pii}");
}

#[test]
fn a_pillar_below_the_coverage_threshold_is_missing_not_zero() {
    let d = three(
        json!({"i1": {"B": 20, "C": 30}, "i2": {"B": 1, "C": 3}, "o1": {"A": 5, "B": 7, "C": 9}}),
        vec![],
        Some(0.6),
    );
    let c = &compute_all(&d)[0];
    assert_eq!(score(c, "A", "input"), None);
    // Output alone is half of the PII's weight, under the 60 % threshold.
    assert_eq!(score(c, "A", "PII"), None);
    assert_eq!(c.total("A").unwrap().coverage, 0.5);
    // Province A is not ranked where it has no score; B and C still are, among two.
    assert_eq!(c.total("B").unwrap().rank.unwrap().of, 2);
}

#[test]
fn strengths_and_weaknesses_are_the_indicators_ranked_best_and_worst() {
    let d = three(
        json!({"i1": {"A": 30, "B": 20, "C": 10}, "i2": {"A": 5, "B": 1, "C": 3},
               "o1": {"A": 8, "B": 7, "C": 9}}),
        vec![],
        None,
    );
    let c = &compute_all(&d)[0];
    let (strong, weak) = c.strengths_and_weaknesses("A", 1);
    assert_eq!(strong[0].code, "i1");
    assert_eq!(strong[0].rank.rank, 1);
    assert_eq!(weak[0].code, "i2");
    assert_eq!(weak[0].rank.rank, 3);
}

proptest! {
    #[test]
    fn normalised_values_stay_within_0_and_100(v in -1e6f64..1e6, a in -1e6f64..1e6, b in -1e6f64..1e6) {
        let (min, max) = if a <= b { (a, b) } else { (b, a) };
        for direction in [Direction::Higher, Direction::Lower] {
            let x = normalise(v, min, max, direction);
            prop_assert!((0.0..=100.0).contains(&x));
        }
    }

    #[test]
    fn the_best_province_gets_100_on_every_indicator_without_missing_data(
        i1 in prop::collection::vec(0.0f64..1000.0, 3),
        i2 in prop::collection::vec(0.0f64..1000.0, 3),
        o1 in prop::collection::vec(0.0f64..1000.0, 3),
    ) {
        let by = |v: &[f64]| json!({"A": v[0], "B": v[1], "C": v[2]});
        let d = three(json!({"i1": by(&i1), "i2": by(&i2), "o1": by(&o1)}), vec![], None);
        let c = &compute_all(&d)[0];
        for code in ["i1", "i2", "o1"] {
            let scores: Vec<f64> = ["A", "B", "C"].iter().map(|e| score(c, e, code).unwrap()).collect();
            for s in &scores {
                prop_assert!((0.0..=100.0).contains(s));
            }
            let best = scores.iter().copied().fold(f64::MIN, f64::max);
            prop_assert!((best - 100.0).abs() < 1e-9, "{code}: {scores:?}");
        }
    }
}
