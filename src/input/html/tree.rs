//! The page as a tree in one arena: elements (tag and kept attributes) and text nodes
//! (decoded text and where each piece of it came from).
//!
//! Two builders fill it: [`parse`] from an HTML string (with HTML's implied end tags, so
//! `<p>a<p>b` is two paragraphs) and the host-page reader (`web::host`) from a live DOM.
//! Everything after it reads the tree, so the browser and the command line agree. Nodes
//! are numbered in document order (a parent before its children) and linked by index; no
//! code walks the tree recursively, so 100,000 levels of nesting cost no stack.

use crate::rules::contains;
use crate::rules::html::{CLOSES_P_TAGS, VOID_TAGS};

use super::entities::{decode_into, Piece};
use super::tokenizer::{Token, Tokenizer};

/// "No node" in the links between nodes.
pub const NONE: usize = usize::MAX;

#[derive(Debug)]
pub struct Node {
    pub parent: usize,
    pub first_child: usize,
    pub last_child: usize,
    pub next_sibling: usize,
    pub kind: Kind,
}

#[derive(Debug)]
pub enum Kind {
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
    },
    /// Decoded text; `pieces` index [`Tree::pieces`] and map it back to its origin.
    Text {
        text: String,
        pieces: std::ops::Range<usize>,
    },
}

/// The arena. Node 0 is the document root (tag `#root`).
#[derive(Debug)]
pub struct Tree {
    pub nodes: Vec<Node>,
    pub pieces: Vec<Piece>,
}

impl Default for Tree {
    fn default() -> Self {
        Self::new()
    }
}

impl Tree {
    pub fn new() -> Self {
        let root = Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            kind: Kind::Element { tag: "#root".into(), attrs: Vec::new() },
        };
        Tree { nodes: vec![root], pieces: Vec::new() }
    }

    fn append(&mut self, parent: usize, kind: Kind) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node { parent, first_child: NONE, last_child: NONE, next_sibling: NONE, kind });
        let p = &mut self.nodes[parent];
        let prev = p.last_child;
        p.last_child = id;
        if prev == NONE {
            p.first_child = id;
        } else {
            self.nodes[prev].next_sibling = id;
        }
        id
    }

    /// Appends an element under `parent`; returns its index.
    pub fn append_element(&mut self, parent: usize, tag: String, attrs: Vec<(String, String)>) -> usize {
        self.append(parent, Kind::Element { tag, attrs })
    }

    /// Appends text under `parent` (joined to a text node just before it): `raw` from byte
    /// `pos` of origin `node`, with character references decoded when `decode` is set.
    pub fn append_text(&mut self, parent: usize, raw: &str, node: usize, pos: usize, decode: bool) {
        let last = self.nodes[parent].last_child;
        let id = match self.nodes.get(last) {
            Some(Node { kind: Kind::Text { .. }, .. }) => last,
            _ => {
                let at = self.pieces.len();
                self.append(parent, Kind::Text { text: String::new(), pieces: at..at })
            }
        };
        let Kind::Text { text, pieces } = &mut self.nodes[id].kind else { return };
        if pieces.end != self.pieces.len() {
            // Only the last text node of the tree can grow; an earlier one keeps its text.
            return;
        }
        if decode {
            decode_into(raw, node, pos, text, &mut self.pieces);
        } else {
            self.pieces.push(Piece { at: text.len(), node, pos });
            text.push_str(raw);
        }
        pieces.end = self.pieces.len();
    }

    /// The tag of an element (`""` for text).
    pub fn tag(&self, i: usize) -> &str {
        match &self.nodes[i].kind {
            Kind::Element { tag, .. } => tag,
            Kind::Text { .. } => "",
        }
    }

    /// An attribute of an element.
    pub fn attr(&self, i: usize, name: &str) -> Option<&str> {
        match &self.nodes[i].kind {
            Kind::Element { attrs, .. } => attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()),
            Kind::Text { .. } => None,
        }
    }

    /// The text of a text node (`""` for an element).
    pub fn text(&self, i: usize) -> &str {
        match &self.nodes[i].kind {
            Kind::Text { text, .. } => text,
            Kind::Element { .. } => "",
        }
    }

    /// The pieces that map a text node's text back to its origin.
    pub fn pieces_of(&self, i: usize) -> &[Piece] {
        match &self.nodes[i].kind {
            Kind::Text { pieces, .. } => &self.pieces[pieces.clone()],
            Kind::Element { .. } => &[],
        }
    }

    /// The node after `i` in document order within the subtree of `root`, optionally
    /// without entering `i`'s children.
    pub fn next_in(&self, root: usize, i: usize, enter: bool) -> usize {
        if enter && self.nodes[i].first_child != NONE {
            return self.nodes[i].first_child;
        }
        let mut n = i;
        while n != root && n != NONE {
            if self.nodes[n].next_sibling != NONE {
                return self.nodes[n].next_sibling;
            }
            n = self.nodes[n].parent;
        }
        NONE
    }

    /// The text of the subtree of `i`, whitespace collapsed.
    pub fn text_content(&self, i: usize) -> String {
        let mut out = String::new();
        let mut n = i;
        while n != NONE {
            for w in self.text(n).split_whitespace() {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                out.push_str(w);
            }
            if matches!(self.tag(n), "br" | "p" | "div" | "li") && !out.is_empty() {
                out.push(' ');
            }
            n = self.next_in(i, n, true);
        }
        out.truncate(out.trim_end().len());
        out
    }

    /// The text of a heading up to its first block (an unclosed `<h1>` can swallow the
    /// paragraphs after it, in browsers too: `<h1>Title<p>Text...`).
    /// Also the first line of a byline box: `<div class=byline><div>By Ann Lee</div><div>BBC
    /// News</div></div>` gives `By Ann Lee`.
    pub fn first_line(&self, i: usize) -> String {
        let mut out = String::new();
        let mut n = self.next_in(i, i, true);
        while n != NONE {
            let boundary = contains(crate::rules::html::BLOCK_TAGS, self.tag(n)) || self.tag(n) == "br";
            if boundary && !out.trim().is_empty() {
                break;
            }
            out.push_str(self.text(n));
            n = self.next_in(i, n, true);
        }
        out
    }

    /// True when `a` is `d` or one of its ancestors.
    pub fn is_ancestor(&self, a: usize, d: usize) -> bool {
        let mut n = d;
        while n != NONE {
            if n == a {
                return true;
            }
            n = self.nodes[n].parent;
        }
        false
    }
}

