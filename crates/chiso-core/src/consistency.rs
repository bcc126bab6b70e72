//! Recomputes every stated total, percentage and count of a dataset from its raw numbers and lists
//! where they disagree.
//!
//! A percentage disagrees when it is more than 0.05 percentage points off; a total or count when
//! it is off at all. A disagreement that vanishes once the computed value is rounded to the
//! decimals the source printed is a *rounding* note ("36 %" for 36.13 %), not a mismatch.

use crate::format::Lang;
use crate::keyed::Map;
use crate::model::{BudgetCategory, Dataset, Figure, SourceRef, Text, Value};
use crate::score::apply_rule;
use crate::tree::Tree;
use serde::Serialize;

/// Largest difference, in percentage points, still read as the same percentage.
pub const PCT_TOLERANCE: f64 = 0.05;

/// What was recomputed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// A parent's maximum against the sum of its children's maxima.
    ParentMax,
    /// The maximum a source used against the framework's maximum.
    StatedMax,
    /// Published points of a parent against the sum of its children's points.
    PublishedTotal,
    /// Published points against the indicator's published rule applied to the raw value.
    RulePoints,
    /// A stated disbursement rate against disbursed / allocated.
    DisbursementRate,
    /// A stated allocation rate against allocated / planned.
    AllocationRate,
    /// A stated budget share against amount / total budget.
    BudgetShare,
    /// A total line against the sum of its investment and recurrent lines.
    CategorySum,
    /// A total against the sum of its stated parts.
    PartsSum,
    /// Parts that are only some of a total but add up to more than it.
    PartsExceedTotal,
    /// A stated ratio against numerator / denominator.
    Ratio,
    /// Two different values stated for the same measure.
    ConflictingStatements,
}

impl CheckKind {
    /// Description in a language.
    pub fn describe(self, lang: Lang) -> &'static str {
        use CheckKind as K;
        match (self, lang) {
            (K::ParentMax, Lang::Vi) => "điểm tối đa của chỉ số cha so với tổng của chỉ số con",
            (K::ParentMax, Lang::En) => "a parent's maximum against the sum of its children's",
            (K::StatedMax, Lang::Vi) => "điểm tối đa nêu trong nguồn so với bộ chỉ số",
            (K::StatedMax, Lang::En) => "the maximum a source used against the framework's",
            (K::PublishedTotal, Lang::Vi) => "tổng điểm công bố so với tổng điểm chỉ số con",
            (K::PublishedTotal, Lang::En) => "a published total against the sum of its parts",
            (K::RulePoints, Lang::Vi) => "điểm công bố so với điểm tính theo quy tắc",
            (K::RulePoints, Lang::En) => "published points against the rule applied to the value",
            (K::DisbursementRate, Lang::Vi) => "tỷ lệ giải ngân nêu so với giải ngân / phân bổ",
            (K::DisbursementRate, Lang::En) => {
                "a stated disbursement rate against disbursed / allocated"
            }
            (K::AllocationRate, Lang::Vi) => "tỷ lệ phân bổ nêu so với phân bổ / dự toán",
            (K::AllocationRate, Lang::En) => "a stated allocation rate against allocated / planned",
            (K::BudgetShare, Lang::Vi) => "tỷ trọng ngân sách nêu so với số tính lại",
            (K::BudgetShare, Lang::En) => "a stated budget share against amount / total budget",
            (K::CategorySum, Lang::Vi) => "dòng tổng so với chi đầu tư + chi thường xuyên",
            (K::CategorySum, Lang::En) => "a total line against investment + recurrent",
            (K::PartsSum, Lang::Vi) => "tổng nêu so với tổng các thành phần",
            (K::PartsSum, Lang::En) => "a stated total against the sum of its parts",
            (K::PartsExceedTotal, Lang::Vi) => "các thành phần vượt tổng nêu",
            (K::PartsExceedTotal, Lang::En) => "parts that add up to more than the total",
            (K::Ratio, Lang::Vi) => "tỷ lệ nêu so với tử số / mẫu số",
            (K::Ratio, Lang::En) => "a stated ratio against numerator / denominator",
            (K::ConflictingStatements, Lang::Vi) => "hai giá trị khác nhau cho cùng một số liệu",
            (K::ConflictingStatements, Lang::En) => "two different values for the same figure",
        }
    }
}

/// How serious a disagreement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The numbers do not add up.
    Mismatch,
    /// They add up once rounded to the decimals the source printed.
    Rounding,
}

