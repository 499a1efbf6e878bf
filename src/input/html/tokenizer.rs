//! A tolerant HTML tokenizer: start tags (with the attributes we keep), end tags and text,
//! in one forward pass. Comments, doctypes and processing instructions are dropped; the
//! content of `<script>`, `<style>` and the other raw-text elements is one text token up
//! to the matching end tag. Anything malformed still tokenizes: a stray `<` is text
//! (`a < b`), an unclosed comment or tag runs to the end of the input.

use crate::rules::contains;
use crate::rules::html::{KEPT_ATTRIBUTES, RAW_TEXT_TAGS};

use super::entities::decode;

#[derive(Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// `<name attr=value>`; `name` in lowercase, attributes filtered by [`KEPT_ATTRIBUTES`].
    Start {
        name: String,
        attrs: Vec<(String, String)>,
    },
    End {
        name: String,
    },
    /// Text starting at byte `at` of the source. `raw` text (script, style) has no references.
    Text {
        text: &'a str,
        at: usize,
        raw: bool,
    },
}

pub struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    /// Inside a raw-text element: the name that ends it.
    raw_until: Option<&'static str>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokenizer { src, pos: 0, raw_until: None }
    }

    /// The text of a raw-text element, up to `</name` (or the end of the input).
    fn raw_text(&mut self, name: &'static str) -> Option<Token<'a>> {
        let start = self.pos;
        let end = if name == "plaintext" { self.src.len() } else { find_end_tag(self.src, start, name) };
        self.pos = end;
        (end > start).then(|| Token::Text {
            text: &self.src[start..end],
            at: start,
            raw: !matches!(name, "title" | "textarea"),
        })
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(name) = self.raw_until.take() {
            if let Some(t) = self.raw_text(name) {
                return Some(t);
            }
        }
        let b = self.src.as_bytes();
        while self.pos < b.len() {
            let start = self.pos;
            if b[start] != b'<' || !opens_markup(&b[start + 1..]) {
                // Text up to the next `<` that opens markup.
                let mut i = start + self.src[start..].chars().next().map_or(1, char::len_utf8);
                loop {
                    i += self.src[i..].find('<').unwrap_or(b.len() - i);
                    if i >= b.len() || opens_markup(&b[i + 1..]) {
                        break;
                    }
                    i += 1;
                }
                self.pos = i;
                return Some(Token::Text { text: &self.src[start..i], at: start, raw: false });
            }
            let rest = &b[start + 1..];
            match rest.first() {
                Some(c) if c.is_ascii_alphabetic() => {
                    let (tok, end) = tag(self.src, start + 1, false);
                    self.pos = end;
                    if let Some(Token::Start { name, .. }) = &tok {
                        if let Some(i) = RAW_TEXT_TAGS.iter().position(|t| t == name) {
                            self.raw_until = Some(RAW_TEXT_TAGS[i]);
                        }
                    }
                    if tok.is_some() {
                        return tok;
                    }
                }
                Some(b'/') if rest.get(1).is_some_and(u8::is_ascii_alphabetic) => {
                    let (tok, end) = tag(self.src, start + 2, true);
                    self.pos = end;
                    if tok.is_some() {
                        return tok;
                    }
                }
                Some(b'!') if rest.starts_with(b"!--") => {
                    // `<!-->` and `<!--->` close at once, as in browsers.
                    let body = start + 4;
                    self.pos = if b[body..].starts_with(b">") {
                        body + 1
                    } else if b[body..].starts_with(b"->") {
                        body + 2
                    } else {
                        self.src[body..].find("-->").map_or(b.len(), |k| body + k + 3)
                    };
                }
                _ => {
                    // `<!DOCTYPE ...>`, `<?xml ...?>`, `</>` or `</ 3>`: skipped up to `>`.
                    self.pos = self.src[start..].find('>').map_or(b.len(), |k| start + k + 1);
                }
            }
        }
        None
    }
}

