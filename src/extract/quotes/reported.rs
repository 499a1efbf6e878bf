//! Reported speech: `X said (that) CLAUSE`, `CLAUSE, X said`, `according to X, CLAUSE`.
//!
//! The clause follows its cue past an object (`told reporters`, `told the BBC`) and
//! adjuncts (`on February 13`, `in a statement`) up to `that`; a cue that takes a bare
//! clause (`said the alliance saw ...`) needs a word that can open one. The clause ends at
//! the sentence end, a semicolon, a whole quote, or a comma before another cue (`..., adding
//! that`). Fragments in quotation marks stay inside it.

use super::attribution::in_full_quote;
use super::cues::Cue;
use super::{Ctx, Who};
use crate::doc::{Span, TokenKind};
use crate::rules::{contains, quote_words, speech_verbs};

/// A reported clause and the index of its cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reported {
    pub clause: Span,
    pub cue: usize,
}

/// Fewer words than this is no reported clause (`he said so`).
const MIN_WORDS: usize = 3;

/// Finds the reported clauses, one per cue at most.
pub fn find(ctx: &Ctx, cues: &[Cue]) -> Vec<Reported> {
    let mut out = Vec::new();
    for (ci, cue) in cues.iter().enumerate() {
        if cue.who == Who::Nobody || cue.naming {
            continue;
        }
        let clause = if cue.according {
            according(ctx, cue)
        } else if cue.inverted {
            backward(ctx, cue) // `CLAUSE, said X.`; nothing follows `said Hugh Hill, a doctor`
        } else {
            forward(ctx, cue).or_else(|| backward(ctx, cue))
        };
        if let Some(clause) = clause {
            out.push(Reported { clause, cue: ci });
        }
    }
    out
}

/// `X said (on Monday) (that) CLAUSE`.
fn forward(ctx: &Ctx, cue: &Cue) -> Option<Span> {
    let toks = &ctx.doc.tokens;
    let hi = ctx.clause_end(cue.last);
    let mut i = cue.last + 1;
    let verb = ctx.lower(cue.first);
    // The object of `told`, `informed`, `assured`, `reminded`, `warned`: `told reporters`,
    // `told the BBC`, `told Reuters`.
    if matches!(&*verb, "told" | "tell" | "tells" | "telling" | "informed" | "assured" | "reminded" | "warned")
        && i < hi
    {
        let w = ctx.lower(i);
        // `told investors that`, `told a news conference in Kyiv that`: up to `that`.
        let that =
            (i..hi.min(i + 7)).take_while(|&t| toks[t].kind == TokenKind::Word).find(|&t| ctx.lower(t) == "that");
        if let Some(t) = that {
            i = t;
        } else if matches!(
            &*w,
            "him" | "her" | "them" | "me" | "us" | "reporters" | "journalists" | "lawmakers" | "parliament"
        ) {
            i += 1;
        } else if matches!(&*w, "the" | "a" | "an" | "his" | "her" | "their" | "its") {
            i += 1;
            while i < hi && toks[i].kind == TokenKind::Word && !stops_object(ctx, i) && i - cue.last < 6 {
                i += 1;
            }
        } else if starts_upper(ctx.word(i)) {
            while i < hi && toks[i].kind == TokenKind::Word && starts_upper(ctx.word(i)) && i - cue.last < 6 {
                i += 1;
            }
        } else if toks[i].kind == TokenKind::Word
            && verb != "warned"
            && !contains(quote_words::CLAUSE_OPENERS, &w)
            && !contains(quote_words::NP_STOP, &w)
        {
            i += 1; // `told jurors the evidence showed ...`
        }
    }
    // Adjuncts: a date, or a prepositional phrase that must be followed by `that`.
    let mut need_that = false;
    for _ in 0..3 {
        if i >= hi {
            break;
        }
        if let Some(d) = date_at(ctx, i) {
            i = ctx.doc.token_index_at(d.end);
            continue;
        }
        if contains(quote_words::ADJUNCT_STARTS, ctx.word(i)) {
            need_that = true;
            match (i + 1..hi.min(i + 12)).find(|&t| matches!(ctx.word(t), "that" | "," | ":" | ";")) {
                Some(t) if ctx.word(t) == "that" => i = t,
                _ => return None,
            }
            break;
        }
        if ctx.word(i) == "," {
            return None;
        }
        break;
    }
    if i >= hi {
        return None;
    }
    let start = if ctx.word(i).eq_ignore_ascii_case("that") {
        i + 1
    } else if !need_that && cue.bare && opens_clause(ctx, i) {
        i
    } else {
        return None;
    };
    clause(ctx, start, hi)
}

