//! Reporting cues (`said`, `told reporters`, `according to`) and their speakers: the subject
//! of the cue, found by walking the words around it, then the entity mention covering it.
//!
//! One forward pass over the tokens outside quotation marks. Each cue looks for its
//! subject on its left (`NATO Secretary-General Jens Stoltenberg has said`), past an
//! appositive (`Hugh Hill, a doctor at St. Michael's Hospital, said`) or a parenthesis
//! (`Sen. Elizabeth Warren (D-Mass.) said`); after a quotation it may look right instead
//! (`“…,” said Hugh Hill`). Pronouns resolve here, in text order, to the most recent fitting
//! speaker: the subject of the previous reporting verb first.

use super::{Ctx, Gender, Who, REACH};
use crate::card::{Entity, EntityKind};
use crate::util::FastMap;
use crate::doc::{Span, TokenKind};
use crate::rules::{abbreviations, contains, quote_words, speech_verbs};

/// A reporting cue and who it attributes speech to.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// Token indexes of the cue's first and last words (`according` .. `to`).
    pub first: usize,
    pub last: usize,
    /// Takes a reported clause without `that` (`said the alliance saw ...`).
    pub bare: bool,
    /// `according to X`: the speaker follows, and no clause follows the cue directly.
    pub according: bool,
    /// The speaker follows the cue (`“…,” said Hugh Hill`): no clause follows it.
    pub inverted: bool,
    /// A naming verb (`called it “a disgrace”`): attributes fragments only.
    pub naming: bool,
    /// The speaker found for the cue.
    pub who: Who,
    /// Token index where the subject starts, when it stands left of the cue.
    pub subject_first: Option<usize>,
    /// The speaker's title or appositive, as written here.
    pub role: Option<String>,
}

/// The shapes of the reporting verbs ([`speech_verbs::CUES`], [`speech_verbs::NAMING`]):
/// most words of a text are no verb by their first or last letter and length alone, without
/// a look at the tables.
const VERB_SHAPES: Shapes = Shapes::of(&[speech_verbs::CUES, speech_verbs::NAMING]);
const NAMING_SHAPES: Shapes = Shapes::of(&[speech_verbs::NAMING]);

/// For each first, second and last letter (`a`..`z`), a bit per word length (up to 31)
/// that some word of the tables has. Built at compile time: a word not of lowercase
/// letters, or shorter than two, stops the build.
struct Shapes {
    first: [u32; 26],
    second: [u32; 26],
    last: [u32; 26],
}

impl Shapes {
    /// The shapes of the words of packed tables (a word a line, each ended by `\n`).
    const fn of(tables: &[&str]) -> Shapes {
        let mut s = Shapes { first: [0; 26], second: [0; 26], last: [0; 26] };
        let mut t = 0;
        while t < tables.len() {
            let b = tables[t].as_bytes();
            let (mut start, mut k) = (0, 0);
            while k < b.len() {
                if b[k] == b'\n' {
                    let len = k - start;
                    let bit = 1 << if len < 31 { len } else { 31 };
                    s.first[(b[start] - b'a') as usize] |= bit;
                    s.second[(b[start + 1] - b'a') as usize] |= bit;
                    s.last[(b[k - 1] - b'a') as usize] |= bit;
                    start = k + 1;
                }
                k += 1;
            }
            t += 1;
        }
        s
    }

    /// False when no word of the tables can equal `w` in ASCII case: a quick "no".
    fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let (Some(f), Some(s), Some(l)) = (b.first(), b.get(1), b.last()) else { return false };
        let letter = |c: &u8| c.to_ascii_lowercase().wrapping_sub(b'a') as usize;
        let (f, s, l) = (letter(f), letter(s), letter(l));
        let bit = 1 << b.len().min(31);
        f < 26 && s < 26 && l < 26 && self.first[f] & self.second[s] & self.last[l] & bit != 0
    }
}

/// At most this many tokens between a subject and its cue, or inside a subject.
const MAX_SUBJECT: usize = 8;

