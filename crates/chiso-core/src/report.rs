//! The report: everything chiso computes for the file's province, in one serialisable value.
//!
//! `chiso report --format json` prints it, the widget draws it. Its JSON is a stable interface
//! (`docs/report.md`): fields are only ever added.

use crate::agencies::{agency_scorecard, AgencyScore};
use crate::budget::{BudgetReport, LineRatios};
use crate::format::{number_trim, Lang};
use crate::model::{Comparator, Dataset, Text};
use crate::score::{NodeScore, Origin, Rank, ScoreBook, Scorecard};
use crate::targets::{Status, TargetProgress};
use crate::tasks::TaskReport;
use serde::Serialize;

/// Version of the report's JSON shape.
pub const REPORT_FORMAT: &str = "chiso-report/1";

/// The budget share of Resolution 57 when the file sets no target for it, %.
pub const DEFAULT_SHARE_TARGET_PCT: f64 = 3.0;

/// Metric code of the budget-share target, if a file defines one.
pub const BUDGET_SHARE_METRIC: &str = "budget-share";

/// What the report is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetInfo {
    /// Title.
    pub title: Text,
    /// Publisher.
    pub publisher: Text,
    /// Publication date.
    pub published: String,
    /// Data as of.
    pub as_of: String,
    /// Version.
    pub version: String,
    /// Province entity id.
    pub province: String,
    /// Province name.
    pub province_name: Text,
    /// SHA-256 of the file's bytes ([`crate::provenance::sha256_hex`]), when the caller had them
    /// (the CLI and the widget set it; `Report::compute` sees only the parsed dataset).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// One indicator line of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorLine {
    /// Code.
    pub code: String,
    /// Name.
    pub name: Text,
    /// Points held (`null` when missing).
    pub points: Option<f64>,
    /// Maximum.
    pub max: f64,
    /// Points lost where there is data (`null` when missing).
    pub gap: Option<f64>,
    /// Recoverable points.
    pub recoverable: Option<f64>,
    /// Share of the maximum with data.
    pub coverage: f64,
    /// Where the points come from.
    pub origin: Origin,
    /// True when illustrative.
    pub illustrative: bool,
    /// Responsible agency id.
    pub responsible: Option<String>,
    /// Source id and section of the figure.
    pub source: Option<(String, String)>,
    /// The maximum the source used, when it differs.
    pub stated_max: Option<f64>,
}

/// The DTI (or first framework) part of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameworkReport {
    /// Framework id.
    pub framework: String,
    /// Framework name.
    pub name: Text,
    /// Period of the scores.
    pub period: String,
    /// Points held (sum of what has data; `null` when nothing has).
    pub total: Option<f64>,
    /// Maximum of the framework.
    pub max: f64,
    /// Share of the maximum with data.
    pub coverage: f64,
    /// Maximum with data.
    pub covered_max: f64,
    /// True when any points in the total are illustrative (an assumed rule, an estimate).
    pub illustrative: bool,
    /// `total / index_scale` (the DTI index), only when coverage is complete.
    pub index: Option<f64>,
    /// Rank computed among the province and its peers (complete totals only).
    pub rank: Option<Rank>,
    /// Rank as published, with its period.
    pub published_rank: Option<PublishedRank>,
    /// The main indicators.
    pub indicators: Vec<IndicatorLine>,
    /// Sub-indicators with data by recoverable points, largest first.
    pub gaps: Vec<IndicatorLine>,
    /// Sub-indicators without data.
    pub missing: Vec<String>,
    /// Agency scorecard.
    pub agencies: Vec<AgencyScore>,
}

/// A rank as published.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublishedRank {
    /// Rank.
    pub rank: u32,
    /// Units ranked.
    pub of: Option<u32>,
    /// Period.
    pub period: String,
    /// Source id and section.
    pub source: (String, String),
}

/// A target line of the report (its id and status are in `progress`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetLine {
    /// Row number as printed.
    pub number: String,
    /// Name.
    pub name: Text,
    /// Unit.
    pub unit: String,
    /// Comparator.
    pub comparator: Comparator,
    /// Target value (lower bound for ranges).
    pub value: Option<f64>,
    /// Upper bound for ranges.
    pub value_max: Option<f64>,
    /// Deadline year.
    pub deadline: i32,
    /// Where the target is set.
    pub source: (String, String),
    /// Computed progress, with the target's id and status.
    #[serde(flatten)]
    pub progress: TargetProgress,
}

/// Everything computed for the province.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// [`REPORT_FORMAT`].
    pub format: &'static str,
    /// What it is about.
    pub dataset: DatasetInfo,
    /// The DTI: points, gaps, agencies.
    pub dti: Option<FrameworkReport>,
    /// The innovation composite (PII), when the file has one.
    pub pii: Option<crate::composite::CompositeReport>,
    /// The budget-share target used, %.
    pub budget_share_target_pct: f64,
    /// Budget lines with their ratios (amounts in million VND).
    pub budget: Vec<LineRatios>,
    /// Targets with their status, lower rank is better for rank targets.
    pub targets: Vec<TargetLine>,
    /// Number of targets per status.
    pub target_counts: Vec<(Status, usize)>,
    /// Tasks.
    pub tasks: TaskReport,
}

