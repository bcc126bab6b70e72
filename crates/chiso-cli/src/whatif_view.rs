//! Output of `chiso whatif`: what a scenario (the `?scenario=` text of a page URL) does, computed
//! by the same core functions the widget's what-if views call — the expected figures of the
//! browser tests and of a briefing. JSON (`--format json`) carries everything; text and Markdown a
//! summary.

use crate::FormatArg;
use chiso_core::anchor::{Position, RankBasis};
use chiso_core::budget::{LineRatios, Pace};
use chiso_core::budget_whatif::{budget_offer, cumulative_path, BudgetOffer, PathPoint};
use chiso_core::format::{number_trim, Lang};
use chiso_core::model::Dataset;
use chiso_core::offers::Offer;
use chiso_core::pii_whatif::{pii_whatif, PiiWhatIf};
use chiso_core::scenario::{Baseline, NodeChange, Override, Scenario, TargetChange};
use serde::Serialize;

/// One budget line's change, with the cumulative paths for charts.
#[derive(Serialize)]
pub struct BudgetLineOut {
    line: String,
    before: LineRatios,
    after: LineRatios,
    path_before: Vec<PathPoint>,
    path_after: Vec<PathPoint>,
}

/// Everything `chiso whatif` prints (the JSON interface).
#[derive(Serialize)]
pub struct WhatIfOut {
    scenario: String,
    active: bool,
    ignored: Vec<Override>,
    position: Option<Position>,
    offers: Vec<Offer>,
    main: Vec<NodeChange>,
    changed: Vec<NodeChange>,
    targets: Vec<TargetChange>,
    budget_offer: Option<BudgetOffer>,
    budget: Vec<BudgetLineOut>,
    pii_offers: Vec<Offer>,
    pii: Option<PiiWhatIf>,
}

/// The what-if of `scenario` on `dataset`, with `sliders` offers per framework.
pub fn compute(dataset: &Dataset, query: &str, scenario: &Scenario, sliders: usize) -> WhatIfOut {
    let base = Baseline::new(dataset);
    let out = base.apply(scenario);
    let path = |p: &Option<Pace>| p.as_ref().map(cumulative_path).unwrap_or_default();
    let budget = out
        .budget
        .iter()
        .map(|c| BudgetLineOut {
            line: c.after.id.clone(),
            before: c.before.clone(),
            after: c.after.clone(),
            path_before: path(&c.before.pace),
            path_after: path(&c.after.pace),
        })
        .collect();
    WhatIfOut {
        scenario: query.to_string(),
        active: out.active,
        ignored: out.ignored.clone(),
        position: out.position.clone(),
        offers: base.offers(sliders),
        main: out.main.clone(),
        changed: out.changed.clone(),
        targets: out.targets.clone(),
        budget_offer: budget_offer(dataset),
        budget,
        pii_offers: base.composite_offers(sliders),
        pii: pii_whatif(&base, &out),
    }
}

/// Renders [`compute`]'s result.
pub fn render(w: &WhatIfOut, lang: Lang, format: FormatArg) -> anyhow::Result<String> {
    if format == FormatArg::Json {
        return Ok(serde_json::to_string_pretty(w)? + "\n");
    }
    let n = |x: Option<f64>, d: usize| x.map_or("–".into(), |x| number_trim(x, d, lang));
    let mut lines = Vec::new();
    lines.push(format!(
        "{}: {}",
        lang.pick("Kịch bản", "Scenario"),
        if w.scenario.is_empty() {
            lang.pick("(số liệu gốc)", "(baseline)")
        } else {
            &w.scenario
        }
    ));
    if w.active {
        lines.push(
            lang.pick(
                "KỊCH BẢN — không phải số liệu chính thức",
                "Scenario — not official figures",
            )
            .to_string(),
        );
    }
    if let Some(p) = &w.position {
        lines.push(format!(
            "{}: {} → {} · {}: {}/{} → {}/{}{}",
            lang.pick("Tổng điểm DTI", "DTI total"),
            n(Some(p.total_before), 1),
            n(Some(p.total_after), 1),
            lang.pick("Hạng", "Rank"),
            p.rank_before.rank,
            p.rank_before.of,
            p.rank_after.rank,
            p.rank_after.of,
            match p.basis {
                RankBasis::Anchored => lang.pick(
                    " (ước tính từ hạng công bố)",
                    " (estimated from the published rank)",
                ),
                RankBasis::Computed => "",
            }
        ));
    }
    for b in &w.budget {
        let projected = |r: &LineRatios| r.pace.as_ref().map(|p| p.projected_year_end);
        lines.push(format!(
            "{} {}: {} → {}",
            lang.pick(
                "Dự báo giải ngân cả năm",
                "Year-end disbursement projection"
            ),
            b.line,
            n(projected(&b.before), 0),
            n(projected(&b.after), 0),
        ));
    }
    if let Some(root) = w.pii.as_ref().and_then(|p| p.lines.first()) {
        lines.push(format!("PII: {} → {}", n(root.before, 2), n(root.after, 2)));
    }
    for o in &w.ignored {
        lines.push(format!("{}: {o:?}", lang.pick("Bỏ qua", "Ignored")));
    }
    Ok(lines.join("\n") + "\n")
}
