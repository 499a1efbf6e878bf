//! The block builder: walks the article's elements and writes the document text.
//!
//! Block elements (`p`, `h2`, `li`, `blockquote`...) make paragraphs, separated by a blank
//! line; inline elements add nothing, so `<b>Bru</b>ssels` stays one word; whitespace runs
//! become one space; `<br>` is a line break and two of them a paragraph break. `h1` is the
//! title, not body. Whole blocks that are page furniture are dropped when they end: "By Jane
//! Doe" (kept as the byline), "Advertisement", "Published 13 February 2023", a repeat of the
//! title, and a "Related" heading with the list after it.
//!
//! Every written character remembers where it came from: [`Run`]s map text bytes back to
//! a position in the page source (or in a text node of the host page).

use crate::doc::Span;
use crate::rules::contains;
use crate::rules::html::{BLOCK_TAGS, BOILERPLATE_LINES, RELATED_HEADINGS, TIMESTAMP_OPENERS};
use crate::util;

use super::article::Analysis;
use super::tree::{Kind, Tree, NONE};

/// Text bytes `text..text + len` came from bytes `pos..` of origin `node`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub text: usize,
    pub node: usize,
    pub pos: usize,
    pub len: usize,
}

/// What the builder wrote.
#[derive(Debug, Default)]
pub struct Blocks {
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub runs: Vec<Run>,
    /// A "By ..." line found (and dropped) at the top of the body, without the "By".
    pub byline: Option<String>,
}

/// Writes the text of `roots` (skipping subtrees marked in `skip`). `title` lets a repeat of
/// the headline be dropped from the body.
pub fn build(tree: &Tree, a: &Analysis, roots: &[usize], title: Option<&str>) -> Blocks {
    let mut b = Builder { out: Blocks::default(), title, prose: &a.prose, ..Builder::default() };
    for &root in roots {
        walk(tree, &a.skip, root, &mut b);
        b.paragraph_break();
    }
    b.out
}

/// One subtree, iteratively: enter on the way down, leave on the way up.
fn walk(tree: &Tree, skip: &[bool], root: usize, b: &mut Builder) {
    let mut n = root;
    loop {
        let descend = (n == root || !skip[n]) && b.enter(tree, n);
        if descend && tree.nodes[n].first_child != NONE {
            n = tree.nodes[n].first_child;
            continue;
        }
        if descend {
            b.leave(tree, n);
        }
        // Up until a next sibling, leaving each element passed.
        while n != root && tree.nodes[n].next_sibling == NONE {
            n = tree.nodes[n].parent;
            b.leave(tree, n);
        }
        if n == root {
            return;
        }
        n = tree.nodes[n].next_sibling;
    }
}

#[derive(Default)]
struct Builder<'t> {
    out: Blocks,
    title: Option<&'t str>,
    /// Paragraph text per node (an `h1` holding paragraphs is entered, not skipped).
    prose: &'t [u32],
    /// Start of the open paragraph in the text.
    open: Option<usize>,
    /// A space is due before the next character, mapped to this source position.
    space: Option<(usize, usize)>,
    /// Line breaks due before the next character (`<br>`).
    breaks: u8,
    /// Inside `<pre>`: newlines are line breaks.
    pre: usize,
    /// A "Related" heading was dropped: the next list goes too.
    drop_next_list: bool,
}

