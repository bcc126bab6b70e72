//! A `<canvas>` that draws a chart, redraws when its container is resized, and lets go of its
//! `ResizeObserver` when removed (so a kiosk running for weeks does not leak).

use crate::charts::{canvas::paint, Chart};
use crate::options::Theme;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast as _;
use web_sys::{HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

/// Props of [`ChartCanvas`].
#[derive(Properties, Clone)]
pub struct ChartCanvasProps {
    /// The chart.
    pub chart: Rc<Chart>,
    /// What the chart shows, for screen readers (the canvas is an image).
    pub label: AttrValue,
    /// The theme, so that a theme change redraws.
    pub theme: Theme,
}

impl PartialEq for ChartCanvasProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.chart, &other.chart)
            && self.label == other.label
            && self.theme == other.theme
    }
}

/// Messages of [`ChartCanvas`].
pub enum Msg {
    /// The container changed size.
    Resized,
}

/// The canvas component.
pub struct ChartCanvas {
    canvas: NodeRef,
    observer: Option<(ResizeObserver, Closure<dyn FnMut()>)>,
    drawn_width: f64,
}

impl ChartCanvas {
    fn draw(&mut self, chart: &Chart) {
        let Some(canvas) = self.canvas.cast::<HtmlCanvasElement>() else {
            return;
        };
        match paint(&canvas, chart) {
            Ok(width) => {
                self.drawn_width = width;
                let _ = canvas.remove_attribute("data-error");
            }
            Err(e) => {
                let _ = canvas.set_attribute("data-error", &e);
            }
        }
    }

    fn observe(&mut self, ctx: &Context<Self>) {
        let Some(parent) = self
            .canvas
            .cast::<HtmlCanvasElement>()
            .and_then(|c| c.parent_element())
        else {
            return;
        };
        let link = ctx.link().clone();
        let callback = Closure::<dyn FnMut()>::new(move || link.send_message(Msg::Resized));
        if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&parent);
            self.observer = Some((observer, callback));
        }
    }
}

impl Component for ChartCanvas {
    type Message = Msg;
    type Properties = ChartCanvasProps;

    fn create(_ctx: &Context<Self>) -> Self {
        ChartCanvas {
            canvas: NodeRef::default(),
            observer: None,
            drawn_width: 0.0,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Resized => {
                let width = self
                    .canvas
                    .cast::<HtmlCanvasElement>()
                    .and_then(|c| c.parent_element())
                    .map_or(0, |p| p.client_width());
                if f64::from(width.max(200)) != self.drawn_width {
                    self.draw(&ctx.props().chart);
                }
            }
        }
        false
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        html! {
            <div class="chart">
                <canvas ref={self.canvas.clone()} role="img" aria-label={ctx.props().label.clone()}></canvas>
            </div>
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if first_render {
            self.observe(ctx);
        }
        self.draw(&ctx.props().chart);
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        if let Some((observer, _callback)) = self.observer.take() {
            observer.disconnect();
        }
    }
}
