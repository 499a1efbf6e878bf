//! Links each quotation to its speaker: the cue right after it (`“…,” Stoltenberg said`),
//! the cue just before it (`Stoltenberg said: “…”`), or, for a fragment, the nearest cue of
//! its sentence (`Russia said it carried out a “massive strike”`). Joins split quotes
//! (`“Q1,” he said, “Q2.”`) and gives a floating quote (a whole quote with no cue of its
//! own) the speaker of the passage around it.

use super::cues::Cue;
use super::marks::Quoted;
use super::{Ctx, InQuote, Who, REACH};
use crate::card::EntityKind;
use crate::doc::Span;

/// A direct quote with its speaker.
#[derive(Clone, Debug)]
pub struct Direct {
    pub pieces: Vec<Span>,
    pub who: Who,
    pub role: Option<String>,
    /// Index of the cue in the cue list, when one names the speaker here.
    pub cue: Option<usize>,
    pub partial: bool,
    /// The speaker comes from the passage, not from a cue of this quote.
    pub floating: bool,
    open: usize,
    close: usize,
    /// The cue stands after the quote (`“…,” he said`) rather than before it.
    cue_after: bool,
}

/// How many tokens may stand between a whole quote and its cue (`“…,” Hugh Hill, a
/// doctor at St. Michael's Hospital, said`).
const NEAR: usize = 16;

/// True when the quotation is a fragment inside a sentence rather than a whole quote: it
/// neither starts a clause (sentence start, after `:` `,` `—` or `that`) nor ends one
/// (punctuation inside its marks, or right after them).
pub fn is_partial(ctx: &Ctx, q: &Quoted) -> bool {
    if q.pieces.len() > 1 {
        return false;
    }
    let (s_open, s_close) = (ctx.sentence_of(q.open), ctx.sentence_of(q.close));
    if s_open != s_close {
        return false; // several sentences: `“… production. This puts … strain,” he said.`
    }
    let (t0, t1) = ctx.sentence_tokens(s_open);
    let prev = (q.open > t0).then(|| ctx.lower(q.open - 1));
    let starts = match prev.as_deref() {
        None => true,
        Some(p) => matches!(p, ":" | "," | "—" | "–" | "-" | "(" | "…" | "that") || ctx.is_mark(q.open - 1),
    };
    // `“He told us, ‘Never put it in writing,’”`: look through inner closing marks.
    let inner = q.pieces.last().map_or("", |p| ctx.doc.slice(*p)).trim_end_matches(['’', '\'', '"', '”', '»', '›']);
    let ends = inner.ends_with([',', '.', '!', '?', '…', ';', ':', '—'])
        || q.close + 1 >= t1
        || matches!(ctx.word(q.close + 1), "." | "!" | "?" | "," | ";" | "—" | "–" | ")" | "…")
        || ctx.is_mark(q.close + 1);
    !(starts && ends)
}

/// Attributes every quotation; returns the direct quotes in text order.
pub fn attach(ctx: &Ctx, quoted: &[Quoted], partial: &[bool], cues: &[Cue]) -> Vec<Direct> {
    let mut out: Vec<Direct> = Vec::with_capacity(quoted.len());
    for (q, &partial) in quoted.iter().zip(partial) {
        let found = if partial {
            before_cue(ctx, cues, q.open, REACH, true)
                .map(|c| (c, false))
                .or_else(|| after_cue(ctx, cues, q.close, REACH, true).map(|c| (c, true)))
        } else {
            after_cue(ctx, cues, q.close, NEAR, false)
                .map(|c| (c, true))
                .or_else(|| before_cue(ctx, cues, q.open, NEAR, false).map(|c| (c, false)))
        };
        let d = Direct {
            pieces: q.pieces.clone(),
            who: found.map_or(Who::Nobody, |(c, _)| cues[c].who),
            role: found.and_then(|(c, _)| cues[c].role.clone()),
            cue: found.map(|(c, _)| c),
            partial,
            floating: false,
            open: q.open,
            close: q.close,
            cue_after: found.is_some_and(|(_, after)| after),
        };
        if let Some(prev) = out.last_mut() {
            if split_quote(ctx, prev, &d) {
                prev.pieces.extend(d.pieces);
                prev.close = d.close;
                continue;
            }
        }
        out.push(d);
    }
    float(ctx, cues, &mut out);
    out
}

/// `“Q1,” X said, “Q2.”`: the second part shares the first part's cue, which stands between
/// them, and the cue clause ends with a comma.
fn split_quote(ctx: &Ctx, a: &Direct, b: &Direct) -> bool {
    let (Some(ca), Some(cb)) = (a.cue, b.cue) else { return false };
    let comma_in = a.pieces.last().is_some_and(|p| ctx.doc.slice(*p).ends_with(','));
    let comma_out = ctx.doc.tokens.get(a.close + 1).is_some_and(|_| ctx.word(a.close + 1) == ",");
    ca == cb
        && a.cue_after
        && !b.cue_after
        && !a.partial
        && (comma_in || comma_out)
        && b.open > 0
        && ctx.word(b.open - 1) == ","
        && ctx.para(ctx.doc.tokens[a.close].span.start) == ctx.para(ctx.doc.tokens[b.open].span.start)
}

