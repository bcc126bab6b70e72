//! `gaps`: sub-indicators by recoverable points, coloured by responsible agency, filterable by
//! agency.

use super::{cite, n, no_dti, ViewProps};
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::data_table::{Cell, DataTable, Mark, Row, Table};
use crate::components::figure::{Figure, LegendItem};
use crate::components::notes::Notes;
use crate::session::Session;
use chiso_core::format::Lang;
use chiso_core::report::{FrameworkReport, IndicatorLine};
use chiso_core::score::Origin;
use std::rc::Rc;
use wasm_bindgen::JsCast as _;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

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
        rows: lines
            .iter()
            .map(|g| {
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
            })
            .collect(),
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
        rows: lines
            .iter()
            .map(|g| Row {
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
            })
            .collect(),
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
                top.join("; ")
            ),
            Lang::En => format!("The largest recoverable gaps are {}.", top.join("; ")),
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
#[function_component]
pub fn Gaps(props: &ViewProps) -> Html {
    let filter = use_state(|| None::<String>);
    let lang = props.lang;
    let session = &props.session;
    let Some(dti) = &session.dti else {
        return no_dti(lang);
    };
    let lines: Vec<&IndicatorLine> = dti
        .gaps
        .iter()
        .filter(|g| {
            filter
                .as_ref()
                .is_none_or(|f| g.responsible.as_deref() == Some(f.as_str()))
        })
        .collect();
    let mut agencies: Vec<&str> = Vec::new();
    for g in &dti.gaps {
        if let Some(a) = g.responsible.as_deref() {
            if !agencies.contains(&a) {
                agencies.push(a);
            }
        }
    }
    let legend = Rc::new(
        agencies
            .iter()
            .map(|a| {
                LegendItem::new(
                    Fill::solid(colour(dti, Some(a))),
                    session.entity_name(a, lang),
                )
            })
            .collect::<Vec<_>>(),
    );
    let onchange = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            filter.set((!value.is_empty()).then_some(value));
        })
    };
    let sources: Vec<&str> = lines
        .iter()
        .filter_map(|g| g.source.as_ref().map(|s| s.0.as_str()))
        .collect();
    let summary = summary(session, dti, &lines, lang);
    html! {
        <>
            <h3 class="view-title">{ lang.pick("Khoảng cách có thể gỡ lại", "Recoverable gaps") }</h3>
            <p class="summary">{ summary.clone() }</p>
            <div class="filter">
                <label for="agency-filter">{ lang.pick("Cơ quan phụ trách:", "Responsible agency:") }</label>
                <select id="agency-filter" {onchange}>
                    <option value="" selected={filter.is_none()}>{ lang.pick("Tất cả", "All") }</option>
                    { for agencies.iter().map(|a| html! {
                        <option value={a.to_string()} selected={filter.as_deref() == Some(*a)}>{ session.entity_name(a, lang) }</option>
                    }) }
                </select>
            </div>
            <Figure
                title={lang.pick("Điểm có thể gỡ lại theo chỉ số thành phần, màu theo cơ quan phụ trách", "Recoverable points by sub-indicator, coloured by responsible agency")}
                chart={Rc::new(Chart::Bars(chart(session, dti, &lines, lang)))}
                label={summary}
                legend={legend}
                theme={props.theme} />
            <DataTable table={Rc::new(table(session, &lines, lang))} lang={lang} id="table-gaps" />
            <Notes lang={lang} documents={session.documents(&sources, lang)} />
        </>
    }
}
