//! Self-refresh of a widget whose `src` is a URL: the first load and every later fetch go through
//! here. The decisions are `chiso_core::refresh` (a pure state machine, tested natively); this
//! module does the I/O: the conditional fetch ([`crate::fetch`]), one timer, the kept file
//! ([`crate::cache`]), and the "stale since …" banner over the last good figures.
//!
//! Without the `refresh` attribute the widget loads once, as before: no timer, no storage.

use crate::app::{emit, App, Shared, State};
use crate::cache;
use crate::dom::El;
use crate::error::LoadError;
use crate::fetch::{fetch_file, Fetched, Validators};
use crate::load::{finish_digest, parse, start_digest};
use crate::options::Source;
use chiso_core::format::Lang;
use chiso_core::limits::Limits;
use chiso_core::model::Dataset;
use chiso_core::refresh::{Failure, Good, Outcome, Policy, Refresh};
use js_sys::{Function, Object, Promise, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::AbortController;

/// The widget's one JS callback type (see `crate::mount`).
pub type Callback = Closure<dyn FnMut(JsValue)>;

/// The refresh state of one widget.
#[derive(Debug)]
pub struct Refresher {
    /// What core decided so far.
    pub state: Refresh,
    /// Counts fetches: the answer of an older one is ignored.
    seq: u64,
    timer: Option<i32>,
    tick: Option<Callback>,
    /// `refresh()` promises waiting for the next answer.
    waiters: Vec<Function>,
}

impl Default for Refresher {
    fn default() -> Self {
        Refresher {
            state: Refresh::new(Policy::every(60_000)),
            seq: 0,
            timer: None,
            tick: None,
            waiters: Vec::new(),
        }
    }
}

impl Refresher {
    fn cancel_timer(&mut self) {
        if let (Some(id), Some(window)) = (self.timer.take(), web_sys::window()) {
            window.clear_timeout_with_handle(id);
        }
    }

    fn schedule(&mut self, ms: u64) {
        self.cancel_timer();
        let (Some(tick), Some(window)) = (&self.tick, web_sys::window()) else {
            return;
        };
        let ms = i32::try_from(ms).unwrap_or(i32::MAX);
        self.timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                ms,
            )
            .ok();
    }

    /// Stops the timer, drops its callback and answers waiting `refresh()` calls with `null`.
    pub fn stop(&mut self) {
        self.cancel_timer();
        self.tick = None;
        for resolve in self.waiters.drain(..) {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
        }
    }

    /// The banner over stale figures, in the reader's time zone.
    pub fn banner(&self, lang: Lang) -> Option<El> {
        let offset = -js_sys::Date::new_0().get_timezone_offset();
        // Offsets are whole minutes between -720 and 840.
        let text = self.state.banner(lang, offset as i32)?;
        Some(
            El::new("p")
                .class("stale")
                .attr("role", "status")
                .attr(
                    "data-stale-since",
                    &chiso_core::format::decimal::shortest(
                        self.state.stale_since_ms().unwrap_or_default(),
                    ),
                )
                .text(&text),
        )
    }
}

/// Creates the widget's refresh callback (once, at mount): it holds the widget weakly.
pub fn install(shared: &Shared) {
    let weak = Rc::downgrade(shared);
    let tick = Callback::new(move |_: JsValue| {
        if let Some(shared) = weak.upgrade() {
            check(&shared);
        }
    });
    if let Ok(mut app) = shared.try_borrow_mut() {
        app.refresh.tick = Some(tick);
    }
}

/// The policy of a refreshing widget; `None` when it loads once.
fn policy(app: &App) -> Option<Policy> {
    app.options.refresh_ms().map(Policy::every)
}

/// Starts loading the URL source: a refreshing widget shows the file kept from an earlier visit at
/// once (if any), then every widget fetches.
pub fn start(shared: &Shared) {
    let Ok(mut app) = shared.try_borrow_mut() else {
        return;
    };
    let Source::Url(url) = app.options.source.clone() else {
        return;
    };
    app.generation += 1;
    if let Some(old) = app.abort.take() {
        old.abort();
    }
    let policy = policy(&app);
    app.refresh.state = Refresh::new(policy.unwrap_or(Policy::every(60_000)));
    app.state = State::Loading;
    app.dataset = None;
    app.sha256 = None;
    if let Some((policy, entry)) = policy.zip(cache::load(&url)) {
        if let Ok(dataset) = parse(&entry.text) {
            app.dataset = Some(Rc::new(dataset));
            app.sha256 = Some(entry.good.hash.clone());
            app.refresh.state = Refresh::restored(policy, entry.good);
            app.compute();
        }
    }
    app.render();
    drop(app);
    emit(shared);
    check(shared);
}