/// Elements that bound the search for an open `<p>`, `<li>` or cell to close.
const SCOPE: &[&str] = &["applet", "button", "caption", "html", "marquee", "object", "table", "td", "template", "th"];

/// How far down the stack an implied end tag looks (bounded, so deep nesting stays linear).
const IMPLIED_END_REACH: usize = 64;

/// How far down the stack an end tag looks for its element (browsers' parsers stop nesting
/// at 512 levels, so no real page needs more).
const END_TAG_REACH: usize = 512;

/// Parses an HTML string into a tree. Never fails: anything tokenizes into something.
pub fn parse(src: &str) -> Tree {
    let mut p = TreeParser { tree: Tree::new(), stack: vec![0], counted: [0; COUNTED.len()] };
    for tok in Tokenizer::new(src) {
        match tok {
            Token::Text { text, at, raw } => {
                let top = *p.stack.last().unwrap_or(&0);
                p.tree.append_text(top, text, 0, at, !raw);
            }
            Token::Start { name, attrs } => p.start(name, attrs),
            Token::End { name } => p.end(&name),
        }
    }
    p.tree
}

struct TreeParser {
    tree: Tree,
    /// The open elements, the root first.
    stack: Vec<usize>,
    /// How many of each [`COUNTED`] tag are open: most start tags close an open `<p>`, and
    /// when none is open (the usual case) that costs no search.
    counted: [u32; COUNTED.len()],
}

/// Tags that implied end tags close.
const COUNTED: [&str; 9] = ["a", "dd", "dt", "li", "option", "p", "td", "th", "tr"];

impl TreeParser {
    fn start(&mut self, name: String, attrs: Vec<(String, String)>) {
        if matches!(name.as_str(), "html" | "head" | "body") && self.is_open(&name) {
            return; // a second <body> adds nothing
        }
        if contains(CLOSES_P_TAGS, &name) {
            self.close_nearest(&["p"], SCOPE);
        }
        match name.as_str() {
            "li" => self.close_nearest(&["li"], &["ol", "ul", "table", "td", "th"]),
            "dd" | "dt" => self.close_nearest(&["dd", "dt"], &["dl", "table", "td", "th"]),
            "td" | "th" => self.close_nearest(&["td", "th"], &["tr", "table"]),
            "tr" => self.close_nearest(&["tr"], &["table", "tbody", "thead", "tfoot"]),
            "option" => self.close_nearest(&["option"], &["select", "datalist"]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let top = *self.stack.last().unwrap_or(&0);
                if matches!(self.tree.tag(top), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                    self.pop_to(self.stack.len() - 1);
                }
            }
            "a" => self.close_nearest(&["a"], SCOPE),
            _ => {}
        }
        let top = *self.stack.last().unwrap_or(&0);
        let void = contains(VOID_TAGS, &name);
        let id = self.tree.append_element(top, name, attrs);
        if !void {
            self.stack.push(id);
            if let Some(c) = COUNTED.iter().position(|t| *t == self.tree.tag(id)) {
                self.counted[c] += 1;
            }
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "br" => return self.start("br".into(), Vec::new()),
            "p" if !self.is_open("p") => {
                // `</p>` with no open paragraph is an empty one: still a break.
                let top = *self.stack.last().unwrap_or(&0);
                self.tree.append_element(top, "p".into(), Vec::new());
                return;
            }
            "body" | "html" => return, // text after `</body>` still belongs to the body
            _ => {}
        }
        if let Some(k) = self.open_at(name) {
            self.pop_to(k);
        }
    }

