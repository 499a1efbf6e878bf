//! Direct and reported quotations, attributed to their speakers.
//!
//! The steps, each linear in the text:
//! 1. [`marks`] pairs quotation marks into outermost quotations (apostrophes are not marks).
//! 2. [`attribution::is_partial`] tells whole quotes from fragments inside a sentence.
//! 3. [`cues`] finds the reporting verbs outside quotes and their subjects, resolved to the
//!    entity layer's people and organisations (pronouns to the previous speaker).
//! 4. [`attribution`] links each quotation to its cue (after it, before it, or anywhere in
//!    the sentence for a fragment), joins split quotes and gives floating quotes the
//!    speaker of the passage.
//! 5. [`reported`] turns `X said (that) CLAUSE` into indirect quotes.
//! 6. [`score`] ranks them for the card.

pub mod attribution;
pub mod cues;
pub mod marks;
pub mod reported;
pub mod score;

use crate::card::{DateMention, Entity, EntityKind, Quote, QuoteKind};
use crate::doc::{Document, Span, TokenKind};
use crate::rules::{contains, quote_words};
use crate::util;

/// Who a cue names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// An entity of the article, named at `mention` (a pronoun's span when resolved from one).
    Entity { entity: usize, mention: Span },
    /// A pronoun not yet resolved (only inside [`cues`]).
    Pronoun { tok: usize },
    /// A definite description not yet resolved (only inside [`cues`]): `the midfielder`,
    /// `the company`; `head` is the token of its last word.
    Definite { first: usize, head: usize },
    /// A speaker described but not named: `officials`, `a ministry spokesperson`.
    Unnamed { span: Span },
    /// No speaker: the word is no reporting verb here.
    Nobody,
}

/// Where a token stands relative to the quotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InQuote {
    Outside,
    /// Inside (or a mark of) a fragment: `saw “no sign whatsoever” that`.
    Partial,
    /// Inside (or a mark of) a whole quote.
    Full,
}

/// How far (in tokens) the matchers look around a cue or a quote. Bounds every walk, so
/// a 10 MB paragraph without a full stop stays linear.
pub const REACH: usize = 60;

/// The document and what the quote steps share about it.
pub struct Ctx<'a> {
    pub doc: &'a Document,
    pub entities: &'a [Entity],
    pub dates: &'a [DateMention],
    /// Every entity mention, sorted by start: (span, entity index).
    mentions: Vec<(Span, usize)>,
    /// Person mentions only, sorted by start.
    persons: Vec<(Span, usize)>,
    /// Per token.
    quote_at: Vec<InQuote>,
    /// (closing token, opening token) of each quotation, in order.
    quote_marks: Vec<(usize, usize)>,
    /// Per entity, what the text tells of a person's gender, for `he` and `she`.
    pub gender: Vec<Gender>,
    /// The people by the roles they hold (`the fire chief said`).
    pub roles: cues::RoleIndex,
}

/// What the text tells of a person's gender: `Mr.`, `Ms.`, `spokeswoman` ... or nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Unknown,
    Male,
    Female,
}

