//! The string backend: writes the view tree as HTML, escaping every text and attribute.

use std::fmt::Write;

use super::{Element, Node, ViewOptions, ViewState, STYLE};
use crate::card::Card;

/// Escapes text for an element's content: `&`, `<`, `>`.
pub fn escape_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

/// Escapes text for a double-quoted attribute value: also `"` and `'`.
pub fn escape_attr(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Elements that have no closing tag.
const VOID: &[&str] = &["br", "hr", "img", "input", "meta"];

/// SVG elements written self-closed when empty.
const SVG_EMPTY: &[&str] = &["circle", "line", "path", "rect"];

/// Writes a node and its children.
pub fn write_node(out: &mut String, node: &Node) {
    match node {
        Node::Text(t) => escape_text(out, t),
        Node::Element(e) => write_element(out, e),
    }
}

fn write_element(out: &mut String, e: &Element) {
    out.push('<');
    out.push_str(e.tag);
    for (name, value) in &e.attrs {
        let _ = write!(out, " {name}=\"");
        escape_attr(out, value);
        out.push('"');
    }
    if e.children.is_empty() && SVG_EMPTY.contains(&e.tag) {
        out.push_str("/>");
        return;
    }
    out.push('>');
    if VOID.contains(&e.tag) {
        return;
    }
    for c in &e.children {
        write_node(out, c);
    }
    let _ = write!(out, "</{}>", e.tag);
}

/// A whole static page holding the card: self-contained, no script.
pub fn document(card: &Card, options: &ViewOptions) -> String {
    let mut out = String::with_capacity(card.text.len() + 4096);
    out.push_str("<!doctype html>\n<html lang=\"");
    escape_attr(&mut out, card.meta.lang.as_deref().unwrap_or("en"));
    out.push_str("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>");
    escape_text(&mut out, card.meta.title.as_deref().unwrap_or("Article summary"));
    out.push_str("</title><style>\n");
    out.push_str(&STYLE.replace(":host", ":root"));
    out.push_str("</style></head><body>\n");
    write_node(&mut out, &super::card(card, options, &ViewState::default()).into());
    out.push_str("\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::el;

    #[test]
    fn escapes_by_context() {
        let mut s = String::new();
        write_node(&mut s, &el("p").attr("title", "a\"b'<").text("<script>&").into());
        assert_eq!(s, "<p title=\"a&quot;b&#39;&lt;\">&lt;script&gt;&amp;</p>");
    }
}
