//! Horizontal bars: one row per item, its label above the bar and its value at the right, so that
//! the chart reads at 320 px as well as on a wall screen.

use super::paint::{Anchor, Painter};
use super::palette::{Fill, Palette, Pattern, Swatch};
use chiso_core::num::clamp;

/// Label size, px.
const LABEL_PX: f64 = 13.0;
/// Height of a row: label line, bar, space.
const ROW_PX: f64 = 44.0;
/// Top of the bar within a row.
const BAR_TOP_PX: f64 = 21.0;
/// Bar thickness.
const BAR_PX: f64 = 14.0;
/// Space above the rows for a shared marker's label.
const MARKER_PX: f64 = 18.0;

/// One bar of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Length in the chart's unit.
    pub len: f64,
    /// Fill.
    pub fill: Fill,
    /// Starts where the previous bar ends (stacked) rather than at zero (overlaid).
    pub stacked: bool,
}

impl Bar {
    /// A bar from zero.
    pub fn new(len: f64, fill: Fill) -> Bar {
        Bar {
            len,
            fill,
            stacked: false,
        }
    }

    /// A bar that continues the previous one.
    pub fn then(len: f64, fill: Fill) -> Bar {
        Bar {
            len,
            fill,
            stacked: true,
        }
    }
}

/// One row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarRow {
    /// Text above the bar (shortened with an ellipsis when too long; the table has it in full).
    pub label: String,
    /// Text at the right of the label line: the row's figures.
    pub value: String,
    /// Length of the background track (the maximum), if any.
    pub track: Option<f64>,
    /// The bars, drawn in order.
    pub bars: Vec<Bar>,
    /// A tick across the bar (a row's own target).
    pub tick: Option<f64>,
    /// The row's own full-scale value, for rows that do not share a unit.
    pub scale: Option<f64>,
    /// Bold label (overdue, the province itself).
    pub emphasis: bool,
}

/// Horizontal bars.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarChart {
    /// The rows, top to bottom.
    pub rows: Vec<BarRow>,
    /// The value at the full width, shared by the rows.
    pub scale: f64,
    /// A vertical line across every row (a shared target), with its label.
    pub marker: Option<(f64, String)>,
}

impl BarChart {
    /// Height for a width (independent of it: rows are a fixed height).
    pub fn height(&self, _width: f64) -> f64 {
        let top = if self.marker.is_some() {
            MARKER_PX
        } else {
            0.0
        };
        #[allow(clippy::cast_precision_loss)]
        let rows = self.rows.len().max(1) as f64;
        top + rows * ROW_PX
    }

    /// The chart cut to `max_height` CSS px: the first rows that fit, then one row saying how many
    /// more there are (`more(n)`); `None` when the whole chart fits. At least one row is kept.
    pub fn clipped(&self, max_height: f64, more: &dyn Fn(usize) -> String) -> Option<BarChart> {
        if self.rows.len() < 2 || self.height(0.0) <= max_height {
            return None;
        }
        let top = if self.marker.is_some() {
            MARKER_PX
        } else {
            0.0
        };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let fit = ((max_height - top) / ROW_PX).floor().max(0.0) as usize;
        let keep = fit
            .saturating_sub(1)
            .clamp(1, self.rows.len().saturating_sub(1));
        let hidden = self.rows.len() - keep;
        let mut rows: Vec<BarRow> = self.rows.iter().take(keep).cloned().collect();
        rows.push(BarRow {
            label: more(hidden),
            ..BarRow::default()
        });
        Some(BarChart {
            rows,
            scale: self.scale,
            marker: self.marker.clone(),
        })
    }

