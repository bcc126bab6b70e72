//! Normalised composites (the PII, GII family): min-max normalisation across provinces, weighted
//! arithmetic means up the tree, ranks, strengths and weaknesses.
//!
//! Method, following the published PII/GII approach and COINr's defaults:
//! 1. each leaf's raw values are min-max normalised to 0–100 across the provinces that report it,
//!    `100 × (v − min) / (max − min)`, or `100 × (max − v) / (max − min)` when lower is better;
//!    when every province reports the same value, all get 100;
//! 2. a parent is the weighted arithmetic mean of its children that have a score (equal weights
//!    unless `weight` is given), computed only when the children with a score carry at least
//!    `min_coverage` of the children's total weight (default [`DEFAULT_MIN_COVERAGE`]); otherwise
//!    it is missing, never zero;
//! 3. points published for a node (a published pillar or sub-index score) replace the computed
//!    score of that node for that province;
//! 4. each node ranks the provinces that have a score, best first; ties share the better rank.

use crate::keyed::Map;
use crate::model::{Dataset, Direction, EntityKind, Framework, Method, Observation, Value};
use crate::score::{natural_cmp, Origin, Rank};
use crate::tree::Tree;
use serde::Serialize;

/// Share of a node's children weight that must have data, unless the framework says otherwise.
pub const DEFAULT_MIN_COVERAGE: f64 = 0.5;

/// How many strengths and weaknesses are listed.
pub const STRENGTHS_SHOWN: usize = 5;

/// One node's score for one province.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompositeScore {
    /// Score 0–100, `None` when missing.
    pub score: Option<f64>,
    /// Rank among the provinces with a score.
    pub rank: Option<Rank>,
    /// Where the score comes from.
    pub origin: Origin,
    /// Share of the children's weight with data (1 for leaves with data).
    pub coverage: f64,
    /// The raw value, for leaves.
    pub raw: Option<f64>,
    /// True when any figure behind the score is illustrative.
    pub illustrative: bool,
}

/// A composite framework computed for every province of one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Composite {
    /// Framework id.
    pub framework: String,
    /// Period.
    pub period: String,
    /// Indicator codes, in the framework's order.
    pub codes: Vec<String>,
    /// Depth of each indicator (root 0).
    pub depth: Vec<usize>,
    /// Parent position of each indicator.
    pub parent: Vec<Option<usize>>,
    /// Position of the root.
    pub root: usize,
    /// Provinces compared (the file's province and its peers with data), sorted by id.
    pub entities: Vec<String>,
    /// `scores[e][i]`: node `i` of entity `e`.
    pub scores: Vec<Vec<CompositeScore>>,
    /// Coverage threshold used.
    pub min_coverage: f64,
}

/// A strength or a weakness: an indicator and where the province ranks on it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    /// Indicator code.
    pub code: String,
    /// Normalised score.
    pub score: f64,
    /// Rank.
    pub rank: Rank,
}

impl Composite {
    /// Position of an entity.
    pub fn entity(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e == id)
    }

    /// The scores of an entity.
    pub fn of(&self, id: &str) -> Option<&[CompositeScore]> {
        self.entity(id)
            .and_then(|e| self.scores.get(e))
            .map(Vec::as_slice)
    }

    /// The root score of an entity.
    pub fn total(&self, id: &str) -> Option<&CompositeScore> {
        self.of(id).and_then(|s| s.get(self.root))
    }

    /// The leaves where the province ranks best (strengths) and worst (weaknesses).
    pub fn strengths_and_weaknesses(&self, id: &str, n: usize) -> (Vec<Standing>, Vec<Standing>) {
        let Some(scores) = self.of(id) else {
            return (Vec::new(), Vec::new());
        };
        let is_leaf = |i: usize| !self.parent.contains(&Some(i));
        let mut ranked: Vec<Standing> = scores
            .iter()
            .enumerate()
            .filter(|(i, _)| is_leaf(*i))
            .filter_map(|(i, s)| {
                Some(Standing {
                    code: self.codes.get(i)?.clone(),
                    score: s.score?,
                    rank: s.rank?,
                })
            })
            .collect();
        crate::order::sort_by(&mut ranked, |a, b| {
            a.rank
                .rank
                .cmp(&b.rank.rank)
                .then(b.score.total_cmp(&a.score))
                .then_with(|| natural_cmp(&a.code, &b.code))
        });
        let strengths: Vec<Standing> = ranked.iter().take(n).cloned().collect();
        let weaknesses: Vec<Standing> = ranked.iter().rev().take(n).cloned().collect();
        (strengths, weaknesses)
    }
}

