//! The published format `chiso/1`: serde types of the one JSON file a province publishes.
//!
//! These types are a contract (see `docs/format.md`). Every change to them is a format change.
//! Amounts keep the unit they were published in; `budget` converts to million VND when computing.
//! Stated ratios are kept next to the raw numbers they were computed from, so that
//! [`crate::consistency`] can recompute them.

use serde::{Deserialize, Serialize};

/// The format identifier this version of chiso reads.
pub const FORMAT_V1: &str = "chiso/1";

/// A text in Vietnamese and English. Vietnamese is required; English falls back to Vietnamese.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Text {
    /// Vietnamese.
    pub vi: String,
    /// English.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl Text {
    /// The text in `lang`, falling back to Vietnamese when the English is empty.
    pub fn get(&self, lang: crate::format::Lang) -> &str {
        match lang {
            crate::format::Lang::En if !self.en.is_empty() => &self.en,
            _ => &self.vi,
        }
    }
}

/// The whole published file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Must be [`FORMAT_V1`].
    pub format: String,
    /// Title, publisher, dates, the province the file is about.
    pub meta: Meta,
    /// Documents that figures cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The province, its agencies, localities, groups and peer provinces.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Indicator trees (DTI, ...).
    #[serde(default)]
    pub frameworks: Vec<Framework>,
    /// Indicators outside any framework (digital-economy share, 5G coverage, ...), targets refer to them.
    #[serde(default)]
    pub metrics: Vec<Metric>,
    /// Values per (indicator or metric, entity, period).
    #[serde(default)]
    pub observations: Vec<Observation>,
    /// 2030/2045 targets.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// Budget lines for science, technology, innovation and digital transformation.
    #[serde(default)]
    pub budget: Vec<BudgetLine>,
    /// Monthly disbursement roadmaps and actuals.
    #[serde(default)]
    pub disbursement: Vec<MonthlyDisbursement>,
    /// Assigned tasks.
    #[serde(default)]
    pub tasks: Vec<Task>,
    /// Other reported figures with their stated totals and ratios, for charting and checking.
    #[serde(default)]
    pub figures: Vec<Figure>,
}

/// Who published the file, when, and about which province.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Title of the publication.
    pub title: Text,
    /// Publishing office.
    pub publisher: Text,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    /// Date the figures describe ("data as of"), `YYYY-MM-DD`; task overdue checks use it.
    pub as_of: String,
    /// Version of this publication, free text (e.g. `2026.1`).
    #[serde(default)]
    pub version: String,
    /// Licence of the data.
    #[serde(default)]
    pub licence: String,
    /// Entity id of the province the file is about.
    pub province: String,
    /// Free notes shown with the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Text>,
}

/// A document cited by figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id used in citations, e.g. `000`.
    pub id: String,
    /// Document number as printed, e.g. `05-BC/BCĐ`.
    pub number: String,
    /// Issue date, `YYYY-MM-DD`, empty when unknown.
    #[serde(default)]
    pub date: String,
    /// Issuing body.
    pub issuer: Text,
    /// Title.
    pub title: Text,
    /// Caveats about the document (superseded, missing appendices, inferred number...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A citation: a source and the section inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Id of a [`Source`].
    pub id: String,
    /// Section, footnote or table row, e.g. `III-b.6` or `Appendix I row 12`.
    #[serde(default)]
    pub section: String,
}

/// The kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// The province the file is about.
    Province,
    /// Another province, compared against for ranks.
    PeerProvince,
    /// A provincial department, board or sector agency.
    Agency,
    /// A commune, ward or special zone.
    Locality,
    /// A collective such as "all departments and localities".
    Group,
    /// A body outside the provincial government (telecom operators, the State Bank branch...).
    External,
}

/// A province, agency, locality, group or peer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Stable id, e.g. `so-khcn`.
    pub id: String,
    /// What it is.
    pub kind: EntityKind,
    /// Full name.
    pub name: Text,
    /// Short name for charts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Text>,
}

