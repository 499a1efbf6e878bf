//! Quotation marks: which marks open or close a quote, which are apostrophes, and which
//! pairs belong together.
//!
//! One pass over the punctuation tokens with a small stack of open marks per paragraph.
//! A closer pairs with the innermost open mark of its family (`”` with `“` or `„`, `’`
//! with `‘`, `»` with `«` ...); marks left open at the end of a paragraph are dropped, so a
//! stray mark never swallows the rest of the article. The one exception is the newspaper
//! convention for long quotes: a paragraph that leaves its outer double quote open and is
//! followed by a paragraph opening with the same kind of mark continues the quote.
//! Only outermost pairs are returned; nested quotes (`‘…’` inside `“…”`) stay inside them.

use crate::doc::{Document, Span, Token, TokenKind};

/// An outermost quotation: its marks and the quoted text, one piece per paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// Token index of the opening mark (in the first paragraph).
    pub open: usize,
    /// Token index of the closing mark.
    pub close: usize,
    /// The quoted words without the marks, trimmed: one span per paragraph.
    pub pieces: Vec<Span>,
}

/// Families of marks that pair with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

/// What a mark does where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark that opens or closes depending on what is open.
    Either,
}

/// At most this many marks stay open at once; deeper nesting is ignored (keeps it linear).
const MAX_DEPTH: usize = 8;

#[derive(Clone, Copy, Debug)]
struct OpenMark {
    family: Family,
    tok: usize,
}

