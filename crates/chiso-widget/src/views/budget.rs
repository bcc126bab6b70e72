//! `budget`: the share of the provincial budget against the target (3 %), allocated and disbursed
//! by category, and the monthly disbursement pace against the roadmap and an even pace.

use super::{cite, money, pct, Ctx};
use crate::charts::lines::Mark as Point;
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, LineChart, Series, Swatch};
use crate::components::data_table::{Cell, Mark, Row, Table};
use crate::components::figure::{figure, figure_with, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use crate::session::Session;
use chiso_core::budget::LineRatios;
use chiso_core::format::{money_million_vnd, money_million_vnd_as, percent, Lang};
use chiso_core::labels::budget_category;
use chiso_core::model::BudgetCategory;
use chiso_core::period::period_key;

fn star(illustrative: bool) -> &'static str {
    if illustrative {
        " *"
    } else {
        ""
    }
}

fn line_label(l: &LineRatios, session: &Session, lang: Lang) -> String {
    let recipient = l
        .recipient
        .as_deref()
        .map(|r| format!(" · {}", session.entity_name(r, lang)))
        .unwrap_or_default();
    format!(
        "{} {}{recipient}",
        l.period,
        budget_category(l.category, lang)
    )
}

/// The lines shown: those of the chosen year, or all.
fn lines(session: &Session) -> Vec<&LineRatios> {
    chiso_core::lists::filter(&session.report.budget, |l| {
        session
            .budget_period
            .as_ref()
            .is_none_or(|p| &l.period == p)
    })
}

/// The line whose monthly pace is charted: the latest total with a pace, else any with one.
fn paced<'a>(lines: &[&'a LineRatios]) -> Option<&'a LineRatios> {
    let with_pace = || lines.iter().copied().filter(|l| l.pace.is_some());
    with_pace()
        .filter(|l| l.category == BudgetCategory::Total)
        .max_by_key(|l| period_key(&l.period))
        .or_else(|| with_pace().max_by_key(|l| period_key(&l.period)))
}

fn share_chart(
    lines: &[&LineRatios],
    target: f64,
    session: &Session,
    lang: Lang,
) -> Option<BarChart> {
    let rows: Vec<BarRow> = chiso_core::lists::filter_map(lines, |l| {
        let share = l.share_of_budget?;
        Some(BarRow {
            label: line_label(l, session, lang),
            value: format!("{}{}", percent(share, 2, lang), star(l.illustrative)),
            bars: vec![Bar::new(share, Fill::solid(Swatch::Series(0)))],
            track: Some(target),
            ..BarRow::default()
        })
    });
    let top = lines
        .iter()
        .filter_map(|l| l.share_of_budget)
        .fold(target, f64::max);
    (!rows.is_empty()).then(|| BarChart {
        rows,
        scale: top * 1.25,
        marker: Some((
            target,
            format!(
                "{} {}",
                lang.pick("mục tiêu", "target"),
                percent(target, 0, lang)
            ),
        )),
    })
}

fn money_chart(lines: &[&LineRatios], session: &Session, lang: Lang) -> BarChart {
    let rows = chiso_core::lists::map(lines, |l| {
        let value = match (l.allocated, l.disbursed) {
            (Some(a), Some(d)) => format!(
                "{} / {} ({}){}",
                money_million_vnd(d, lang),
                money_million_vnd(a, lang),
                pct(l.disbursement_rate, lang),
                star(l.illustrative)
            ),
            (Some(a), None) => format!(
                "{} {}",
                lang.pick("phân bổ", "allocated"),
                money_million_vnd(a, lang)
            ),
            _ => format!(
                "{} {}{}",
                lang.pick("dự toán", "planned"),
                money(l.planned, lang),
                star(l.illustrative)
            ),
        };
        BarRow {
            label: line_label(l, session, lang),
            value,
            bars: vec![
                Bar::new(l.planned.unwrap_or(0.0), Fill::stripes(Swatch::Muted)),
                Bar::new(l.allocated.unwrap_or(0.0), Fill::outline(Swatch::Series(0))),
                Bar::new(l.disbursed.unwrap_or(0.0), Fill::solid(Swatch::Series(0))),
            ],
            ..BarRow::default()
        }
    });
    let scale = lines
        .iter()
        .flat_map(|l| [l.planned, l.allocated, l.disbursed])
        .flatten()
        .fold(0.0, f64::max);
    BarChart {
        rows,
        scale,
        marker: None,
    }
}