/// One disagreement between a stated number and the number recomputed from raw figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// JSON path of the stated number.
    pub path: String,
    /// What was recomputed.
    pub kind: CheckKind,
    /// Mismatch or rounding.
    pub severity: Severity,
    /// The item it is about.
    pub subject: Text,
    /// The number as stated.
    pub stated: f64,
    /// The number recomputed.
    pub computed: f64,
    /// `computed − stated`.
    pub difference: f64,
    /// Where the stated number comes from.
    pub source: SourceRef,
}

/// Number of decimals a source printed, read off the shortest form of the number.
pub fn printed_decimals(x: f64) -> u32 {
    let text = crate::format::decimal::shortest(x);
    text.split_once('.')
        .map_or(0, |(_, d)| u32::try_from(d.len()).unwrap_or(0))
}

fn round_to(x: f64, decimals: u32) -> f64 {
    let k = 10f64.powi(i32::try_from(decimals.min(12)).unwrap_or(12));
    (x * k).round() / k
}

/// Compares a stated number with a recomputed one; `None` when they agree.
pub fn compare(stated: f64, computed: f64, is_percentage: bool) -> Option<Severity> {
    let difference = (computed - stated).abs();
    let tolerance = if is_percentage {
        PCT_TOLERANCE
    } else {
        1e-9 * stated.abs().max(1.0)
    };
    if difference <= tolerance {
        return None;
    }
    let rounded = round_to(computed, printed_decimals(stated));
    if (rounded - stated).abs() <= 1e-9 * stated.abs().max(1.0) {
        Some(Severity::Rounding)
    } else {
        Some(Severity::Mismatch)
    }
}

struct Checker {
    findings: Vec<Finding>,
}

impl Checker {
    #[allow(clippy::too_many_arguments)]
    fn check(
        &mut self,
        path: String,
        kind: CheckKind,
        subject: &Text,
        stated: f64,
        computed: f64,
        is_percentage: bool,
        source: &SourceRef,
    ) {
        if !(stated.is_finite() && computed.is_finite()) {
            return;
        }
        if let Some(severity) = compare(stated, computed, is_percentage) {
            self.findings.push(Finding {
                path,
                kind,
                severity,
                subject: subject.clone(),
                stated,
                computed,
                difference: computed - stated,
                source: source.clone(),
            });
        }
    }
}

/// Every disagreement in a dataset: mismatches first, then rounding notes, each in file order.
pub fn check(dataset: &Dataset) -> Vec<Finding> {
    let mut c = Checker {
        findings: Vec::new(),
    };
    frameworks(dataset, &mut c);
    budget(dataset, &mut c);
    figures(dataset, &mut c);
    crate::order::sort_by_key(&mut c.findings, |f| f.severity);
    c.findings
}

fn no_source() -> SourceRef {
    SourceRef {
        id: String::new(),
        section: String::new(),
    }
}

