//! `targets`: the status of every target, and for those with a measured value, the latest value
//! against the goal.

use super::{n, Ctx};
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::data_table::{Cell, Mark, Row, Table};
use crate::components::figure::{figure, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use crate::session::Session;
use chiso_core::format::{maybe, Lang};
use chiso_core::labels::{goal, status as status_label};
use chiso_core::model::Comparator;
use chiso_core::report::TargetLine;
use chiso_core::targets::Status;

/// The fill of a status: colour and pattern both differ, and the label is always written.
fn fill(status: Status) -> Fill {
    match status {
        Status::Met => Fill::solid(Swatch::Good),
        Status::OnTrack => Fill::solid(Swatch::Series(0)),
        Status::AtRisk => Fill::stripes(Swatch::Warn),
        Status::OffTrack => Fill::stripes(Swatch::Bad),
        Status::NoData => Fill::outline(Swatch::Muted),
    }
}

fn goal_text(t: &TargetLine, lang: Lang) -> String {
    let unit = if t.comparator == Comparator::RankTop {
        ""
    } else {
        t.unit.as_str()
    };
    goal(t.comparator, t.value, None, unit, t.deadline, lang)
}

fn latest_text(t: &TargetLine, lang: Lang) -> String {
    t.progress.latest.as_ref().map_or_else(
        || "–".to_string(),
        |l| {
            let of = l.of.map(|o| format!("/{o}")).unwrap_or_default();
            let star = if l.illustrative { " *" } else { "" };
            format!("{}{of} ({}){star}", n(l.value, lang), l.period)
        },
    )
}

fn counts_chart(session: &Session, lang: Lang) -> BarChart {
    let counts = &session.report.target_counts;
    #[allow(clippy::cast_precision_loss)]
    let scale = counts.iter().map(|(_, c)| *c as f64).fold(1.0, f64::max);
    BarChart {
        rows: chiso_core::lists::map(counts, |(s, c)| BarRow {
            label: status_label(*s, lang).to_string(),
            value: c.to_string(),
            #[allow(clippy::cast_precision_loss)]
            bars: vec![Bar::new(*c as f64, fill(*s))],
            ..BarRow::default()
        }),
        scale,
        marker: None,
    }
}

fn progress_chart(measured: &[&TargetLine], lang: Lang) -> BarChart {
    BarChart {
        rows: chiso_core::lists::filter_map(measured, |t| {
            let latest = t.progress.latest.as_ref()?;
            let goal = t.value?;
            let baseline = t.progress.baseline.map_or(0.0, |(_, v)| v);
            Some(BarRow {
                label: format!("{} {}", t.progress.id, t.name.get(lang)),
                value: format!(
                    "{} → {} · {}",
                    latest_text(t, lang),
                    goal_text(t, lang),
                    status_label(t.progress.status, lang)
                ),
                bars: vec![Bar::new(latest.value, fill(t.progress.status))],
                tick: Some(goal),
                scale: Some(latest.value.max(goal).max(baseline) * 1.15),
                track: Some(latest.value.max(goal).max(baseline) * 1.15),
                ..BarRow::default()
            })
        }),
        scale: 1.0,
        marker: None,
    }
}

fn table(targets: &[TargetLine], session: &Session, lang: Lang) -> Table {
    Table {
        caption: lang
            .pick("Mục tiêu và trạng thái", "Targets and their status")
            .into(),
        source: "targets".into(),
        key_field: "id",
        columns: vec![
            (lang.pick("Mục tiêu", "Target").into(), false),
            (lang.pick("Chỉ tiêu", "Indicator").into(), false),
            (lang.pick("Đích", "Goal").into(), true),
            (lang.pick("Mới nhất", "Latest").into(), true),
            (lang.pick("Trạng thái", "Status").into(), false),
            (lang.pick("Khoảng cách", "Distance").into(), true),
            (lang.pick("Nhịp cần/năm", "Pace needed/year").into(), true),
            (lang.pick("Nguồn", "Source").into(), false),
        ],
        rows: chiso_core::lists::map(targets, |t| {
            let target = session
                .dataset
                .targets
                .iter()
                .find(|x| x.id == t.progress.id);
            let source = target.map(|x| (x.source.id.clone(), x.source.section.clone()));
            let latest = t.progress.latest.as_ref();
            Row {
                key: t.progress.id.clone(),
                cells: vec![
                    Cell::text(t.progress.id.clone()),
                    Cell::text(t.name.get(lang)),
                    Cell::shown("value", t.value, goal_text(t, lang)),
                    Cell::shown(
                        "latest.value",
                        latest.map(|l| l.value),
                        latest_text(t, lang),
                    )
                    .marked(Mark::of(false, latest.is_some_and(|l| l.illustrative))),
                    Cell::text(status_label(t.progress.status, lang))
                        .marked(Mark::of(t.progress.status != Status::NoData, false)),
                    Cell::num("distance", t.progress.distance, 2, lang)
                        .marked(Mark::of(t.progress.distance.is_some(), false)),
                    Cell::shown(
                        "required_pace_from_latest",
                        t.progress.required_pace_from_latest,
                        maybe(t.progress.required_pace_from_latest, 2, lang),
                    )
                    .marked(Mark::of(
                        t.progress.required_pace_from_latest.is_some(),
                        false,
                    )),
                    Cell::text(source.map(|s| session.cite(&s)).unwrap_or_default()),
                ],
                emphasis: false,
            }
        }),
    }
}

fn summary(session: &Session, lang: Lang) -> String {
    let total = session.report.targets.len();
    let counts: Vec<String> = chiso_core::lists::map(&session.report.target_counts, |(s, c)| {
        format!(
            "{} {c}",
            chiso_core::format::lowercase(status_label(*s, lang))
        )
    });
    match lang {
        Lang::Vi => format!(
            "{total} mục tiêu: {}.",
            chiso_core::format::join(&counts, ", ")
        ),
        Lang::En => format!(
            "{total} targets: {}.",
            chiso_core::format::join(&counts, ", ")
        ),
    }
}

/// The targets view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let lang = ctx.lang;
    let session = ctx.session;
    let targets = &session.report.targets;
    let measured: Vec<&TargetLine> = chiso_core::lists::filter(targets, |t| {
        t.progress.latest.is_some() && t.value.is_some()
    });
    let summary = summary(session, lang);
    let status_legend: Vec<LegendItem> = [
        Status::Met,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::NoData,
    ]
    .into_iter()
    .map(|s| LegendItem::new(fill(s), status_label(s, lang)))
    .collect();
    let progress_legend = [
        LegendItem::new(
            Fill::solid(Swatch::Track),
            lang.pick("Thang đo của từng mục tiêu", "Each target's own scale"),
        ),
        LegendItem::new(
            Fill::solid(Swatch::Fg),
            lang.pick("Vạch: đích", "Tick: the goal"),
        ),
    ];
    let sources: Vec<&str> =
        chiso_core::lists::map(&session.dataset.targets, |t| t.source.id.as_str());
    let mut out = vec![
        El::new("h3")
            .class("view-title")
            .text(lang.pick("Mục tiêu 2030 – 2045", "Targets for 2030 – 2045")),
        El::new("p").class("summary").text(&summary),
        figure(
            ctx,
            lang.pick("Số mục tiêu theo trạng thái", "Targets by status"),
            Chart::Bars(counts_chart(session, lang)),
            &summary,
            &status_legend,
        ),
    ];
    if !measured.is_empty() {
        out.push(figure(
            ctx,
            lang.pick(
                "Giá trị mới nhất so với đích (mục tiêu đã có số liệu)",
                "Latest value against the goal (targets with data)",
            ),
            Chart::Bars(progress_chart(&measured, lang)),
            &summary,
            &progress_legend,
        ));
    }
    out.push(ctx.table(&table(targets, session, lang), "table-targets"));
    out.push(notes(lang, &session.documents(&sources, lang)));
    out
}