/// Fetches the URL source now (the timer, or `refresh()`), and applies the answer.
pub fn check(shared: &Shared) {
    let Ok(mut app) = shared.try_borrow_mut() else {
        return;
    };
    let Source::Url(url) = app.options.source.clone() else {
        return;
    };
    app.refresh.cancel_timer();
    app.refresh.seq += 1;
    if let Some(old) = app.abort.take() {
        old.abort();
    }
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    app.abort = controller;
    let (generation, seq) = (app.generation, app.refresh.seq);
    let etag = app.refresh.state.if_none_match().map(str::to_string);
    let modified = app.refresh.state.if_modified_since().map(str::to_string);
    let timeout_ms = app.options.timeout_ms();
    let limits = Limits::with_max_bytes(app.options.max_bytes());
    drop(app);
    let weak = Rc::downgrade(shared);
    wasm_bindgen_futures::spawn_local(async move {
        let validators = Validators {
            etag: etag.as_deref(),
            last_modified: modified.as_deref(),
        };
        let fetched = fetch_file(&url, validators, timeout_ms, limits, signal.as_ref()).await;
        // A widget removed or reloaded meanwhile reads nothing.
        let current = weak.upgrade().is_some_and(|shared| {
            shared
                .try_borrow()
                .is_ok_and(|app| app.generation == generation && app.refresh.seq == seq)
        });
        if !current {
            return;
        }
        let fetched = match fetched {
            Ok(Fetched::Body {
                text,
                etag,
                last_modified,
            }) => {
                // The browser hashes the file (Web Crypto) while it is parsed here.
                let digest = start_digest(&text);
                let read = Box::new(parse(&text));
                let hash = match *read {
                    Ok(_) => finish_digest(digest, &text).await,
                    Err(_) => String::new(),
                };
                Ok(Answer::Body {
                    read,
                    hash,
                    text,
                    etag,
                    last_modified,
                })
            }
            Ok(Fetched::NotModified) => Ok(Answer::NotModified),
            Err(e) => Err(e),
        };
        let Some(shared) = weak.upgrade() else {
            return;
        };
        if let Ok(mut app) = shared.try_borrow_mut() {
            if app.generation == generation && app.refresh.seq == seq {
                apply(&mut app, &url, fetched);
            }
        }
        emit(&shared);
    });
}

/// A fetch's answer once read: the file parsed and hashed (the hash is empty when it did not parse).
enum Answer {
    /// 304.
    NotModified,
    /// 200.
    Body {
        /// The dataset, or why the file is refused.
        read: Box<Result<Dataset, LoadError>>,
        /// The file's SHA-256 (64 hex digits).
        hash: String,
        /// The file's text.
        text: String,
        /// The `ETag` header.
        etag: Option<String>,
        /// The `Last-Modified` header.
        last_modified: Option<String>,
    },
}

/// What a failed load means for the refresh state.
fn failure_of(error: &LoadError, lang: Lang) -> Failure {
    match error {
        LoadError::Http { status, .. } => Failure::Http(*status),
        LoadError::Network { .. } | LoadError::NoSource => Failure::Network,
        LoadError::Timeout { .. } => Failure::Timeout,
        other => Failure::Invalid(other.details(lang).into_iter().next().unwrap_or_default()),
    }
}

/// Applies the answer of a fetch: swaps to a new valid file, or keeps the last good one (stale),
/// or shows the error panel when there never was a good one; then waits for the next fetch.
fn apply(app: &mut App, url: &str, fetched: Result<Answer, LoadError>) {
    app.abort = None;
    let now = js_sys::Date::now();
    let lang = app.options.lang;
    let (outcome, error, new) = match fetched {
        Ok(Answer::NotModified) => (Outcome::NotModified, None, None),
        Ok(Answer::Body {
            read,
            hash,
            text,
            etag,
            last_modified,
        }) => match *read {
            Ok(dataset) => {
                let good = Good {
                    hash,
                    etag,
                    last_modified,
                    checked_at_ms: now,
                };
                (Outcome::Fresh(good), None, Some((dataset, text)))
            }
            Err(e) => (Outcome::Failed(failure_of(&e, lang)), Some(e), None),
        },
        Err(e) => (Outcome::Failed(failure_of(&e, lang)), Some(e), None),
    };
    let succeeded = !matches!(outcome, Outcome::Failed(_));
    let step = app.refresh.state.on(outcome, now);
    let keep = app.options.refresh_ms().is_some();
    let good = app.refresh.state.good().cloned();
    match (step.swap, new, good) {
        (true, Some((dataset, text)), Some(good)) => {
            app.dataset = Some(Rc::new(dataset));
            app.sha256 = Some(good.hash.clone());
            app.compute();
            if keep {
                cache::save(url, &good, Some(&text));
            }
        }
        (_, _, Some(good)) if keep && succeeded => cache::save(url, &good, None),
        (_, _, None) => {
            app.state = State::Failed(error.unwrap_or(LoadError::Http {
                url: url.to_string(),
                status: 304,
            }));
        }
        _ => {}
    }
    app.render();
    if policy(app).is_some() {
        app.refresh.schedule(step.next_ms);
    }
    let answer = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&answer, &k.into(), &v);
    };
    set("swap", step.swap.into());
    set("stale", app.refresh.state.stale_since_ms().is_some().into());
    set("failures", app.refresh.state.failures().into());
    set("next", (step.next_ms as f64).into());
    for resolve in app.refresh.waiters.drain(..) {
        let _ = resolve.call1(&JsValue::NULL, &answer);
    }
}

/// `refresh()`: fetches now; the promise resolves once the answer is applied and drawn, with
/// `{swap, stale, failures, next}` (`null` for a widget without a URL, or destroyed meanwhile).
pub fn now(shared: &Shared) -> Promise {
    let is_url = shared
        .try_borrow()
        .is_ok_and(|app| matches!(app.options.source, Source::Url(_)));
    if !is_url {
        return Promise::resolve(&JsValue::NULL);
    }
    let promise = Promise::new(&mut |resolve, _reject| {
        if let Ok(mut app) = shared.try_borrow_mut() {
            app.refresh.waiters.push(resolve);
        }
    });
    check(shared);
    promise
}