/// Min-max normalisation of one value to 0–100.
pub fn normalise(value: f64, min: f64, max: f64, direction: Direction) -> f64 {
    if max <= min {
        return 100.0;
    }
    let share = match direction {
        Direction::Higher => (value - min) / (max - min),
        Direction::Lower => (max - value) / (max - min),
    };
    crate::num::clamp(100.0 * share, 0.0, 100.0)
}

fn number(o: &Observation) -> Option<f64> {
    match o.value {
        Some(Value::Number(x)) if x.is_finite() => Some(x),
        _ => None,
    }
}

/// The composite of `framework` for `period`, over the province and its peers.
/// `raw_override` replaces raw values (entity, indicator position) for what-if scenarios;
/// `use_published` false computes every node from the raw values, ignoring published scores.
pub fn compute_with(
    dataset: &Dataset,
    framework: &Framework,
    tree: &Tree,
    period: &str,
    raw_override: &Map<(usize, usize), f64>,
    use_published: bool,
) -> Composite {
    let provinces: Map<&str, EntityKind> = dataset
        .entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Province | EntityKind::PeerProvince))
        .map(|e| (e.id.as_str(), e.kind))
        .collect();
    let prefix = format!("{}:", framework.id);
    let mut observed: Vec<(&str, usize, &Observation)> = Vec::new();
    for o in &dataset.observations {
        if o.period != period || !provinces.contains_key(o.entity.as_str()) {
            continue;
        }
        let Some(&i) = o
            .code
            .strip_prefix(&prefix)
            .and_then(|c| tree.by_code.get(c))
        else {
            continue;
        };
        observed.push((o.entity.as_str(), i, o));
    }
    let mut entities: Vec<String> = crate::lists::map(&observed, |(e, _, _)| e.to_string());
    crate::order::sort_by(&mut entities, |a, b| a.cmp(b));
    entities.dedup();
    let n = framework.indicators.len();
    let empty = CompositeScore {
        score: None,
        rank: None,
        origin: Origin::Missing,
        coverage: 0.0,
        raw: None,
        illustrative: false,
    };
    let mut scores = vec![vec![empty; n]; entities.len()];
    let index: Map<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(k, e)| (e.as_str(), k))
        .collect();
    let mut published: Map<(usize, usize), (f64, bool)> = Map::new();
    for (e, i, o) in &observed {
        let Some(&k) = index.get(e) else { continue };
        if let Some(cell) = scores.get_mut(k).and_then(|row| row.get_mut(*i)) {
            cell.raw = number(o);
            cell.illustrative |= o.illustrative;
        }
        if let Some(p) = o.points.filter(|p| p.is_finite() && use_published) {
            published.insert((k, *i), (p, o.illustrative));
        }
    }
    for (&(k, i), &value) in raw_override {
        if let Some(cell) = scores.get_mut(k).and_then(|row| row.get_mut(i)) {
            cell.raw = Some(value);
            cell.illustrative = true;
        }
    }
    // 1. Normalise the leaves across provinces.
    for i in 0..n {
        if !tree.is_leaf(i) {
            continue;
        }
        let direction = framework
            .indicators
            .get(i)
            .map_or(Direction::Higher, |x| x.direction);
        let raws: Vec<f64> =
            crate::lists::filter_map(&scores, |row| row.get(i).and_then(|c| c.raw));
        let min = raws.iter().copied().fold(f64::INFINITY, f64::min);
        let max = raws.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        for row in &mut scores {
            if let Some(cell) = row.get_mut(i) {
                if let Some(v) = cell.raw {
                    cell.score = Some(normalise(v, min, max, direction));
                    cell.origin = Origin::Computed;
                    cell.coverage = 1.0;
                }
            }
        }
    }
    let min_coverage = framework.min_coverage.unwrap_or(DEFAULT_MIN_COVERAGE);
    // 2. Means up the tree, 3. published scores first.
    for (k, row) in scores.iter_mut().enumerate() {
        for &i in &tree.post_order {
            if let Some(&(p, illustrative)) = published.get(&(k, i)) {
                if let Some(cell) = row.get_mut(i) {
                    cell.score = Some(crate::num::clamp(p, 0.0, 100.0));
                    cell.origin = Origin::Published;
                    cell.coverage = 1.0;
                    cell.illustrative |= illustrative;
                }
                continue;
            }
            if tree.is_leaf(i) {
                continue;
            }
            let mut total_weight = 0.0;
            let mut weight_with_data = 0.0;
            let mut sum = 0.0;
            let mut illustrative = false;
            for &c in tree.children.get(i).map(Vec::as_slice).unwrap_or(&[]) {
                let w = framework
                    .indicators
                    .get(c)
                    .and_then(|x| x.weight)
                    .unwrap_or(1.0);
                total_weight += w;
                if let Some(child) = row.get(c) {
                    if let Some(s) = child.score {
                        weight_with_data += w;
                        sum += w * s;
                        illustrative |= child.illustrative;
                    }
                }
            }
            if let Some(cell) = row.get_mut(i) {
                cell.coverage = if total_weight > 0.0 {
                    weight_with_data / total_weight
                } else {
                    0.0
                };
                if weight_with_data > 0.0 && cell.coverage + 1e-12 >= min_coverage {
                    cell.score = Some(sum / weight_with_data);
                    cell.origin = Origin::Rollup;
                    cell.illustrative |= illustrative;
                }
            }
        }
    }
    // 4. Ranks per node.
    for i in 0..n {
        let values: Vec<f64> =
            crate::lists::filter_map(&scores, |row| row.get(i).and_then(|c| c.score));
        let of = u32::try_from(values.len()).unwrap_or(u32::MAX);
        for row in &mut scores {
            if let Some(cell) = row.get_mut(i) {
                if let Some(s) = cell.score {
                    let better = values.iter().filter(|&&v| v > s).count();
                    cell.rank = u32::try_from(better + 1).ok().map(|rank| Rank { rank, of });
                }
            }
        }
    }
    Composite {
        framework: framework.id.clone(),
        period: period.to_string(),
        codes: crate::lists::map(&framework.indicators, |x| x.code.clone()),
        depth: tree.depth.clone(),
        parent: tree.parent.clone(),
        root: tree.root,
        entities,
        scores,
        min_coverage,
    }
}

