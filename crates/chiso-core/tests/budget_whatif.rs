//! "If disbursement reaches X % of the allocation by month M": Khánh Hòa's 2026 S&T/DX budget
//! (604,030 million VND estimated, nothing allocated yet; 21,400 disbursed by March, illustrative).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use chiso_core::budget::Pace;
use chiso_core::budget_whatif::{budget_offer, cumulative_path, PathKind};
use chiso_core::model::Dataset;
use chiso_core::scenario::{Baseline, Override, Scenario};

fn khanh_hoa() -> Dataset {
    chiso_core::load(&common::default_dataset_text()).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn paces(d: &Dataset, o: Override) -> (Pace, Pace) {
    let out = Baseline::new(d).apply(&Scenario { overrides: vec![o] });
    assert!(out.ignored.is_empty());
    let change = out.budget.into_iter().next().unwrap();
    (change.before.pace.unwrap(), change.after.pace.unwrap())
}

#[test]
fn the_slider_starts_at_what_was_disbursed_by_march() {
    let d = khanh_hoa();
    let offer = budget_offer(&d).unwrap();
    assert_eq!(offer.line, "2026-total");
    assert_eq!((offer.base, offer.month), (604_030.0, 3));
    // Nothing is allocated yet for 2026: shares are of the estimate.
    assert_eq!(
        offer.measured_against,
        chiso_core::budget::PaceBase::Planned
    );
    // 21,400 / 604,030 = 3.54 % → 3.5 on the slider's 0.1 % step.
    assert!(close(offer.reported_pct, 100.0 * 21_400.0 / 604_030.0));
    assert!(close(offer.share_pct, 3.5));
    assert!(offer.illustrative);
}

#[test]
fn thirty_five_percent_by_june_projects_seventy_percent_by_december() {
    let d = khanh_hoa();
    let offer = budget_offer(&d).unwrap();
    let o = offer.override_for(35.0, 6);
    assert_eq!(
        o,
        Override::DisbursedByMonth {
            line: "2026-total".into(),
            month: 6,
            amount: 211_410.5
        }
    );
    assert_eq!(offer.share_of(&o), Some((35.0, 6)));
    let (before, after) = paces(&d, o);
    // Baseline: 21,400 by March, the same pace to December: 85,600 (14.2 %).
    assert!(close(before.projected_year_end, 85_600.0));
    // Scenario: 211,410.5 by June → 422,821 by December, 70 % of the estimate.
    assert_eq!(after.month, 6);
    assert!(close(after.projected_year_end, 422_821.0));
    assert!(close(after.projected_rate.unwrap(), 70.0));
}

#[test]
fn the_cumulative_path_joins_the_figures_and_continues_the_pace() {
    let d = khanh_hoa();
    let offer = budget_offer(&d).unwrap();
    let (before, after) = paces(&d, offer.override_for(35.0, 6));
    let base = cumulative_path(&before);
    assert_eq!(base.len(), 12);
    assert_eq!((base[2].amount, base[2].kind), (21_400.0, PathKind::Figure));
    assert!(close(base[3].amount, 21_400.0 * 4.0 / 3.0));
    assert_eq!(base[3].kind, PathKind::Projected);
    assert!(close(base[11].amount, before.projected_year_end));
    let path = cumulative_path(&after);
    let amounts: Vec<f64> = path.iter().map(|p| p.amount).collect();
    // January–March reported; April and May on the straight line to June's 211,410.5.
    assert_eq!(amounts[..3], [4_100.0, 11_400.0, 21_400.0]);
    assert!(close(amounts[3], 21_400.0 + 190_010.5 / 3.0));
    assert!(close(amounts[4], 21_400.0 + 2.0 * 190_010.5 / 3.0));
    assert_eq!(path[4].kind, PathKind::Between);
    assert_eq!((amounts[5], path[5].kind), (211_410.5, PathKind::Figure));
    assert!(close(amounts[6], 211_410.5 * 7.0 / 6.0));
    assert!(close(amounts[11], 422_821.0));
    assert!(amounts.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn an_earlier_month_changes_the_path_but_not_the_projection() {
    // 2 % by February (12,080.6) replaces February's 11,400; March's 21,400 still sets the pace.
    let d = khanh_hoa();
    let offer = budget_offer(&d).unwrap();
    let (before, after) = paces(&d, offer.override_for(2.0, 2));
    assert_eq!(after.month, 3);
    assert_eq!(after.projected_year_end, before.projected_year_end);
    assert_eq!(cumulative_path(&after)[1].amount, 12_080.6);
}

#[test]
fn a_share_below_what_is_already_reported_cannot_make_the_total_go_down() {
    // 1 % by June would be below March's 3.54 %: the share is held at what was reported.
    let d = khanh_hoa();
    let offer = budget_offer(&d).unwrap();
    let (_, after) = paces(&d, offer.override_for(1.0, 6));
    assert!(close(after.disbursed, 21_400.0));
    assert!(close(after.projected_year_end, 42_800.0));
}

#[test]
fn a_shared_link_below_what_was_reported_by_march_is_held_at_it() {
    // A hand-edited link: 10,000 by June, below the 21,400 reported by March. The engine holds
    // June at March's figure, as the slider does, so cumulative disbursement never goes down.
    let d = khanh_hoa();
    let scenario = Scenario::from_query("m~2026-total~6=10000").unwrap();
    let out = Baseline::new(&d).apply(&scenario);
    assert!(out.ignored.is_empty());
    let after = out.budget[0].after.pace.clone().unwrap();
    assert_eq!(after.month, 6);
    assert!(close(after.disbursed, 21_400.0));
    assert!(close(after.projected_year_end, 42_800.0));
    let amounts: Vec<f64> = cumulative_path(&after).iter().map(|p| p.amount).collect();
    assert!(amounts.windows(2).all(|w| w[0] <= w[1]), "{amounts:?}");
    // Above March's figure, the link's amount stands.
    let out = Baseline::new(&d).apply(&Scenario::from_query("m~2026-total~6=30000").unwrap());
    assert!(close(
        out.budget[0].after.pace.clone().unwrap().disbursed,
        30_000.0
    ));
}
