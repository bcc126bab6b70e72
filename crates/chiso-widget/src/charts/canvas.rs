//! Drawing a [`Chart`] onto a `<canvas>` handed over from a `NodeRef` (plotters-canvas cannot find
//! a canvas inside a shadow root by id): sized to its container, scaled by `devicePixelRatio` so it
//! is crisp on HiDPI screens, coloured from the theme's CSS custom properties.

use super::paint::{BackendPainter, FONT_FAMILY};
use super::palette::{Palette, CSS_VARS};
use super::Chart;
use crate::load::js_message;
use plotters_canvas::CanvasBackend;
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
    Some(crate::load::number(value.trim())).filter(|w| *w >= 200.0)
}

/// Sizes the canvas to its parent's width and draws the chart. Returns the CSS width drawn.
pub fn paint(canvas: &HtmlCanvasElement, chart: &Chart) -> Result<f64, String> {
    let window = web_sys::window().ok_or("no window")?;
    let width = canvas
        .parent_element()
        .map_or(0, |p| p.client_width())
        .max(200);
    let width = f64::from(width);
    // A theme may lay charts out at a narrower width (`--chiso-chart-width`, the wall screen's)
    // and scale them up to the container: larger type, still drawn at device pixels.
    let layout = chart_width(canvas).map_or(width, |w| w.min(width));
    let scale = width / layout;
    let height = chart.height(layout);
    let dpr = window.device_pixel_ratio().clamp(1.0, 4.0);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let device = |css: f64| (css * dpr).round() as u32;
    canvas.set_width(device(width));
    canvas.set_height(device(height * scale));
    let style = canvas.style();
    style
        .set_property("height", &format!("{}px", height * scale))
        .map_err(|e| js_message(&e))?;
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| js_message(&e))?
        .ok_or("no 2d context")?
        .dyn_into()
        .map_err(|_| "not a 2d context")?;
    // Setting the size reset the context; draw in CSS pixels from here on.
    context
        .set_transform(dpr * scale, 0.0, 0.0, dpr * scale, 0.0, 0.0)
        .map_err(|e| js_message(&e))?;
    context.clear_rect(0.0, 0.0, layout, height);
    let palette = palette_of(canvas);
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no canvas backend")?;
    let measure = |text: &str, size: f64| {
        context.set_font(&format!("normal {size}px {FONT_FAMILY}"));
        context.measure_text(text).map_or(0.0, |m| m.width())
    };
    let mut painter = BackendPainter::new(backend, measure);
    chart.draw(&mut painter, layout, &palette);
    painter.finish()?;
    Ok(width)
}