/// The composite of every composite framework, for its latest period with data for the province.
pub fn compute_all(dataset: &Dataset) -> Vec<Composite> {
    dataset
        .frameworks
        .iter()
        .filter(|f| f.method == Method::Composite)
        .filter_map(|f| {
            let tree = Tree::build(f, "").ok()?;
            let prefix = format!("{}:", f.id);
            let period = dataset
                .observations
                .iter()
                .filter(|o| o.entity == dataset.meta.province && o.code.starts_with(&prefix))
                .map(|o| o.period.as_str())
                .max_by_key(|p| crate::period::period_key(p))?;
            Some(compute_with(dataset, f, &tree, period, &Map::new(), true))
        })
        .collect()
}

/// One node of a composite, for the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompositeLine {
    /// Code.
    pub code: String,
    /// Name.
    pub name: crate::model::Text,
    /// Depth (1: sub-index, 2: pillar...).
    pub depth: usize,
    /// Parent code.
    pub parent: Option<String>,
    /// Score 0–100.
    pub score: Option<f64>,
    /// Rank among the provinces compared.
    pub rank: Option<Rank>,
    /// Where the score comes from.
    pub origin: Origin,
    /// Share of the children's weight with data.
    pub coverage: f64,
    /// True when any figure behind the score is illustrative.
    pub illustrative: bool,
}

