//! Drawing a [`Chart`] onto a `<canvas>` element (held by the widget; a canvas in a shadow root
//! cannot be found by id): sized to its container, scaled by `devicePixelRatio` so it
//! is crisp on HiDPI screens, coloured from the theme's CSS custom properties.

use super::paint::CanvasPainter;
use super::palette::{Palette, CSS_VARS};
use super::Chart;
use crate::load::js_message;
use chiso_core::format::Lang;
use wasm_bindgen::JsCast as _;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The palette of the theme (custom properties inherit into the shadow root, so a page can
/// restyle the charts with `chiso-widget { --chiso-c1: … }`).
fn palette_of(style: &web_sys::CssStyleDeclaration) -> Palette {
    let values: Vec<String> = chiso_core::lists::map(&CSS_VARS, |name| {
        style.get_property_value(name).unwrap_or_default()
    });
    Palette::from_values(&values)
}

/// The layout width of charts set by the theme (`--chiso-chart-width: 720`), if any.
fn chart_width(style: &web_sys::CssStyleDeclaration) -> Option<f64> {
    let value = style.get_property_value("--chiso-chart-width").ok()?;
    crate::load::number_text(&value).filter(|w| *w >= 200.0)
}

/// Whether the theme fits charts to the height left in their panel (`--chiso-chart-fit:
/// height`, the wall screen's, where nothing scrolls).
fn fits_height(style: &web_sys::CssStyleDeclaration) -> bool {
    style
        .get_property_value("--chiso-chart-fit")
        .is_ok_and(|v| v.trim() == "height")
}

/// What a paint reads from the page's style: the theme's palette, layout width and fit, and the
/// widget's language. Read once for all the canvases of a render (each read of computed style may
/// recalculate styles).
#[derive(Debug, Clone)]
pub struct Look {
    palette: Palette,
    chart_width: Option<f64>,
    fit_height: bool,
    lang: Lang,
}

impl Look {
    /// The look in force on `element` (any element inside the widget).
    pub fn of(element: &web_sys::Element) -> Look {
        let lang = element
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Lang::parse(&l))
            .unwrap_or(Lang::Vi);
        // One computed style for every property read (each read may recalculate styles).
        let Some(style) =
            web_sys::window().and_then(|w| w.get_computed_style(element).ok().flatten())
        else {
            return Look {
                palette: Palette::default(),
                chart_width: None,
                fit_height: false,
                lang,
            };
        };
        Look {
            palette: palette_of(&style),
            chart_width: chart_width(&style),
            fit_height: fits_height(&style),
            lang,
        }
    }
}

/// Smallest scale a wall screen shrinks a chart to before cutting rows: labels stay at least
/// 18 px (13 px × 1.4), readable across the room.
const MIN_FIT_SCALE: f64 = 1.4;

/// The room a chart has on a screen that does not scroll: from the canvas's top to its panel's
/// bottom (CSS px), if the canvas is in a panel. Reads the layout.
fn room_below(canvas: &HtmlCanvasElement) -> Option<f64> {
    let panel = canvas.closest(".panel").ok()??;
    let room =
        panel.get_bounding_client_rect().bottom() - canvas.get_bounding_client_rect().top() - 8.0;
    (room > 0.0).then_some(room)
}

/// Smallest scale a wall screen shrinks a chart that cannot be cut (lines) to: better small
/// than cut off below the screen's edge.
const MIN_SHRINK_SCALE: f64 = 0.8;

/// The scale and chart that fit `room` CSS px: shrunk (never up; bars down to
/// [`MIN_FIT_SCALE`], then cut to the rows that fit with a row saying how many more; lines down to
/// [`MIN_SHRINK_SCALE`]).
fn fit(chart: &Chart, layout: f64, scale: f64, room: f64, lang: Lang) -> (f64, Option<Chart>) {
    let height = chart.height(layout);
    if height * scale <= room {
        return (scale, None);
    }
    let more = |n: usize| match lang {
        Lang::Vi => format!("… và {n} dòng nữa"),
        Lang::En => format!("… and {n} more rows"),
    };
    let floor = match chart {
        Chart::Bars(c) if c.rows.len() > 1 => MIN_FIT_SCALE,
        _ => MIN_SHRINK_SCALE,
    };
    let scale = (room / height).max(floor.min(scale));
    (scale, chart.clipped(room / scale, &more))
}

/// The CSS width a canvas is drawn at: its container's (at least 200). Reading it right after
/// the DOM changed forces a layout: callers that know the width use [`paint_at`].
pub fn container_width(canvas: &HtmlCanvasElement) -> f64 {
    f64::from(
        canvas
            .parent_element()
            .map_or(0, |p| p.client_width())
            .max(200),
    )
}

/// Sizes the canvas to its parent's width and draws the chart. Returns the CSS width drawn.
pub fn paint(canvas: &HtmlCanvasElement, chart: &Chart) -> Result<f64, String> {
    paint_at(canvas, chart, container_width(canvas), &Look::of(canvas))
}

/// Draws the chart at a known CSS `width` with a known `look`: no layout or style read.
pub fn paint_at(
    canvas: &HtmlCanvasElement,
    chart: &Chart,
    width: f64,
    look: &Look,
) -> Result<f64, String> {
    let window = web_sys::window().ok_or("no window")?;
    // A theme may lay charts out at a narrower width (`--chiso-chart-width`, the wall screen's)
    // and scale them up to the container: larger type, still drawn at device pixels.
    let layout = look.chart_width.map_or(width, |w| w.min(width));
    let mut scale = width / layout;
    let mut cut = None;
    if look.fit_height {
        if let Some(room) = room_below(canvas) {
            (scale, cut) = fit(chart, layout, scale, room, look.lang);
        }
    }
    // How many rows a wall screen left out (`data-hidden-rows`), for the tests and the page.
    match &cut {
        Some(Chart::Bars(c)) => {
            let hidden = match chart {
                Chart::Bars(all) => all.rows.len() + 1 - c.rows.len(),
                Chart::Lines(_) => 0,
            };
            let _ = canvas.set_attribute("data-hidden-rows", &hidden.to_string());
        }
        _ => {
            let _ = canvas.remove_attribute("data-hidden-rows");
        }
    }
    let chart = cut.as_ref().unwrap_or(chart);
    let layout = width / scale;
    let height = chart.height(layout);
    let dpr = chiso_core::num::clamp(window.device_pixel_ratio(), 1.0, 4.0);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let device = |css: f64| (css * dpr).round() as u32;
    // A canvas keeps its bitmap when its size is unchanged (a slider step): setting the size
    // anyway would reallocate it and restyle the element for nothing.
    let (w, h) = (device(width), device(height * scale));
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let style = canvas.style();
    let css_height = format!(
        "{}px",
        chiso_core::format::decimal::shortest(height * scale)
    );
    if style.get_property_value("height").ok().as_deref() != Some(css_height.as_str()) {
        style
            .set_property("height", &css_height)
            .map_err(|e| js_message(&e))?;
    }
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| js_message(&e))?
        .ok_or("no 2d context")?
        .dyn_into()
        .map_err(|_| "not a 2d context")?;
    // Drawn between save and restore, so that the next paint starts from the default state as
    // after a resize; in CSS pixels from here on.
    context.save();
    context
        .set_transform(dpr * scale, 0.0, 0.0, dpr * scale, 0.0, 0.0)
        .map_err(|e| js_message(&e))?;
    context.clear_rect(0.0, 0.0, layout, height);
    let mut painter = CanvasPainter::new(context.clone());
    chart.draw(&mut painter, layout, &look.palette);
    context.restore();
    Ok(width)
}
