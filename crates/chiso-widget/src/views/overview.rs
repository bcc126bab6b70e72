//! `overview`: the DTI index, rank, and points against the maximum of each main indicator.

use super::{cite, n, no_dti, ViewProps};
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::data_table::{Cell, DataTable, Mark, Row, Table};
use crate::components::figure::{Figure, LegendItem};
use crate::components::notes::Notes;
use chiso_core::format::{maybe, Lang};
use chiso_core::labels::share;
use chiso_core::report::FrameworkReport;
use chiso_core::score::Origin;
use std::rc::Rc;
use yew::prelude::*;

fn chart(dti: &FrameworkReport, lang: Lang) -> BarChart {
    let rows = dti
        .indicators
        .iter()
        .map(|i| {
            let mark = Mark::of(i.origin == Origin::Computed, i.illustrative).sign();
            let value = match i.points {
                Some(p) => format!("{}{mark} / {}", n(p, lang), n(i.max, lang)),
                None => format!(
                    "{} / {}",
                    lang.pick("chưa có số liệu", "no data"),
                    n(i.max, lang)
                ),
            };
            let held = if i.illustrative {
                Fill::stripes(Swatch::Series(0))
            } else {
                Fill::solid(Swatch::Series(0))
            };
            BarRow {
                label: format!("{} {}", i.code, i.name.get(lang)),
                value,
                track: Some(i.max),
                bars: vec![
                    Bar::new(i.points.unwrap_or(0.0), held),
                    Bar::then(i.gap.unwrap_or(0.0), Fill::stripes(Swatch::Bad)),
                ],
                ..BarRow::default()
            }
        })
        .collect();
    BarChart {
        rows,
        scale: dti.indicators.iter().map(|i| i.max).fold(0.0, f64::max),
        marker: None,
    }
}

fn table(props: &ViewProps, dti: &FrameworkReport) -> Table {
    let lang = props.lang;
    Table {
        caption: lang
            .pick("Điểm theo chỉ số chính", "Points by main indicator")
            .into(),
        source: "dti.indicators".into(),
        key_field: "code",
        columns: vec![
            (lang.pick("Mã", "Code").into(), false),
            (lang.pick("Chỉ số chính", "Main indicator").into(), false),
            (lang.pick("Điểm", "Points").into(), true),
            (lang.pick("Tối đa", "Max").into(), true),
            (lang.pick("Mất điểm", "Gap").into(), true),
            (lang.pick("Có thể gỡ", "Recoverable").into(), true),
            (lang.pick("Có số liệu", "Coverage").into(), true),
            (lang.pick("Nguồn", "Source").into(), false),
        ],
        rows: dti
            .indicators
            .iter()
            .map(|i| Row {
                key: i.code.clone(),
                cells: vec![
                    Cell::text(i.code.clone()),
                    Cell::text(i.name.get(lang)),
                    Cell::num("points", i.points, 2, lang)
                        .marked(Mark::of(i.origin == Origin::Computed, i.illustrative)),
                    Cell::num("max", Some(i.max), 2, lang),
                    Cell::num("gap", i.gap, 2, lang),
                    Cell::num("recoverable", i.recoverable, 2, lang),
                    Cell::shown("coverage", Some(i.coverage), share(i.coverage, 0, lang)),
                    Cell::text(cite(&props.session, i.source.as_ref())),
                ],
                emphasis: false,
            })
            .collect(),
    }
}

/// The overview view.
#[function_component]
pub fn Overview(props: &ViewProps) -> Html {
    let lang = props.lang;
    let session = &props.session;
    let Some(dti) = &session.dti else {
        return no_dti(lang);
    };
    let chart = Rc::new(Chart::Bars(chart(dti, lang)));
    let table = Rc::new(table(props, dti));
    let legend = Rc::new(vec![
        LegendItem::new(
            Fill::solid(Swatch::Series(0)),
            lang.pick("Điểm đạt", "Points held"),
        ),
        LegendItem::new(
            Fill::stripes(Swatch::Bad),
            lang.pick("Điểm mất (có số liệu)", "Points lost (with data)"),
        ),
        LegendItem::new(
            Fill::solid(Swatch::Track),
            lang.pick("Chưa có số liệu / tối đa", "No data / maximum"),
        ),
    ]);
    let rank = dti
        .rank
        .map_or_else(|| "–".to_string(), |r| format!("{}/{}", r.rank, r.of));
    let published = dti.published_rank.as_ref();
    let sources: Vec<&str> = dti
        .indicators
        .iter()
        .filter_map(|i| i.source.as_ref().map(|s| s.0.as_str()))
        .chain(published.map(|p| p.source.0.as_str()))
        .collect();
    html! {
        <>
            <h3 class="view-title">{ format!("{} ({})", dti.name.get(lang), dti.period) }</h3>
            <p class="summary">{ session.dti_summary(lang) }</p>
            <dl class="stats">
                <div>
                    <dt>{ lang.pick("Điểm", "Points") }</dt>
                    <dd data-field="total" data-value={dti.total.map(|t| t.to_string())}>
                        { format!("{} / {}", maybe(dti.total, 2, lang), n(dti.max, lang)) }
                    </dd>
                </div>
                <div>
                    <dt>{ lang.pick("Chỉ số DTI", "DTI index") }</dt>
                    <dd data-field="index" data-value={dti.index.map(|t| t.to_string())}>
                        { maybe(dti.index, 4, lang) }
                        if dti.index.is_none() {
                            <small>{ lang.pick(" (cần đủ số liệu)", " (needs complete data)") }</small>
                        }
                    </dd>
                </div>
                <div>
                    <dt>{ lang.pick("Tỷ lệ có số liệu", "Data coverage") }</dt>
                    <dd data-field="coverage" data-value={dti.coverage.to_string()}>{ share(dti.coverage, 0, lang) }</dd>
                </div>
                <div>
                    <dt>{ lang.pick("Xếp hạng (chiso tính)", "Rank (computed)") }</dt>
                    <dd>{ rank }<span class="mark" aria-hidden="true">{ "†" }</span></dd>
                </div>
                if let Some(p) = published {
                    <div>
                        <dt>{ lang.pick("Xếp hạng công bố", "Published rank") }</dt>
                        <dd data-field="published_rank.rank" data-value={p.rank.to_string()}>
                            { format!("{}{} ({})", p.rank, p.of.map(|o| format!("/{o}")).unwrap_or_default(), p.period) }
                            <small>{ format!(" · {}", session.cite(&p.source)) }</small>
                        </dd>
                    </div>
                }
            </dl>
            <Figure
                title={lang.pick("Điểm so với tối đa, theo chỉ số chính", "Points against the maximum, by main indicator")}
                chart={chart}
                label={session.dti_summary(lang)}
                legend={legend}
                theme={props.theme} />
            <DataTable table={table} lang={lang} id="table-overview" />
            <Notes lang={lang} documents={session.documents(&sources, lang)} />
        </>
    }
}
