//! A tiny description of DOM nodes, `El::new("div").class("x").text("…")`, and the real nodes it
//! stands for. A view builds its tree in Rust; [`El::create`] makes the real nodes the first time,
//! and [`El::patch`] makes the nodes of the tree shown equal to a new tree by writing only what
//! differs (texts, attributes, the children added or removed), so an update crosses into the
//! browser only for what changed and the browser restyles and lays out little. Text is only
//! ever set as text nodes (labels from data are text, never HTML). A failure of the browser to
//! create a node is not expected; should it happen, the node is left out, so no panic can cross
//! the WebAssembly boundary.

use wasm_bindgen::JsCast as _;
use web_sys::{Document, Element, HtmlCanvasElement, HtmlInputElement, HtmlSelectElement, Node};

thread_local! {
    static DOCUMENT: Option<Document> = web_sys::window().and_then(|w| w.document());
}

/// The page's document, if there is one.
pub fn document() -> Option<Document> {
    DOCUMENT.with(Clone::clone)
}

/// A child: an element or a text.
#[derive(Debug, Clone)]
enum Kid {
    El(El),
    Text(String, Option<Node>),
}

/// An element: its tag, attributes and children, and, once shown, its node.
#[derive(Debug, Clone)]
pub struct El {
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    kids: Vec<Kid>,
    /// The chart painted on this canvas (its index in the render's charts).
    slot: Option<usize>,
    /// Patched over an element of the same tag, takes it over as it is (see [`El::kept`]).
    keep: bool,
    node: Option<Element>,
}

/// A canvas of the tree shown: the chart slot it was built with, the element, and whether the
/// element was already in the page (its size and painting are those of the last render).
#[derive(Debug, Clone)]
pub struct Canvas {
    /// Index of the chart in the render's charts.
    pub slot: usize,
    /// The element.
    pub element: HtmlCanvasElement,
    /// Kept from the previous render.
    pub kept: bool,
}

impl El {
    /// A new element with this tag name.
    pub fn new(tag: &'static str) -> El {
        El {
            tag,
            attrs: Vec::new(),
            kids: Vec::new(),
            slot: None,
            keep: false,
            node: None,
        }
    }

    /// An element that, patched over one of the same tag, keeps that element and everything in
    /// it as they are: no comparison, no write (the body of a hidden table while values change,
    /// rebuilt when the widget is idle). It must not hold a canvas. Created afresh, it is empty.
    pub fn kept(tag: &'static str) -> El {
        El {
            keep: true,
            ..El::new(tag)
        }
    }

