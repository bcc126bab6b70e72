//! The agency scorecard: points held against the maximum of the sub-indicators each agency is
//! responsible for, ranked.

use crate::model::Framework;
use crate::score::{Rank, Scorecard};
use serde::Serialize;

/// One agency's line of the scorecard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgencyScore {
    /// Entity id of the agency.
    pub agency: String,
    /// Sub-indicators it is responsible for.
    pub indicators: Vec<String>,
    /// How many of them have data.
    pub with_data: usize,
    /// Sum of their maxima.
    pub max: f64,
    /// Sum of the maxima of those with data.
    pub covered_max: f64,
    /// Points held on those with data.
    pub points: f64,
    /// Points lost on those with data.
    pub gap: f64,
    /// Recoverable points on those with data.
    pub recoverable: f64,
    /// `points / covered_max`, `None` without data.
    pub share_held: Option<f64>,
    /// `covered_max / max`.
    pub coverage: f64,
    /// True when any of the points held are illustrative.
    pub illustrative: bool,
    /// Rank by share held (agencies without data are not ranked).
    pub rank: Option<Rank>,
}

/// The scorecard of every agency responsible for a scored leaf of `framework`, ranked by the share
/// of the points they hold (ties broken by the larger recoverable gap, then id).
pub fn agency_scorecard(framework: &Framework, card: &Scorecard) -> Vec<AgencyScore> {
    let mut held = Vec::new();
    for node in card.leaves() {
        if node.max <= 0.0 {
            continue;
        }
        let Some(agency) = framework
            .indicators
            .iter()
            .find(|x| x.code == node.code)
            .and_then(|x| x.responsible.as_deref())
        else {
            continue;
        };
        held.push((agency, node));
    }
    let mut lines = Vec::new();
    for (agency, nodes) in crate::order::group_by_key(held, |p| p.0) {
        let mut line = AgencyScore {
            agency: agency.to_string(),
            indicators: Vec::new(),
            with_data: 0,
            max: 0.0,
            covered_max: 0.0,
            points: 0.0,
            gap: 0.0,
            recoverable: 0.0,
            share_held: None,
            coverage: 0.0,
            illustrative: false,
            rank: None,
        };
        for (_, node) in nodes {
            line.indicators.push(node.code.clone());
            line.max += node.max;
            if let Some(points) = node.points {
                line.with_data += 1;
                line.covered_max += node.covered_max;
                line.points += points;
                line.gap += node.gap.unwrap_or(0.0);
                line.recoverable += node.recoverable.unwrap_or(0.0);
                line.illustrative |= node.illustrative;
            }
        }
        lines.push(line);
    }
    for line in &mut lines {
        line.coverage = if line.max > 0.0 {
            line.covered_max / line.max
        } else {
            0.0
        };
        line.share_held = (line.covered_max > 0.0).then(|| line.points / line.covered_max);
    }
    crate::order::sort_by(&mut lines, |a, b| {
        let share = |x: &AgencyScore| x.share_held.unwrap_or(-1.0);
        share(b)
            .total_cmp(&share(a))
            .then_with(|| b.recoverable.total_cmp(&a.recoverable))
            .then_with(|| a.agency.cmp(&b.agency))
    });
    let ranked: Vec<f64> = crate::lists::filter_map(&lines, |l| l.share_held);
    let of = u32::try_from(ranked.len()).unwrap_or(u32::MAX);
    for line in &mut lines {
        if let Some(share) = line.share_held {
            let better = ranked.iter().filter(|&&s| s > share).count();
            line.rank = Some(Rank {
                rank: u32::try_from(better + 1).unwrap_or(u32::MAX),
                of,
            });
        }
    }
    lines
}
