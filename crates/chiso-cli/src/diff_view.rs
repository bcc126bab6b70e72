//! Output of `chiso diff`: one line per changed input with what it does, then the combined
//! effect, as text or Markdown; or the JSON `{"changes": [...]}`.

use crate::table::{render as render_sections, Align, Section};
use crate::FormatArg;
use chiso_core::diff::{Change, Diff, Effect, Section as Part, Status};
use chiso_core::format::{number_trim, Lang};
use chiso_core::model::Dataset;
use chiso_core::score::Rank;
use serde_json::Value;

fn section_label(s: Part, lang: Lang) -> &'static str {
    match s {
        Part::Observation => lang.pick("Số liệu", "Observation"),
        Part::Target => lang.pick("Mục tiêu", "Target"),
        Part::BudgetLine => lang.pick("Ngân sách", "Budget line"),
        Part::Disbursement => lang.pick("Giải ngân tháng", "Monthly disbursement"),
        Part::Task => lang.pick("Nhiệm vụ", "Task"),
        Part::Figure => lang.pick("Số liệu khác", "Figure"),
        Part::Meta => lang.pick("Thông tin chung", "General"),
        Part::Framework => lang.pick("Bộ chỉ số", "Framework"),
        Part::Indicator => lang.pick("Chỉ số", "Indicator"),
        Part::Entity => lang.pick("Đơn vị", "Entity"),
        Part::Metric => lang.pick("Chỉ tiêu đo", "Metric"),
        Part::Source => lang.pick("Nguồn", "Source"),
    }
}

fn status_label(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::Changed => lang.pick("sửa", "changed"),
        Status::Added => lang.pick("thêm", "added"),
        Status::Removed => lang.pick("bỏ", "removed"),
    }
}

/// A JSON value of an input as people read it.
fn value(v: &Value, lang: Lang) -> String {
    match v {
        Value::Null => "–".into(),
        Value::Number(n) => n
            .as_f64()
            .map_or_else(|| n.to_string(), |x| number_trim(x, 4, lang)),
        Value::String(s) => s.clone(),
        Value::Bool(b) => lang
            .pick(
                if *b { "có" } else { "không" },
                if *b { "yes" } else { "no" },
            )
            .into(),
        Value::Object(o) if o.contains_key("vi") => {
            let en = o.get("en").and_then(Value::as_str).unwrap_or_default();
            let vi = o.get("vi").and_then(Value::as_str).unwrap_or_default();
            if lang == Lang::En && !en.is_empty() {
                en
            } else {
                vi
            }
            .to_string()
        }
        Value::Object(o) if o.contains_key("id") => {
            let id = o.get("id").and_then(Value::as_str).unwrap_or_default();
            let section = o.get("section").and_then(Value::as_str).unwrap_or_default();
            format!("{id} {section}").trim().to_string()
        }
        other => other.to_string(),
    }
}

fn n(x: Option<f64>, lang: Lang) -> String {
    x.map_or_else(|| "–".into(), |x| number_trim(x, 2, lang))
}

fn signed(x: Option<f64>, lang: Lang) -> String {
    match x {
        Some(x) if x > 0.0 => format!(" (+{})", number_trim(x, 2, lang)),
        Some(x) if x < 0.0 => format!(" (−{})", number_trim(-x, 2, lang)),
        _ => String::new(),
    }
}

fn rank(r: Option<Rank>) -> String {
    r.map_or_else(|| "–".into(), |r| format!("{}/{}", r.rank, r.of))
}

fn entity_name(d: &Dataset, id: &str, lang: Lang) -> String {
    d.entities.iter().find(|e| e.id == id).map_or_else(
        || id.to_string(),
        |e| e.short.as_ref().unwrap_or(&e.name).get(lang).to_string(),
    )
}