/// The gender an honorific or role word shows, if any.
fn gender_word(w: &str) -> Gender {
    match w.trim_end_matches('.').to_ascii_lowercase().as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" | "spokesman" | "chairman" | "businessman" | "congressman"
        | "father" | "husband" | "son" | "brother" => Gender::Male,
        "ms" | "mrs" | "miss" | "dame" | "lady" | "queen" | "princess" | "spokeswoman" | "chairwoman"
        | "businesswoman" | "congresswoman" | "mother" | "wife" | "daughter" | "sister" | "actress" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// Gender evidence for each entity: the word before a mention (`Mr. Putin`, `Ms Fiaz`) or
/// a word of its role (`spokeswoman`). At most 50 mentions an entity are read.
fn genders(text: &str, entities: &[Entity]) -> Vec<Gender> {
    entities
        .iter()
        .map(|e| {
            if e.kind != EntityKind::Person {
                return Gender::Unknown;
            }
            let before = e.mentions.iter().take(50).map(|m| {
                let head = text.get(..m.start).unwrap_or("").trim_end();
                gender_word(head.rsplit(|c: char| c.is_whitespace()).next().unwrap_or(""))
            });
            let role = e.role.iter().flat_map(|r| r.split_whitespace()).map(gender_word);
            before.chain(role).find(|g| *g != Gender::Unknown).unwrap_or(Gender::Unknown)
        })
        .collect()
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document, entities: &'a [Entity], dates: &'a [DateMention]) -> Self {
        let canon = canonical(entities);
        // An "entity" that is a common speaker noun (`Prosecutors` opening a sentence) or a
        // pronoun names nobody: the attributor treats those words itself.
        let real =
            |e: &Entity| !contains(quote_words::SPEAKER_NOUNS, &e.name) && !contains(quote_words::PRONOUNS, &e.name);
        let mut mentions: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| real(e))
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (*m, i)))
            .map(|(m, i)| (m, canon[i]))
            .collect();
        crate::util::sort(&mut mentions);
        let persons = mentions.iter().copied().filter(|&(_, e)| entities[e].kind == EntityKind::Person).collect();
        let quote_at = vec![InQuote::Outside; doc.tokens.len()];
        let gender = genders(&doc.text, entities);
        let roles = cues::RoleIndex::new(entities);
        Ctx { doc, entities, dates, mentions, persons, quote_at, quote_marks: Vec::new(), gender, roles }
    }

    /// The opening token of the quotation whose closing mark is token `close`.
    pub fn quote_opened(&self, close: usize) -> Option<usize> {
        let i = self.quote_marks.partition_point(|&(c, _)| c < close);
        self.quote_marks.get(i).filter(|&&(c, _)| c == close).map(|&(_, o)| o)
    }

    /// The mentions that start before byte `pos`, nearest first (at most `n`).
    pub fn mentions_before(&self, pos: usize, n: usize) -> impl Iterator<Item = (Span, usize)> + '_ {
        let i = self.mentions.partition_point(|(m, _)| m.start < pos);
        self.mentions[..i].iter().rev().take(n).copied()
    }

    /// Marks the tokens of each quotation (marks included) as partial or full.
    pub fn mark_quotes(&mut self, quoted: &[marks::Quoted], partial: &[bool]) {
        self.quote_marks = quoted.iter().map(|q| (q.close, q.open)).collect();
        for (q, &p) in quoted.iter().zip(partial) {
            let v = if p { InQuote::Partial } else { InQuote::Full };
            for t in q.open..=q.close.min(self.quote_at.len().saturating_sub(1)) {
                self.quote_at[t] = v;
            }
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        let s = self.doc.tokens[i].span;
        &self.doc.text[s.start..s.end]
    }

    /// The text of token `i`, lowercase.
    pub fn lower(&self, i: usize) -> String {
        util::lowercase(self.word(i))
    }

    pub fn in_quote(&self, i: usize) -> bool {
        self.quote_at[i] != InQuote::Outside
    }

    pub fn quote_at(&self, i: usize) -> InQuote {
        self.quote_at[i]
    }

    /// True when token `i` is a quotation mark.
    pub fn is_mark(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Punct
            && matches!(
                self.word(i).chars().next(),
                Some(
                    '"' | '\''
                        | '“'
                        | '”'
                        | '‘'
                        | '’'
                        | '„'
                        | '‚'
                        | '«'
                        | '»'
                        | '‹'
                        | '›'
                        | '「'
                        | '」'
                        | '『'
                        | '』'
                )
            )
    }

    /// Token range of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> (usize, usize) {
        let span = self.doc.sentences[s].span;
        (self.doc.token_index_at(span.start), self.doc.token_index_at(span.end))
    }

    /// Sentence index of token `i` (0 when the text has no sentences).
    pub fn sentence_of(&self, i: usize) -> usize {
        self.doc.sentence_at(self.doc.tokens[i].span.start).unwrap_or(0)
    }

    /// Paragraph index of byte `pos`.
    pub fn para(&self, pos: usize) -> usize {
        self.doc.paragraph_at(pos).unwrap_or_else(|| self.doc.paragraphs.partition_point(|p| p.end <= pos))
    }

    /// First token of the clause around token `i`: the sentence start or the token after a
    /// whole quote, whichever is nearer (at most [`REACH`] tokens back).
    pub fn clause_start(&self, i: usize) -> usize {
        let (s0, _) = self.sentence_tokens(self.sentence_of(i));
        let floor = s0.max(i.saturating_sub(REACH));
        (floor..i).rev().find(|&t| self.quote_at[t] == InQuote::Full).map_or(floor, |t| t + 1)
    }

    /// One past the last token of the clause around token `i` (at most [`REACH`] ahead).
    pub fn clause_end(&self, i: usize) -> usize {
        let (_, s1) = self.sentence_tokens(self.sentence_of(i));
        let ceil = s1.min(i + REACH).max(i + 1).min(self.doc.tokens.len());
        (i + 1..ceil).find(|&t| self.quote_at[t] == InQuote::Full).unwrap_or(ceil)
    }

    /// The mentions overlapping `span`, in order.
    pub fn mentions_in(&self, span: Span) -> &[(Span, usize)] {
        let a = self.mentions.partition_point(|(m, _)| m.end <= span.start);
        let b = self.mentions.partition_point(|(m, _)| m.start < span.end);
        if a <= b {
            &self.mentions[a..b]
        } else {
            &[]
        }
    }

    /// The person mentions that end before byte `pos`, nearest first (at most `n`).
    pub fn persons_before(&self, pos: usize, n: usize) -> impl Iterator<Item = (Span, usize)> + '_ {
        let i = self.persons.partition_point(|(m, _)| m.end <= pos);
        self.persons[..i].iter().rev().take(n).copied()
    }

    /// The last person mention that ends before byte `pos`.
    pub fn last_person_before(&self, pos: usize) -> Option<(Span, usize)> {
        let i = self.persons.partition_point(|(m, _)| m.end <= pos);
        // Mentions sorted by start; the one before `i` ends before `pos` unless nested.
        (i > 0).then(|| self.persons[i - 1])
    }

    /// True when `mention` opens one of the two sentences before byte `pos`, in its
    /// paragraph or the one before (within six tokens of the sentence start, before any
    /// other person, followed by a word): `Ukrainian President Volodymyr Zelenskiy visited London.` then `He
    /// said ...`.
    pub fn is_sentence_subject(&self, mention: Span, pos: usize) -> bool {
        let (Some(ms), Some(ps)) = (self.doc.sentence_at(mention.start), self.doc.sentence_at(pos)) else {
            return false;
        };
        if self.para(mention.start) + 1 < self.para(pos) || ms + 2 < ps {
            return false;
        }
        let Some(s) = self.doc.sentence_at(mention.start) else { return false };
        let (t0, _) = self.sentence_tokens(s);
        let mt = self.doc.token_index_at(mention.start);
        let sent = Span::new(self.doc.sentences[s].span.start, mention.end);
        let first = self.mentions_in(sent).iter().find(|(_, e)| self.entities[*e].kind == EntityKind::Person);
        // A subject is followed by its verb or an appositive: `Zelenskiy arrived`, `Patel, who
        // co-founded ...`, not `met Putin.`
        let next = self.doc.token_index_at(mention.end);
        let verb_next = self.doc.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word || self.word(next) == ",");
        // From the paragraph before, only when that paragraph is about this one person.
        let about = self.para(mention.start) == self.para(pos) || {
            let p = self.doc.paragraphs[self.para(mention.start)];
            let me = self.persons.iter().find(|(m, _)| *m == mention).map(|x| x.1);
            let ms = self.mentions_in(p);
            // Bounded: a giant paragraph is about nobody in particular.
            ms.len() <= 4 * REACH
                && ms.iter().all(|&(_, e)| self.entities[e].kind != EntityKind::Person || Some(e) == me)
        };
        // Near the start, or right after a fronted clause or phrase: `Asked whether ...,
        // Okonkwo smiled.`, `Later that evening at a rally in Abuja, Okonkwo smiled.`; a verb
        // after the name, not a list or a preposition (`..., Okonkwo among them`).
        let fronted = || {
            let after = self.doc.tokens.get(next).map(|_| self.lower(next)).unwrap_or_default();
            let linking = matches!(&*after, "and" | "or" | "among" | "including" | "in" | "of" | "to" | "with" | "for");
            after == "," || (after.starts_with(char::is_lowercase) && !linking && after != "at")
        };
        let opens = mt.saturating_sub(t0) <= 6 || (mt > t0 && mt < t0 + 30 && self.word(mt - 1) == "," && fronted());
        opens && first.map(|m| m.0) == Some(mention) && verb_next && about
    }
}

