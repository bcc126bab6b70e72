//! Budget ratios: share of the provincial budget, allocation and disbursement rates, the
//! unallocated share, disbursement pace against a monthly roadmap and an even pace, and the
//! year-end projection at the current pace. Amounts are converted to million VND.

use crate::model::{
    BudgetCategory, BudgetLine, Dataset, MoneyUnit, MonthlyDisbursement, StatedBudgetRatios,
};
use crate::period::period_key;
use serde::Serialize;

/// Million VND in one unit of `unit`.
pub fn million_vnd(unit: MoneyUnit) -> f64 {
    match unit {
        MoneyUnit::MillionVnd => 1.0,
        MoneyUnit::BillionVnd => 1000.0,
    }
}

/// `part / whole` as a percentage, `None` when the whole is missing or zero.
pub fn pct(part: Option<f64>, whole: Option<f64>) -> Option<f64> {
    match (part, whole) {
        (Some(p), Some(w)) if w > 0.0 => Some(100.0 * p / w),
        _ => None,
    }
}

/// Ratios of one budget line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineRatios {
    /// Budget line id.
    pub id: String,
    /// Budget year.
    pub period: String,
    /// Category.
    pub category: BudgetCategory,
    /// Recipient entity, if any.
    pub recipient: Option<String>,
    /// Planned, million VND.
    pub planned: Option<f64>,
    /// Allocated, million VND.
    pub allocated: Option<f64>,
    /// Disbursed, million VND.
    pub disbursed: Option<f64>,
    /// Allocated / planned, %.
    pub allocation_rate: Option<f64>,
    /// Planned − allocated, million VND.
    pub unallocated: Option<f64>,
    /// (Planned − allocated) / planned, %.
    pub unallocated_share: Option<f64>,
    /// Disbursed / allocated, %.
    pub disbursement_rate: Option<f64>,
    /// Disbursed / planned, %.
    pub disbursed_of_planned: Option<f64>,
    /// The line (planned, else allocated) / total provincial budget spending, %.
    pub share_of_budget: Option<f64>,
    /// Total provincial budget spending, million VND.
    pub budget_total: Option<f64>,
    /// The amount needed to reach the budget-share target, million VND.
    pub share_target_amount: Option<f64>,
    /// How far the line is below that amount, million VND (0 when it is reached).
    pub share_target_shortfall: Option<f64>,
    /// Percentages as published, for showing next to the computed ones.
    pub stated: StatedBudgetRatios,
    /// What `budget_total` is, as published.
    pub budget_total_label: Option<crate::model::Text>,
    /// True when the line is illustrative.
    pub illustrative: bool,
    /// Pace of disbursement, when monthly figures exist.
    pub pace: Option<Pace>,
}

/// One month of a disbursement pace chart, cumulative, million VND.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PaceMonth {
    /// Month, 1–12.
    pub month: u32,
    /// Roadmap (planned cumulative), when published.
    pub planned: Option<f64>,
    /// Disbursed cumulative, when reported.
    pub disbursed: Option<f64>,
    /// Even pace: `allocated × month / 12`.
    pub even: Option<f64>,
    /// True when any figure of this month is illustrative.
    pub illustrative: bool,
}

/// What a pace is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaceBase {
    /// The allocated amount.
    Allocated,
    /// The planned amount (estimate), when nothing is allocated yet.
    Planned,
}

/// Disbursement pace of a line at its latest reported month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pace {
    /// Latest month with a disbursed figure.
    pub month: u32,
    /// The amount rates are measured against.
    pub base: PaceBase,
    /// True when any monthly figure is illustrative.
    pub illustrative: bool,
    /// Disbursed by then, million VND.
    pub disbursed: f64,
    /// Disbursed by then as % of the base.
    pub disbursed_rate: Option<f64>,
    /// Roadmap by then as % of allocated.
    pub roadmap_rate: Option<f64>,
    /// Even pace by then, % of allocated (`100 × month / 12`).
    pub even_rate: f64,
    /// Disbursed − roadmap by then, million VND (negative: behind).
    pub versus_roadmap: Option<f64>,
    /// Disbursed − even pace by then, million VND (negative: behind).
    pub versus_even: Option<f64>,
    /// Year-end disbursement if the pace so far continues: `disbursed × 12 / month`.
    pub projected_year_end: f64,
    /// The projection as % of allocated.
    pub projected_rate: Option<f64>,
    /// The twelve months, for charts.
    pub months: Vec<PaceMonth>,
}