/// Finds the outermost quotations of the document, in text order.
pub fn find(doc: &Document) -> Vec<Quoted> {
    let toks = &doc.tokens;
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut t = 0;
    // A long quote carried over from the previous paragraph: (opening token, pieces so far).
    let mut carried: Option<(usize, Vec<Span>)> = None;
    for para in &doc.paragraphs {
        while t < toks.len() && toks[t].span.start < para.start {
            t += 1;
        }
        let first = t;
        while t < toks.len() && toks[t].span.end <= para.end {
            t += 1;
        }
        let ptoks = first..t;
        let mut stack: Vec<OpenMark> = Vec::new();
        // Continue a long quote when this paragraph opens with a double mark.
        let mut long: Option<(usize, Vec<Span>, usize)> = None; // (open tok, pieces, piece start tok)
        if let Some((open, pieces)) = carried.take() {
            if ptoks.start < ptoks.end && matches!(mark(text, &toks[ptoks.start]), Some(('"' | '“' | '„' | '«', _)))
            {
                let f = mark(text, &toks[ptoks.start]).map(|m| m.1).unwrap_or(Family::Double);
                stack.push(OpenMark { family: f, tok: ptoks.start });
                long = Some((open, pieces, ptoks.start));
            }
        }
        let mut i = ptoks.start + usize::from(long.is_some());
        while i < ptoks.end {
            let tok = &toks[i];
            let Some((c, family)) = mark(text, tok) else {
                i += 1;
                continue;
            };
            let prev = (i > ptoks.start).then(|| &toks[i - 1]).filter(|p| p.span.end == tok.span.start);
            let next = (i + 1 < ptoks.end).then(|| &toks[i + 1]).filter(|n| n.span.start == tok.span.end);
            let open_before = prev.map_or(true, |p| opens_context(text, p));
            let open_after = next.map_or(true, |n| closes_context(text, n));
            let single_open = stack.iter().any(|m| m.family == Family::Single);
            // Apostrophes: rock ’n’ roll, ’90s, the students’ union.
            if family == Family::Single {
                let n_word = next.is_some_and(|n| &text[n.span.start..n.span.end] == "n")
                    && toks.get(i + 2).is_some_and(|m| {
                        m.span.start == toks[i + 1].span.end && matches!(mark(text, m), Some(('\'' | '’', _)))
                    });
                if n_word {
                    i += 3;
                    continue;
                }
                let digits = next.is_some_and(|n| text.as_bytes()[n.span.start].is_ascii_digit());
                if open_before && digits {
                    i += 1;
                    continue;
                }
                if c == '’' || c == '\'' {
                    if let Some(p) = prev.filter(|p| p.kind == TokenKind::Word) {
                        if !(single_open || c == '\'' && open_before) {
                            i += 1;
                            continue;
                        }
                        if possessive(text, p, toks.get(i + 1)) && !open_after {
                            i += 1;
                            continue;
                        }
                        if possessive(text, p, toks.get(i + 1)) && !closes_quote_before(text, toks, i, ptoks.end) {
                            i += 1;
                            continue;
                        }
                    }
                    if c == '’' && open_before && !open_after {
                        i += 1; // ’em, ’Tis: an elision, never an opener
                        continue;
                    }
                }
            }
            let role = match c {
                '"' | '\'' => {
                    if open_before && !open_after {
                        Role::Open
                    } else if !open_before && open_after {
                        Role::Close
                    } else {
                        Role::Either
                    }
                }
                '“' => {
                    // closes „ (German), or a typo'd closer after a word: word“ .
                    let low_open = stack.last().is_some_and(|m| low_mark(text, &toks[m.tok]));
                    if low_open || (!open_before && open_after && stack.iter().any(|m| m.family == Family::Double)) {
                        Role::Close
                    } else {
                        Role::Open
                    }
                }
                '‘' => {
                    let low_open = stack.last().is_some_and(|m| low_mark(text, &toks[m.tok]));
                    if low_open {
                        Role::Close
                    } else {
                        Role::Open
                    }
                }
                '”' => {
                    // Some typesetting uses ” for both marks.
                    if open_before && !open_after && !stack.iter().any(|m| m.family == Family::Double) {
                        Role::Open
                    } else {
                        Role::Close
                    }
                }
                '„' | '‚' | '«' | '‹' | '「' | '『' => Role::Open,
                _ => Role::Close,
            };
            let role = match role {
                Role::Either if stack.iter().any(|m| m.family == family) => Role::Close,
                Role::Either => Role::Open,
                r => r,
            };
            match role {
                Role::Open => {
                    if stack.len() < MAX_DEPTH {
                        stack.push(OpenMark { family, tok: i });
                    }
                }
                _ => {
                    if let Some(k) = stack.iter().rposition(|m| m.family == family) {
                        let opener = stack[k];
                        stack.truncate(k);
                        if k == 0 {
                            if let Some((open, mut pieces, start_tok)) = long.take().filter(|l| l.2 == opener.tok) {
                                push_piece(text, &mut pieces, toks[start_tok].span.end, tok.span.start);
                                out.push(Quoted { open, close: i, pieces });
                            } else {
                                let mut pieces = Vec::new();
                                push_piece(text, &mut pieces, toks[opener.tok].span.end, tok.span.start);
                                if !pieces.is_empty() {
                                    out.push(Quoted { open: opener.tok, close: i, pieces });
                                }
                            }
                        }
                    }
                }
            }
            i += 1;
        }
        // Left open at the paragraph end: only an outer double mark carries on.
        if let Some(bottom) = stack.first().filter(|m| matches!(m.family, Family::Double | Family::Guillemet)) {
            let (open, mut pieces, start_tok) = match long.take() {
                Some(l) if l.2 == bottom.tok => l,
                _ => (bottom.tok, Vec::new(), bottom.tok),
            };
            push_piece(text, &mut pieces, toks[start_tok].span.end, para.end);
            // Only a paragraph that opens with its mark is the start of a long quote.
            let at_start = open == first || pieces.len() > 1;
            if at_start || starts_sentence(text, toks, open, first) {
                carried = Some((open, pieces));
            }
        }
    }
    out
}

/// The quotation-mark char of a punctuation token, with its family.
fn mark(text: &str, tok: &Token) -> Option<(char, Family)> {
    if tok.kind != TokenKind::Punct {
        return None;
    }
    let c = text[tok.span.start..tok.span.end].chars().next()?;
    let family = match c {
        '"' | '“' | '”' | '„' => Family::Double,
        '\'' | '‘' | '’' | '‚' => Family::Single,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' | '」' => Family::Corner,
        '『' | '』' => Family::WhiteCorner,
        _ => return None,
    };
    Some((c, family))
}

fn low_mark(text: &str, tok: &Token) -> bool {
    matches!(text[tok.span.start..].chars().next(), Some('„' | '‚'))
}

/// A token touching a mark on its left that still lets the mark open: `(“`, `—“`, `“‘`.
fn opens_context(text: &str, prev: &Token) -> bool {
    prev.kind == TokenKind::Punct
        && matches!(
            text[prev.span.start..].chars().next(),
            Some(
                '(' | '['
                    | '{'
                    | '—'
                    | '–'
                    | '-'
                    | '/'
                    | '“'
                    | '‘'
                    | '«'
                    | '‹'
                    | '„'
                    | '‚'
                    | '「'
                    | '『'
                    | '"'
                    | '\''
                    | ':'
            )
        )
}

