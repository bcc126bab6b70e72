//! The row of view tabs: buttons reachable with Tab, arrow keys move between them.

use crate::view::View;
use chiso_core::format::Lang;
use yew::prelude::*;

/// Props of [`Tabs`].
#[derive(Properties, Clone, PartialEq)]
pub struct TabsProps {
    /// The view shown.
    pub current: View,
    /// Language.
    pub lang: Lang,
    /// Called with the view chosen.
    pub on_select: Callback<View>,
}

/// The tab list.
#[function_component]
pub fn Tabs(props: &TabsProps) -> Html {
    let lang = props.lang;
    let keydown = {
        let on_select = props.on_select.clone();
        let current = props.current;
        Callback::from(move |e: KeyboardEvent| {
            let position = View::ALL.iter().position(|v| *v == current).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => View::ALL.get((position + 1) % View::ALL.len()),
                "ArrowLeft" => View::ALL.get((position + View::ALL.len() - 1) % View::ALL.len()),
                "Home" => View::ALL.first(),
                "End" => View::ALL.last(),
                _ => None,
            };
            if let Some(v) = next {
                e.prevent_default();
                on_select.emit(*v);
            }
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label={lang.pick("Các góc nhìn", "Views")} onkeydown={keydown}>
            { for View::ALL.iter().map(|&v| {
                let on_select = props.on_select.clone();
                let selected = v == props.current;
                html! {
                    <button type="button" role="tab" id={format!("tab-{}", v.name())}
                        aria-selected={selected.to_string()} aria-controls="panel"
                        data-view={v.name()}
                        onclick={Callback::from(move |_: MouseEvent| on_select.emit(v))}>
                        { v.label(lang) }
                    </button>
                }
            }) }
        </div>
    }
}
