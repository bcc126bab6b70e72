//! What-if: override inputs, recompute only what depends on them, and compare with the baseline.
//!
//! A [`Baseline`] is computed once per dataset; [`Baseline::apply`] then costs a walk from each
//! overridden sub-indicator up to the root, a comparison with the peers' totals, and the targets
//! that read the framework's points or rank — never a full re-score. A [`Scenario`] is a list of
//! [`Override`]s that serialises to a short, stable text for page URLs ([`Scenario::to_query`]).

use crate::anchor::{position, Position, PositionInput};
use crate::budget::{line_ratios, LineRatios};
use crate::composite::{compute_with, Composite};
use crate::keyed::Map;
use crate::model::{Dataset, EntityKind, Framework, MeasureField, MonthlyDisbursement, Value};
use crate::score::{
    apply_rule, set_points, sum_children, NodeScore, Origin, Rank, ScoreBook, Scorecard,
};
use crate::targets::{evaluate, history, Latest, Status};
use crate::tree::Tree;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// One changed input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Override {
    /// A raw value of a sub-indicator (`dti:6.4`), scored through its rule.
    Value {
        /// `framework:code`.
        code: String,
        /// The raw value.
        value: f64,
    },
    /// The points of a sub-indicator.
    Points {
        /// `framework:code`.
        code: String,
        /// The points (clamped to 0–max).
        points: f64,
    },
    /// The allocated amount of a budget line, in the line's unit.
    Allocated {
        /// Budget line id.
        line: String,
        /// Amount.
        amount: f64,
    },
    /// The disbursed amount of a budget line, in the line's unit.
    Disbursed {
        /// Budget line id.
        line: String,
        /// Amount.
        amount: f64,
    },
    /// The cumulative amount disbursed by the end of a month, in the line's unit.
    DisbursedByMonth {
        /// Budget line id.
        line: String,
        /// Month, 1–12.
        month: u32,
        /// Cumulative amount.
        amount: f64,
    },
}

/// A what-if: a list of overrides, applied in order (a later one on the same input wins).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Scenario {
    /// The overrides.
    pub overrides: Vec<Override>,
}

/// Why a scenario text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    /// The part of the text that is wrong.
    pub part: String,
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unreadable scenario part {:?}", self.part)
    }
}

impl std::error::Error for ScenarioError {}

/// Escapes the characters the query text uses as separators.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '%' | ';' | '=' | '~' | '&' | '#' | '+' | ' ' => {
                let mut buf = [0u8; 4];
                for b in ch.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            _ => out.push(ch),
        }
    }
    out
}

fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Shortest text that reads back as the same number (no float formatting of the standard
/// library: it would add its tables to the WebAssembly).
fn num(x: f64) -> String {
    crate::format::decimal::shortest(x)
}

impl Scenario {
    /// True when nothing is overridden.
    pub fn is_empty(&self) -> bool {
        self.overrides.is_empty()
    }

    /// A compact, URL-safe text: `v~dti:6.4=80;p~dti:8.2=50;m~2026-total~6=120000`.
    pub fn to_query(&self) -> String {
        let parts: Vec<String> = crate::lists::map(&self.overrides, |o| match o {
            Override::Value { code, value } => format!("v~{}={}", escape(code), num(*value)),
            Override::Points { code, points } => {
                format!("p~{}={}", escape(code), num(*points))
            }
            Override::Allocated { line, amount } => {
                format!("a~{}={}", escape(line), num(*amount))
            }
            Override::Disbursed { line, amount } => {
                format!("d~{}={}", escape(line), num(*amount))
            }
            Override::DisbursedByMonth {
                line,
                month,
                amount,
            } => format!("m~{}~{month}={}", escape(line), num(*amount)),
        });
        crate::format::join(&parts, ";")
    }

    /// Reads [`Scenario::to_query`]'s text back; an empty text is the baseline.
    pub fn from_query(text: &str) -> Result<Scenario, ScenarioError> {
        Scenario::from_query_with(text, |n| n.parse().ok())
    }

    /// [`Scenario::from_query`] with the reader of its numbers (the widget passes the browser's,
    /// keeping the standard library's float parser out of the WebAssembly). `number` answers
    /// `None` for a text that is not a number.
    pub fn from_query_with(
        text: &str,
        number: impl Fn(&str) -> Option<f64>,
    ) -> Result<Scenario, ScenarioError> {
        let mut overrides = Vec::new();
        for part in text.split(';').filter(|p| !p.is_empty()) {
            let bad = || ScenarioError {
                part: part.to_string(),
            };
            let (key, amount) = part.split_once('=').ok_or_else(bad)?;
            let amount = number(amount).ok_or_else(bad)?;
            if !amount.is_finite() {
                return Err(bad());
            }
            let mut fields = key.split('~');
            let kind = fields.next().ok_or_else(bad)?;
            let id = unescape(fields.next().ok_or_else(bad)?).ok_or_else(bad)?;
            let month = fields.next();
            if fields.next().is_some() {
                return Err(bad());
            }
            let o = match (kind, month) {
                ("v", None) => Override::Value {
                    code: id,
                    value: amount,
                },
                ("p", None) => Override::Points {
                    code: id,
                    points: amount,
                },
                ("a", None) => Override::Allocated { line: id, amount },
                ("d", None) => Override::Disbursed { line: id, amount },
                ("m", Some(m)) => Override::DisbursedByMonth {
                    line: id,
                    month: crate::num::unsigned(m)
                        .filter(|m| (1..=12).contains(m))
                        .ok_or_else(bad)?,
                    amount,
                },
                _ => return Err(bad()),
            };
            overrides.push(o);
        }
        Ok(Scenario { overrides })
    }
}

/// Points of one node before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeChange {
    /// Indicator code.
    pub code: String,
    /// Depth in the tree (root 0).
    pub depth: usize,
    /// Maximum.
    pub max: f64,
    /// Baseline points.
    pub before: Option<f64>,
    /// Scenario points.
    pub after: Option<f64>,
}

/// A target whose status the scenario changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetChange {
    /// Target id.
    pub id: String,
    /// Baseline status.
    pub before: Status,
    /// Scenario status.
    pub after: Status,
}

/// A budget line the scenario changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetChange {
    /// Baseline ratios.
    pub before: LineRatios,
    /// Scenario ratios.
    pub after: LineRatios,
}

/// A composite (PII) node before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompositeNodeChange {
    /// Code.
    pub code: String,
    /// Depth (root 0).
    pub depth: usize,
    /// Score before.
    pub before: Option<f64>,
    /// Score after.
    pub after: Option<f64>,
    /// Rank among the provinces of the file before.
    pub rank_before: Option<Rank>,
    /// Rank after.
    pub rank_after: Option<Rank>,
}

/// What a scenario does to the composite (PII). Its ranks are among the provinces of the file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompositeChange {
    /// Framework id.
    pub framework: String,
    /// The root, then every node whose score or rank changed.
    pub nodes: Vec<CompositeNodeChange>,
}

/// The differences a scenario makes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// True when the scenario overrides anything (every figure then carries the scenario mark).
    pub active: bool,
    /// Framework total before and after.
    pub total_before: Option<f64>,
    /// Framework total after.
    pub total_after: Option<f64>,
    /// Index (total / scale) before, when the total is complete.
    pub index_before: Option<f64>,
    /// Index after, when the total is complete.
    pub index_after: Option<f64>,
    /// Rank among the peers before: computed on a complete total, else anchored on the
    /// published rank (see [`Outcome::position`]).
    pub rank_before: Option<Rank>,
    /// Rank among the peers after (computed or anchored, as `rank_before`).
    pub rank_after: Option<Rank>,
    /// Total, index and rank before and after, computed or anchored on the published rank
    /// ([`crate::anchor`]); `None` when neither is possible.
    pub position: Option<Position>,
    /// Main indicators, before and after (for baseline-vs-scenario bars).
    pub main: Vec<NodeChange>,
    /// Every node whose points changed.
    pub changed: Vec<NodeChange>,
    /// Targets whose status changed.
    pub targets: Vec<TargetChange>,
    /// Budget lines that changed.
    pub budget: Vec<BudgetChange>,
    /// The composite (PII) before and after, when the scenario changes one of its values.
    pub composite: Option<CompositeChange>,
    /// Overrides that name nothing in the dataset (ignored).
    pub ignored: Vec<Override>,
    /// The province's scorecard under the scenario (points, gaps, index and rank after), when
    /// the scenario changes a sub-indicator of the scored framework; read it through
    /// [`Baseline::report_of`].
    #[serde(skip)]
    pub card: Option<Scorecard>,
}

