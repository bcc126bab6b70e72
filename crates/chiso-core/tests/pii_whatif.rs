//! The PII what-if profile: at baseline it is the report's PII section; a change to one
//! indicator moves its pillar, its side and the index, and nothing on the other side.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use chiso_core::pii_whatif::pii_whatif;
use chiso_core::report::Report;
use chiso_core::scenario::{Baseline, Override, Scenario};

#[test]
fn at_baseline_the_profile_is_the_reports_pii_section() {
    let d = chiso_core::load(&common::default_dataset_text()).unwrap();
    let base = Baseline::new(&d);
    let w = pii_whatif(&base, &base.apply(&Scenario::default())).unwrap();
    assert!(!w.active);
    let report = Report::compute(&d);
    let pii = report.pii.as_ref().unwrap();
    let root = &w.lines[0];
    assert_eq!(
        (root.code.as_str(), root.before, root.after),
        ("PII", Some(46.54), Some(46.54))
    );
    assert_eq!(root.rank_before, pii.rank);
    assert_eq!(w.lines.len(), pii.pillars.len() + 1);
    for (line, pillar) in w.lines[1..].iter().zip(&pii.pillars) {
        assert_eq!(line.code, pillar.code);
        assert_eq!((line.before, line.after), (pillar.score, pillar.score));
        assert_eq!(line.rank_before, pillar.rank);
    }
}

#[test]
fn two_thousand_start_ups_lift_pillar_6_the_output_side_and_the_index() {
    let d = chiso_core::load(&common::default_dataset_text()).unwrap();
    let base = Baseline::new(&d);
    let out = base.apply(&Scenario {
        overrides: vec![Override::Value {
            code: "pii:6.5".into(),
            value: 2000.0,
        }],
    });
    let w = pii_whatif(&base, &out).unwrap();
    assert!(w.active);
    let gain = |code: &str| {
        let l = w.line(code).unwrap();
        l.after.unwrap() - l.before.unwrap()
    };
    // 0 → 100 on one of pillar 6's five indicators: +20; output (2 pillars): +10; PII: +5.
    assert!((gain("6") - 20.0).abs() < 1e-9);
    assert!((gain("output") - 10.0).abs() < 1e-9);
    assert!((gain("PII") - 5.0).abs() < 1e-9);
    assert_eq!(gain("input"), 0.0);
    assert_eq!(gain("1"), 0.0);
    assert!(w.line("6").unwrap().illustrative);
}