/// Maps each entity to its canonical one: a lone surname entity (`Lindner`) to the one
/// person whose full name ends with it (`Christian Lindner`), when the entity layer left
/// them apart. Linear in the length of the names.
fn canonical(entities: &[Entity]) -> Vec<usize> {
    let mut by_suffix: util::FastMap<String, Option<usize>> = util::FastMap::default();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person) {
        let lower = util::lowercase(&e.name);
        for (k, _) in lower.match_indices(' ') {
            let slot = by_suffix.entry(lower[k + 1..].to_string()).or_insert(Some(i));
            if *slot != Some(i) {
                *slot = None; // two people share it: leave it alone
            }
        }
    }
    entities
        .iter()
        .enumerate()
        .map(|(i, e)| match by_suffix.get(&util::lowercase(&e.name)) {
            Some(Some(j)) if e.kind == EntityKind::Person => *j,
            _ => i,
        })
        .collect()
}

/// Finds the quotes. `entities` are the people and organisations found in the article
/// (byte offsets), `dates` its temporal expressions. Quotes come in text order.
pub fn find(doc: &Document, entities: &[Entity], dates: &[DateMention]) -> Vec<Quote> {
    let quoted = marks::find(doc);
    let mut ctx = Ctx::new(doc, entities, dates);
    let partial: Vec<bool> = quoted.iter().map(|q| attribution::is_partial(&ctx, q)).collect();
    ctx.mark_quotes(&quoted, &partial);
    let cues = cues::find(&ctx);
    let directs = attribution::attach(&ctx, &quoted, &partial, &cues);
    let reported = reported::find(&ctx, &cues);

    let mut out = Vec::with_capacity(directs.len() + reported.len());
    for d in directs {
        let pieces = d.pieces;
        let cue = d.cue.map(|c| &cues[c]);
        let date = cue.and_then(|c| date_for(&ctx, c, &pieces));
        let mut q = quote(&ctx, QuoteKind::Direct, pieces, d.who, d.role, cue, date, d.partial);
        if d.floating {
            q.speaker_mention = None; // the passage names the speaker, not this quote
        }
        out.push(q);
    }
    for r in reported {
        let cue = &cues[r.cue];
        let date = date_for(&ctx, cue, &[r.clause]);
        out.push(quote(&ctx, QuoteKind::Indirect, vec![r.clause], cue.who, cue.role.clone(), Some(cue), date, false));
    }
    crate::util::sort_by_key(&mut out, |q| q.start as u64 * 2 + u64::from(q.kind == QuoteKind::Indirect));
    inherit_dates(&ctx, &mut out);
    inherit_roles(&mut out);
    score::rank(&mut out);
    out
}

