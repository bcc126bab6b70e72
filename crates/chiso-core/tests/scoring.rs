//! Scoring read as the domain: rules, roll-up, missing data, ranks among peers.

mod common;

use chiso_core::model::{Direction, Rule, Step, Value};
use chiso_core::score::{apply_rule, Origin, ScoreBook};

fn linear(threshold: f64) -> Rule {
    Rule::Linear {
        threshold,
        zero_at: 0.0,
        illustrative: false,
        source: None,
    }
}

#[test]
fn a_province_at_50_percent_personal_digital_certificates_gets_full_points() {
    // 000 III-b.6: DTI 8.2 earns its 50 points at a rate of 50 % or more.
    let rule = linear(50.0);
    assert_eq!(
        apply_rule(&rule, 50.0, Direction::Higher, &Value::Number(50.0)),
        Some(50.0)
    );
    assert_eq!(
        apply_rule(&rule, 50.0, Direction::Higher, &Value::Number(73.0)),
        Some(50.0)
    );
}

#[test]
fn below_the_threshold_points_grow_in_proportion() {
    // At 7.6 % of people with a certificate the linear rule gives 7.6 of 50 points (000 III-b.6).
    let rule = linear(50.0);
    let points = apply_rule(&rule, 50.0, Direction::Higher, &Value::Number(7.6)).unwrap();
    assert!((points - 7.6).abs() < 1e-12);
    assert_eq!(
        apply_rule(&rule, 50.0, Direction::Higher, &Value::Number(-3.0)),
        Some(0.0)
    );
}

#[test]
fn ict_skills_at_70_percent_earn_the_full_50_points() {
    let rule = linear(70.0);
    assert_eq!(
        apply_rule(&rule, 50.0, Direction::Higher, &Value::Number(70.0)),
        Some(50.0)
    );
    let half = apply_rule(&rule, 50.0, Direction::Higher, &Value::Number(35.0)).unwrap();
    assert!((half - 25.0).abs() < 1e-12);
}

#[test]
fn a_linear_rule_whose_threshold_is_below_its_zero_point_rewards_lower_values() {
    let rule = Rule::Linear {
        threshold: 2.0,
        zero_at: 10.0,
        illustrative: false,
        source: None,
    };
    assert_eq!(
        apply_rule(&rule, 20.0, Direction::Lower, &Value::Number(2.0)),
        Some(20.0)
    );
    assert_eq!(
        apply_rule(&rule, 20.0, Direction::Lower, &Value::Number(6.0)),
        Some(10.0)
    );
    assert_eq!(
        apply_rule(&rule, 20.0, Direction::Lower, &Value::Number(12.0)),
        Some(0.0)
    );
}

#[test]
fn step_thresholds_give_the_points_of_the_highest_step_reached() {
    let rule = Rule::Steps {
        steps: vec![
            Step {
                at: 50.0,
                points: 10.0,
            },
            Step {
                at: 80.0,
                points: 20.0,
            },
            Step {
                at: 100.0,
                points: 30.0,
            },
        ],
        illustrative: false,
    };
    let score = |v: f64| apply_rule(&rule, 30.0, Direction::Higher, &Value::Number(v));
    assert_eq!(score(49.9), Some(0.0));
    assert_eq!(score(50.0), Some(10.0));
    assert_eq!(score(85.0), Some(20.0));
    assert_eq!(score(100.0), Some(30.0));
}

#[test]
fn a_categorical_answer_earns_its_category_points_and_an_unknown_one_none() {
    let rule = Rule::Categorical {
        categories: vec![chiso_core::model::Category {
            value: "yes".into(),
            points: 10.0,
            name: None,
        }],
        illustrative: false,
    };
    let yes = Value::Category("yes".into());
    assert_eq!(apply_rule(&rule, 10.0, Direction::Higher, &yes), Some(10.0));
    let maybe = Value::Category("maybe".into());
    assert_eq!(apply_rule(&rule, 10.0, Direction::Higher, &maybe), None);
    assert_eq!(
        apply_rule(&rule, 10.0, Direction::Higher, &Value::Number(1.0)),
        None
    );
}

#[test]
fn a_raw_value_alone_scores_nothing_when_points_must_be_published() {
    assert_eq!(
        apply_rule(
            &Rule::Published,
            10.0,
            Direction::Higher,
            &Value::Number(9.0)
        ),
        None
    );
}

