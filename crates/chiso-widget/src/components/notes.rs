//! The notes under a view: what the marks mean, and the documents the figures come from.

use crate::dom::El;
use chiso_core::format::Lang;

/// Marks legend and sources; `documents` are (number, issuer — title, date).
pub fn notes(lang: Lang, documents: &[(String, String, String)]) -> El {
    let mut notes = El::new("div").class("notes").child(El::new("p").text(lang.pick(
        "† số do chiso tính từ số liệu gốc · * số minh họa, không phải số liệu chính thức · – chưa có số liệu",
        "† computed by chiso from raw figures · * illustrative, not official · – no data",
    )));
    if !documents.is_empty() {
        let mut list = El::new("ul").class("sources");
        for (number, title, date) in documents {
            list = list.child(
                El::new("li")
                    .child(El::new("strong").text(number))
                    .text(" ")
                    .text(date)
                    .text(" · ")
                    .text(title),
            );
        }
        notes = notes
            .child(
                El::new("p")
                    .class("sources-title")
                    .text(lang.pick("Nguồn số liệu", "Sources")),
            )
            .child(list);
    }
    notes
}
