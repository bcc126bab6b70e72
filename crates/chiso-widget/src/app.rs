//! The widget's state and what it shows: it loads the data when the source changes, keeps the
//! session, and renders the tabs and the chosen view — or the error panel — as real DOM nodes.
//! Events reach it through the few listeners [`crate::mount::Widget`] puts on the shadow root
//! (event delegation on `data-action`), so rendering never creates closures.

use crate::charts::canvas::{container_width, Look};
use crate::charts::Chart;
use crate::components::chart_canvas::Painted;
use crate::components::data_table::{toggle, HiddenRows};
use crate::components::error_panel::error_panel;
use crate::components::provenance::provenance;
use crate::components::tabs::{key_move, tabs};
use crate::dom::{closest_with, Canvas, El};
use crate::error::LoadError;
use crate::load::{fetch_text, finish_digest, parse, start_digest};
use crate::options::{Options, Source};
use crate::scene::Scene;
use crate::session::Session;
use crate::view::View;
use crate::views::{self, Ctx, Ui};
use chiso_core::format::Lang;
use chiso_core::model::Dataset;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast as _, JsValue};
use web_sys::{
    AbortController, Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement,
    KeyboardEvent, Node, ResizeObserver, ShadowRoot,
};

/// Where loading stands.
#[derive(Debug)]
pub enum State {
    /// Waiting for the data.
    Loading,
    /// Loaded and computed.
    Ready(Box<Session>),
    /// Failed.
    Failed(LoadError),
}

/// The widget's state, shared by its handle, its listeners and its load through an `Rc`.
#[derive(Debug)]
pub struct App {
    pub(crate) options: Options,
    pub(crate) shadow: ShadowRoot,
    pub(crate) root: Element,
    pub(crate) state: State,
    /// Counts loads, so that a stale one is ignored.
    pub(crate) generation: u64,
    pub(crate) dataset: Option<Rc<Dataset>>,
    /// SHA-256 of the loaded file's text (hex), shown in the footer.
    pub(crate) sha256: Option<String>,
    pub(crate) view: View,
    ui: Ui,
    /// The what-if state, built when a what-if view is first shown.
    scene: Option<Scene>,
    charts: Vec<Painted>,
    /// The tree shown (its nodes are in the page) and what it was rendered for: a render for
    /// the same state, view and theme patches it in place.
    shown: Option<(El, ShownKey)>,
    pub(crate) abort: Option<AbortController>,
    observer: Option<ResizeObserver>,
    /// Self-refresh of a URL source (`refresh` attribute): timer, last good file, stale banner.
    pub(crate) refresh: crate::refresh::Refresher,
    /// Wall-screen rotation of views (`rotate` attribute).
    pub(crate) rotation: crate::rotate::Rotation,
    /// Events to fire on the host once the state is no longer borrowed (so that a page's listener
    /// may call back into the widget): (type, detail).
    pending: Vec<(&'static str, JsValue)>,
    /// Whether the tree shown has the rows of its hidden tables (see [`App::complete`]).
    complete: bool,
    /// Set when only the scenario changed since the last render: the next render keeps the
    /// hidden tables' rows until the widget is idle (a new file rebuilds them at once: a
    /// refresh resolves with every figure in place).
    values_changed: bool,
    /// The last load's time to read and validate the file and to score it, in ms, until the
    /// `chiso-drawn` that follows reports it.
    timings: Option<(f64, f64)>,
    /// The callback that calls [`App::complete`] (set by the mount), and the id of its idle
    /// callback or timer while one is queued.
    completer: Option<(js_sys::Function, Option<Queued>)>,
}

/// An idle callback or, where the browser has none, a timer (their ids are cancelled differently).
#[derive(Debug, Clone, Copy)]
enum Queued {
    Idle(u32),
    Timer(i32),
}

/// What a tree shown was rendered for: a render for the same patches it in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ShownKey {
    state: &'static str,
    view: View,
    theme: &'static str,
}

/// The widget's state behind its shared handle.
pub type Shared = Rc<RefCell<App>>;