    /// Draws the rows: first every text, grouped by alignment and weight, then the tracks, the
    /// bars and the ticks. Rows do not overlap and within a row the order of layers is kept, so
    /// the picture is the one drawn row by row, with a few changes of the canvas's font,
    /// alignment and fill instead of several per row (each a call into the browser).
    pub fn draw<P: Painter>(&self, p: &mut P, width: f64, palette: &Palette) {
        let fg = palette.rgb(Swatch::Fg);
        let top = if self.marker.is_some() {
            MARKER_PX
        } else {
            0.0
        };
        let right = width - 1.0;
        #[allow(clippy::cast_precision_loss)]
        let row_y = |i: usize| top + i as f64 * ROW_PX;
        let labels = chiso_core::lists::map(&self.rows, |row| {
            let value_w = p.measure(&zero_digits(&row.value), LABEL_PX);
            p.fit(&row.label, (right - value_w - 10.0).max(20.0), LABEL_PX)
        });
        for (anchor, bold) in [
            (Anchor::Left, false),
            (Anchor::Left, true),
            (Anchor::Right, false),
            (Anchor::Right, true),
        ] {
            for (i, row) in self.rows.iter().enumerate() {
                if row.emphasis != bold {
                    continue;
                }
                let (text, x) = match (anchor, labels.get(i)) {
                    (Anchor::Left, Some(label)) => (label, 0.0),
                    _ => (&row.value, right),
                };
                p.text(text, (x, row_y(i) + 9.0), LABEL_PX, fg, anchor, bold);
            }
        }
        let x = |row: &BarRow, v: f64| {
            let scale = row.scale.unwrap_or(self.scale);
            if scale > 0.0 && v.is_finite() {
                clamp(v / scale, 0.0, 1.0) * right
            } else {
                0.0
            }
        };
        let bar_y = |i: usize| (row_y(i) + BAR_TOP_PX, row_y(i) + BAR_TOP_PX + BAR_PX);
        for (i, row) in self.rows.iter().enumerate() {
            if let Some(track) = row.track {
                let (y0, y1) = bar_y(i);
                p.rect(
                    (0.0, y0),
                    (x(row, track), y1),
                    palette.rgb(Swatch::Track),
                    true,
                );
            }
        }
        for (i, row) in self.rows.iter().enumerate() {
            let (y0, y1) = bar_y(i);
            let mut end = 0.0;
            for bar in &row.bars {
                let start = if bar.stacked { end } else { 0.0 };
                let to = start + x(row, bar.len);
                end = to;
                if bar.len > 0.0 {
                    paint_bar(p, (start, y0), (to.max(start + 2.0), y1), bar.fill, palette);
                }
            }
        }
        for (i, row) in self.rows.iter().enumerate() {
            if let Some(tick) = row.tick {
                let (y0, y1) = bar_y(i);
                let tx = x(row, tick).max(1.0);
                p.path(&[(tx, y0 - 4.0), (tx, y1 + 4.0)], fg, 2.0);
            }
        }
        if let Some((at, label)) = &self.marker {
            let mx = if self.scale > 0.0 {
                clamp(at / self.scale, 0.0, 1.0) * right
            } else {
                0.0
            };
            let bottom = self.height(width);
            p.path(&[(mx, MARKER_PX - 2.0), (mx, bottom)], fg, 2.0);
            let anchor = if mx > width / 2.0 {
                Anchor::Right
            } else {
                Anchor::Left
            };
            let lx = if anchor == Anchor::Right {
                mx - 4.0
            } else {
                mx + 4.0
            };
            p.text(label, (lx, 8.0), 12.0, fg, anchor, true);
        }
    }
}

