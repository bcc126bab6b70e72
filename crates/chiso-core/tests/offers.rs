//! Slider offers: which inputs a briefing can move, in which order, over which range, and what
//! moving them does.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use chiso_core::offers::{Input, Offer};
use chiso_core::scenario::{Baseline, Scenario};

fn codes(offers: &[Offer]) -> Vec<&str> {
    offers.iter().map(|o| o.code.as_str()).collect()
}

#[test]
fn the_sub_indicators_with_most_recoverable_points_come_first_ties_by_code() {
    // 1.1 can recover 25, 2.1 and 2.2 10 each (tied: by code), 1.2 2.
    let d = common::mini();
    let offers = Baseline::new(&d).offers(3);
    assert_eq!(codes(&offers), ["dti:1.1", "dti:2.1", "dti:2.2"]);
    assert_eq!(
        offers.iter().map(|o| o.potential).collect::<Vec<_>>(),
        [25.0, 10.0, 10.0]
    );
    assert_eq!(codes(&Baseline::new(&d).offers(10)).len(), 4);
}

#[test]
fn a_rule_that_reads_a_raw_value_gets_a_value_slider_else_points() {
    let d = common::mini();
    let offers = Baseline::new(&d).offers(4);
    let get = |c: &str| offers.iter().find(|o| o.code == c).unwrap();
    // 1.1: linear to 50 %, baseline 25 %.
    let o = get("dti:1.1");
    assert_eq!(o.input, Input::Value);
    assert_eq!((o.min, o.max, o.step, o.baseline), (0.0, 50.0, 0.1, 25.0));
    assert_eq!(o.unit.as_deref(), Some("%"));
    assert_eq!(o.name.vi, "Chứng thư số cá nhân");
    // 2.1: steps at 50, 80, 100; baseline 85.
    let o = get("dti:2.1");
    assert_eq!(
        (o.input, o.min, o.max, o.step),
        (Input::Value, 0.0, 100.0, 1.0)
    );
    // 2.2 is categorical (yes/no) and 1.2 published points: points from 0 to the maximum.
    let o = get("dti:2.2");
    assert_eq!(
        (o.input, o.min, o.max, o.baseline),
        (Input::Points, 0.0, 10.0, 0.0)
    );
    assert_eq!(o.unit, None);
    let o = get("dti:1.2");
    assert_eq!((o.input, o.max, o.baseline), (Input::Points, 10.0, 8.0));
}

#[test]
fn one_step_of_a_slider_moves_the_total_by_what_the_rule_gives() {
    let d = common::mini();
    let base = Baseline::new(&d);
    let o = base.offers(1).remove(0);
    let out = base.apply(&Scenario {
        overrides: vec![o.override_for(o.baseline + 10.0 * o.step)],
    });
    // 1 % more of a 50-point linear rule to 50 %: +1 point.
    assert!((out.total_after.unwrap() - 54.0).abs() < 1e-9);
    // Out of range is clamped to the slider.
    let out = base.apply(&Scenario {
        overrides: vec![o.override_for(1e9)],
    });
    assert_eq!(out.total_after, Some(78.0));
}

#[test]
fn khanh_hoa_offers_its_six_largest_gaps_with_the_baseline_on_the_slider() {
    let d = chiso_core::load(&common::default_dataset_text()).unwrap();
    let offers = Baseline::new(&d).offers(6);
    // 8.2 (42.4 recoverable), 6.6 (38.6), 7.1 (23.7), 8.3 (22.5), 4.2 (11.73), 6.4 (10.83).
    assert_eq!(
        codes(&offers),
        ["dti:8.2", "dti:6.6", "dti:7.1", "dti:8.3", "dti:4.2", "dti:6.4"]
    );
    // 8.2 has a rule, but only its points are published: a points slider.
    assert_eq!(offers[0].input, Input::Points);
    // 4.2 is scored from its raw value, 6.09 %, linear to 10 %.
    let o = &offers[4];
    assert_eq!(o.input, Input::Value);
    assert_eq!((o.min, o.max, o.baseline, o.step), (0.0, 10.0, 6.09, 0.01));
    assert!(o.illustrative, "the 4.2 rule is an illustrative assumption");
    // 6.4 holds 9.17 of 20 points: steps of 0.01 so that 9.17 is on the slider.
    assert_eq!((offers[5].baseline, offers[5].step), (9.17, 0.01));
    for o in &offers {
        let k = (o.baseline - o.min) / o.step;
        assert!(
            (k - k.round()).abs() < 1e-6,
            "{} baseline off the grid",
            o.code
        );
        assert!(o.min <= o.baseline && o.baseline <= o.max);
    }
}

#[test]
fn pii_offers_rank_by_what_reaching_the_best_province_would_add() {
    let d = chiso_core::load(&common::default_dataset_text()).unwrap();
    let base = Baseline::new(&d);
    let offers = base.composite_offers(6);
    assert_eq!(offers.len(), 6);
    assert!(offers.windows(2).all(|w| w[0].potential >= w[1].potential));
    // Start-ups (6.5): Khánh Hòa has the fewest of the 11 provinces, score 0; one of 5
    // indicators of a pillar, one of 2 pillars of the output side, one of 2 sides: 100 / 20 = 5.
    let start_ups = offers.iter().find(|o| o.code == "pii:6.5").unwrap();
    assert_eq!(
        (start_ups.min, start_ups.max, start_ups.baseline),
        (21.0, 1600.0, 21.0)
    );
    assert!((start_ups.potential - 5.0).abs() < 1e-9);
    for o in &offers {
        assert_eq!(o.input, Input::Value);
        let out = base.apply(&Scenario {
            overrides: vec![o.override_for(o.max)],
        });
        let root = &out.composite.unwrap().nodes[0];
        let gain = root.after.unwrap() - root.before.unwrap();
        assert!(
            (gain - o.potential).abs() < 1e-9,
            "{}: {gain} vs {}",
            o.code,
            o.potential
        );
    }
}
