//! Plain-text input (SPEC §5): optional header lines, then paragraphs split on blank lines.
//!
//! Header lines at the very start set metadata and are not part of the text: `date
//! YYYY-MM-DD`, `title ...`, `byline ...`, `source ...`, `url ...`. A `date` or `url` header
//! may share its line with the first paragraph (`date 2023-02-13 NATO Secretary-General ...`).
//! A header whose value is unusable (`date 2023-02-30`) is not a header: its line stays text.
//! The key may also be written as in front matter or e-mail, with a colon and in any case
//! (`date: 2026-03-03`, `Title: ...`).
//!
//! Without a `title` header, a first line that is plainly a headline becomes the title and
//! leaves the text (see [`headline`]); a `By ...` line right after it becomes the byline.

use crate::doc::{Document, Meta, Span};

/// Reads plain text into a document.
pub fn read(input: &str) -> Document {
    // A byte-order mark is not text (files saved by some editors start with one).
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let (mut meta, mut body) = headers(input);
    if meta.title.is_none() {
        if let Some((title, rest)) = headline(body) {
            meta.title = Some(title.to_string());
            body = rest;
            if meta.byline.is_none() {
                if let Some((byline, rest)) = byline(body) {
                    meta.byline = Some(byline.to_string());
                    body = rest;
                }
            }
        }
    }
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
        let key = key.strip_suffix(':').unwrap_or(key);
        let key = if key.len() <= 6 { key.to_ascii_lowercase() } else { break };
        // `date` and `url` take one word; what follows on the line is body text.
        let (word, tail) = value.split_at(value.find(char::is_whitespace).unwrap_or(value.len()));
        let tail = tail.trim();
        let mut shares_line = false;
        match key.as_str() {
            "date" if meta.published.is_none() && crate::calendar::Date::parse_ymd(word).is_some() => {
                meta.published = Some(word.to_string());
                shares_line = !tail.is_empty();
            }
            "url" if meta.url.is_none() && (word.contains('.') || word.contains("://")) => {
                meta.url = Some(word.to_string());
                shares_line = !tail.is_empty();
            }
            "title" | "byline" | "source" => {
                let slot = match key.as_str() {
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

/// The first line when it is plainly a headline, and the body after it: a line of two to
/// sixteen words and at most 150 characters, starting with a capital, digit or quotation
/// mark, with no final period or other closing punctuation (`.`, `,`, `;`, `:`, a dash)
/// and more text after it. `Real Madrid win fifth title in seven years` is one; `LONDON
/// (Reuters) -` (a dateline) and `The strikes came after...` (a sentence) are not.
fn headline(body: &str) -> Option<(&str, &str)> {
    let (line, rest) = first_line(body)?;
    let words = line.split_whitespace().count();
    let first = line.chars().next()?;
    let last = line.chars().next_back()?;
    let opens = first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '‘' | '\'');
    let closes = matches!(last, '.' | ',' | ';' | ':' | '-' | '–' | '—' | '…' | '(' | '/')
        || line.ends_with(".\"")
        || line.ends_with(".”");
    let usable = (2..=16).contains(&words) && line.len() <= 150 && opens && !closes;
    (usable && !rest.trim().is_empty()).then_some((line, rest))
}

/// A short `By Ann Lee` line right after the headline: the byline.
fn byline(body: &str) -> Option<(&str, &str)> {
    let (line, rest) = first_line(body)?;
    let name = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY "))?;
    let words = name.split_whitespace().count();
    ((1..=8).contains(&words) && !line.ends_with('.') && !rest.trim().is_empty()).then_some((line, rest))
}

/// The first line of `body` (trimmed, not empty) and what follows it.
fn first_line(body: &str) -> Option<(&str, &str)> {
    let body = body.trim_start();
    let end = body.find('\n').unwrap_or(body.len());
    let line = body[..end].trim();
    (!line.is_empty()).then_some((line, &body[end..]))
}

/// Joins the lines of each paragraph with single spaces and the paragraphs with a blank
/// line. Returns the text and each paragraph's span in it.
pub fn paragraphs(body: &str) -> (String, Vec<Span>) {
    let mut text = String::with_capacity(body.len());
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    let b = body.as_bytes();
    let (mut line_start, mut i) = (0, 0);
    // One scan finds both the line ends and the lines that may hold control characters.
    let mut dirty = false;
    loop {
        let next = special_byte(&b[i..]).map(|k| i + k);
        if let Some(k) = next.filter(|&k| b[k] != b'\n') {
            dirty = true;
            i = k + 1;
            continue;
        }
        let end = next.unwrap_or(b.len());
        let line = body[line_start..end].trim();
        if line.is_empty() {
            if let Some(start) = open.take() {
                spans.push(Span::new(start, text.len()));
            }
        } else {
            match open {
                Some(_) => text.push(' '),
                None => {
                    if !text.is_empty() {
                        text.push_str("\n\n");
                    }
                    open = Some(text.len());
                }
            }
            push_clean(&mut text, line, dirty);
        }
        if next.is_none() {
            break;
        }
        (line_start, i, dirty) = (end + 1, end + 1, false);
    }
    if let Some(start) = open {
        spans.push(Span::new(start, text.len()));
    }
    (text, spans)
}

/// Index of the first byte that is a line feed or may start a control character: below
/// 0x20, 0x7F, or 0xC2 (the lead byte of U+0080..U+00BF, where the C1 controls are).
/// Eight bytes at a time: a zero byte of `v` is found by `(v - 0x01..) & !v & 0x80..`, and
/// the lowest byte flagged so is exact (a borrow only flags bytes above a true one).
fn special_byte(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut chunks = b.chunks_exact(8);
    for (n, chunk) in chunks.by_ref().enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let below = v.wrapping_sub(ONES * 0x20) & !v & HIGH;
        let hits = below | zero(v ^ (ONES * 0x7f)) | zero(v ^ (ONES * 0xc2));
        if hits != 0 {
            return Some(n * 8 + (hits.trailing_zeros() / 8) as usize);
        }
    }
    let tail = chunks.remainder();
    let found = tail.iter().position(|&x| x < 0x20 || x == 0x7f || x == 0xc2)?;
    Some(b.len() - tail.len() + found)
}

/// Appends a line with control characters (NUL, form feeds, stray CRs) made spaces, so
/// that no extractor or renderer ever sees them. `maybe` is false when the line surely
/// holds none.
fn push_clean(text: &mut String, line: &str, maybe: bool) {
    if maybe && line.chars().any(char::is_control) {
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
    fn plain_headline_becomes_the_title() {
        let d = read("date 2024-05-26\n\nReal Madrid win fifth title in seven years\n\nReal Madrid beat Dortmund.");
        assert_eq!(d.meta.title.as_deref(), Some("Real Madrid win fifth title in seven years"));
        assert_eq!(d.text, "Real Madrid beat Dortmund.");
        let d = read("Fire destroys a third of Jasper\nBy Ann Lee\nA wildfire tore into Jasper.");
        assert_eq!(d.meta.title.as_deref(), Some("Fire destroys a third of Jasper"));
        assert_eq!(d.meta.byline.as_deref(), Some("By Ann Lee"));
        assert_eq!(d.text, "A wildfire tore into Jasper.");
    }

    #[test]
    fn sentences_datelines_and_lone_lines_are_no_headline() {
        for text in [
            "The strikes came after a tour.\n\nMore text.",
            "LONDON (Reuters) -\nBritain cut taxes.",
            "Real Madrid win fifth title in seven years",
            "NATO Secretary-General Jens Stoltenberg has said that a major new Russian offensive in Ukraine has already begun in the east, officials said on Monday\n\nMore.",
            "lowercase start of a line\n\nMore.",
            "Word\n\nMore.",
        ] {
            let d = read(text);
            assert_eq!(d.meta.title, None, "{text:?}");
        }
        // A title header wins; the first line then stays text.
        let d = read("title Given\n\nReal Madrid win again\n\nBody.");
        assert_eq!(d.meta.title.as_deref(), Some("Given"));
        assert!(d.text.starts_with("Real Madrid win again"));
    }

    #[test]
    fn special_bytes_are_found_in_and_after_whole_words() {
        for (s, want) in [
            ("", None),
            ("abcdefgh", None),
            ("abcdefghijk\n", Some(11)),
            ("abc\u{85}def", Some(3)),
            ("abcdefgh\u{7f}", Some(8)),
            ("é ünïcödé text \u{0} tail", Some(20)),
            ("ab\rcd\nef", Some(2)),
            ("\u{a0}", Some(0)),
        ] {
            assert_eq!(special_byte(s.as_bytes()), want, "{s:?}");
        }
        // the lowest hit is exact when a borrow could flag the bytes above it
        let b = [0x21, 0x20, 0x00, 0x01, 0x7f, 0xc2, 0x20, 0x1f, 0x41];
        assert_eq!(special_byte(&b), Some(2));
    }

    #[test]
    fn lines_join_and_controls_become_spaces() {
        let d = read("one\r\ntwo\u{c}three\r\n\r\nfour\u{85}five £6");
        assert_eq!(d.text, "one two three\n\nfour five £6");
    }

    #[test]
    fn empty_and_blank_input() {
        assert_eq!(read("").text, "");
        assert!(read(" \n\n \t\n").paragraphs.is_empty());
        assert_eq!(read("date 2023-02-13").text, "");
        // Front-matter style: a colon after the key, any case.
        let d = read("Date: 2026-03-03\ntitle: Tea farmers block roads\n\nNAIROBI (Reuters) - Farmers said.");
        assert_eq!(d.meta.published.as_deref(), Some("2026-03-03"));
        assert_eq!(d.meta.title.as_deref(), Some("Tea farmers block roads"));
        assert!(d.text.starts_with("NAIROBI"));
        // A word that merely starts like a key is still text.
        assert_eq!(read("Dates: 2026-03-03 were set.").meta.published, None);
        assert_eq!(read("a\u{0}b").text, "a b");
        assert!(read("\u{feff}").sentences.is_empty());
        assert_eq!(read("\u{feff}date 2023-02-13 Text.").meta.published.as_deref(), Some("2023-02-13"));
    }
}