/// The first cue with a speaker after the closing mark at token `close`, within `limit`
/// tokens and the same clause. A fragment's search stops at a new clause (`“a non-starter,”
/// while Israel's government said`). Naming verbs attribute fragments only.
fn after_cue(ctx: &Ctx, cues: &[Cue], close: usize, limit: usize, fragment: bool) -> Option<usize> {
    let hi = ctx.clause_end(close).min(close + 1 + limit);
    for t in close + 1..hi {
        if fragment && matches!(&*ctx.lower(t), "while" | "whereas" | "but" | "although" | "though" | ";") {
            return None;
        }
        if ctx.in_quote(t) {
            continue;
        }
        if let Some(c) = cue_at(cues, t).filter(|&c| cues[c].who != Who::Nobody && (fragment || !cues[c].naming)) {
            return Some(c);
        }
    }
    None
}

/// The nearest cue with a speaker before the opening mark at token `open`, within `limit`
/// tokens and the same clause.
fn before_cue(ctx: &Ctx, cues: &[Cue], open: usize, limit: usize, fragment: bool) -> Option<usize> {
    let lo = ctx.clause_start(open).max(open.saturating_sub(limit));
    (lo..open).rev().filter(|&t| !ctx.in_quote(t)).find_map(|t| {
        let c = cue_at_last(cues, t)?;
        (cues[c].who != Who::Nobody && (fragment || !cues[c].naming)).then_some(c)
    })
}

/// The cue whose first token is `t`.
fn cue_at(cues: &[Cue], t: usize) -> Option<usize> {
    let i = cues.partition_point(|c| c.first < t);
    (i < cues.len() && cues[i].first == t).then_some(i)
}

/// The cue whose last token is `t`.
fn cue_at_last(cues: &[Cue], t: usize) -> Option<usize> {
    let i = cues.partition_point(|c| c.last < t);
    (i < cues.len() && cues[i].last == t).then_some(i)
}

/// Gives whole quotes without a cue the speaker of the passage: the last speaker before
/// them in the same paragraph, or in the previous one when the quote opens its paragraph;
/// else the one person the previous paragraph is about; else the speaker of the next
/// attributed quote of the same paragraph (`“Q1.” “Q2,” she said.`).
fn float(ctx: &Ctx, cues: &[Cue], out: &mut [Direct]) {
    let toks = &ctx.doc.tokens;
    let pos_of = |t: usize| toks[t].span.start;
    // The last speaker so far: (byte, paragraph, who, role).
    let mut last: Option<(usize, usize, Who, Option<String>)> = None;
    let mut next_cue = 0;
    for d in out.iter_mut() {
        let open_pos = pos_of(d.open);
        while next_cue < cues.len() && pos_of(cues[next_cue].first) < open_pos {
            let c = &cues[next_cue];
            if matches!(c.who, Who::Entity { .. } | Who::Unnamed { .. }) {
                let p = pos_of(c.first);
                last = Some((p, ctx.para(p), c.who, c.role.clone()));
            }
            next_cue += 1;
        }
        let para = ctx.para(open_pos);
        if d.cue.is_none() && !d.partial {
            let opens_para = ctx.doc.paragraphs.get(para).is_some_and(|p| ctx.doc.token_index_at(p.start) == d.open);
            let reach = if opens_para { para.saturating_sub(1) } else { para };
            if let Some((_, p, who, role)) = last.clone().filter(|l| l.1 >= reach) {
                let _ = p;
                d.who = who;
                d.role = role;
                d.floating = true;
            } else if opens_para && para > 0 {
                if let Some((who, role)) = paragraph_about(ctx, ctx.doc.paragraphs[para - 1]) {
                    d.who = who;
                    d.role = role;
                    d.floating = true;
                }
            } else if !opens_para {
                // `Her husband, Mark Doe, disagrees. “It’s the best deal.”`: the one person
                // the paragraph has named so far.
                let start = ctx.doc.paragraphs.get(para).map_or(open_pos, |p| p.start);
                if let Some((who, role)) = paragraph_about(ctx, Span::new(start, open_pos)) {
                    d.who = who;
                    d.role = role;
                    d.floating = true;
                }
            }
        }
        if d.who != Who::Nobody && !d.partial {
            let end = toks[d.close].span.end;
            last = Some((end, para, d.who, d.role.clone()));
        }
    }
    // Look ahead inside a paragraph: `“Q1.” “Q2,” she said.`
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (a, b) = (&out[i], &out[i + 1]);
        if a.who == Who::Nobody && !a.partial && b.cue.is_some() && !b.partial && b.who != Who::Nobody {
            let same = ctx.para(pos_of(a.open)) == ctx.para(pos_of(b.open));
            if same && b.open == a.close + 1 {
                let (who, role) = (b.who, b.role.clone());
                out[i].who = who;
                out[i].role = role;
                out[i].floating = true;
            }
        }
    }
}