/// Loads `source`: parses it and hashes its text.
async fn read(
    source: Source,
    signal: Option<web_sys::AbortSignal>,
) -> Result<(Rc<Dataset>, String), LoadError> {
    let text: Rc<str> = match source {
        Source::None => return Err(LoadError::NoSource),
        Source::Inline(text) => text,
        Source::Url(url) => fetch_text(&url, signal.as_ref()).await?.into(),
    };
    // The browser hashes the file while it is parsed here.
    let digest = start_digest(&text);
    let dataset = match LAST_READ.with(|last| last.borrow().read_before(&text)) {
        Some(dataset) => dataset,
        None => {
            let dataset = Rc::new(parse(&text)?);
            LAST_READ.with(|last| *last.borrow_mut() = LastRead::of(&text, &dataset));
            dataset
        }
    };
    let sha256 = finish_digest(digest, &text).await;
    Ok((dataset, sha256))
}

/// The last file read and its dataset, while some widget still holds them: widgets of a page
/// given the same file (the same text) read it once. Held weakly, so nothing outlives the
/// widgets that use it.
#[derive(Default)]
struct LastRead(Option<(std::rc::Weak<str>, std::rc::Weak<Dataset>)>);

impl LastRead {
    fn of(text: &Rc<str>, dataset: &Rc<Dataset>) -> LastRead {
        LastRead(Some((Rc::downgrade(text), Rc::downgrade(dataset))))
    }

    /// The dataset read from the same text, if it is still held.
    fn read_before(&self, text: &str) -> Option<Rc<Dataset>> {
        let (t, dataset) = self.0.as_ref()?;
        let same = t.upgrade().is_some_and(|t| *t == *text);
        same.then(|| dataset.upgrade()).flatten()
    }
}

thread_local! {
    static LAST_READ: RefCell<LastRead> = RefCell::new(LastRead::default());
}

impl App {
    /// A widget drawing into `root` (inside `shadow`), not loaded yet.
    pub fn new(options: Options, shadow: ShadowRoot, root: Element) -> App {
        App {
            view: options.view,
            options,
            shadow,
            root,
            state: State::Loading,
            generation: 0,
            dataset: None,
            sha256: None,
            ui: Ui::default(),
            scene: None,
            charts: Vec::new(),
            shown: None,
            abort: None,
            observer: None,
            refresh: crate::refresh::Refresher::default(),
            rotation: crate::rotate::Rotation::default(),
            pending: Vec::new(),
            complete: true,
            values_changed: false,
            timings: None,
            completer: None,
        }
    }

    /// Sets the callback that calls [`App::complete`] when the browser is idle.
    pub fn set_completer(&mut self, completer: js_sys::Function) {
        self.completer = Some((completer, None));
    }

