//! `tasks`: tasks per lead agency by deadline and status, overdue ones highlighted.

use super::Ctx;
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::data_table::{Cell, Row, Table};
use crate::components::figure::{figure, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use crate::session::Session;
use chiso_core::format::{number, Lang};
use chiso_core::labels::task_status;
use chiso_core::tally::overdue_tasks;
use chiso_core::tasks::LeadSummary;

#[allow(clippy::cast_precision_loss)]
fn f(n: usize) -> f64 {
    n as f64
}

fn chart(session: &Session, leads: &[LeadSummary], lang: Lang) -> BarChart {
    BarChart {
        rows: chiso_core::lists::map(leads, |l| BarRow {
            label: session.entity_name(&l.lead, lang),
            value: match lang {
                Lang::Vi => format!("{} nhiệm vụ · {} quá hạn", l.total, l.overdue),
                Lang::En => format!("{} tasks · {} overdue", l.total, l.overdue),
            },
            track: Some(f(l.total)),
            bars: vec![
                Bar::new(f(l.overdue), Fill::stripes(Swatch::Bad)),
                Bar::then(f(l.due_soon), Fill::solid(Swatch::Warn)),
                Bar::then(f(l.recurring), Fill::outline(Swatch::Muted)),
            ],
            emphasis: l.overdue > 0,
            ..BarRow::default()
        }),
        scale: leads.iter().map(|l| f(l.total)).fold(1.0, f64::max),
        marker: None,
    }
}

fn by_status(l: &LeadSummary, lang: Lang) -> String {
    let parts = chiso_core::lists::map(&l.by_status, |(s, c)| {
        format!("{} {c}", task_status(s, lang))
    });
    chiso_core::format::join(&parts, ", ")
}

fn leads_table(session: &Session, leads: &[LeadSummary], lang: Lang) -> Table {
    let count = |field, n: usize| Cell::shown(field, Some(f(n)), n.to_string());
    Table {
        caption: lang
            .pick("Nhiệm vụ theo cơ quan chủ trì", "Tasks by lead agency")
            .into(),
        source: "tasks.leads".into(),
        key_field: "lead",
        columns: vec![
            (lang.pick("Cơ quan chủ trì", "Lead agency").into(), false),
            (lang.pick("Nhiệm vụ", "Tasks").into(), true),
            (lang.pick("Quá hạn", "Overdue").into(), true),
            (lang.pick("Đến hạn ≤ 90 ngày", "Due ≤ 90 days").into(), true),
            (
                lang.pick("Thường xuyên, hằng năm", "Ongoing, annual")
                    .into(),
                true,
            ),
            (
                lang.pick("Theo trạng thái báo cáo", "By reported status")
                    .into(),
                false,
            ),
        ],
        rows: chiso_core::lists::map(leads, |l| Row {
            key: l.lead.clone(),
            cells: vec![
                Cell::text(session.entity_full_name(&l.lead, lang)),
                count("total", l.total),
                count("overdue", l.overdue),
                count("due_soon", l.due_soon),
                count("recurring", l.recurring),
                Cell::text(by_status(l, lang)),
            ],
            emphasis: l.overdue > 0,
        }),
    }
}

fn overdue_table(session: &Session, lang: Lang) -> Table {
    let report = &session.report.tasks;
    Table {
        caption: lang.pick("Nhiệm vụ quá hạn", "Overdue tasks").into(),
        source: "tasks.tasks".into(),
        key_field: "id",
        columns: vec![
            (lang.pick("Số", "No.").into(), false),
            (lang.pick("Nhiệm vụ", "Task").into(), false),
            (lang.pick("Chủ trì", "Lead").into(), false),
            (lang.pick("Thời hạn", "Deadline").into(), false),
            (lang.pick("Số ngày còn lại", "Days left").into(), true),
        ],
        rows: report
            .tasks
            .iter()
            .filter(|t| t.overdue)
            .filter_map(|t| {
                let task = session.dataset.tasks.iter().find(|x| x.id == t.id)?;
                let leads: Vec<String> =
                    chiso_core::lists::map(&task.lead, |l| session.entity_name(l, lang));
                Some(Row {
                    key: t.id.clone(),
                    cells: vec![
                        Cell::text(task.number.clone()),
                        Cell::text(task.title.get(lang)),
                        Cell::text(chiso_core::format::join(&leads, ", ")),
                        Cell::text(task.deadline.clone()),
                        #[allow(clippy::cast_precision_loss)]
                        Cell::shown(
                            "days_left",
                            t.days_left.map(|d| d as f64),
                            t.days_left.map_or_else(
                                || "–".into(),
                                |d| {
                                    #[allow(clippy::cast_precision_loss)]
                                    number(d as f64, 0, lang)
                                },
                            ),
                        ),
                    ],
                    emphasis: true,
                })
            })
            .collect(),
    }
}

fn summary(session: &Session, lang: Lang) -> String {
    let report = &session.report.tasks;
    let overdue = overdue_tasks(report);
    let as_of = &session.report.dataset.as_of;
    let mut out = match lang {
        Lang::Vi => format!(
            "{} nhiệm vụ; {overdue} nhiệm vụ đã quá hạn tính đến {as_of} mà chưa báo cáo hoàn thành.",
            report.tasks.len()
        ),
        Lang::En => format!(
            "{} tasks; {overdue} are past their deadline on {as_of} without a report of completion.",
            report.tasks.len()
        ),
    };
    if let Some(l) = report.leads.first() {
        out.push(' ');
        out.push_str(&match lang {
            Lang::Vi => format!(
                "{} chủ trì nhiều nhiệm vụ quá hạn nhất: {} trên {}.",
                session.entity_name(&l.lead, lang),
                l.overdue,
                l.total
            ),
            Lang::En => format!(
                "{} leads the most overdue tasks: {} of {}.",
                session.entity_name(&l.lead, lang),
                l.overdue,
                l.total
            ),
        });
    }
    out
}

/// The tasks view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let lang = ctx.lang;
    let session = ctx.session;
    let leads = &session.report.tasks.leads;
    let summary = summary(session, lang);
    let legend = [
        LegendItem::new(Fill::stripes(Swatch::Bad), lang.pick("Quá hạn", "Overdue")),
        LegendItem::new(
            Fill::solid(Swatch::Warn),
            lang.pick("Đến hạn trong 90 ngày", "Due within 90 days"),
        ),
        LegendItem::new(
            Fill::outline(Swatch::Muted),
            lang.pick("Thường xuyên, hằng năm", "Ongoing, annual"),
        ),
        LegendItem::new(Fill::solid(Swatch::Track), lang.pick("Còn lại", "Other")),
    ];
    let sources: Vec<&str> =
        chiso_core::lists::map(&session.dataset.tasks, |t| t.source.id.as_str());
    vec![
        El::new("h3")
            .class("view-title")
            .text(lang.pick("Nhiệm vụ theo cơ quan chủ trì", "Tasks by lead agency")),
        El::new("p").class("summary").text(&summary),
        figure(
            ctx,
            lang.pick(
                "Nhiệm vụ của từng cơ quan chủ trì theo thời hạn",
                "Each lead agency's tasks by deadline",
            ),
            Chart::Bars(chart(session, leads, lang)),
            &summary,
            &legend,
        ),
        ctx.table(&leads_table(session, leads, lang), "table-leads"),
        ctx.table(&overdue_table(session, lang), "table-overdue"),
        notes(lang, &session.documents(&sources, lang)),
    ]
}
