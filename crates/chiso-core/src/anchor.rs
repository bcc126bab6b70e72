//! Where the province stands in a DTI what-if: its total, index and rank, before and after.
//!
//! When the province's total is complete, these are the computed total and its rank among the
//! peers' complete totals. When it is not (Khánh Hòa publishes 38 % of the DTI's maximum) but a
//! rank is published, the what-if is **anchored** on that rank, the way the PII what-if is
//! anchored on the published score: the baseline total is placed where the published rank puts
//! it among the peers' totals (rank 16/34 → midway between the 15th and 16th peer totals), the
//! scenario adds the point change of the overridden sub-indicators that have a baseline, and the
//! scenario rank is the rank of that estimate among the peers (ties share the better rank). The
//! unpublished sub-indicators are never invented.

use crate::score::{NodeScore, Rank};
use serde::Serialize;

/// How a what-if's total and rank were obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RankBasis {
    /// The province's total is complete: computed total, computed rank.
    Computed,
    /// Estimated from the published rank ("ước tính từ hạng công bố").
    Anchored,
}

/// The province's total, index and rank before and after a scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Position {
    /// Computed, or anchored on the published rank.
    pub basis: RankBasis,
    /// Total before (anchored: the estimate the published rank gives).
    pub total_before: f64,
    /// Total after.
    pub total_after: f64,
    /// `total_before / index_scale`.
    pub index_before: f64,
    /// `total_after / index_scale`.
    pub index_after: f64,
    /// Rank among the peers before (anchored: equals the published rank when the peers' totals
    /// agree with it).
    pub rank_before: Rank,
    /// Rank among the peers after.
    pub rank_after: Rank,
    /// True when the peers' totals or the estimate are illustrative (anchored is always).
    pub illustrative: bool,
    /// Overridden sub-indicators without a baseline, left out of an anchored estimate (their
    /// contribution to the published rank is unknown).
    pub unanchored: Vec<String>,
}

/// Rank of a total among the peers' totals (ties share the better rank), out of peers + 1.
pub fn rank_among(peers: &[f64], total: f64) -> Option<Rank> {
    let better = peers.iter().filter(|&&p| p > total).count();
    Some(Rank {
        rank: u32::try_from(better + 1).ok()?,
        of: u32::try_from(peers.len() + 1).ok()?,
    })
}

/// The total a published rank places the province at among the peers' totals: midway between
/// the peer just above and the peer just below; first or last place sit half the peers' mean
/// spacing beyond the end (half a point when they are all equal). `None` unless the peers are
/// exactly the others of the published ranking (`of − 1` of them) and the rank is within it.
pub fn anchor_total(peers: &[f64], published: Rank) -> Option<f64> {
    let of = usize::try_from(published.of).ok()?;
    let rank = usize::try_from(published.rank).ok()?;
    if peers.is_empty() || peers.len() + 1 != of || rank == 0 || rank > of {
        return None;
    }
    let mut sorted = peers.to_vec();
    crate::order::sort_by(&mut sorted, |a, b| b.total_cmp(a));
    let above = rank.checked_sub(2).and_then(|k| sorted.get(k)).copied();
    let below = sorted.get(rank - 1).copied();
    let spacing = match (sorted.first(), sorted.last()) {
        (Some(hi), Some(lo)) if sorted.len() > 1 && hi > lo => {
            (hi - lo) / (sorted.len() - 1) as f64
        }
        _ => 1.0,
    };
    match (above, below) {
        (Some(a), Some(b)) => Some((a + b) / 2.0),
        (None, Some(b)) => Some(b + spacing / 2.0),
        (Some(a), None) => Some(a - spacing / 2.0),
        (None, None) => None,
    }
}

/// What [`position`] reads.
#[derive(Debug, Clone, Copy)]
pub struct PositionInput<'a> {
    /// The peers' complete totals.
    pub peers: &'a [f64],
    /// True when any of those totals is illustrative.
    pub peers_illustrative: bool,
    /// The root before.
    pub root_before: Option<&'a NodeScore>,
    /// The root after.
    pub root_after: Option<&'a NodeScore>,
    /// The framework's index scale (1,000 for the DTI).
    pub index_scale: f64,
    /// The overridden leaves, before and after.
    pub overridden: &'a [(&'a NodeScore, &'a NodeScore)],
}

/// The province's position before and after; `None` when its total is incomplete and no rank
/// is published (or the peers do not make up the published ranking).
pub fn position(input: &PositionInput<'_>) -> Option<Position> {
    let scale = if input.index_scale > 0.0 {
        input.index_scale
    } else {
        1.0
    };
    let root_before = input.root_before?;
    let complete = |n: Option<&NodeScore>| n.filter(|n| n.coverage >= 1.0).and_then(|n| n.points);
    if let (Some(before), Some(after)) = (complete(Some(root_before)), complete(input.root_after)) {
        return Some(Position {
            basis: RankBasis::Computed,
            total_before: before,
            total_after: after,
            index_before: before / scale,
            index_after: after / scale,
            rank_before: rank_among(input.peers, before)?,
            rank_after: rank_among(input.peers, after)?,
            illustrative: root_before.illustrative
                || input.root_after.is_some_and(|r| r.illustrative)
                || input.peers_illustrative,
            unanchored: Vec::new(),
        });
    }
    let before = anchor_total(input.peers, root_before.published_rank?)?;
    let mut delta = 0.0;
    let mut unanchored = Vec::new();
    for (b, a) in input.overridden {
        match (b.points, a.points) {
            (Some(x), Some(y)) => delta += y - x,
            (None, Some(_)) => unanchored.push(a.code.clone()),
            _ => {}
        }
    }
    let after = before + delta;
    Some(Position {
        basis: RankBasis::Anchored,
        total_before: before,
        total_after: after,
        index_before: before / scale,
        index_after: after / scale,
        rank_before: rank_among(input.peers, before)?,
        rank_after: rank_among(input.peers, after)?,
        illustrative: true,
        unanchored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_and_last_place_sit_half_a_spacing_beyond_the_peers() {
        let peers = [700.0, 600.0, 500.0];
        let first = anchor_total(&peers, Rank { rank: 1, of: 4 }).unwrap_or(0.0);
        let last = anchor_total(&peers, Rank { rank: 4, of: 4 }).unwrap_or(0.0);
        assert_eq!((first, last), (750.0, 450.0));
        assert_eq!(anchor_total(&peers, Rank { rank: 2, of: 4 }), Some(650.0));
    }

    #[test]
    fn no_anchor_when_the_peers_are_not_the_whole_ranking() {
        let peers = [700.0, 600.0];
        assert_eq!(anchor_total(&peers, Rank { rank: 2, of: 34 }), None);
        assert_eq!(anchor_total(&peers, Rank { rank: 4, of: 3 }), None);
        assert_eq!(anchor_total(&[], Rank { rank: 1, of: 1 }), None);
    }
}