/// The composite part of the report (the PII).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompositeReport {
    /// Framework id.
    pub framework: String,
    /// Framework name.
    pub name: crate::model::Text,
    /// Period.
    pub period: String,
    /// The province's score 0–100.
    pub score: Option<f64>,
    /// Where the score comes from.
    pub origin: Origin,
    /// Rank computed among the provinces in the file.
    pub rank: Option<Rank>,
    /// True when any province's score behind that rank is illustrative.
    pub rank_illustrative: bool,
    /// Rank as published.
    pub published_rank: Option<crate::report::PublishedRank>,
    /// Provinces compared.
    pub compared: usize,
    /// Coverage threshold used.
    pub min_coverage: f64,
    /// True when any figure behind the score is illustrative.
    pub illustrative: bool,
    /// Every non-leaf node below the root (sub-indices, pillars, sub-pillars), in file order.
    pub pillars: Vec<CompositeLine>,
    /// Indicators where the province ranks best.
    pub strengths: Vec<CompositeLine>,
    /// Indicators where the province ranks worst.
    pub weaknesses: Vec<CompositeLine>,
}

impl Composite {
    fn line(&self, framework: &Framework, id: &str, i: usize) -> Option<CompositeLine> {
        let s = self.of(id)?.get(i)?;
        Some(CompositeLine {
            code: self.codes.get(i)?.clone(),
            name: framework.indicators.get(i)?.name.clone(),
            depth: self.depth.get(i).copied().unwrap_or(0),
            parent: self
                .parent
                .get(i)
                .copied()
                .flatten()
                .and_then(|p| self.codes.get(p).cloned()),
            score: s.score,
            rank: s.rank,
            origin: s.origin,
            coverage: s.coverage,
            illustrative: s.illustrative,
        })
    }

    /// The report of this composite for one province.
    pub fn report(&self, dataset: &Dataset, framework: &Framework, id: &str) -> CompositeReport {
        let root = self.total(id);
        let root_code = self.codes.get(self.root).cloned().unwrap_or_default();
        let published_rank = crate::report::published_rank(dataset, &framework.id, &root_code, id);
        let pillars = (0..self.codes.len())
            .filter(|&i| i != self.root && self.parent.contains(&Some(i)))
            .filter_map(|i| self.line(framework, id, i))
            .collect();
        let (strong, weak) = self.strengths_and_weaknesses(id, STRENGTHS_SHOWN);
        let by_code = |list: Vec<Standing>| -> Vec<CompositeLine> {
            crate::lists::filter_map(&list, |s| {
                let i = self.codes.iter().position(|c| *c == s.code)?;
                self.line(framework, id, i)
            })
        };
        CompositeReport {
            framework: framework.id.clone(),
            name: framework.name.clone(),
            period: self.period.clone(),
            score: root.and_then(|r| r.score),
            origin: root.map_or(Origin::Missing, |r| r.origin),
            rank: root.and_then(|r| r.rank),
            rank_illustrative: self
                .scores
                .iter()
                .filter_map(|row| row.get(self.root))
                .any(|s| s.score.is_some() && s.illustrative),
            published_rank,
            compared: self.entities.len(),
            min_coverage: self.min_coverage,
            illustrative: root.is_some_and(|r| r.illustrative),
            pillars,
            strengths: by_code(strong),
            weaknesses: by_code(weak),
        }
    }
}
