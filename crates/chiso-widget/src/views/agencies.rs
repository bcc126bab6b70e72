//! `agencies`: the agency scorecard — points held over the sub-indicators each agency is
//! responsible for, ranked by the share held.

use super::{n, no_dti, Ctx};
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::data_table::{Cell, Row, Table};
use crate::components::figure::{figure, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use crate::session::Session;
use chiso_core::agencies::AgencyScore;
use chiso_core::format::Lang;
use chiso_core::labels::share;

fn chart(session: &Session, agencies: &[AgencyScore], lang: Lang) -> BarChart {
    BarChart {
        rows: agencies
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let rank = a
                    .rank
                    .map_or_else(|| "–".to_string(), |r| r.rank.to_string());
                let value = match a.share_held {
                    Some(s) => format!(
                        "{} ({} / {})",
                        share(s, 1, lang),
                        n(a.points, lang),
                        n(a.covered_max, lang)
                    ),
                    None => lang.pick("chưa có số liệu", "no data").to_string(),
                };
                BarRow {
                    label: format!("{rank}. {}", session.entity_name(&a.agency, lang)),
                    value,
                    track: Some(a.covered_max),
                    bars: vec![
                        Bar::new(a.points, Fill::solid(Swatch::Series(i))),
                        Bar::then(a.gap, Fill::stripes(Swatch::Bad)),
                    ],
                    scale: Some(a.covered_max),
                    ..BarRow::default()
                }
            })
            .collect(),
        scale: 1.0,
        marker: None,
    }
}

fn table(session: &Session, agencies: &[AgencyScore], lang: Lang) -> Table {
    Table {
        caption: lang.pick("Bảng điểm cơ quan", "Agency scorecard").into(),
        source: "dti.agencies".into(),
        key_field: "agency",
        columns: vec![
            (lang.pick("Hạng", "Rank").into(), true),
            (lang.pick("Cơ quan", "Agency").into(), false),
            (lang.pick("Điểm đạt", "Points held").into(), true),
            (lang.pick("Tối đa có số liệu", "Max with data").into(), true),
            (
                lang.pick("Tối đa phụ trách", "Max responsible").into(),
                true,
            ),
            (lang.pick("Tỷ lệ đạt", "Share held").into(), true),
            (lang.pick("Có thể gỡ", "Recoverable").into(), true),
            (
                lang.pick("Chỉ số có số liệu", "Indicators with data")
                    .into(),
                true,
            ),
        ],
        rows: chiso_core::lists::map(agencies, |a| Row {
            key: a.agency.clone(),
            cells: vec![
                Cell::shown(
                    "rank.rank",
                    a.rank.map(|r| f64::from(r.rank)),
                    a.rank
                        .map_or_else(|| "–".into(), |r| format!("{}/{}", r.rank, r.of)),
                ),
                Cell::text(session.entity_full_name(&a.agency, lang)),
                Cell::num("points", Some(a.points), 2, lang),
                Cell::num("covered_max", Some(a.covered_max), 2, lang),
                Cell::num("max", Some(a.max), 2, lang),
                Cell::shown(
                    "share_held",
                    a.share_held,
                    a.share_held
                        .map_or_else(|| "–".into(), |s| share(s, 1, lang)),
                ),
                Cell::num("recoverable", Some(a.recoverable), 2, lang),
                Cell::shown(
                    "with_data",
                    #[allow(clippy::cast_precision_loss)]
                    Some(a.with_data as f64),
                    format!("{}/{}", a.with_data, a.indicators.len()),
                ),
            ],
            emphasis: false,
        }),
    }
}

fn summary(session: &Session, agencies: &[AgencyScore], lang: Lang) -> String {
    let ranked: Vec<&AgencyScore> = chiso_core::lists::filter(agencies, |a| a.rank.is_some());
    let Some(first) = ranked.first() else {
        return lang
            .pick("Chưa có cơ quan nào có số liệu.", "No agency has data yet.")
            .to_string();
    };
    let most = ranked
        .iter()
        .max_by(|a, b| a.recoverable.total_cmp(&b.recoverable))
        .unwrap_or(first);
    let unranked = agencies.len() - ranked.len();
    let name = |a: &AgencyScore| session.entity_name(&a.agency, lang);
    let share_of = |a: &AgencyScore| {
        a.share_held
            .map_or_else(|| "–".into(), |s| share(s, 1, lang))
    };
    match lang {
        Lang::Vi => format!(
            "{} cơ quan có số liệu. {} đạt tỷ lệ điểm cao nhất ({}); {} có nhiều điểm có thể gỡ lại nhất ({} điểm). {} cơ quan chưa có số liệu cho các chỉ số mình phụ trách.",
            ranked.len(), name(first), share_of(first), name(most), n(most.recoverable, lang), unranked
        ),
        Lang::En => format!(
            "{} agencies have data. {} holds the largest share of its points ({}); {} has the most recoverable points ({}). {} agencies have no data for the indicators they are responsible for.",
            ranked.len(), name(first), share_of(first), name(most), n(most.recoverable, lang), unranked
        ),
    }
}

/// The agencies view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let lang = ctx.lang;
    let session = ctx.session;
    let Some(dti) = session.dti() else {
        return no_dti(lang);
    };
    let summary = summary(session, &dti.agencies, lang);
    let legend = [
        LegendItem::new(
            Fill::solid(Swatch::Series(0)),
            lang.pick(
                "Điểm đạt (màu theo cơ quan)",
                "Points held (colour per agency)",
            ),
        ),
        LegendItem::new(
            Fill::stripes(Swatch::Bad),
            lang.pick("Điểm mất", "Points lost"),
        ),
    ];
    let sources: Vec<&str> =
        chiso_core::lists::filter_map(&dti.gaps, |g| g.source.as_ref().map(|s| s.0.as_str()));
    vec![
        El::new("h3")
            .class("view-title")
            .text(lang.pick("Bảng điểm cơ quan", "Agency scorecard")),
        El::new("p").class("summary").text(&summary),
        figure(
            ctx,
            lang.pick(
                "Tỷ lệ điểm đạt trên các chỉ số có số liệu, xếp hạng",
                "Share of the points held on the indicators with data, ranked",
            ),
            Chart::Bars(chart(session, &dti.agencies, lang)),
            &summary,
            &legend,
        ),
        ctx.table(&table(session, &dti.agencies, lang), "table-agencies"),
        notes(lang, &session.documents(&sources, lang)),
    ]
}