/// Finds every cue outside quotation marks, in text order, with its speaker.
pub fn find(ctx: &Ctx) -> Vec<Cue> {
    let toks = &ctx.doc.tokens;
    let mut out: Vec<Cue> = Vec::new();
    let mut state = Discourse { person: None, group: None, unnamed: None, learnt: ctx.gender.clone() };
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind != TokenKind::Word || ctx.in_quote(i) {
            i += 1;
            continue;
        }
        let w = ctx.word(i);
        let phrase = toks
            .get(i + 1)
            .filter(|n| n.kind == TokenKind::Word && n.span.start == toks[i].span.end + 1 && phrase_head(w))
            .and_then(|_| {
                let two = format!("{} {}", w.to_ascii_lowercase(), ctx.word(i + 1).to_ascii_lowercase());
                contains(speech_verbs::PHRASES, &two).then_some(two)
            });
        // A capitalised verb form is a name (`United States`, `Says Law`), except a
        // sentence-opening `According to`.
        if starts_upper(w) && phrase.as_deref() != Some("according to") {
            i += 1;
            continue;
        }
        let verb_like = w.len() < 20 && VERB_SHAPES.may_hold(w);
        let naming = phrase.is_none() && verb_like && NAMING_SHAPES.may_hold(w) && contains(speech_verbs::NAMING, w);
        let (last, according) = match &phrase {
            Some(p) => (i + 1, p == "according to"),
            None if verb_like && (naming || contains(speech_verbs::CUES, w)) => (i, false),
            None => {
                i += 1;
                continue;
            }
        };
        let mut cue = Cue {
            first: i,
            last,
            bare: phrase.is_none() && contains(speech_verbs::BARE_CLAUSE, w),
            according,
            inverted: false,
            naming,
            who: Who::Nobody,
            subject_first: None,
            role: None,
        };
        let lo = ctx.clause_start(i);
        let hi = ctx.clause_end(last);
        let participle = phrase.is_none() && w.ends_with("ing");
        // `he said, adding that ...`, `Stoltenberg said ... and called on them to`: the
        // subject of the previous cue of the sentence.
        let after_and = i > lo && matches!(&*ctx.lower(i - 1), "and" | "but");
        let inherited = (participle && i > lo && ctx.word(i - 1) == "," || after_and)
            .then(|| out.iter().rev().find(|c| c.last < i && c.last >= lo && c.who != Who::Nobody))
            .flatten();
        if according {
            (cue.who, cue.role) = right_subject(ctx, last + 1, hi);
        } else if let Some(prev) = inherited {
            cue.who = prev.who;
            cue.role = prev.role.clone();
        } else if after_and {
            // `Netanyahu rejected the proposal and vowed ...`: the subject of the first verb.
            cue.who = coordinate_subject(ctx, lo, i);
        } else if participle {
            if i > lo && contains(quote_words::SUBJECT_SKIP, ctx.word(i - 1)) {
                (cue.who, cue.role, cue.subject_first) = left_subject(ctx, i, lo);
            // was saying
            } else if i > lo + 1 && ctx.word(i - 1) == "," {
                // `He ordered Mercer held, saying he posed a flight risk`: the sentence subject.
                cue.who = sentence_subject(ctx, lo, i);
            }
            // A bare participle elsewhere (`Speaking to reporters, ...`) attributes nothing.
        } else {
            (cue.who, cue.role, cue.subject_first) = left_subject(ctx, i, lo);
            if cue.who == Who::Nobody && only_punct(ctx, lo, i) && !naming {
                (cue.who, cue.role) = right_subject(ctx, last + 1, hi); // “…,” said Hugh Hill
                cue.inverted = true;
            }
        }
        // A pronoun right after a quotation is read from where the quotation opens: `“…
        // (three paragraphs) …,” he said` refers back from the first paragraph.
        let anchor =
            (lo > 0).then(|| ctx.quote_opened(lo - 1)).flatten().map_or(toks[i].span.start, |o| toks[o].span.start);
        match cue.who {
            Who::Pronoun { tok } => {
                cue.who = state.resolve(ctx, tok, anchor);
                if let Who::Entity { entity, .. } = cue.who {
                    cue.role = ctx.entities[entity].role.clone();
                }
            }
            Who::Definite { first, head } => {
                let span = Span::new(toks[first].span.start, toks[head].span.end);
                cue.who = state.resolve_definite(ctx, first, head, span, anchor);
                if let Who::Entity { entity, .. } = cue.who {
                    cue.role = ctx.entities[entity].role.clone().or(cue.role.take());
                }
            }
            _ => {}
        }
        if !cue.naming {
            state.note(ctx, &cue);
        }
        out.push(cue);
        i = last + 1;
    }
    out
}

/// True when some two-word cue starts with `w` (`according`, `called`, `pointed`).
fn phrase_head(w: &str) -> bool {
    // the phrases are lowercase and sorted: compare with `w` lowercased byte by byte
    let below = |p: &str| p.bytes().lt(w.bytes().map(|b| b.to_ascii_lowercase()));
    let i = speech_verbs::PHRASES.partition_point(|p| below(p));
    speech_verbs::PHRASES.get(i).is_some_and(|p| {
        p.len() > w.len() && p.as_bytes()[w.len()] == b' ' && p.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
    })
}

/// True when token `t` ends a clause: `;`, `:`, `!`, `?` or a full stop that is not the dot
/// of a title (`St. Michael's`).
fn ends_clause(ctx: &Ctx, t: usize) -> bool {
    match ctx.word(t) {
        "!" | "?" | ";" | ":" => true,
        "." => !(t > 0 && contains(abbreviations::TITLES, ctx.word(t - 1))),
        _ => false,
    }
}

/// True when tokens `lo..hi` are all punctuation (or there are none).
fn only_punct(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    (lo..hi).all(|t| ctx.doc.tokens[t].kind == TokenKind::Punct)
}