    /// Queues [`App::complete`] for the browser's next idle moment (after the frame that shows
    /// the charts; at most 200 ms later), or a timer where there are no idle callbacks.
    fn queue_complete(&mut self) {
        let Some((callback, queued @ None)) = &mut self.completer else {
            return;
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(200);
        *queued = match window.request_idle_callback_with_options(callback, &options) {
            Ok(id) => Some(Queued::Idle(id)),
            Err(_) => window
                .set_timeout_with_callback_and_timeout_and_arguments_0(callback, 0)
                .ok()
                .map(Queued::Timer),
        };
    }

    /// Cancels a queued [`App::complete`].
    fn cancel_complete(&mut self) {
        let queued = self.completer.as_mut().and_then(|(_, q)| q.take());
        if let (Some(queued), Some(window)) = (queued, web_sys::window()) {
            match queued {
                Queued::Idle(id) => window.cancel_idle_callback(id),
                Queued::Timer(id) => window.clear_timeout_with_handle(id),
            }
        }
    }

    /// Adds the rows of the hidden tables to the view shown, once its charts are drawn (a first
    /// render leaves them out: the charts come first). Patched in place: the canvases are kept
    /// and not repainted, and `data-state` becomes `ready`. A click on a table's toggle completes
    /// the view at once.
    pub fn complete(&mut self) {
        // Called by the idle callback (then cancelling it does nothing) or by a toggle.
        self.cancel_complete();
        if self.complete {
            return;
        }
        self.complete = true;
        self.render_tree(false);
    }

    /// Sets the observer that tells of container resizes (see [`App::on_resize`]).
    pub fn set_observer(&mut self, observer: Option<ResizeObserver>) {
        self.observer = observer;
    }

    /// Starts loading the source; an earlier load still under way is cancelled and ignored.
    pub fn load(shared: &Shared) {
        // A URL goes through the refresh cycle (conditional fetch, time and size limits, last
        // good file); inline data is read here.
        if shared
            .try_borrow()
            .is_ok_and(|app| matches!(app.options.source, Source::Url(_)))
        {
            crate::refresh::start(shared);
            return;
        }
        let Ok(mut app) = shared.try_borrow_mut() else {
            return;
        };
        app.generation += 1;
        if let Some(old) = app.abort.take() {
            old.abort();
        }
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        app.abort = controller;
        // Inline data is read at once: the figures shown stay until the new ones replace them
        // (no flash of the loading line between two files), and a widget that shows nothing yet
        // shows the figures (or the error panel) first, without a loading line built for nothing.
        let inline = matches!(app.options.source, Source::Inline(_));
        if !(inline && (matches!(app.state, State::Ready(_)) || app.shown.is_none())) {
            app.state = State::Loading;
            app.render();
        }
        app.dataset = None;
        app.sha256 = None;
        app.scene = None;
        let generation = app.generation;
        let source = app.options.source.clone();
        drop(app);
        let weak = Rc::downgrade(shared);
        wasm_bindgen_futures::spawn_local(async move {
            let result = read(source, signal).await;
            if let Some(shared) = weak.upgrade() {
                if let Ok(mut app) = shared.try_borrow_mut() {
                    app.loaded(generation, result);
                }
                emit(&shared);
            }
        });
    }

    fn loaded(&mut self, generation: u64, result: Result<(Rc<Dataset>, String), LoadError>) {
        if generation != self.generation {
            return;
        }
        self.abort = None;
        match result {
            Ok((dataset, sha256)) => {
                self.dataset = Some(dataset);
                self.sha256 = Some(sha256);
                self.compute();
            }
            Err(error) => self.state = State::Failed(error),
        }
        self.render();
    }

    pub(crate) fn compute(&mut self) {
        if let Some(dataset) = &self.dataset {
            let o = &self.options;
            let start = crate::load::now_ms();
            let mut session =
                Session::new(Rc::clone(dataset), o.entity.as_deref(), o.period.as_deref());
            session.report.dataset.sha256.clone_from(&self.sha256);
            self.state = State::Ready(Box::new(session));
            if let Some(read) = crate::load::take_parse_ms() {
                self.timings = Some((read, crate::load::now_ms() - start));
            }
        }
    }

    /// Takes new options; returns `true` when the source changed and must be loaded again
    /// (otherwise the widget is already re-rendered).
    pub fn set_options(&mut self, options: Options) -> bool {
        let old = std::mem::replace(&mut self.options, options);
        if (&self.options.rotate, self.options.rotate_seconds) != (&old.rotate, old.rotate_seconds)
        {
            let (views, every) = (self.options.rotate.clone(), self.options.rotate_ms());
            self.rotation.arm(&views, every);
        }
        if self.options.view != old.view {
            self.show(self.options.view);
        }
        if self.options.source != old.source {
            return true;
        }
        if self.options.sliders != old.sliders {
            self.scene = None;
        }
        if self.options.scenario != old.scenario {
            let others = Options {
                scenario: old.scenario.clone(),
                ..self.options.clone()
            };
            self.values_changed = others == old;
            if let Some(scene) = &mut self.scene {
                scene.set_text(self.options.scenario.as_deref().unwrap_or_default());
                if self.options.sync_url {
                    crate::url::write(&scene.query());
                }
            }
        }
        if self.options.entity != old.entity || self.options.period != old.period {
            self.ui = Ui::default();
            self.compute();
        }
        self.render();
        false
    }

    /// Chooses the view shown (its own state starts afresh, as a new view does).
    pub(crate) fn show(&mut self, view: View) {
        if view != self.view {
            self.view = view;
            self.ui = Ui::default();
        }
    }

    /// Handles an event from the shadow root: the element with `data-action` it came from says
    /// what to do.
    pub fn on_event(&mut self, event: &Event) {
        // Someone is using the screen: the rotation waits.
        self.rotation.touched(self.options.rotate_ms());
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Node>().ok()) else {
            return;
        };
        let Some(el) = closest_with(&target, "data-action") else {
            return;
        };
        let action = el.get_attribute("data-action").unwrap_or_default();
        match (event.type_().as_str(), action.as_str()) {
            ("click", "tab") => {
                if let Some(view) = el.get_attribute("data-view").and_then(|v| View::parse(&v)) {
                    if view != self.view {
                        self.show(view);
                        self.render();
                    }
                }
            }
            ("keydown", "tab") => {
                let key = event
                    .dyn_ref::<KeyboardEvent>()
                    .map(KeyboardEvent::key)
                    .unwrap_or_default();
                if let Some(view) = key_move(self.view, &key) {
                    event.prevent_default();
                    self.show(view);
                    self.render();
                    self.focus(&format!("tab-{}", view.name()));
                }
            }
            ("click", "toggle") => {
                self.complete();
                if let Some((id, open)) = toggle(&el, self.options.lang) {
                    self.ui.open_tables.retain(|t| *t != id);
                    if open {
                        self.ui.open_tables.push(id);
                    }
                }
            }
            ("input", "slider") => {
                let code = el.get_attribute("data-code").unwrap_or_default();
                let value = input_number(&el);
                if let (Some(scene), Some(v)) = (&mut self.scene, value) {
                    scene.set_slider(&code, v);
                    sync_inputs(&el, "[data-slider]", "input[data-code]");
                    self.scenario_changed();
                }
            }
            ("input", "budget-share") => {
                if let (Some(scene), Some(share)) = (&mut self.scene, input_number(&el)) {
                    let month = scene.budget_inputs().map_or(12, |(_, m)| m);
                    scene.set_budget(share, month);
                    sync_inputs(&el, ".slider", "input[data-budget]");
                    self.scenario_changed();
                }
            }
            ("change", "budget-month") => {
                let month = el
                    .dyn_ref::<HtmlSelectElement>()
                    .and_then(|s| chiso_core::num::unsigned::<u32>(&s.value()));
                if let (Some(scene), Some(month)) = (&mut self.scene, month) {
                    if let Some((share, _)) = scene.budget_inputs() {
                        scene.set_budget(share, month);
                        self.scenario_changed();
                    }
                }
            }
            ("click", "reset") => {
                if let Some(scene) = &mut self.scene {
                    scene.reset();
                    if self.options.sync_url {
                        crate::url::write("");
                    }
                    self.render();
                }
            }
            ("change", "gaps-filter") => {
                let value = el
                    .dyn_ref::<HtmlSelectElement>()
                    .map(HtmlSelectElement::value)
                    .unwrap_or_default();
                self.ui.gaps_filter = (!value.is_empty()).then_some(value);
                self.render();
            }
            _ => {}
        }
    }