/// `CLAUSE, X said.` / `CLAUSE, said X.`: the cue and its speaker close the sentence.
fn backward(ctx: &Ctx, cue: &Cue) -> Option<Span> {
    let (s0, s1) = ctx.sentence_tokens(ctx.sentence_of(cue.first));
    let head = cue.subject_first.filter(|&s| s < cue.first).unwrap_or(cue.first);
    if head <= s0 || ctx.word(head - 1) != "," {
        return None;
    }
    // Only a date, a short adjunct or a participle clause may follow the cue.
    let rest = cue.last + 1;
    let tail_ok = rest >= s1
        || matches!(ctx.word(rest), "." | "," | "!" | "?" | ";")
        || date_at(ctx, rest).is_some()
        || contains(quote_words::ADJUNCT_STARTS, ctx.word(rest));
    // `..., Maria Lopez said, “We are ...”`: the cue introduces a quote, not a clause.
    let quote_next = (rest..s1.min(rest + 3)).any(|t| in_full_quote(ctx, t));
    if !tail_ok || quote_next {
        return None;
    }
    let comma = head - 1;
    let from = comma.saturating_sub(super::REACH).max(s0);
    // `NAIROBI, Kenya (AP) — Floods ...`: the clause starts after the dateline.
    let from = dateline_end(ctx, from, comma).unwrap_or(from);
    // `Asked about the delay, X said`, `Speaking in Warsaw, X said`: no clause of its own.
    let first = ctx.word(from);
    if first.ends_with("ing") || first.ends_with("ed") {
        return None;
    }
    if (from..comma).any(|t| in_full_quote(ctx, t)) || from == comma {
        return None;
    }
    clause(ctx, from, comma)
}

/// The token after a dateline opening tokens `from..to` (`LONDON (Reuters) -`, `NAIROBI,
/// Kenya (AP) —`): a dash within the first ten tokens after a capitalised place.
fn dateline_end(ctx: &Ctx, from: usize, to: usize) -> Option<usize> {
    let caps = ctx.word(from).chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if !caps || ctx.word(from).len() < 3 {
        return None;
    }
    (from + 1..to.min(from + 10)).find(|&t| matches!(ctx.word(t), "—" | "–" | "-")).map(|t| t + 1)
}

/// `according to X, CLAUSE` or `CLAUSE, according to X`.
fn according(ctx: &Ctx, cue: &Cue) -> Option<Span> {
    let (s0, s1) = ctx.sentence_tokens(ctx.sentence_of(cue.first));
    if cue.first == s0 {
        let mut comma = (cue.last + 1..s1.min(cue.last + 12)).find(|&t| ctx.word(t) == ",")?;
        // `According to X, a researcher at Y, CLAUSE`: the clause follows the appositive.
        if comma + 1 < s1 && matches!(&*ctx.lower(comma + 1), "a" | "an" | "the" | "who") {
            if let Some(c) = (comma + 2..s1.min(comma + 14)).find(|&t| ctx.word(t) == ",") {
                comma = c;
            }
        }
        // `According to X, an economist, “...”`: a quote follows, not a clause.
        if (comma..s1.min(comma + super::REACH)).any(|t| in_full_quote(ctx, t)) {
            return None;
        }
        return clause(ctx, comma + 1, ctx.clause_end(comma));
    }
    if ctx.word(cue.first - 1) == "," {
        let from = (cue.first - 1).saturating_sub(super::REACH).max(s0);
        if (from..cue.first - 1).any(|t| in_full_quote(ctx, t)) {
            return None;
        }
        return clause(ctx, from, cue.first - 1);
    }
    None
}

/// The clause from token `start` up to `hi`, cut at a semicolon, a whole quote or a comma
/// before another cue; without trailing punctuation. None when too short or all quote.
fn clause(ctx: &Ctx, start: usize, hi: usize) -> Option<Span> {
    let toks = &ctx.doc.tokens;
    if start >= hi || in_full_quote(ctx, start) {
        return None;
    }
    let mut end = start;
    while end < hi {
        let w = ctx.word(end);
        if in_full_quote(ctx, end) || w == ";" {
            break;
        }
        if w == "," && end + 1 < hi {
            let mut n = end + 1;
            if matches!(&*ctx.lower(n), "and" | "but") && n + 1 < hi {
                n += 1;
            }
            let next = ctx.lower(n);
            let next2 = toks.get(n + 1).map(|_| ctx.lower(n + 1)).unwrap_or_default();
            let phrase = format!("{next} {next2}");
            let cue_next = contains(speech_verbs::CUES, &next)
                || contains(speech_verbs::PHRASES, &phrase)
                || (contains(quote_words::PRONOUNS, &next) && contains(speech_verbs::CUES, &next2))
                || (next == "according" && next2 == "to");
            if cue_next {
                break;
            }
        }
        end += 1;
    }
    // Drop trailing punctuation, but keep a closing mark that belongs to a fragment.
    while end > start && toks[end - 1].kind == TokenKind::Punct && !ctx.is_mark(end - 1) {
        end -= 1;
    }
    let words = (start..end).filter(|&t| toks[t].kind != TokenKind::Punct).count();
    (words >= MIN_WORDS).then(|| Span::new(toks[start].span.start, toks[end - 1].span.end))
}

