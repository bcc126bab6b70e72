//! Lines over a categorical x axis (months): cumulative disbursement against the roadmap and an
//! even pace. Each series has its own marker shape and dash, so colour never carries it alone.

use super::paint::{Anchor, Painter};
use super::palette::{Palette, Swatch};

/// Height of the plot, px.
const PLOT_PX: f64 = 220.0;
/// Space under the plot for the x labels.
const X_LABELS_PX: f64 = 24.0;
/// Space above the plot.
const TOP_PX: f64 = 10.0;
/// Tick label size.
const TICK_PX: f64 = 12.0;

/// How a series' points are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// No marks.
    None,
    /// Filled circles.
    Dot,
    /// Filled squares.
    Square,
}

/// One line.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Name (the legend is HTML, next to the chart).
    pub name: String,
    /// Colour.
    pub swatch: Swatch,
    /// Dashed line.
    pub dashed: bool,
    /// Point marks.
    pub mark: Mark,
    /// Line width, px.
    pub width: f64,
    /// One value per x label; `None` leaves a gap.
    pub points: Vec<Option<f64>>,
}

/// Lines with a y axis of round ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// Labels of the x positions.
    pub x_labels: Vec<String>,
    /// The lines.
    pub series: Vec<Series>,
    /// Top of the y axis.
    pub y_max: f64,
    /// Ticks of the y axis with their labels.
    pub y_ticks: Vec<(f64, String)>,
}

/// Round tick values from 0 to at least `max` (about five of them): steps of 1, 2 or 5 × 10ⁿ.
pub fn nice_ticks(max: f64) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0, 1.0];
    }
    let raw = max / 5.0;
    // `powi`, not `powf`: libm's `pow` is 1.2 KB of wasm; 10ⁿ is exact either way up to n = 22.
    #[allow(clippy::cast_possible_truncation)]
    let magnitude = 10f64.powi(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|k| k * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let mut ticks = vec![0.0];
    let mut v = 0.0;
    while v < max - 1e-9 * max {
        v += step;
        ticks.push(v);
    }
    ticks
}

impl LineChart {
    /// A chart whose y axis covers every point, tick labels written by `label(tick, top tick)`
    /// (so that every tick can share the unit of the largest).
    pub fn new(
        x_labels: Vec<String>,
        series: Vec<Series>,
        label: impl Fn(f64, f64) -> String,
    ) -> Self {
        let max = series
            .iter()
            .flat_map(|s| s.points.iter().flatten())
            .copied()
            .fold(0.0, f64::max);
        let ticks = nice_ticks(max);
        let y_max = ticks.last().copied().unwrap_or(1.0);
        LineChart {
            x_labels,
            series,
            y_max,
            y_ticks: ticks.into_iter().map(|t| (t, label(t, y_max))).collect(),
        }
    }

    /// Height for a width (fixed).
    pub fn height(&self, _width: f64) -> f64 {
        TOP_PX + PLOT_PX + X_LABELS_PX
    }

