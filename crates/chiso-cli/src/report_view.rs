//! Output of `chiso report`: the report as aligned text, Markdown or JSON.

use crate::table::{render as render_sections, Align, Section};
use crate::FormatArg;
use chiso_core::budget::PaceBase;
use chiso_core::format::{maybe, money_million_vnd, number_trim, percent, unit_label, Lang};
use chiso_core::labels;
use chiso_core::model::Dataset;
use chiso_core::report::Report;
use chiso_core::score::Origin;

/// How many gaps the text report lists.
const GAPS_SHOWN: usize = 15;

/// Marks computed and illustrative figures so they are never read as official.
fn mark(origin: Origin, illustrative: bool) -> &'static str {
    match (origin, illustrative) {
        (_, true) => " *",
        (Origin::Computed, false) => " †",
        _ => "",
    }
}

fn entity_name(dataset: &Dataset, id: &str, lang: Lang) -> String {
    dataset.entities.iter().find(|e| e.id == id).map_or_else(
        || id.to_string(),
        |e| e.short.as_ref().unwrap_or(&e.name).get(lang).to_string(),
    )
}

/// Renders the report.
pub fn render(
    dataset: &Dataset,
    report: &Report,
    lang: Lang,
    format: FormatArg,
) -> anyhow::Result<String> {
    if format == FormatArg::Json {
        return Ok(serde_json::to_string_pretty(report)? + "\n");
    }
    let n = |x: f64| number_trim(x, 2, lang);
    let mut sections = Vec::new();
    let title = report.dataset.title.get(lang).to_string();
    sections.push(
        Section::new(title)
            .para(format!(
                "{} {} · {} {} · {} {}{}",
                lang.pick("Công bố", "Published"),
                report.dataset.published,
                lang.pick("số liệu đến", "data as of"),
                report.dataset.as_of,
                lang.pick("phiên bản", "version"),
                report.dataset.version,
                report
                    .dataset
                    .sha256
                    .as_deref()
                    .and_then(|h| h.get(..chiso_core::provenance::SHORT_HASH_LEN))
                    .map(|h| format!(" · {} {h}", lang.pick("mã tệp SHA-256", "file SHA-256")))
                    .unwrap_or_default(),
            ))
            .para(lang.pick(
                "† số do chiso tính từ số liệu gốc · * số minh họa, không phải số liệu chính thức · – chưa có số liệu",
                "† computed by chiso from raw figures · * illustrative, not official · – no data",
            )),
    );
    if let Some(dti) = &report.dti {
        let mut s = Section::new(format!("{} ({})", dti.name.get(lang), dti.period))
            .para(report.summary(lang))
            .columns(&[
                (lang.pick("Mã", "Code"), Align::Left),
                (lang.pick("Chỉ số chính", "Main indicator"), Align::Left),
                (lang.pick("Điểm", "Points"), Align::Right),
                (lang.pick("Tối đa", "Max"), Align::Right),
                (lang.pick("Mất điểm", "Gap"), Align::Right),
                (lang.pick("Có số liệu", "Coverage"), Align::Right),
            ]);
        for i in &dti.indicators {
            s.rows.push(vec![
                i.code.clone(),
                i.name.get(lang).to_string(),
                format!(
                    "{}{}",
                    maybe(i.points, 2, lang),
                    mark(i.origin, i.illustrative)
                ),
                n(i.max),
                maybe(i.gap, 2, lang),
                percent(100.0 * i.coverage, 0, lang),
            ]);
        }
        s.rows.push(vec![
            String::new(),
            lang.pick("Tổng", "Total").to_string(),
            format!(
                "{}{}",
                maybe(dti.total, 2, lang),
                if dti.illustrative { " *" } else { "" }
            ),
            n(dti.max),
            maybe(dti.total.map(|t| dti.covered_max - t), 2, lang),
            percent(100.0 * dti.coverage, 0, lang),
        ]);
        sections.push(s);

        let mut g = Section::new(lang.pick("Khoảng cách lớn nhất", "Largest gaps")).columns(&[
            (lang.pick("Mã", "Code"), Align::Left),
            (lang.pick("Chỉ số thành phần", "Sub-indicator"), Align::Left),
            (lang.pick("Điểm", "Points"), Align::Right),
            (lang.pick("Có thể gỡ", "Recoverable"), Align::Right),
            (lang.pick("Cơ quan phụ trách", "Responsible"), Align::Left),
            (lang.pick("Nguồn", "Source"), Align::Left),
        ]);
        for i in dti.gaps.iter().take(GAPS_SHOWN) {
            g.rows.push(vec![
                i.code.clone(),
                i.name.get(lang).to_string(),
                format!(
                    "{}/{}{}",
                    maybe(i.points, 2, lang),
                    n(i.max),
                    mark(i.origin, i.illustrative)
                ),
                maybe(i.recoverable, 2, lang),
                i.responsible
                    .as_deref()
                    .map(|a| entity_name(dataset, a, lang))
                    .unwrap_or_default(),
                i.source
                    .as_ref()
                    .map(|(id, sec)| format!("{id} {sec}").trim().to_string())
                    .unwrap_or_default(),
            ]);
        }
        if !dti.missing.is_empty() {
            g = g.para(match lang {
                Lang::Vi => format!(
                    "{} chỉ số thành phần chưa có số liệu: {}.",
                    dti.missing.len(),
                    dti.missing.join(", ")
                ),
                Lang::En => format!(
                    "{} sub-indicators have no data: {}.",
                    dti.missing.len(),
                    dti.missing.join(", ")
                ),
            });
        }
        sections.push(g);

        let mut a = Section::new(lang.pick("Bảng điểm cơ quan", "Agency scorecard")).columns(&[
            (lang.pick("Hạng", "Rank"), Align::Right),
            (lang.pick("Cơ quan", "Agency"), Align::Left),
            (
                lang.pick("Điểm / tối đa có số liệu", "Points / max with data"),
                Align::Right,
            ),
            (lang.pick("Tỷ lệ đạt", "Share held"), Align::Right),
            (lang.pick("Có thể gỡ", "Recoverable"), Align::Right),
            (
                lang.pick("Chỉ số có số liệu", "Indicators with data"),
                Align::Right,
            ),
        ]);
        for line in &dti.agencies {
            a.rows.push(vec![
                line.rank
                    .map(|r| r.rank.to_string())
                    .unwrap_or_else(|| "–".into()),
                entity_name(dataset, &line.agency, lang),
                if line.with_data == 0 {
                    "–".to_string()
                } else {
                    format!(
                        "{}/{}{}",
                        n(line.points),
                        n(line.covered_max),
                        if line.illustrative { " *" } else { "" }
                    )
                },
                line.share_held
                    .map_or_else(|| "–".into(), |s| percent(100.0 * s, 1, lang)),
                if line.with_data == 0 {
                    "–".to_string()
                } else {
                    n(line.recoverable)
                },
                format!("{}/{}", line.with_data, line.indicators.len()),
            ]);
        }
        sections.push(a);
    }

    if let Some(pii) = &report.pii {
        sections.push(pii_section(pii, lang));
    }

    let mut b = Section::new(lang.pick(
        "Ngân sách khoa học, công nghệ, ĐMST và chuyển đổi số",
        "Science, technology, innovation and DX budget",
    ))
    .para(match lang {
        Lang::Vi => format!(
            "Mục tiêu Nghị quyết 57: tối thiểu {} tổng chi ngân sách. Tỷ lệ do chiso tính (†); tỷ trọng chỉ có số nêu trong nguồn khi thiếu tổng chi ngân sách.",
            percent(report.budget_share_target_pct, 0, lang)
        ),
        Lang::En => format!(
            "Resolution 57 target: at least {} of total budget spending. Rates computed by chiso (†); the budget share is the stated one where the total budget is not published.",
            percent(report.budget_share_target_pct, 0, lang)
        ),
    })
    .columns(&[
        (lang.pick("Năm", "Year"), Align::Left),
        (lang.pick("Loại", "Category"), Align::Left),
        (lang.pick("Dự toán", "Planned"), Align::Right),
        (lang.pick("Phân bổ", "Allocated"), Align::Right),
        (lang.pick("Giải ngân", "Disbursed"), Align::Right),
        (lang.pick("Tỷ lệ phân bổ †", "Allocation rate †"), Align::Right),
        (
            lang.pick("Tỷ lệ giải ngân †", "Disbursement rate †"),
            Align::Right,
        ),
        (lang.pick("Tỷ trọng NS", "Budget share"), Align::Right),
    ]);
    let money = |x: Option<f64>| x.map_or_else(|| "–".into(), |x| money_million_vnd(x, lang));
    let pct = |x: Option<f64>| x.map_or_else(|| "–".into(), |x| percent(x, 1, lang));
    for l in &report.budget {
        let star = if l.illustrative { " *" } else { "" };
        b.rows.push(vec![
            format!("{}{star}", l.period),
            labels::budget_category(l.category, lang).to_string(),
            money(l.planned),
            money(l.allocated),
            money(l.disbursed),
            pct(l.allocation_rate),
            pct(l.disbursement_rate),
            match (l.share_of_budget, l.stated.share_of_budget_pct) {
                (Some(x), _) => format!("{} †", percent(x, 2, lang)),
                (None, Some(stated)) => percent(stated, 1, lang),
                (None, None) => "–".into(),
            },
        ]);
    }
    for l in &report.budget {
        if let Some(p) = &l.pace {
            let base = match p.base {
                PaceBase::Allocated => lang.pick("số phân bổ", "the allocation"),
                PaceBase::Planned => lang.pick("dự toán", "the estimate"),
            };
            let star = if p.illustrative { " *" } else { "" };
            b = b.para(match lang {
                Lang::Vi => format!(
                    "Tiến độ giải ngân {} ({}) đến tháng {}{star}: {} {base}, lộ trình {}, tiến độ đều {}; nếu giữ nhịp này, cả năm đạt {} ({}).",
                    l.period, labels::budget_category(l.category, lang), p.month,
                    pct(p.disbursed_rate), pct(p.roadmap_rate), percent(p.even_rate, 1, lang),
                    money_million_vnd(p.projected_year_end, lang), pct(p.projected_rate),
                ),
                Lang::En => format!(
                    "Disbursement {} ({}) by month {}{star}: {} of {base}, roadmap {}, even pace {}; at this pace the year ends at {} ({}).",
                    l.period, labels::budget_category(l.category, lang), p.month,
                    pct(p.disbursed_rate), pct(p.roadmap_rate), percent(p.even_rate, 1, lang),
                    money_million_vnd(p.projected_year_end, lang), pct(p.projected_rate),
                ),
            });
        }
    }
    sections.push(b);

    let mut t = Section::new(lang.pick("Mục tiêu 2030 – 2045", "Targets for 2030 – 2045"))
        .para(
            report
                .target_counts
                .iter()
                .map(|(s, c)| format!("{}: {c}", labels::status(*s, lang)))
                .collect::<Vec<_>>()
                .join(" · "),
        )
        .columns(&[
            (lang.pick("Mục tiêu", "Target"), Align::Left),
            (lang.pick("Chỉ tiêu", "Indicator"), Align::Left),
            (lang.pick("Đích", "Goal"), Align::Right),
            (lang.pick("Mới nhất", "Latest"), Align::Right),
            (lang.pick("Trạng thái", "Status"), Align::Left),
        ]);
    for line in &report.targets {
        let latest = line.progress.latest.as_ref().map_or_else(
            || "–".to_string(),
            |l| {
                let of = l.of.map(|o| format!("/{o}")).unwrap_or_default();
                let star = if l.illustrative { " *" } else { "" };
                format!("{}{of} ({}){star}", n(l.value), l.period)
            },
        );
        t.rows.push(vec![
            line.progress.id.clone(),
            line.name.get(lang).to_string(),
            labels::goal(
                line.comparator,
                line.value,
                line.value_max,
                &unit_label(&line.unit, lang),
                line.deadline,
                lang,
            ),
            latest,
            labels::status(line.progress.status, lang).to_string(),
        ]);
    }
    sections.push(t);

    let overdue = report.tasks.tasks.iter().filter(|t| t.overdue).count();
    let mut k = Section::new(lang.pick("Nhiệm vụ theo cơ quan chủ trì", "Tasks by lead agency"))
        .para(match lang {
            Lang::Vi => format!(
                "{} nhiệm vụ; {} đã quá hạn tính đến {} mà chưa báo cáo hoàn thành.",
                report.tasks.tasks.len(),
                overdue,
                report.dataset.as_of
            ),
            Lang::En => format!(
                "{} tasks; {} past their deadline on {} without a report of completion.",
                report.tasks.tasks.len(),
                overdue,
                report.dataset.as_of
            ),
        })
        .columns(&[
            (lang.pick("Cơ quan chủ trì", "Lead agency"), Align::Left),
            (lang.pick("Nhiệm vụ", "Tasks"), Align::Right),
            (lang.pick("Quá hạn", "Overdue"), Align::Right),
            (
                lang.pick("Đến hạn ≤ 90 ngày", "Due ≤ 90 days"),
                Align::Right,
            ),
            (lang.pick("Thường xuyên", "Recurring"), Align::Right),
        ]);
    for l in &report.tasks.leads {
        k.rows.push(vec![
            entity_name(dataset, &l.lead, lang),
            l.total.to_string(),
            l.overdue.to_string(),
            l.due_soon.to_string(),
            l.recurring.to_string(),
        ]);
    }
    sections.push(k);
    Ok(render_sections(&sections, format))
}