/// The dataset a baseline reads: borrowed, or shared (so that a long-lived owner such as the
/// widget's session can keep the dataset and its baseline together).
#[derive(Debug, Clone)]
enum Data<'a> {
    Borrowed(&'a Dataset),
    Shared(Arc<Dataset>),
}

/// Everything a scenario is compared against, computed once.
#[derive(Debug, Clone)]
pub struct Baseline<'a> {
    data: Data<'a>,
    /// The scored framework (position in the dataset's frameworks), its tree, the province's card.
    framework: Option<(usize, Tree, Scorecard)>,
    /// Complete totals of the other provinces of the card's period.
    peers: Vec<f64>,
    /// True when any of those totals is illustrative.
    peers_illustrative: bool,
    budget: Vec<LineRatios>,
    share_target_pct: f64,
    /// The composite framework (position), its tree and its baseline.
    composite: Option<(usize, Tree, Composite)>,
}

impl<'a> Baseline<'a> {
    /// The baseline of a validated dataset: the province's latest card of the main framework.
    pub fn new(dataset: &'a Dataset) -> Baseline<'a> {
        let book = ScoreBook::compute(dataset);
        Baseline::from_scores(dataset, &book)
    }

    /// The baseline from scores already computed.
    pub fn from_scores(dataset: &'a Dataset, book: &ScoreBook) -> Baseline<'a> {
        Baseline::build(Data::Borrowed(dataset), book)
    }

    /// The baseline of a shared dataset, which it keeps (no borrow: it can live beside the
    /// dataset in a long-lived owner).
    pub fn shared(dataset: Arc<Dataset>) -> Baseline<'static> {
        let book = ScoreBook::compute(&dataset);
        Baseline::build(Data::Shared(dataset), &book)
    }

    fn build<'b>(data: Data<'b>, book: &ScoreBook) -> Baseline<'b> {
        let dataset: &Dataset = match &data {
            Data::Borrowed(d) => d,
            Data::Shared(d) => d,
        };
        let province = dataset.meta.province.as_str();
        let framework = dataset
            .frameworks
            .iter()
            .position(|f| f.id == "dti")
            .or_else(|| (!dataset.frameworks.is_empty()).then_some(0));
        let framework = framework.and_then(|i| {
            let f = dataset.frameworks.get(i)?;
            let tree = Tree::build(f, "").ok()?;
            let card = book.latest(&f.id, province)?.clone();
            Some((i, f, tree, card))
        });
        let peer_roots: Vec<&NodeScore> = framework
            .as_ref()
            .map(|(_, f, _, card)| {
                book.cards
                    .iter()
                    .filter(|c| c.framework == f.id && c.period == card.period)
                    .filter(|c| c.entity != province)
                    .filter(|c| {
                        dataset.entities.iter().any(|e| {
                            e.id == c.entity
                                && matches!(e.kind, EntityKind::Province | EntityKind::PeerProvince)
                        })
                    })
                    .filter_map(|c| {
                        c.total()
                            .filter(|r| r.coverage >= 1.0 && r.points.is_some())
                    })
                    .collect()
            })
            .unwrap_or_default();
        let peers = crate::lists::filter_map(&peer_roots, |r| r.points);
        let peers_illustrative = peer_roots.iter().any(|r| r.illustrative);
        let report = crate::report::Report::from_scores(dataset, book);
        let composite = crate::composite::compute_all(dataset)
            .into_iter()
            .next()
            .and_then(|c| {
                let i = dataset
                    .frameworks
                    .iter()
                    .position(|f| f.id == c.framework)?;
                let tree = Tree::build(dataset.frameworks.get(i)?, "").ok()?;
                Some((i, tree, c))
            });
        let framework = framework.map(|(i, _, tree, card)| (i, tree, card));
        Baseline {
            data,
            framework,
            peers,
            peers_illustrative,
            budget: report.budget,
            share_target_pct: report.budget_share_target_pct,
            composite,
        }
    }

    /// The province's baseline scorecard.
    pub fn card(&self) -> Option<&Scorecard> {
        self.framework.as_ref().map(|(_, _, card)| card)
    }

    /// The dataset the baseline was computed from.
    pub fn dataset(&self) -> &Dataset {
        match &self.data {
            Data::Borrowed(d) => d,
            Data::Shared(d) => d,
        }
    }

    /// The scored framework (the DTI), its tree and the province's baseline scorecard.
    pub fn framework(&self) -> Option<(&Framework, &Tree, &Scorecard)> {
        let (i, tree, card) = self.framework.as_ref()?;
        Some((self.dataset().frameworks.get(*i)?, tree, card))
    }

    /// The composite framework (the PII), its tree and its baseline over the provinces.
    pub fn composite(&self) -> Option<(&Framework, &Tree, &Composite)> {
        let (i, tree, c) = self.composite.as_ref()?;
        Some((self.dataset().frameworks.get(*i)?, tree, c))
    }

    /// Rank of a complete total among the peers' complete totals (ties share the better rank).
    fn rank_of(&self, total: Option<f64>, complete: bool) -> Option<Rank> {
        let total = total.filter(|_| complete)?;
        let better = self.peers.iter().filter(|&&p| p > total).count();
        Some(Rank {
            rank: u32::try_from(better + 1).ok()?,
            of: u32::try_from(self.peers.len() + 1).ok()?,
        })
    }

    /// The framework report (points, gaps, agencies) of the province under a scenario applied
    /// to this baseline; `None` when the scenario changes none of the framework's sub-indicators.
    pub fn report_of(&self, outcome: &Outcome) -> Option<crate::report::FrameworkReport> {
        let (framework, _, _) = self.framework()?;
        let card = outcome.card.as_ref()?;
        Some(crate::report::framework_report(
            self.dataset(),
            framework,
            card,
        ))
    }

    /// Applies a scenario and returns what changes.
    pub fn apply(&self, scenario: &Scenario) -> Outcome {
        let mut ignored = Vec::new();
        let mut outcome = Outcome {
            active: !scenario.is_empty(),
            total_before: None,
            total_after: None,
            index_before: None,
            index_after: None,
            rank_before: None,
            rank_after: None,
            position: None,
            main: Vec::new(),
            changed: Vec::new(),
            targets: Vec::new(),
            budget: Vec::new(),
            composite: None,
            ignored: Vec::new(),
            card: None,
        };
        if let Some((framework, tree, card)) = self.framework() {
            let mut nodes = card.nodes.clone();
            let mut touched = vec![false; nodes.len()];
            let mut overridden: Vec<usize> = Vec::new();
            let prefix = format!("{}:", framework.id);
            for o in &scenario.overrides {
                let (code, points) = match o {
                    Override::Value { code, value } => {
                        let x = code
                            .strip_prefix(&prefix)
                            .and_then(|c| tree.by_code.get(c))
                            .and_then(|&i| framework.indicators.get(i).map(|x| (i, x)));
                        let p = x.and_then(|(_, x)| {
                            apply_rule(&x.rule, x.max, x.direction, &Value::Number(*value))
                        });
                        (code, p)
                    }
                    Override::Points { code, points } => (code, Some(*points)),
                    _ => continue,
                };
                if self.is_composite_code(code) {
                    continue;
                }
                let leaf = code
                    .strip_prefix(&prefix)
                    .and_then(|c| tree.by_code.get(c).copied())
                    .filter(|&i| tree.is_leaf(i));
                match (leaf, points) {
                    (Some(i), Some(p)) => {
                        if let (Some(node), Some(x)) =
                            (nodes.get_mut(i), framework.indicators.get(i))
                        {
                            set_leaf(node, x, p);
                            if let Some(t) = touched.get_mut(i) {
                                *t = true;
                            }
                            if !overridden.contains(&i) {
                                overridden.push(i);
                            }
                        }
                    }
                    _ => ignored.push(o.clone()),
                }
            }
            // Recompute the ancestors of what changed, deepest first.
            let mut dirty: Vec<usize> = touched
                .iter()
                .enumerate()
                .filter(|(_, t)| **t)
                .flat_map(|(i, _)| tree.ancestors(i))
                .collect();
            crate::order::sort_by_key(&mut dirty, |&i| {
                std::cmp::Reverse(tree.depth.get(i).copied().unwrap_or(0))
            });
            dirty.dedup();
            for i in dirty {
                roll_up(&mut nodes, tree, framework, i);
                if let Some(t) = touched.get_mut(i) {
                    *t = true;
                }
            }
            let root_before = card.total();
            let root_after = nodes.get(tree.root);
            let complete = |n: Option<&NodeScore>| n.is_some_and(|n| n.coverage >= 1.0);
            outcome.total_before = root_before.and_then(|r| r.points);
            outcome.total_after = root_after.and_then(|r| r.points);
            let index = |n: Option<&NodeScore>| {
                n.filter(|n| n.coverage >= 1.0)
                    .and_then(|n| n.points)
                    .map(|p| p / framework.index_scale)
            };
            outcome.index_before = index(root_before);
            outcome.index_after = index(root_after);
            outcome.rank_before = self.rank_of(outcome.total_before, complete(root_before));
            outcome.rank_after = self.rank_of(outcome.total_after, complete(root_after));
            let pairs: Vec<(&NodeScore, &NodeScore)> =
                crate::lists::filter_map(&overridden, |&i| {
                    Some((card.nodes.get(i)?, nodes.get(i)?))
                });
            outcome.position = position(&PositionInput {
                peers: &self.peers,
                peers_illustrative: self.peers_illustrative,
                root_before,
                root_after,
                index_scale: framework.index_scale,
                overridden: &pairs,
            });
            if let Some(p) = &outcome.position {
                outcome.rank_before = Some(p.rank_before);
                outcome.rank_after = Some(p.rank_after);
            }
            let change = |i: usize| {
                let (b, a) = (card.nodes.get(i)?, nodes.get(i)?);
                Some(NodeChange {
                    code: b.code.clone(),
                    depth: b.depth,
                    max: b.max,
                    before: b.points,
                    after: a.points,
                })
            };
            outcome.main = (0..nodes.len())
                .filter(|&i| tree.depth.get(i) == Some(&1))
                .filter_map(change)
                .collect();
            outcome.changed = touched
                .iter()
                .enumerate()
                .filter(|(_, t)| **t)
                .filter_map(|(i, _)| change(i))
                .filter(|c| c.before != c.after)
                .collect();
            outcome.targets = self.target_changes(framework, tree, card, &outcome);
            if !overridden.is_empty() {
                outcome.card = Some(Scorecard {
                    framework: card.framework.clone(),
                    entity: card.entity.clone(),
                    period: card.period.clone(),
                    nodes,
                    root: card.root,
                    index: outcome.index_after,
                    rank: outcome.rank_after,
                });
            }
        }
        outcome.budget = self.budget_changes(scenario, &mut ignored);
        outcome.composite = self.composite_change(scenario, &mut ignored);
        outcome.ignored = ignored;
        outcome
    }

    /// Targets that read the framework's root points or rank, re-evaluated with the scenario.
    fn target_changes(
        &self,
        framework: &Framework,
        tree: &Tree,
        card: &Scorecard,
        outcome: &Outcome,
    ) -> Vec<TargetChange> {
        let Some(root) = framework.indicators.get(tree.root) else {
            return Vec::new();
        };
        let root_code = format!("{}:{}", framework.id, root.code);
        let year = crate::period::Period::parse(&card.period).map(|p| p.year());
        let mut out = Vec::new();
        for target in &self.dataset().targets {
            let Some(measure) = target.measure.as_ref().filter(|m| m.code == root_code) else {
                continue;
            };
            let totals = match &outcome.position {
                Some(p) => (Some(p.total_before), Some(p.total_after)),
                None => (outcome.total_before, outcome.total_after),
            };
            let (before, after) = match measure.field {
                MeasureField::Points => totals,
                MeasureField::Rank => (
                    outcome.rank_before.map(|r| f64::from(r.rank)),
                    outcome.rank_after.map(|r| f64::from(r.rank)),
                ),
                MeasureField::Value => continue,
            };
            let past = history(self.dataset(), target, &self.dataset().meta.province);
            let with = |value: Option<f64>| -> Vec<Latest> {
                let mut h: Vec<Latest> = past
                    .iter()
                    .filter(|l| l.period != card.period)
                    .cloned()
                    .collect();
                if let (Some(value), Some(year)) = (value, year) {
                    h.push(Latest {
                        value,
                        period: card.period.clone(),
                        year,
                        of: None,
                        source: (String::new(), String::new()),
                        illustrative: true,
                    });
                    crate::order::sort_by_key(&mut h, |l| crate::period::period_key(&l.period));
                } else {
                    return past.clone();
                }
                h
            };
            let status_before = evaluate(target, &with(before)).status;
            let status_after = evaluate(target, &with(after)).status;
            if status_before != status_after {
                out.push(TargetChange {
                    id: target.id.clone(),
                    before: status_before,
                    after: status_after,
                });
            }
        }
        out
    }

    fn is_composite_code(&self, code: &str) -> bool {
        self.composite()
            .is_some_and(|(f, _, _)| code.split_once(':').is_some_and(|(id, _)| id == f.id))
    }

    /// Re-computes the composite with the province's overridden raw values. A changed value can
    /// move a leaf's minimum or maximum, so every province's score of that leaf and of its
    /// ancestors is recomputed (a few hundred numbers for the PII).
    fn composite_change(
        &self,
        scenario: &Scenario,
        ignored: &mut Vec<Override>,
    ) -> Option<CompositeChange> {
        let (framework, tree, before) = self.composite()?;
        let province = before.entity(&self.dataset().meta.province)?;
        let mut raw = Map::new();
        for o in &scenario.overrides {
            let Override::Value { code, value } = o else {
                continue;
            };
            if !self.is_composite_code(code) {
                continue;
            }
            let leaf = code
                .split_once(':')
                .and_then(|(_, c)| tree.by_code.get(c).copied())
                .filter(|&i| tree.is_leaf(i));
            match leaf {
                Some(i) if value.is_finite() => {
                    raw.insert((province, i), *value);
                }
                _ => ignored.push(o.clone()),
            }
        }
        if raw.is_empty() {
            return None;
        }
        // Published scores (46.54) stay the anchor: each node moves by the difference the change
        // makes when everything is computed from raw values.
        let plain = |raw: &Map<(usize, usize), f64>| {
            compute_with(self.dataset(), framework, tree, &before.period, raw, false)
        };
        let (plain_before, plain_after) = (plain(&Map::new()), plain(&raw));
        let score = |c: &Composite, e: usize, i: usize| c.scores.get(e)?.get(i)?.score;
        let b = before.scores.get(province)?;
        let nodes = (0..b.len())
            .filter_map(|i| {
                let x = b.get(i)?;
                let delta = match (
                    score(&plain_before, province, i),
                    score(&plain_after, province, i),
                ) {
                    (Some(p), Some(q)) => q - p,
                    _ => 0.0,
                };
                let after = x.score.map(|s| crate::num::clamp(s + delta, 0.0, 100.0));
                let rank_after = after.and_then(|mine| {
                    let others: Vec<f64> = (0..before.entities.len())
                        .filter(|&e| e != province)
                        .filter_map(|e| {
                            // Other provinces keep a published score; their computed ones move
                            // with the new minimum and maximum.
                            let published = before.scores.get(e)?.get(i)?;
                            if published.origin == crate::score::Origin::Published {
                                published.score
                            } else {
                                score(&plain_after, e, i)
                            }
                        })
                        .collect();
                    let better = others.iter().filter(|&&o| o > mine).count();
                    Some(Rank {
                        rank: u32::try_from(better + 1).ok()?,
                        of: u32::try_from(others.len() + 1).ok()?,
                    })
                });
                (i == before.root || x.score != after || x.rank != rank_after).then(|| {
                    CompositeNodeChange {
                        code: before.codes.get(i).cloned().unwrap_or_default(),
                        depth: before.depth.get(i).copied().unwrap_or(0),
                        before: x.score,
                        after,
                        rank_before: x.rank,
                        rank_after,
                    }
                })
            })
            .collect();
        Some(CompositeChange {
            framework: framework.id.clone(),
            nodes,
        })
    }

    fn budget_changes(
        &self,
        scenario: &Scenario,
        ignored: &mut Vec<Override>,
    ) -> Vec<BudgetChange> {
        let mut lines: Vec<crate::model::BudgetLine> = Vec::new();
        let mut months: Vec<MonthlyDisbursement> = self.dataset().disbursement.clone();
        for o in &scenario.overrides {
            let id = match o {
                Override::Allocated { line, .. }
                | Override::Disbursed { line, .. }
                | Override::DisbursedByMonth { line, .. } => line,
                _ => continue,
            };
            let Some(original) = self.dataset().budget.iter().find(|l| &l.id == id) else {
                ignored.push(o.clone());
                continue;
            };
            let position = match lines.iter().position(|l| &l.id == id) {
                Some(p) => p,
                None => {
                    lines.push(original.clone());
                    lines.len() - 1
                }
            };
            let Some(line) = lines.get_mut(position) else {
                continue;
            };
            match o {
                Override::Allocated { amount, .. } => line.allocated = Some(amount.max(0.0)),
                Override::Disbursed { amount, .. } => line.disbursed = Some(amount.max(0.0)),
                Override::DisbursedByMonth { month, amount, .. } => {
                    // Cumulative amounts do not go down: a figure below one of an earlier month
                    // (a hand-edited link, say) is held at it, as the slider holds it.
                    let floor = months
                        .iter()
                        .filter(|m| &m.line == id && m.month < *month)
                        .filter_map(|m| m.disbursed_cumulative)
                        .fold(0.0, f64::max);
                    let amount = amount.max(floor);
                    match months
                        .iter_mut()
                        .find(|m| &m.line == id && m.month == *month)
                    {
                        Some(m) => m.disbursed_cumulative = Some(amount),
                        None => months.push(MonthlyDisbursement {
                            line: id.clone(),
                            month: *month,
                            planned_cumulative: None,
                            disbursed_cumulative: Some(amount),
                            source: line.source.clone(),
                            illustrative: true,
                        }),
                    }
                    // Later months reported below the new figure would go backwards: drop them.
                    months.retain(|m| {
                        &m.line != id
                            || m.month <= *month
                            || m.disbursed_cumulative.is_none_or(|d| d >= amount)
                    });
                }
                _ => {}
            }
        }
        crate::lists::filter_map(&lines, |line| {
            let before = self.budget.iter().find(|b| b.id == line.id)?.clone();
            let after = line_ratios(line, &months, self.share_target_pct);
            Some(BudgetChange { before, after })
        })
    }
}

/// Sets a leaf's points (clamped to its maximum) as a scenario figure.
fn set_leaf(node: &mut NodeScore, x: &crate::model::Indicator, points: f64) {
    let p = if points.is_finite() {
        crate::num::clamp(points, 0.0, x.max)
    } else {
        0.0
    };
    node.illustrative = true;
    set_points(node, x, Some(p), x.max, Origin::Computed);
}

/// Recomputes a parent from its children, as [`crate::score::score_framework`] does; a published
/// parent total stays as published until its children cover its whole maximum.
fn roll_up(nodes: &mut [NodeScore], tree: &Tree, framework: &Framework, i: usize) {
    let (sum, covered, illustrative) = sum_children(nodes, tree, i);
    let (Some(node), Some(x)) = (nodes.get_mut(i), framework.indicators.get(i)) else {
        return;
    };
    if node.origin == Origin::Published && covered < x.max {
        return;
    }
    let origin = if sum.is_some() {
        Origin::Rollup
    } else {
        Origin::Missing
    };
    node.illustrative = illustrative;
    set_points(node, x, sum, covered, origin);
}
