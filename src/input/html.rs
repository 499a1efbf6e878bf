//! HTML input: a whole saved page or a fragment, read tolerantly into a document.
//!
//! First version: tags dropped, block tags and `<br>` end paragraphs, a few entities
//! decoded, script and style skipped. The HTML issue replaces this with the full reader.

use crate::doc::{Document, Meta};

/// True when the input looks like markup rather than plain text: it starts with `<` or
/// holds a known block tag.
pub fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start();
    if head.starts_with('<') {
        return true;
    }
    let probe = &input[..floor_char_boundary(input, 4096)];
    let lower = probe.to_ascii_lowercase();
    ["<p>", "<p ", "<div", "<article", "<br", "<html", "<body"].iter().any(|t| lower.contains(t))
}

/// Reads HTML into a document.
pub fn read(input: &str) -> Document {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    let mut skip_until: Option<&str> = None;
    while let Some(lt) = rest.find('<') {
        if skip_until.is_none() {
            out.push_str(&decode_entities(&rest[..lt]));
        }
        let after = &rest[lt + 1..];
        let gt = after.find('>').map_or(after.len(), |g| g + 1);
        let tag = after[..gt.saturating_sub(1)].trim().to_ascii_lowercase();
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if let Some(end) = skip_until {
            if tag.starts_with('/') && name == end {
                skip_until = None;
            }
        } else if !tag.starts_with('/') && matches!(name.as_str(), "script" | "style" | "noscript" | "template") {
            skip_until = Some(match name.as_str() {
                "script" => "script",
                "style" => "style",
                "noscript" => "noscript",
                _ => "template",
            });
        } else if matches!(
            name.as_str(),
            "p" | "div"
                | "br"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "li"
                | "blockquote"
                | "article"
                | "section"
                | "tr"
        ) {
            out.push_str("\n\n");
        }
        rest = &after[gt..];
    }
    if skip_until.is_none() {
        out.push_str(&decode_entities(rest));
    }
    let (text, paragraphs) = super::text::paragraphs(&out);
    Document::new(text, paragraphs, Meta::default())
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
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
