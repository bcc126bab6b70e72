//! A tiny builder of real DOM nodes over `web_sys`: `El::new("div").class("x").text("…")`.
//! No virtual DOM and no diffing: a view builds its subtree and the widget swaps it in. Text is
//! only ever set as text nodes (labels from data are text, never HTML). A failure of the browser
//! to create a node is not expected; should it happen, the builder silently does nothing, so
//! no panic can cross the WebAssembly boundary.

use web_sys::{Document, Element, Node};

thread_local! {
    static DOCUMENT: Option<Document> = web_sys::window().and_then(|w| w.document());
}

/// The page's document, if there is one.
pub fn document() -> Option<Document> {
    DOCUMENT.with(Clone::clone)
}

/// An element being built.
#[derive(Debug, Clone)]
pub struct El(Option<Element>);

impl El {
    /// A new element with this tag name.
    pub fn new(tag: &str) -> El {
        El(document().and_then(|d| d.create_element(tag).ok()))
    }

    /// Sets an attribute.
    pub fn attr(self, name: &str, value: &str) -> El {
        if let Some(e) = &self.0 {
            let _ = e.set_attribute(name, value);
        }
        self
    }

    /// Sets an attribute when `value` is `Some`.
    pub fn attr_opt(self, name: &str, value: Option<&str>) -> El {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Sets a boolean attribute (present with an empty value) when `on`.
    pub fn flag(self, name: &str, on: bool) -> El {
        if on {
            self.attr(name, "")
        } else {
            self
        }
    }

    /// Sets the `class` attribute.
    pub fn class(self, class: &str) -> El {
        self.attr("class", class)
    }

    /// Appends a text node.
    pub fn text(self, text: &str) -> El {
        if let Some(e) = &self.0 {
            let _ = e.append_with_str_1(text);
        }
        self
    }

    /// Appends a child element.
    pub fn child(self, child: El) -> El {
        if let (Some(e), Some(c)) = (&self.0, &child.0) {
            let _ = e.append_child(c);
        }
        self
    }

    /// Appends a child element when there is one.
    pub fn child_opt(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }

    /// Appends child elements in order.
    pub fn children(mut self, children: Vec<El>) -> El {
        for c in children {
            self = self.child(c);
        }
        self
    }

    /// The element built (`None` only if the browser refused to create it).
    pub fn element(&self) -> Option<&Element> {
        self.0.as_ref()
    }

    /// Takes the element out of the builder.
    pub fn into_element(self) -> Option<Element> {
        self.0
    }
}

/// Replaces every child of `parent` by `child`.
pub fn replace_children(parent: &Element, child: &El) {
    parent.set_text_content(None);
    if let Some(c) = child.element() {
        let _ = parent.append_child(c);
    }
}

/// The nearest element, from `node` up, that has the attribute `name` (itself included).
pub fn closest_with(node: &Node, name: &str) -> Option<Element> {
    let mut current = Some(node.clone());
    while let Some(n) = current {
        if let Some(e) = wasm_bindgen::JsCast::dyn_ref::<Element>(&n) {
            if e.has_attribute(name) {
                return Some(e.clone());
            }
        }
        current = n.parent_node();
    }
    None
}
