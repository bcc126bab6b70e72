//! Fetching a published file, for the first load and every refresh: a conditional request (the
//! last good file's ETag and Last-Modified), a time limit and a size limit. Every failure is a
//! [`LoadError`]; nothing here panics, and no closure is created per request (the time limit is
//! `AbortSignal.timeout`, combined with the widget's own signal by `AbortSignal.any`).

use crate::error::LoadError;
use crate::load::js_message;
use chiso_core::limits::Limits;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast as _, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestInit, Response};

/// The body of `response`, still in the browser's memory (`Uint8Array::to_vec` copies it into
/// wasm memory once, after its size was checked).
pub async fn body_bytes(response: &Response) -> Result<js_sys::Uint8Array, JsValue> {
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer))
}

/// A body's bytes as text, decoded as the browser's `Response.text()` does (UTF-8, a leading
/// byte-order mark dropped, each invalid sequence replaced by U+FFFD); valid UTF-8 without a mark
/// (every file `chiso` writes) is checked once and kept without a copy.
pub fn text_of(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The default time allowed for a response and its body.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;

/// What a fetch brought.
#[derive(Debug)]
pub enum Fetched {
    /// 304: the file the widget has is still the published one.
    NotModified,
    /// 200: the text, with the validators of the next conditional request.
    Body {
        /// The file's text.
        text: String,
        /// The `ETag` header.
        etag: Option<String>,
        /// The `Last-Modified` header.
        last_modified: Option<String>,
    },
}

/// The validators of a conditional request.
#[derive(Debug, Default, Clone, Copy)]
pub struct Validators<'a> {
    /// `If-None-Match`.
    pub etag: Option<&'a str>,
    /// `If-Modified-Since`.
    pub last_modified: Option<&'a str>,
}

/// Whether `url` is on the page's origin: conditional headers are not CORS-safelisted, so a
/// cross-origin request sends none (the browser's cache revalidates it instead).
fn same_origin(url: &str) -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let (Ok(origin), Ok(href)) = (location.origin(), location.href()) else {
        return false;
    };
    web_sys::Url::new_with_base(url, &href).is_ok_and(|u| u.origin() == origin)
}

/// Fetches `url` within `timeout_ms` and `limits.max_bytes`; `cancel` aborts it (the widget was
/// removed, or a newer load started).
pub async fn fetch_file(
    url: &str,
    validators: Validators<'_>,
    timeout_ms: u32,
    limits: Limits,
    cancel: Option<&AbortSignal>,
) -> Result<Fetched, LoadError> {
    let network = |detail: String| LoadError::Network {
        url: url.to_string(),
        detail,
    };
    let window = web_sys::window().ok_or_else(|| network("no window".into()))?;
    let timer = AbortSignal::timeout_with_u32(timeout_ms);
    let signal = match cancel {
        Some(cancel) => AbortSignal::any(&js_sys::Array::of2(cancel, &timer)),
        None => timer.clone(),
    };
    let timed_out = || LoadError::Timeout {
        url: url.to_string(),
        seconds: timeout_ms.div_ceil(1000),
    };
    let failed = |e: JsValue| {
        if timer.aborted() {
            timed_out()
        } else {
            network(js_message(&e))
        }
    };
    let init = RequestInit::new();
    init.set_signal(Some(&signal));
    let conditional = validators.etag.is_some() || validators.last_modified.is_some();
    if conditional && same_origin(url) {
        let headers = Object::new();
        for (name, value) in [
            ("If-None-Match", validators.etag),
            ("If-Modified-Since", validators.last_modified),
        ] {
            if let Some(value) = value {
                let _ = Reflect::set(&headers, &name.into(), &value.into());
            }
        }
        init.set_headers(&headers);
    } else if conditional {
        init.set_cache(web_sys::RequestCache::NoCache);
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?;
    let response: Response = response.dyn_into().map_err(failed)?;
    if response.status() == 304 {
        return Ok(Fetched::NotModified);
    }
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let headers = response.headers();
    let header = |name: &str| headers.get(name).ok().flatten();
    // A declared length over the limit is refused before the body is read.
    if let Some(length) =
        header("content-length").and_then(|l| chiso_core::num::unsigned::<u64>(l.trim()))
    {
        limits.check_size(length).map_err(LoadError::TooLarge)?;
    }
    // The body as bytes, copied into wasm memory once (a JS string would be decoded to UTF-16 by
    // the browser, then encoded back to UTF-8 on its way in: 110–210 ms for the 16.7 MB
    // national file).
    // A body over the limit is refused before it is copied into wasm memory (which never shrinks).
    let bytes = body_bytes(&response).await.map_err(failed)?;
    limits
        .check_size(u64::from(bytes.length()))
        .map_err(LoadError::TooLarge)?;
    let text = text_of(bytes.to_vec());
    Ok(Fetched::Body {
        text,
        etag: header("etag"),
        last_modified: header("last-modified"),
    })
}

#[cfg(test)]
mod tests {
    use super::text_of;

    #[test]
    fn a_body_is_read_as_the_browser_reads_text() {
        assert_eq!(
            text_of(b"{\"a\": \"Kh\xC3\xA1nh H\xC3\xB2a\"}".to_vec()),
            "{\"a\": \"Khánh Hòa\"}"
        );
        assert_eq!(text_of(b"\xEF\xBB\xBF{}".to_vec()), "{}", "byte-order mark");
        assert_eq!(
            text_of(b"\"a\xFFb\"".to_vec()),
            "\"a\u{FFFD}b\"",
            "invalid byte"
        );
        assert_eq!(
            text_of(b"\"\xC3\"".to_vec()),
            "\"\u{FFFD}\"",
            "cut sequence"
        );
        assert_eq!(text_of(Vec::new()), "");
    }
}