fn frameworks(dataset: &Dataset, c: &mut Checker) {
    for (f, framework) in dataset.frameworks.iter().enumerate() {
        let Ok(tree) = Tree::build(framework, "") else {
            continue;
        };
        let source = framework.source.clone().unwrap_or_else(no_source);
        let composite = framework.method == crate::model::Method::Composite;
        for (i, kids) in tree.children.iter().enumerate() {
            let Some(parent) = framework.indicators.get(i) else {
                continue;
            };
            // A composite's scores are means: its maxima do not add up.
            if kids.is_empty() || composite {
                continue;
            }
            let sum: f64 = kids
                .iter()
                .filter_map(|&k| framework.indicators.get(k))
                .map(|x| x.max)
                .sum();
            c.check(
                format!("frameworks[{f}].indicators[{i}].max"),
                CheckKind::ParentMax,
                &parent.name,
                parent.max,
                sum,
                false,
                parent.source.as_ref().unwrap_or(&source),
            );
        }
        let prefix = format!("{}:", framework.id);
        // (entity, period) → points published per indicator position.
        let mut published: Map<(&str, &str), Map<usize, f64>> = Map::new();
        for (o_index, o) in dataset.observations.iter().enumerate() {
            let Some(code) = o.code.strip_prefix(&prefix) else {
                continue;
            };
            let Some((&i, x)) = tree
                .by_code
                .get(code)
                .and_then(|i| framework.indicators.get(*i).map(|x| (i, x)))
            else {
                continue;
            };
            let path = format!("observations[{o_index}]");
            if let Some(stated) = o.stated_max {
                c.check(
                    format!("{path}.stated_max"),
                    CheckKind::StatedMax,
                    &x.name,
                    stated,
                    x.max,
                    false,
                    &o.source,
                );
            }
            if let (Some(points), Some(value)) = (o.points, &o.value) {
                let official_rule = match &x.rule {
                    crate::model::Rule::Linear { illustrative, .. }
                    | crate::model::Rule::Steps { illustrative, .. }
                    | crate::model::Rule::Categorical { illustrative, .. } => !illustrative,
                    crate::model::Rule::Published => false,
                };
                let computed =
                    if official_rule && matches!(value, Value::Number(_) | Value::Category(_)) {
                        apply_rule(&x.rule, x.max, x.direction, value)
                    } else {
                        None
                    };
                if let Some(computed) = computed {
                    c.check(
                        format!("{path}.points"),
                        CheckKind::RulePoints,
                        &x.name,
                        points,
                        computed,
                        false,
                        &o.source,
                    );
                }
            }
            if let Some(points) = o.points {
                published
                    .get_or_insert_with((o.entity.as_str(), o.period.as_str()), Map::new)
                    .insert(i, points);
            }
        }
        for ((entity, period), points) in &published {
            for (&i, &stated) in points {
                let kids = tree.children.get(i).map(Vec::as_slice).unwrap_or(&[]);
                if kids.is_empty() {
                    continue;
                }
                // Sum frameworks add their children; composites take their weighted mean.
                let weight = |k: usize| {
                    if composite {
                        framework
                            .indicators
                            .get(k)
                            .and_then(|x| x.weight)
                            .unwrap_or(1.0)
                    } else {
                        1.0
                    }
                };
                let weighted: Option<f64> = kids
                    .iter()
                    .map(|&k| points.get(&k).map(|p| p * weight(k)))
                    .sum();
                let total_weight: f64 = kids.iter().map(|&k| weight(k)).sum();
                let sum = match (composite, weighted) {
                    (true, Some(w)) if total_weight > 0.0 => Some(w / total_weight),
                    (true, _) => None,
                    (false, w) => w,
                };
                let (Some(sum), Some(x)) = (sum, framework.indicators.get(i)) else {
                    continue;
                };
                let path = dataset
                    .observations
                    .iter()
                    .position(|o| {
                        o.entity == *entity
                            && o.period == *period
                            && o.code.strip_prefix(&prefix) == Some(x.code.as_str())
                    })
                    .map_or_else(String::new, |p| format!("observations[{p}].points"));
                c.check(
                    path,
                    CheckKind::PublishedTotal,
                    &x.name,
                    stated,
                    sum,
                    composite,
                    &source,
                );
            }
        }
    }
}

fn budget_subject(category: BudgetCategory, period: &str) -> Text {
    let (vi, en) = match category {
        BudgetCategory::Total => (
            "Tổng kinh phí KH, CN, ĐMST và CĐS",
            "Total S&T, innovation and DX budget",
        ),
        BudgetCategory::Investment => ("Chi đầu tư", "Investment spending"),
        BudgetCategory::Recurrent => ("Chi thường xuyên", "Recurrent spending"),
    };
    Text {
        vi: format!("{vi} {period}"),
        en: format!("{en} {period}"),
    }
}

