//! Property tests of the engine: points stay within [0, max], parents are the sum of their
//! children, linear rules are monotonic, and no input — however broken — makes chiso panic.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use chiso_core::model::{Direction, Rule, Value};
use chiso_core::score::{apply_rule, ScoreBook};
use proptest::prelude::*;
use serde_json::json;

/// A random two-level framework: `shape[i]` children under main indicator `i`, each leaf with
/// its max, a rule kind and an observation (value or points) or none.
fn framework_json(leaves: &[Vec<(u8, u8, Option<f64>)>]) -> String {
    let mut indicators = vec![json!({"code": "R", "name": {"vi": "R"}, "max": 0})];
    let mut observations = Vec::new();
    let mut root_max = 0.0;
    for (m, children) in leaves.iter().enumerate() {
        let main = format!("{m}");
        let mut main_max = 0.0;
        let start = indicators.len();
        indicators.push(json!(null));
        for (c, (max, kind, value)) in children.iter().enumerate() {
            let code = format!("{m}.{c}");
            let max = f64::from(*max);
            main_max += max;
            let rule = match kind % 4 {
                0 => json!({"kind": "published"}),
                1 => json!({"kind": "linear", "threshold": 50.0 + f64::from(*kind)}),
                2 => json!({"kind": "steps", "steps": [
                    {"at": 20, "points": max / 3.0}, {"at": 60, "points": max}]}),
                _ => json!({"kind": "categorical", "categories": [
                    {"value": "yes", "points": max}, {"value": "no", "points": 0}]}),
            };
            indicators.push(json!({"code": code, "parent": main, "name": {"vi": code},
                "max": max, "rule": rule}));
            if let Some(v) = value {
                let mut o = json!({"code": format!("f:{code}"), "entity": "p", "period": "2025",
                    "source": {"id": "s"}});
                match kind % 4 {
                    0 => o["points"] = json!(v.clamp(0.0, 1.0) * max),
                    3 => o["value"] = json!(if *v > 0.5 { "yes" } else { "no" }),
                    _ => o["value"] = json!(v * 120.0 - 10.0),
                }
                observations.push(o);
            }
        }
        indicators[start] =
            json!({"code": main, "parent": "R", "name": {"vi": main}, "max": main_max});
        root_max += main_max;
    }
    indicators[0]["max"] = json!(root_max);
    json!({
        "format": "chiso/1",
        "meta": {"title": {"vi": "t"}, "publisher": {"vi": "p"}, "published": "2026-01-01",
                 "as_of": "2026-01-01", "province": "p"},
        "sources": [{"id": "s", "number": "1", "issuer": {"vi": "i"}, "title": {"vi": "t"}}],
        "entities": [{"id": "p", "kind": "province", "name": {"vi": "P"}}],
        "frameworks": [{"id": "f", "name": {"vi": "F"}, "indicators": indicators}],
        "observations": observations
    })
    .to_string()
}

fn leaves() -> impl Strategy<Value = Vec<Vec<(u8, u8, Option<f64>)>>> {
    prop::collection::vec(
        prop::collection::vec(
            (0u8..=60, any::<u8>(), prop::option::of(0.0f64..=1.0)),
            1..6,
        ),
        1..6,
    )
}

proptest! {
    #[test]
    fn points_stay_within_zero_and_max_and_parents_sum_their_children(shape in leaves()) {
        let dataset = chiso_core::load(&framework_json(&shape)).expect("generated file is valid");
        let book = ScoreBook::compute(&dataset);
        for card in &book.cards {
            for (i, node) in card.nodes.iter().enumerate() {
                if let Some(p) = node.points {
                    prop_assert!(p >= 0.0 && p <= node.max + 1e-9, "{} = {p} > {}", node.code, node.max);
                    prop_assert!(node.coverage >= 0.0 && node.coverage <= 1.0);
                    let kids: Vec<_> = card.nodes.iter().filter(|n| n.parent == Some(i)).collect();
                    if !kids.is_empty() {
                        let sum: f64 = kids.iter().filter_map(|k| k.points).sum();
                        prop_assert!((sum - p).abs() < 1e-9, "{}: {p} ≠ Σ {sum}", node.code);
                    }
                }
            }
        }
    }

    #[test]
    fn linear_rules_never_give_fewer_points_for_a_better_value(
        threshold in 0.1f64..1000.0, max in 0.0f64..100.0, a in -100.0f64..2000.0, b in -100.0f64..2000.0
    ) {
        let rule = Rule::Linear { threshold, zero_at: 0.0, illustrative: false, source: None };
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let p_lo = apply_rule(&rule, max, Direction::Higher, &Value::Number(lo)).unwrap();
        let p_hi = apply_rule(&rule, max, Direction::Higher, &Value::Number(hi)).unwrap();
        prop_assert!(p_lo <= p_hi);
        prop_assert!((0.0..=max).contains(&p_lo) && (0.0..=max).contains(&p_hi));
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = chiso_core::load(&text);
    }

    #[test]
    fn arbitrary_json_never_panics(value in common::arbitrary_json()) {
        let _ = chiso_core::load(&value.to_string());
    }

    #[test]
    fn a_sample_file_with_any_field_replaced_never_panics(
        path in prop::collection::vec(any::<prop::sample::Index>(), 1..5),
        replacement in common::arbitrary_json(),
    ) {
        let text = common::mini_json_with(|v| common::replace_at(v, &path, replacement));
        if let Ok(dataset) = chiso_core::load(&text) {
            let report = chiso_core::report::Report::compute(&dataset);
            let _ = report.summary(chiso_core::format::Lang::Vi);
            let _ = chiso_core::consistency::check(&dataset);
        }
    }
}