fn pace_chart(line: &LineRatios, lang: Lang) -> Option<LineChart> {
    let pace = line.pace.as_ref()?;
    let months = &pace.months;
    let series = vec![
        Series {
            name: lang.pick("Lộ trình", "Roadmap").into(),
            swatch: Swatch::Series(1),
            dashed: false,
            mark: Point::Square,
            width: 2.0,
            points: chiso_core::lists::map(months, |m| m.planned),
        },
        Series {
            name: lang.pick("Tiến độ đều", "Even pace").into(),
            swatch: Swatch::Muted,
            dashed: true,
            mark: Point::None,
            width: 2.0,
            points: chiso_core::lists::map(months, |m| m.even),
        },
        Series {
            name: lang.pick("Đã giải ngân", "Disbursed").into(),
            swatch: Swatch::Series(0),
            dashed: false,
            mark: Point::Dot,
            width: 3.0,
            points: chiso_core::lists::map(months, |m| m.disbursed),
        },
    ];
    Some(LineChart::new(
        chiso_core::lists::map(months, |m| chiso_core::format::month_short(m.month, lang)),
        series,
        |v, top| money_million_vnd_as(v, top, lang),
    ))
}

fn table(lines: &[&LineRatios], session: &Session, lang: Lang) -> Table {
    let m = |field, x: Option<f64>| Cell::shown(field, x, money(x, lang));
    let p = |field, x: Option<f64>| Cell::shown(field, x, pct(x, lang));
    Table {
        caption: lang
            .pick(
                "Ngân sách KH, CN, ĐMST và CĐS (triệu đồng quy đổi)",
                "S&T, innovation and DX budget (amounts in million VND)",
            )
            .into(),
        source: "budget".into(),
        key_field: "id",
        columns: vec![
            (lang.pick("Dòng", "Line").into(), false),
            (lang.pick("Dự toán", "Planned").into(), true),
            (lang.pick("Phân bổ", "Allocated").into(), true),
            (lang.pick("Giải ngân", "Disbursed").into(), true),
            (lang.pick("Tỷ lệ phân bổ", "Allocation rate").into(), true),
            (
                lang.pick("Tỷ lệ giải ngân", "Disbursement rate").into(),
                true,
            ),
            (
                lang.pick("Tỷ trọng tổng chi NS", "Share of the budget")
                    .into(),
                true,
            ),
            (
                lang.pick("Còn thiếu so với mục tiêu", "Short of the target")
                    .into(),
                true,
            ),
            (lang.pick("Nguồn", "Source").into(), false),
        ],
        rows: chiso_core::lists::map(lines, |l| {
            let mark = Mark::of(false, l.illustrative);
            let source = session
                .dataset
                .budget
                .iter()
                .find(|b| b.id == l.id)
                .map(|b| (b.source.id.clone(), b.source.section.clone()));
            Row {
                key: l.id.clone(),
                cells: vec![
                    Cell::text(line_label(l, session, lang)).marked(mark),
                    m("planned", l.planned),
                    m("allocated", l.allocated),
                    m("disbursed", l.disbursed),
                    p("allocation_rate", l.allocation_rate)
                        .marked(Mark::of(l.allocation_rate.is_some(), false)),
                    p("disbursement_rate", l.disbursement_rate)
                        .marked(Mark::of(l.disbursement_rate.is_some(), false)),
                    p("share_of_budget", l.share_of_budget)
                        .marked(Mark::of(l.share_of_budget.is_some(), false)),
                    m("share_target_shortfall", l.share_target_shortfall)
                        .marked(Mark::of(l.share_target_shortfall.is_some(), false)),
                    Cell::text(cite(session, source.as_ref())),
                ],
                emphasis: false,
            }
        }),
    }
}

