//! The notes under a view: what the marks mean, and the documents the figures come from.

use chiso_core::format::Lang;
use yew::prelude::*;

/// Props of [`Notes`].
#[derive(Properties, Clone, PartialEq)]
pub struct NotesProps {
    /// Language.
    pub lang: Lang,
    /// The documents cited: (number, issuer — title, date).
    pub documents: Vec<(String, String, String)>,
}

/// Marks legend and sources.
#[function_component]
pub fn Notes(props: &NotesProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="notes">
            <p>{ lang.pick(
                "† số do chiso tính từ số liệu gốc · * số minh họa, không phải số liệu chính thức · – chưa có số liệu",
                "† computed by chiso from raw figures · * illustrative, not official · – no data",
            ) }</p>
            if !props.documents.is_empty() {
                <p class="sources-title">{ lang.pick("Nguồn số liệu", "Sources") }</p>
                <ul class="sources">
                    { for props.documents.iter().map(|(number, title, date)| html! {
                        <li><strong>{ number.clone() }</strong>{ " " }{ date.clone() }{ " · " }{ title.clone() }</li>
                    }) }
                </ul>
            }
        </div>
    }
}