    /// After a slider or budget input moved: the page URL (under `sync-url`), then the results
    /// redrawn in place (the inputs stay, so a drag goes on).
    fn scenario_changed(&mut self) {
        if self.options.sync_url {
            if let Some(scene) = &self.scene {
                crate::url::write(&scene.query());
            }
        }
        self.render_results();
    }

    /// Builds the what-if state when the view shows a scenario: always on a what-if view, on the
    /// gaps view only once it is given a scenario. The scenario comes from the page URL under
    /// `sync-url`, else from the `scenario` option.
    fn ensure_scene(&mut self) {
        if !self.view.shows_scenario() || !matches!(self.state, State::Ready(_)) {
            return;
        }
        let Some(dataset) = &self.dataset else {
            return;
        };
        if self.scene.as_ref().is_some_and(|s| s.is_for(dataset)) {
            return;
        }
        let text = self
            .options
            .sync_url
            .then(crate::url::read)
            .flatten()
            .or_else(|| self.options.scenario.clone());
        if !self.view.is_scenario() && text.as_deref().is_none_or(|t| t.trim().is_empty()) {
            return;
        }
        self.scene = Some(Scene::new(
            Rc::clone(dataset),
            self.options.sliders,
            text.as_deref(),
        ));
    }

    /// Redraws the `[data-results]` part of a what-if view (figures, charts, watermark), patched
    /// in place: only changed texts and attributes are written, the canvases are kept and repainted.
    fn render_results(&mut self) {
        let State::Ready(session) = &self.state else {
            return;
        };
        let ctx = Ctx {
            session,
            lang: self.options.lang,
            ui: &self.ui,
            scene: self.scene.as_ref(),
            charts: RefCell::new(Vec::new()),
            hidden_rows: if self.complete {
                HiddenRows::Built
            } else {
                HiddenRows::Later
            },
            left_out: std::cell::Cell::new(false),
        };
        let Some(new) = views::results(self.view, &ctx) else {
            return;
        };
        let charts = ctx.charts.into_inner();
        let Some(slot) = self
            .shown
            .as_mut()
            .and_then(|(tree, _)| tree.find_mut("data-results"))
        else {
            self.render();
            return;
        };
        // The look is read now, while the styles of the last frame are still valid.
        let look = slot.node().map(Look::of);
        let old = std::mem::replace(slot, new);
        let mut canvases = Vec::new();
        slot.patch(old, &mut canvases);
        self.place(charts, &canvases, look.as_ref());
        self.drawn();
    }

