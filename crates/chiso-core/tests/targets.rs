//! Target progress read as the domain: met, on track, at risk, off track, no data.

use chiso_core::model::{Baseline, Comparator, SourceRef, Target, Text};
use chiso_core::targets::{evaluate, is_met, Latest, Status};

fn target(
    comparator: Comparator,
    value: f64,
    deadline: i32,
    baseline: Option<(i32, f64)>,
) -> Target {
    Target {
        id: "t".into(),
        number: String::new(),
        name: Text::default(),
        unit: "%".into(),
        comparator,
        value: Some(value),
        value_max: None,
        wording: None,
        deadline,
        baseline: baseline.map(|(year, value)| Baseline {
            year,
            value,
            source: None,
            illustrative: false,
        }),
        measure: None,
        lead: vec![],
        source: SourceRef {
            id: "s".into(),
            section: String::new(),
        },
        note: None,
    }
}

fn at(year: i32, value: f64) -> Latest {
    Latest {
        value,
        period: year.to_string(),
        year,
        of: None,
        source: ("s".into(), String::new()),
        illustrative: false,
    }
}

#[test]
fn a_rank_target_of_20_is_met_by_rank_16_and_missed_by_rank_25() {
    assert!(is_met(Comparator::RankTop, 20.0, 16.0));
    assert!(is_met(Comparator::RankTop, 20.0, 20.0));
    assert!(!is_met(Comparator::RankTop, 20.0, 25.0));
    let t = target(Comparator::RankTop, 20.0, 2030, None);
    assert_eq!(evaluate(&t, &[at(2024, 16.0)]).status, Status::Met);
    assert_ne!(evaluate(&t, &[at(2024, 25.0)]).status, Status::Met);
}

#[test]
fn a_rank_closer_to_the_top_is_progress() {
    // Top 10 by 2030 from rank 16 in 2024: 1 rank a year needed.
    let t = target(Comparator::RankTop, 10.0, 2030, Some((2024, 16.0)));
    let p = evaluate(&t, &[at(2024, 16.0), at(2026, 14.0)]);
    assert_eq!(p.required_pace, Some(-1.0));
    assert_eq!(p.actual_pace, Some(-1.0));
    assert_eq!(p.status, Status::OnTrack);
    assert_eq!(p.distance, Some(4.0));
    let slipping = evaluate(&t, &[at(2024, 16.0), at(2026, 18.0)]);
    assert_eq!(slipping.status, Status::OffTrack);
}

#[test]
fn the_digital_economy_at_10_5_percent_needs_3_9_points_a_year_to_reach_30_by_2030() {
    let t = target(Comparator::Ge, 30.0, 2030, Some((2025, 10.5)));
    let p = evaluate(&t, &[at(2025, 10.5)]);
    assert!((p.required_pace.unwrap() - 3.9).abs() < 1e-9);
    // One point in time: the pace cannot be measured yet.
    assert_eq!(p.status, Status::AtRisk);
    assert_eq!(p.distance, Some(19.5));
}

#[test]
fn progress_at_two_thirds_of_the_straight_line_is_at_risk() {
    let t = target(Comparator::Ge, 30.0, 2030, Some((2025, 10.5)));
    // Expected after one year: 14.4; 13.1 is 2.6 of the 3.9 needed.
    let p = evaluate(&t, &[at(2025, 10.5), at(2026, 13.1)]);
    assert!((p.progress_ratio.unwrap() - 2.6 / 3.9).abs() < 1e-9);
    assert_eq!(p.status, Status::AtRisk);
    let ahead = evaluate(&t, &[at(2025, 10.5), at(2026, 14.5)]);
    assert_eq!(ahead.status, Status::OnTrack);
    let far_behind = evaluate(&t, &[at(2025, 10.5), at(2026, 11.0)]);
    assert_eq!(far_behind.status, Status::OffTrack);
}

#[test]
fn an_unmet_target_past_its_deadline_is_off_track() {
    let t = target(Comparator::Ge, 3.0, 2025, Some((2024, 1.0)));
    assert_eq!(evaluate(&t, &[at(2026, 1.9)]).status, Status::OffTrack);
}

#[test]
fn a_target_without_observations_or_a_qualitative_one_has_no_data() {
    let t = target(Comparator::Ge, 85.0, 2030, None);
    assert_eq!(evaluate(&t, &[]).status, Status::NoData);
    let mut q = target(Comparator::Qualitative, 0.0, 2030, None);
    q.value = None;
    assert_eq!(evaluate(&q, &[at(2025, 1.0)]).status, Status::NoData);
}

#[test]
fn a_range_is_met_from_its_lower_bound() {
    let mut t = target(Comparator::Range, 10.0, 2030, None);
    t.value_max = Some(18.0);
    assert_eq!(evaluate(&t, &[at(2026, 12.0)]).status, Status::Met);
    assert_eq!(evaluate(&t, &[at(2026, 25.0)]).status, Status::Met);
}

#[test]
fn strictly_greater_is_not_met_at_equality() {
    assert!(!is_met(Comparator::Gt, 0.7, 0.7));
    assert!(is_met(Comparator::Ge, 0.7, 0.7));
    assert!(!is_met(Comparator::Lt, 10.0, 10.0));
}
