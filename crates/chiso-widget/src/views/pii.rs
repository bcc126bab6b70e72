//! `pii`: the provincial innovation index — score, rank, the input and output sub-indices and
//! their pillars (charted), strengths and weaknesses — with sliders on the indicators that could
//! add most to the score, under the same watermark and reset as the DTI what-if.

use super::scenario::{notice, overlay, reset, results_box, slider, stat};
use super::Ctx;
use crate::charts::{Bar, BarChart, BarRow, Chart, Fill, Swatch};
use crate::components::figure::{figure_with, LegendItem};
use crate::components::notes::notes;
use crate::dom::El;
use crate::scene::Scene;
use chiso_core::composite::CompositeLine;
use chiso_core::format::{maybe, Lang};
use chiso_core::pii_whatif::{PiiLine, PiiWhatIf};

fn rank(r: Option<chiso_core::score::Rank>) -> String {
    r.map_or_else(|| "–".to_string(), |r| format!("{}/{}", r.rank, r.of))
}

/// The side (input or output) a line belongs to: its own code at depth 1, its parent's below.
fn side(pii: &PiiWhatIf, line: &PiiLine) -> usize {
    let code = if line.depth <= 1 {
        Some(line.code.as_str())
    } else {
        line.parent.as_deref()
    };
    pii.lines
        .iter()
        .filter(|l| l.depth == 1)
        .position(|l| Some(l.code.as_str()) == code)
        .unwrap_or(0)
}

fn chart(pii: &PiiWhatIf, lang: Lang) -> BarChart {
    let rows = pii
        .lines
        .iter()
        .filter(|l| l.depth >= 1)
        .map(|l| {
            BarRow {
                // Sub-indices by name; pillars by number and name, indented.
                label: if l.depth > 1 {
                    format!("  · {} {}", l.code, l.name.get(lang))
                } else {
                    l.name.get(lang).to_string()
                },
                value: if l.before == l.after {
                    maybe(l.after, 2, lang)
                } else {
                    format!("{} → {}", maybe(l.before, 2, lang), maybe(l.after, 2, lang))
                },
                track: Some(100.0),
                bars: vec![
                    Bar::new(
                        l.after.unwrap_or(0.0),
                        Fill::solid(Swatch::Series(side(pii, l))),
                    ),
                    Bar::new(l.before.unwrap_or(0.0), Fill::outline(Swatch::Fg)),
                ],
                emphasis: l.depth == 1,
                ..BarRow::default()
            }
        })
        .collect();
    BarChart {
        rows,
        scale: 100.0,
        marker: None,
    }
}

/// The score, rank, sub-indices and pillar chart under the scenario in force.
pub fn results(ctx: &Ctx, scene: &Scene) -> El {
    let lang = ctx.lang;
    let active = scene.active();
    let out = results_box(active, lang);
    let Some(pii) = scene.pii() else {
        return out.child(El::new("p").class("summary").text(lang.pick(
            "Tệp dữ liệu chưa có chỉ số đổi mới sáng tạo (PII).",
            "The file has no innovation index (PII).",
        )));
    };
    let line = |code: &str| pii.line(code);
    let root = pii.lines.first();
    let score = |l: Option<&PiiLine>, after: bool| {
        let x = l.and_then(|l| if after { l.after } else { l.before });
        let star = if l.is_some_and(|l| l.illustrative) && after && active {
            "*"
        } else {
            ""
        };
        format!("{}{star}", maybe(x, 2, lang))
    };
    let stats = El::new("dl")
        .class("stats")
        .child(stat(
            lang.pick("Điểm PII", "PII score"),
            "pii-score",
            &score(root, true),
            &score(root, false),
            lang,
        ))
        .child(stat(
            lang.pick("Hạng trong tệp", "Rank in the file"),
            "pii-rank",
            &rank(root.and_then(|l| l.rank_after)),
            &rank(root.and_then(|l| l.rank_before)),
            lang,
        ))
        .child(stat(
            lang.pick("Đầu vào", "Input"),
            "pii-input",
            &score(line("input"), true),
            &score(line("input"), false),
            lang,
        ))
        .child(stat(
            lang.pick("Đầu ra", "Output"),
            "pii-output",
            &score(line("output"), true),
            &score(line("output"), false),
            lang,
        ));
    let published = scene
        .pii_report
        .as_ref()
        .and_then(|r| r.published_rank.as_ref());
    let basis = match (published, lang) {
        (Some(p), Lang::Vi) => format!(
            "Điểm 0–100; hạng tính trong các tỉnh có trong tệp. Hạng công bố: {}{} ({}).",
            p.rank,
            p.of.map(|o| format!("/{o}")).unwrap_or_default(),
            p.period
        ),
        (Some(p), Lang::En) => format!(
            "Scores 0–100; ranks among the provinces in the file. Published rank: {}{} ({}).",
            p.rank,
            p.of.map(|o| format!("/{o}")).unwrap_or_default(),
            p.period
        ),
        (None, _) => lang
            .pick(
                "Điểm 0–100; hạng tính trong các tỉnh có trong tệp.",
                "Scores 0–100; ranks among the provinces in the file.",
            )
            .to_string(),
    };
    let legend = [
        LegendItem::new(
            Fill::solid(Swatch::Series(0)),
            lang.pick("Đầu vào", "Input side"),
        ),
        LegendItem::new(
            Fill::solid(Swatch::Series(1)),
            lang.pick("Đầu ra", "Output side"),
        ),
        LegendItem::new(
            Fill::outline(Swatch::Fg),
            lang.pick("Số liệu gốc (khung)", "Baseline (outline)"),
        ),
    ];
    let summary = match lang {
        Lang::Vi => format!(
            "Điểm PII {} (gốc {}), hạng {} trong tệp.",
            score(root, true),
            score(root, false),
            rank(root.and_then(|l| l.rank_after))
        ),
        Lang::En => format!(
            "PII score {} (baseline {}), rank {} in the file.",
            score(root, true),
            score(root, false),
            rank(root.and_then(|l| l.rank_after))
        ),
    };
    out.child(stats)
        .child(El::new("p").class("basis").text(&basis))
        .child(figure_with(
            ctx,
            lang.pick(
                "Hồ sơ trụ cột: đầu vào và đầu ra",
                "Pillar profile: input and output sides",
            ),
            Chart::Bars(chart(&pii, lang)),
            &summary,
            &legend,
            Some("pii-pillars"),
            overlay(active, lang),
        ))
}