/// An indicator tree, scored by summing points up the tree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Id used in references: `dti` makes indicator keys like `dti:6.1`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// The index is `root points / index_scale` (1000 for the DTI).
    #[serde(default = "one")]
    pub index_scale: f64,
    /// The indicators, parents before or after children; exactly one has no parent (the root).
    pub indicators: Vec<Indicator>,
    /// Where the framework is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// How scores combine up the tree: points summed (DTI) or a normalised composite (PII).
    #[serde(default, skip_serializing_if = "Method::is_sum")]
    pub method: Method,
    /// Composites: the share of a node's children weight that must have data for the node to be
    /// computed (0.5 unless stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_coverage: Option<f64>,
}

fn one() -> f64 {
    1.0
}

/// How a framework's scores combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Points per indicator, parents sum their children (the DTI).
    #[default]
    Sum,
    /// Raw values min-max normalised to 0–100 across provinces, weighted means up the tree
    /// (the PII, GII style); see [`crate::composite`].
    Composite,
}

impl Method {
    /// True for [`Method::Sum`].
    pub fn is_sum(&self) -> bool {
        *self == Method::Sum
    }
}

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A larger value is better.
    #[default]
    Higher,
    /// A smaller value is better (ranks, costs).
    Lower,
}

/// One node of a framework tree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Code inside the framework, e.g. `6.1`; the root is often the framework's name (`DTI`).
    pub code: String,
    /// Code of the parent; absent for the root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Name.
    pub name: Text,
    /// Maximum points.
    pub max: f64,
    /// Entity id of the responsible agency (cơ quan phụ trách).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    /// Entity ids of coordinating agencies (cơ quan phối hợp).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordinating: Vec<String>,
    /// Unit of the raw value (`%`, `per_100_inhabitants`, `count`, `yes_no`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Which way is better for the raw value.
    #[serde(default)]
    pub direction: Direction,
    /// How a raw value becomes points, for leaves. Published points always take precedence.
    #[serde(default)]
    pub rule: Rule,
    /// Share of the gap judged recoverable, 0–1 (1 unless stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feasibility: Option<f64>,
    /// Composites: weight among its siblings (1 unless stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Where this row of the framework comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Caveats, e.g. an agency inferred from a merged cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How a leaf indicator's raw value becomes points.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// Points are published directly; a raw value alone scores nothing.
    #[default]
    Published,
    /// `max × clamp((value − zero_at) / (threshold − zero_at), 0, 1)`; with `zero_at = 0` this is
    /// `max × min(1, value / threshold)`. A threshold below `zero_at` means lower is better.
    Linear {
        /// Value that earns full points.
        threshold: f64,
        /// Value that earns zero points (0 unless stated).
        #[serde(default)]
        zero_at: f64,
        /// Whether the rule is our assumption rather than published.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        illustrative: bool,
        /// Where the threshold is stated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source: Option<SourceRef>,
    },
    /// The points of the best step reached (value ≥ `at`, or ≤ for direction `lower`); 0 below all.
    Steps {
        /// The steps, in any order.
        steps: Vec<Step>,
        /// Whether the rule is our assumption rather than published.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        illustrative: bool,
    },
    /// The points of the category the value names.
    Categorical {
        /// The categories.
        categories: Vec<Category>,
        /// Whether the rule is our assumption rather than published.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        illustrative: bool,
    },
}

/// One step of a step rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Threshold of the step.
    pub at: f64,
    /// Points earned from this threshold on.
    pub points: f64,
}

/// One category of a categorical rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// The value an observation carries, e.g. `yes`.
    pub value: String,
    /// Points earned.
    pub points: f64,
    /// Label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
}

/// A measure outside any framework, e.g. the digital-economy share of GRDP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// Id, used as the observation code.
    pub code: String,
    /// Name.
    pub name: Text,
    /// Unit (`%`, `rank`, `count`, `per_10000_inhabitants`...).
    pub unit: String,
    /// Which way is better.
    #[serde(default)]
    pub direction: Direction,
}