impl Builder<'_> {
    /// Starts a node; false when its subtree is to be left out.
    fn enter(&mut self, tree: &Tree, n: usize) -> bool {
        match &tree.nodes[n].kind {
            Kind::Text { text, .. } => {
                self.text(text, tree.pieces_of(n));
                true
            }
            Kind::Element { tag, .. } => match tag.as_str() {
                "br" => {
                    self.line_break();
                    true
                }
                "h1" if self.prose.get(n).map_or(true, |&p| p == 0) => false,
                "ul" | "ol" if self.drop_next_list => {
                    self.drop_next_list = false;
                    false
                }
                "td" | "th" => {
                    self.paragraph_break();
                    true
                }
                t => {
                    if contains(BLOCK_TAGS, t) {
                        self.paragraph_break();
                    }
                    if t == "pre" {
                        self.pre += 1;
                    }
                    true
                }
            },
        }
    }

    fn leave(&mut self, tree: &Tree, n: usize) {
        let tag = tree.tag(n);
        if contains(BLOCK_TAGS, tag) {
            self.paragraph_break();
        }
        if tag == "pre" {
            self.pre = self.pre.saturating_sub(1);
        }
    }

    fn line_break(&mut self) {
        if self.open.is_some() {
            self.breaks += 1;
            self.space = None;
            if self.breaks >= 2 {
                self.paragraph_break();
            }
        }
    }

    /// Writes a text node's characters, mapped through its pieces.
    fn text(&mut self, text: &str, pieces: &[super::entities::Piece]) {
        let mut k = 0;
        for (i, c) in text.char_indices() {
            while k + 1 < pieces.len() && pieces[k + 1].at <= i {
                k += 1;
            }
            let (node, pos) = pieces.get(k).map_or((0, 0), |p| (p.node, p.pos + (i - p.at)));
            if c == '\n' && self.pre > 0 {
                self.line_break();
            } else if c.is_whitespace() || c.is_control() {
                if self.open.is_some() && self.space.is_none() && self.breaks == 0 {
                    self.space = Some((node, pos));
                }
            } else if !matches!(c, '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}') {
                // soft hyphens and zero-width spaces would split a word: dropped
                self.char(c, node, pos);
            }
        }
    }

    fn char(&mut self, c: char, node: usize, pos: usize) {
        let out = &mut self.out;
        if self.open.is_none() {
            if !out.text.is_empty() {
                out.text.push_str("\n\n");
            }
            self.open = Some(out.text.len());
        } else if self.breaks > 0 {
            out.text.push('\n');
        } else if let Some((n, p)) = self.space {
            push_mapped(out, " ", n, p);
        }
        self.breaks = 0;
        self.space = None;
        let mut buf = [0; 4];
        push_mapped(out, c.encode_utf8(&mut buf), node, pos);
    }

    /// Ends the open paragraph: kept, or dropped as furniture.
    fn paragraph_break(&mut self) {
        self.breaks = 0;
        self.space = None;
        let Some(start) = self.open.take() else { return };
        let para = &self.out.text[start..];
        let keep = match self.furniture(para) {
            None => true,
            Some(Furniture::Byline(name)) => {
                self.out.byline.get_or_insert(name);
                false
            }
            Some(Furniture::Related) => {
                self.drop_next_list = true;
                false
            }
            Some(Furniture::Line) => false,
        };
        if keep {
            self.drop_next_list = false;
            self.out.paragraphs.push(Span::new(start, self.out.text.len()));
        } else {
            self.out.text.truncate(start.saturating_sub(2));
            while self.out.runs.last().is_some_and(|r| r.text >= self.out.text.len()) {
                self.out.runs.pop();
            }
        }
    }

    /// What kind of furniture a whole paragraph is, if any.
    fn furniture(&self, para: &str) -> Option<Furniture> {
        if para.len() > 200 {
            return None;
        }
        let bare = para.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c.is_whitespace());
        let lower = util::lowercase(bare);
        if contains(BOILERPLATE_LINES, &lower) {
            return Some(Furniture::Line);
        }
        if contains(RELATED_HEADINGS, &lower) {
            return Some(Furniture::Related);
        }
        if self.title.is_some_and(|t| t.trim().eq_ignore_ascii_case(para.trim())) {
            return Some(Furniture::Line);
        }
        // A date alone ("5 September 2022") or a copyright line.
        if (para.len() < 40 && super::meta::parse_date(para).is_some())
            || ["copyright ", "© ", "(c) "].iter().any(|o| lower.starts_with(o))
        {
            return Some(Furniture::Line);
        }
        if self.out.paragraphs.len() < 3 && para.len() < 120 {
            if let Some(name) = byline_line(para) {
                return Some(Furniture::Byline(name));
            }
            let stamp = TIMESTAMP_OPENERS
                .iter()
                .any(|o| lower.starts_with(o) && lower[o.len()..].starts_with(|c: char| c == ':' || c.is_whitespace()));
            if stamp && para.bytes().any(|b| b.is_ascii_digit()) {
                return Some(Furniture::Line);
            }
        }
        None
    }
}

enum Furniture {
    Byline(String),
    Related,
    Line,
}

/// `By Jane Doe and John Roe, Reuters` → `Jane Doe and John Roe, Reuters`; none unless the
/// line starts with "By" and a capital.
pub fn byline_line(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("By ").or_else(|| line.trim().strip_prefix("BY "))?;
    let rest = rest.trim_start();
    rest.starts_with(|c: char| c.is_uppercase()).then(|| rest.to_string())
}

fn push_mapped(out: &mut Blocks, s: &str, node: usize, pos: usize) {
    let at = out.text.len();
    out.text.push_str(s);
    match out.runs.last_mut() {
        Some(r) if r.node == node && r.text + r.len == at && r.pos + r.len == pos => r.len += s.len(),
        _ => out.runs.push(Run { text: at, node, pos, len: s.len() }),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::parse;
    use super::*;

    fn body(html: &str) -> Blocks {
        let t = parse(html);
        let mut a: Analysis = super::super::article::analyse(&t);
        a.skip = vec![false; t.nodes.len()];
        build(&t, &a, &[0], Some("The Headline"))
    }

    #[test]
    fn blocks_inline_and_breaks() {
        let b = body("<h1>The Headline</h1><p>Bru<b>ss</b>els  is\n <i>big</i>.</p><p>a<br>b<br><br>c</p><ul><li>one<li>two</ul>");
        assert_eq!(b.text, "Brussels is big.\n\na\nb\n\nc\n\none\n\ntwo");
        assert_eq!(b.paragraphs.len(), 5);
    }

    #[test]
    fn furniture_is_dropped() {
        let b = body("<p>By Jane Doe</p><h2>The Headline</h2><p>Text.</p><p>ADVERTISEMENT</p><p>More.</p><h3>Related</h3><ul><li>Other story</li></ul><p>End.</p>");
        assert_eq!(b.text, "Text.\n\nMore.\n\nEnd.");
        assert_eq!(b.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(b.paragraphs, vec![Span::new(0, 5), Span::new(7, 12), Span::new(14, 18)]);
    }

    #[test]
    fn runs_map_text_to_source() {
        let src = "<p>Tom &amp; <b>Jerry</b>\n  ran.</p>";
        let b = body(src);
        assert_eq!(b.text, "Tom & Jerry ran.");
        for r in &b.runs {
            let (t, s) = (&b.text[r.text..r.text + r.len], &src[r.pos..r.pos + r.len]);
            if t != "&" {
                assert_eq!(t.trim(), s.trim(), "{r:?}");
            }
        }
        let jerry = b.runs.iter().find(|r| b.text[r.text..].starts_with("Jerry")).unwrap();
        assert_eq!(&src[jerry.pos..jerry.pos + 5], "Jerry");
    }
}