/// A token touching a mark on its right that still lets the mark close: `”,` `’.` `”)`.
fn closes_context(text: &str, next: &Token) -> bool {
    next.kind == TokenKind::Punct
        && matches!(
            text[next.span.start..].chars().next(),
            Some(
                ',' | '.'
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '—'
                    | '–'
                    | '-'
                    | '…'
                    | '”'
                    | '’'
                    | '»'
                    | '›'
                    | '」'
                    | '』'
                    | '"'
                    | '\''
            )
        )
}

/// `students’ union`: a plural possessive, a word ending in `s` and a mark then a word.
fn possessive(text: &str, prev: &Token, next: Option<&Token>) -> bool {
    let w = &text[prev.span.start..prev.span.end];
    w.ends_with(['s', 'S']) && next.is_some_and(|n| n.kind == TokenKind::Word)
}

/// True when a later single closer in the paragraph (within a few dozen tokens) could close
/// the open single quote instead of this possessive mark: `‘The students’ union is angry,’`.
fn closes_quote_before(text: &str, toks: &[Token], i: usize, end: usize) -> bool {
    let next_word = toks.get(i + 1).map(|n| text[n.span.start..n.span.end].to_ascii_lowercase());
    // A cue right after the mark means it closes: ‘... the Smiths’ he said.
    if next_word.as_deref().is_some_and(|w| matches!(w, "he" | "she" | "they" | "said" | "says")) {
        return true;
    }
    !(i + 2..end.min(i + 60)).any(|j| {
        matches!(mark(text, &toks[j]), Some(('\'' | '’', _)))
            && toks.get(j + 1).map_or(true, |n| n.span.start > toks[j].span.end || closes_context(text, n))
    })
}

/// True when the mark at token `open` starts a sentence of its paragraph (after `.`, `:`).
fn starts_sentence(text: &str, toks: &[Token], open: usize, first: usize) -> bool {
    open == first
        || (open > first && matches!(&text[toks[open - 1].span.start..toks[open - 1].span.end], "." | ":" | "?" | "!"))
}

/// Pushes the trimmed text between two byte offsets as a piece, if not empty.
fn push_piece(text: &str, pieces: &mut Vec<Span>, start: usize, end: usize) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        pieces.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::text;

    fn quoted(s: &str) -> Vec<String> {
        let doc = text::read(s);
        find(&doc).iter().map(|q| q.pieces.iter().map(|p| doc.slice(*p)).collect::<Vec<_>>().join(" | ")).collect()
    }

    #[test]
    fn pairs_curly_straight_and_foreign_marks() {
        assert_eq!(quoted("“Go,” he said. \"Stay,\" she said."), ["Go,", "Stay,"]);
        assert_eq!(quoted("«Non», a-t-il dit. „Ja“, sagte er. 「はい」"), ["Non", "Ja", "はい"]);
        assert_eq!(quoted("He said ‚gut‘ and ‹oui›."), ["gut", "oui"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quoted("Ukraine’s army and the students’ union in the ’90s played rock ’n’ roll."),
            Vec::<String>::new()
        );
        assert_eq!(
            quoted("“Russia’s strike on the workers’ homes was ‘brutal’,” he said."),
            ["Russia’s strike on the workers’ homes was ‘brutal’,"]
        );
        assert_eq!(quoted("‘The students’ union is angry,’ she said."), ["The students’ union is angry,"]);
        assert_eq!(quoted("It was the players’ fault, ’twas said."), Vec::<String>::new());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(quoted("“He told me ‘never again’ and left,” she said."), ["He told me ‘never again’ and left,"]);
        assert_eq!(quoted("\"He said 'no' twice,\" she said."), ["He said 'no' twice,"]);
    }

    #[test]
    fn unclosed_and_stray_marks_swallow_nothing() {
        assert_eq!(quoted("He said “we will go. Then nothing.\n\nNext “one” here."), ["one"]);
        assert_eq!(quoted("A stray ” closer and “real” one."), ["real"]);
        assert_eq!(quoted("\"\"\"\"\""), Vec::<String>::new());
    }

    #[test]
    fn long_quote_runs_across_paragraphs() {
        let got = quoted("“First part of it.\n\n“Second part.\n\n“Last part,” she said.\n\nAfter.");
        assert_eq!(got, ["First part of it. | Second part. | Last part,"]);
        // Never closed: dropped, the later quote still found.
        assert_eq!(quoted("“Open forever.\n\n“Still open.\n\nPlain. “Closed” here."), ["Closed"]);
    }
}
