//! Mounting the widget into an element's shadow root, and the handle that updates and destroys it
//! (the JS API `mount()` and the custom element both go through here).

use crate::app::{as_event, emit, App, Shared};
use crate::options::{Options, Source, ATTRIBUTES};
use js_sys::{Object, Reflect, JSON};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, ResizeObserver, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The widget's stylesheet.
pub const CSS: &str = include_str!("style.css");

thread_local! {
    /// One constructed stylesheet shared by every instance (CSP-safe: not an inline `<style>`).
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

fn sheet() -> Option<CssStyleSheet> {
    SHEET.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(CSS).ok()?;
            *slot = Some(sheet);
        }
        slot.clone()
    })
}

/// Adds the stylesheet to a shadow root once: a constructed sheet, or a `<style>` where
/// constructed sheets are not supported.
fn style(shadow: &ShadowRoot) -> Result<(), JsValue> {
    if let Some(sheet) = sheet() {
        let sheets = shadow.adopted_style_sheets();
        if !sheets.includes(&sheet, 0) {
            sheets.push(&sheet);
            shadow.set_adopted_style_sheets(&sheets);
        }
        return Ok(());
    }
    if shadow.query_selector("style[data-chiso]")?.is_none() {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| JsValue::from_str("chiso: no document"))?;
        let style = document.create_element("style")?;
        style.set_attribute("data-chiso", "")?;
        style.set_text_content(Some(CSS));
        shadow.append_child(&style)?;
    }
    Ok(())
}

/// The events the widget listens to on its shadow root (one delegated listener each).
pub const EVENTS: [&str; 5] = ["click", "keydown", "change", "input", "pointerdown"];

/// A JS callback of the widget: one closure type for the event listener and the resize observer.
type Callback = Closure<dyn FnMut(JsValue)>;

/// A mounted widget. `update()` changes its options, `destroy()` unmounts it and frees its memory.
#[wasm_bindgen]
pub struct Widget {
    app: Option<Shared>,
    shadow: ShadowRoot,
    /// The delegated listener of [`EVENTS`] on the shadow root.
    listener: Option<Callback>,
    /// The resize observer's callback.
    resized: Option<Callback>,
    options: Options,
}

/// Reads the options object of `mount()`/`update()` into `options`; absent keys are left as they are.
fn read_options(options: &mut Options, value: &JsValue) -> Result<(), JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(());
    }
    if !value.is_object() {
        return Err(JsValue::from_str(
            "chiso: options must be an object like {src, view, lang, theme}",
        ));
    }
    for name in ATTRIBUTES {
        let v = Reflect::get(value, &JsValue::from_str(name))?;
        if let Some(on) = v.as_bool() {
            // `{'sync-url': true}`: a boolean option.
            options.set(name, on.then_some(""));
        } else if let Some(n) = v.as_f64() {
            options.set(name, Some(&chiso_core::format::decimal::shortest(n)));
        } else if !v.is_undefined() {
            options.set(name, v.as_string().as_deref());
        }
    }
    let data = Reflect::get(value, &JsValue::from_str("data"))?;
    if let Some(text) = data.as_string() {
        options.source = Source::Inline(text.into());
    } else if data.is_object() {
        let text: String = JSON::stringify(&data)?.into();
        options.source = Source::Inline(text.into());
    }
    Ok(())
}

impl Widget {
    /// Mounts into the shadow root of `host` (attached when missing) with `options`.
    pub fn create(host: &Element, options: Options) -> Result<Widget, JsValue> {
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        style(&shadow)?;
        let document = host
            .owner_document()
            .ok_or_else(|| JsValue::from_str("chiso: the element has no document"))?;
        let root = document.create_element("div")?;
        root.set_attribute("class", "chiso-root")?;
        shadow.append_child(&root)?;
        let app: Shared = Rc::new(RefCell::new(App::new(
            options.clone(),
            shadow.clone(),
            root,
        )));
        let weak = Rc::downgrade(&app);
        let listener = Callback::new(move |event: JsValue| {
            if let Some(app) = weak.upgrade() {
                if let Ok(mut app) = app.try_borrow_mut() {
                    app.on_event(as_event(&event));
                }
                emit(&app);
            }
        });
        for name in EVENTS {
            shadow.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())?;
        }
        let weak = Rc::downgrade(&app);
        let resized = Callback::new(move |_entries: JsValue| {
            if let Some(app) = weak.upgrade() {
                if let Ok(mut app) = app.try_borrow_mut() {
                    app.on_resize();
                }
                emit(&app);
            }
        });
        let observer = ResizeObserver::new(resized.as_ref().unchecked_ref()).ok();
        if let Ok(mut a) = app.try_borrow_mut() {
            a.set_observer(observer);
        }
        crate::refresh::install(&app);
        crate::rotate::install(&app);
        App::load(&app);
        Ok(Widget {
            app: Some(app),
            shadow,
            listener: Some(listener),
            resized: Some(resized),
            options,
        })
    }

    fn refresh(&mut self) {
        let Some(app) = &self.app else {
            return;
        };
        let reload = match app.try_borrow_mut() {
            Ok(mut a) => a.set_options(self.options.clone()),
            Err(_) => false,
        };
        if reload {
            App::load(app);
        }
        emit(app);
    }
}

#[wasm_bindgen]
impl Widget {
    /// Changes some options: `{src | data, view, lang, theme, entity, period}`; others stay.
    pub fn update(&mut self, options: JsValue) -> Result<(), JsValue> {
        read_options(&mut self.options, &options)?;
        self.refresh();
        Ok(())
    }

    /// Sets one option by attribute name; `null` restores its default.
    pub fn set(&mut self, name: &str, value: Option<String>) {
        self.options.set(name, value.as_deref());
        self.refresh();
    }

    /// Fetches `src` now (what the `refresh` timer does); resolves once the answer is applied and
    /// drawn, with `{swap, stale, failures, next}`, or `null` without a URL.
    #[wasm_bindgen(js_name = refreshNow)]
    pub fn refresh_now(&self) -> js_sys::Promise {
        match &self.app {
            Some(app) => crate::refresh::now(app),
            None => js_sys::Promise::resolve(&JsValue::NULL),
        }
    }

    /// Unmounts the widget: removes its listeners and what it drew, disconnects its resize
    /// observer, cancels a load under way. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(listener) = self.listener.take() {
            for name in EVENTS {
                let _ = self
                    .shadow
                    .remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
            }
        }
        if let Some(app) = self.app.take() {
            if let Ok(mut a) = app.try_borrow_mut() {
                a.destroy();
            }
        }
        self.resized = None;
    }
}

/// Mounts the widget in `element` (in its shadow root) with `{src | data, view, lang, theme,
/// entity, period}`. Fails only on unusable arguments; data problems show in the widget.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(element: &Element, options: JsValue) -> Result<Widget, JsValue> {
    let mut o = Options::default();
    read_options(&mut o, &options)?;
    Widget::create(element, o)
}

/// Options from an element's attributes.
pub fn options_from_attributes(element: &Element) -> Options {
    let mut o = Options::default();
    for name in ATTRIBUTES {
        o.set(name, element.get_attribute(name).as_deref());
    }
    o
}

/// The attribute names the custom element observes, for its JS class.
pub fn observed_attributes() -> js_sys::Array {
    ATTRIBUTES.iter().map(|a| JsValue::from_str(a)).collect()
}

/// An empty object, for callers that have no options.
pub fn no_options() -> JsValue {
    Object::new().into()
}
