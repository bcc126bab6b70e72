//! Framework trees and scoring rules → points, gaps, coverage and ranks.
//!
//! A leaf earns the points published for it; without published points, its raw value goes through
//! the indicator's [`Rule`]; without either it is *missing*, never zero. Parents sum their children,
//! unless points are published for the parent itself (a peer province's published total).
//! Coverage is the share of a node's maximum that has data behind it.

use crate::keyed::Map;
use crate::model::{Dataset, Direction, EntityKind, Framework, Observation, Rule, Value};
use crate::period::period_key;
use crate::tree::Tree;
use serde::Serialize;

/// Where a node's points come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Points published in a source.
    Published,
    /// Computed by chiso from a raw value and the indicator's rule.
    Computed,
    /// The sum of the children's points.
    Rollup,
    /// No data.
    Missing,
}

/// A rank among the units compared (1 is best).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rank {
    /// Position; tied units share the best position.
    pub rank: u32,
    /// Number of units ranked.
    pub of: u32,
}

/// The score of one indicator for one entity and period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeScore {
    /// Indicator code.
    pub code: String,
    /// Position of the parent in [`Scorecard::nodes`].
    pub parent: Option<usize>,
    /// Depth in the tree (root 0).
    pub depth: usize,
    /// Maximum points.
    pub max: f64,
    /// Points held; `None` when nothing under the node has data.
    pub points: Option<f64>,
    /// Part of `max` that has data behind it.
    pub covered_max: f64,
    /// `covered_max / max` (1 for a zero-max node with data, 0 without).
    pub coverage: f64,
    /// Points lost: `covered_max − points`; `None` when missing.
    pub gap: Option<f64>,
    /// Recoverable points: `gap × feasibility`.
    pub recoverable: Option<f64>,
    /// Where the points come from.
    pub origin: Origin,
    /// True when any figure behind the points is illustrative (or the rule is an assumption).
    pub illustrative: bool,
    /// The raw value, when observed.
    pub value: Option<Value>,
    /// The maximum the source used, when it differs from the framework's.
    pub stated_max: Option<f64>,
    /// Published rank of this node, when observed.
    pub published_rank: Option<Rank>,
    /// Source id and section of the observation, when there is one.
    pub source: Option<(String, String)>,
}

/// Every node of one framework for one entity and period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    /// Framework id.
    pub framework: String,
    /// Entity id.
    pub entity: String,
    /// Period.
    pub period: String,
    /// Nodes in the framework's order.
    pub nodes: Vec<NodeScore>,
    /// Position of the root in `nodes`.
    pub root: usize,
    /// Root points / the framework's index scale, when the root has points.
    pub index: Option<f64>,
    /// Rank among the province and its peers with complete totals for the same period.
    pub rank: Option<Rank>,
}

impl Scorecard {
    /// The root node.
    pub fn total(&self) -> Option<&NodeScore> {
        self.nodes.get(self.root)
    }

    /// The node with a code.
    pub fn node(&self, code: &str) -> Option<&NodeScore> {
        self.nodes.iter().find(|n| n.code == code)
    }

    /// The root's direct children (the DTI's main indicators).
    pub fn main_indicators(&self) -> impl Iterator<Item = &NodeScore> {
        self.nodes.iter().filter(|n| n.depth == 1)
    }

    /// Leaves with data, ordered by recoverable points, largest first (ties by code).
    pub fn gaps(&self) -> Vec<&NodeScore> {
        let mut leaves: Vec<&NodeScore> = self
            .leaves()
            .filter(|n| n.recoverable.is_some() && n.max > 0.0)
            .collect();
        crate::order::sort_by(&mut leaves, |a, b| {
            b.recoverable
                .unwrap_or(0.0)
                .total_cmp(&a.recoverable.unwrap_or(0.0))
                .then_with(|| natural_cmp(&a.code, &b.code))
        });
        leaves
    }

    /// Nodes without children.
    pub fn leaves(&self) -> impl Iterator<Item = &NodeScore> {
        let mut has_child = vec![false; self.nodes.len()];
        for n in &self.nodes {
            if let Some(slot) = n.parent.and_then(|p| has_child.get_mut(p)) {
                *slot = true;
            }
        }
        self.nodes
            .iter()
            .zip(has_child)
            .filter(|(_, has)| !has)
            .map(|(n, _)| n)
    }
}

/// Points a rule gives a raw value, or `None` when the rule cannot score it.
pub fn apply_rule(rule: &Rule, max: f64, direction: Direction, value: &Value) -> Option<f64> {
    match (rule, value) {
        (Rule::Published, _) => None,
        (
            Rule::Linear {
                threshold, zero_at, ..
            },
            Value::Number(v),
        ) => {
            let width = threshold - zero_at;
            if width == 0.0 || !v.is_finite() {
                return None;
            }
            Some(max * crate::num::clamp((v - zero_at) / width, 0.0, 1.0))
        }
        (Rule::Steps { steps, .. }, Value::Number(v)) => {
            let reached = steps.iter().filter(|s| match direction {
                Direction::Higher => *v >= s.at,
                Direction::Lower => *v <= s.at,
            });
            Some(reached.map(|s| s.points).fold(0.0, f64::max).min(max))
        }
        (Rule::Categorical { categories, .. }, Value::Category(c)) => categories
            .iter()
            .find(|k| &k.value == c)
            .map(|k| k.points.min(max)),
        _ => None,
    }
}

