//! The footer line that traces what is shown to the exact file: title, publication date, version and
//! the first digits of the file's SHA-256 (the same as `chiso report` prints for the same file).

use crate::dom::El;
use chiso_core::format::Lang;
use chiso_core::provenance::SHORT_HASH_LEN;
use chiso_core::report::DatasetInfo;

/// The provenance footer; `info.sha256` is set when the widget had the file's bytes.
pub fn provenance(info: &DatasetInfo, lang: Lang) -> El {
    let hash = info.sha256.as_deref().unwrap_or_default();
    let short = hash.get(..SHORT_HASH_LEN).unwrap_or_default();
    let p = El::new("p")
        .class("provenance")
        .attr("data-sha256", hash)
        .text(info.title.get(lang))
        .text(&format!(
            " · {} {} · {} {}",
            lang.pick("công bố", "published"),
            info.published,
            lang.pick("phiên bản", "version"),
            info.version,
        ));
    if short.is_empty() {
        return p;
    }
    p.text(" · SHA-256 ").child(
        El::new("code")
            .class("hash")
            .attr("title", hash)
            .text(short),
    )
}