fn pace_table(line: &LineRatios, lang: Lang) -> Option<Table> {
    let pace = line.pace.as_ref()?;
    let m = |field, x: Option<f64>| Cell::shown(field, x, money(x, lang));
    Some(Table {
        caption: format!(
            "{} {} ({})",
            lang.pick(
                "Giải ngân lũy kế theo tháng",
                "Cumulative disbursement by month"
            ),
            line.period,
            budget_category(line.category, lang)
        ),
        source: format!("budget[id={}].pace.months", line.id),
        key_field: "month",
        columns: vec![
            (lang.pick("Tháng", "Month").into(), true),
            (lang.pick("Lộ trình", "Roadmap").into(), true),
            (lang.pick("Tiến độ đều", "Even pace").into(), true),
            (lang.pick("Đã giải ngân", "Disbursed").into(), true),
        ],
        rows: chiso_core::lists::map(&pace.months, |mo| Row {
            key: mo.month.to_string(),
            cells: vec![
                Cell::text(mo.month.to_string()).marked(Mark::of(false, mo.illustrative)),
                m("planned", mo.planned),
                m("even", mo.even).marked(Mark::Computed),
                m("disbursed", mo.disbursed),
            ],
            emphasis: false,
        }),
    })
}

fn summary(session: &Session, lines: &[&LineRatios], lang: Lang) -> String {
    let target = session.report.budget_share_target_pct;
    let mut parts = Vec::new();
    if let Some(l) = lines
        .iter()
        .filter(|l| l.share_of_budget.is_some())
        .max_by_key(|l| period_key(&l.period))
    {
        let share = pct(l.share_of_budget, lang);
        let short = money(l.share_target_shortfall, lang);
        parts.push(match lang {
            Lang::Vi => format!(
                "Năm {}, ngân sách cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ({}) bằng {} tổng chi ngân sách, so với mục tiêu {} (còn thiếu {}).",
                l.period, money(l.planned.or(l.allocated), lang), share, percent(target, 0, lang), short
            ),
            Lang::En => format!(
                "In {}, the science, technology, innovation and digital-transformation budget ({}) is {} of total budget spending, against a target of {} (short by {}).",
                l.period, money(l.planned.or(l.allocated), lang), share, percent(target, 0, lang), short
            ),
        });
    }
    if let Some(l) = lines
        .iter()
        .filter(|l| l.category == BudgetCategory::Total && l.disbursement_rate.is_some())
        .max_by_key(|l| period_key(&l.period))
    {
        parts.push(match lang {
            Lang::Vi => format!(
                "Năm {}: phân bổ {} ({} dự toán), giải ngân {} ({} số phân bổ).",
                l.period,
                money(l.allocated, lang),
                pct(l.allocation_rate, lang),
                money(l.disbursed, lang),
                pct(l.disbursement_rate, lang)
            ),
            Lang::En => format!(
                "In {}, {} was allocated ({} of the plan) and {} disbursed ({} of the allocation).",
                l.period,
                money(l.allocated, lang),
                pct(l.allocation_rate, lang),
                money(l.disbursed, lang),
                pct(l.disbursement_rate, lang)
            ),
        });
    }
    if let Some((l, p)) = paced(lines).and_then(|l| Some((l, l.pace.as_ref()?))) {
        parts.push(match lang {
            Lang::Vi => format!(
                "Đến tháng {}/{}, đã giải ngân {} số phân bổ, so với lộ trình {} và tiến độ đều {}; nếu giữ nhịp này, cả năm đạt {} ({}).{}",
                p.month, l.period, pct(p.disbursed_rate, lang), pct(p.roadmap_rate, lang), percent(p.even_rate, 1, lang),
                money_million_vnd(p.projected_year_end, lang), pct(p.projected_rate, lang), star(l.illustrative)
            ),
            Lang::En => format!(
                "By month {} of {}, {} of the allocation was disbursed, against {} on the roadmap and {} at an even pace; at this pace the year ends at {} ({}).{}",
                p.month, l.period, pct(p.disbursed_rate, lang), pct(p.roadmap_rate, lang), percent(p.even_rate, 1, lang),
                money_million_vnd(p.projected_year_end, lang), pct(p.projected_rate, lang), star(l.illustrative)
            ),
        });
    }
    if parts.is_empty() {
        return lang
            .pick(
                "Tệp dữ liệu chưa có số liệu ngân sách.",
                "The file has no budget figures.",
            )
            .to_string();
    }
    chiso_core::format::join(&parts, " ")
}

