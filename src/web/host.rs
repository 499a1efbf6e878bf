//! Reading the article from a live element of the host page, and mapping the card's text
//! back into it.
//!
//! [`read`] walks the element's DOM (iteratively: no depth limit) and builds the same
//! [`Tree`] the HTML string reader builds, then runs the same core steps
//! ([`crate::input::html::read_tree`]): boilerplate marks, article finding, metadata, block
//! builder. So `render(element)` in the browser and `article-card --input html` on the saved
//! page give the same text. Besides the element, the page's `<head>` (`og:title`, JSON-LD,
//! `<title>`) and `<html lang>` are read for metadata; script text is read as data (JSON-LD)
//! and never run.
//!
//! Every character of the card text remembers its host text node and offset: [`HostText`]
//! is kept on the card handle (`Inner::host_text`) and turns card offsets into DOM ranges:
//!
//! ```ignore
//! // card offsets are UTF-16 units into card.text, as in the card data
//! let ranges: Vec<web_sys::Range> = host_text.ranges(quote.start, quote.end);
//! // e.g. CSS.highlights.set("ac-quote", new Highlight(...ranges)) on the JS side
//! ```
//!
//! One range per stretch of one text node: a quote running through `<b>Jens</b>
//! Stoltenberg` gives two ranges, and text the reader left out (an ad between two
//! paragraphs) is never covered. JavaScript callers get the same through
//! `handle.hostRanges(start, end)`. If the host page changes its text after the card was
//! drawn, offsets are clamped to the nodes' current text.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range, Text};

use crate::card::Utf16Index;
use crate::doc::Document;
use crate::input::html::{read_tree, Run, Tree};
use crate::rules::contains;
use crate::rules::html::KEPT_ATTRIBUTES;

use super::CardHandle;

/// Elements whose content is not copied from the host page (nothing in them is text or
/// metadata we read).
const NOT_COPIED: &[&str] = &["canvas", "iframe", "math", "noscript", "style", "svg", "template", "video"];

/// The map from the card's text to the host page's text nodes.
pub struct HostText {
    /// The document text (the card's `text`).
    text: String,
    index: Utf16Index,
    /// The host text nodes, by the origin number the runs use.
    nodes: Vec<Text>,
    runs: Vec<Run>,
}

impl std::fmt::Debug for HostText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostText").field("nodes", &self.nodes.len()).field("runs", &self.runs.len()).finish()
    }
}

/// Reads the article in `el` (and the page's metadata) into a document and its map.
pub fn read(el: &Element) -> (Document, HostText) {
    let mut tree = Tree::new();
    let mut nodes = Vec::new();
    let doc = el.owner_document();
    let html_el = doc.as_ref().and_then(|d| d.document_element());
    let lang = html_el.as_ref().and_then(|h| h.get_attribute("lang"));
    let top = tree.append_element(0, "html".into(), lang.map(|l| vec![("lang".into(), l)]).unwrap_or_default());
    if let Some(head) = doc.as_ref().and_then(|d| d.query_selector("head").ok().flatten()) {
        if !el.contains(Some(&head)) {
            copy(&head, top, &mut tree, &mut nodes);
        }
    }
    copy(el, top, &mut tree, &mut nodes);
    let (doc, runs) = read_tree(&tree);
    let host = HostText { index: Utf16Index::new(&doc.text), text: doc.text.clone(), nodes, runs };
    (doc, host)
}