/// Budget ratios of every line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetReport {
    /// The budget-share target used, %.
    pub share_target_pct: f64,
    /// One entry per line, in the file's order.
    pub lines: Vec<LineRatios>,
}

impl BudgetReport {
    /// Computes every line; `share_target_pct` is the target share of the provincial budget (3 %
    /// under Resolution 57).
    pub fn compute(dataset: &Dataset, share_target_pct: f64) -> BudgetReport {
        let lines = crate::lists::map(&dataset.budget, |line| {
            line_ratios(line, &dataset.disbursement, share_target_pct)
        });
        BudgetReport {
            share_target_pct,
            lines,
        }
    }

    /// The province-wide total line of the latest period.
    pub fn latest_total(&self) -> Option<&LineRatios> {
        self.lines
            .iter()
            .filter(|l| l.category == BudgetCategory::Total && l.recipient.is_none())
            .max_by_key(|l| period_key(&l.period))
    }
}

/// Ratios of one line; `months` may hold figures of other lines, which are ignored.
pub fn line_ratios(
    line: &BudgetLine,
    months: &[MonthlyDisbursement],
    share_target_pct: f64,
) -> LineRatios {
    let k = million_vnd(line.unit);
    let scale = |x: Option<f64>| x.map(|x| x * k);
    let (planned, allocated, disbursed) = (
        scale(line.planned),
        scale(line.allocated),
        scale(line.disbursed),
    );
    let budget_total = scale(line.budget_total);
    let unallocated = match (planned, allocated) {
        (Some(p), Some(a)) => Some(p - a),
        _ => None,
    };
    let amount = planned.or(allocated);
    let share_target_amount = budget_total.map(|t| t * share_target_pct / 100.0);
    LineRatios {
        id: line.id.clone(),
        period: line.period.clone(),
        category: line.category,
        recipient: line.recipient.clone(),
        planned,
        allocated,
        disbursed,
        allocation_rate: pct(allocated, planned),
        unallocated,
        unallocated_share: pct(unallocated, planned),
        disbursement_rate: pct(disbursed, allocated),
        disbursed_of_planned: pct(disbursed, planned),
        share_of_budget: pct(amount, budget_total),
        budget_total,
        share_target_amount,
        share_target_shortfall: match (share_target_amount, amount) {
            (Some(t), Some(a)) => Some((t - a).max(0.0)),
            _ => None,
        },
        stated: line.stated.clone(),
        budget_total_label: line.budget_total_label.clone(),
        illustrative: line.illustrative,
        pace: pace(line, months),
    }
}

