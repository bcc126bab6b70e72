//! Drawing a [`Chart`] onto a `<canvas>` element (held by the widget; a canvas in a shadow root
//! cannot be found by id): sized to its container, scaled by `devicePixelRatio` so it
//! is crisp on HiDPI screens, coloured from the theme's CSS custom properties.

use super::paint::CanvasPainter;
use super::palette::{Palette, CSS_VARS};
use super::Chart;
use crate::load::js_message;
use wasm_bindgen::JsCast as _;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The palette of the theme in force on `element` (custom properties inherit into the shadow
/// root, so a page can restyle the charts with `chiso-widget { --chiso-c1: … }`).
pub fn palette_of(element: &web_sys::Element) -> Palette {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(element).ok().flatten())
    else {
        return Palette::default();
    };
    let values: Vec<String> = CSS_VARS
        .iter()
        .map(|name| style.get_property_value(name).unwrap_or_default())
        .collect();
    Palette::from_values(&values)
}

/// The layout width of charts set by the theme (`--chiso-chart-width: 720`), if any.
fn chart_width(element: &web_sys::Element) -> Option<f64> {
    let style = web_sys::window()?.get_computed_style(element).ok()??;
    let value = style.get_property_value("--chiso-chart-width").ok()?;
    crate::load::number_text(&value).filter(|w| *w >= 200.0)
}

/// What a paint reads from the page's style: the theme's palette and layout width. Read once
/// for all the canvases of a render (each read of computed style may recalculate styles).
#[derive(Debug, Clone)]
pub struct Look {
    palette: Palette,
    chart_width: Option<f64>,
}

impl Look {
    /// The look in force on `element` (any element inside the widget).
    pub fn of(element: &web_sys::Element) -> Look {
        Look {
            palette: palette_of(element),
            chart_width: chart_width(element),
        }
    }
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
    let scale = width / layout;
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