    /// Takes the charts of a render and the canvases they go on, and paints them: a canvas kept
    /// from the last render at its last width (no layout read), new canvases at their
    /// container's width, all read before any is painted (one layout, not one per canvas).
    fn place(&mut self, charts: Vec<Chart>, canvases: &[Canvas], look: Option<&Look>) {
        let old = std::mem::take(&mut self.charts);
        let mut placed: Vec<(Painted, f64)> = Vec::new();
        for (slot, chart) in charts.into_iter().enumerate() {
            let Some(c) = canvases.iter().find(|c| c.slot == slot) else {
                continue;
            };
            let width = if c.kept {
                old.iter()
                    .find(|p| p.canvas == c.element)
                    .map_or(0.0, |p| p.width)
            } else {
                0.0
            };
            let painted = Painted {
                canvas: c.element.clone(),
                chart,
                width: 0.0,
            };
            placed.push((painted, width));
        }
        let same = placed.len() == old.len()
            && placed
                .iter()
                .zip(&old)
                .all(|((p, _), o)| p.canvas == o.canvas);
        // The widths of new canvases, all read before any is painted.
        for (p, width) in &mut placed {
            if *width <= 0.0 {
                *width = container_width(&p.canvas);
            }
        }
        let mut look = look.cloned();
        self.charts = Vec::with_capacity(placed.len());
        for (mut p, width) in placed {
            let look = look.get_or_insert_with(|| Look::of(&p.canvas));
            p.paint_at(width, look);
            self.charts.push(p);
        }
        if !same {
            if let Some(observer) = &self.observer {
                observer.disconnect();
            }
            self.observe();
        }
    }

    /// Watches the width of every chart's container.
    fn observe(&self) {
        for chart in &self.charts {
            if let (Some(observer), Some(container)) = (&self.observer, chart.container()) {
                observer.observe(&container);
            }
        }
    }