/// A table of strengths or weaknesses (at baseline).
fn standings(name: &str, caption: &str, lines: &[CompositeLine], lang: Lang) -> El {
    let mut body = El::new("tbody");
    for l in lines {
        body = body.child(
            El::new("tr")
                .attr("data-key", &l.code)
                .child(El::new("td").text(&l.code))
                .child(El::new("td").text(l.name.get(lang)))
                .child(El::new("td").class("num").text(&maybe(l.score, 2, lang)))
                .child(El::new("td").class("num").text(&rank(l.rank))),
        );
    }
    let head = ["Mã|Code", "Chỉ số|Indicator", "Điểm|Score", "Hạng|Rank"]
        .into_iter()
        .enumerate()
        .fold(El::new("tr"), |tr, (i, pair)| {
            let (vi, en) = pair.split_once('|').unwrap_or((pair, pair));
            tr.child(
                El::new("th")
                    .attr("scope", "col")
                    .attr_opt("class", (i >= 2).then_some("num"))
                    .text(lang.pick(vi, en)),
            )
        });
    El::new("div").class("table-wrap").child(
        El::new("table")
            .attr("data-table", name)
            .child(El::new("caption").text(caption))
            .child(El::new("thead").child(head))
            .child(body),
    )
}

/// The PII view.
pub fn render(ctx: &Ctx) -> Vec<El> {
    let lang = ctx.lang;
    let Some(scene) = ctx.scene else {
        return super::no_dti(lang);
    };
    let mut sliders = El::new("div")
        .class("sliders")
        .attr("aria-label", lang.pick("Các chỉ số PII", "PII indicators"));
    for offer in &scene.pii_offers {
        sliders = sliders.child(slider(offer, scene.value(offer), lang));
    }
    let mut out = vec![
        El::new("h3").class("view-title").text(&scene.pii_report.as_ref().map_or_else(
            || lang.pick("Chỉ số đổi mới sáng tạo (PII)", "Innovation index (PII)").to_string(),
            |r| format!("{} ({})", r.name.get(lang), r.period),
        )),
        El::new("p").class("summary").text(lang.pick(
            "Kéo thanh trượt hoặc nhập số cho các chỉ số có thể nâng điểm PII nhiều nhất: điểm, hạng và các trụ cột được tính lại ngay.",
            "Move a slider or type a number for the indicators that could raise the PII score most: the score, rank and pillars are recomputed at once.",
        )),
    ];
    if let Some(part) = scene.error.as_deref() {
        out.push(notice(part, lang));
    }
    out.push(sliders);
    out.push(results(ctx, scene));
    if let Some(r) = &scene.pii_report {
        out.push(El::new("h4").class("sub-title").text(lang.pick(
            "Điểm mạnh và điểm yếu (số liệu gốc)",
            "Strengths and weaknesses (baseline)",
        )));
        out.push(standings(
            "strengths",
            lang.pick("Điểm mạnh: hạng tốt nhất", "Strengths: best ranks"),
            &r.strengths,
            lang,
        ));
        out.push(standings(
            "weaknesses",
            lang.pick("Điểm yếu: hạng thấp nhất", "Weaknesses: lowest ranks"),
            &r.weaknesses,
            lang,
        ));
    }
    out.push(reset(lang));
    out.push(notes(lang, &[]));
    out
}
