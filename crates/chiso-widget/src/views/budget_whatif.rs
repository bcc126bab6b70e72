//! `budget-whatif`: "if disbursement reaches X % of the allocation (or of the estimate, when the
//! year has no allocation yet) by month M", the year-end
//! projection before and after, and the cumulative path of both through the year.

use super::scenario::{input_value, notice, overlay, reset, results_box, stat};
use super::{money, Ctx};
use crate::charts::lines::Mark as Point;
use crate::charts::{Chart, Fill, LineChart, Series, Swatch};
use crate::components::figure::{figure_with, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use crate::scene::Scene;
use chiso_core::budget::{LineRatios, Pace, PaceBase};
use chiso_core::budget_whatif::{cumulative_path, BudgetOffer, SHARE_STEP_PCT};
use chiso_core::format::{money_million_vnd, money_million_vnd_as, percent, Lang};
use chiso_core::labels::budget_category;

/// The line before and after the scenario (the report's line when the scenario leaves it).
fn lines<'a>(
    ctx: &'a Ctx,
    scene: &'a Scene,
    offer: &BudgetOffer,
) -> Option<(&'a LineRatios, &'a LineRatios)> {
    let change = scene
        .outcome
        .budget
        .iter()
        .find(|b| b.after.id == offer.line);
    let report = ctx
        .session
        .report
        .budget
        .iter()
        .find(|l| l.id == offer.line);
    Some((
        change.map(|c| &c.before).or(report)?,
        change.map(|c| &c.after).or(report)?,
    ))
}

/// "amount (rate)" of a year-end projection.
fn projection(pace: Option<&Pace>, lang: Lang) -> String {
    pace.map_or_else(
        || "–".to_string(),
        |p| {
            let rate = p
                .projected_rate
                .map(|r| format!(" ({})", percent(r, 1, lang)))
                .unwrap_or_default();
            format!("{}{rate}", money_million_vnd(p.projected_year_end, lang))
        },
    )
}

fn path(pace: Option<&Pace>) -> Vec<Option<f64>> {
    let path = pace.map(cumulative_path).unwrap_or_default();
    (1..=12)
        .map(|m| path.iter().find(|p| p.month == m).map(|p| p.amount))
        .collect()
}

fn chart(before: Option<&Pace>, after: Option<&Pace>, lang: Lang) -> LineChart {
    LineChart::new(
        (1..=12)
            .map(|m| chiso_core::format::month_short(m, lang))
            .collect(),
        vec![
            Series {
                name: lang.pick("Số liệu gốc", "Baseline").into(),
                swatch: Swatch::Muted,
                dashed: true,
                mark: Point::Square,
                width: 2.0,
                points: path(before),
            },
            Series {
                name: lang.pick("Kịch bản", "Scenario").into(),
                swatch: Swatch::Series(0),
                dashed: false,
                mark: Point::Dot,
                width: 3.0,
                points: path(after),
            },
        ],
        |v, top| money_million_vnd_as(v, top, lang),
    )
}

/// The projection, the chart and the watermark of the scenario in force.
pub fn results(ctx: &Ctx, scene: &Scene) -> El {
    let lang = ctx.lang;
    let active = scene.active();
    let out = results_box(active, lang);
    let Some((before, after)) = scene
        .budget
        .as_ref()
        .and_then(|offer| lines(ctx, scene, offer))
    else {
        return out.child(El::new("p").class("summary").text(lang.pick(
            "Tệp dữ liệu chưa có dòng ngân sách có tiến độ giải ngân theo tháng.",
            "The file has no budget line with monthly disbursement.",
        )));
    };
    let (b, a) = (before.pace.as_ref(), after.pace.as_ref());
    let after_text = projection(a, lang);
    let before_text = projection(b, lang);
    let summary = match lang {
        Lang::Vi => format!("Dự báo giải ngân cả năm: {after_text} (gốc {before_text})."),
        Lang::En => {
            format!("Year-end disbursement projected: {after_text} (baseline {before_text}).")
        }
    };
    let legend = [
        LegendItem::new(
            Fill::stripes(Swatch::Muted),
            lang.pick("Số liệu gốc (nét đứt)", "Baseline (dashed)"),
        ),
        LegendItem::new(
            Fill::solid(Swatch::Series(0)),
            lang.pick("Kịch bản (chấm tròn)", "Scenario (dots)"),
        ),
    ];
    let star = if after.illustrative { " *" } else { "" };
    out.child(
        El::new("dl").class("stats").child(stat(
            lang.pick("Dự báo giải ngân cả năm", "Year-end disbursement projected"),
            "projection",
            &after_text,
            &before_text,
            lang,
        )),
    )
    .child(El::new("p").class("basis").text(lang.pick(
        "Dự báo: nhịp giải ngân đến tháng cuối có số liệu (hoặc tháng của kịch bản) kéo dài đến hết năm.",
        "Projection: the pace up to the last month with figures (or the scenario's month) continued to December.",
    )))
    .child(figure_with(
        ctx,
        &format!(
            "{} {} ({}){star}",
            lang.pick("Giải ngân lũy kế theo tháng", "Cumulative disbursement by month,"),
            after.period,
            budget_category(after.category, lang)
        ),
        Chart::Lines(chart(b, a, lang)),
        &summary,
        &legend,
        Some("budget-whatif"),
        overlay(active, lang),
    ))
}

