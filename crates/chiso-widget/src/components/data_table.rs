//! The exact numbers behind a chart, in a table behind a toggle. Numeric cells carry the raw value
//! (`data-value`) and the report field it comes from (`data-field`), rows their key (`data-key`),
//! and the table the report path (`data-source`): anyone can check the widget against
//! `chiso report --format json`, and the end-to-end tests do.

use crate::dom::El;
use chiso_core::format::decimal::shortest;
use chiso_core::format::{maybe, Lang};
use web_sys::Element;

/// How a figure came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mark {
    /// Official (from a source document), or a plain label.
    #[default]
    None,
    /// Computed by chiso from raw figures.
    Computed,
    /// Illustrative, not official.
    Illustrative,
}

impl Mark {
    /// The mark for a figure's origin and illustrative flag.
    pub fn of(computed: bool, illustrative: bool) -> Mark {
        if illustrative {
            Mark::Illustrative
        } else if computed {
            Mark::Computed
        } else {
            Mark::None
        }
    }

    /// The printed sign: `†` or `*`.
    pub fn sign(self) -> &'static str {
        match self {
            Mark::None => "",
            Mark::Computed => "†",
            Mark::Illustrative => "*",
        }
    }

    /// What the sign means, read by screen readers.
    pub fn meaning(self, lang: Lang) -> &'static str {
        match self {
            Mark::None => "",
            Mark::Computed => lang.pick("(do chiso tính)", "(computed by chiso)"),
            Mark::Illustrative => lang.pick("(số minh họa)", "(illustrative)"),
        }
    }
}

/// One cell.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// What is shown.
    pub text: String,
    /// The report field, for numeric cells.
    pub field: Option<&'static str>,
    /// The raw value of that field.
    pub value: Option<f64>,
    /// Computed or illustrative.
    pub mark: Mark,
}

impl Cell {
    /// A text cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    /// A number from the report, formatted with up to `decimals` decimals (`–` when missing).
    pub fn num(field: &'static str, value: Option<f64>, decimals: usize, lang: Lang) -> Cell {
        Cell {
            text: maybe(value, decimals, lang),
            field: Some(field),
            value,
            mark: Mark::None,
        }
    }

    /// A number shown as `text` (a percentage, an amount), with its raw value.
    pub fn shown(field: &'static str, value: Option<f64>, text: String) -> Cell {
        Cell {
            text,
            field: Some(field),
            value,
            mark: Mark::None,
        }
    }

    /// The same cell with a mark.
    pub fn marked(mut self, mark: Mark) -> Cell {
        self.mark = mark;
        self
    }
}

/// One row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// The key of the report item (`code`, `id`, `agency`...).
    pub key: String,
    /// The cells.
    pub cells: Vec<Cell>,
    /// Highlighted (overdue).
    pub emphasis: bool,
}

/// A table of report items.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Caption.
    pub caption: String,
    /// Path of the items in the report's JSON, e.g. `dti.indicators`.
    pub source: String,
    /// Field of an item that `Row::key` holds.
    pub key_field: &'static str,
    /// Column headers, and whether each is numeric (right-aligned).
    pub columns: Vec<(String, bool)>,
    /// Rows.
    pub rows: Vec<Row>,
}

/// The toggle button's text: what pressing it does, with the table's caption (a view with two
/// tables has two distinct buttons).
pub fn toggle_label(open: bool, caption: &str, lang: Lang) -> String {
    let verb = if open {
        lang.pick("Ẩn bảng", "Hide the table")
    } else {
        lang.pick("Xem bảng", "Show the table")
    };
    format!("{verb}: {caption}")
}

fn cell_el(cell: &Cell, numeric: bool, lang: Lang) -> El {
    let value = cell.value.map(shortest);
    let td = El::new("td")
        .attr_opt("class", numeric.then_some("num"))
        .attr_opt("data-field", cell.field)
        .attr_opt("data-value", value.as_deref())
        .text(&cell.text);
    if cell.mark == Mark::None {
        return td;
    }
    td.child(
        El::new("span")
            .class("mark")
            .attr("aria-hidden", "true")
            .text(cell.mark.sign()),
    )
    .child(El::new("span").class("sr").text(cell.mark.meaning(lang)))
}

/// What the body of a hidden table holds in a render (an open table always has its rows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HiddenRows {
    /// Its rows.
    Built,
    /// None yet: a view's first render, whose rows come once the charts are on screen (see
    /// `App::complete`).
    Later,
    /// The rows of the render before, untouched: a new scenario, whose rows are rebuilt once
    /// the charts are on screen.
    Kept,
}

