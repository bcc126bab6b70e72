//! The last good file of a refreshing widget, kept in the browser's `localStorage` under
//! `chiso:` and the src URL: its text, and beside it its SHA-256, ETag, Last-Modified and when the
//! server last confirmed it. A reload while the server is down shows it, with the stale banner.
//! Storage may be missing, full or refused (private mode): then nothing is kept, nothing fails.

use chiso_core::refresh::Good;
use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::JsValue;
use web_sys::Storage;

/// A file kept from an earlier visit.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its identity and when it was last confirmed.
    pub good: Good,
    /// Its text.
    pub text: String,
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn key(url: &str) -> String {
    format!("chiso:{url}")
}

fn text_key(url: &str) -> String {
    format!("chiso:{url}#text")
}

fn field(meta: &JsValue, name: &str) -> Option<String> {
    Reflect::get(meta, &name.into()).ok()?.as_string()
}

/// The file kept for `url`, if any (and if its text still has the hash it was kept with).
pub fn load(url: &str) -> Option<Entry> {
    let storage = storage()?;
    let meta = JSON::parse(&storage.get_item(&key(url)).ok()??).ok()?;
    let text = storage.get_item(&text_key(url)).ok()??;
    let hash = field(&meta, "hash")?;
    if chiso_core::provenance::sha256_hex(text.as_bytes()) != hash {
        return None;
    }
    let checked_at_ms = Reflect::get(&meta, &"checked_at".into()).ok()?.as_f64()?;
    Some(Entry {
        good: Good {
            hash,
            etag: field(&meta, "etag"),
            last_modified: field(&meta, "last_modified"),
            checked_at_ms,
        },
        text,
    })
}

/// Keeps `good` for `url`, with its text when it is a new file (`None`: only the time it was
/// confirmed changes).
pub fn save(url: &str, good: &Good, text: Option<&str>) {
    let Some(storage) = storage() else {
        return;
    };
    let meta = Object::new();
    let set = |name: &str, value: JsValue| {
        let _ = Reflect::set(&meta, &name.into(), &value);
    };
    set("hash", good.hash.as_str().into());
    set("checked_at", good.checked_at_ms.into());
    if let Some(etag) = &good.etag {
        set("etag", etag.as_str().into());
    }
    if let Some(modified) = &good.last_modified {
        set("last_modified", modified.as_str().into());
    }
    if let Some(text) = text {
        if storage.set_item(&text_key(url), text).is_err() {
            // Full or refused: better no entry than one whose text is missing.
            let _ = storage.remove_item(&key(url));
            return;
        }
    }
    if let Some(meta) = JSON::stringify(&meta).ok().and_then(|m| m.as_string()) {
        let _ = storage.set_item(&key(url), &meta);
    }
}