    /// Queues `chiso-drawn` (and, on a what-if view, `chiso-scenario` with the scenario's text).
    fn drawn(&mut self) {
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &detail,
            &JsValue::from_str("view"),
            &JsValue::from_str(self.view.name()),
        );
        // After a file was read: how long reading (parse and validate) and scoring took.
        if let Some((read, score)) = self.timings.take() {
            for (key, ms) in [("readMs", read), ("scoreMs", score)] {
                let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), &ms.into());
            }
        }
        self.pending.push(("chiso-drawn", detail.into()));
        if let Some(scene) = self.scene.as_ref().filter(|_| self.view.is_scenario()) {
            let detail = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &detail,
                &JsValue::from_str("query"),
                &JsValue::from_str(&scene.query()),
            );
            self.pending.push(("chiso-scenario", detail.into()));
        }
    }

    /// Paints the canvases whose container changed width, every width read before any canvas
    /// is painted.
    pub fn on_resize(&mut self) {
        let widths: Vec<f64> = chiso_core::lists::map(&self.charts, |c| container_width(&c.canvas));
        let mut look = None;
        for (chart, width) in self.charts.iter_mut().zip(widths) {
            if width != chart.width {
                let look = look.get_or_insert_with(|| Look::of(&chart.canvas));
                chart.paint_at(width, look);
            }
        }
    }

    /// Stops everything: the load under way, the resize observer; removes what it drew.
    pub fn destroy(&mut self) {
        self.generation += 1;
        if let Some(abort) = self.abort.take() {
            abort.abort();
        }
        if let Some(observer) = self.observer.take() {
            observer.disconnect();
        }
        self.refresh.stop();
        self.rotation.stop();
        self.cancel_complete();
        self.charts.clear();
        self.shown = None;
        self.state = State::Loading;
        self.dataset = None;
        self.root.remove();
    }

    fn focus(&self, id: &str) {
        if let Some(e) = self
            .shadow
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = e.focus();
        }
    }

    /// Draws the widget anew: header, tabs, the view's panel and the footer (or the loading line,
    /// or the error panel), then paints the charts and gives focus back to the control that had it.
    /// A view's first render leaves out the rows of its hidden tables (see [`App::complete`]).
    pub(crate) fn render(&mut self) {
        self.render_tree(true);
    }

    /// [`App::render`]; without `paint`, only the tree is patched (what [`App::complete`] adds):
    /// the canvases keep what they show and no `chiso-drawn` is fired.
    fn render_tree(&mut self, paint: bool) {
        let lang = self.options.lang;
        let focused = self
            .shadow
            .active_element()
            .map(|e| e.id())
            .filter(|id| !id.is_empty());
        self.ensure_scene();
        let state = match &self.state {
            State::Loading => "loading",
            State::Failed(_) => "error",
            State::Ready(_) => "ready",
        };
        let key = ShownKey {
            state,
            view: self.view,
            theme: self.options.theme.name(),
        };
        // The same view of a loaded file again is patched in place; anything else is created.
        let patched = state == "ready" && self.shown.as_ref().is_some_and(|(_, was)| *was == key);
        // A repaint after values changed keeps the hidden tables' rows for the idle moment.
        let values = std::mem::take(&mut self.values_changed) && paint;
        let mut left_out = false;
        let (body, charts) = match &self.state {
            State::Loading => (
                vec![El::new("p")
                    .class("loading")
                    .attr("role", "status")
                    .text(lang.pick("Đang tải dữ liệu…", "Loading the data…"))],
                Vec::new(),
            ),
            State::Failed(error) => (vec![error_panel(error, lang)], Vec::new()),
            State::Ready(session) => {
                let ctx = Ctx {
                    session,
                    lang,
                    ui: &self.ui,
                    scene: self.scene.as_ref().filter(|_| self.view.shows_scenario()),
                    charts: RefCell::new(Vec::new()),
                    hidden_rows: match (patched && self.complete, values) {
                        (false, _) => HiddenRows::Later,
                        (true, true) => HiddenRows::Kept,
                        (true, false) => HiddenRows::Built,
                    },
                    left_out: std::cell::Cell::new(false),
                };
                let name = self.view.name();
                let panel = El::new("section")
                    .class("panel")
                    .attr("role", "tabpanel")
                    .attr("id", "panel")
                    .attr("data-view", name)
                    .attr("aria-labelledby", &format!("tab-{name}"))
                    .children(views::render(self.view, &ctx));
                let info = &session.report.dataset;
                let head = El::new("header")
                    .class("head")
                    .child(El::new("h2").class("title").text(info.title.get(lang)))
                    .child(El::new("p").class("meta").text(&format!(
                        "{} {} · {} {} · {} {}",
                        lang.pick("Công bố", "Published"),
                        info.published,
                        lang.pick("số liệu đến", "data as of"),
                        info.as_of,
                        lang.pick("phiên bản", "version"),
                        info.version,
                    )));
                left_out = ctx.left_out.get();
                (
                    [
                        Some(head),
                        self.refresh.banner(lang),
                        Some(tabs(self.view, lang)),
                    ]
                    .into_iter()
                    .flatten()
                    .chain([panel, provenance(info, lang)])
                    .collect(),
                    ctx.charts.into_inner(),
                )
            }
        };
        self.complete = !left_out;
        let mut widget = El::new("div")
            .class("chiso")
            .attr("data-theme", self.options.theme.name())
            // `ready` once everything is in the page: until the hidden tables have their rows, the
            // widget is still loading (its charts are drawn: `chiso-drawn` has fired).
            .attr("data-state", if left_out { "loading" } else { state })
            .attr(
                "lang",
                match lang {
                    Lang::Vi => "vi",
                    Lang::En => "en",
                },
            )
            .children(body);
        let mut canvases = Vec::new();
        let mut look = None;
        match self.shown.take() {
            Some((old, _)) if patched => {
                // Read now, while the styles of the last frame are still valid.
                if paint {
                    look = old.node().map(Look::of);
                }
                widget.patch(old, &mut canvases);
            }
            _ => {
                if let Some(element) = widget.create(&mut canvases) {
                    self.root.set_text_content(None);
                    let _ = self.root.append_child(&element);
                }
            }
        }
        self.shown = Some((widget, key));
        if paint {
            self.place(charts, &canvases, look.as_ref());
        }
        if let Some(id) = focused {
            self.focus(&id);
        }
        if paint {
            match state {
                "ready" => self.drawn(),
                "error" => {
                    let detail = js_sys::Object::new();
                    let _ =
                        js_sys::Reflect::set(&detail, &JsValue::from_str("error"), &JsValue::TRUE);
                    self.pending.push(("chiso-drawn", detail.into()));
                }
                _ => {}
            }
        }
        if left_out {
            self.queue_complete();
        }
    }

    /// Takes the events waiting to be fired, with the host element to fire them on.
    fn take_pending(&mut self) -> (Element, Vec<(&'static str, JsValue)>) {
        (self.shadow.host(), std::mem::take(&mut self.pending))
    }
}

