//! `overview`: the DTI index, rank, and points against the maximum of each main indicator.

use super::{cite, n, no_dti, Ctx};
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::data_table::{Cell, Mark, Row, Table};
use crate::components::figure::{figure, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use chiso_core::format::decimal::shortest;
use chiso_core::format::{maybe, Lang};
use chiso_core::labels::share;
use chiso_core::report::FrameworkReport;
use chiso_core::score::Origin;

fn chart(dti: &FrameworkReport, lang: Lang) -> BarChart {
    let rows = chiso_core::lists::map(&dti.indicators, |i| {
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
    });
    BarChart {
        rows,
        scale: dti.indicators.iter().map(|i| i.max).fold(0.0, f64::max),
        marker: None,
    }
}

fn table(props: &Ctx, dti: &FrameworkReport) -> Table {
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
        rows: chiso_core::lists::map(&dti.indicators, |i| Row {
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
                Cell::text(cite(props.session, i.source.as_ref())),
            ],
            emphasis: false,
        }),
    }
}

/// One statistic of the overview: a term and its value.
fn stat(term: &str, value: El) -> El {
    El::new("div").child(El::new("dt").text(term)).child(value)
}

/// The overview view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let lang = ctx.lang;
    let session = ctx.session;
    let Some(dti) = session.dti() else {
        return no_dti(lang);
    };
    let legend = [
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
    ];
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
    let value = |x: Option<f64>| x.map(shortest);
    let mut index = El::new("dd")
        .attr("data-field", "index")
        .attr_opt("data-value", value(dti.index).as_deref())
        .text(&maybe(dti.index, 4, lang));
    if dti.index.is_none() {
        index = index
            .child(El::new("small").text(lang.pick(" (cần đủ số liệu)", " (needs complete data)")));
    }
    let mut stats = El::new("dl")
        .class("stats")
        .child(stat(
            lang.pick("Điểm", "Points"),
            El::new("dd")
                .attr("data-field", "total")
                .attr_opt("data-value", value(dti.total).as_deref())
                .text(&format!(
                    "{} / {}",
                    maybe(dti.total, 2, lang),
                    n(dti.max, lang)
                )),
        ))
        .child(stat(lang.pick("Chỉ số DTI", "DTI index"), index))
        .child(stat(
            lang.pick("Tỷ lệ có số liệu", "Data coverage"),
            El::new("dd")
                .attr("data-field", "coverage")
                .attr("data-value", &shortest(dti.coverage))
                .text(&share(dti.coverage, 0, lang)),
        ))
        .child(stat(
            lang.pick("Xếp hạng (chiso tính)", "Rank (computed)"),
            El::new("dd").text(&rank).child(
                El::new("span")
                    .class("mark")
                    .attr("aria-hidden", "true")
                    .text("†"),
            ),
        ));
    if let Some(p) = published {
        stats = stats.child(stat(
            lang.pick("Xếp hạng công bố", "Published rank"),
            El::new("dd")
                .attr("data-field", "published_rank.rank")
                .attr("data-value", &p.rank.to_string())
                .text(&format!(
                    "{}{} ({})",
                    p.rank,
                    p.of.map(|o| format!("/{o}")).unwrap_or_default(),
                    p.period
                ))
                .child(El::new("small").text(&format!(" · {}", session.cite(&p.source)))),
        ));
    }
    let summary = session.dti_summary(lang);
    vec![
        El::new("h3")
            .class("view-title")
            .text(&format!("{} ({})", dti.name.get(lang), dti.period)),
        El::new("p").class("summary").text(&summary),
        stats,
        figure(
            ctx,
            lang.pick(
                "Điểm so với tối đa, theo chỉ số chính",
                "Points against the maximum, by main indicator",
            ),
            Chart::Bars(chart(dti, lang)),
            &summary,
            &legend,
        ),
        ctx.table(&table(ctx, dti), "table-overview"),
        notes(lang, &session.documents(&sources, lang)),
    ]
}
