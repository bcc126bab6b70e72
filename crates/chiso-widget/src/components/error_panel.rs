//! The panel shown instead of the views when the data cannot be loaded.

use crate::error::LoadError;
use chiso_core::format::Lang;
use yew::prelude::*;

/// Props of [`ErrorPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct ErrorPanelProps {
    /// What went wrong.
    pub error: LoadError,
    /// Language.
    pub lang: Lang,
}

/// What went wrong, where (the JSON path of each validation problem), in the widget's language.
#[function_component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="error" role="alert" data-error={props.error.kind()}>
            <p class="error-title">{ props.error.title(lang) }</p>
            <ul>
                { for props.error.details(lang).into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </div>
    }
}
