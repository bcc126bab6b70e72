//! The what-if state of a loaded dataset: its baseline (computed once, on the first what-if view
//! shown, so the other views never pay for it), the sliders offered, the current scenario and
//! its outcome. One scenario serves the three what-if views (DTI, budget and PII overrides).

use chiso_core::budget_whatif::{budget_offer, BudgetOffer};
use chiso_core::composite::CompositeReport;
use chiso_core::model::Dataset;
use chiso_core::offers::{Offer, DEFAULT_SLIDERS};
use chiso_core::pii_whatif::{pii_whatif, PiiWhatIf};
use chiso_core::scenario::{Baseline, Outcome, Override, Scenario};
use std::rc::Rc;

self_cell::self_cell!(
    /// A dataset and the what-if baseline that borrows it.
    struct Held {
        owner: Rc<Dataset>,
        #[covariant]
        dependent: Baseline,
    }
    impl {Debug}
);

/// The code an override of a sub-indicator or indicator names (`dti:6.4`).
fn code_of(o: &Override) -> Option<&str> {
    match o {
        Override::Value { code, .. } | Override::Points { code, .. } => Some(code),
        _ => None,
    }
}

/// The what-if state.
#[derive(Debug)]
pub struct Scene {
    held: Held,
    /// DTI sliders.
    pub offers: Vec<Offer>,
    /// PII sliders.
    pub pii_offers: Vec<Offer>,
    /// The budget line the budget what-if moves.
    pub budget: Option<BudgetOffer>,
    /// The PII section of the report (strengths and weaknesses), at baseline.
    pub pii_report: Option<CompositeReport>,
    /// The scenario in force.
    pub scenario: Scenario,
    /// The part of a scenario text that could not be read (the baseline is shown instead).
    pub error: Option<String>,
    /// What the scenario changes.
    pub outcome: Outcome,
}

impl Scene {
    /// The baseline of `dataset` with `sliders` sliders per view and the scenario `text` (an
    /// unreadable text leaves the baseline and says which part is wrong).
    pub fn new(dataset: Rc<Dataset>, sliders: Option<usize>, text: Option<&str>) -> Scene {
        let held = Held::new(dataset, |d| Baseline::new(d));
        let n = sliders.unwrap_or(DEFAULT_SLIDERS);
        let baseline = held.borrow_dependent();
        let offers = baseline.offers(n);
        let pii_offers = baseline.composite_offers(n);
        let dataset = held.borrow_owner();
        let budget = budget_offer(dataset);
        let pii_report = baseline
            .composite()
            .map(|(f, _, c)| c.report(dataset, f, &dataset.meta.province));
        let outcome = baseline.apply(&Scenario::default());
        let mut scene = Scene {
            held,
            offers,
            pii_offers,
            budget,
            pii_report,
            scenario: Scenario::default(),
            error: None,
            outcome,
        };
        scene.set_text(text.unwrap_or_default());
        scene
    }