/// The subject left of the cue at token `k`, not before token `lo`.
fn left_subject(ctx: &Ctx, k: usize, lo: usize) -> (Who, Option<String>, Option<usize>) {
    let toks = &ctx.doc.tokens;
    // `Residents have been told`, `she was asked`: a passive cue has no speaker subject.
    if k > lo
        && matches!(&*ctx.lower(k - 1), "been" | "being" | "was" | "were" | "is" | "are" | "be")
        && !ctx.word(k).ends_with("ing")
    {
        return (Who::Nobody, None, None);
    }
    let mut j = k;
    let mut skipped = 0;
    while j > lo
        && skipped < 4
        && toks[j - 1].kind == TokenKind::Word
        && contains(quote_words::SUBJECT_SKIP, ctx.word(j - 1))
    {
        j -= 1;
        skipped += 1;
    }
    // `Warren (D-Mass.) said`: step over a short parenthesis.
    if j > lo && ctx.word(j - 1) == ")" {
        if let Some(p) = (j.saturating_sub(12).max(lo)..j - 1).rev().find(|&t| ctx.word(t) == "(") {
            j = p;
        }
    }
    let mut appositive = None;
    // `Hugh Hill, a doctor at St. Michael's Hospital, said`: the subject is before the appositive.
    if j > lo && ctx.word(j - 1) == "," {
        let comma = (j.saturating_sub(24).max(lo)..j - 1)
            .rev()
            .take_while(|&t| !ends_clause(ctx, t) && !ctx.in_quote(t))
            .find(|&t| ctx.word(t) == ",");
        let Some(mut c) = comma.filter(|&c| c > lo) else {
            return (Who::Nobody, None, None);
        };
        // `Margaret Hill, 72, who chairs the forum, said`: step over the age.
        if c >= lo + 3 && ctx.doc.tokens[c - 1].kind == TokenKind::Number && ctx.word(c - 2) == "," {
            c -= 2;
        }
        // `The central bank's chief economist, Huw Pill, said`: the name is the appositive.
        let seg = Span::new(toks[c + 1].span.start, toks[j - 2].span.end.max(toks[c + 1].span.start));
        if c + 1 < j - 1 && ctx.mentions_in(seg).iter().any(|&(_, e)| ctx.entities[e].kind == EntityKind::Person) {
            let (who, _) = resolve_np(ctx, seg, c + 1, j - 1);
            let d = np_start(ctx, c, lo);
            let role = (d < c).then(|| trim_role(&ctx.doc.text[toks[d].span.start..toks[c - 1].span.end]).to_string());
            return (who, role.filter(|r| !r.is_empty()), Some(d));
        }
        if !starts_upper(ctx.word(c - 1)) {
            // `One engineer, who asked not to be named, said`: somebody, unnamed.
            let d = np_start(ctx, c, lo);
            let indefinite = d < c && matches!(&*ctx.lower(d), "a" | "an" | "one" | "another");
            let who = if indefinite {
                Who::Unnamed { span: Span::new(toks[d].span.start, toks[c - 1].span.end) }
            } else {
                Who::Nobody
            };
            return (who, None, indefinite.then_some(d));
        }
        appositive = appositive_role(ctx, c + 1, j - 1);
        j = c;
    }
    let end = j;
    let s = np_start(ctx, end, lo);
    if s == end {
        return (Who::Nobody, None, None);
    }
    let tail = Span::new(toks[s].span.start, toks[end - 1].span.end);
    let (mut who, mut role) = resolve_np(ctx, tail, s, end);
    let mut first = s;
    // `Officials in Kherson said`, `Jens Stoltenberg of NATO said`: the head stands before
    // the preposition, unless a person is named after it (`Secretary of State Antony Blinken`).
    if s > lo + 1 && matches!(&*ctx.lower(s - 1), "of" | "in" | "at" | "from" | "for") {
        let tail_person = matches!(who, Who::Entity { entity, .. } if ctx.entities[entity].kind == EntityKind::Person);
        let h = np_start(ctx, s - 1, lo);
        if !tail_person && h < s - 1 {
            let head = Span::new(toks[h].span.start, toks[s - 2].span.end);
            let (hw, hr) = resolve_np(ctx, head, h, s - 1);
            if hw != Who::Nobody {
                (who, role, first) = (hw, hr, h);
            }
        }
    }
    let role = role.or(appositive);
    (who, role, (who != Who::Nobody).then_some(first))
}

/// Walks left from token `end` (exclusive) over a noun phrase, not past `lo`: words,
/// title dots (`Mr.`), inner hyphens and apostrophes. Returns the first token.
fn np_start(ctx: &Ctx, end: usize, lo: usize) -> usize {
    let toks = &ctx.doc.tokens;
    let mut s = end;
    while s > lo && end - s < MAX_SUBJECT {
        let t = s - 1;
        let w = ctx.word(t);
        match toks[t].kind {
            TokenKind::Word => {
                if contains(quote_words::NP_STOP, w) || VERB_SHAPES.may_hold(w) && contains(speech_verbs::CUES, w) {
                    break;
                }
            }
            TokenKind::Punct => {
                let joined = t > lo && toks[t - 1].span.end == toks[t].span.start;
                let title_dot = w == "." && joined && contains(abbreviations::TITLES, ctx.word(t - 1));
                let inner = matches!(w, "-" | "&" | "’" | "'") && joined && toks[t + 1].span.start == toks[t].span.end;
                if !(title_dot || inner) {
                    break;
                }
            }
            TokenKind::Number => break,
        }
        s = t;
    }
    s
}

