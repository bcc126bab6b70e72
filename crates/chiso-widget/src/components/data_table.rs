//! The exact numbers behind a chart, in a table behind a toggle. Numeric cells carry the raw value
//! (`data-value`) and the report field it comes from (`data-field`), rows their key (`data-key`),
//! and the table the report path (`data-source`): anyone can check the widget against
//! `chiso report --format json`, and the end-to-end tests do.

use chiso_core::format::{maybe, Lang};
use std::rc::Rc;
use yew::prelude::*;

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

/// Props of [`DataTable`].
#[derive(Properties, Clone)]
pub struct DataTableProps {
    /// The table.
    pub table: Rc<Table>,
    /// Language of the toggle.
    pub lang: Lang,
    /// Id of the table element, unique in the widget.
    pub id: AttrValue,
}

impl PartialEq for DataTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.table, &other.table) && self.lang == other.lang && self.id == other.id
    }
}

fn cell_html(cell: &Cell, numeric: bool, lang: Lang) -> Html {
    let class = if numeric { Some("num") } else { None };
    let value = cell.value.map(|v| v.to_string());
    html! {
        <td class={class} data-field={cell.field} data-value={value}>
            { cell.text.clone() }
            if cell.mark != Mark::None {
                <span class="mark" aria-hidden="true">{ cell.mark.sign() }</span>
                <span class="sr">{ cell.mark.meaning(lang) }</span>
            }
        </td>
    }
}

/// A toggle button and the table it shows.
#[function_component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let open = use_state(|| false);
    let lang = props.lang;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let t = &props.table;
    // The caption is part of the label: a view with two tables has two distinct buttons.
    let label = if *open {
        format!("{}: {}", lang.pick("Ẩn bảng", "Hide the table"), t.caption)
    } else {
        format!("{}: {}", lang.pick("Xem bảng", "Show the table"), t.caption)
    };
    html! {
        <div class="data">
            <button type="button" class="toggle" aria-expanded={(*open).to_string()}
                aria-controls={props.id.clone()} onclick={toggle}>{ label }</button>
            <div class="table-wrap" id={props.id.clone()} hidden={!*open} tabindex="0" role="region"
                aria-label={t.caption.clone()}>
                <table data-source={t.source.clone()} data-key-field={t.key_field}>
                    <caption>{ t.caption.clone() }</caption>
                    <thead><tr>
                        { for t.columns.iter().map(|(name, numeric)| html! {
                            <th scope="col" class={numeric.then_some("num")}>{ name.clone() }</th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for t.rows.iter().map(|row| html! {
                            <tr data-key={row.key.clone()} class={row.emphasis.then_some("emphasis")}>
                                { for row.cells.iter().zip(t.columns.iter()).map(|(c, (_, numeric))| cell_html(c, *numeric, lang)) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