#[test]
fn main_indicators_are_the_sum_of_their_sub_indicators() {
    let d = common::mini();
    let book = ScoreBook::compute(&d);
    let card = book.get("dti", "p", "2025").unwrap();
    // 1.1: 25 % of a 50 % threshold → 25 of 50; 1.2: 8 published.
    assert_eq!(card.node("1.1").unwrap().points, Some(25.0));
    assert_eq!(card.node("1.1").unwrap().origin, Origin::Computed);
    assert_eq!(card.node("1.2").unwrap().origin, Origin::Published);
    assert_eq!(card.node("1").unwrap().points, Some(33.0));
    // 2.1: 85 % reaches the 80 % step → 20; 2.2: "no" → 0.
    assert_eq!(card.node("2").unwrap().points, Some(20.0));
    assert_eq!(card.total().unwrap().points, Some(53.0));
    assert_eq!(card.index, Some(0.53));
}

#[test]
fn missing_data_is_missing_with_coverage_never_zero() {
    let mut d = common::mini();
    d.observations
        .retain(|o| o.code != "dti:2.1" && o.code != "dti:2.2");
    let book = ScoreBook::compute(&d);
    let card = book.get("dti", "p", "2025").unwrap();
    let two = card.node("2").unwrap();
    assert_eq!(two.points, None);
    assert_eq!(two.origin, Origin::Missing);
    assert_eq!(two.gap, None);
    let root = card.total().unwrap();
    assert_eq!(root.points, Some(33.0));
    assert_eq!(root.covered_max, 60.0);
    assert!((root.coverage - 0.6).abs() < 1e-12);
    // Not ranked: its total is not complete.
    assert_eq!(card.rank, None);
}

#[test]
fn the_largest_recoverable_gaps_come_first() {
    let d = common::mini();
    let book = ScoreBook::compute(&d);
    let card = book.get("dti", "p", "2025").unwrap();
    let order: Vec<&str> = card.gaps().iter().map(|n| n.code.as_str()).collect();
    // 1.1 loses 25, 2.1 loses 10, 2.2 loses 10 (tie broken by code), 1.2 loses 2.
    assert_eq!(order, ["1.1", "2.1", "2.2", "1.2"]);
}

#[test]
fn feasibility_scales_the_recoverable_points() {
    let mut d = common::mini();
    d.frameworks[0].indicators[2].feasibility = Some(0.2); // 1.1: gap 25 → 5 recoverable
    let book = ScoreBook::compute(&d);
    let card = book.get("dti", "p", "2025").unwrap();
    assert_eq!(card.node("1.1").unwrap().recoverable, Some(5.0));
    assert_eq!(card.gaps()[0].code, "2.1");
}

#[test]
fn a_province_is_ranked_among_peers_with_complete_totals() {
    let d = common::mini();
    let book = ScoreBook::compute(&d);
    // q 70, p 53, r 40.
    let rank = |e: &str| book.get("dti", e, "2025").unwrap().rank.unwrap();
    assert_eq!((rank("q").rank, rank("p").rank, rank("r").rank), (1, 2, 3));
    assert_eq!(rank("p").of, 3);
}

#[test]
fn provinces_with_equal_totals_share_the_better_rank() {
    let mut d = common::mini();
    for o in &mut d.observations {
        if o.entity == "q" {
            o.points = Some(53.0);
        }
    }
    let book = ScoreBook::compute(&d);
    let rank = |e: &str| book.get("dti", e, "2025").unwrap().rank.unwrap().rank;
    assert_eq!((rank("q"), rank("p"), rank("r")), (1, 1, 3));
}

#[test]
fn the_agency_scorecard_ranks_by_share_of_points_held() {
    let d = common::mini();
    let book = ScoreBook::compute(&d);
    let card = book.get("dti", "p", "2025").unwrap();
    let lines = chiso_core::agencies::agency_scorecard(&d.frameworks[0], card);
    // police: 8/10 + 20/30 = 28/40 = 70 %; dost: 25/50 + 0/10 = 25/60 ≈ 41.7 %.
    assert_eq!(lines[0].agency, "police");
    assert_eq!(lines[0].points, 28.0);
    assert_eq!(lines[0].rank.unwrap().rank, 1);
    assert_eq!(lines[1].agency, "dost");
    assert_eq!(lines[1].recoverable, 35.0);
}