/// The budget view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let lang = ctx.lang;
    let session = ctx.session;
    let lines = lines(session);
    let target = session.report.budget_share_target_pct;
    let summary = summary(session, &lines, lang);
    let paced = paced(&lines);
    let sources: Vec<&str> = session
        .dataset
        .budget
        .iter()
        .map(|b| b.source.id.as_str())
        .chain(
            session
                .dataset
                .disbursement
                .iter()
                .map(|d| d.source.id.as_str()),
        )
        .collect();
    let share_legend = [
        LegendItem::new(
            Fill::solid(Swatch::Series(0)),
            lang.pick("Tỷ trọng trong tổng chi", "Share of total spending"),
        ),
        LegendItem::new(
            Fill::solid(Swatch::Track),
            lang.pick("Đến mục tiêu", "Up to the target"),
        ),
    ];
    let money_legend = [
        LegendItem::new(
            Fill::stripes(Swatch::Muted),
            lang.pick("Dự toán", "Planned"),
        ),
        LegendItem::new(
            Fill::outline(Swatch::Series(0)),
            lang.pick("Phân bổ", "Allocated"),
        ),
        LegendItem::new(
            Fill::solid(Swatch::Series(0)),
            lang.pick("Giải ngân", "Disbursed"),
        ),
    ];
    let pace_legend = [
        LegendItem::new(
            Fill::solid(Swatch::Series(1)),
            lang.pick("Lộ trình (ô vuông)", "Roadmap (squares)"),
        ),
        LegendItem::new(
            Fill::stripes(Swatch::Muted),
            lang.pick("Tiến độ đều (nét đứt)", "Even pace (dashed)"),
        ),
        LegendItem::new(
            Fill::solid(Swatch::Series(0)),
            lang.pick("Đã giải ngân (chấm tròn)", "Disbursed (dots)"),
        ),
    ];
    let mut out = vec![
        El::new("h3").class("view-title").text(lang.pick(
            "Ngân sách khoa học, công nghệ, ĐMST và chuyển đổi số",
            "Science, technology, innovation and DX budget",
        )),
        El::new("p").class("summary").text(&summary),
    ];
    if let Some(chart) = share_chart(&lines, target, session, lang) {
        out.push(figure(
            ctx,
            &format!(
                "{} {}",
                lang.pick(
                    "Tỷ trọng trong tổng chi ngân sách so với mục tiêu",
                    "Share of total budget spending against the target of"
                ),
                percent(target, 0, lang)
            ),
            Chart::Bars(chart),
            &summary,
            &share_legend,
        ));
    }
    // Named: the wall screen leaves this one out (the summary says its figures), so that the
    // monthly pace fits under the share.
    out.push(figure_with(
        ctx,
        lang.pick(
            "Dự toán, phân bổ và giải ngân theo loại chi",
            "Planned, allocated and disbursed by category",
        ),
        Chart::Bars(money_chart(&lines, session, lang)),
        &summary,
        &money_legend,
        Some("budget-lines"),
        None,
    ));
    if let Some((line, chart)) = paced.and_then(|l| Some((l, pace_chart(l, lang)?))) {
        out.push(figure(
            ctx,
            &format!(
                "{} {} ({}){}",
                lang.pick(
                    "Giải ngân lũy kế theo tháng",
                    "Cumulative disbursement by month,"
                ),
                line.period,
                budget_category(line.category, lang),
                star(line.illustrative)
            ),
            Chart::Lines(chart),
            &summary,
            &pace_legend,
        ));
    }
    out.push(ctx.table(&table(&lines, session, lang), "table-budget"));
    if let Some(t) = paced.and_then(|l| pace_table(l, lang)) {
        out.push(ctx.table(&t, "table-pace"));
    }
    out.push(notes(lang, &session.documents(&sources, lang)));
    out
}
