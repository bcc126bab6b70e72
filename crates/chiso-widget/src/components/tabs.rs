//! The row of view tabs: buttons reachable with Tab, arrow keys move between them (the widget's
//! delegated `keydown` listener asks [`key_move`] where a key goes).

use crate::dom::El;
use crate::view::View;
use chiso_core::format::Lang;

/// The tab list, `current` selected.
pub fn tabs(current: View, lang: Lang) -> El {
    let mut list = El::new("div")
        .class("tabs")
        .attr("role", "tablist")
        .attr("aria-label", lang.pick("Các góc nhìn", "Views"));
    for v in View::ALL {
        list = list.child(
            El::new("button")
                .attr("type", "button")
                .attr("role", "tab")
                .attr("id", &format!("tab-{}", v.name()))
                .attr("aria-selected", if v == current { "true" } else { "false" })
                .attr("aria-controls", "panel")
                .attr("data-view", v.name())
                .attr("data-action", "tab")
                .text(v.label(lang)),
        );
    }
    list
}

/// The view a key moves to from `current` (arrows wrap around, Home and End), if any.
pub fn key_move(current: View, key: &str) -> Option<View> {
    let len = View::ALL.len();
    let position = View::ALL.iter().position(|v| *v == current).unwrap_or(0);
    match key {
        "ArrowRight" => View::ALL.get((position + 1) % len),
        "ArrowLeft" => View::ALL.get((position + len - 1) % len),
        "Home" => View::ALL.first(),
        "End" => View::ALL.last(),
        _ => None,
    }
    .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_wrap_around_and_home_end_jump() {
        let first = View::ALL[0];
        let last = View::ALL[View::ALL.len() - 1];
        assert_eq!(key_move(first, "ArrowLeft"), Some(last));
        assert_eq!(key_move(last, "ArrowRight"), Some(first));
        assert_eq!(key_move(View::Gaps, "ArrowRight"), Some(View::Agencies));
        assert_eq!(key_move(View::Gaps, "Home"), Some(first));
        assert_eq!(key_move(View::Gaps, "End"), Some(last));
        assert_eq!(key_move(View::Gaps, "a"), None);
    }
}