/// Copies the subtree of `root` under tree node `parent`, walking the DOM with an explicit
/// stack of tree nodes.
fn copy(root: &Element, parent: usize, tree: &mut Tree, nodes: &mut Vec<Text>) {
    let root_id = append_element(tree, parent, root);
    if NOT_COPIED.contains(&tree.tag(root_id)) {
        return;
    }
    let mut ids = vec![root_id];
    let mut cur = root.first_child();
    while let Some(node) = cur {
        let top = *ids.last().unwrap_or(&root_id);
        let mut down = None;
        match node.node_type() {
            Node::ELEMENT_NODE => {
                if let Some(el) = node.dyn_ref::<Element>() {
                    let id = append_element(tree, top, el);
                    if !NOT_COPIED.contains(&tree.tag(id)) {
                        down = node.first_child().map(|c| (id, c));
                    }
                }
            }
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                if let (Some(data), Ok(text)) = (node.node_value(), node.clone().dyn_into::<Text>()) {
                    tree.append_text(top, &data, nodes.len(), 0, false);
                    nodes.push(text);
                }
            }
            _ => {}
        }
        if let Some((id, child)) = down {
            ids.push(id);
            cur = Some(child);
            continue;
        }
        // Next sibling, or up until one (never above `root`).
        let mut n = node;
        cur = loop {
            if let Some(s) = n.next_sibling() {
                break Some(s);
            }
            if ids.len() <= 1 {
                break None;
            }
            ids.pop();
            match n.parent_node() {
                Some(p) => n = p,
                None => break None,
            }
        };
    }
}

fn append_element(tree: &mut Tree, parent: usize, el: &Element) -> usize {
    let tag = el.local_name().to_ascii_lowercase();
    let mut attrs = Vec::new();
    for name in el.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        let name = name.to_ascii_lowercase();
        if contains(KEPT_ATTRIBUTES, &name) {
            if let Some(v) = el.get_attribute(&name) {
                attrs.push((name, v));
            }
        }
    }
    tree.append_element(parent, tag, attrs)
}

impl HostText {
    /// The host text nodes and UTF-16 offsets in them that hold card text
    /// `start..end` (UTF-16 units), one `(node, from, to)` per stretch of one node.
    pub fn pieces(&self, start: usize, end: usize) -> Vec<(Text, u32, u32)> {
        let a = self.index.to_byte(&self.text, start);
        let b = self.index.to_byte(&self.text, end);
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        let k = self.runs.partition_point(|r| r.text + r.len <= a);
        for r in self.runs[k..].iter().take_while(|r| r.text < b) {
            let s = r.pos + (a.max(r.text) - r.text);
            let e = r.pos + (b.min(r.text + r.len) - r.text);
            match spans.last_mut() {
                Some(last) if last.0 == r.node && last.2 == s => last.2 = e,
                _ => spans.push((r.node, s, e)),
            }
        }
        spans
            .into_iter()
            .filter_map(|(n, s, e)| {
                let node = self.nodes.get(n)?;
                let data = node.node_value().unwrap_or_default();
                Some((node.clone(), utf16_at(&data, s), utf16_at(&data, e)))
            })
            .filter(|(_, s, e)| s < e)
            .collect()
    }

    /// DOM ranges over the host text that card text `start..end` (UTF-16 units) came from,
    /// for the CSS Custom Highlight API or a selection.
    pub fn ranges(&self, start: usize, end: usize) -> Vec<Range> {
        self.pieces(start, end)
            .into_iter()
            .filter_map(|(node, s, e)| {
                let range = node.owner_document()?.create_range().ok()?;
                range.set_start(&node, s).ok()?;
                range.set_end(&node, e).ok()?;
                Some(range)
            })
            .collect()
    }
}

/// The UTF-16 offset of byte `pos` of `s` (clamped to its length, rounded to a char).
fn utf16_at(s: &str, pos: usize) -> u32 {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        if i >= pos {
            break;
        }
        units += c.len_utf16();
    }
    units as u32
}

#[wasm_bindgen]
impl CardHandle {
    /// Ranges over the host page's own text for card text `start..end` (UTF-16 offsets of
    /// `card.text`): empty unless the card was drawn from an element of the page.
    #[wasm_bindgen(js_name = hostRanges, unchecked_return_type = "Range[]")]
    pub fn host_ranges(&self, start: u32, end: u32) -> js_sys::Array {
        let out = js_sys::Array::new();
        let Some(inner) = self.inner.as_ref().and_then(|i| i.try_borrow().ok()) else { return out };
        if let Some(host) = &inner.host_text {
            for r in host.ranges(start as usize, end as usize) {
                out.push(&r);
            }
        }
        out
    }
}