fn rule_is_illustrative(rule: &Rule) -> bool {
    match rule {
        Rule::Published => false,
        Rule::Linear { illustrative, .. }
        | Rule::Steps { illustrative, .. }
        | Rule::Categorical { illustrative, .. } => *illustrative,
    }
}

/// The sum of the children's points that have data, the maximum they cover, and whether any of
/// them is illustrative.
pub(crate) fn sum_children(nodes: &[NodeScore], tree: &Tree, i: usize) -> (Option<f64>, f64, bool) {
    let mut sum = None::<f64>;
    let mut covered = 0.0;
    let mut illustrative = false;
    for &k in tree.children.get(i).map(Vec::as_slice).unwrap_or(&[]) {
        if let Some(child) = nodes.get(k) {
            if let Some(p) = child.points {
                sum = Some(sum.unwrap_or(0.0) + p);
                covered += child.covered_max;
                illustrative |= child.illustrative;
            }
        }
    }
    (sum, covered, illustrative)
}

/// Sets a node's points and everything derived from them: coverage, gap, recoverable points.
pub(crate) fn set_points(
    node: &mut NodeScore,
    x: &crate::model::Indicator,
    points: Option<f64>,
    covered: f64,
    origin: Origin,
) {
    node.points = points;
    node.covered_max = covered;
    node.coverage = if x.max > 0.0 {
        (covered / x.max).min(1.0)
    } else if points.is_some() {
        1.0
    } else {
        0.0
    };
    node.gap = points.map(|p| (covered - p).max(0.0));
    node.recoverable = node.gap.map(|g| g * x.feasibility.unwrap_or(1.0));
    node.origin = origin;
}

/// Scores one framework for one entity and period from the observations of its indicators
/// (`observed[i]` is the observation of indicator `i`, if any).
pub fn score_framework(
    framework: &Framework,
    tree: &Tree,
    entity: &str,
    period: &str,
    observed: &[Option<&Observation>],
) -> Scorecard {
    let n = framework.indicators.len();
    let mut nodes: Vec<NodeScore> = framework
        .indicators
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let o = observed.get(i).copied().flatten();
            NodeScore {
                code: x.code.clone(),
                parent: tree.parent.get(i).copied().flatten(),
                depth: tree.depth.get(i).copied().unwrap_or(0),
                max: x.max,
                points: None,
                covered_max: 0.0,
                coverage: 0.0,
                gap: None,
                recoverable: None,
                origin: Origin::Missing,
                illustrative: o.is_some_and(|o| o.illustrative),
                value: o.and_then(|o| o.value.clone()),
                stated_max: o.and_then(|o| o.stated_max),
                published_rank: o.and_then(|o| {
                    o.rank.map(|rank| Rank {
                        rank,
                        of: o.rank_of.unwrap_or(0),
                    })
                }),
                source: o.map(|o| (o.source.id.clone(), o.source.section.clone())),
            }
        })
        .collect();
    for &i in &tree.post_order {
        let Some(x) = framework.indicators.get(i) else {
            continue;
        };
        let published = observed.get(i).copied().flatten().and_then(|o| o.points);
        let (points, covered, origin, rule_assumed) = if let Some(p) = published {
            (Some(p), x.max, Origin::Published, false)
        } else if tree.is_leaf(i) {
            let value = nodes.get(i).and_then(|node| node.value.as_ref());
            match value.and_then(|v| apply_rule(&x.rule, x.max, x.direction, v)) {
                Some(p) => (
                    Some(p),
                    x.max,
                    Origin::Computed,
                    rule_is_illustrative(&x.rule),
                ),
                None => (None, 0.0, Origin::Missing, false),
            }
        } else {
            let (sum, covered, illustrative) = sum_children(&nodes, tree, i);
            let origin = if sum.is_some() {
                Origin::Rollup
            } else {
                Origin::Missing
            };
            (sum, covered, origin, illustrative)
        };
        if let Some(node) = nodes.get_mut(i) {
            node.illustrative |= rule_assumed;
            set_points(node, x, points, covered, origin);
        }
    }
    let index = nodes
        .get(tree.root)
        .and_then(|r| r.points)
        .map(|p| p / framework.index_scale);
    debug_assert_eq!(nodes.len(), n);
    Scorecard {
        framework: framework.id.clone(),
        entity: entity.to_string(),
        period: period.to_string(),
        nodes,
        root: tree.root,
        index,
        rank: None,
    }
}

/// The observations of one (period, entity), by indicator position.
type Group<'a> = ((&'a str, &'a str), Vec<Option<&'a Observation>>);

/// The scorecards of every framework, entity and period that has observations.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScoreBook {
    /// Sorted by framework, period, entity.
    pub cards: Vec<Scorecard>,
}

