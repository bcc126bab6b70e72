//! The budget what-if: "if disbursement reaches X % of the allocation by month M".
//!
//! The scenario is an ordinary [`Override::DisbursedByMonth`] (so it lives in the URL like any
//! other), and its year-end projection is the one [`crate::budget`] computes for reported
//! figures: the pace so far continues, `disbursed × 12 / month`. [`cumulative_path`] turns a
//! [`Pace`] into a twelve-month cumulative line for charts with the same rule: the pace's
//! figures, straight lines between them (from zero at the start of the year), and the pace of the
//! last figure continued to December.

use crate::budget::{million_vnd, Pace, PaceBase};
use crate::model::{BudgetCategory, BudgetLine, Dataset};
use crate::period::period_key;
use crate::scenario::Override;
use serde::Serialize;

/// Step of the share slider, % of the allocation.
pub const SHARE_STEP_PCT: f64 = 0.1;

/// The line a budget what-if moves, and where its slider starts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetOffer {
    /// Budget line id.
    pub line: String,
    /// Budget year.
    pub period: String,
    /// The amount shares are measured against (allocated, else planned), in the line's unit.
    pub base: f64,
    /// Which amount that is (label it "% of the allocation" or "% of the estimate").
    pub measured_against: PaceBase,
    /// The same amount in million VND.
    pub base_mvnd: f64,
    /// Latest reported month, or 12 when nothing is reported yet.
    pub month: u32,
    /// Share disbursed by then, % of `base`, on the slider's step (0 when nothing is reported).
    pub share_pct: f64,
    /// The same share unrounded.
    pub reported_pct: f64,
    /// True when the line or its monthly figures are illustrative.
    pub illustrative: bool,
}

impl BudgetOffer {
    /// The override "X % of the allocation disbursed by the end of month M" (amount in the line's
    /// unit, to the hundredth). The share is clamped to 0–100 % and the month to 1–12; from the
    /// latest reported month on, the share is at least what was reported (cumulative amounts do
    /// not go down).
    pub fn override_for(&self, share_pct: f64, month: u32) -> Override {
        let month = month.clamp(1, 12);
        let share = if share_pct.is_finite() {
            crate::num::clamp(share_pct, 0.0, 100.0)
        } else {
            self.share_pct
        };
        let share = if month >= self.month {
            share.max(self.reported_pct)
        } else {
            share
        };
        Override::DisbursedByMonth {
            line: self.line.clone(),
            month,
            amount: (self.base * share).round() / 100.0,
        }
    }

    /// The share (% of the allocation, on the slider's step) and month an override of this line
    /// sets, e.g. read back from a URL.
    pub fn share_of(&self, o: &Override) -> Option<(f64, u32)> {
        match o {
            Override::DisbursedByMonth {
                line,
                month,
                amount,
            } if *line == self.line && self.base > 0.0 => {
                let share = 100.0 * amount / self.base;
                Some(((share / SHARE_STEP_PCT).round() * SHARE_STEP_PCT, *month))
            }
            _ => None,
        }
    }
}

/// The line a budget what-if offers: the province-wide total line of the latest year that has
/// monthly figures, else of the latest year.
pub fn budget_offer(dataset: &Dataset) -> Option<BudgetOffer> {
    let totals = || {
        dataset
            .budget
            .iter()
            .filter(|l| l.category == BudgetCategory::Total && l.recipient.is_none())
    };
    let has_months = |l: &&BudgetLine| dataset.disbursement.iter().any(|m| m.line == l.id);
    let line = totals()
        .filter(has_months)
        .max_by_key(|l| period_key(&l.period))
        .or_else(|| totals().max_by_key(|l| period_key(&l.period)))?;
    let (base, measured_against) = match (line.allocated, line.planned) {
        (Some(a), _) => (a, PaceBase::Allocated),
        (None, Some(p)) => (p, PaceBase::Planned),
        (None, None) => return None,
    };
    if base <= 0.0 {
        return None;
    }
    let latest = dataset
        .disbursement
        .iter()
        .filter(|m| m.line == line.id)
        .filter_map(|m| Some((m.month, m.disbursed_cumulative?)))
        .max_by_key(|(month, _)| *month);
    let (month, share_pct) = match latest {
        Some((month, amount)) => (month.clamp(1, 12), 100.0 * amount / base),
        None => (12, 0.0),
    };
    Some(BudgetOffer {
        line: line.id.clone(),
        period: line.period.clone(),
        base,
        measured_against,
        base_mvnd: base * million_vnd(line.unit),
        month,
        share_pct: (share_pct / SHARE_STEP_PCT).round() * SHARE_STEP_PCT,
        reported_pct: share_pct,
        illustrative: line.illustrative
            || dataset
                .disbursement
                .iter()
                .any(|m| m.line == line.id && m.illustrative),
    })
}

/// Where a point of a cumulative path comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PathKind {
    /// A cumulative figure of the pace (reported, or set by the scenario).
    Figure,
    /// On the straight line between two figures (or from zero to the first).
    Between,
    /// The pace of the last figure continued: `disbursed × month / latest month`.
    Projected,
}

/// One month of a cumulative path, million VND.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathPoint {
    /// Month, 1–12.
    pub month: u32,
    /// Cumulative amount.
    pub amount: f64,
    /// Where it comes from.
    pub kind: PathKind,
}

/// The twelve-month cumulative path of a pace; December equals the pace's year-end projection.
pub fn cumulative_path(pace: &Pace) -> Vec<PathPoint> {
    let figures: Vec<(u32, f64)> = pace
        .months
        .iter()
        .filter(|m| m.month <= pace.month)
        .filter_map(|m| Some((m.month, m.disbursed?)))
        .collect();
    (1..=12u32)
        .map(|month| {
            if let Some(&(_, amount)) = figures.iter().find(|(m, _)| *m == month) {
                return PathPoint {
                    month,
                    amount,
                    kind: PathKind::Figure,
                };
            }
            if month > pace.month {
                return PathPoint {
                    month,
                    amount: pace.disbursed * f64::from(month) / f64::from(pace.month),
                    kind: PathKind::Projected,
                };
            }
            let (m0, a0) = figures
                .iter()
                .rev()
                .find(|(m, _)| *m < month)
                .copied()
                .unwrap_or((0, 0.0));
            let (m1, a1) = figures
                .iter()
                .find(|(m, _)| *m > month)
                .copied()
                .unwrap_or((pace.month, pace.disbursed));
            let t = f64::from(month - m0) / f64::from((m1 - m0).max(1));
            PathPoint {
                month,
                amount: a0 + (a1 - a0) * t,
                kind: PathKind::Between,
            }
        })
        .collect()
}