    /// Sets an attribute.
    pub fn attr(mut self, name: &'static str, value: &str) -> El {
        match self.attrs.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => value.clone_into(v),
            None => self.attrs.push((name, value.to_string())),
        }
        self
    }

    /// Sets an attribute when `value` is `Some`.
    pub fn attr_opt(self, name: &'static str, value: Option<&str>) -> El {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Sets a boolean attribute (present with an empty value) when `on`.
    pub fn flag(self, name: &'static str, on: bool) -> El {
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
    pub fn text(mut self, text: &str) -> El {
        self.kids.push(Kid::Text(text.to_string(), None));
        self
    }

    /// Appends a child element.
    pub fn child(mut self, child: El) -> El {
        self.kids.push(Kid::El(child));
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
        self.kids.extend(children.into_iter().map(Kid::El));
        self
    }

    /// Marks this element (a `<canvas>`) as the one chart `slot` of the render is painted on.
    pub fn canvas_slot(mut self, slot: usize) -> El {
        self.slot = Some(slot);
        self
    }

    /// The value of an attribute set on this element.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The text of this element and its descendants, in order.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        for kid in &self.kids {
            match kid {
                Kid::El(e) => out.push_str(&e.text_content()),
                Kid::Text(t, _) => out.push_str(t),
            }
        }
        out
    }

    /// The first element, from this one down in document order, that has the attribute `name`.
    pub fn find_mut(&mut self, name: &str) -> Option<&mut El> {
        if self.get(name).is_some() {
            return Some(self);
        }
        self.kids.iter_mut().find_map(|k| match k {
            Kid::El(e) => e.find_mut(name),
            Kid::Text(..) => None,
        })
    }

    /// The real element, once created or patched.
    pub fn node(&self) -> Option<&Element> {
        self.node.as_ref()
    }

    /// Creates the real nodes of this tree (listing its canvases in `canvases`); returns the element.
    pub fn create(&mut self, canvases: &mut Vec<Canvas>) -> Option<Element> {
        let document = document()?;
        self.build(&document, canvases)
    }

    fn build(&mut self, document: &Document, canvases: &mut Vec<Canvas>) -> Option<Element> {
        let element = document.create_element(self.tag).ok()?;
        for (name, value) in &self.attrs {
            let _ = element.set_attribute(name, value);
        }
        for kid in &mut self.kids {
            if let Some(node) = kid.build(document, canvases) {
                let _ = element.append_child(&node);
            }
        }
        self.listed(&element, false, canvases);
        self.node = Some(element.clone());
        Some(element)
    }

    /// Lists this element in `canvases` when it carries a chart slot.
    fn listed(&self, element: &Element, kept: bool, canvases: &mut Vec<Canvas>) {
        if let Some(slot) = self.slot {
            if let Some(canvas) = element.dyn_ref::<HtmlCanvasElement>() {
                canvases.push(Canvas {
                    slot,
                    element: canvas.clone(),
                    kept,
                });
            }
        }
    }

    /// Makes the nodes of `old` (a tree shown) show this tree, writing only what differs; this
    /// tree takes over the nodes. An element of another tag is replaced. A kept `<canvas>` keeps
    /// the attributes its painter set (only those of the trees are compared). Form controls are
    /// set to the value the tree says (what the reader typed or chose is a property, not an
    /// attribute).
    pub fn patch(&mut self, old: El, canvases: &mut Vec<Canvas>) {
        let Some(document) = document() else {
            return;
        };
        self.update(&document, old, canvases);
    }

    fn update(&mut self, document: &Document, old: El, canvases: &mut Vec<Canvas>) {
        if self.keep && self.tag == old.tag && old.slot.is_none() {
            *self = old;
            return;
        }
        let Some(element) = old.node.clone() else {
            return;
        };
        if self.tag != old.tag || self.slot.is_some() != old.slot.is_some() {
            if let Some(new) = self.build(document, canvases) {
                if let Some(parent) = element.parent_node() {
                    let _ = parent.replace_child(&new, &element);
                }
            }
            return;
        }
        for (name, value) in &self.attrs {
            if old.get(name) != Some(value.as_str()) {
                let _ = element.set_attribute(name, value);
            }
        }
        for (name, _) in &old.attrs {
            if self.get(name).is_none() {
                let _ = element.remove_attribute(name);
            }
        }
        let mut olds = old.kids.into_iter();
        for kid in &mut self.kids {
            match olds.next() {
                Some(o) => kid.update(document, &element, o, canvases),
                None => {
                    if let Some(node) = kid.build(document, canvases) {
                        let _ = element.append_child(&node);
                    }
                }
            }
        }
        for o in olds {
            if let Some(node) = o.node() {
                let _ = element.remove_child(&node);
            }
        }
        self.form_state(&element);
        self.listed(&element, true, canvases);
        self.node = Some(element);
    }

    /// Sets an input's or a select's current value to the one this tree gives it.
    fn form_state(&self, element: &Element) {
        if let (Some(input), Some(value)) =
            (element.dyn_ref::<HtmlInputElement>(), self.get("value"))
        {
            if input.value() != value {
                input.set_value(value);
            }
        }
        if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
            let chosen = self.kids.iter().find_map(|k| match k {
                Kid::El(o) if o.get("selected").is_some() => o.get("value"),
                _ => None,
            });
            if let Some(value) = chosen {
                if select.value() != value {
                    select.set_value(value);
                }
            }
        }
    }
}

impl Kid {
    fn node(&self) -> Option<Node> {
        match self {
            Kid::El(e) => e.node.clone().map(Into::into),
            Kid::Text(_, n) => n.clone(),
        }
    }

    fn build(&mut self, document: &Document, canvases: &mut Vec<Canvas>) -> Option<Node> {
        match self {
            Kid::El(e) => e.build(document, canvases).map(Into::into),
            Kid::Text(text, node) => {
                let made: Node = document.create_text_node(text).into();
                *node = Some(made.clone());
                Some(made)
            }
        }
    }

    fn update(
        &mut self,
        document: &Document,
        parent: &Element,
        old: Kid,
        canvases: &mut Vec<Canvas>,
    ) {
        match (self, old) {
            (Kid::El(new), Kid::El(old)) => new.update(document, old, canvases),
            (Kid::Text(text, node), Kid::Text(was, Some(old))) => {
                if *text != was {
                    old.set_node_value(Some(text));
                }
                *node = Some(old);
            }
            (new, old) => {
                if let (Some(made), Some(old)) = (new.build(document, canvases), old.node()) {
                    let _ = parent.replace_child(&made, &old);
                }
            }
        }
    }
}

/// The nearest element, from `node` up, that has the attribute `name` (itself included).
pub fn closest_with(node: &Node, name: &str) -> Option<Element> {
    let mut current = Some(node.clone());
    while let Some(n) = current {
        if let Some(e) = n.dyn_ref::<Element>() {
            if e.has_attribute(name) {
                return Some(e.clone());
            }
        }
        current = n.parent_node();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_reads_back_its_attributes_and_text() {
        let mut tree = El::new("div")
            .class("a")
            .attr("class", "b")
            .flag("hidden", false)
            .child(El::new("p").attr("data-results", "").text("x"))
            .text("y");
        assert_eq!(tree.get("class"), Some("b"));
        assert_eq!(tree.get("hidden"), None);
        assert_eq!(tree.text_content(), "xy");
        let found = tree.find_mut("data-results").map(|e| e.tag);
        assert_eq!(found, Some("p"));
    }
}
