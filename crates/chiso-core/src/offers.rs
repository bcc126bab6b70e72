//! Slider offers for the what-if views: which inputs a briefing can move, and how far.
//!
//! DTI: the sub-indicators with the most recoverable points (ties by code), each driving its raw
//! value when its scoring rule reads one (linear or step rules with a numeric baseline value),
//! else its points from 0 to the maximum. PII: the indicators whose raw value could add most to
//! the province's score if it reached the best province's (`(100 − normalised score) ×` the
//! indicator's share of the index), each driving its raw value between the provinces' lowest and
//! highest. Ranges and steps are chosen so the baseline value sits exactly on the slider.

use crate::composite::Composite;
use crate::model::{Framework, Rule, Text, Value};
use crate::scenario::{Baseline, Override};
use crate::score::{natural_cmp, Scorecard};
use crate::tree::Tree;
use serde::Serialize;

/// How many sliders a what-if offers unless told otherwise.
pub const DEFAULT_SLIDERS: usize = 6;

/// What a slider drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    /// The raw value, scored through the indicator's rule ([`Override::Value`]).
    Value,
    /// The points directly ([`Override::Points`]).
    Points,
}

/// One slider: an input, its range and its baseline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offer {
    /// `framework:code`, as in a scenario (`dti:6.4`).
    pub code: String,
    /// The indicator code alone (`6.4`).
    pub indicator: String,
    /// The indicator's name.
    pub name: Text,
    /// What the slider drives.
    pub input: Input,
    /// The unit of the input: the indicator's unit for a raw value, `None` for points.
    pub unit: Option<String>,
    /// Lowest slider value.
    pub min: f64,
    /// Highest slider value.
    pub max: f64,
    /// Slider step (the baseline is a whole number of steps from `min`).
    pub step: f64,
    /// The baseline value of the input.
    pub baseline: f64,
    /// Points (DTI) or index points (PII) the input could still add.
    pub potential: f64,
    /// True when the baseline or the rule behind it is illustrative.
    pub illustrative: bool,
}

impl Offer {
    /// The override that sets this input to `value` (clamped to the slider's range).
    pub fn override_for(&self, value: f64) -> Override {
        let value = if value.is_finite() {
            crate::num::clamp(value, self.min, self.max)
        } else {
            self.baseline
        };
        match self.input {
            Input::Value => Override::Value {
                code: self.code.clone(),
                value,
            },
            Input::Points => Override::Points {
                code: self.code.clone(),
                points: value,
            },
        }
    }
}

/// Decimals needed to write `x` exactly, up to 4.
fn decimals(x: f64) -> i32 {
    (0..4)
        .find(|&d| {
            let scaled = x * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-9 * scaled.abs().max(1.0)
        })
        .unwrap_or(4)
}

/// A step of about a hundredth of the range (a power of ten), fine enough to land on the
/// baseline and on `min`.
pub fn slider_step(min: f64, max: f64, baseline: f64) -> f64 {
    let range = max - min;
    let nominal = if range > 0.0 && range.is_finite() {
        10f64.powi(range.log10().floor() as i32 - 2)
    } else {
        1.0
    };
    let exact = 10f64.powi(-decimals(baseline).max(decimals(min)));
    nominal.min(exact)
}

/// The range a rule gives a raw value: from zero points to full points, widened to hold the
/// baseline.
fn value_range(rule: &Rule, baseline: f64) -> Option<(f64, f64)> {
    let (lo, hi) = match rule {
        Rule::Linear {
            threshold, zero_at, ..
        } => (threshold.min(*zero_at), threshold.max(*zero_at)),
        Rule::Steps { steps, .. } => {
            let ats = steps.iter().map(|s| s.at);
            let lo = ats.clone().fold(0.0, f64::min);
            (lo, ats.fold(lo, f64::max))
        }
        _ => return None,
    };
    (hi > lo).then_some((lo.min(baseline), hi.max(baseline)))
}

