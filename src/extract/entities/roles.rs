//! Roles written around a name in lowercase: before it (`Kremlin spokesman Dmitry Peskov`,
//! `Ukraine's defence minister Oleksii Reznikov`) or as an appositive after it (`Jens
//! Stoltenberg, NATO's secretary-general, said`). Titles in capitals inside the run of
//! the name are handled by [`super::chunks`].

use std::ops::Range;

use super::words::{flag, Words};
use crate::doc::TokenKind;

/// The role right before the name at tokens `name`: the words back from a title that
/// touches the name, through role modifiers, adjectives of places and capitalised words.
pub(super) fn before(w: &Words, name: &Range<usize>) -> Option<String> {
    const MAX_WORDS: usize = 5;
    // "Its president, Jordan Bardella, called": the title may stand before a comma.
    let comma = name.start.checked_sub(1).filter(|&c| w.is(c, ",") && c >= 1 && w.is(name.end, ","));
    let title = match comma {
        Some(c) => c - 1,
        None => name.start.checked_sub(1)?,
    };
    let name = &(title + 1..name.end);
    if !w.is_word(title) || !w.adjacent(title, name.start) || !w.has(title, flag::TITLE | flag::PERSON_NOUN) {
        return None;
    }
    if w.text(title).starts_with(char::is_uppercase) {
        return None; // a capitalised title belongs to the run of capitals
    }
    let mut first = title;
    while first > 0 && title - first + 1 < MAX_WORDS {
        let p = first - 1;
        if !w.is_word(p) || !w.adjacent(p, first) {
            break;
        }
        let fits = w.has(p, flag::TITLE | flag::ROLE_MODIFIER | flag::DEMONYM)
            // "Kremlin spokesman", and "Aslef general secretary" opening a sentence
            || (w.is_capitalised(p) && !w.has(p, flag::NOT_NAME));
        if !fits {
            break;
        }
        first = p;
    }
    Some(text_of(w, first..title + 1))
}

/// The appositive role after a name: `, NATO's secretary-general,` or `, the Kremlin
/// spokesman.` A phrase of at most eight words between a comma and a comma or full stop,
/// holding a title word, with no verb and no punctuation inside.
pub(super) fn after(w: &Words, name: &Range<usize>) -> Option<String> {
    const MAX_WORDS: usize = 8;
    let comma = name.end;
    if !w.is(comma, ",") {
        return None;
    }
    let mut k = comma + 1;
    if w.is(k, "the") || w.is(k, "a") || w.is(k, "an") {
        k += 1;
    }
    let start = k;
    let mut has_title = false;
    while k < w.len() && k - start <= MAX_WORDS {
        let t = &w.doc.tokens[k];
        // "the head of the nurses' union": a plural possessive's apostrophe stays inside.
        let apostrophe = matches!(w.text(k), "'" | "\u{2019}")
            && k > start
            && w.text(k - 1).ends_with('s')
            && w.doc.tokens[k - 1].span.end == t.span.start;
        if t.kind == TokenKind::Punct && !apostrophe {
            break;
        }
        let key = w.key(k);
        // "a virologist at the University of Lagos who was not involved": `who` closes a
        // role already named.
        if key == "who" && has_title {
            break;
        }
        if matches!(key, "who" | "which" | "said" | "says" | "told" | "and" | "that" | "was" | "is" | "has") {
            return None;
        }
        has_title |= w.has(k, flag::TITLE | flag::PERSON_NOUN);
        k += 1;
    }
    let closes = w.is(k, ",") || w.is(k, ".") || w.is(k, ")") || w.is(k, ";") || w.is(k, "who");
    (has_title && closes && k > start).then(|| text_of(w, start..k))
}

/// `, the chairwoman of`, `, a virologist at`, `, an analyst at`: an appositive after
/// the token before `comma` that opens with an article and names a person by a title,
/// occupation or person noun (after at most three lowercase or demonym words), followed by a
/// preposition or `who`; or that holds `who` before any punctuation (`, a home health worker
/// who commutes`). Whatever follows (`the nurses' union`, a clause), the name before it is
/// a person's.
pub(super) fn appositive_head(w: &Words, comma: usize) -> bool {
    if !w.is(comma, ",") || !(w.is(comma + 1, "the") || w.is(comma + 1, "a") || w.is(comma + 1, "an")) {
        return false;
    }
    // "a home health worker who commutes": `who` before any punctuation names a person.
    let who = (comma + 2..(comma + 14).min(w.len())).take_while(|&k| w.is_word(k)).any(|k| w.is(k, "who"));
    if who {
        return true;
    }
    for k in comma + 2..(comma + 6).min(w.len()) {
        if !w.is_word(k) || (w.is_capitalised(k) && !w.has(k, flag::DEMONYM)) {
            return false;
        }
        if w.has(k, flag::TITLE | flag::PERSON_NOUN) {
            return k + 1 < w.len() && matches!(w.key(k + 1), "of" | "at" | "for" | "with" | "from" | "in" | "who");
        }
    }
    false
}

/// The words written right before a run of capitals that starts with a title, which belong
/// to its role: a possessive name (`Qatar's Prime Minister`) and lowercase modifiers
/// (`former President`). Returns the role with them, or the role unchanged.
pub(super) fn extend_back(w: &Words, run_start: usize, role: String) -> String {
    let mut first = run_start;
    while first > 0 && run_start - first < 3 {
        let p = first - 1;
        if !w.is_word(p) || !w.adjacent(p, first) {
            break;
        }
        let modifier = !w.is_capitalised(p) && w.has(p, flag::ROLE_MODIFIER);
        let possessive = w.is_capitalised(p) && w.is_possessive(p) && first == run_start;
        if !(modifier || possessive) {
            break;
        }
        first = p;
    }
    if first == run_start {
        return role;
    }
    let before = text_of(w, first..run_start);
    format!("{before} {role}")
}

fn text_of(w: &Words, toks: Range<usize>) -> String {
    let a = w.doc.tokens[toks.start].span.start;
    let b = w.doc.tokens[toks.end - 1].span.end;
    w.doc.text[a..b].split_whitespace().collect::<Vec<_>>().join(" ")
}