/// The subject right of a cue (`said Hugh Hill, a doctor ...`, `according to X`), from
/// token `k` up to `hi`.
fn right_subject(ctx: &Ctx, k: usize, hi: usize) -> (Who, Option<String>) {
    let toks = &ctx.doc.tokens;
    let mut e = k;
    while e < hi && e - k < MAX_SUBJECT {
        let w = ctx.word(e);
        let ok = match toks[e].kind {
            TokenKind::Word => {
                !(VERB_SHAPES.may_hold(w) && contains(speech_verbs::CUES, w) || contains(quote_words::NP_STOP, w) && e > k)
            }
            TokenKind::Punct => {
                (w == "." && e > k && contains(abbreviations::TITLES, ctx.word(e - 1)))
                    || (matches!(w, "-" | "&") && e > k && toks[e - 1].span.end == toks[e].span.start)
            }
            // `said Local 308 President Keith Hill`: a number between capitalised words.
            TokenKind::Number => e > k && starts_upper(ctx.word(e - 1)) && e + 1 < hi && starts_upper(ctx.word(e + 1)),
        };
        if !ok {
            break;
        }
        e += 1;
    }
    if e == k {
        return (Who::Nobody, None);
    }
    let np = Span::new(toks[k].span.start, toks[e - 1].span.end);
    let (who, role) = resolve_np(ctx, np, k, e);
    let mut appositive = None;
    if e < hi && ctx.word(e) == "," {
        let stop = (e + 1..hi.min(e + 20))
            .find(|&t| ctx.word(t) == "," || ends_clause(ctx, t) || ctx.in_quote(t))
            .unwrap_or(hi.min(e + 20));
        // `said the prime minister, Keir Starmer`: the name is the appositive.
        if !matches!(who, Who::Entity { .. }) && stop > e + 1 {
            let seg = Span::new(toks[e + 1].span.start, toks[stop - 1].span.end);
            if let Some(&(mention, entity)) =
                ctx.mentions_in(seg).iter().find(|&&(_, x)| ctx.entities[x].kind == EntityKind::Person)
            {
                let role = trim_role(ctx.doc.slice(np));
                return (Who::Entity { entity, mention }, (!role.is_empty()).then(|| role.to_string()));
            }
        }
        appositive = appositive_role(ctx, e + 1, stop);
    }
    (who, role.or(appositive))
}

/// Who a noun phrase names: the last person mention in it, else its last mention; a
/// pronoun; a described speaker (`a ministry spokesperson`); or nobody. Also the role
/// written around the name (`NATO Secretary-General`, `Putin's spokesman`).
fn resolve_np(ctx: &Ctx, np: Span, s: usize, e: usize) -> (Who, Option<String>) {
    let ms = ctx.mentions_in(np);
    let pick =
        ms.iter().rev().find(|&&(_, ent)| ctx.entities[ent].kind == EntityKind::Person).or_else(|| ms.last()).copied();
    if let Some((mention, entity)) = pick {
        let text = &ctx.doc.text;
        // A mention may reach past the phrase (`Ministry of Defence` seen from `Defence`).
        let before = trim_role(text.get(np.start..mention.start.max(np.start)).unwrap_or(""));
        let after = text.get(mention.end.min(np.end)..np.end).unwrap_or("").trim_start_matches(['\'', '’', 's']).trim();
        let role = if !after.is_empty() && (e - s) > 1 && after.chars().next().is_some_and(char::is_lowercase) {
            Some(after.to_string())
        } else if !before.is_empty() {
            Some(before.to_string())
        } else {
            None
        };
        // `Alberta officials said`: people described after a name are not that name.
        let head = ctx.word(e - 1);
        if mention.end < np.end
            && contains(quote_words::SPEAKER_NOUNS, head)
            && !contains(quote_words::REPRESENTATIVES, head)
            && !starts_upper(head)
        {
            return (Who::Unnamed { span: np }, role);
        }
        return (Who::Entity { entity, mention }, role);
    }
    if e == s + 1 || (e == s + 2 && ctx.word(s).eq_ignore_ascii_case("but")) {
        let w = ctx.word(e - 1);
        if contains(quote_words::PRONOUNS, w) {
            return (Who::Pronoun { tok: e - 1 }, None);
        }
    }
    let role = trim_role(&ctx.doc.text[np.start..np.end]);
    let role = (!role.is_empty()).then(|| role.to_string());
    // `Later the fire chief added`: a lone opening word stands before the description.
    let d = if e > s + 2 && ctx.lower(s + 1) == "the" && s == ctx.clause_start(s) { s + 1 } else { s };
    // `the midfielder`, `the former minister`, `the company`: points back to somebody named;
    // `the Prime Minister` too when somebody in the article holds that title.
    let lowercase = (d + 1..e).all(|t| !starts_upper(ctx.word(t)));
    if e > d + 1 && e - d <= 4 && ctx.lower(d) == "the" && ctx.doc.tokens[e - 1].kind == TokenKind::Word {
        let title = || role_holder(ctx, &description(ctx, d, e - 1), usize::MAX) != Holder::Nobody;
        if lowercase || title() {
            let role = trim_role(&ctx.doc.text[ctx.doc.tokens[d].span.start..np.end]);
            return (Who::Definite { first: d, head: e - 1 }, (!role.is_empty()).then(|| role.to_string()));
        }
    }
    if (s..e).any(|t| contains(quote_words::SPEAKER_NOUNS, ctx.word(t))) {
        return (Who::Unnamed { span: np }, role);
    }
    (Who::Nobody, None)
}

/// The nearest subject left of token `i` (down to `lo`): a mention or pronoun standing
/// right before a lowercase word (`Benjamin Netanyahu rejected`, `It forecast`). A
/// possessive (`Hamas's latest`) is no subject.
fn coordinate_subject(ctx: &Ctx, lo: usize, i: usize) -> Who {
    let toks = &ctx.doc.tokens;
    for t in (lo..i.saturating_sub(1)).rev().take(REACH) {
        if ctx.in_quote(t) {
            continue;
        }
        let next = t + 1;
        let verb_next = toks[next].kind == TokenKind::Word
            && !starts_upper(ctx.word(next))
            && !contains(quote_words::NP_STOP, ctx.word(next));
        if verb_next && contains(quote_words::PRONOUNS, ctx.word(t)) {
            return Who::Pronoun { tok: t };
        }
        if let Some(&(mention, entity)) =
            ctx.mentions_in(toks[t].span).iter().rev().find(|&&(m, e)| subject_mention(ctx, m, e))
        {
            return Who::Entity { entity, mention };
        }
    }
    Who::Nobody
}

