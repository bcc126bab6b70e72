//! Progress to the 2030/2045 targets: latest value, distance, required yearly pace, status.
//!
//! Status rules, in order:
//! - `no_data`: qualitative target, no measure, or no observation yet;
//! - `met`: the latest value satisfies the comparator (a rank target of 20 is met by rank 16);
//! - `off_track`: the deadline has passed, or progress since the baseline is under half of what a
//!   straight line from the baseline to the target would have reached by now, or it went backwards;
//! - `on_track`: progress at or ahead of that straight line;
//! - `at_risk`: in between, or the pace cannot be measured yet (only one point in time).

use crate::model::{Comparator, Dataset, MeasureField, Observation, Target};
use crate::period::{period_key, Period};
use serde::Serialize;

/// Where a target stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The latest value satisfies the target.
    Met,
    /// Progress is at or ahead of a straight line to the target.
    OnTrack,
    /// Behind the straight line, or pace not measurable yet.
    AtRisk,
    /// Far behind, going backwards, or past the deadline.
    OffTrack,
    /// Nothing to measure.
    NoData,
}

impl Status {
    /// Every status, best first (the order of legends and counts).
    pub const ALL: [Status; 5] = [
        Status::Met,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::NoData,
    ];
}

/// The latest observed value of a target's measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Latest {
    /// The value (a rank for rank targets).
    pub value: f64,
    /// Its period.
    pub period: String,
    /// Its year.
    pub year: i32,
    /// Number ranked, for ranks.
    pub of: Option<u32>,
    /// Source id and section.
    pub source: (String, String),
    /// True when illustrative.
    pub illustrative: bool,
}

/// Progress of one target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetProgress {
    /// Target id.
    pub id: String,
    /// Status.
    pub status: Status,
    /// Latest value.
    pub latest: Option<Latest>,
    /// How far the latest value is from the target in the target's direction (≤ 0 when met).
    pub distance: Option<f64>,
    /// Baseline used for pace: (year, value).
    pub baseline: Option<(i32, f64)>,
    /// Change per year needed from the baseline to reach the target by the deadline.
    pub required_pace: Option<f64>,
    /// Change per year needed from the latest value to reach it by the deadline.
    pub required_pace_from_latest: Option<f64>,
    /// Change per year achieved from the baseline to the latest value.
    pub actual_pace: Option<f64>,
    /// Share of the straight line's expected progress achieved so far (1 = on the line).
    pub progress_ratio: Option<f64>,
    /// Years from the latest value to the deadline.
    pub years_left: Option<i32>,
}

/// Whether a value satisfies a target.
pub fn is_met(comparator: Comparator, target: f64, value: f64) -> bool {
    match comparator {
        Comparator::Ge | Comparator::Range => value >= target,
        Comparator::Gt => value > target,
        Comparator::Le | Comparator::RankTop => value <= target,
        Comparator::Lt => value < target,
        Comparator::Qualitative => false,
    }
}

/// +1 when larger values are better for this comparator, −1 when smaller are.
fn sense(comparator: Comparator) -> f64 {
    match comparator {
        Comparator::Le | Comparator::Lt | Comparator::RankTop => -1.0,
        _ => 1.0,
    }
}

fn reading(o: &Observation, field: MeasureField) -> Option<(f64, Option<u32>)> {
    match field {
        MeasureField::Value => match o.value {
            Some(crate::model::Value::Number(x)) => Some((x, None)),
            _ => None,
        },
        MeasureField::Points => o.points.map(|p| (p, None)),
        MeasureField::Rank => o.rank.map(|r| (f64::from(r), o.rank_of)),
    }
}

/// The observations of a target's measure for an entity, oldest first.
pub fn history(dataset: &Dataset, target: &Target, entity: &str) -> Vec<Latest> {
    let Some(measure) = &target.measure else {
        return Vec::new();
    };
    let mut points: Vec<Latest> = dataset
        .observations
        .iter()
        .filter(|o| o.code == measure.code && o.entity == entity)
        .filter_map(|o| {
            let (value, of) = reading(o, measure.field)?;
            let year = Period::parse(&o.period)?.year();
            Some(Latest {
                value,
                period: o.period.clone(),
                year,
                of,
                source: (o.source.id.clone(), o.source.section.clone()),
                illustrative: o.illustrative,
            })
        })
        .collect();
    crate::order::sort_by_key(&mut points, |p| period_key(&p.period));
    points
}

/// Progress of one target for an entity.
pub fn progress(dataset: &Dataset, target: &Target, entity: &str) -> TargetProgress {
    let history = history(dataset, target, entity);
    evaluate(target, &history)
}

/// Progress of a target given its measure's history (oldest first).
pub fn evaluate(target: &Target, history: &[Latest]) -> TargetProgress {
    let mut out = TargetProgress {
        id: target.id.clone(),
        status: Status::NoData,
        latest: history.last().cloned(),
        distance: None,
        baseline: None,
        required_pace: None,
        required_pace_from_latest: None,
        actual_pace: None,
        progress_ratio: None,
        years_left: None,
    };
    let (Some(goal), Some(latest)) = (target.value, history.last()) else {
        return out;
    };
    if target.comparator == Comparator::Qualitative {
        return out;
    }
    let s = sense(target.comparator);
    out.distance = Some(s * (goal - latest.value));
    let years_left = target.deadline - latest.year;
    out.years_left = Some(years_left);
    if years_left > 0 {
        out.required_pace_from_latest = Some((goal - latest.value) / f64::from(years_left));
    }
    let baseline = target
        .baseline
        .as_ref()
        .map(|b| (b.year, b.value))
        .or_else(|| history.first().map(|h| (h.year, h.value)));
    out.baseline = baseline;
    if let Some((year, value)) = baseline {
        let span = target.deadline - year;
        if span > 0 {
            out.required_pace = Some((goal - value) / f64::from(span));
        }
        let elapsed = latest.year - year;
        if elapsed > 0 {
            out.actual_pace = Some((latest.value - value) / f64::from(elapsed));
            if let Some(required) = out.required_pace.filter(|r| *r != 0.0) {
                out.progress_ratio = out.actual_pace.map(|a| a / required);
            }
        }
    }
    out.status = if is_met(target.comparator, goal, latest.value) {
        Status::Met
    } else if years_left < 0 {
        Status::OffTrack
    } else {
        match out.progress_ratio {
            Some(r) if r >= 1.0 => Status::OnTrack,
            Some(r) if r >= 0.5 => Status::AtRisk,
            Some(_) => Status::OffTrack,
            None => Status::AtRisk,
        }
    };
    out
}

/// Progress of every target of a dataset for its province, in the file's order.
pub fn all(dataset: &Dataset) -> Vec<TargetProgress> {
    crate::lists::map(&dataset.targets, |t| {
        progress(dataset, t, &dataset.meta.province)
    })
}
