//! A loaded dataset and everything core computed from it, shared by every view through an `Rc`
//! (views compare it by pointer, so a new load re-renders them and nothing else does).

use chiso_core::format::Lang;
use chiso_core::model::{Dataset, Framework};
use chiso_core::report::{framework_report, FrameworkReport, Report};
use chiso_core::score::ScoreBook;
use std::rc::Rc;

/// The dataset, its report, and the DTI part chosen by the `entity` and `period` options.
#[derive(Debug)]
pub struct Session {
    /// The validated dataset.
    pub dataset: Rc<Dataset>,
    /// `chiso_core::report::Report::compute_without_pii` of the dataset (the file's province,
    /// latest period): the widget shows no PII, and the composite engine stays out of its WebAssembly.
    pub report: Report,
    /// The DTI of the chosen entity and period when they are not the report's own (see
    /// [`Session::dti`]; the report's is not copied: its `Clone` would cost the wasm 1 KB).
    other_dti: Option<Option<FrameworkReport>>,
    /// Entity whose DTI is shown.
    pub entity: String,
    /// Budget year chosen with `period`, when it matches budget lines.
    pub budget_period: Option<String>,
}

/// The framework the report is about: `dti` when present, else the first (as core's report does).
fn main_framework(dataset: &Dataset) -> Option<&Framework> {
    dataset
        .frameworks
        .iter()
        .find(|f| f.id == "dti")
        .or_else(|| dataset.frameworks.first())
}

impl Session {
    /// Computes the report, and the scorecard of `entity` for `period` when either is given.
    pub fn new(dataset: Rc<Dataset>, entity: Option<&str>, period: Option<&str>) -> Session {
        let report = Report::compute_without_pii(&dataset);
        let province = dataset.meta.province.clone();
        let entity = entity.unwrap_or(&province).to_string();
        let other_dti = if entity == province && period.is_none() {
            None
        } else {
            let book = ScoreBook::compute(&dataset);
            main_framework(&dataset)
                .and_then(|framework| {
                    let card = match period {
                        Some(p) => book.get(&framework.id, &entity, p),
                        None => book.latest(&framework.id, &entity),
                    }?;
                    Some(framework_report(&dataset, framework, card))
                })
                .into()
        };
        let budget_period = period
            .filter(|p| report.budget.iter().any(|l| l.period == *p))
            .map(str::to_string);
        Session {
            dataset,
            report,
            other_dti,
            entity,
            budget_period,
        }
    }

    /// The short name of an entity (its full name when it has none; the id when unknown).
    pub fn entity_name(&self, id: &str, lang: Lang) -> String {
        self.dataset
            .entities
            .iter()
            .find(|e| e.id == id)
            .map_or_else(
                || id.to_string(),
                |e| e.short.as_ref().unwrap_or(&e.name).get(lang).to_string(),
            )
    }

    /// The full name of an entity.
    pub fn entity_full_name(&self, id: &str, lang: Lang) -> String {
        self.dataset
            .entities
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_string(), |e| e.name.get(lang).to_string())
    }

    /// The DTI part shown: the report's own, or the scorecard of the chosen entity and period.
    pub fn dti(&self) -> Option<&FrameworkReport> {
        match &self.other_dti {
            Some(other) => other.as_ref(),
            None => self.report.dti.as_ref(),
        }
    }

    /// The summary paragraph of the DTI shown, from core (`Report::summary_of`), for the entity
    /// shown (the report's own summary when that is the file's province, whose name the report
    /// takes from the same entity list).
    pub fn dti_summary(&self, lang: Lang) -> String {
        let name = match self.dataset.entities.iter().find(|e| e.id == self.entity) {
            Some(e) => &e.name,
            None => &self.report.dataset.province_name,
        };
        Report::summary_of(name, self.dti(), lang)
    }

    /// A citation as people read it: `05-BC/BCĐ, III-b.6`.
    pub fn cite(&self, source: &(String, String)) -> String {
        let (id, section) = source;
        let number = self
            .dataset
            .sources
            .iter()
            .find(|s| &s.id == id)
            .map_or(id.as_str(), |s| s.number.as_str());
        if section.is_empty() {
            number.to_string()
        } else {
            format!("{number}, {section}")
        }
    }

    /// The source documents cited by `ids`, each once, in the file's order: (number, title, date).
    pub fn documents(&self, ids: &[&str], lang: Lang) -> Vec<(String, String, String)> {
        self.dataset
            .sources
            .iter()
            .filter(|s| ids.contains(&s.id.as_str()))
            .map(|s| {
                (
                    s.number.clone(),
                    format!("{} — {}", s.issuer.get(lang), s.title.get(lang)),
                    s.date.clone(),
                )
            })
            .collect()
    }
}
