//! `<chiso-widget src view lang theme entity period>`: defined once when the module starts, through
//! a small JS class (`js/custom_element.js`) that calls back into [`crate::mount::Widget`].

use crate::mount::{observed_attributes, options_from_attributes, Widget};
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// The element's tag name.
pub const TAG: &str = "chiso-widget";

#[wasm_bindgen(module = "/js/custom_element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineChisoElement)]
    fn define_chiso_element(name: &str, attributes: js_sys::Array, create: &js_sys::Function);
}

/// Defines `<chiso-widget>` (once; later calls do nothing). A widget that cannot mount leaves the
/// element empty rather than throwing into the page.
pub fn define() {
    let create = Closure::<dyn Fn(Element) -> JsValue>::new(|host: Element| {
        Widget::create(&host, options_from_attributes(&host)).map_or(JsValue::NULL, JsValue::from)
    });
    define_chiso_element(TAG, observed_attributes(), create.as_ref().unchecked_ref());
    // The element class keeps this callback for the page's lifetime.
    create.forget();
}