    /// Where the nearest open element `name` is on the stack, looking [`END_TAG_REACH`]
    /// elements down at most: an end tag for anything deeper is dropped, so a page of
    /// 100,000 unclosed `<div>`s and as many stray `</span>`s stays linear.
    fn open_at(&self, name: &str) -> Option<usize> {
        let reach = self.stack.len().saturating_sub(END_TAG_REACH).max(1);
        (reach..self.stack.len()).rev().find(|&k| self.tree.tag(self.stack[k]) == name)
    }

    fn is_open(&self, name: &str) -> bool {
        match COUNTED.iter().position(|t| *t == name) {
            Some(c) => self.counted[c] > 0,
            None => self.open_at(name).is_some(),
        }
    }

    /// Closes the nearest open element named in `names`, looking no further than an element
    /// named in `scope` (or [`IMPLIED_END_REACH`] elements down).
    fn close_nearest(&mut self, names: &[&str], scope: &[&str]) {
        let open = |n: &&str| COUNTED.iter().position(|t| t == n).map_or(true, |c| self.counted[c] > 0);
        if !names.iter().any(open) {
            return;
        }
        for k in (1..self.stack.len()).rev().take(IMPLIED_END_REACH) {
            let tag = self.tree.tag(self.stack[k]);
            if names.contains(&tag) {
                self.pop_to(k);
                return;
            }
            if scope.contains(&tag) {
                return;
            }
        }
    }

    /// Pops the stack down to (and including) position `k`, never the root.
    fn pop_to(&mut self, k: usize) {
        while self.stack.len() > k.max(1) {
            if let Some(n) = self.stack.pop() {
                if let Some(c) = COUNTED.iter().position(|t| *t == self.tree.tag(n)) {
                    self.counted[c] -= 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as `tag(children)` with text in quotes.
    fn shape(t: &Tree) -> String {
        let mut out = String::new();
        let mut n = t.nodes[0].first_child;
        let mut depth = 0usize;
        // an explicit walk: open on the way down, close on the way up
        while n != NONE {
            match &t.nodes[n].kind {
                Kind::Text { text, .. } => out.push_str(&format!("{text:?}")),
                Kind::Element { tag, .. } => out.push_str(tag),
            }
            if t.nodes[n].first_child != NONE {
                out.push('(');
                depth += 1;
                n = t.nodes[n].first_child;
                continue;
            }
            while n != NONE && t.nodes[n].next_sibling == NONE {
                n = t.nodes[n].parent;
                if n == 0 || n == NONE {
                    n = NONE;
                    break;
                }
                out.push(')');
                depth -= 1;
            }
            if n != NONE {
                out.push(' ');
                n = t.nodes[n].next_sibling;
            }
        }
        assert_eq!(depth, 0);
        out
    }

    #[test]
    fn implied_end_tags() {
        assert_eq!(shape(&parse("<p>a<p>b<div>c</div>")), r#"p("a") p("b") div("c")"#);
        assert_eq!(shape(&parse("<ul><li>a<li>b</ul>")), r#"ul(li("a") li("b"))"#);
        assert_eq!(shape(&parse("<p>a</span>b</p></p>c")), r#"p("ab") p "c""#);
        assert_eq!(shape(&parse("<b>x<i>y</b>z")), r#"b("x" i("y")) "z""#);
        assert_eq!(shape(&parse("a<br/>b</br>c")), r#""a" br "b" br "c""#);
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let src = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        let t = parse(&src);
        assert_eq!(t.nodes.len(), 100_002);
        assert_eq!(t.text_content(0), "deep");
        let src = "<span>".repeat(100_000) + &"</div>".repeat(100_000) + "<p>x";
        assert!(parse(&src).text_content(0).ends_with('x'));
    }
}