/// A raw value: a number, or a category for categorical rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Value {
    /// A number.
    Number(f64),
    /// A category or a yes/no answer.
    Category(String),
}

/// A value of one indicator or metric, for one entity and period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// `framework:code` (e.g. `dti:6.1`) or a metric code.
    pub code: String,
    /// Entity id.
    pub entity: String,
    /// Period: `2025`, `2025-Q2`, `2025-06`, or `2025-06-30`.
    pub period: String,
    /// Raw value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Published points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<f64>,
    /// The maximum the source used next to the points, when it differs from the framework's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_max: Option<f64>,
    /// Published rank (1 is best).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
    /// Number of units ranked (34 provinces since July 2025, 63 before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank_of: Option<u32>,
    /// Where the figure comes from.
    pub source: SourceRef,
    /// True for figures not in the sources (estimates, examples); shown as such everywhere.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
    /// Caveat shown with the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How a target's value is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// value ≥ target.
    Ge,
    /// value > target.
    Gt,
    /// value ≤ target.
    Le,
    /// value < target.
    Lt,
    /// rank ≤ target (lower rank is better).
    RankTop,
    /// value within [value, value_max]; met at value ≥ the lower bound.
    Range,
    /// Not measurable mechanically.
    Qualitative,
}

/// A starting point for pace computations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Year of the baseline value.
    pub year: i32,
    /// The value.
    pub value: f64,
    /// Where it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// True when not in the sources.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

/// A quantified target (001 Appendix I and others).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// Stable id, e.g. `2030-12`.
    pub id: String,
    /// Row number as printed, e.g. `6.1`.
    #[serde(default)]
    pub number: String,
    /// What is measured.
    pub name: Text,
    /// Unit as printed, e.g. `%`, `% GRDP`, `rank`.
    pub unit: String,
    /// Comparison.
    pub comparator: Comparator,
    /// Target value (the lower bound for ranges); absent for qualitative targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Upper bound for ranges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// The wording of the target as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Text>,
    /// Deadline year.
    pub deadline: i32,
    /// Starting point for pace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// Observation code that measures progress (`dti:DTI` with `measure: rank`, a metric code...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    /// Entity ids of the lead agencies for monitoring.
    #[serde(default)]
    pub lead: Vec<String>,
    /// Where the target is set.
    pub source: SourceRef,
    /// Caveats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Which observations measure a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Observation code.
    pub code: String,
    /// Which field of the observation: its value, points or rank.
    #[serde(default)]
    pub field: MeasureField,
}

/// The observation field a target reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeasureField {
    /// The raw value.
    #[default]
    Value,
    /// The points.
    Points,
    /// The rank.
    Rank,
}

/// Unit of an amount of money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MoneyUnit {
    /// Million VND (triệu đồng).
    MillionVnd,
    /// Billion VND (tỷ đồng).
    BillionVnd,
}

/// Category of a budget line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BudgetCategory {
    /// The whole S&T, innovation and DX budget of the period.
    Total,
    /// Development investment (chi đầu tư phát triển).
    Investment,
    /// Recurrent (chi thường xuyên).
    Recurrent,
}

/// Percentages as published next to a budget line, kept so that they can be checked.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatedBudgetRatios {
    /// Share of the total provincial budget, %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_of_budget_pct: Option<f64>,
    /// Disbursed as % of allocated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disbursement_pct: Option<f64>,
    /// Allocated as % of planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_pct: Option<f64>,
}

