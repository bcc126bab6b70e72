//! `gaps`: sub-indicators by recoverable points, coloured by responsible agency, filterable by
//! agency; under a `scenario`, the gaps left once its figures are in, with the scenario watermark.

use super::{cite, n, no_dti, scenario, Ctx};
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::data_table::{Cell, Mark, Row, Table};
use crate::components::figure::{figure, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use crate::session::Session;
use chiso_core::format::Lang;
use chiso_core::report::{FrameworkReport, IndicatorLine};
use chiso_core::score::Origin;

/// The colour of an agency: its position in the agency scorecard.
fn colour(dti: &FrameworkReport, agency: Option<&str>) -> Swatch {
    let i = dti
        .agencies
        .iter()
        .position(|a| Some(a.agency.as_str()) == agency)
        .unwrap_or(dti.agencies.len());
    Swatch::Series(i)
}

fn agency_label(session: &Session, line: &IndicatorLine, lang: Lang) -> String {
    line.responsible.as_deref().map_or_else(
        || lang.pick("chưa giao", "unassigned").to_string(),
        |a| session.entity_name(a, lang),
    )
}

fn chart(
    session: &Session,
    dti: &FrameworkReport,
    lines: &[&IndicatorLine],
    lang: Lang,
) -> BarChart {
    BarChart {
        rows: chiso_core::lists::map(lines, |g| {
            let mark = Mark::of(g.origin == Origin::Computed, g.illustrative).sign();
            BarRow {
                label: format!(
                    "{} {} · {}",
                    g.code,
                    g.name.get(lang),
                    agency_label(session, g, lang)
                ),
                value: format!(
                    "{}{mark} {} {}",
                    n(g.recoverable.unwrap_or(0.0), lang),
                    lang.pick("trên", "of"),
                    n(g.max, lang)
                ),
                track: Some(g.max),
                bars: vec![Bar::new(
                    g.recoverable.unwrap_or(0.0),
                    Fill::solid(colour(dti, g.responsible.as_deref())),
                )],
                ..BarRow::default()
            }
        }),
        scale: lines.iter().map(|g| g.max).fold(0.0, f64::max),
        marker: None,
    }
}

fn table(session: &Session, lines: &[&IndicatorLine], lang: Lang) -> Table {
    Table {
        caption: lang
            .pick(
                "Chỉ số thành phần theo điểm có thể gỡ lại",
                "Sub-indicators by recoverable points",
            )
            .into(),
        source: "dti.gaps".into(),
        key_field: "code",
        columns: vec![
            (lang.pick("Mã", "Code").into(), false),
            (
                lang.pick("Chỉ số thành phần", "Sub-indicator").into(),
                false,
            ),
            (
                lang.pick("Cơ quan phụ trách", "Responsible agency").into(),
                false,
            ),
            (lang.pick("Điểm", "Points").into(), true),
            (lang.pick("Tối đa", "Max").into(), true),
            (lang.pick("Mất điểm", "Gap").into(), true),
            (lang.pick("Có thể gỡ", "Recoverable").into(), true),
            (lang.pick("Nguồn", "Source").into(), false),
        ],
        rows: chiso_core::lists::map(lines, |g| Row {
            key: g.code.clone(),
            cells: vec![
                Cell::text(g.code.clone()),
                Cell::text(g.name.get(lang)),
                Cell::text(agency_label(session, g, lang)),
                Cell::num("points", g.points, 2, lang)
                    .marked(Mark::of(g.origin == Origin::Computed, g.illustrative)),
                Cell::num("max", Some(g.max), 2, lang),
                Cell::num("gap", g.gap, 2, lang),
                Cell::num("recoverable", g.recoverable, 2, lang),
                Cell::text(cite(session, g.source.as_ref())),
            ],
            emphasis: false,
        }),
    }
}

fn summary(
    session: &Session,
    dti: &FrameworkReport,
    lines: &[&IndicatorLine],
    lang: Lang,
) -> String {
    let top: Vec<String> = lines
        .iter()
        .take(3)
        .map(|g| {
            format!(
                "{} {} ({} {}, {})",
                g.code,
                g.name.get(lang),
                n(g.recoverable.unwrap_or(0.0), lang),
                lang.pick("điểm", "points"),
                agency_label(session, g, lang)
            )
        })
        .collect();
    let mut out = if top.is_empty() {
        lang.pick("Không có khoảng cách nào có số liệu.", "No gap has data.")
            .to_string()
    } else {
        match lang {
            Lang::Vi => format!(
                "Các khoảng cách có thể gỡ lại lớn nhất: {}.",
                chiso_core::format::join(&top, "; ")
            ),
            Lang::En => format!(
                "The largest recoverable gaps are {}.",
                chiso_core::format::join(&top, "; ")
            ),
        }
    };
    if !dti.missing.is_empty() {
        out.push(' ');
        out.push_str(&match lang {
            Lang::Vi => format!("{} chỉ số thành phần chưa có số liệu.", dti.missing.len()),
            Lang::En => format!("{} sub-indicators have no data yet.", dti.missing.len()),
        });
    }
    out
}

/// The gaps view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let filter = ctx.ui.gaps_filter.as_deref();
    let lang = ctx.lang;
    let session = ctx.session;
    // Under a scenario, the gaps left once its figures are in (marked as illustrative).
    let under = ctx
        .scene
        .filter(|s| s.active())
        .and_then(|s| s.baseline().report_of(&s.outcome));
    let Some(dti) = under.as_ref().or_else(|| session.dti()) else {
        return no_dti(lang);
    };
    let notice = ctx
        .scene
        .and_then(|s| s.error.as_deref())
        .map(|part| scenario::notice(part, lang));
    let lines: Vec<&IndicatorLine> = chiso_core::lists::filter(&dti.gaps, |g| {
        filter.is_none_or(|f| g.responsible.as_deref() == Some(f))
    });
    let mut agencies: Vec<&str> = Vec::new();
    for g in &dti.gaps {
        if let Some(a) = g.responsible.as_deref() {
            if !agencies.contains(&a) {
                agencies.push(a);
            }
        }
    }
    let legend: Vec<LegendItem> = chiso_core::lists::map(&agencies, |a| {
        LegendItem::new(
            Fill::solid(colour(dti, Some(a))),
            session.entity_name(a, lang),
        )
    });
    let sources: Vec<&str> =
        chiso_core::lists::filter_map(&lines, |g| g.source.as_ref().map(|s| s.0.as_str()));
    let summary = summary(session, dti, &lines, lang);
    let mut select = El::new("select")
        .attr("id", "agency-filter")
        .attr("data-action", "gaps-filter")
        .child(
            El::new("option")
                .attr("value", "")
                .flag("selected", filter.is_none())
                .text(lang.pick("Tất cả", "All")),
        );
    for a in &agencies {
        select = select.child(
            El::new("option")
                .attr("value", a)
                .flag("selected", filter == Some(*a))
                .text(&session.entity_name(a, lang)),
        );
    }
    let mut out = vec![
        El::new("h3")
            .class("view-title")
            .text(lang.pick("Khoảng cách có thể gỡ lại", "Recoverable gaps")),
        El::new("p").class("summary").text(&summary),
    ];
    out.extend(notice);
    out.extend(under.is_some().then(|| scenario::watermark(lang)));
    out.extend([
        El::new("div")
            .class("filter")
            .child(
                El::new("label")
                    .attr("for", "agency-filter")
                    .text(lang.pick("Cơ quan phụ trách:", "Responsible agency:")),
            )
            .child(select),
        figure(
            ctx,
            lang.pick(
                "Điểm có thể gỡ lại theo chỉ số thành phần, màu theo cơ quan phụ trách",
                "Recoverable points by sub-indicator, coloured by responsible agency",
            ),
            Chart::Bars(chart(session, dti, &lines, lang)),
            &summary,
            &legend,
        ),
        ctx.table(&table(session, &lines, lang), "table-gaps"),
        notes(lang, &session.documents(&sources, lang)),
    ]);
    out
}
