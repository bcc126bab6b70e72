//! The page URL's `scenario` parameter, under `sync-url`: read once when the data is loaded, and
//! written with `history.replaceState` after every scenario change. Only that parameter is
//! touched; the page's other parameters and its history entries stay as they are.

use web_sys::Url;

/// The query parameter that holds the scenario.
pub const PARAM: &str = "scenario";

fn page_url() -> Option<Url> {
    let href = web_sys::window()?.location().href().ok()?;
    Url::new(&href).ok()
}

/// The page URL's scenario text, when it has a non-empty one.
pub fn read() -> Option<String> {
    page_url()?
        .search_params()
        .get(PARAM)
        .filter(|s| !s.trim().is_empty())
}

/// Writes `query` into the page URL (or removes the parameter when it is empty), replacing the
/// current history entry. Does nothing when the URL already says so.
pub fn write(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(url) = page_url() else {
        return;
    };
    let params = url.search_params();
    let current = params.get(PARAM).unwrap_or_default();
    if current == query {
        return;
    }
    if query.is_empty() {
        params.delete(PARAM);
    } else {
        params.set(PARAM, query);
    }
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url.href()));
    }
}