/// True when a mention stands as a subject: it ends its word (not `Hamas's`, not
/// `California-based`) and a lowercase word follows (`Netanyahu rejected`, `Veltrix Corp.
/// reported`). A place must be followed by a verb we know (`Russia has`, `Russia said`):
/// `Wall Street estimates`, `Qatari mediators` are adjectives.
fn subject_mention(ctx: &Ctx, m: Span, entity: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let own = toks.partition_point(|t| t.span.end < m.end);
    if toks.get(own).map_or(true, |t| t.span.end != m.end) {
        return false;
    }
    let mut next = own + 1;
    let Some(tok) = toks.get(next) else { return false };
    if ctx.word(next) == "." && tok.span.start == m.end {
        next += 1; // `Veltrix Corp. reported`
    }
    let Some(tok) = toks.get(next) else { return false };
    let w = ctx.word(next);
    if tok.kind != TokenKind::Word || starts_upper(w) || contains(quote_words::NP_STOP, w) {
        return w == "," && ctx.entities[entity].kind != EntityKind::Place;
    }
    ctx.entities[entity].kind != EntityKind::Place
        || contains(quote_words::AUXILIARIES, w)
        || contains(quote_words::SUBJECT_SKIP, w)
        || contains(speech_verbs::CUES, w)
}

/// The subject opening the clause `lo..i`: a pronoun, or the first mention among its first
/// words that a word follows (`FRANKFURT (Reuters) - The European Central Bank cut ...`
/// skips the dateline).
fn sentence_subject(ctx: &Ctx, lo: usize, i: usize) -> Who {
    let toks = &ctx.doc.tokens;
    let first = ctx.word(lo);
    if contains(quote_words::PRONOUNS, first) && lo + 1 < i {
        return Who::Pronoun { tok: lo };
    }
    let reach = (lo + 10).min(i);
    let span = Span::new(toks[lo].span.start, toks[reach - 1].span.end);
    let subject =
        ctx.mentions_in(span).iter().find(|&&(m, e)| ctx.doc.token_index_at(m.end) < i && subject_mention(ctx, m, e));
    match subject {
        Some(&(mention, entity)) => Who::Entity { entity, mention },
        None => Who::Nobody,
    }
}

/// An appositive between tokens `a..b` as a role: `a doctor at St. Michael's Hospital` ->
/// `doctor at St. Michael's Hospital`. Clauses (`who ...`, `speaking at ...`) are no role.
fn appositive_role(ctx: &Ctx, a: usize, b: usize) -> Option<String> {
    if a >= b || b - a > 16 {
        return None;
    }
    let first = ctx.word(a);
    let lower = first.to_ascii_lowercase();
    let noun_like = matches!(lower.as_str(), "a" | "an" | "the" | "his" | "her" | "its" | "their")
        || (starts_upper(first) && !contains(quote_words::PRONOUNS, first));
    if !noun_like || first.ends_with("ing") || contains(quote_words::NP_STOP, first) {
        return None;
    }
    let span = Span::new(ctx.doc.tokens[a].span.start, ctx.doc.tokens[b - 1].span.end);
    let role = trim_role(ctx.doc.slice(span));
    (!role.is_empty()).then(|| role.to_string())
}

