//! HTML input: a whole saved page or a fragment, read tolerantly into a document.
//!
//! The steps, each in its own file, each linear in the page size and free of recursion:
//! 1. [`tokenizer`]: tags, attributes (only those we read) and text; [`entities`] decodes
//!    character references. Nothing active is kept: no script runs, no handler is copied.
//! 2. [`tree`]: an arena tree with HTML's implied end tags. The host-page reader
//!    (`web::host`) builds the same tree from a live DOM and takes every step below.
//! 3. [`article`]: marks boilerplate and finds the article's elements.
//! 4. [`meta`]: title, publication date, byline, site, language, address.
//! 5. [`blocks`]: writes the article's text and paragraphs, with [`Run`]s that map every
//!    character back to the page source (or a host text node).
//!
//! The publication date falls back on the text's dateline (`BRUSSELS, Feb 13 (Reuters) -`)
//! when the page states none, and the body on JSON-LD `articleBody` when the markup holds
//! much less text than it (pages that draw the story with scripts).

pub mod article;
pub mod blocks;
pub mod entities;
pub mod json;
pub mod meta;
pub mod tokenizer;
pub mod tree;

pub use blocks::Run;
pub use tree::Tree;

use crate::calendar::Date;
use crate::doc::{Document, Meta};

/// True when the input looks like markup rather than plain text: it starts with a tag or
/// holds a known tag in its first 4 KB, and does not open with a plain-text header line
/// (SPEC §5: `title ...`, `date ...`), whose article may well quote markup.
pub fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if head.starts_with('<') && head[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '!' || c == '?') {
        return true;
    }
    if ["title ", "date ", "byline ", "source ", "url "].iter().any(|h| head.starts_with(h)) {
        return false;
    }
    let probe = &input[..floor_char_boundary(input, 4096)];
    let lower = probe.to_ascii_lowercase();
    ["<p>", "<p ", "<div", "<article", "<br", "<html", "<body", "<span", "<h1", "<h2", "</p>", "</a>"]
        .iter()
        .any(|t| lower.contains(t))
}

/// Reads HTML into a document.
pub fn read(input: &str) -> Document {
    read_mapped(input).0
}

/// Reads HTML into a document and the map from its text back to the source.
pub fn read_mapped(input: &str) -> (Document, SourceMap) {
    let tree = tree::parse(input);
    let (doc, runs) = read_tree(&tree);
    (doc, SourceMap { runs })
}

/// Reads a tree (from a string or a live DOM) into a document and the runs that map its
/// text back to the origins recorded in the tree.
pub fn read_tree(tree: &Tree) -> (Document, Vec<Run>) {
    let analysis = article::analyse(tree);
    let roots = article::find_roots(tree, &analysis);
    let mut found = meta::collect(tree, &roots);
    let mut blocks = blocks::build(tree, &analysis, &roots, found.meta.title.as_deref());

    if let Some(body) = found.json_body.take() {
        if body.len() >= 200 && body.len() > 2 * blocks.text.len() {
            blocks = json_body(&body, found.meta.title.as_deref());
        }
    }
    let Meta { byline, published, .. } = &mut found.meta;
    if byline.is_none() {
        *byline = blocks.byline.take();
    }
    if published.is_none() {
        *published = dateline(&blocks.text, found.year_hint).map(|d| d.to_string());
    }
    let doc = Document::new(blocks.text, blocks.paragraphs, found.meta);
    (doc, blocks.runs)
}

/// The body from JSON-LD `articleBody`: markup read as a fragment, plain text split into
/// paragraphs at line breaks. Its characters map to no source position.
fn json_body(body: &str, title: Option<&str>) -> blocks::Blocks {
    let tree = if body.contains("</p>") || body.contains("<br") {
        tree::parse(body)
    } else {
        let mut t = Tree::new();
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let p = t.append_element(0, "p".into(), Vec::new());
            t.append_text(p, line, 0, 0, false);
        }
        t
    };
    let analysis = article::analyse(&tree);
    let mut b = blocks::build(&tree, &analysis, &[0], title);
    b.runs.clear();
    b
}

/// The date of a wire dateline at the start of the text: `BRUSSELS, Feb 13 (Reuters) -`,
/// `WASHINGTON, Feb. 13, 2023 (AP) —`, `LONDON, 13 February -`. The place is in capitals;
/// a dateline without a year takes `year_hint`.
pub fn dateline(text: &str, year_hint: Option<i32>) -> Option<Date> {
    let head = &text[..floor_char_boundary(text, 160)];
    let comma = head.find(',')?;
    let place = &head[..comma];
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || !place.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’')) {
        return None;
    }
    let rest = &head[comma + 1..];
    let dash = rest.find(['-', '—', '–']).filter(|&k| k < 60)?;
    let (y, m, d) = meta::month_day_year(&rest[..dash])?;
    Date::new(y.or(year_hint)?, m, d)
}

/// Maps document text back to the HTML source it came from.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    pub runs: Vec<Run>,
}

impl SourceMap {
    /// The source byte of text byte `pos`; none for text the reader wrote itself (the blank
    /// line between paragraphs).
    pub fn to_source(&self, pos: usize) -> Option<usize> {
        let k = self.runs.partition_point(|r| r.text + r.len <= pos);
        let r = self.runs.get(k)?;
        (r.text <= pos).then(|| r.pos + (pos - r.text))
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let d = |t: &str, y| dateline(t, y).map(|d| d.to_string());
        assert_eq!(d("BRUSSELS, Feb 13 (Reuters) - NATO said", Some(2023)).as_deref(), Some("2023-02-13"));
        assert_eq!(d("WASHINGTON, Feb. 13, 2023 (AP) — The", None).as_deref(), Some("2023-02-13"));
        assert_eq!(d("BRUSSELS, Feb 13 (Reuters) - NATO said", None), None);
        assert_eq!(d("The alliance, on Feb 13, 2023 - said", None), None);
        assert_eq!(d("ST. LOUIS, 13 February 2024 - x", None).as_deref(), Some("2024-02-13"));
    }

    #[test]
    fn source_map_points_into_the_page() {
        let src = "<html><body><article><h1>T</h1><p>Jens <b>Stoltenberg</b> said &ldquo;no&rdquo;.</p><p>Then left.</p></article></body></html>";
        let (doc, map) = read_mapped(src);
        assert_eq!(doc.text, "Jens Stoltenberg said “no”.\n\nThen left.");
        for word in ["Jens", "Stoltenberg", "said", "no", "Then", "left"] {
            let at = doc.text.find(word).unwrap();
            let s = map.to_source(at).unwrap();
            assert_eq!(&src[s..s + word.len()], word);
        }
        assert_eq!(map.to_source(doc.text.find("\n\n").unwrap()), None);
    }
}