/// Builds a card quote (byte offsets).
#[allow(clippy::too_many_arguments)]
fn quote(
    ctx: &Ctx,
    kind: QuoteKind,
    spans: Vec<Span>,
    who: Who,
    role: Option<String>,
    cue: Option<&cues::Cue>,
    date: Option<String>,
    partial: bool,
) -> Quote {
    let text = spans.iter().map(|s| ctx.doc.slice(*s)).collect::<Vec<_>>().join(" ");
    let (speaker, speaker_mention, role) = match who {
        Who::Entity { entity, mention } => {
            let e = &ctx.entities[entity];
            (Some(e.name.clone()), Some(mention), e.role.clone().or(role))
        }
        _ => (None, None, None),
    };
    let cue = cue.map(|c| {
        let span = Span::new(ctx.doc.tokens[c.first].span.start, ctx.doc.tokens[c.last].span.end);
        ctx.doc.slice(span).to_string()
    });
    let start = spans.first().map_or(0, |s| s.start);
    Quote {
        kind,
        text,
        start,
        end: spans.last().map_or(0, |s| s.end),
        spans,
        speaker,
        speaker_mention,
        role,
        cue,
        date,
        partial,
        sentence: ctx.doc.sentence_at(start).unwrap_or(0),
        score: 0.0,
    }
}

