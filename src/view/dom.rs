//! The DOM backend: builds the view tree with `create_element`, `set_attribute` and text
//! nodes. Article text only ever becomes a text node or an attribute value: never markup.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use super::Node;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Tags built in the SVG namespace.
const SVG_TAGS: &[&str] = &["circle", "g", "line", "path", "rect", "svg", "text", "title"];

/// Builds DOM nodes for a view node. `in_svg` is true inside an `<svg>` element.
pub fn build(doc: &Document, node: &Node, in_svg: bool) -> Result<web_sys::Node, JsValue> {
    match node {
        Node::Text(t) => Ok(doc.create_text_node(t).into()),
        Node::Element(e) => {
            let svg = in_svg || e.tag == "svg";
            let el: Element = if svg && SVG_TAGS.contains(&e.tag) {
                doc.create_element_ns(Some(SVG_NS), e.tag)?
            } else {
                doc.create_element(e.tag)?
            };
            for (name, value) in &e.attrs {
                el.set_attribute(name, value)?;
            }
            for child in &e.children {
                el.append_child(&build(doc, child, svg)?)?;
            }
            Ok(el.into())
        }
    }
}

/// Redraws `target` in place from `tree` (same tag): its attributes become the tree's and
/// its children are replaced in one step. `target` itself, and its listeners, stay.
pub fn replace(doc: &Document, target: &Element, tree: &super::Element) -> Result<(), JsValue> {
    let names = target.get_attribute_names();
    for name in names.iter() {
        if let Some(name) = name.as_string() {
            if !tree.attrs.iter().any(|(n, _)| *n == name) {
                target.remove_attribute(&name)?;
            }
        }
    }
    for (name, value) in &tree.attrs {
        target.set_attribute(name, value)?;
    }
    let fragment = doc.create_document_fragment();
    for child in &tree.children {
        fragment.append_child(&build(doc, child, tree.tag == "svg")?)?;
    }
    target.replace_children_with_node_1(&fragment);
    Ok(())
}