fn pace(line: &BudgetLine, months: &[MonthlyDisbursement]) -> Option<Pace> {
    let k = million_vnd(line.unit);
    let own: Vec<&MonthlyDisbursement> = crate::lists::filter(months, |m| m.line == line.id);
    let latest = own
        .iter()
        .filter(|m| m.disbursed_cumulative.is_some())
        .max_by_key(|m| m.month)?;
    let month = latest.month.clamp(1, 12);
    let disbursed = latest.disbursed_cumulative.unwrap_or(0.0) * k;
    let base = if line.allocated.is_some() {
        PaceBase::Allocated
    } else {
        PaceBase::Planned
    };
    let allocated = line.allocated.or(line.planned).map(|a| a * k);
    let even = |m: u32| allocated.map(|a| a * f64::from(m) / 12.0);
    let planned_at = |m: u32| {
        own.iter()
            .find(|x| x.month == m)
            .and_then(|x| x.planned_cumulative)
            .map(|p| p * k)
    };
    let roadmap = planned_at(month);
    let projected_year_end = disbursed * 12.0 / f64::from(month);
    let chart = (1..=12)
        .map(|m| {
            let entry = own.iter().find(|x| x.month == m);
            PaceMonth {
                month: m,
                planned: planned_at(m),
                disbursed: entry.and_then(|x| x.disbursed_cumulative).map(|d| d * k),
                even: even(m),
                illustrative: line.illustrative || entry.is_some_and(|x| x.illustrative),
            }
        })
        .collect();
    Some(Pace {
        month,
        base,
        illustrative: line.illustrative || own.iter().any(|m| m.illustrative),
        disbursed,
        disbursed_rate: pct(Some(disbursed), allocated),
        roadmap_rate: pct(roadmap, allocated),
        even_rate: 100.0 * f64::from(month) / 12.0,
        versus_roadmap: roadmap.map(|r| disbursed - r),
        versus_even: even(month).map(|e| disbursed - e),
        projected_year_end,
        projected_rate: pct(Some(projected_year_end), allocated),
        months: chart,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceRef;

    fn line(unit: MoneyUnit, planned: f64, allocated: f64, disbursed: f64) -> BudgetLine {
        BudgetLine {
            id: "l".into(),
            period: "2025".into(),
            category: BudgetCategory::Total,
            recipient: None,
            unit,
            planned: Some(planned),
            allocated: Some(allocated),
            disbursed: Some(disbursed),
            budget_total: None,
            budget_total_label: None,
            stated: StatedBudgetRatios::default(),
            source: SourceRef {
                id: "s".into(),
                section: String::new(),
            },
            illustrative: false,
            note: None,
        }
    }

    fn month(m: u32, planned: f64, disbursed: Option<f64>) -> MonthlyDisbursement {
        MonthlyDisbursement {
            line: "l".into(),
            month: m,
            planned_cumulative: Some(planned),
            disbursed_cumulative: disbursed,
            source: SourceRef {
                id: "s".into(),
                section: String::new(),
            },
            illustrative: false,
        }
    }

    #[test]
    fn khanh_hoa_2025_disbursed_half_of_what_was_allocated() {
        let r = line_ratios(&line(MoneyUnit::BillionVnd, 350.0, 311.0, 155.0), &[], 3.0);
        assert_eq!(r.allocated, Some(311_000.0));
        let rate = r.disbursement_rate.unwrap();
        assert!((rate - 49.839).abs() < 0.001, "{rate}");
        let unallocated = r.unallocated_share.unwrap();
        assert!((unallocated - 11.143).abs() < 0.001, "{unallocated}");
    }

    #[test]
    fn the_2026_estimate_is_below_three_percent_of_the_local_budget() {
        let mut l = line(MoneyUnit::MillionVnd, 604_030.0, 0.0, 0.0);
        l.allocated = None;
        l.disbursed = None;
        l.budget_total = Some(32_004_264.0);
        let r = line_ratios(&l, &[], 3.0);
        let share = r.share_of_budget.unwrap();
        assert!((share - 1.887).abs() < 0.001, "{share}");
        let shortfall = r.share_target_shortfall.unwrap();
        assert!((shortfall - 356_097.92).abs() < 0.01, "{shortfall}");
    }

    #[test]
    fn a_quarter_behind_the_roadmap_projects_a_short_year_end() {
        let l = line(MoneyUnit::MillionVnd, 1200.0, 1200.0, 0.0);
        let months = [
            month(1, 50.0, Some(20.0)),
            month(2, 150.0, Some(40.0)),
            month(3, 300.0, Some(90.0)),
            month(4, 400.0, None),
        ];
        let pace = line_ratios(&l, &months, 3.0).pace.unwrap();
        assert_eq!(pace.month, 3);
        assert_eq!(pace.versus_roadmap, Some(-210.0));
        assert_eq!(pace.versus_even, Some(-210.0));
        assert_eq!(pace.projected_year_end, 360.0);
        assert_eq!(pace.projected_rate, Some(30.0));
        assert_eq!(pace.even_rate, 25.0);
        assert_eq!(pace.months.len(), 12);
    }
}