/// One budget line: a period, a category, optionally a recipient.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// Stable id, e.g. `2025-investment`.
    pub id: String,
    /// Budget year, e.g. `2025`.
    pub period: String,
    /// Category.
    pub category: BudgetCategory,
    /// Entity id receiving the funds; absent for province-wide lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// Unit of every amount on this line.
    pub unit: MoneyUnit,
    /// Planned envelope or estimate (nguồn chi / dự toán).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<f64>,
    /// Allocated (phân bổ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocated: Option<f64>,
    /// Disbursed (giải ngân).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disbursed: Option<f64>,
    /// Total provincial budget spending of the period, the denominator of the share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_total: Option<f64>,
    /// What `budget_total` is (total budget, local budget...), since sources differ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_total_label: Option<Text>,
    /// Percentages as published.
    #[serde(default)]
    pub stated: StatedBudgetRatios,
    /// Where the line comes from.
    pub source: SourceRef,
    /// True when not in the sources.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
    /// Caveats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Cumulative disbursement planned and achieved by month, for one budget line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MonthlyDisbursement {
    /// Id of the [`BudgetLine`].
    pub line: String,
    /// Month, 1–12.
    pub month: u32,
    /// Cumulative amount planned by the end of the month (the roadmap), in the line's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_cumulative: Option<f64>,
    /// Cumulative amount disbursed by the end of the month, in the line's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disbursed_cumulative: Option<f64>,
    /// Where the figures come from.
    pub source: SourceRef,
    /// True when not in the sources.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
}

/// Reported state of a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    /// Hoàn thành.
    Done,
    /// Đúng tiến độ.
    OnTrack,
    /// Đang triển khai.
    InProgress,
    /// Chậm tiến độ.
    Late,
    /// Chưa triển khai.
    NotStarted,
    /// Tạm dừng.
    Suspended,
    /// Chờ hướng dẫn của trung ương.
    WaitingOnGuidance,
}

/// A task assigned to agencies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Stable id, e.g. `512-27`.
    pub id: String,
    /// Number as printed.
    #[serde(default)]
    pub number: String,
    /// Group heading the task sits under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Text>,
    /// What is to be done.
    pub title: Text,
    /// Entity ids of lead agencies (several for joint leads).
    pub lead: Vec<String>,
    /// Entity ids of coordinating agencies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordinators: Vec<String>,
    /// Deadline as published (`6/2025`, `Quý II/2026`, `Trước 15/5/2026`, `Thường xuyên`...);
    /// [`crate::tasks::Deadline::parse`] reads it.
    #[serde(default)]
    pub deadline: String,
    /// Reported status; absent when not reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    /// Expected output or product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<Text>,
    /// Notes as published (often conditions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Where the task is assigned.
    pub source: SourceRef,
}

/// One part of a reported total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// What the part is.
    pub name: Text,
    /// Its value.
    pub value: f64,
}

/// A ratio a figure states, recomputed from two other figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    /// Figure id of the numerator.
    pub numerator: String,
    /// Figure id of the denominator.
    pub denominator: String,
    /// Multiplier: 100 for percentages, 10000 for "per 10,000 inhabitants".
    #[serde(default = "hundred")]
    pub scale: f64,
}

fn hundred() -> f64 {
    100.0
}

/// A figure reported in a source, with the parts or the ratio it states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id.
    pub id: String,
    /// What it counts.
    pub name: Text,
    /// The stated value.
    pub value: f64,
    /// Unit (`count`, `%`, `km`, `per_100_inhabitants`...).
    pub unit: String,
    /// Period or "as of" date.
    #[serde(default)]
    pub period: String,
    /// Stated breakdown; the parts should sum to `value`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// False when the parts are only some of the total (then they must not exceed it).
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub parts_exhaustive: bool,
    /// The ratio this figure states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio: Option<Ratio>,
    /// Other values the sources state for the same measure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_stated: Vec<AlsoStated>,
    /// Where it comes from.
    pub source: SourceRef,
    /// True when not in the sources.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
    /// Caveats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

fn yes() -> bool {
    true
}

/// Another stated value of the same measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AlsoStated {
    /// The other value.
    pub value: f64,
    /// Where it is stated.
    pub source: SourceRef,
}
