//! Wall-screen rotation (`rotate="overview,gaps,budget"`, `rotate-seconds`): the widget shows the
//! next view of the list every N seconds, and pauses while someone uses it (any click, key or
//! touch), resuming after a quiet period of three rotations.

use crate::app::{emit, Shared};
use crate::refresh::Callback;
use crate::view::View;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// The rotation of one widget and its one timer.
#[derive(Debug, Default)]
pub struct Rotation {
    timer: Option<i32>,
    tick: Option<Callback>,
    /// No rotation before this time (ms since 1970): someone is using the widget.
    paused_until: f64,
}

impl Rotation {
    fn cancel(&mut self) {
        if let (Some(id), Some(window)) = (self.timer.take(), web_sys::window()) {
            window.clear_timeout_with_handle(id);
        }
    }

    fn schedule(&mut self, ms: f64) {
        self.cancel();
        let (Some(tick), Some(window)) = (&self.tick, web_sys::window()) else {
            return;
        };
        let ms = chiso_core::num::clamp(ms, 0.0, f64::from(i32::MAX)) as i32;
        self.timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                ms,
            )
            .ok();
    }

    /// (Re)starts the rotation for `views` every `every_ms`; stops it when there is nothing to
    /// rotate.
    pub fn arm(&mut self, views: &[View], every_ms: u64) {
        if views.len() > 1 && every_ms > 0 {
            self.schedule(every_ms as f64);
        } else {
            self.cancel();
        }
    }

    /// Someone used the widget: no rotation for three rotations' time.
    pub fn touched(&mut self, every_ms: u64) {
        self.paused_until = js_sys::Date::now() + 3.0 * every_ms as f64;
    }

    /// Whether rotation is paused now.
    pub fn paused(&self) -> bool {
        js_sys::Date::now() < self.paused_until
    }

    /// Stops the timer and drops its callback.
    pub fn stop(&mut self) {
        self.cancel();
        self.tick = None;
    }
}

/// The view after `current` in `views` (the first when `current` is not in the list).
pub fn next(views: &[View], current: View) -> Option<View> {
    let at = views.iter().position(|v| *v == current);
    match at {
        Some(i) => views.get((i + 1) % views.len()).copied(),
        None => views.first().copied(),
    }
}

/// Creates the rotation callback (once, at mount) and starts rotating if the options ask for it.
pub fn install(shared: &Shared) {
    let weak = Rc::downgrade(shared);
    let tick = Callback::new(move |_: JsValue| {
        if let Some(shared) = weak.upgrade() {
            turn(&shared);
            emit(&shared);
        }
    });
    if let Ok(mut app) = shared.try_borrow_mut() {
        app.rotation.tick = Some(tick);
        let (views, every) = (app.options.rotate.clone(), app.options.rotate_ms());
        app.rotation.arm(&views, every);
    }
}

/// One turn: the next view, unless paused (then a check again when the pause ends).
fn turn(shared: &Shared) {
    let Ok(mut app) = shared.try_borrow_mut() else {
        return;
    };
    let (views, every) = (app.options.rotate.clone(), app.options.rotate_ms());
    let wait = app.rotation.paused_until - js_sys::Date::now();
    if wait > 0.0 {
        app.rotation.schedule(wait);
        return;
    }
    if let Some(view) = next(&views, app.view) {
        app.show(view);
        app.render();
    }
    app.rotation.arm(&views, every);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_view_wraps_around_and_starts_from_the_first_unknown() {
        let views = [View::Overview, View::Gaps, View::Budget];
        assert_eq!(next(&views, View::Overview), Some(View::Gaps));
        assert_eq!(next(&views, View::Budget), Some(View::Overview));
        assert_eq!(next(&views, View::Tasks), Some(View::Overview));
        assert_eq!(next(&[], View::Tasks), None);
    }
}