    /// The baseline.
    pub fn baseline(&self) -> &Baseline<'_> {
        self.held.borrow_dependent()
    }

    /// True when the scene was built for `dataset` (the same loaded file).
    pub fn is_for(&self, dataset: &Rc<Dataset>) -> bool {
        Rc::ptr_eq(self.held.borrow_owner(), dataset)
    }

    fn recompute(&mut self) {
        self.outcome = self.held.borrow_dependent().apply(&self.scenario);
    }

    /// Reads a scenario text; on an error the baseline is kept and the bad part noted.
    pub fn set_text(&mut self, text: &str) {
        match Scenario::from_query_with(text.trim(), crate::load::number_text) {
            Ok(s) => {
                self.scenario = s;
                self.error = None;
            }
            Err(e) => {
                self.scenario = Scenario::default();
                self.error = Some(e.part);
            }
        }
        self.recompute();
    }

    /// The scenario as URL text (empty at baseline).
    pub fn query(&self) -> String {
        self.scenario.to_query()
    }

    /// True when at least one override is in force.
    pub fn active(&self) -> bool {
        !self.scenario.is_empty()
    }

    /// The offer of a slider code, DTI or PII.
    pub fn offer(&self, code: &str) -> Option<&Offer> {
        self.offers
            .iter()
            .chain(self.pii_offers.iter())
            .find(|o| o.code == code)
    }

    /// The value a slider shows: its override's, else its baseline.
    pub fn value(&self, offer: &Offer) -> f64 {
        self.scenario
            .overrides
            .iter()
            .rev()
            .find_map(|o| match o {
                Override::Value { code, value } if *code == offer.code => Some(*value),
                Override::Points { code, points } if *code == offer.code => Some(*points),
                _ => None,
            })
            .unwrap_or(offer.baseline)
    }

    /// Moves a slider to `value`; back at its baseline, its override goes.
    pub fn set_slider(&mut self, code: &str, value: f64) {
        let Some(o) = self.offer(code).cloned() else {
            return;
        };
        self.scenario.overrides.retain(|x| code_of(x) != Some(code));
        if (value - o.baseline).abs() > 1e-9 {
            self.scenario.overrides.push(o.override_for(value));
        }
        self.recompute();
    }

    /// The budget inputs: share (% of the allocation) and month.
    pub fn budget_inputs(&self) -> Option<(f64, u32)> {
        let offer = self.budget.as_ref()?;
        Some(
            self.scenario
                .overrides
                .iter()
                .rev()
                .find_map(|o| offer.share_of(o))
                .unwrap_or((offer.share_pct, offer.month)),
        )
    }

    /// "`share` % disbursed by `month`"; back at the reported figures, the override goes.
    pub fn set_budget(&mut self, share: f64, month: u32) {
        let Some(offer) = self.budget.clone() else {
            return;
        };
        self.scenario
            .overrides
            .retain(|x| offer.share_of(x).is_none());
        if (share - offer.share_pct).abs() > 1e-9 || month != offer.month {
            self.scenario
                .overrides
                .push(offer.override_for(share, month));
        }
        self.recompute();
    }

    /// Back to the baseline.
    pub fn reset(&mut self) {
        self.scenario = Scenario::default();
        self.error = None;
        self.recompute();
    }

    /// The PII profile under the scenario.
    pub fn pii(&self) -> Option<PiiWhatIf> {
        pii_whatif(self.baseline(), &self.outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Rc<Dataset> {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../www/data/khanh-hoa.json"
        ))
        .unwrap();
        Rc::new(crate::load::parse(&text).unwrap())
    }

    #[test]
    fn a_slider_moved_and_moved_back_leaves_no_override() {
        let mut scene = Scene::new(dataset(), None, None);
        let top = scene.offers[0].clone();
        scene.set_slider(&top.code, top.baseline + 10.0 * top.step);
        assert!(scene.active());
        assert!(scene.query().contains(&top.code));
        assert_eq!(scene.value(&top), top.baseline + 10.0 * top.step);
        scene.set_slider(&top.code, top.baseline);
        assert!(!scene.active());
        assert_eq!(scene.query(), "");
    }

    #[test]
    fn an_unreadable_scenario_keeps_the_baseline_and_names_the_bad_part() {
        let scene = Scene::new(dataset(), Some(3), Some("v~dti:8.2=80;oops"));
        assert!(!scene.active());
        assert_eq!(scene.error.as_deref(), Some("oops"));
        assert_eq!(scene.offers.len(), 3);
    }

    #[test]
    fn a_url_scenario_is_read_back_onto_the_sliders_and_the_budget_inputs() {
        let mut scene = Scene::new(dataset(), None, None);
        scene.set_budget(35.0, 6);
        let top = scene.offers[0].clone();
        scene.set_slider(&top.code, top.baseline + 3.0 * top.step);
        let again = Scene::new(dataset(), None, Some(&scene.query()));
        assert_eq!(again.budget_inputs(), Some((35.0, 6)));
        assert!((again.value(&top) - (top.baseline + 3.0 * top.step)).abs() < 1e-9);
        assert_eq!(again.outcome, scene.outcome);
    }
}
