//! The panel shown instead of the views when the data cannot be loaded.

use crate::dom::El;
use crate::error::LoadError;
use chiso_core::format::Lang;

/// What went wrong, where (the JSON path of each validation problem), in the widget's language.
pub fn error_panel(error: &LoadError, lang: Lang) -> El {
    let mut list = El::new("ul");
    for line in error.details(lang) {
        list = list.child(El::new("li").text(&line));
    }
    El::new("div")
        .class("error")
        .attr("role", "alert")
        .attr("data-error", error.kind())
        .child(El::new("p").class("error-title").text(error.title(lang)))
        .child(list)
}
