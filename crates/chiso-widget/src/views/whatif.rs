//! `whatif`: "if these sub-indicators reached…": sliders on the sub-indicators with the most
//! recoverable points, and the DTI total, index and rank before and after — computed, or
//! estimated from the published rank when the province's total is incomplete — with the main
//! indicators charted and the targets whose status changes.

use super::scenario::{notice, overlay, reset, results_box, slider, stat};
use super::{n, Ctx};
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::figure::{figure_with, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use crate::scene::Scene;
use chiso_core::anchor::{Position, RankBasis};
use chiso_core::format::{maybe, Lang};
use chiso_core::labels::status;
use chiso_core::scenario::Outcome;

fn rank(r: chiso_core::score::Rank) -> String {
    format!("{}/{}", r.rank, r.of)
}

/// What the figures rest on: the complete total, or the published rank.
fn basis(p: &Position, lang: Lang) -> String {
    let mut out = match p.basis {
        RankBasis::Anchored => lang
            .pick(
                "Điểm và hạng ước tính từ hạng công bố (tổng điểm của tỉnh chưa đủ số liệu).",
                "Points and rank estimated from the published rank (the province's total is incomplete).",
            )
            .to_string(),
        RankBasis::Computed => lang
            .pick(
                "Điểm và hạng tính từ tổng điểm đầy đủ.",
                "Points and rank computed from the complete total.",
            )
            .to_string(),
    };
    if p.illustrative {
        out.push(' ');
        out.push_str(lang.pick(
            "* Tổng điểm của các tỉnh so sánh là số minh họa.",
            "* The peers' totals are illustrative.",
        ));
    }
    if !p.unanchored.is_empty() {
        out.push(' ');
        out.push_str(&match lang {
            Lang::Vi => format!(
                "Không tính vào ước tính (chưa có số liệu gốc): {}.",
                chiso_core::format::join(&p.unanchored, ", ")
            ),
            Lang::En => format!(
                "Left out of the estimate (no baseline): {}.",
                chiso_core::format::join(&p.unanchored, ", ")
            ),
        });
    }
    out
}

fn chart(scene: &Scene, outcome: &Outcome, lang: Lang) -> BarChart {
    let framework = scene.baseline().framework().map(|(f, _, _)| f);
    let name = |code: &str| {
        framework
            .and_then(|f| f.indicators.iter().find(|i| i.code == code))
            .map(|i| i.name.get(lang).to_string())
            .unwrap_or_default()
    };
    let rows = chiso_core::lists::map(&outcome.main, |m| BarRow {
        label: format!("{} {}", m.code, name(&m.code)),
        value: match (m.before, m.after) {
            (None, None) => format!(
                "{} / {}",
                lang.pick("chưa có số liệu", "no data"),
                n(m.max, lang)
            ),
            (b, a) if b == a => format!("{} / {}", maybe(a, 2, lang), n(m.max, lang)),
            (b, a) => format!(
                "{} → {} / {}",
                maybe(b, 2, lang),
                maybe(a, 2, lang),
                n(m.max, lang)
            ),
        },
        track: Some(m.max),
        bars: vec![
            Bar::new(m.after.unwrap_or(0.0), Fill::solid(Swatch::Series(0))),
            Bar::new(m.before.unwrap_or(0.0), Fill::outline(Swatch::Fg)),
        ],
        emphasis: m.before != m.after,
        ..BarRow::default()
    });
    BarChart {
        rows,
        scale: outcome.main.iter().map(|m| m.max).fold(0.0, f64::max),
        marker: None,
    }
}

fn changes(ctx: &Ctx, outcome: &Outcome) -> El {
    let lang = ctx.lang;
    let mut list = El::new("ul")
        .class("changes")
        .attr("data-changes", "targets");
    for t in &outcome.targets {
        let name = ctx
            .session
            .dataset
            .targets
            .iter()
            .find(|x| x.id == t.id)
            .map_or_else(|| t.id.clone(), |x| x.name.get(lang).to_string());
        list = list.child(El::new("li").attr("data-key", &t.id).text(&format!(
            "{name}: {} → {}",
            status(t.before, lang),
            status(t.after, lang)
        )));
    }
    let mut out = El::new("div").child(
        El::new("h4")
            .class("sub-title")
            .text(lang.pick("Mục tiêu đổi trạng thái", "Targets whose status changes")),
    );
    if outcome.targets.is_empty() {
        out = out.child(El::new("p").class("muted").text(lang.pick(
            "Không mục tiêu nào đổi trạng thái.",
            "No target changes status.",
        )));
    }
    out.child(list)
}

/// The figures, chart and changes of the scenario in force (redrawn on every slider move).
pub fn results(ctx: &Ctx, scene: &Scene) -> El {
    let lang = ctx.lang;
    let outcome = &scene.outcome;
    let active = scene.active();
    let position = outcome.position.as_ref();
    let star = if position.is_some_and(|p| p.illustrative) {
        "*"
    } else {
        ""
    };
    let dash = || "–".to_string();
    let total = |x: f64| format!("{}{star}", n(x, lang));
    let stats = El::new("dl")
        .class("stats")
        .child(stat(
            lang.pick("Điểm DTI", "DTI points"),
            "total",
            &position.map_or_else(dash, |p| total(p.total_after)),
            &position.map_or_else(dash, |p| total(p.total_before)),
            lang,
        ))
        .child(stat(
            lang.pick("Chỉ số DTI", "DTI index"),
            "index",
            &position.map_or_else(dash, |p| maybe(Some(p.index_after), 4, lang)),
            &position.map_or_else(dash, |p| maybe(Some(p.index_before), 4, lang)),
            lang,
        ))
        .child(stat(
            lang.pick("Xếp hạng", "Rank"),
            "rank",
            &position.map_or_else(dash, |p| rank(p.rank_after)),
            &position.map_or_else(dash, |p| rank(p.rank_before)),
            lang,
        ));
    let basis = position.map_or_else(
        || {
            lang.pick(
                "Chưa ước tính được điểm và hạng: tổng điểm chưa đủ số liệu và không có hạng công bố dùng được.",
                "No points or rank can be estimated: the total is incomplete and no usable published rank exists.",
            )
            .to_string()
        },
        |p| basis(p, lang),
    );
    let legend = [
        LegendItem::new(
            Fill::solid(Swatch::Series(0)),
            lang.pick("Kịch bản", "Scenario"),
        ),
        LegendItem::new(
            Fill::outline(Swatch::Fg),
            lang.pick("Số liệu gốc (khung)", "Baseline (outline)"),
        ),
        LegendItem::new(Fill::solid(Swatch::Track), lang.pick("Tối đa", "Maximum")),
    ];
    let summary = match (position, lang) {
        (Some(p), Lang::Vi) => format!(
            "Kịch bản: {} điểm, hạng {} (gốc {} điểm, hạng {}).",
            n(p.total_after, lang),
            rank(p.rank_after),
            n(p.total_before, lang),
            rank(p.rank_before)
        ),
        (Some(p), Lang::En) => format!(
            "Scenario: {} points, rank {} (baseline {} points, rank {}).",
            n(p.total_after, lang),
            rank(p.rank_after),
            n(p.total_before, lang),
            rank(p.rank_before)
        ),
        (None, _) => basis.clone(),
    };
    results_box(active, lang)
        .child(stats)
        .child(El::new("p").class("basis").text(&basis))
        .child(figure_with(
            ctx,
            lang.pick(
                "Điểm theo chỉ số chính: số liệu gốc và kịch bản",
                "Points by main indicator: baseline and scenario",
            ),
            Chart::Bars(chart(scene, outcome, lang)),
            &summary,
            &legend,
            Some("whatif-main"),
            overlay(active, lang),
        ))
        .child(changes(ctx, outcome))
}

/// The DTI what-if view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let lang = ctx.lang;
    let Some(scene) = ctx.scene else {
        return super::no_dti(lang);
    };
    let mut sliders = El::new("div").class("sliders").attr(
        "aria-label",
        lang.pick("Các chỉ số thành phần", "Sub-indicators"),
    );
    for offer in &scene.offers {
        sliders = sliders.child(slider(offer, scene.value(offer), lang));
    }
    vec![
        El::new("h3").class("view-title").text(lang.pick(
            "Kịch bản DTI: nếu các chỉ số thành phần đạt…",
            "DTI what-if: if these sub-indicators reached…",
        )),
        El::new("p").class("summary").text(lang.pick(
            "Kéo thanh trượt hoặc nhập số: điểm, chỉ số và hạng được tính lại ngay. Các chỉ số thành phần có nhiều điểm có thể gỡ lại nhất được đưa ra trước.",
            "Move a slider or type a number: the points, index and rank are recomputed at once. The sub-indicators with the most recoverable points come first.",
        )),
    ]
    .into_iter()
    .chain(scene.error.as_deref().map(|part| notice(part, lang)))
    .chain([
        sliders,
        results(ctx, scene),
        reset(lang),
        notes(lang, &[]),
    ])
    .collect()
}
