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
pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));

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

/// What a mounted widget holds: its state, its listener and observer callbacks, its options.
/// Kept in [`MOUNTED`], not in the JS handle, so that a page that drops the handle (`mount(el,
/// opts)` and forget) does not have the widget freed by the garbage collector mid-load.
struct Mounted {
    id: u32,
    app: Shared,
    shadow: ShadowRoot,
    /// The delegated listener of [`EVENTS`] on the shadow root.
    listener: Callback,
    /// The resize observer's callback (dropped with the widget).
    _resized: Callback,
    /// The idle callback that adds the hidden tables' rows (`App::complete`).
    _completed: Callback,
    options: Options,
}

thread_local! {
    /// Every widget mounted and not destroyed.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// The id of the next widget.
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// A handle on a mounted widget: `update()` changes its options, `destroy()` unmounts it and frees
/// its memory. The handle is only a reference: dropping it leaves the widget on the page.
#[wasm_bindgen]
pub struct Widget {
    id: u32,
}

/// Changes the options of widget `id` with `change`; returns its state and new options.
fn with_options<E>(
    id: u32,
    change: impl FnOnce(&mut Options) -> Result<(), E>,
) -> Result<Option<(Shared, Options)>, E> {
    let found = MOUNTED.with(|m| {
        let m = m.try_borrow().ok()?;
        let w = m.iter().find(|w| w.id == id)?;
        Some((Rc::clone(&w.app), w.options.clone()))
    });
    let Some((app, mut options)) = found else {
        return Ok(None);
    };
    change(&mut options)?;
    MOUNTED.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if let Some(w) = m.iter_mut().find(|w| w.id == id) {
                w.options = options.clone();
            }
        }
    });
    Ok(Some((app, options)))
}

/// Applies new options to a widget's state (reloading when the source changed).
fn apply(app: &Shared, options: Options) {
    let reload = match app.try_borrow_mut() {
        Ok(mut a) => a.set_options(options),
        Err(_) => false,
    };
    if reload {
        App::load(app);
    }
    emit(app);
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
    if data.is_string() {
        options.source = Source::Inline(inline_text(&data));
    } else if data.is_object() {
        let text: String = JSON::stringify(&data)?.into();
        options.source = Source::Inline(text.into());
    }
    Ok(())
}

thread_local! {
    /// The last `data` string given and its copy in WebAssembly memory, until the end of the
    /// current task: widgets a page mounts together with the same text copy it once.
    static INLINE: RefCell<Option<(JsValue, std::rc::Weak<str>)>> = const { RefCell::new(None) };
}

/// The text of a `data` string, copied into WebAssembly memory (UTF-16 → UTF-8), or the copy
/// made for the same string a moment ago while a widget still holds it. The JS string is let go
/// of once the current task ends (a microtask), so no file outlives the widgets that read it.
fn inline_text(data: &JsValue) -> Rc<str> {
    INLINE.with(|last| {
        let mut last = last.borrow_mut();
        let again = last
            .as_ref()
            .filter(|(js, _)| js == data)
            .and_then(|(_, text)| text.upgrade());
        if let Some(text) = again {
            return text;
        }
        let text: Rc<str> = data.as_string().unwrap_or_default().into();
        if last.is_none() {
            wasm_bindgen_futures::spawn_local(async {
                INLINE.with(|last| last.borrow_mut().take());
            });
        }
        *last = Some((data.clone(), Rc::downgrade(&text)));
        text
    })
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
        let weak = Rc::downgrade(&app);
        let completed = Callback::new(move |_deadline: JsValue| {
            if let Some(app) = weak.upgrade() {
                if let Ok(mut app) = app.try_borrow_mut() {
                    app.complete();
                }
                emit(&app);
            }
        });
        if let Ok(mut a) = app.try_borrow_mut() {
            a.set_observer(observer);
            a.set_completer(
                completed
                    .as_ref()
                    .unchecked_ref::<js_sys::Function>()
                    .clone(),
            );
        }
        crate::refresh::install(&app);
        crate::rotate::install(&app);
        App::load(&app);
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1).max(1));
            id
        });
        MOUNTED.with(|m| {
            if let Ok(mut m) = m.try_borrow_mut() {
                m.push(Mounted {
                    id,
                    app,
                    shadow,
                    listener,
                    _resized: resized,
                    _completed: completed,
                    options,
                });
            }
        });
        Ok(Widget { id })
    }
}

/// How many widgets are mounted and not destroyed (for leak tests).
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> usize {
    MOUNTED.with(|m| m.try_borrow().map_or(0, |m| m.len()))
}

#[wasm_bindgen]
impl Widget {
    /// Changes some options: `{src | data, view, lang, theme, entity, period}`; others stay.
    pub fn update(&mut self, options: JsValue) -> Result<(), JsValue> {
        if let Some((app, o)) = with_options(self.id, |o| read_options(o, &options))? {
            apply(&app, o);
        }
        Ok(())
    }

    /// Sets one option by attribute name; `null` restores its default.
    pub fn set(&mut self, name: &str, value: Option<String>) {
        let changed = with_options(self.id, |o| {
            o.set(name, value.as_deref());
            Ok::<(), ()>(())
        });
        if let Ok(Some((app, o))) = changed {
            apply(&app, o);
        }
    }

    /// Fetches `src` now (what the `refresh` timer does); resolves once the answer is applied and
    /// drawn, with `{swap, stale, failures, next}`, or `null` without a URL.
    #[wasm_bindgen(js_name = refreshNow)]
    pub fn refresh_now(&self) -> js_sys::Promise {
        let app = MOUNTED.with(|m| {
            let m = m.try_borrow().ok()?;
            m.iter()
                .find(|w| w.id == self.id)
                .map(|w| Rc::clone(&w.app))
        });
        match app {
            Some(app) => crate::refresh::now(&app),
            None => js_sys::Promise::resolve(&JsValue::NULL),
        }
    }

    /// Unmounts the widget: removes its listeners and what it drew, disconnects its resize
    /// observer, cancels a load under way, and lets go of it. Safe to call twice.
    pub fn destroy(&mut self) {
        let taken = MOUNTED.with(|m| {
            let mut m = m.try_borrow_mut().ok()?;
            let i = m.iter().position(|w| w.id == self.id)?;
            Some(m.remove(i))
        });
        let Some(w) = taken else {
            return;
        };
        for name in EVENTS {
            let _ = w
                .shadow
                .remove_event_listener_with_callback(name, w.listener.as_ref().unchecked_ref());
        }
        let app = w.app;
        if let Ok(mut a) = app.try_borrow_mut() {
            a.destroy();
        };
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