/// The one person a stretch of text is about: every person mention in it names the same
/// entity.
fn paragraph_about(ctx: &Ctx, p: Span) -> Option<(Who, Option<String>)> {
    let ms = ctx.mentions_in(p);
    if ms.len() > 4 * REACH {
        return None; // a giant paragraph is about nobody in particular (and stays linear)
    }
    let mut people = ms.iter().filter(|(_, e)| ctx.entities[*e].kind == EntityKind::Person);
    let (m, e) = *people.next()?;
    people.all(|(_, x)| *x == e).then(|| (Who::Entity { entity: e, mention: m }, ctx.entities[e].role.clone()))
}

/// True when token `t` is inside a whole quote (used by the reported-speech matcher).
pub fn in_full_quote(ctx: &Ctx, t: usize) -> bool {
    ctx.quote_at(t) == InQuote::Full
}

#[cfg(test)]
mod tests {
    use super::super::tests::entities;
    use super::*;
    use crate::card::EntityKind::{Organization, Person};

    fn run(text: &str, list: &[(&str, EntityKind, &[&str])]) -> Vec<(String, String, bool)> {
        let (doc, ents) = entities(text, list);
        super::super::find(&doc, &ents, &[])
            .into_iter()
            .filter(|q| q.kind == crate::card::QuoteKind::Direct)
            .map(|q| (q.text, q.speaker.unwrap_or_else(|| "-".into()), q.partial))
            .collect()
    }

    #[test]
    fn cue_after_and_before() {
        let hill: &[(&str, EntityKind, &[&str])] = &[("Hugh Hill", Person, &["Hugh Hill", "Hill"])];
        assert_eq!(run("“It is bad,” Hill said.", hill), [("It is bad,".into(), "Hugh Hill".into(), false)]);
        assert_eq!(run("“It is bad,” said Hugh Hill, a doctor.", hill)[0].1, "Hugh Hill");
        assert_eq!(run("Hill said: “It is bad.”", hill)[0].1, "Hugh Hill");
        assert_eq!(run("Hill said, “It is bad.”", hill)[0].1, "Hugh Hill");
        assert_eq!(run("Hill said that “it is bad.”", hill), [("it is bad.".into(), "Hugh Hill".into(), false)]);
        assert_eq!(run("According to Hill, “it is bad.”", hill)[0].1, "Hugh Hill");
        assert_eq!(run("“It is bad,” Hill told reporters on Monday.", hill)[0].1, "Hugh Hill");
    }

    #[test]
    fn split_quote_is_one_quote() {
        let hill: &[(&str, EntityKind, &[&str])] = &[("Hugh Hill", Person, &["Hugh Hill", "Hill"])];
        let (doc, ents) = entities("“We are tired,” Hill said, “but we will stay.”", hill);
        let qs = super::super::find(&doc, &ents, &[]);
        let direct: Vec<_> = qs.iter().filter(|q| q.kind == crate::card::QuoteKind::Direct).collect();
        assert_eq!(direct.len(), 1);
        assert_eq!(direct[0].spans.len(), 2);
        assert_eq!(direct[0].text, "We are tired, but we will stay.");
    }

    #[test]
    fn fragments_and_scare_quotes() {
        let list: &[(&str, EntityKind, &[&str])] = &[("Russia", Organization, &["Russia"])];
        let got = run("On Friday, Russia said it carried out a “massive strike” on the grid.", list);
        assert_eq!(got, [("massive strike".into(), "Russia".into(), true)]);
        let got = run("The so-called “special operation” began a year ago.", list);
        assert_eq!(got, [("special operation".into(), "-".into(), true)]);
    }

    #[test]
    fn floating_quotes_take_the_passage_speaker() {
        let hill: &[(&str, EntityKind, &[&str])] = &[("Hugh Hill", Person, &["Hugh Hill", "Hill"])];
        let got = run("“We are tired,” Hill said. “We will stay.”\n\n“Nobody else will come.”\n\nThe end.", hill);
        assert!(got.iter().all(|(_, s, _)| s == "Hugh Hill"), "{got:?}");
        let got = run("Hugh Hill runs the ward at St. Michael's.\n\n“We are full every night.”", hill);
        assert_eq!(got[0].1, "Hugh Hill");
    }
}