/// Strips a leading article and surrounding spaces and commas from a role.
fn trim_role(s: &str) -> &str {
    let s = s.trim().trim_matches(',').trim();
    // An honorific alone is no role: `Mr. Lammy`.
    if matches!(
        s.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "miss" | "mx" | "sir" | "dame"
    ) {
        return "";
    }
    for art in ["a ", "an ", "the ", "A ", "An ", "The "] {
        if let Some(rest) = s.strip_prefix(art) {
            return rest.trim();
        }
    }
    s
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A dateline's agency, `NAIROBI, Kenya (AP) —`: never the organisation meant later.
fn bracketed(ctx: &Ctx, m: Span) -> bool {
    ctx.doc.text[..m.start].ends_with('(') && ctx.doc.text[m.end..].starts_with(')')
}

/// The discourse state that pronouns resolve against.
struct Discourse {
    /// The last person who was the subject of a reporting verb: (entity, byte, paragraph).
    person: Option<(usize, usize, usize)>,
    /// The last organisation, government or country that spoke.
    group: Option<(usize, usize, usize)>,
    /// Paragraph of the last described speaker (`officials said`), for `they`.
    unnamed: Option<(usize, usize)>,
    /// Gender learnt from pronouns already resolved (`she said` after `Fiaz said`), per entity.
    learnt: Vec<Gender>,
}

/// How many paragraphs back a previous speaker stays the default for a pronoun.
const PRONOUN_REACH: usize = 3;

impl Discourse {
    fn note(&mut self, ctx: &Ctx, cue: &Cue) {
        let at = ctx.doc.tokens[cue.first].span.start;
        let para = ctx.para(at);
        match cue.who {
            Who::Entity { entity, .. } if ctx.entities[entity].kind == EntityKind::Person => {
                self.person = Some((entity, at, para));
            }
            Who::Entity { entity, .. } => self.group = Some((entity, at, para)),
            Who::Unnamed { .. } => self.unnamed = Some((at, para)),
            _ => {}
        }
    }

    /// Resolves the pronoun at token `tok` to a speaker, reading back from byte `anchor`.
    fn resolve(&mut self, ctx: &Ctx, tok: usize, anchor: usize) -> Who {
        let span = ctx.doc.tokens[tok].span;
        let anchor = anchor.min(span.start);
        let gender = match &*ctx.lower(tok) {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => return self.group_before(ctx, span, anchor),
        };
        let who = self.person_before(ctx, span, anchor, gender);
        if let Who::Entity { entity, .. } = who {
            if self.learnt[entity] == Gender::Unknown {
                self.learnt[entity] = gender;
            }
        }
        who
    }

    /// True when person `entity` may be called by a pronoun of `gender`.
    fn fits(&self, entity: usize, gender: Gender) -> bool {
        gender == Gender::Unknown || self.learnt[entity] == Gender::Unknown || self.learnt[entity] == gender
    }

    /// `he`, `she`, `the midfielder`: the previous speaker, unless a new person has since
    /// become the subject of a sentence just before; a more recent unnamed speaker (`one
    /// engineer said`) wins over both.
    fn person_before(&self, ctx: &Ctx, span: Span, anchor: usize, gender: Gender) -> Who {
        let para = ctx.para(anchor);
        let recent = |p: usize| p + PRONOUN_REACH >= para;
        // `she` never points at a man the text calls `Mr.` (nor `he` at a `Ms.`).
        let last = self.person.filter(|&(e, _, p)| recent(p) && self.fits(e, gender));
        let nearest = ctx
            .persons_before(anchor, 20)
            .find(|&(_, e)| self.fits(e, gender))
            .filter(|&(m, _)| ctx.para(m.start) + 2 >= para);
        if let Some((u, up)) = self.unnamed {
            let newer = last.map_or(true, |(_, at, _)| u > at) && nearest.map_or(true, |(m, _)| u > m.start);
            if newer && up + 1 >= para {
                return Who::Unnamed { span };
            }
        }
        let choice = match (last, nearest) {
            (None, Some((_, e))) => Some(e),
            (Some((e, at, _)), Some((m, ne))) if ne != e && m.start > at && ctx.is_sentence_subject(m, anchor) => {
                Some(ne)
            }
            (Some((e, _, _)), _) => Some(e),
            (None, None) => None,
        };
        match choice {
            Some(entity) => Who::Entity { entity, mention: span },
            None => Who::Unnamed { span },
        }
    }

    /// `it`, `they`, `the company`: the last organisation that spoke, else the nearest
    /// organisation named in this paragraph or the one before; a more recent unnamed
    /// speaker (`officials said`) wins.
    fn group_before(&self, ctx: &Ctx, span: Span, anchor: usize) -> Who {
        let para = ctx.para(anchor);
        let group = self.group.filter(|&(_, _, p)| p + PRONOUN_REACH >= para);
        match (group, self.unnamed) {
            (Some((_, at, _)), Some((u, _))) if u > at => return Who::Unnamed { span },
            (Some((entity, _, _)), _) => return Who::Entity { entity, mention: span },
            (None, Some((_, up))) if up + 1 >= para => return Who::Unnamed { span },
            _ => {}
        }
        let near = ctx
            .mentions_before(anchor, 12)
            .take_while(|(m, _)| ctx.para(m.start) + 1 >= para)
            .find(|&(m, e)| ctx.entities[e].kind == EntityKind::Organization && !bracketed(ctx, m));
        match near {
            Some((_, entity)) => Who::Entity { entity, mention: span },
            None => Who::Unnamed { span },
        }
    }

    /// A definite description: `the hospital association` names the organisation whose
    /// name holds `association`; `the company` the last organisation that spoke; `the
    /// midfielder` a person, like `he`.
    fn resolve_definite(&mut self, ctx: &Ctx, first: usize, head: usize, span: Span, anchor: usize) -> Who {
        let word = ctx.lower(head);
        // `the Prime Minister`, `the fire chief`: the one person the article gives that role.
        let role = description(ctx, first, head);
        match role_holder(ctx, &role, anchor) {
            Holder::One(entity) => return Who::Entity { entity, mention: span },
            Holder::Many => return Who::Unnamed { span },
            Holder::Nobody => {}
        }
        if contains(quote_words::ORG_NOUNS, &word) {
            let named = ctx.mentions_before(anchor, 40).find(|&(_, e)| {
                let ent = &ctx.entities[e];
                ent.kind == EntityKind::Organization && ent.name.split(' ').any(|w| w.eq_ignore_ascii_case(&word))
            });
            if let Some((_, entity)) = named {
                return Who::Entity { entity, mention: span };
            }
            if let Some((entity, _, _)) = self.group.filter(|&(_, _, p)| p + PRONOUN_REACH >= ctx.para(anchor)) {
                return Who::Entity { entity, mention: span };
            }
            // `the company` is the article's company: of the organisations named in this
            // paragraph or the one before, the one the article names most.
            let para = ctx.para(anchor);
            let main = ctx
                .mentions_before(anchor, 12)
                .take_while(|(m, _)| ctx.para(m.start) + 1 >= para)
                .filter(|&(m, e)| ctx.entities[e].kind == EntityKind::Organization && !bracketed(ctx, m))
                .max_by_key(|&(m, e)| (ctx.entities[e].mentions.len(), m.start));
            return match main {
                Some((_, entity)) => Who::Entity { entity, mention: span },
                None => Who::Unnamed { span },
            };
        }
        match self.person_before(ctx, span, anchor, Gender::Unknown) {
            // Never a person the article gives another role: `the engineer` is not the mayor.
            Who::Entity { entity, .. } if ctx.entities[entity].role.as_deref().is_some_and(|r| !holds(r, &role)) => {
                Who::Unnamed { span }
            }
            Who::Unnamed { .. } if contains(quote_words::SPEAKER_NOUNS, &word) => Who::Unnamed { span },
            Who::Unnamed { .. } => Who::Nobody,
            who => who,
        }
    }
}

/// The words of a definite description after its `the` (tokens `first..=head`), lowercase:
/// `the Prime Minister` gives `prime minister`.
fn description(ctx: &Ctx, first: usize, head: usize) -> String {
    let toks = &ctx.doc.tokens;
    crate::util::lowercase(&ctx.doc.text[toks[first + 1].span.start..toks[head].span.end])
}

/// True when a person's role `role` is the description `desc` (lowercase), or ends with it:
/// `city's fire chief` is `the fire chief` and `the chief`; `Prime Minister` is `the minister`.
fn holds(role: &str, desc: &str) -> bool {
    let (r, d) = (role.as_bytes(), desc.as_bytes());
    r.len() >= d.len()
        && r[r.len() - d.len()..].eq_ignore_ascii_case(d)
        && (r.len() == d.len() || matches!(r[r.len() - d.len() - 1], b' ' | b'-'))
}

/// Who holds a role in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holder {
    Nobody,
    One(usize),
    Many,
}

