//! The PII what-if as the `pii` view shows it: the score, the rank and every sub-index and
//! pillar, before and after, whether or not the scenario moved them.
//!
//! [`crate::scenario::Outcome::composite`] lists only the nodes a scenario changes (anchored on
//! the published score, see [`crate::scenario`]); this fills in the others from the baseline so a
//! view can draw the whole profile from one list.

use crate::model::Text;
use crate::scenario::{Baseline, Outcome};
use crate::score::Rank;
use serde::Serialize;

/// One node of the composite, before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PiiLine {
    /// Code (`PII`, `input`, `output`, `1`…).
    pub code: String,
    /// Name.
    pub name: Text,
    /// Depth (0 root, 1 sub-index, 2 pillar…).
    pub depth: usize,
    /// Parent code.
    pub parent: Option<String>,
    /// Score before, 0–100.
    pub before: Option<f64>,
    /// Score after.
    pub after: Option<f64>,
    /// Rank among the provinces of the file before.
    pub rank_before: Option<Rank>,
    /// Rank after.
    pub rank_after: Option<Rank>,
    /// True when any figure behind the score is illustrative (always, once changed).
    pub illustrative: bool,
}

/// The composite before and after a scenario: the root first, then every non-leaf node in the
/// framework's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PiiWhatIf {
    /// Framework id.
    pub framework: String,
    /// True when the scenario changes a value of the composite.
    pub active: bool,
    /// The root, then the sub-indices and pillars.
    pub lines: Vec<PiiLine>,
}

impl PiiWhatIf {
    /// The line of a code.
    pub fn line(&self, code: &str) -> Option<&PiiLine> {
        self.lines.iter().find(|l| l.code == code)
    }
}

/// The composite profile of the province under `outcome` (computed by `baseline.apply`).
pub fn pii_whatif(baseline: &Baseline<'_>, outcome: &Outcome) -> Option<PiiWhatIf> {
    let (framework, tree, composite) = baseline.composite()?;
    let scores = composite.of(&baseline.dataset().meta.province)?;
    let changes = outcome.composite.as_ref();
    let lines = std::iter::once(tree.root)
        .chain((0..framework.indicators.len()).filter(|&i| i != tree.root && !tree.is_leaf(i)))
        .filter_map(|i| {
            let x = framework.indicators.get(i)?;
            let s = scores.get(i)?;
            let change = changes.and_then(|c| c.nodes.iter().find(|n| n.code == x.code));
            Some(PiiLine {
                code: x.code.clone(),
                name: x.name.clone(),
                depth: tree.depth.get(i).copied().unwrap_or(0),
                parent: x.parent.clone(),
                before: s.score,
                after: change.map_or(s.score, |c| c.after),
                rank_before: s.rank,
                rank_after: change.map_or(s.rank, |c| c.rank_after),
                illustrative: s.illustrative || change.is_some(),
            })
        })
        .collect();
    Some(PiiWhatIf {
        framework: framework.id.clone(),
        active: changes.is_some(),
        lines,
    })
}
