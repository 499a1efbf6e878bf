//! The sentence splitter: news copy, abbreviations, initials, quotes and all.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes or brackets
//! right after it) when whitespace and then a capital letter follow, possibly behind an
//! opening quote. A dot after a title (`Mr.`, `Gen.`, `Feb.`), an initial (`George W.
//! Bush`) or a numbered-list number never ends one, but a lone capital before a typical
//! sentence opener does (`on X. The ministry`); after an ambiguous abbreviation (`Inc.`,
//! `U.S.`, `p.m.`) only a typical sentence opener (`The`, `He`, `But`) starts a new one.
//! The end of a paragraph always ends a sentence. One pass over the tokens: linear.

use crate::doc::{Sentence, Span, Token, TokenKind};
use crate::rules::{abbreviations, contains};

/// Splits each paragraph into sentences. `tokens` are the text's tokens, in order.
pub fn split(text: &str, paragraphs: &[Span], tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut t = 0;
    for (p, para) in paragraphs.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.start < para.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.end <= para.end {
            t += 1;
        }
        split_paragraph(text, &tokens[first..t], p, &mut out);
    }
    out
}

fn split_paragraph(text: &str, toks: &[Token], paragraph: usize, out: &mut Vec<Sentence>) {
    let s = |t: &Token| &text[t.span.start..t.span.end];
    let bytes = text.as_bytes();
    let mut start = 0; // token index where the current sentence starts
    let mut i = 0;
    while i < toks.len() {
        let tok = &toks[i];
        // A terminator (`.`, `!`, `?`, `…`) or a word ending in a dot (`U.S.`); numbers never
        // end in a dot. The last byte decides cheaply for all but `…` (E2 80 A6).
        let candidate = match bytes[tok.span.end - 1] {
            b'.' => true,
            b'!' | b'?' => tok.kind == TokenKind::Punct,
            0xa6 => tok.kind == TokenKind::Punct && s(tok) == "…",
            _ => false,
        };
        if !candidate {
            i += 1;
            continue;
        }
        // Take the whole run of terminators and closing marks touching each other.
        let mut end = i;
        while end + 1 < toks.len()
            && toks[end + 1].span.start == toks[end].span.end
            && toks[end + 1].kind == TokenKind::Punct
            && (is_terminator(s(&toks[end + 1])) || is_closer(s(&toks[end + 1])))
        {
            end += 1;
        }
        let next = end + 1;
        if next < toks.len() && ends_here(text, toks, start, i, end) {
            out.push(Sentence { span: Span::new(toks[start].span.start, toks[end].span.end), paragraph });
            start = next;
        }
        i = next;
    }
    if start < toks.len() {
        out.push(Sentence { span: Span::new(toks[start].span.start, toks[toks.len() - 1].span.end), paragraph });
    }
}

/// Decides whether the sentence that started at token `start` ends with the terminator run
/// `term..=end` (token `term` is the first terminator, or a word ending in a dot).
fn ends_here(text: &str, toks: &[Token], start: usize, term: usize, end: usize) -> bool {
    let s = |t: &Token| &text[t.span.start..t.span.end];
    let next = end + 1;
    if toks[next].span.start == toks[end].span.end {
        return false; // no space: "example.com", "3.5", "a.m.-ish"
    }
    // The first word of what follows, behind any opening quotes or brackets.
    let mut w = next;
    while w < toks.len() && toks[w].kind == TokenKind::Punct && is_opener(s(&toks[w])) {
        w += 1;
    }
    let Some(first) = toks.get(w) else { return false };
    // "... done. 2. Vote." : a list number opens the next item.
    let list_item = is_list_number(text, toks, w);
    let capital = first.kind == TokenKind::Word && s(first).chars().next().is_some_and(char::is_uppercase);
    if !(capital || list_item) {
        return false; // lowercase, a number, a dash: the sentence goes on
    }
    // Only a dot can belong to an abbreviation.
    let dot_word = if s(&toks[term]) == "." {
        (term > start && toks[term - 1].span.end == toks[term].span.start).then(|| term - 1)
    } else if toks[term].kind == TokenKind::Word {
        Some(term)
    } else {
        None
    };
    let Some(wi) = dot_word else { return true };
    if is_list_number(text, toks, wi) && (wi == start || s(&toks[wi - 1]) == ":") {
        return false; // "1. The first point", "three steps: 1. Register."
    }
    if toks[wi].kind != TokenKind::Word {
        return true; // "$1.21. Gilts rallied."
    }
    let prev = s(&toks[wi]).trim_end_matches('.');
    if contains(abbreviations::TITLES, prev) {
        return false;
    }
    let mut chars = prev.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            // An initial ("George W. Bush") goes on; a lone capital before a common opener
            // of more than one letter ends the sentence: "on X. The ministry", "Part B. It".
            let opener = s(first);
            return opener.len() > 1 && contains(abbreviations::STARTERS, opener);
        }
    }
    if contains(abbreviations::AMBIGUOUS, prev) || prev.contains('.') {
        return list_item || contains(abbreviations::STARTERS, s(first));
    }
    true
}

/// True when token `i` is a one- or two-digit number with a dot right after it, as in a
/// numbered list: `1. Register.`
fn is_list_number(text: &str, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    t.kind == TokenKind::Number
        && t.span.len() <= 2
        && toks.get(i + 1).is_some_and(|d| d.span.start == t.span.end && &text[d.span.start..d.span.end] == ".")
}

fn is_terminator(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | ")" | "]" | "»" | "›" | "」" | "』")
}

fn is_opener(s: &str) -> bool {
    matches!(s, "\"" | "'" | "“" | "‘" | "(" | "[" | "«" | "‹" | "„" | "‚" | "「" | "『")
}