/// True when token `i` can open a clause: a determiner or subject pronoun, a capitalised
/// name, or a number.
fn opens_clause(ctx: &Ctx, i: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let w = ctx.word(i);
    match toks[i].kind {
        TokenKind::Number => true,
        TokenKind::Word if contains(quote_words::CLAUSE_OPENERS, w) || starts_upper(w) => true,
        // A bare noun subject and its verb: `said hospitals had done`, `said longer and
        // hotter summers were`, `said people in smaller towns feared`.
        TokenKind::Word if contains(quote_words::NP_STOP, w) => false, // `warned of a risk`
        TokenKind::Word => (i + 1..toks.len().min(i + 8))
            .take_while(|&t| {
                let w = ctx.word(t);
                toks[t].kind == TokenKind::Word && (starts_upper(w) || !contains(speech_verbs::CUES, w))
            })
            .any(|t| {
                let w = ctx.word(t);
                contains(quote_words::AUXILIARIES, w) || (w.len() > 4 && w.ends_with("ed") && !starts_upper(w))
            }),
        TokenKind::Punct => false,
    }
}

/// Ends the object of `told`: `that`, a preposition or a determiner of the clause.
fn stops_object(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    w.eq_ignore_ascii_case("that")
        || contains(quote_words::ADJUNCT_STARTS, w)
        || contains(quote_words::CLAUSE_OPENERS, w)
}

/// The date mention starting at token `i`, if any.
fn date_at<'a>(ctx: &'a Ctx, i: usize) -> Option<&'a crate::card::DateMention> {
    let pos = ctx.doc.tokens[i].span.start;
    let k = ctx.dates.partition_point(|d| d.start < pos);
    // `on February 13`: the mention may start at the preposition or after it.
    ctx.dates.get(k).filter(|d| d.start == pos).or_else(|| {
        let w = ctx.word(i);
        if matches!(w, "on" | "On" | "last" | "this") {
            let next = ctx.doc.tokens.get(i + 1)?.span.start;
            ctx.dates.get(ctx.dates.partition_point(|d| d.start < next)).filter(|d| d.start == next)
        } else {
            None
        }
    })
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::super::tests::entities;
    use crate::card::EntityKind::{self, Organization, Person};
    use crate::card::QuoteKind;

    fn reported(text: &str, list: &[(&str, EntityKind, &[&str])]) -> Vec<(String, String)> {
        let (doc, ents) = entities(text, list);
        super::super::find(&doc, &ents, &[])
            .into_iter()
            .filter(|q| q.kind == QuoteKind::Indirect)
            .map(|q| (q.text, q.speaker.unwrap_or_else(|| "-".into())))
            .collect()
    }

    const JS: &[(&str, EntityKind, &[&str])] =
        &[("Jens Stoltenberg", Person, &["Jens Stoltenberg", "Stoltenberg"]), ("Russia", Organization, &["Russia"])];

    #[test]
    fn that_clauses_and_bare_clauses() {
        assert_eq!(
            reported("NATO Secretary-General Jens Stoltenberg has said that a major new offensive has begun.", JS),
            [("a major new offensive has begun".into(), "Jens Stoltenberg".into())]
        );
        assert_eq!(
            reported("On Friday, Russia said it carried out a “massive strike” on the grid.", JS),
            [("it carried out a “massive strike” on the grid".into(), "Russia".into())]
        );
        assert_eq!(
            reported("Stoltenberg told reporters in Brussels that the talks would go on.", JS),
            [("the talks would go on".into(), "Jens Stoltenberg".into())]
        );
    }

    #[test]
    fn clause_before_cue_and_participles() {
        assert_eq!(
            reported("The issue will take time to resolve, Stoltenberg said, alluding to doubts.", JS),
            [("The issue will take time to resolve".into(), "Jens Stoltenberg".into())]
        );
        let got = reported("“We will see,” Stoltenberg said, adding that jets would not make NATO a party.", JS);
        assert_eq!(got, [("jets would not make NATO a party".into(), "Jens Stoltenberg".into())]);
    }

    #[test]
    fn datelines_and_objects() {
        let list: &[(&str, EntityKind, &[&str])] =
            &[("Kenya", EntityKind::Place, &["Kenya"]), ("Rachel Kim", Person, &["Rachel Kim"])];
        let got = reported("NAIROBI, Kenya (AP) — Floods have killed 188 people, the police said.", list);
        assert_eq!(got, [("Floods have killed 188 people".into(), "-".into())]);
        let got = reported("Rachel Kim told jurors the evidence showed a pattern.", list);
        assert_eq!(got, [("the evidence showed a pattern".into(), "Rachel Kim".into())]);
        assert!(reported("Rachel Kim added a second goal late on.", list).is_empty(), "`added` needs `that`");
    }

    #[test]
    fn no_clause_no_quote() {
        assert!(reported("Stoltenberg said: “It has begun.”", JS).is_empty());
        assert!(reported("Stoltenberg said in a statement on Monday.", JS).is_empty());
        assert!(reported("Stoltenberg said that “it has begun.”", JS).is_empty());
        assert!(reported("“It has begun,” Stoltenberg said.", JS).is_empty());
    }
}