/// A toggle button and the table it shows (`open` or hidden); `id` is unique in the widget. The
/// widget's delegated `click` listener flips it in place ([`toggle`]). A hidden table's body is
/// built, left empty or kept as it was, as `hidden` says.
pub fn data_table(t: &Table, lang: Lang, id: &str, open: bool, hidden: HiddenRows) -> El {
    let mut head = El::new("tr");
    for (name, numeric) in &t.columns {
        head = head.child(
            El::new("th")
                .attr("scope", "col")
                .attr_opt("class", numeric.then_some("num"))
                .text(name),
        );
    }
    let rows = open || hidden == HiddenRows::Built;
    let mut body = if !open && hidden == HiddenRows::Kept {
        El::kept("tbody")
    } else {
        El::new("tbody")
    };
    for row in t.rows.iter().filter(|_| rows) {
        let mut tr = El::new("tr")
            .attr("data-key", &row.key)
            .attr_opt("class", row.emphasis.then_some("emphasis"));
        for (c, (_, numeric)) in row.cells.iter().zip(t.columns.iter()) {
            tr = tr.child(cell_el(c, *numeric, lang));
        }
        body = body.child(tr);
    }
    El::new("div")
        .class("data")
        .child(
            El::new("button")
                .attr("type", "button")
                .class("toggle")
                .attr("aria-expanded", if open { "true" } else { "false" })
                .attr("aria-controls", id)
                .attr("data-action", "toggle")
                .text(&toggle_label(open, &t.caption, lang)),
        )
        .child(
            El::new("div")
                .class("table-wrap")
                .attr("id", id)
                .flag("hidden", !open)
                .attr("tabindex", "0")
                .attr("role", "region")
                .attr("aria-label", &t.caption)
                .child(
                    El::new("table")
                        .attr("data-source", &t.source)
                        .attr("data-key-field", t.key_field)
                        .child(El::new("caption").text(&t.caption))
                        .child(El::new("thead").child(head))
                        .child(body),
                ),
        )
}

/// Opens or closes the table of a toggle `button` in place (no re-render). Returns the id of the
/// table and whether it is now open.
pub fn toggle(button: &Element, lang: Lang) -> Option<(String, bool)> {
    let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
    let wrap = button.next_element_sibling()?;
    let caption = wrap
        .query_selector("caption")
        .ok()
        .flatten()
        .and_then(|c| c.text_content())
        .unwrap_or_default();
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    button.set_text_content(Some(&toggle_label(open, &caption, lang)));
    if open {
        let _ = wrap.remove_attribute("hidden");
    } else {
        let _ = wrap.set_attribute("hidden", "");
    }
    Some((wrap.id(), open))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaps() -> Table {
        Table {
            caption: "Recoverable gaps".into(),
            source: "dti.gaps".into(),
            key_field: "code",
            columns: vec![("Code".into(), false), ("Points".into(), true)],
            rows: vec![Row {
                key: "6.4".into(),
                cells: vec![
                    Cell::text("6.4"),
                    Cell::num("recoverable", Some(12.5), 2, Lang::En),
                ],
                emphasis: false,
            }],
        }
    }

    #[test]
    fn a_hidden_table_may_wait_for_its_rows_and_an_open_one_never_does() {
        let later = data_table(&gaps(), Lang::En, "table-gaps", false, HiddenRows::Later);
        let text = later.text_content();
        assert!(text.contains("Show the table: Recoverable gaps"), "{text}");
        assert!(text.contains("Points"), "the headers are there: {text}");
        assert!(!text.contains("12.5"), "no rows yet: {text}");
        let hidden = data_table(&gaps(), Lang::En, "table-gaps", false, HiddenRows::Built);
        assert!(hidden.text_content().contains("12.5"));
        let open = data_table(&gaps(), Lang::En, "table-gaps", true, HiddenRows::Later);
        assert!(open.text_content().contains("12.5"));
        let kept = data_table(&gaps(), Lang::En, "table-gaps", false, HiddenRows::Kept);
        assert!(
            !kept.text_content().contains("12.5"),
            "a kept body brings no rows of its own"
        );
        let open = data_table(&gaps(), Lang::En, "table-gaps", true, HiddenRows::Kept);
        assert!(
            open.text_content().contains("12.5"),
            "an open table is never kept"
        );
    }
}