/// The date a cue was spoken on: a full calendar date in the cue's sentence (outside the
/// quoted words, nearest the cue: `said on February 13`, `Speaking ... on February 13`), else
/// one opening the cue's paragraph (`On Monday, ...`).
fn date_for(ctx: &Ctx, cue: &cues::Cue, quoted: &[Span]) -> Option<String> {
    let toks = &ctx.doc.tokens;
    let at = toks[cue.first].span.start;
    let s = ctx.doc.sentence_at(at)?;
    let sent = ctx.doc.sentences[s].span;
    let outside = |d: &DateMention| {
        let t = ctx.doc.token_index_at(d.start);
        !quoted.iter().any(|q| q.start <= d.start && d.end <= q.end) && t < toks.len() && !ctx.in_quote(t)
    };
    let a = ctx.dates.partition_point(|d| d.start < sent.start);
    let in_sentence = ctx.dates[a..]
        .iter()
        .take_while(|d| d.start < sent.end)
        .take(REACH)
        .filter(|d| outside(d))
        .filter_map(|d| full_date(&d.value).map(|v| (d.start.abs_diff(at), v)))
        .min_by_key(|(dist, _)| *dist);
    if let Some((_, v)) = in_sentence {
        return Some(v);
    }
    let para = ctx.doc.paragraphs.get(ctx.para(at))?;
    let t0 = ctx.doc.token_index_at(para.start);
    let near_start = toks.get(t0 + 4).map_or(para.end, |t| t.span.start);
    let b = ctx.dates.partition_point(|d| d.start < para.start);
    ctx.dates[b..]
        .iter()
        .take_while(|d| d.start < near_start && d.start < at)
        .filter(|d| outside(d))
        .find_map(|d| full_date(&d.value))
}

/// `2023-02-13` (or the date part of `2023-02-13T10:30`), if `value` is a full date.
fn full_date(value: &str) -> Option<String> {
    let b = value.as_bytes();
    let shape = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
        && (b.len() == 10 || b[10] == b'T');
    shape.then(|| value[..10].to_string())
}

/// A quote whose speaker has no role here takes the role that speaker had in an earlier
/// quote (`The health minister, Wes Streeting, said ...` then `“…,” Streeting said`).
fn inherit_roles(quotes: &mut [Quote]) {
    let mut roles: util::FastMap<String, String> = util::FastMap::default();
    for q in quotes.iter_mut() {
        let Some(speaker) = &q.speaker else { continue };
        match &q.role {
            Some(r) => {
                roles.entry(speaker.clone()).or_insert_with(|| r.clone());
            }
            None => q.role = roles.get(speaker).cloned(),
        }
    }
}

/// A quote with no date of its own takes the date of the previous quote of the same
/// speaker in the same or the previous paragraph: the same occasion, told on.
fn inherit_dates(ctx: &Ctx, quotes: &mut [Quote]) {
    let mut last: Option<(String, String, usize)> = None; // speaker, date, paragraph
    for q in quotes.iter_mut() {
        let para = ctx.para(q.start);
        let (Some(speaker), None) = (&q.speaker, &q.date) else {
            if let (Some(s), Some(d)) = (&q.speaker, &q.date) {
                last = Some((s.clone(), d.clone(), para));
            }
            continue;
        };
        if let Some((s, d, p)) = &last {
            if s == speaker && p + 1 >= para {
                q.date = Some(d.clone());
            }
        }
        if let Some(d) = &q.date {
            last = Some((speaker.clone(), d.clone(), para));
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::input::text;

    /// A document and hand-built entities: each `(name, kind, mentions)` gets every
    /// whole-word occurrence of each mention string.
    pub fn entities(s: &str, list: &[(&str, EntityKind, &[&str])]) -> (Document, Vec<Entity>) {
        let doc = text::read(s);
        let t = &doc.text;
        let ents = list
            .iter()
            .map(|(name, kind, ms)| {
                let mut mentions: Vec<Span> = Vec::new();
                for m in *ms {
                    let mut from = 0;
                    while let Some(k) = t[from..].find(m) {
                        let (a, b) = (from + k, from + k + m.len());
                        let left = t[..a].chars().next_back().map_or(true, |c| !c.is_alphanumeric());
                        let right = t[b..].chars().next().map_or(true, |c| !c.is_alphanumeric());
                        if left && right && !mentions.iter().any(|x| x.overlaps(Span::new(a, b))) {
                            mentions.push(Span::new(a, b));
                        }
                        from = b;
                    }
                }
                mentions.sort();
                Entity { name: name.to_string(), kind: *kind, role: None, mentions }
            })
            .collect();
        (doc, ents)
    }

    pub fn person(s: &str, people: &[(&str, &[&str])]) -> (Document, Vec<Entity>) {
        let list: Vec<(&str, EntityKind, &[&str])> = people.iter().map(|(n, m)| (*n, EntityKind::Person, *m)).collect();
        entities(s, &list)
    }

    pub fn ctx_for<'a>(doc: &'a Document, ents: &'a [Entity], dates: &'a [DateMention]) -> Ctx<'a> {
        let quoted = marks::find(doc);
        let mut ctx = Ctx::new(doc, ents, dates);
        let partial: Vec<bool> = quoted.iter().map(|q| attribution::is_partial(&ctx, q)).collect();
        ctx.mark_quotes(&quoted, &partial);
        ctx
    }
}

