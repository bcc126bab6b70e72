//! What a change does: the computed results of two versions of a file, compared.

use crate::composite::{compute_all, Composite};
use crate::model::Dataset;
use crate::report::Report;
use crate::score::{Rank, ScoreBook, Scorecard};
use crate::targets::Status;
use serde::Serialize;
use serde_json::Value;

/// One computed result that a change moves.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Effect {
    /// Points of a node of a summed framework (the DTI) for one entity and period.
    Points {
        /// Framework id.
        framework: String,
        /// Entity id.
        entity: String,
        /// Period.
        period: String,
        /// Indicator code.
        code: String,
        /// Points before (`null`: no data).
        before: Option<f64>,
        /// Points after.
        after: Option<f64>,
        /// `after − before`, when both have data.
        change: Option<f64>,
    },
    /// Rank of an entity's framework total among the province and its peers, or of a composite
    /// node among the provinces of the file.
    Rank {
        /// Framework id.
        framework: String,
        /// Entity id.
        entity: String,
        /// Period.
        period: String,
        /// Indicator code (the root for totals).
        code: String,
        /// Rank before.
        before: Option<Rank>,
        /// Rank after.
        after: Option<Rank>,
    },
    /// Score 0–100 of a node of a composite framework (the PII).
    Score {
        /// Framework id.
        framework: String,
        /// Entity id.
        entity: String,
        /// Period.
        period: String,
        /// Indicator code.
        code: String,
        /// Score before.
        before: Option<f64>,
        /// Score after.
        after: Option<f64>,
        /// `after − before`, when both exist.
        change: Option<f64>,
    },
    /// An agency's line of the scorecard of the province's main framework.
    Agency {
        /// Agency entity id.
        agency: String,
        /// Points held before.
        points_before: f64,
        /// Points held after.
        points_after: f64,
        /// Rank among the agencies before.
        rank_before: Option<Rank>,
        /// Rank after.
        rank_after: Option<Rank>,
    },
    /// A target's status.
    Target {
        /// Target id.
        id: String,
        /// Status before (`null`: no such target).
        before: Option<Status>,
        /// Status after.
        after: Option<Status>,
    },
    /// A computed ratio or amount of a budget line (amounts in million VND, rates in %).
    Budget {
        /// Budget line id.
        line: String,
        /// Field of the report's budget line (`disbursement_rate`, `pace.projected_year_end`…).
        field: String,
        /// Before.
        before: Option<f64>,
        /// After.
        after: Option<f64>,
    },
    /// Whether a task is overdue on the file's `as_of` date.
    Task {
        /// Task id.
        id: String,
        /// Overdue before (`null`: no such task).
        before: Option<bool>,
        /// Overdue after.
        after: Option<bool>,
    },
}

/// The computed fields of a budget line that a change can move.
const BUDGET_FIELDS: [&str; 13] = [
    "allocation_rate",
    "unallocated",
    "unallocated_share",
    "disbursement_rate",
    "disbursed_of_planned",
    "share_of_budget",
    "share_target_amount",
    "share_target_shortfall",
    "pace.disbursed_rate",
    "pace.versus_roadmap",
    "pace.versus_even",
    "pace.projected_year_end",
    "pace.projected_rate",
];

/// Everything computed from one version of a file.
pub(super) struct Snapshot {
    province: String,
    book: ScoreBook,
    composites: Vec<Composite>,
    report: Report,
}

fn difference(before: Option<f64>, after: Option<f64>) -> Option<f64> {
    Some(after? - before?)
}

impl Snapshot {
    pub(super) fn compute(dataset: &Dataset) -> Snapshot {
        let book = ScoreBook::compute(dataset);
        Snapshot {
            province: dataset.meta.province.clone(),
            report: Report::from_scores(dataset, &book),
            composites: compute_all(dataset),
            book,
        }
    }

    /// What differs from `self` in `other`. Points and scores are followed for the province and,
    /// when the change is about another entity, for that entity too.
    pub(super) fn effects(&self, other: &Snapshot, entity: Option<&str>) -> Vec<Effect> {
        let mut out = Vec::new();
        let mut entities = vec![self.province.as_str()];
        if let Some(e) = entity.filter(|e| *e != self.province) {
            entities.push(e);
        }
        self.points(other, &entities, &mut out);
        self.composite(other, &entities, &mut out);
        self.agencies(other, &mut out);
        self.targets(other, &mut out);
        self.budget(other, &mut out);
        self.tasks(other, &mut out);
        out
    }

    fn points(&self, other: &Snapshot, entities: &[&str], out: &mut Vec<Effect>) {
        let key = |c: &Scorecard| (c.framework.clone(), c.entity.clone(), c.period.clone());
        let mut keys: Vec<(String, String, String)> = self.book.cards.iter().map(key).collect();
        for c in &other.book.cards {
            if !keys.contains(&key(c)) {
                keys.push(key(c));
            }
        }
        for (framework, entity, period) in keys {
            if !entities.contains(&entity.as_str()) {
                continue;
            }
            let (b, a) = (
                self.book.get(&framework, &entity, &period),
                other.book.get(&framework, &entity, &period),
            );
            let codes: Vec<&String> = b
                .or(a)
                .map(|c| c.nodes.iter().map(|n| &n.code).collect())
                .unwrap_or_default();
            for code in codes {
                let (x, y) = (
                    b.and_then(|c| c.node(code)).and_then(|n| n.points),
                    a.and_then(|c| c.node(code)).and_then(|n| n.points),
                );
                if x != y {
                    out.push(Effect::Points {
                        framework: framework.clone(),
                        entity: entity.clone(),
                        period: period.clone(),
                        code: code.clone(),
                        before: x,
                        after: y,
                        change: difference(x, y),
                    });
                }
            }
            let (x, y) = (b.and_then(|c| c.rank), a.and_then(|c| c.rank));
            if x != y {
                let root = b.or(a).and_then(|c| c.total()).map(|n| n.code.clone());
                out.push(Effect::Rank {
                    framework: framework.clone(),
                    entity: entity.clone(),
                    period: period.clone(),
                    code: root.unwrap_or_default(),
                    before: x,
                    after: y,
                });
            }
        }
    }