/// The people of an article by the roles they hold, for [`role_holder`]: each ending of a
/// person's role at a word boundary (`city's fire chief`, `fire chief`, `chief`), in ASCII
/// lowercase, lists the people holding it by their first mention's start. Built once per
/// article, so that a description costs one lookup rather than a pass over every entity
/// (which made `the chief said`, repeated with as many chiefs, quadratic).
#[derive(Default)]
pub struct RoleIndex(FastMap<String, Vec<(usize, usize)>>);

impl RoleIndex {
    /// Endings of at most this many words are listed: a description has at most three
    /// tokens after its `the`, and longer ones never name a holder.
    const WORDS: usize = 6;

    pub fn new(entities: &[Entity]) -> Self {
        let mut map: FastMap<String, Vec<(usize, usize)>> = FastMap::default();
        for (e, ent) in entities.iter().enumerate() {
            let (EntityKind::Person, Some(role)) = (ent.kind, ent.role.as_deref()) else {
                continue;
            };
            let first = ent.mentions.first().map_or(usize::MAX, |m| m.start);
            let role = role.to_ascii_lowercase();
            let bounds = role.bytes().enumerate().filter(|&(_, b)| matches!(b, b' ' | b'-')).map(|(i, _)| i + 1);
            let starts: Vec<usize> = std::iter::once(0).chain(bounds).collect();
            for &from in starts.iter().rev().take(Self::WORDS) {
                map.entry(role[from..].to_string()).or_default().push((first, e));
            }
        }
        for holders in map.values_mut() {
            crate::util::sort(holders);
        }
        RoleIndex(map)
    }
}

