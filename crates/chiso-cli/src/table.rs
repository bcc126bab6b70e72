//! Sections of titled tables, rendered as aligned text or as Markdown. One layout, two outputs.

use crate::FormatArg;

/// Column alignment.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text.
    Left,
    /// Numbers.
    Right,
}

/// A titled block: paragraphs then an optional table.
pub struct Section {
    /// Heading.
    pub title: String,
    /// Paragraphs before the table.
    pub paragraphs: Vec<String>,
    /// Column headers with their alignment.
    pub columns: Vec<(String, Align)>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
}

impl Section {
    /// A section with a heading and nothing else yet.
    pub fn new(title: impl Into<String>) -> Section {
        Section {
            title: title.into(),
            paragraphs: Vec::new(),
            columns: Vec::new(),
            rows: Vec::new(),
        }
    }

    /// Adds a paragraph.
    pub fn para(mut self, text: impl Into<String>) -> Section {
        self.paragraphs.push(text.into());
        self
    }

    /// Sets the columns.
    pub fn columns(mut self, columns: &[(&str, Align)]) -> Section {
        self.columns = columns.iter().map(|(c, a)| (c.to_string(), *a)).collect();
        self
    }
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn pad(cell: &str, w: usize, align: Align) -> String {
    let fill = " ".repeat(w.saturating_sub(width(cell)));
    match align {
        Align::Left => format!("{cell}{fill}"),
        Align::Right => format!("{fill}{cell}"),
    }
}

fn md_escape(cell: &str) -> String {
    cell.replace('|', "\\|").replace('\n', " ")
}

/// Renders sections as text or Markdown (JSON is not a table format).
pub fn render(sections: &[Section], format: FormatArg) -> String {
    let mut out = String::new();
    for (k, s) in sections.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        match format {
            FormatArg::Md => out.push_str(&format!("## {}\n\n", s.title)),
            _ => out.push_str(&format!("{}\n{}\n", s.title, "=".repeat(width(&s.title)))),
        }
        for p in &s.paragraphs {
            out.push_str(p);
            out.push_str("\n\n");
        }
        if s.columns.is_empty() {
            continue;
        }
        let mut widths: Vec<usize> = s.columns.iter().map(|(c, _)| width(c)).collect();
        for row in &s.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(width(cell));
            }
        }
        let line = |cells: &mut dyn Iterator<Item = (usize, &String)>| -> String {
            let parts: Vec<String> = cells
                .map(|(i, cell)| {
                    let (w, a) = (
                        widths.get(i).copied().unwrap_or(0),
                        s.columns.get(i).map_or(Align::Left, |c| c.1),
                    );
                    match format {
                        FormatArg::Md => md_escape(cell),
                        _ => pad(cell, w, a),
                    }
                })
                .collect();
            match format {
                FormatArg::Md => format!("| {} |\n", parts.join(" | ")),
                _ => format!("{}\n", parts.join("  ").trim_end()),
            }
        };
        let headers: Vec<String> = s.columns.iter().map(|(c, _)| c.clone()).collect();
        out.push_str(&line(&mut headers.iter().enumerate()));
        match format {
            FormatArg::Md => {
                let rule: Vec<&str> = s
                    .columns
                    .iter()
                    .map(|(_, a)| if *a == Align::Right { "--:" } else { "---" })
                    .collect();
                out.push_str(&format!("| {} |\n", rule.join(" | ")));
            }
            _ => {
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                out.push_str(&format!("{}\n", rule.join("  ")));
            }
        }
        for row in &s.rows {
            out.push_str(&line(&mut row.iter().enumerate()));
        }
    }
    out
}
