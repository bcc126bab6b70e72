//! The root component: loads the data when the source changes, keeps the session, and shows the
//! tabs and the chosen view — or the error panel.

use crate::components::error_panel::ErrorPanel;
use crate::components::provenance::Provenance;
use crate::components::tabs::Tabs;
use crate::error::LoadError;
use crate::load::{fetch_text, parse};
use crate::options::{Options, Source};
use crate::session::Session;
use crate::view::View;
use crate::views::{
    agencies::Agencies, budget::Budget, gaps::Gaps, overview::Overview, targets::Targets,
    tasks::Tasks,
};
use chiso_core::model::Dataset;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// What the embedder asked for.
    pub options: Options,
}

/// Where loading stands.
#[derive(Debug, Clone)]
pub enum State {
    /// Waiting for the data.
    Loading,
    /// Loaded and computed.
    Ready(Rc<Session>),
    /// Failed.
    Failed(LoadError),
}

/// Messages of [`App`].
pub enum Msg {
    /// A load finished; the number tells which load, so a stale one is ignored. The dataset
    /// comes with the SHA-256 of the text it was read from.
    Loaded(u64, Result<(Rc<Dataset>, String), LoadError>),
    /// A tab was chosen.
    Show(View),
}

/// The widget.
pub struct App {
    state: State,
    generation: u64,
    dataset: Option<Rc<Dataset>>,
    /// SHA-256 of the loaded file's text (hex), shown in the footer.
    sha256: Option<String>,
    view: View,
}

impl App {
    fn load(&mut self, ctx: &Context<Self>) {
        self.generation += 1;
        self.state = State::Loading;
        let generation = self.generation;
        let source = ctx.props().options.source.clone();
        let link = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            let hashed = |text: &str| {
                let dataset = parse(text)?;
                Ok((
                    Rc::new(dataset),
                    chiso_core::provenance::sha256_hex(text.as_bytes()),
                ))
            };
            let result = match source {
                Source::None => Err(LoadError::NoSource),
                Source::Inline(text) => hashed(&text),
                Source::Url(url) => match fetch_text(&url).await {
                    Ok(text) => hashed(&text),
                    Err(e) => Err(e),
                },
            };
            link.send_message(Msg::Loaded(generation, result));
        });
    }

    fn compute(&mut self, ctx: &Context<Self>) {
        if let Some(dataset) = &self.dataset {
            let o = &ctx.props().options;
            let mut session =
                Session::new(Rc::clone(dataset), o.entity.as_deref(), o.period.as_deref());
            session.report.dataset.sha256.clone_from(&self.sha256);
            self.state = State::Ready(Rc::new(session));
        }
    }
}

impl Component for App {
    type Message = Msg;
    type Properties = AppProps;

    fn create(ctx: &Context<Self>) -> Self {
        let mut app = App {
            state: State::Loading,
            generation: 0,
            dataset: None,
            sha256: None,
            view: ctx.props().options.view,
        };
        app.load(ctx);
        app
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Loaded(generation, _) if generation != self.generation => false,
            Msg::Loaded(_, Ok((dataset, sha256))) => {
                self.dataset = Some(dataset);
                self.sha256 = Some(sha256);
                self.compute(ctx);
                true
            }
            Msg::Loaded(_, Err(error)) => {
                self.dataset = None;
                self.sha256 = None;
                self.state = State::Failed(error);
                true
            }
            Msg::Show(view) => {
                let changed = view != self.view;
                self.view = view;
                changed
            }
        }
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &AppProps) -> bool {
        let (new, old) = (&ctx.props().options, &old.options);
        if new.view != old.view {
            self.view = new.view;
        }
        if new.source != old.source {
            self.load(ctx);
        } else if new.entity != old.entity || new.period != old.period {
            self.compute(ctx);
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let o = &ctx.props().options;
        let lang = o.lang;
        let (state, body) = match &self.state {
            State::Loading => (
                "loading",
                html! { <p class="loading" role="status">{ lang.pick("Đang tải dữ liệu…", "Loading the data…") }</p> },
            ),
            State::Failed(error) => (
                "error",
                html! { <ErrorPanel error={error.clone()} lang={lang} /> },
            ),
            State::Ready(session) => {
                let props = crate::views::ViewProps {
                    session: Rc::clone(session),
                    lang,
                    theme: o.theme,
                };
                let view = match self.view {
                    View::Overview => html! { <Overview ..props /> },
                    View::Gaps => html! { <Gaps ..props /> },
                    View::Agencies => html! { <Agencies ..props /> },
                    View::Budget => html! { <Budget ..props /> },
                    View::Targets => html! { <Targets ..props /> },
                    View::Tasks => html! { <Tasks ..props /> },
                };
                let info = &session.report.dataset;
                let on_select = ctx.link().callback(Msg::Show);
                (
                    "ready",
                    html! {
                        <>
                            <header class="head">
                                <h2 class="title">{ info.title.get(lang) }</h2>
                                <p class="meta">{ format!(
                                    "{} {} · {} {} · {} {}",
                                    lang.pick("Công bố", "Published"), info.published,
                                    lang.pick("số liệu đến", "data as of"), info.as_of,
                                    lang.pick("phiên bản", "version"), info.version,
                                ) }</p>
                            </header>
                            <Tabs current={self.view} lang={lang} on_select={on_select} />
                            <section class="panel" role="tabpanel" id="panel" data-view={self.view.name()}
                                aria-labelledby={format!("tab-{}", self.view.name())}>
                                { view }
                            </section>
                            <Provenance info={info.clone()} lang={lang} />
                        </>
                    },
                )
            }
        };
        html! {
            <div class="chiso" data-theme={o.theme.name()} data-state={state}
                lang={match lang { chiso_core::format::Lang::Vi => "vi", chiso_core::format::Lang::En => "en" }}>
                { body }
            </div>
        }
    }
}