/// The PII: score, published rank, pillars, strengths and weaknesses.
fn pii_section(pii: &chiso_core::composite::CompositeReport, lang: Lang) -> Section {
    let n = |x: Option<f64>| maybe(x, 2, lang);
    let star = |illustrative: bool| if illustrative { " *" } else { "" };
    let rank = |r: Option<chiso_core::score::Rank>, illustrative: bool| {
        r.map_or_else(
            || "–".to_string(),
            |r| format!("{}/{}{}", r.rank, r.of, star(illustrative)),
        )
    };
    let mut s = Section::new(format!("{} ({})", pii.name.get(lang), pii.period)).para(match lang {
        Lang::Vi => format!(
            "Điểm {}{}{}; hạng tính trong {} tỉnh, thành có trong tệp: {}. Chỉ số chỉ được tính khi có số liệu cho ít nhất {} trọng số của các thành phần.",
            n(pii.score),
            star(pii.illustrative),
            pii.published_rank
                .as_ref()
                .map(|r| format!(", hạng công bố {}/{} ({})", r.rank, r.of.unwrap_or(0), r.period))
                .unwrap_or_default(),
            pii.compared,
            rank(pii.rank, pii.rank_illustrative),
            percent(100.0 * pii.min_coverage, 0, lang),
        ),
        Lang::En => format!(
            "Score {}{}{}; rank among the {} provinces in the file: {}. A score is computed only when components carrying at least {} of the weight have data.",
            n(pii.score),
            star(pii.illustrative),
            pii.published_rank
                .as_ref()
                .map(|r| format!(", published rank {}/{} ({})", r.rank, r.of.unwrap_or(0), r.period))
                .unwrap_or_default(),
            pii.compared,
            rank(pii.rank, pii.rank_illustrative),
            percent(100.0 * pii.min_coverage, 0, lang),
        ),
    })
    .columns(&[
        (lang.pick("Mã", "Code"), Align::Left),
        (lang.pick("Trụ cột", "Pillar"), Align::Left),
        (lang.pick("Điểm (0–100)", "Score (0–100)"), Align::Right),
        (lang.pick("Hạng", "Rank"), Align::Right),
    ]);
    for p in &pii.pillars {
        s.rows.push(vec![
            p.code.clone(),
            format!(
                "{}{}",
                "  ".repeat(p.depth.saturating_sub(1)),
                p.name.get(lang)
            ),
            format!("{}{}", n(p.score), star(p.illustrative)),
            rank(p.rank, p.illustrative),
        ]);
    }
    let list = |items: &[chiso_core::composite::CompositeLine]| {
        items
            .iter()
            .map(|x| {
                format!(
                    "{} {} ({})",
                    x.code,
                    x.name.get(lang),
                    rank(x.rank, x.illustrative)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    s.para(format!(
        "{}: {}.",
        lang.pick("Điểm mạnh", "Strengths"),
        list(&pii.strengths)
    ))
    .para(format!(
        "{}: {}.",
        lang.pick("Điểm yếu", "Weaknesses"),
        list(&pii.weaknesses)
    ))
}