#[cfg(test)]
/// Linear time on inputs that would be quadratic for a naive attributor. (The seed article's
/// quotes are checked through the whole pipeline in `tests/quotes_seed.rs`.)
mod scale_tests {
    use super::tests::person;
    use super::*;

    #[test]
    fn many_marks_stay_linear() {
        let unit = "Hill said “we go” and ‘they’ stay, \"so\" « oui » ” then “ ” ";
        let text = unit.repeat(9_100); // 11 marks a unit
        let (doc, ents) = person(&text, &[("Hugh Hill", &["Hill"])]);
        let qs = find(&doc, &ents, &[]);
        let direct = qs.iter().filter(|q| q.kind == QuoteKind::Direct).count();
        assert!(direct >= 4 * 9_100, "{direct}");
        assert!(qs.iter().all(|q| q.text.len() < 200), "no quote swallows the paragraph");
    }

    /// A quarter of a megabyte of words, a reporting verb every other word or so, and no
    /// punctuation at all: one sentence of 42,000 words (quadratic would be 10^9 steps).
    #[test]
    fn long_unpunctuated_text_stays_linear() {
        let text = "officials said the mayor told reporters that Hill added he warned them ".repeat(3_500);
        let (doc, ents) = person(&text, &[("Hugh Hill", &["Hill"])]);
        assert!(doc.text.len() > 240_000);
        let qs = find(&doc, &ents, &[]);
        assert!(qs.iter().all(|q| q.end - q.start < 2_000), "clauses stay bounded");
    }
}

#[cfg(test)]
mod no_panic_tests {
    use super::tests::person;
    use super::*;

    /// Pseudo-random soup of quotation marks, apostrophes, cue words, names, pronouns,
    /// multibyte letters and paragraph breaks: never a panic, every span on char boundaries.
    #[test]
    fn random_soup_never_panics() {
        let pieces = [
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            "«",
            "»",
            "„",
            "‚",
            "「",
            "」",
            " ",
            " ",
            " ",
            "\n\n",
            ",",
            ".",
            ":",
            "said",
            "Hill",
            "Hugh Hill",
            "he",
            "she",
            "the company",
            "according to",
            "that",
            "Ukraine’s",
            "é",
            "😀",
            "told reporters",
            "(",
            ")",
            "—",
            "adding",
            "and",
            "called",
            "n",
            "90s",
            "Mr.",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300 {
            let mut s = String::new();
            for _ in 0..60 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let (doc, ents) = person(&s, &[("Hugh Hill", &["Hugh Hill", "Hill"])]);
            for q in find(&doc, &ents, &[]) {
                assert!(q.start <= q.end && q.end <= doc.text.len());
                for sp in q.spans.iter().chain(q.speaker_mention.iter()) {
                    assert!(doc.text.is_char_boundary(sp.start) && doc.text.is_char_boundary(sp.end), "{s:?}");
                }
            }
        }
    }
}
