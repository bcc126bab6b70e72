//! Output of `chiso validate` (issues) and `chiso check` (findings).

use crate::table::{render, Align, Section};
use crate::FormatArg;
use chiso_core::consistency::{Finding, Severity};
use chiso_core::format::{number_trim, Lang};
use chiso_core::Issue;
use serde_json::json;

/// Validation issues; an empty list says the file is valid.
pub fn issues(issues: &[Issue], lang: Lang, format: FormatArg) -> anyhow::Result<String> {
    if format == FormatArg::Json {
        let errors: Vec<_> = issues
            .iter()
            .map(|i| {
                json!({
                    "code": i.code,
                    "path": i.path,
                    "found": i.found,
                    "line": i.line,
                    "column": i.column,
                    "message": i.message(lang),
                })
            })
            .collect();
        let value = json!({ "valid": issues.is_empty(), "errors": errors });
        return Ok(serde_json::to_string_pretty(&value)? + "\n");
    }
    if issues.is_empty() {
        return Ok(format!(
            "{}\n",
            lang.pick("Tệp hợp lệ (chiso/1).", "The file is valid (chiso/1).")
        ));
    }
    let title = match lang {
        Lang::Vi => format!("Tệp không hợp lệ: {} lỗi", issues.len()),
        Lang::En => format!("The file is not valid: {} errors", issues.len()),
    };
    let mut s = Section::new(title).columns(&[
        (lang.pick("Vị trí", "Where"), Align::Left),
        (lang.pick("Yêu cầu", "Expected"), Align::Left),
        (lang.pick("Gặp", "Found"), Align::Left),
    ]);
    for i in issues {
        let mut place = i.path.clone();
        if let (Some(l), Some(c)) = (i.line, i.column) {
            let at = match lang {
                Lang::Vi => format!("dòng {l}, cột {c}"),
                Lang::En => format!("line {l}, column {c}"),
            };
            place = if place.is_empty() {
                at
            } else {
                format!("{place} ({at})")
            };
        }
        s.rows.push(vec![
            place,
            i.code.expected(lang).to_string(),
            i.found.clone(),
        ]);
    }
    Ok(render(&[s], format))
}

fn json_finding(f: &Finding) -> serde_json::Value {
    json!({
        "path": f.path,
        "kind": f.kind,
        "subject": f.subject,
        "stated": f.stated,
        "computed": f.computed,
        "difference": f.difference,
        "source": f.source,
    })
}

/// Consistency findings: mismatches, then rounding notes.
pub fn findings(findings: &[Finding], lang: Lang, format: FormatArg) -> anyhow::Result<String> {
    let (mismatches, rounding): (Vec<&Finding>, Vec<&Finding>) = findings
        .iter()
        .partition(|f| f.severity == Severity::Mismatch);
    if format == FormatArg::Json {
        let value = json!({
            "mismatches": mismatches.iter().map(|f| json_finding(f)).collect::<Vec<_>>(),
            "rounding": rounding.iter().map(|f| json_finding(f)).collect::<Vec<_>>(),
        });
        return Ok(serde_json::to_string_pretty(&value)? + "\n");
    }
    let n = |x: f64| number_trim(x, 4, lang);
    let table = |title: String, list: &[&Finding]| {
        let mut s = Section::new(title).columns(&[
            (lang.pick("Số liệu", "Figure"), Align::Left),
            (lang.pick("Kiểm tra", "Check"), Align::Left),
            (lang.pick("Số nêu", "Stated"), Align::Right),
            (lang.pick("Số tính lại", "Computed"), Align::Right),
            (lang.pick("Nguồn", "Source"), Align::Left),
            (lang.pick("Vị trí", "Path"), Align::Left),
        ]);
        for f in list {
            s.rows.push(vec![
                f.subject.get(lang).to_string(),
                f.kind.describe(lang).to_string(),
                n(f.stated),
                n(f.computed),
                format!("{} {}", f.source.id, f.source.section)
                    .trim()
                    .to_string(),
                f.path.clone(),
            ]);
        }
        s
    };
    let mut sections = vec![if mismatches.is_empty() {
        Section::new(lang.pick(
            "Mọi số liệu nêu đều khớp với số tính lại.",
            "Every stated figure matches its recomputation.",
        ))
    } else {
        table(
            match lang {
                Lang::Vi => format!("Số liệu không khớp: {}", mismatches.len()),
                Lang::En => format!("Figures that do not add up: {}", mismatches.len()),
            },
            &mismatches,
        )
    }];
    if !rounding.is_empty() {
        sections.push(
            table(
                match lang {
                    Lang::Vi => format!("Chênh lệch do làm tròn: {}", rounding.len()),
                    Lang::En => format!("Rounding only: {}", rounding.len()),
                },
                &rounding,
            )
            .para(lang.pick(
                "Các số này khớp khi làm tròn số tính lại theo số chữ số thập phân mà nguồn đã in.",
                "These agree once the recomputed value is rounded to the decimals the source printed.",
            )),
        );
    }
    Ok(render(&sections, format))
}