/// True when the bytes after a `<` open a tag, an end tag, a comment or a declaration.
fn opens_markup(after: &[u8]) -> bool {
    match after.first() {
        Some(c) if c.is_ascii_alphabetic() => true,
        Some(b'!' | b'?') => true,
        Some(b'/') => after.len() > 1, // `</ 3>` is a bogus comment, as in browsers
        _ => false,
    }
}

/// Where the raw text that starts at `from` ends: at `</name` followed by a space, `/` or
/// `>` (any case), or at the end of the input.
fn find_end_tag(src: &str, from: usize, name: &str) -> usize {
    let b = src.as_bytes();
    let mut i = from;
    while let Some(k) = src[i..].find("</") {
        let at = i + k;
        let after = at + 2 + name.len();
        if b.len() >= after
            && b[at + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && b.get(after).map_or(true, |c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
        {
            return at;
        }
        i = at + 2;
    }
    b.len()
}

/// Reads a tag whose name starts at `i`. Returns the token (none for a tag cut off by the
/// end of the input, which browsers drop) and the position after the tag.
fn tag(src: &str, mut i: usize, end: bool) -> (Option<Token<'_>>, usize) {
    let b = src.as_bytes();
    let name_start = i;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    let name = src[name_start..i].to_ascii_lowercase();
    let mut attrs: Vec<(String, String)> = Vec::new();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return (None, b.len());
        }
        if b[i] == b'>' {
            i += 1;
            break;
        }
        // An attribute name (an `=` first is part of the name, as in browsers).
        let an = i;
        i += 1;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr_name = &src[an..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let vs = i + 1;
                    let ve = src[vs..].find(q as char).map_or(b.len(), |k| vs + k);
                    value = &src[vs..ve];
                    i = (ve + 1).min(b.len());
                }
                _ => {
                    let vs = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = &src[vs..i];
                }
            }
        }
        if !end && contains(KEPT_ATTRIBUTES, attr_name) {
            let attr_name = attr_name.to_ascii_lowercase();
            if !attrs.iter().any(|(n, _)| *n == attr_name) {
                attrs.push((attr_name, decode(value)));
            }
        }
    }
    let tok = if end { Token::End { name } } else { Token::Start { name, attrs } };
    (Some(tok), i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        Tokenizer::new(s)
            .map(|t| match t {
                Token::Start { name, attrs } => {
                    let a: Vec<String> = attrs.iter().map(|(k, v)| format!(" {k}={v}")).collect();
                    format!("<{name}{}>", a.concat())
                }
                Token::End { name } => format!("</{name}>"),
                Token::Text { text, .. } => text.to_string(),
            })
            .collect()
    }

    #[test]
    fn tags_attributes_and_text() {
        assert_eq!(
            toks(r#"<P CLASS="a b" id=x onclick="evil()" data-x='1'>Hi <b>you</b></p>"#),
            ["<p class=a b id=x>", "Hi ", "<b>", "you", "</b>", "</p>"]
        );
        assert_eq!(toks("<a href=\"x?a=1&amp;b=2\">l</a>"), ["<a href=x?a=1&b=2>", "l", "</a>"]);
    }

    #[test]
    fn stray_markup_is_text_or_dropped() {
        assert_eq!(toks("a < b and c <3 d"), ["a < b and c <3 d"]);
        assert_eq!(toks("x<!-- <p>hidden</p> -->y<!DOCTYPE html>z</ >w"), ["x", "y", "z", "w"]);
        assert_eq!(toks("<p>cut <b class=\"x"), ["<p>", "cut "]);
        assert_eq!(toks("a<!-- never closed <p>b"), ["a"]);
    }

    #[test]
    fn raw_text_runs_to_its_end_tag() {
        assert_eq!(
            toks("<script>if (a<b) { x = '</p>'; }</SCRIPT >t"),
            ["<script>", "if (a<b) { x = '</p>'; }", "</script>", "t"]
        );
        assert_eq!(toks("<style>p{}"), ["<style>", "p{}"]);
        assert_eq!(toks("<title>A &amp; B</title>"), ["<title>", "A &amp; B", "</title>"]);
    }
}
