//! Plain-text input (SPEC §5): optional header lines, then paragraphs split on blank lines.
//!
//! Header lines at the very start set metadata and are not part of the text: `date
//! YYYY-MM-DD`, `title ...`, `byline ...`, `source ...`, `url ...`. A `date` or `url` header
//! may share its line with the first paragraph (`date 2023-02-13 NATO Secretary-General ...`).
//! A header whose value is unusable (`date 2023-02-30`) is not a header: its line stays text.

use crate::doc::{Document, Meta, Span};

/// Reads plain text into a document.
pub fn read(input: &str) -> Document {
    let (meta, body) = headers(input);
    let (text, paragraphs) = paragraphs(body);
    Document::new(text, paragraphs, meta)
}

/// Splits header lines off the start of the input: the metadata, and the rest.
fn headers(input: &str) -> (Meta, &str) {
    let mut meta = Meta::default();
    let mut rest = input.trim_start();
    loop {
        let line_end = rest.find('\n').unwrap_or(rest.len());
        let line = rest[..line_end].trim_end_matches('\r');
        let (key, value) = match line.split_once(char::is_whitespace) {
            Some((k, v)) => (k, v.trim_start()),
            None => break,
        };
        // `date` and `url` take one word; what follows on the line is body text.
        let (word, tail) = value.split_at(value.find(char::is_whitespace).unwrap_or(value.len()));
        let tail = tail.trim();
        let mut shares_line = false;
        match key {
            "date" if meta.published.is_none() && crate::calendar::Date::parse_ymd(word).is_some() => {
                meta.published = Some(word.to_string());
                shares_line = !tail.is_empty();
            }
            "url" if meta.url.is_none() && (word.contains('.') || word.contains("://")) => {
                meta.url = Some(word.to_string());
                shares_line = !tail.is_empty();
            }
            "title" | "byline" | "source" => {
                let slot = match key {
                    "title" => &mut meta.title,
                    "byline" => &mut meta.byline,
                    _ => &mut meta.site,
                };
                if slot.is_some() || value.trim().is_empty() {
                    break;
                }
                *slot = Some(value.trim().to_string());
            }
            _ => break,
        }
        if shares_line {
            // The header shares its line with the first paragraph: the body starts there.
            rest = &rest[tail.as_ptr() as usize - rest.as_ptr() as usize..];
            break;
        }
        rest = rest[line_end..].trim_start();
    }
    (meta, rest)
}

/// Joins the lines of each paragraph with single spaces and the paragraphs with a blank
/// line. Returns the text and each paragraph's span in it.
pub fn paragraphs(body: &str) -> (String, Vec<Span>) {
    let mut text = String::with_capacity(body.len());
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for line in body.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if let Some(start) = open.take() {
                spans.push(Span::new(start, text.len()));
            }
            continue;
        }
        match open {
            Some(_) => text.push(' '),
            None => {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                open = Some(text.len());
            }
        }
        push_clean(&mut text, line);
    }
    if let Some(start) = open {
        spans.push(Span::new(start, text.len()));
    }
    (text, spans)
}

/// Appends a line with control characters (NUL, form feeds, stray CRs) made spaces, so
/// that no extractor or renderer ever sees them.
fn push_clean(text: &mut String, line: &str) {
    if line.chars().any(char::is_control) {
        text.extend(line.chars().map(|c| if c.is_control() { ' ' } else { c }));
    } else {
        text.push_str(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_shares_line_with_first_paragraph() {
        let d = read(" date 2023-02-13 NATO Secretary-General Jens said.\n\nSecond one.");
        assert_eq!(d.meta.published.as_deref(), Some("2023-02-13"));
        assert_eq!(d.text, "NATO Secretary-General Jens said.\n\nSecond one.");
        assert_eq!(d.paragraphs, vec![Span::new(0, 33), Span::new(35, 46)]);
    }

    #[test]
    fn header_lines() {
        let d = read("title A headline\nbyline By Ann Lee\nsource The Paper\nurl https://x.org/a\ndate 2024-01-05\n\nBody\ntext here.\n");
        assert_eq!(d.meta.title.as_deref(), Some("A headline"));
        assert_eq!(d.meta.byline.as_deref(), Some("By Ann Lee"));
        assert_eq!(d.meta.site.as_deref(), Some("The Paper"));
        assert_eq!(d.meta.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(d.meta.published.as_deref(), Some("2024-01-05"));
        assert_eq!(d.text, "Body text here.");
    }

    #[test]
    fn bad_header_value_stays_text() {
        let d = read("date 2023-02-30 was not a day.");
        assert_eq!(d.meta.published, None);
        assert_eq!(d.text, "date 2023-02-30 was not a day.");
        let d = read("date palms grow here.\r\n\r\nMore.");
        assert_eq!(d.meta.published, None);
        assert_eq!(d.paragraphs.len(), 2);
    }

    #[test]
    fn empty_and_blank_input() {
        assert_eq!(read("").text, "");
        assert!(read(" \n\n \t\n").paragraphs.is_empty());
        assert_eq!(read("date 2023-02-13").text, "");
        assert_eq!(read("a\u{0}b").text, "a b");
    }
}