/// The share and month inputs.
fn inputs(offer: &BudgetOffer, share: f64, month: u32, lang: Lang) -> El {
    let label = match offer.measured_against {
        PaceBase::Allocated => lang.pick(
            "Tỷ lệ giải ngân (% vốn đã phân bổ)",
            "Share disbursed (% of the allocation)",
        ),
        PaceBase::Planned => lang.pick(
            "Tỷ lệ giải ngân (% dự toán)",
            "Share disbursed (% of the estimate)",
        ),
    };
    let share_input = |kind: &str, id: &str, name: &str| {
        El::new("input")
            .attr("type", kind)
            .attr("id", id)
            .attr("data-budget", "share")
            .attr("data-action", "budget-share")
            .attr("min", "0")
            .attr("max", "100")
            .attr("step", &input_value(SHARE_STEP_PCT))
            .attr("value", &input_value(share))
            .attr("aria-label", name)
    };
    let mut select = El::new("select")
        .attr("id", "budget-month")
        .attr("data-budget", "month")
        .attr("data-action", "budget-month");
    for m in 1..=12u32 {
        let text = match lang {
            Lang::Vi => format!("tháng {m}"),
            Lang::En => format!("month {m}"),
        };
        select = select.child(
            El::new("option")
                .attr("value", &m.to_string())
                .flag("selected", m == month)
                .text(&text),
        );
    }
    El::new("div")
        .class("budget-inputs")
        .child(
            El::new("div")
                .class("slider")
                .child(El::new("label").attr("for", "budget-share").text(label))
                .child(share_input("range", "budget-share", label))
                .child(share_input(
                    "number",
                    "budget-share-number",
                    &format!("{label} — {}", lang.pick("nhập số", "type a number")),
                ))
                .child(El::new("small").class("base").text(&format!(
                    "{} {} ({})",
                    lang.pick("đã báo cáo", "reported"),
                    percent(offer.reported_pct, 1, lang),
                    money(Some(offer.base_mvnd * offer.reported_pct / 100.0), lang)
                ))),
        )
        .child(
            El::new("div")
                .class("filter")
                .child(
                    El::new("label")
                        .attr("for", "budget-month")
                        .text(lang.pick("đến hết", "by the end of")),
                )
                .child(select),
        )
}

/// The budget what-if view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let lang = ctx.lang;
    let Some(scene) = ctx.scene else {
        return super::no_dti(lang);
    };
    let mut out = vec![
        El::new("h3").class("view-title").text(lang.pick(
            "Kịch bản giải ngân: nếu đến tháng M giải ngân được X %…",
            "Budget what-if: if X % is disbursed by month M…",
        )),
        El::new("p")
            .class("summary")
            .text(&match (&scene.budget, lang) {
                (Some(o), _) => format!(
                    "{} {}: {} {}.",
                    lang.pick("Dòng tổng", "Total line"),
                    o.period,
                    match o.measured_against {
                        PaceBase::Allocated => lang.pick("vốn phân bổ", "allocation"),
                        PaceBase::Planned => lang.pick("dự toán", "estimate"),
                    },
                    money_million_vnd(o.base_mvnd, lang)
                ),
                (None, _) => String::new(),
            }),
    ];
    if let Some(part) = scene.error.as_deref() {
        out.push(notice(part, lang));
    }
    if let (Some(offer), Some((share, month))) = (&scene.budget, scene.budget_inputs()) {
        out.push(inputs(offer, share, month, lang));
    }
    out.push(results(ctx, scene));
    out.push(reset(lang));
    out.push(notes(lang, &[]));
    out
}
