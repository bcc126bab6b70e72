//! Output of `chiso import` and `chiso export`: what was written, or every problem of the
//! spreadsheet with its sheet, row and column.

use crate::table::{render, Align, Section};
use crate::template::problem::ImportError;
use crate::FormatArg;
use chiso_core::format::Lang;
use chiso_core::model::Dataset;
use std::path::Path;

/// One line saying what a written file holds.
pub fn written(d: &Dataset, path: &Path, lang: Lang) -> String {
    let indicators: usize = d.frameworks.iter().map(|f| f.indicators.len()).sum();
    match lang {
        Lang::Vi => format!(
            "Đã ghi {}: {} bộ chỉ số ({} chỉ số), {} số liệu, {} mục tiêu, {} dòng ngân sách, {} nhiệm vụ, {} nguồn.\n",
            path.display(),
            d.frameworks.len(),
            indicators,
            d.observations.len(),
            d.targets.len(),
            d.budget.len(),
            d.tasks.len(),
            d.sources.len()
        ),
        Lang::En => format!(
            "Wrote {}: {} frameworks ({} indicators), {} observations, {} targets, {} budget lines, {} tasks, {} sources.\n",
            path.display(),
            d.frameworks.len(),
            indicators,
            d.observations.len(),
            d.targets.len(),
            d.budget.len(),
            d.tasks.len(),
            d.sources.len()
        ),
    }
}

/// Every problem of a spreadsheet; nothing was written.
pub fn errors(errors: &[ImportError], lang: Lang, format: FormatArg) -> anyhow::Result<String> {
    if format == FormatArg::Json {
        let list: Vec<_> = errors.iter().map(|e| e.json(lang)).collect();
        let value = serde_json::json!({ "valid": false, "errors": list });
        return Ok(serde_json::to_string_pretty(&value)? + "\n");
    }
    let title = match lang {
        Lang::Vi => format!("Bảng tính có {} lỗi; chưa ghi tệp nào.", errors.len()),
        Lang::En => format!(
            "Errors in the spreadsheet: {}; nothing was written.",
            errors.len()
        ),
    };
    let mut s = Section::new(title).columns(&[
        (lang.pick("Trang tính", "Sheet"), Align::Left),
        (lang.pick("Dòng", "Row"), Align::Right),
        (lang.pick("Cột", "Column"), Align::Left),
        (lang.pick("Yêu cầu", "Expected"), Align::Left),
        (lang.pick("Gặp", "Found"), Align::Left),
    ]);
    for e in errors {
        s.rows.push(vec![
            e.sheet.clone(),
            e.row.map(|r| r.to_string()).unwrap_or_default(),
            e.column
                .as_ref()
                .map(|(i, h)| format!("{} ({h})", crate::template::problem::column_letter(*i)))
                .unwrap_or_default(),
            e.problem.text(lang),
            e.found.clone(),
        ]);
    }
    Ok(render(&[s], format))
}