fn line(framework: &crate::model::Framework, node: &NodeScore) -> IndicatorLine {
    let x = framework.indicators.iter().find(|x| x.code == node.code);
    IndicatorLine {
        code: node.code.clone(),
        name: x.map(|x| x.name.clone()).unwrap_or_default(),
        points: node.points,
        max: node.max,
        gap: node.gap,
        recoverable: node.recoverable,
        coverage: node.coverage,
        origin: node.origin,
        illustrative: node.illustrative,
        responsible: x.and_then(|x| x.responsible.clone()),
        source: node.source.clone(),
        stated_max: node.stated_max,
    }
}

/// Picks the framework to report: `dti` when present, else the first summed framework.
pub fn main_framework(dataset: &Dataset) -> Option<&crate::model::Framework> {
    let summed = dataset
        .frameworks
        .iter()
        .filter(|f| f.method == crate::model::Method::Sum);
    summed
        .clone()
        .find(|f| f.id == "dti")
        .or_else(|| summed.clone().next())
}

/// The latest rank published for a framework's node and an entity.
pub fn published_rank(
    dataset: &Dataset,
    framework: &str,
    code: &str,
    entity: &str,
) -> Option<PublishedRank> {
    let key = format!("{framework}:{code}");
    dataset
        .observations
        .iter()
        .filter(|o| o.entity == entity && o.rank.is_some() && o.code == key)
        .max_by_key(|o| crate::period::period_key(&o.period))
        .and_then(|o| {
            Some(PublishedRank {
                rank: o.rank?,
                of: o.rank_of,
                period: o.period.clone(),
                source: (o.source.id.clone(), o.source.section.clone()),
            })
        })
}

/// The framework part of the report for one scorecard.
pub fn framework_report(
    dataset: &Dataset,
    framework: &crate::model::Framework,
    card: &Scorecard,
) -> FrameworkReport {
    let root = card.total();
    let published_rank =
        root.and_then(|r| published_rank(dataset, &framework.id, &r.code, &card.entity));
    let complete = root.is_some_and(|r| r.coverage >= 1.0);
    let leaves: Vec<&NodeScore> = card.leaves().filter(|n| n.max > 0.0).collect();
    FrameworkReport {
        framework: framework.id.clone(),
        name: framework.name.clone(),
        period: card.period.clone(),
        total: root.and_then(|r| r.points),
        max: root.map_or(0.0, |r| r.max),
        coverage: root.map_or(0.0, |r| r.coverage),
        covered_max: root.map_or(0.0, |r| r.covered_max),
        illustrative: root.is_some_and(|r| r.illustrative),
        index: if complete { card.index } else { None },
        rank: card.rank,
        published_rank,
        indicators: card.main_indicators().map(|n| line(framework, n)).collect(),
        gaps: card
            .gaps()
            .into_iter()
            .map(|n| line(framework, n))
            .collect(),
        missing: leaves
            .iter()
            .filter(|n| n.points.is_none())
            .map(|n| n.code.clone())
            .collect(),
        agencies: agency_scorecard(framework, card),
    }
}

/// The report of the first composite framework (the PII) for the province.
fn pii_report(dataset: &Dataset) -> Option<crate::composite::CompositeReport> {
    let composite = crate::composite::compute_all(dataset).into_iter().next()?;
    let framework = dataset
        .frameworks
        .iter()
        .find(|f| f.id == composite.framework)?;
    Some(composite.report(dataset, framework, &dataset.meta.province))
}

impl Report {
    /// Computes the report of a validated dataset.
    pub fn compute(dataset: &Dataset) -> Report {
        // Only the reported framework's cards are read: the others are not scored.
        let book = main_framework(dataset).map_or_else(ScoreBook::default, |framework| {
            ScoreBook::compute_framework(dataset, &framework.id)
        });
        Report::from_scores(dataset, &book)
    }

    /// [`Report::compute`] without the innovation composite: `pii` is `None`, everything else is
    /// the same. For front ends that do not show the PII (the widget, whose WebAssembly would
    /// otherwise carry the composite engine: about 9 KB of gzip).
    pub fn compute_without_pii(dataset: &Dataset) -> Report {
        let book = main_framework(dataset).map_or_else(ScoreBook::default, |framework| {
            ScoreBook::compute_framework(dataset, &framework.id)
        });
        Report::assemble(dataset, &book, None)
    }

    /// Computes the report from scores already computed.
    pub fn from_scores(dataset: &Dataset, book: &ScoreBook) -> Report {
        Report::assemble(dataset, book, pii_report(dataset))
    }