/// The number in an input (`None` when empty or not a number).
fn input_number(el: &Element) -> Option<f64> {
    crate::load::number_text(&el.dyn_ref::<HtmlInputElement>()?.value())
}

/// Copies an input's value to the other inputs of its row (`row` is the row's selector, `inputs`
/// those of the inputs): the range follows the number box and the other way round.
fn sync_inputs(el: &Element, row: &str, inputs: &str) {
    let Some(value) = el
        .dyn_ref::<HtmlInputElement>()
        .map(HtmlInputElement::value)
    else {
        return;
    };
    let Some(list) = el
        .closest(row)
        .ok()
        .flatten()
        .and_then(|r| r.query_selector_all(inputs).ok())
    else {
        return;
    };
    for i in 0..list.length() {
        if let Some(other) = list
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        {
            if !other.is_same_node(Some(el)) && other.value() != value {
                other.set_value(&value);
            }
        }
    }
}

/// Fires the events the last render queued on the host element (bubbling, composed): `chiso-drawn`
/// after the view's canvases are painted (`detail.view`; `detail.error` on the error panel).
/// Called by every entry point once it no longer borrows the state, so a listener may update the
/// widget.
pub fn emit(shared: &Shared) {
    let (host, events) = match shared.try_borrow_mut() {
        Ok(mut app) => app.take_pending(),
        Err(_) => return,
    };
    for (name, detail) in events {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = host.dispatch_event(&event);
        }
    }
}

/// The event a delegated listener received (its callback takes a plain `JsValue`, the same
/// closure type as the resize observer's, so that only one is compiled in).
pub fn as_event(value: &JsValue) -> &Event {
    value.unchecked_ref::<Event>()
}