    /// Draws axes, grid, lines and marks.
    pub fn draw<P: Painter>(&self, p: &mut P, width: f64, palette: &Palette) {
        let (fg, muted, grid) = (
            palette.rgb(Swatch::Fg),
            palette.rgb(Swatch::Muted),
            palette.rgb(Swatch::Grid),
        );
        let left = self
            .y_ticks
            .iter()
            .map(|(_, l)| p.measure(l, TICK_PX))
            .fold(0.0, f64::max)
            + 8.0;
        let right = width - 4.0;
        let (top, bottom) = (TOP_PX, TOP_PX + PLOT_PX);
        let y = |v: f64| {
            if self.y_max > 0.0 {
                bottom - chiso_core::num::clamp(v / self.y_max, 0.0, 1.0) * PLOT_PX
            } else {
                bottom
            }
        };
        for (v, label) in &self.y_ticks {
            let ty = y(*v);
            p.path(&[(left, ty), (right, ty)], grid, 1.0);
            p.text(
                label,
                (left - 6.0, ty),
                TICK_PX,
                muted,
                Anchor::Right,
                false,
            );
        }
        p.path(&[(left, top), (left, bottom), (right, bottom)], fg, 1.0);
        #[allow(clippy::cast_precision_loss)]
        let n = self.x_labels.len().max(1) as f64;
        let step = (right - left) / n;
        #[allow(clippy::cast_precision_loss)]
        let x = |i: usize| left + (i as f64 + 0.5) * step;
        let every = if step >= 30.0 { 1 } else { 2 };
        for (i, label) in self.x_labels.iter().enumerate() {
            if i % every == 0 {
                p.text(
                    label,
                    (x(i), bottom + 13.0),
                    TICK_PX,
                    muted,
                    Anchor::Center,
                    false,
                );
            }
        }
        for s in &self.series {
            let color = palette.rgb(s.swatch);
            let mut run: Vec<(f64, f64)> = Vec::new();
            let mut runs = Vec::new();
            for (i, v) in s.points.iter().enumerate() {
                match v {
                    Some(v) => run.push((x(i), y(*v))),
                    None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                    None => {}
                }
            }
            runs.push(run);
            for run in &runs {
                if s.dashed {
                    for dash in dashes(run, 7.0, 5.0) {
                        p.path(&dash, color, s.width);
                    }
                } else if run.len() > 1 {
                    p.path(run, color, s.width);
                }
                for &pt in run {
                    match s.mark {
                        Mark::Dot => p.dot(pt, 4.0, color),
                        Mark::Square => p.rect(
                            (pt.0 - 4.0, pt.1 - 4.0),
                            (pt.0 + 4.0, pt.1 + 4.0),
                            color,
                            true,
                        ),
                        Mark::None => {}
                    }
                }
            }
        }
    }
}

/// A polyline cut into dashes of `on` px separated by `off` px.
fn dashes(points: &[(f64, f64)], on: f64, off: f64) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    let (mut drawing, mut left) = (true, on);
    for pair in points.windows(2) {
        let [(x0, y0), (x1, y1)] = pair else { continue };
        // Not `hypot` (its overflow guard is libm code in the wasm; pixel lengths cannot overflow).
        let (dx, dy) = (x1 - x0, y1 - y0);
        let length = (dx * dx + dy * dy).sqrt();
        let mut t = 0.0;
        if drawing && current.is_empty() {
            current.push((*x0, *y0));
        }
        while length > 0.0 && t < length {
            let advance = left.min(length - t);
            t += advance;
            left -= advance;
            let point = (x0 + (x1 - x0) * t / length, y0 + (y1 - y0) * t / length);
            if drawing {
                current.push(point);
            }
            if left <= 0.0 {
                if drawing {
                    out.push(std::mem::take(&mut current));
                } else {
                    current.push(point);
                }
                drawing = !drawing;
                left = if drawing { on } else { off };
            }
        }
    }
    if current.len() > 1 {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::paint::Recorder;

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(nice_ticks(85.6), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(nice_ticks(604_030.0).last(), Some(&800_000.0));
        assert_eq!(nice_ticks(0.0), vec![0.0, 1.0]);
    }

    #[test]
    fn tick_magnitudes_are_the_powers_of_ten_powf_gave() {
        for n in -12..=15 {
            assert_eq!(10f64.powi(n), 10f64.powf(f64::from(n)), "10^{n}");
        }
    }

    #[test]
    fn a_series_with_gaps_draws_its_runs_and_the_axes() {
        let chart = LineChart::new(
            (1..=12).map(|m| m.to_string()).collect(),
            vec![Series {
                name: "disbursed".into(),
                swatch: Swatch::Series(0),
                dashed: true,
                mark: Mark::Dot,
                width: 3.0,
                points: vec![Some(1.0), Some(5.0), Some(9.0), None, None],
            }],
            |v, _| format!("{v}"),
        );
        let mut r = Recorder::default();
        chart.draw(&mut r, 360.0, &Palette::default());
        assert!(r.texts.contains(&"10".to_string()));
        assert!(r.max_x <= 360.0 && r.max_y <= chart.height(360.0));
        assert!(!dashes(&[(0.0, 0.0), (100.0, 0.0)], 7.0, 5.0).is_empty());
    }
}