/// The person holding the role `desc` (lowercase): the one such person named before byte
/// `anchor`, or, when nobody is, the one such person in the whole article.
fn role_holder(ctx: &Ctx, desc: &str, anchor: usize) -> Holder {
    let holders = ctx.roles.0.get(&desc.to_ascii_lowercase()).map_or(&[][..], Vec::as_slice);
    let one = |hs: &[(usize, usize)]| match hs {
        [] => Holder::Nobody,
        [(_, e)] => Holder::One(*e),
        _ => Holder::Many,
    };
    match holders.partition_point(|&(first, _)| first < anchor) {
        0 => one(holders),
        before => one(&holders[..before]),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ctx_for, person};
    use super::*;

    fn speakers(text: &str, people: &[(&str, &[&str])]) -> Vec<(String, Option<String>)> {
        let (doc, ents) = person(text, people);
        let ctx = ctx_for(&doc, &ents, &[]);
        find(&ctx)
            .iter()
            .map(|c| {
                let who = match c.who {
                    Who::Entity { entity, .. } => ents[entity].name.clone(),
                    Who::Unnamed { span } => format!("?{}", doc.slice(span)),
                    _ => "-".into(),
                };
                (who, c.role.clone())
            })
            .collect()
    }

    /// Speakers of the cues when each person holds the role given with it.
    fn role_speakers(text: &str, people: &[(&str, &str)]) -> Vec<String> {
        let list: Vec<(&str, &[&str])> = people.iter().map(|(n, _)| (*n, std::slice::from_ref(n))).collect();
        let (doc, mut ents) = person(text, &list);
        for (e, (_, role)) in ents.iter_mut().zip(people) {
            e.role = Some(role.to_string());
        }
        let ctx = ctx_for(&doc, &ents, &[]);
        find(&ctx)
            .iter()
            .map(|c| match c.who {
                Who::Entity { entity, .. } => ents[entity].name.clone(),
                Who::Unnamed { span } => format!("?{}", doc.slice(span)),
                _ => "-".into(),
            })
            .collect()
    }

    #[test]
    fn role_descriptions_name_the_one_holder() {
        let starmer = [("Keir Starmer", "Prime Minister")];
        let got = role_speakers("Keir Starmer came.\n\nLater, the Prime Minister said it was good.", &starmer);
        assert_eq!(got, ["Keir Starmer"]);
        let doe = [("Jane Doe", "city's fire chief")];
        let got = role_speakers("Jane Doe came.\n\nLater the fire chief added it was good. The chief said so.", &doe);
        assert_eq!(got, ["Jane Doe", "Jane Doe"]);
        // Two ministers: `the minister` is nobody in particular; `the defence minister` is one.
        let two = [("Sarah Jones", "Foreign Minister"), ("Tom Cole", "Defence Minister")];
        let got = role_speakers("Sarah Jones and Tom Cole met. The minister said it was good. The defence minister said so.", &two);
        assert_eq!(got, ["?The minister", "Tom Cole"]);
        // Never a person of another role.
        let park = [("Linda Park", "Mayor")];
        let got = role_speakers("Linda Park said it was good. The engineer said it was not.", &park);
        assert_eq!(got, ["Linda Park", "?The engineer"]);
    }

    #[test]
    fn subjects_titles_and_appositives() {
        let got = speakers(
            "NATO Secretary-General Jens Stoltenberg has said that it began.",
            &[("Jens Stoltenberg", &["Jens Stoltenberg"])],
        );
        assert_eq!(got, [("Jens Stoltenberg".into(), Some("NATO Secretary-General".into()))]);
        let got = speakers(
            "Hugh Hill, a doctor at St. Michael's Hospital, said it was bad.",
            &[("Hugh Hill", &["Hugh Hill"])],
        );
        assert_eq!(got, [("Hugh Hill".into(), Some("doctor at St. Michael's Hospital".into()))]);
        let got = speakers("Sen. Elizabeth Warren (D-Mass.) said no.", &[("Elizabeth Warren", &["Elizabeth Warren"])]);
        assert_eq!(got[0].0, "Elizabeth Warren");
    }

    #[test]
    fn pronouns_prefer_the_previous_speaker() {
        let got = speakers(
            "Stoltenberg said it began. Officials met Putin.\n\nHe said more.",
            &[("Jens Stoltenberg", &["Stoltenberg"]), ("Vladimir Putin", &["Putin"])],
        );
        assert_eq!(got[1].0, "Jens Stoltenberg");
        let got = speakers(
            "Stoltenberg said it began.\n\nVladimir Putin arrived in Minsk on Monday. He said more.",
            &[("Jens Stoltenberg", &["Stoltenberg"]), ("Vladimir Putin", &["Vladimir Putin"])],
        );
        assert_eq!(got[1].0, "Vladimir Putin");
    }

    #[test]
    fn definite_descriptions_point_back() {
        let (doc, ents) = super::super::tests::entities(
            "Brightline said it would cut jobs. Analyst Tom Fischer of Wedbush praised it.\n\nThe company said staff would be paid.",
            &[
                ("Brightline", EntityKind::Organization, &["Brightline"]),
                ("Tom Fischer", EntityKind::Person, &["Tom Fischer"]),
                ("Wedbush", EntityKind::Organization, &["Wedbush"]),
            ],
        );
        let ctx = ctx_for(&doc, &ents, &[]);
        let cues = find(&ctx);
        let last = cues.last().expect("a cue");
        assert!(matches!(last.who, Who::Entity { entity: 0, .. }), "{:?}", last.who);
        let got = speakers(
            "Kobbie Mainoo was named man of the match. “It’s a dream,” the midfielder told BBC Sport.",
            &[("Kobbie Mainoo", &["Kobbie Mainoo"])],
        );
        assert_eq!(got[0].0, "Kobbie Mainoo");
    }

    #[test]
    fn coordinated_passive_and_described_after_a_name() {
        let got = speakers(
            "Israeli Prime Minister Benjamin Netanyahu rejected the plan and vowed to fight on.",
            &[("Benjamin Netanyahu", &["Benjamin Netanyahu"])],
        );
        assert_eq!(got[0].0, "Benjamin Netanyahu");
        let got = speakers("Residents of Hill Street have been told to leave.", &[("Hill Street", &["Hill Street"])]);
        assert_eq!(got[0].0, "-", "a passive cue names no speaker");
        let (doc, ents) = super::super::tests::entities(
            "Alberta officials said 358 buildings burned.",
            &[("Alberta", EntityKind::Place, &["Alberta"])],
        );
        let ctx = ctx_for(&doc, &ents, &[]);
        assert!(matches!(find(&ctx)[0].who, Who::Unnamed { .. }));
    }

    #[test]
    fn pronouns_agree_with_honorifics() {
        let got = speakers(
            "Union leader Angela Hewitt met chairman Robert Hale on Monday. “The offer is fair,” Mr. Hale said.\n\n“It is an insult,” she said.",
            &[("Angela Hewitt", &["Angela Hewitt", "Hewitt"]), ("Robert Hale", &["Robert Hale", "Hale"])],
        );
        assert_eq!(got[0].0, "Robert Hale");
        assert_eq!(got[1].0, "Angela Hewitt", "`she` is not the `Mr.`");
    }

    #[test]
    fn described_speakers_and_non_speakers() {
        let got = speakers("A ministry spokesperson said it was false. The warning came late.", &[]);
        assert_eq!(got, [("?A ministry spokesperson".into(), Some("ministry spokesperson".into()))]);
        let got = speakers("The results are promising and the notes said nothing.", &[]);
        assert!(got.iter().all(|(w, _)| w == "-"), "{got:?}");
    }
}