/// The DTI sliders: the `n` sub-indicators of the province's card with the most recoverable
/// points (ties by code).
pub fn dti_offers(framework: &Framework, tree: &Tree, card: &Scorecard, n: usize) -> Vec<Offer> {
    card.gaps()
        .into_iter()
        .filter_map(|node| {
            let i = *tree.by_code.get(&node.code)?;
            let x = framework.indicators.get(i)?;
            let raw = match &node.value {
                Some(Value::Number(v)) if node.origin == crate::score::Origin::Computed => {
                    value_range(&x.rule, *v).map(|r| (*v, r))
                }
                _ => None,
            };
            let (input, baseline, (min, max), unit) = match raw {
                Some((v, range)) => (Input::Value, v, range, x.unit.clone()),
                None => (Input::Points, node.points?, (0.0, x.max), None),
            };
            Some(Offer {
                code: format!("{}:{}", framework.id, node.code),
                indicator: node.code.clone(),
                name: x.name.clone(),
                input,
                unit,
                min,
                max,
                step: slider_step(min, max, baseline),
                baseline,
                potential: node.recoverable.unwrap_or(0.0),
                illustrative: node.illustrative,
            })
        })
        .take(n)
        .collect()
}

/// Each node's share of the root: the product of its and its ancestors' weight among siblings.
fn shares(framework: &Framework, tree: &Tree) -> Vec<f64> {
    let weight = |i: usize| {
        framework
            .indicators
            .get(i)
            .and_then(|x| x.weight)
            .unwrap_or(1.0)
    };
    let mut share = vec![1.0; framework.indicators.len()];
    // Parents come before children in reverse post-order.
    for &i in tree.post_order.iter().rev() {
        let Some(parent) = tree.parent.get(i).copied().flatten() else {
            continue;
        };
        let siblings: f64 = tree
            .children
            .get(parent)
            .map(|c| c.iter().map(|&k| weight(k)).sum())
            .unwrap_or(0.0);
        let of_parent = share.get(parent).copied().unwrap_or(0.0);
        if let Some(s) = share.get_mut(i) {
            *s = if siblings > 0.0 {
                of_parent * weight(i) / siblings
            } else {
                0.0
            };
        }
    }
    share
}

/// The composite (PII) sliders: the `n` indicators of the province with the most to gain
/// (ties by code), each moving its raw value across the provinces' range.
pub fn composite_offers(
    framework: &Framework,
    tree: &Tree,
    composite: &Composite,
    province: &str,
    n: usize,
) -> Vec<Offer> {
    let Some(mine) = composite.of(province) else {
        return Vec::new();
    };
    let share = shares(framework, tree);
    let mut offers: Vec<Offer> = (0..framework.indicators.len())
        .filter(|&i| tree.is_leaf(i))
        .filter_map(|i| {
            let x = framework.indicators.get(i)?;
            let cell = mine.get(i)?;
            let (raw, score) = (cell.raw?, cell.score?);
            let raws = composite
                .scores
                .iter()
                .filter_map(|row| row.get(i).and_then(|c| c.raw));
            let lo = raws.clone().fold(raw, f64::min);
            let mut hi = raws.fold(raw, f64::max);
            if hi <= lo {
                hi = lo + 1.0;
            }
            Some(Offer {
                code: format!("{}:{}", framework.id, x.code),
                indicator: x.code.clone(),
                name: x.name.clone(),
                input: Input::Value,
                unit: x.unit.clone(),
                min: lo,
                max: hi,
                step: slider_step(lo, hi, raw),
                baseline: raw,
                potential: (100.0 - score) * share.get(i).copied().unwrap_or(0.0),
                illustrative: cell.illustrative,
            })
        })
        .collect();
    crate::order::sort_by(&mut offers, |a, b| {
        b.potential
            .total_cmp(&a.potential)
            .then_with(|| natural_cmp(&a.indicator, &b.indicator))
    });
    offers.truncate(n);
    offers
}

impl Baseline<'_> {
    /// The DTI sliders of the province ([`dti_offers`]).
    pub fn offers(&self, n: usize) -> Vec<Offer> {
        self.framework()
            .map(|(f, tree, card)| dti_offers(f, tree, card, n))
            .unwrap_or_default()
    }

    /// The composite (PII) sliders of the province ([`composite_offers`]).
    pub fn composite_offers(&self, n: usize) -> Vec<Offer> {
        let province = self.dataset().meta.province.as_str();
        self.composite()
            .map(|(f, tree, c)| composite_offers(f, tree, c, province, n))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_is_a_hundredth_of_the_range_unless_the_baseline_needs_finer() {
        assert_eq!(slider_step(0.0, 100.0, 40.0), 1.0);
        assert_eq!(slider_step(0.0, 20.0, 13.0), 0.1);
        assert_eq!(slider_step(0.0, 20.0, 9.17), 0.01);
        assert_eq!(slider_step(0.0, 10.0, 6.09), 0.01);
        assert_eq!(slider_step(0.0, 5.0, 0.5), 0.01);
        assert_eq!(slider_step(3.0, 3.0, 3.0), 1.0);
    }
}
