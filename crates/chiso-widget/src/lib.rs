//! chiso-widget: the embeddable widget. It holds no formulas: it loads a published file, asks
//! `chiso-core` for the report, and draws the answer (real DOM nodes built by [`dom`], charts drawn on a canvas 2D context).
//!
//! Three ways in, all through [`mount::Widget`]: the `<chiso-widget>` element
//! ([`custom_element`]), the JS API `mount()` ([`mount::mount_widget`], wrapped by
//! `pkg/chiso-widget.js`), and the iframe page `www/embed.html`.

pub mod app;
pub mod cache;
pub mod charts;
pub mod components;
pub mod custom_element;
pub mod dom;
pub mod error;
pub mod fetch;
pub mod load;
pub mod mount;
pub mod options;
pub mod refresh;
pub mod rotate;
pub mod scene;
pub mod session;
pub mod url;
pub mod view;
pub mod views;

use wasm_bindgen::prelude::*;

/// Runs when the module is initialised: defines `<chiso-widget>`.
#[wasm_bindgen(start)]
pub fn start() {
    custom_element::define();
}