/// `text` with every digit written as `0`: the room a value takes, measured once per shape
/// ("42,4 trên 50" and "38,6 trên 50" alike) rather than once per value, since the values
/// change at every slider step. `0` is as wide as any digit in fonts with tabular figures
/// and among the widest in the others; the label keeps a 10 px gap besides.
fn zero_digits(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

/// A rectangle in a fill: solid, stripes over a light wash, or an outline.
pub fn paint_bar<P: Painter>(
    p: &mut P,
    from: (f64, f64),
    to: (f64, f64),
    fill: Fill,
    palette: &Palette,
) {
    let color = palette.rgb(fill.swatch);
    match fill.pattern {
        Pattern::Solid => p.rect(from, to, color, true),
        Pattern::Outline => {
            p.rect(from, to, color, false);
            p.rect(
                (from.0 + 1.0, from.1 + 1.0),
                (to.0 - 1.0, to.1 - 1.0),
                color,
                false,
            );
        }
        Pattern::Stripes => {
            p.rect(from, to, color, false);
            let mut x = from.0 + 2.0;
            while x < to.0 - 1.0 {
                p.path(&[(x, from.1), (x, to.1)], color, 2.0);
                x += 5.0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::paint::Recorder;

    #[test]
    fn each_row_draws_its_label_value_and_bars_within_the_width() {
        let chart = BarChart {
            rows: vec![
                BarRow {
                    label: "6 Digital government activity".into(),
                    value: "82.17 / 200".into(),
                    track: Some(200.0),
                    bars: vec![
                        Bar::new(82.17, Fill::solid(Swatch::Good)),
                        Bar::then(77.83, Fill::stripes(Swatch::Bad)),
                    ],
                    ..BarRow::default()
                },
                BarRow {
                    label: "1 Digital awareness".into(),
                    value: "no data".into(),
                    track: Some(50.0),
                    ..BarRow::default()
                },
            ],
            scale: 200.0,
            marker: Some((150.0, "target".into())),
        };
        let mut r = Recorder::default();
        chart.draw(&mut r, 320.0, &Palette::default());
        // The labels in row order, then the values (texts are drawn grouped by alignment).
        assert_eq!(
            r.texts[..4],
            [
                "6 Digital government activity",
                "1 Digital awareness",
                "82.17 / 200",
                "no data"
            ]
        );
        assert!(r.texts.contains(&"target".to_string()));
        assert!(r.max_x <= 320.0 && r.max_y <= chart.height(320.0));
        assert!(r.shapes > 5);
    }

    #[test]
    fn a_value_takes_the_room_of_its_shape_so_new_values_need_no_new_measurement() {
        assert_eq!(zero_digits("42,4 trên 50"), "00,0 trên 00");
        assert_eq!(zero_digits("38,6 trên 50"), zero_digits("42,4 trên 50"));
        assert_eq!(zero_digits("no data"), "no data");
    }

    fn rows(n: usize) -> BarChart {
        BarChart {
            rows: (1..=n)
                .map(|i| BarRow {
                    label: format!("gap {i}"),
                    value: format!("{i}"),
                    track: Some(10.0),
                    ..BarRow::default()
                })
                .collect(),
            scale: 10.0,
            marker: None,
        }
    }

    #[test]
    fn a_wall_screen_shows_the_largest_gaps_that_fit_and_says_how_many_more() {
        let chart = rows(23);
        let more = |n: usize| format!("+{n} more");
        // Room for 9 rows of 44 px: 8 rows and the "more" row.
        let cut = chart.clipped(9.0 * ROW_PX + 5.0, &more).expect("cut");
        assert_eq!(cut.rows.len(), 9);
        assert_eq!(cut.rows[7].label, "gap 8");
        assert_eq!(cut.rows[8].label, "+15 more");
        assert!(cut.rows[8].bars.is_empty() && cut.rows[8].track.is_none());
        assert!(cut.height(0.0) <= 9.0 * ROW_PX + 5.0);
        let mut r = Recorder::default();
        cut.draw(&mut r, 960.0, &Palette::default());
        assert!(r.texts.contains(&"+15 more".to_string()));
    }

    #[test]
    fn a_chart_that_fits_is_not_cut_and_a_tiny_room_keeps_one_row() {
        let more = |n: usize| format!("+{n}");
        assert_eq!(rows(5).clipped(5.0 * ROW_PX, &more), None);
        assert_eq!(rows(1).clipped(1.0, &more), None);
        let cut = rows(5).clipped(10.0, &more).expect("cut");
        assert_eq!(
            chiso_core::lists::map(&cut.rows, |r| r.label.as_str()),
            ["gap 1", "+4"]
        );
    }
}