/// One effect in a few words.
fn effect(e: &Effect, d: &Dataset, lang: Lang) -> String {
    let who = |entity: &str| {
        if entity == d.meta.province {
            String::new()
        } else {
            format!(" [{}]", entity_name(d, entity, lang))
        }
    };
    match e {
        Effect::Points {
            framework,
            entity,
            period,
            code,
            before,
            after,
            change,
        } => format!(
            "{framework}:{code}{} ({period}) {} → {}{}",
            who(entity),
            n(*before, lang),
            n(*after, lang),
            signed(*change, lang)
        ),
        Effect::Score {
            framework,
            entity,
            period,
            code,
            before,
            after,
            change,
        } => format!(
            "{framework}:{code}{} ({period}) {} {} → {}{}",
            who(entity),
            lang.pick("điểm", "score"),
            n(*before, lang),
            n(*after, lang),
            signed(*change, lang)
        ),
        Effect::Rank {
            framework,
            entity,
            period,
            code,
            before,
            after,
        } => format!(
            "{} {framework}:{code}{} ({period}) {} → {}",
            lang.pick("hạng", "rank"),
            who(entity),
            rank(*before),
            rank(*after)
        ),
        Effect::Agency {
            agency,
            points_before,
            points_after,
            rank_before,
            rank_after,
        } => format!(
            "{} {}: {} → {} {}, {} {} → {}",
            lang.pick("cơ quan", "agency"),
            entity_name(d, agency, lang),
            n(Some(*points_before), lang),
            n(Some(*points_after), lang),
            lang.pick("điểm", "points"),
            lang.pick("hạng", "rank"),
            rank(*rank_before),
            rank(*rank_after)
        ),
        Effect::Target { id, before, after } => {
            let s = |x: &Option<chiso_core::targets::Status>| {
                x.map_or("–", |x| chiso_core::labels::status(x, lang))
            };
            format!(
                "{} {id}: {} → {}",
                lang.pick("mục tiêu", "target"),
                s(before),
                s(after)
            )
        }
        Effect::Budget {
            line,
            field,
            before,
            after,
        } => {
            format!("{line} {field}: {} → {}", n(*before, lang), n(*after, lang))
        }
        Effect::Task { id, before, after } => {
            let s = |x: &Option<bool>| match x {
                None => "–",
                Some(true) => lang.pick("quá hạn", "overdue"),
                Some(false) => lang.pick("không quá hạn", "not overdue"),
            };
            format!(
                "{} {id}: {} → {}",
                lang.pick("nhiệm vụ", "task"),
                s(before),
                s(after)
            )
        }
    }
}

fn fields(c: &Change, lang: Lang) -> String {
    c.fields
        .iter()
        .map(|f| {
            format!(
                "{}: {} → {}",
                f.field,
                value(&f.before, lang),
                value(&f.after, lang)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One of the two files compared: its dataset and the SHA-256 of its bytes.
#[derive(Clone, Copy)]
pub struct Publication<'a> {
    /// The dataset.
    pub dataset: &'a Dataset,
    /// SHA-256 of the file, hex.
    pub sha256: &'a str,
}

impl Publication<'_> {
    /// "Before: title · version 2026.1 · published 2026-04-24 · SHA-256 f8fd09e3520c".
    fn describe(&self, label: &str, lang: Lang) -> String {
        let m = &self.dataset.meta;
        format!(
            "{label}: {} · {} {} · {} {} · SHA-256 {}",
            m.title.get(lang),
            lang.pick("phiên bản", "version"),
            m.version,
            lang.pick("công bố", "published"),
            m.published,
            self.sha256
                .get(..chiso_core::provenance::SHORT_HASH_LEN)
                .unwrap_or(self.sha256)
        )
    }
}

/// Renders a diff.
pub fn render(
    diff: &Diff,
    (old, new): (Publication<'_>, Publication<'_>),
    lang: Lang,
    format: FormatArg,
) -> anyhow::Result<String> {
    if format == FormatArg::Json {
        return Ok(serde_json::to_string_pretty(diff)? + "\n");
    }
    let title = match lang {
        Lang::Vi => format!("Thay đổi giữa hai lần công bố: {}", diff.changes.len()),
        Lang::En => format!("Changes between two publications: {}", diff.changes.len()),
    };
    let before = old.describe(lang.pick("Trước", "Before"), lang);
    let after = new.describe(lang.pick("Sau", "After"), lang);
    let new = new.dataset;
    let mut s = Section::new(title)
        .para(before)
        .para(after)
        .para(lang.pick(
            "Mỗi dòng là một số liệu đầu vào đã đổi, và những gì riêng thay đổi đó làm thay đổi (điểm, hạng, trạng thái mục tiêu, tỷ lệ ngân sách, nhiệm vụ quá hạn), do chiso tính.",
            "Each row is one changed input and what that change alone moves (points, ranks, target statuses, budget ratios, overdue tasks), computed by chiso.",
        ))
        .columns(&[
            (lang.pick("Phần", "Section"), Align::Left),
            (lang.pick("Mục", "Item"), Align::Left),
            (lang.pick("Thay đổi", "Change"), Align::Left),
            (lang.pick("Ảnh hưởng", "Effects"), Align::Left),
        ]);
    for c in &diff.changes {
        s.rows.push(vec![
            format!(
                "{} ({})",
                section_label(c.section, lang),
                status_label(c.status, lang)
            ),
            c.key.clone(),
            fields(c, lang),
            c.effects
                .iter()
                .map(|e| effect(e, new, lang))
                .collect::<Vec<_>>()
                .join("; "),
        ]);
    }
    let mut sections = vec![s];
    if diff.changes.len() > 1 && !diff.combined.is_empty() {
        let mut t = Section::new(lang.pick(
            "Ảnh hưởng của mọi thay đổi cùng lúc",
            "The effect of all changes together",
        ))
        .columns(&[(lang.pick("Ảnh hưởng", "Effect"), Align::Left)]);
        for e in &diff.combined {
            t.rows.push(vec![effect(e, new, lang)]);
        }
        sections.push(t);
    }
    Ok(render_sections(&sections, format))
}