    /// The report, with the PII part given.
    fn assemble(
        dataset: &Dataset,
        book: &ScoreBook,
        pii: Option<crate::composite::CompositeReport>,
    ) -> Report {
        let province = &dataset.meta.province;
        let dti = main_framework(dataset).and_then(|framework| {
            let card = book.latest(&framework.id, province)?;
            Some(framework_report(dataset, framework, card))
        });
        let share_target_pct = dataset
            .targets
            .iter()
            .filter(|t| {
                t.measure
                    .as_ref()
                    .is_some_and(|m| m.code == BUDGET_SHARE_METRIC)
                    && t.comparator == Comparator::Ge
            })
            .filter_map(|t| t.value)
            .next()
            .unwrap_or(DEFAULT_SHARE_TARGET_PCT);
        let budget = BudgetReport::compute(dataset, share_target_pct);
        let targets: Vec<TargetLine> = crate::lists::map(&dataset.targets, |t| {
            let progress = crate::targets::progress(dataset, t, province);
            TargetLine {
                number: t.number.clone(),
                name: t.name.clone(),
                unit: t.unit.clone(),
                comparator: t.comparator,
                value: t.value,
                value_max: t.value_max,
                deadline: t.deadline,
                source: (t.source.id.clone(), t.source.section.clone()),
                progress,
            }
        });
        let target_counts = Status::ALL
            .into_iter()
            .map(|s| (s, targets.iter().filter(|t| t.progress.status == s).count()))
            .collect();
        let province_name = dataset
            .entities
            .iter()
            .find(|e| &e.id == province)
            .map(|e| e.name.clone())
            .unwrap_or_default();
        Report {
            format: REPORT_FORMAT,
            dataset: DatasetInfo {
                title: dataset.meta.title.clone(),
                publisher: dataset.meta.publisher.clone(),
                published: dataset.meta.published.clone(),
                as_of: dataset.meta.as_of.clone(),
                version: dataset.meta.version.clone(),
                province: province.clone(),
                province_name,
                sha256: None,
            },
            dti,
            pii,
            budget_share_target_pct: share_target_pct,
            budget: budget.lines,
            targets,
            target_counts,
            tasks: TaskReport::compute(dataset),
        }
    }

    /// One paragraph in plain language: points held, coverage, rank, the largest gaps.
    pub fn summary(&self, lang: Lang) -> String {
        Report::summary_of(&self.dataset.province_name, self.dti.as_ref(), lang)
    }

    /// [`Report::summary`] for another entity's DTI (`name`, `dti`): what a reader choosing a
    /// peer sees, without copying the report.
    pub fn summary_of(name: &Text, dti: Option<&FrameworkReport>, lang: Lang) -> String {
        let name = name.get(lang);
        let Some(dti) = dti else {
            return match lang {
                Lang::Vi => format!("Chưa có điểm DTI của {name}."),
                Lang::En => format!("No DTI points for {name} yet."),
            };
        };
        let n = |x: f64| number_trim(x, 2, lang);
        let mut out = match (dti.total, lang) {
            (None, Lang::Vi) => format!("Chưa có điểm DTI của {name}."),
            (None, Lang::En) => format!("No DTI points for {name} yet."),
            (Some(total), Lang::Vi) if dti.coverage >= 1.0 => format!(
                "{name} đạt {} trên {} điểm DTI (kỳ {}).",
                n(total),
                n(dti.max),
                dti.period
            ),
            (Some(total), Lang::En) if dti.coverage >= 1.0 => format!(
                "{name} holds {} of {} DTI points ({}).",
                n(total),
                n(dti.max),
                dti.period
            ),
            (Some(total), Lang::Vi) => format!(
                "{name} đạt {} trên {} điểm ở các chỉ số đã có số liệu (chiếm {} trong tổng {} điểm DTI, kỳ {}).",
                n(total),
                n(dti.covered_max),
                crate::format::percent(100.0 * dti.coverage, 0, lang),
                n(dti.max),
                dti.period
            ),
            (Some(total), Lang::En) => format!(
                "{name} holds {} of the {} points that have data ({} of the {} DTI points, {}).",
                n(total),
                n(dti.covered_max),
                crate::format::percent(100.0 * dti.coverage, 0, lang),
                n(dti.max),
                dti.period
            ),
        };
        if let Some(rank) = &dti.published_rank {
            let of = rank.of.map(|o| format!("/{o}")).unwrap_or_default();
            out.push(' ');
            out.push_str(&match lang {
                Lang::Vi => format!("Xếp hạng công bố: {}{of} ({}).", rank.rank, rank.period),
                Lang::En => format!("Published rank: {}{of} ({}).", rank.rank, rank.period),
            });
        }
        if dti.illustrative {
            out.push(' ');
            out.push_str(lang.pick(
                "Tổng này gồm cả điểm ước tính minh họa (đánh dấu *), không phải số liệu chính thức.",
                "This total includes illustrative estimates (marked *), not official figures.",
            ));
        }
        let top: Vec<String> = dti
            .gaps
            .iter()
            .take(3)
            .map(|g| {
                format!(
                    "{} {} ({})",
                    g.code,
                    g.name.get(lang),
                    n(g.recoverable.unwrap_or(0.0))
                )
            })
            .collect();
        if !top.is_empty() {
            out.push(' ');
            out.push_str(lang.pick(
                "Các khoảng cách có thể gỡ lại lớn nhất: ",
                "The largest recoverable gaps are ",
            ));
            out.push_str(&crate::format::join(&top, "; "));
            out.push('.');
        }
        out
    }
}