fn budget(dataset: &Dataset, c: &mut Checker) {
    for (i, line) in dataset.budget.iter().enumerate() {
        let path = format!("budget[{i}].stated");
        let subject = budget_subject(line.category, &line.period);
        let pct = |a: Option<f64>, b: Option<f64>| crate::budget::pct(a, b);
        let amount = line.planned.or(line.allocated);
        let checks = [
            (
                "disbursement_pct",
                CheckKind::DisbursementRate,
                line.stated.disbursement_pct,
                pct(line.disbursed, line.allocated),
            ),
            (
                "allocation_pct",
                CheckKind::AllocationRate,
                line.stated.allocation_pct,
                pct(line.allocated, line.planned),
            ),
            (
                "share_of_budget_pct",
                CheckKind::BudgetShare,
                line.stated.share_of_budget_pct,
                pct(amount, line.budget_total),
            ),
        ];
        for (field, kind, stated, computed) in checks {
            if let (Some(stated), Some(computed)) = (stated, computed) {
                c.check(
                    format!("{path}.{field}"),
                    kind,
                    &subject,
                    stated,
                    computed,
                    true,
                    &line.source,
                );
            }
        }
    }
    // Total lines against investment + recurrent of the same period and recipient.
    for (i, total) in dataset.budget.iter().enumerate() {
        if total.category != BudgetCategory::Total {
            continue;
        }
        let parts: Vec<_> = crate::lists::filter(&dataset.budget, |l| {
            l.period == total.period
                && l.recipient == total.recipient
                && l.category != BudgetCategory::Total
        });
        if parts.len() < 2 {
            continue;
        }
        let k = crate::budget::million_vnd(total.unit);
        for (field, get) in [
            (
                "planned",
                (|l: &crate::model::BudgetLine| l.planned) as fn(&_) -> _,
            ),
            ("allocated", |l| l.allocated),
            ("disbursed", |l| l.disbursed),
        ] {
            let Some(stated) = get(total) else { continue };
            let sum: Option<f64> = parts
                .iter()
                .map(|l| get(l).map(|x| x * crate::budget::million_vnd(l.unit) / k))
                .sum();
            if let Some(sum) = sum {
                c.check(
                    format!("budget[{i}].{field}"),
                    CheckKind::CategorySum,
                    &budget_subject(total.category, &total.period),
                    stated,
                    sum,
                    false,
                    &total.source,
                );
            }
        }
    }
}

fn figures(dataset: &Dataset, c: &mut Checker) {
    let by_id: Map<&str, &Figure> = dataset.figures.iter().map(|f| (f.id.as_str(), f)).collect();
    for (i, f) in dataset.figures.iter().enumerate() {
        let path = format!("figures[{i}]");
        if !f.parts.is_empty() {
            let sum: f64 = f.parts.iter().map(|p| p.value).sum();
            if f.parts_exhaustive {
                c.check(
                    format!("{path}.value"),
                    CheckKind::PartsSum,
                    &f.name,
                    f.value,
                    sum,
                    f.unit == "%",
                    &f.source,
                );
            } else if sum > f.value {
                c.check(
                    format!("{path}.value"),
                    CheckKind::PartsExceedTotal,
                    &f.name,
                    f.value,
                    sum,
                    false,
                    &f.source,
                );
            }
        }
        if let Some(ratio) = &f.ratio {
            let (Some(n), Some(d)) = (
                by_id.get(ratio.numerator.as_str()),
                by_id.get(ratio.denominator.as_str()),
            ) else {
                continue;
            };
            if d.value != 0.0 {
                c.check(
                    format!("{path}.value"),
                    CheckKind::Ratio,
                    &f.name,
                    f.value,
                    ratio.scale * n.value / d.value,
                    true,
                    &f.source,
                );
            }
        }
        for (k, other) in f.also_stated.iter().enumerate() {
            c.check(
                format!("{path}.also_stated[{k}].value"),
                CheckKind::ConflictingStatements,
                &f.name,
                f.value,
                other.value,
                false,
                &other.source,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_printed_without_decimals_is_a_rounding_note_not_a_mismatch() {
        // 000 III-b.7: recurrent disbursement 43 of 119 stated as "36 %" (36.13 %).
        assert_eq!(
            compare(36.0, 100.0 * 43.0 / 119.0, true),
            Some(Severity::Rounding)
        );
    }

    #[test]
    fn a_rate_off_by_a_tenth_is_a_mismatch() {
        // 000 III-b.7: investment disbursement 112 of 191.5 stated as 58.4 % (58.49 %).
        assert_eq!(
            compare(58.4, 100.0 * 112.0 / 191.5, true),
            Some(Severity::Mismatch)
        );
    }

    #[test]
    fn a_rate_within_five_hundredths_of_a_point_agrees() {
        assert_eq!(compare(49.8, 100.0 * 155.0 / 311.0, true), None);
    }

    #[test]
    fn a_count_off_by_one_is_a_mismatch() {
        // 000 fn 6: 24,600 certificates, parts add up to 24,599.
        assert_eq!(compare(24_600.0, 24_599.0, false), Some(Severity::Mismatch));
        assert_eq!(compare(652.0, 652.0, false), None);
    }

    #[test]
    fn printed_decimals_are_read_off_the_number() {
        assert_eq!(printed_decimals(36.0), 0);
        assert_eq!(printed_decimals(58.4), 1);
        assert_eq!(printed_decimals(124.63), 2);
    }
}