    fn composite(&self, other: &Snapshot, entities: &[&str], out: &mut Vec<Effect>) {
        for before in &self.composites {
            let after = other
                .composites
                .iter()
                .find(|c| c.framework == before.framework && c.period == before.period);
            for &entity in entities {
                let (b, a) = (before.of(entity), after.and_then(|c| c.of(entity)));
                if b.is_none() && a.is_none() {
                    continue;
                }
                for (i, code) in before.codes.iter().enumerate() {
                    let (x, y) = (b.and_then(|s| s.get(i)), a.and_then(|s| s.get(i)));
                    let (sx, sy) = (x.and_then(|s| s.score), y.and_then(|s| s.score));
                    if sx != sy {
                        out.push(Effect::Score {
                            framework: before.framework.clone(),
                            entity: entity.to_string(),
                            period: before.period.clone(),
                            code: code.clone(),
                            before: sx,
                            after: sy,
                            change: difference(sx, sy),
                        });
                    }
                    let (rx, ry) = (x.and_then(|s| s.rank), y.and_then(|s| s.rank));
                    if rx != ry {
                        out.push(Effect::Rank {
                            framework: before.framework.clone(),
                            entity: entity.to_string(),
                            period: before.period.clone(),
                            code: code.clone(),
                            before: rx,
                            after: ry,
                        });
                    }
                }
            }
        }
    }

    fn agencies(&self, other: &Snapshot, out: &mut Vec<Effect>) {
        let (Some(b), Some(a)) = (&self.report.dti, &other.report.dti) else {
            return;
        };
        for x in &b.agencies {
            let Some(y) = a.agencies.iter().find(|y| y.agency == x.agency) else {
                continue;
            };
            if x.points != y.points || x.rank != y.rank {
                out.push(Effect::Agency {
                    agency: x.agency.clone(),
                    points_before: x.points,
                    points_after: y.points,
                    rank_before: x.rank,
                    rank_after: y.rank,
                });
            }
        }
    }

    fn targets(&self, other: &Snapshot, out: &mut Vec<Effect>) {
        let status = |r: &Report, id: &str| {
            r.targets
                .iter()
                .find(|t| t.progress.id == id)
                .map(|t| t.progress.status)
        };
        let mut ids: Vec<&str> = self
            .report
            .targets
            .iter()
            .map(|t| t.progress.id.as_str())
            .collect();
        for t in &other.report.targets {
            if !ids.contains(&t.progress.id.as_str()) {
                ids.push(&t.progress.id);
            }
        }
        for id in ids {
            let (x, y) = (status(&self.report, id), status(&other.report, id));
            if x != y {
                out.push(Effect::Target {
                    id: id.to_string(),
                    before: x,
                    after: y,
                });
            }
        }
    }

    fn budget(&self, other: &Snapshot, out: &mut Vec<Effect>) {
        let json = |r: &Report| -> Vec<(String, Value)> {
            r.budget
                .iter()
                .map(|l| (l.id.clone(), serde_json::to_value(l).unwrap_or(Value::Null)))
                .collect()
        };
        let (before, after) = (json(&self.report), json(&other.report));
        let mut ids: Vec<&String> = before.iter().map(|(id, _)| id).collect();
        ids.extend(
            after
                .iter()
                .map(|(id, _)| id)
                .filter(|id| !before.iter().any(|(b, _)| b == *id)),
        );
        let get = |list: &[(String, Value)], id: &str, field: &str| -> Option<f64> {
            let (_, v) = list.iter().find(|(x, _)| x == id)?;
            field.split('.').try_fold(v, |v, k| v.get(k))?.as_f64()
        };
        for id in ids {
            for field in BUDGET_FIELDS {
                let (x, y) = (get(&before, id, field), get(&after, id, field));
                if x != y {
                    out.push(Effect::Budget {
                        line: id.clone(),
                        field: field.to_string(),
                        before: x,
                        after: y,
                    });
                }
            }
        }
    }

    fn tasks(&self, other: &Snapshot, out: &mut Vec<Effect>) {
        let overdue =
            |r: &Report, id: &str| r.tasks.tasks.iter().find(|t| t.id == id).map(|t| t.overdue);
        let mut ids: Vec<&str> = self
            .report
            .tasks
            .tasks
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        for t in &other.report.tasks.tasks {
            if !ids.contains(&t.id.as_str()) {
                ids.push(&t.id);
            }
        }
        for id in ids {
            let (x, y) = (overdue(&self.report, id), overdue(&other.report, id));
            // A new task that is not overdue, or a removed one that was not, moves nothing.
            if x != y && (x == Some(true) || y == Some(true)) {
                out.push(Effect::Task {
                    id: id.to_string(),
                    before: x,
                    after: y,
                });
            }
        }
    }
}