impl ScoreBook {
    /// Scores everything in a validated dataset. Frameworks whose tree cannot be built are skipped
    /// (validation reports them).
    pub fn compute(dataset: &Dataset) -> ScoreBook {
        ScoreBook::compute_where(dataset, |_| true)
    }

    /// [`ScoreBook::compute`] for the frameworks with one id only: the same cards for them, without
    /// scoring the others (a report needs the DTI, not thousands of commune scorecards).
    pub fn compute_framework(dataset: &Dataset, framework: &str) -> ScoreBook {
        ScoreBook::compute_where(dataset, |f| f.id == framework)
    }

    fn compute_where(dataset: &Dataset, wanted: impl Fn(&Framework) -> bool) -> ScoreBook {
        let kinds: Map<&str, EntityKind> = dataset
            .entities
            .iter()
            .map(|e| (e.id.as_str(), e.kind))
            .collect();
        let mut cards = Vec::new();
        let summed = |f: &Framework| f.method == crate::model::Method::Sum;
        for framework in dataset.frameworks.iter().filter(|f| summed(f) && wanted(f)) {
            let Ok(tree) = Tree::build(framework, "") else {
                continue;
            };
            // (period, entity) → observation per indicator position (the last one wins).
            let mut groups: Vec<Group<'_>> = Vec::new();
            let mut positions: Map<(&str, &str), usize> = Map::new();
            // Observations come in runs of one entity and period: the run's group is reused
            // without a look-up.
            let mut run: Option<((&str, &str), usize)> = None;
            for o in &dataset.observations {
                let Some((fid, code)) = o.code.split_once(':') else {
                    continue;
                };
                if fid != framework.id {
                    continue;
                }
                let Some(&i) = tree.by_code.get(code) else {
                    continue;
                };
                let key = (o.period.as_str(), o.entity.as_str());
                let g = match run {
                    Some((k, g)) if k == key => g,
                    _ => {
                        let g = *positions.get_or_insert_with(key, || {
                            groups.push((key, vec![None; framework.indicators.len()]));
                            groups.len() - 1
                        });
                        run = Some((key, g));
                        g
                    }
                };
                if let Some(slot) = groups.get_mut(g).and_then(|(_, slots)| slots.get_mut(i)) {
                    *slot = Some(o);
                }
            }
            // Keys are unique: the order of a map sorted by (period, entity).
            crate::order::sort_by(&mut groups, |a, b| a.0.cmp(&b.0));
            let start = cards.len();
            cards.reserve(groups.len());
            for ((period, entity), observed) in &groups {
                cards.push(score_framework(framework, &tree, entity, period, observed));
            }
            rank_provinces(cards.get_mut(start..).unwrap_or_default(), &kinds);
        }
        ScoreBook { cards }
    }

    /// The scorecard of a framework, entity and period.
    pub fn get(&self, framework: &str, entity: &str, period: &str) -> Option<&Scorecard> {
        self.cards
            .iter()
            .find(|c| c.framework == framework && c.entity == entity && c.period == period)
    }

    /// The scorecard of the latest period with data for a framework and entity.
    pub fn latest(&self, framework: &str, entity: &str) -> Option<&Scorecard> {
        self.cards
            .iter()
            .filter(|c| c.framework == framework && c.entity == entity)
            .max_by_key(|c| period_key(&c.period))
    }
}

/// Ranks, per period, the provinces (the file's own and its peers) whose root is fully covered.
/// Ties share the best position ("1, 2, 2, 4").
fn rank_provinces(cards: &mut [Scorecard], kinds: &Map<&str, EntityKind>) {
    let mut complete = Vec::new();
    for (i, card) in cards.iter().enumerate() {
        let is_province = matches!(
            kinds.get(card.entity.as_str()),
            Some(EntityKind::Province | EntityKind::PeerProvince)
        );
        let Some(root) = card.total() else { continue };
        if let (true, Some(points), true) = (is_province, root.points, root.coverage >= 1.0) {
            complete.push((card.period.as_str(), i, points));
        }
    }
    let mut ranks = Vec::new();
    for (_, in_period) in crate::order::group_by_key(complete, |p| p.0) {
        let of = u32::try_from(in_period.len()).unwrap_or(u32::MAX);
        for &(_, i, points) in &in_period {
            let better = in_period.iter().filter(|(_, _, p)| *p > points).count();
            let rank = u32::try_from(better + 1).unwrap_or(u32::MAX);
            ranks.push((i, Rank { rank, of }));
        }
    }
    for (i, rank) in ranks {
        if let Some(card) = cards.get_mut(i) {
            card.rank = Some(rank);
        }
    }
}

/// Orders codes like `6.10` after `6.9`.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |s: &str| -> Vec<(u64, String)> {
        s.split('.')
            .map(|p| {
                (
                    crate::num::unsigned::<u64>(p).unwrap_or(u64::MAX),
                    p.to_string(),
                )
            })
            .collect()
    };
    key(a).cmp(&key(b))
}
