//! Runs of capitalised words (`NATO Secretary-General Jens Stoltenberg`), split into a role
//! and a name, and classified as a person, organisation or place by titles, lists and the
//! words around them. One pass over the tokens.

use std::ops::Range;

use super::words::{flag, flags_of, is_all_caps, Words};
use crate::card::EntityKind;
use crate::doc::{Span, TokenKind};
use crate::rules::{self, numbers, organizations, places, titles};
use crate::util;

/// What a run of capitals was found to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Guess {
    Person,
    Organization,
    Place,
    /// One capitalised word with no cue (`Stoltenberg`, `Bakhmut`): the linker decides.
    Single,
    /// Several capitalised words with no title, list or organisation word (`Maria
    /// Kowalska`, `World War II`): a person if the linker finds evidence, else dropped.
    Name,
}

/// One mention found in the text, before linking.
#[derive(Clone, Debug)]
pub(super) struct Raw {
    pub guess: Guess,
    /// The name as written, possessive removed: exactly the span of the mention.
    pub span: Span,
    /// Token range of the name (possessive token included).
    pub toks: Range<usize>,
    pub role: Option<String>,
}

/// Finds every run of capitals in the document and turns it into mentions.
pub(super) fn find(w: &Words) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        // Listed names of several words first, even when their first word alone is no
        // name: "New York", "New Zealand", "The Hague".
        if let Some(end) = listed_run(w, i) {
            let toks: Vec<usize> = (i..end).collect();
            if let Some(g) = list_kind(w, &toks) {
                out.push(raw(w, g, &toks, None));
            }
            i = end;
            continue;
        }
        // "Third Street", "First Avenue": an ordinal (no name word by itself) before a place
        // word; "First Street Bank".
        if let Some((n, guess)) = ordinal_place(w, i) {
            out.push(raw(w, guess, &[i, n], None)); // (the span runs from `i` to `n`)
            i = n + 1;
            continue;
        }
        if !w.is_name_word(i) {
            // "California-based", "Bavaria-only": the place or organisation before the hyphen.
            if let Some((guess, span)) = hyphen_prefix(w, i) {
                out.push(Raw { guess, span, toks: i..i + 1, role: None });
            }
            i += 1;
            continue;
        }
        let run = run_from(w, i);
        let next = run.end.max(i + 1);
        // "Ten Hag said", "Von der Leyen met": a surname after particles that open the
        // sentence (or stand after lowercase words) is one word with its particles.
        let from = particles_before(w, i);
        let lead = run.clone().take_while(|&k| is_particle(w.key(k)) && !w.is_acronym(k)).count();
        if (from < i && run.len() == 1) || (lead > 0 && lead + 1 == run.len()) {
            let from = from.min(run.start);
            out.push(raw(w, Guess::Single, &(from..run.end).collect::<Vec<_>>(), None));
            i = next;
            continue;
        }
        classify(w, run, &mut out);
        i = next;
    }
    out
}

/// A place or organisation opening with a capitalised ordinal at token `i` (no name word by
/// itself): `Third Street`, `Second Street Bridge`, `First Street Bank`. Its last token and
/// kind.
fn ordinal_place(w: &Words, i: usize) -> Option<(usize, Guess)> {
    let head = |n: &usize| w.is_capitalised(*n) && w.has(*n, flag::PLACE_HEAD);
    // (The place word before the ordinal's lookup: a flag is cheaper.)
    if !w.is_capitalised(i) || !head(&(i + 1)) {
        return None;
    }
    let mut end = w.next_word(i).filter(head)?;
    rules::lookup(numbers::ORDINALS, w.key(i))?;
    while let Some(n) = w.next_word(end).filter(head) {
        end = n;
    }
    let mut last = end;
    while let Some(n) = w.next_word(last).filter(|&n| w.is_capitalised(n)) {
        last = n;
    }
    match last == end {
        true => Some((end, Guess::Place)),
        false => w.has(last, flag::ORG_WORD).then_some((last, Guess::Organization)),
    }
}

/// The first of the surname particles written right before token `i` (`i` when none):
/// at most three, not after a capitalised word (that run would hold them already).
fn particles_before(w: &Words, i: usize) -> usize {
    let mut from = i;
    while from > 0
        && i - from < 3
        && w.is_word(from - 1)
        && w.adjacent(from - 1, from)
        && is_particle(w.key(from - 1))
        && !w.is_acronym(from - 1)
    {
        from -= 1;
    }
    let after_name = from > 0 && from < i && w.is_capitalised(from - 1) && w.adjacent(from - 1, from);
    if after_name {
        i
    } else {
        from
    }
}

/// Connectors allowed inside a name between capitals: `Ministry of Defence`, `Ludwig van
/// Beethoven`, `Bank of the Philippines`.
fn is_connector(s: &str) -> bool {
    matches!(s, "of" | "for" | "bin" | "al" | "&") || is_particle(s)
}

/// Lowercase particles of surnames, which may follow one another: `Erik ten Hag`, `Ursula
/// von der Leyen`, `Charles de Gaulle`, `Leonardo da Vinci`, Kalenjin `arap` (`Daniel arap
/// Moi`), Welsh `ap` (`Dafydd ap Rhys`). Compared lowercase, so `Von der Leyen` opening a
/// sentence is found too (not an acronym: `AP`).
pub(super) fn is_particle(s: &str) -> bool {
    matches!(
        s,
        "ap" | "arap"
            | "de"
            | "del"
            | "della"
            | "der"
            | "den"
            | "des"
            | "di"
            | "da"
            | "das"
            | "do"
            | "dos"
            | "du"
            | "la"
            | "le"
            | "ten"
            | "ter"
            | "van"
            | "von"
            | "zu"
    )
}

/// The longest run of name words from `start`, through connectors and the dots of
/// abbreviated titles and initials (`Mr. Putin`, `George W. Bush`). Ends after a
/// possessive word (`Ukraine's Donetsk region` gives `Ukraine's`, then `Donetsk`).
fn run_from(w: &Words, start: usize) -> Range<usize> {
    const MAX_TOKENS: usize = 12;
    let mut end = start + 1;
    let mut last = start;
    while end < w.len()
        && end - start < MAX_TOKENS
        && (!w.is_possessive(last) || plural_possessive_org(w, last) || possessive_org_head(w, last))
    {
        let prev = end - 1;
        if !w.adjacent(prev, end) {
            break;
        }
        let t = w.text(end);
        // "Ontario Nurses' Association" when the apostrophe is a token of its own.
        if matches!(t, "'" | "\u{2019}") && last == prev && w.text(last).ends_with('s') && plural_possessive_org(w, end)
        {
            // The word after it may look like a sentence opener after a quote mark.
            last = end + 1;
            end += 2;
            continue;
        }
        // "Amalgamated Transit Union Local 308": a numbered local keeps its number.
        // ("Ligue 1" likewise.)
        if last == prev && (w.is(last, "Local") || w.is(last, "Ligue")) && t.bytes().all(|b| b.is_ascii_digit()) {
            last = end;
            break;
        }
        // "Mr. Putin", "Gen. Mark Milley", "George W. Bush"
        if t == "." && w.is_word(last) && last == prev {
            // ("St. Michael's Hospital": a saint.)
            let abbreviated = w.has(last, flag::HONORIFIC | flag::TITLE)
                || w.key(last) == "st"
                || (w.text(last).chars().count() == 1 && w.text(last).starts_with(char::is_uppercase));
            if abbreviated && end + 1 < w.len() && w.adjacent(end, end + 1) && w.is_capitalised(end + 1) {
                end += 1;
                continue;
            }
            break;
        }
        if w.is_capitalised(end) && (w.is_name_word(end) || !w.uncertain[end]) {
            last = end;
            end += 1;
            continue;
        }
        // "Food and Drug Administration", "Tobacco, Firearms and Explosives": `and` joins
        // when the capitals after it end in an organisation word; "National Alliance on
        // Mental Illness": `on` joins after an organisation word.
        let org_so_far = (start..end).any(|k| w.has(k, flag::ORG_WORD));
        if matches!(t, "and" | "&") && !org_so_far && org_run_follows(w, end + 1) {
            end += 1;
            continue;
        }
        // "Department of Health and Social Services", "Ministry of Agriculture, Animal
        // Industry and Fisheries": a list after `of` that ends in a plural.
        if matches!(t, "and" | ",") && org_so_far && (start..end).any(|k| w.is(k, "of")) {
            if let Some(e) = of_list_end(w, end) {
                last = e;
                end = e + 1;
                continue;
            }
        }
        // "Servicio Nacional de Meteorología e Hidrología": `e`, `y`, `et` inside an institution's name.
        let institution = || (start..end).any(|k| w.has(k, flag::INSTITUTION));
        if matches!(t, "e" | "y" | "et") && w.is_capitalised(end + 1) && !w.uncertain_any(end + 1) && institution() {
            last = end + 1;
            end += 2;
            continue;
        }
        if t == "on" && (start..end).any(|k| w.has(k, flag::ORG_WORD)) && w.is_name_word(end + 1) {
            end += 1;
            continue;
        }
        if is_connector(t) {
            // "of the" may sit between capitals: "Bank of the Philippines".
            let mut k = end + 1;
            if t == "of" && w.is(k, "the") {
                k += 1;
            }
            // "van der Vaart", "de la Cruz": particles in a row.
            while t != "of" && k < end + 3 && k < w.len() && is_particle(w.text(k)) {
                k += 1;
            }
            if k < w.len()
                && w.adjacent(k - 1, k)
                && w.is_capitalised(k)
                && !w.uncertain_any(k)
                && w.text(k).chars().filter(|c| c.is_alphabetic()).count() >= 2
                && of_part_fits(w, start..end, t, k)
            {
                last = k;
                end = k + 1;
                continue;
            }
        }
        break;
    }
    start..last + 1
}

/// `Ontario Nurses' Association`: a plural possessive inside an organisation's name, right
/// before a capitalised organisation word, belongs to the name.
fn plural_possessive_org(w: &Words, i: usize) -> bool {
    let t = w.text(i);
    (t.ends_with("s'") || t.ends_with("s\u{2019}") || matches!(t, "'" | "\u{2019}"))
        && i + 1 < w.len()
        && w.adjacent(i, i + 1)
        && w.is_capitalised(i + 1)
        && w.has(i + 1, flag::ORG_WORD)
}

/// `Sheriff's Office`, `Information Commissioner's Office`, `Children's Hospital`: the
/// possessive of a title or of a word like `children` before a capitalised organisation
/// word belongs to the organisation's name (not `Ukraine's Defence Ministry`).
fn possessive_org_head(w: &Words, mut i: usize) -> bool {
    // "Children's Commissioner's Office": possessives in a row before the organisation word.
    loop {
        // "St. Michael's Hospital", "Saint Mary's College": a saint's name.
        let saint = (1..=2).any(|b| i >= b && matches!(w.key(i - b), "st" | "saint"));
        let head = saint || w.has(i, flag::TITLE) || rules::contains(organizations::POSSESSIVE_HEADS, w.key(i));
        if !w.is_possessive(i) || !head {
            return false;
        }
        match w.next_word(i).filter(|&n| w.is_capitalised(n)) {
            // "Women's Super League"
            Some(n) if w.has(n, flag::ORG_WORD) || org_run_follows(w, n) => return true,
            Some(n) => i = n,
            None => return false,
        }
    }
}

/// Whether `of` may join the run `so_far` to the capitals at `k`: after a title (`Secretary
/// of State`), or after an organisation or place word (`Ministry of`, `Gulf of`) when one
/// word (`Ministry of Defence`), a listed place (`Bank of England`) or words holding an
/// organisation word follow; not after a name (`Aryna Sabalenka of Belarus`), nor before
/// one (`the Telugu Desam Party of Chandrababu Naidu`).
fn of_part_fits(w: &Words, so_far: Range<usize>, connector: &str, k: usize) -> bool {
    // "Secretary of State Antony Blinken": the role takes one word after `of`.
    let before_of = if k >= 2 && w.is(k - 1, "the") { k.saturating_sub(3) } else { k.saturating_sub(2) };
    if connector != "of" || w.has(before_of, flag::TITLE) {
        return true;
    }
    if !so_far.clone().any(|i| w.has(i, flag::ORG_WORD) || w.has(i, flag::PLACE_HEAD)) {
        return false;
    }
    let mut end = k + 1;
    while end < w.len() && end < k + 6 && w.adjacent(end - 1, end) && w.is_capitalised(end) {
        end += 1;
    }
    let toks: Vec<usize> = (k..end).collect();
    // "Royal Institute of British Architects", "Organization of the Petroleum Exporting
    // Countries": several words ending in a plural.
    let plural_tail = toks.len() >= 2 && w.key(end - 1).ends_with('s') && !w.is_possessive(end - 1);
    // "Division of Industrial Compliance", "Museum of Modern Art": a few words after a head
    // that takes them, opening with no given name.
    let of_head = rules::contains(organizations::OF_HEADS, w.key(before_of));
    let named_body = of_head && toks.len() <= 4 && !w.has(k, flag::FIRST_NAME);
    end == k + 1
        || named_body
        || plural_tail
        || (1..=toks.len()).any(|n| list_kind(w, &toks[..n]) == Some(Guess::Place))
        || toks.iter().any(|&i| w.has(i, flag::ORG_WORD))
}

/// The end of the longest listed place or organisation of two to four capitalised words
/// starting at `i`, if any.
fn listed_run(w: &Words, i: usize) -> Option<usize> {
    if !w.has(i, flag::MULTI_START) || !w.is_capitalised(i) {
        return None;
    }
    let mut end = i + 1;
    while end < w.len() && end < i + 4 && w.adjacent(end - 1, end) && w.is_capitalised(end) && !w.is_possessive(end - 1)
    {
        end += 1;
    }
    (i + 2..=end).rev().find(|&e| {
        let toks: Vec<usize> = (i..e).collect();
        list_kind(w, &toks).is_some()
    })
}

/// The last word of the rest of a list after `of` starting at `k` (`and` or a comma), when
/// it is `[, Caps]* and Caps` ending in a plural: `, Tobacco, Firearms and Explosives`,
/// `and Social Services`. Items are one to three capitalised words that no list knows as a
/// place, organisation or party (`, Britain and France` is no name).
fn of_list_end(w: &Words, mut k: usize) -> Option<usize> {
    const MAX_ITEMS: usize = 5;
    for _ in 0..MAX_ITEMS {
        let and = w.is(k, "and");
        if !(and || w.is(k, ",")) {
            return None;
        }
        let mut e = k + 1;
        while e < w.len() && e < k + 4 && w.adjacent(e - 1, e) && w.is_capitalised(e) && !w.uncertain_any(e) {
            let known = flag::PLACE | flag::KNOWN_ORG | flag::PARTY_MEMBER | flag::FIRST_NAME | flag::MULTI_START;
            if w.has(e, known) || w.is_possessive(e) {
                return None;
            }
            e += 1;
        }
        if e == k + 1 {
            return None;
        }
        if and {
            let key = w.key(e - 1);
            let plural = key.ends_with('s') && !key.ends_with("ss") && !is_title_or_plural(key);
            return plural.then_some(e - 1);
        }
        k = e;
    }
    None
}

/// True when a run of up to four capitals starting at `k` ends in an organisation word.
fn org_run_follows(w: &Words, k: usize) -> bool {
    let mut i = k;
    while i < w.len() && i < k + 4 && w.is_capitalised(i) && !w.uncertain_any(i) {
        if w.has(i, flag::ORG_WORD) && !w.next_word(i).is_some_and(|n| w.is_capitalised(n)) {
            return true;
        }
        i += 1;
    }
    false
}

/// `California-based`, `Bavaria-only`, `NATO-led`: a listed place or organisation joined
/// by a hyphen to a lowercase word. The mention is the part before the hyphen.
fn hyphen_prefix(w: &Words, i: usize) -> Option<(Guess, Span)> {
    if !w.is_word(i) {
        return None;
    }
    let text = w.text(i);
    if !text.starts_with(char::is_uppercase) {
        return None; // (the same test as for `head` below, before looking for a hyphen)
    }
    let (head, tail) = text.split_once('-')?;
    if head.is_empty() || !tail.starts_with(char::is_lowercase) || !head.starts_with(char::is_uppercase) {
        return None;
    }
    let key = util::lowercase(head);
    let start = w.doc.tokens[i].span.start;
    let span = Span::new(start, start + head.len());
    let listed = flags_of(&key);
    // "Mtwapa-based": what a thing is based in is a place, listed or not (not a sentence's
    // first word: "Web-based tools").
    let based = tail == "based" && !w.uncertain[i] && listed & (flag::KNOWN_ORG | flag::NOT_NAME) == 0;
    if listed & flag::PLACE != 0 || based {
        Some((Guess::Place, span))
    } else if listed & flag::KNOWN_ORG != 0 && (key.len() > 3 || super::words::is_all_caps(head)) {
        Some((Guess::Organization, span))
    } else {
        None
    }
}

impl Words<'_> {
    /// Uncertain and not accepted as a name word.
    fn uncertain_any(&self, i: usize) -> bool {
        self.uncertain[i] && !self.is_name_word(i)
    }
}

/// A word of the run that is a real word (not a dot between `Mr` and `Putin`).
fn words_of(w: &Words, run: Range<usize>) -> Vec<usize> {
    run.filter(|&i| w.doc.tokens[i].kind != TokenKind::Punct).collect()
}

/// Splits a run into role and name and pushes its mentions.
fn classify(w: &Words, run: Range<usize>, out: &mut Vec<Raw>) {
    let toks = words_of(w, run.clone());
    if toks.is_empty() {
        return;
    }
    if is_office_of_title(w, &toks) {
        push_org_or_place(w, &toks, out);
        return;
    }
    // The last title or honorific that has a name after it makes a role of what precedes.
    let mut split = None; // index into toks of the first name word
    let mut person = false;
    let mut role_end = None; // index into toks of the last role word

    // "Neighbour Delphine Okoro", "Witness Lorcan Fitzgerald": a noun for a person opening
    // the run is a role when plain name words follow.
    let plain = |&i: &usize| {
        let list = flag::NOT_NAME | flag::TITLE | flag::ORG_WORD | flag::PLACE | flag::KNOWN_ORG | flag::PLACE_HEAD;
        w.flags(i) & (list | flag::PERSON_NOUN | flag::DEMONYM) == 0 && !w.is_acronym(i)
    };
    let person_noun = toks.len() >= 3 && w.has(toks[0], flag::PERSON_NOUN) && toks[1..].iter().all(plain);
    for (k, &i) in toks.iter().enumerate() {
        if (k == 0 && person_noun) || (k + 1 < toks.len() && w.has(i, flag::TITLE | flag::HONORIFIC)) {
            // "Secretary of State Antony Blinken": the role takes "of" and one word.
            let mut last = k;
            if k + 3 < toks.len() && w.is(toks[k + 1], "of") {
                last = k + 2;
            }
            split = Some(last + 1);
            person = true;
            role_end = if w.has(i, flag::HONORIFIC) { role_end } else { Some(last) };
        }
    }
    if let Some(s) = split {
        let name = &toks[s..];
        // "Dirección General de Aguas": a title word inside a Romance institution's name.
        // Particles and one word after a role with a word no list knows are no person either.
        let particles = name.iter().take_while(|&&i| !w.is_capitalised(i) && is_particle(w.text(i))).count();
        let known = flag::TITLE | flag::HONORIFIC | flag::DEMONYM | flag::PLACE | flag::KNOWN_ORG | flag::ORG_WORD;
        let unknown_in_role = toks[..s].iter().any(|&i| w.flags(i) & known == 0 && !w.is_acronym(i));
        if toks.iter().any(|&i| w.has(i, flag::INSTITUTION))
            || (particles > 0 && particles + 1 == name.len() && unknown_in_role)
        {
            out.push(raw(w, Guess::Organization, &toks, None));
            return;
        }
        if name_is_org(w, name) {
            // "Chief Executive of Kericho Tea Holdings": a role written in capitals before
            // `of` is no part of the organisation.
            let role = |i: &usize| w.has(*i, flag::TITLE | flag::ROLE_MODIFIER | flag::HONORIFIC);
            let of = toks.iter().position(|&i| w.is(i, "of")).filter(|&p| p > 0 && toks[..p].iter().all(role));
            let from = of.map_or(0, |p| p + 1 + usize::from(w.is(toks[p + 1], "the")));
            push_org_or_place(w, &toks[from..], out);
            return;
        }
        // "the Prime Minister said": titles only, nobody named.
        if name.iter().all(|&i| w.has(i, flag::TITLE | flag::HONORIFIC)) {
            sub_entities(w, &toks, out);
            return;
        }
        let role = role_end.map(|e| role_text(w, &toks[..=e]));
        let role = role.map(|r| if role_end.is_some() { super::roles::extend_back(w, toks[0], r) } else { r });
        // Organisations and places named inside the role: "NATO", "Kyiv" in "Kyiv Mayor".
        sub_entities(w, &toks[..s], out);
        if person {
            // "Finance Minister Christian Lindner": a given name is kept after a title.
            let given = name.len() >= 2 && w.has(name[0], flag::FIRST_NAME);
            let name = if given { Some(name) } else { strip_leading_common(w, name) };
            if let Some(name) = name {
                out.push(raw(w, Guess::Person, name, role));
            }
        }
        return;
    }
    push_org_or_place(w, &toks, out);
}

/// `Pennsylvania Office of Attorney General`, `Division of State Fire Marshal`: an office
/// (`office`, `division`) `of` (`the`) a title or role word, the run ending in a title. The
/// titles name the office; nobody is named.
fn is_office_of_title(w: &Words, toks: &[usize]) -> bool {
    let Some(of) = toks.iter().position(|&i| w.is(i, "of")) else { return false };
    let tail = if toks.get(of + 1).is_some_and(|&i| w.is(i, "the")) { of + 2 } else { of + 1 };
    of > 0
        && rules::contains(organizations::OFFICE_HEADS, w.key(toks[of - 1]))
        && toks.get(tail).is_some_and(|&i| w.has(i, flag::TITLE | flag::ROLE_MODIFIER))
        && toks.last().is_some_and(|&i| w.has(i, flag::TITLE))
}

/// The role as written, without honorifics: `NATO Secretary-General`, `Russian President`.
fn role_text(w: &Words, toks: &[usize]) -> String {
    let mut s = String::new();
    for &i in toks {
        if w.has(i, flag::HONORIFIC) {
            continue;
        }
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w.text(i));
    }
    s
}

/// `General Motors`, `Prime Minister's Office`: a "name" after a title that is an
/// organisation.
fn name_is_org(w: &Words, name: &[usize]) -> bool {
    name.last().is_some_and(|&i| w.has(i, flag::ORG_WORD))
}

/// Organisations and places named inside a role, split at title words: `NATO` in `NATO
/// Secretary-General`, `Bank of England` in `Bank of England Governor`, `Senate` in `Senate
/// Majority Leader`.
fn sub_entities(w: &Words, toks: &[usize], out: &mut Vec<Raw>) {
    let mut start = 0;
    for k in 0..=toks.len() {
        let boundary = k == toks.len() || w.has(toks[k], flag::TITLE | flag::HONORIFIC);
        if boundary {
            let mut part = &toks[start..k];
            while let Some((&first, rest)) = part.split_first() {
                if !(w.is(first, "of") || w.is(first, "the")) {
                    break;
                }
                part = rest;
            }
            // "Senate" in "Senate Majority Leader"; not "Energy" in "Energy Minister" (a
            // portfolio, not a body).
            let last_org = part.iter().rposition(|&i| w.has(i, flag::ORG_WORD)).filter(|_| part.len() >= 2);
            if let Some(last_org) = last_org {
                out.push(raw(w, Guess::Organization, &part[..=last_org], None));
            } else if !part.is_empty() {
                push_known_only(w, part, out);
            }
            start = k + 1;
        }
    }
}

/// Pushes an organisation or place only when lists or acronyms say so (inside roles).
fn push_known_only(w: &Words, toks: &[usize], out: &mut Vec<Raw>) {
    if let Some(g) = list_kind(w, toks) {
        out.push(raw(w, g, toks, None));
    } else if toks.len() == 1 && w.is_acronym(toks[0]) && !is_common_acronym(w, toks[0]) {
        out.push(raw(w, Guess::Organization, toks, None));
    } else if let [i] = toks {
        // "Jasper Mayor Richard Ireland": a word the linker may know from elsewhere.
        if w.flags(*i) & (flag::NOT_NAME | flag::DEMONYM) == 0 && w.is_capitalised(*i) {
            out.push(raw(w, Guess::Single, toks, None));
        }
    }
}

/// The kind the lists give the whole run: a place or a well-known organisation.
pub(super) fn list_kind(w: &Words, toks: &[usize]) -> Option<Guess> {
    if let [i] = toks {
        // One word: the flags say it without a search.
        let short = w.key(*i).len() <= 3 && !w.is_acronym(*i);
        // "Amazon" is a company, "the Amazon" the forest or river.
        let org_first = w.has(*i, flag::KNOWN_ORG) && !(*i > 0 && w.is(*i - 1, "the"));
        return if w.has(*i, flag::PLACE) && !short && !org_first {
            Some(Guess::Place)
        } else if w.has(*i, flag::KNOWN_ORG) && !short {
            Some(Guess::Organization)
        } else {
            None
        };
    }
    let key = joined_key(w, toks);
    let listed = flags_of(&key);
    if listed & flag::PLACE != 0 {
        // Two-letter place codes only in capitals: "US", not "Us".
        if key.len() <= 3 && !toks.iter().all(|&i| w.is_acronym(i)) {
            return None;
        }
        return Some(Guess::Place);
    }
    if listed & flag::KNOWN_ORG != 0 {
        // Short acronyms only in capitals: "WHO", "AP", not "Who" or "Ap".
        if key.len() <= 3 && !toks.iter().all(|&i| w.is_acronym(i)) {
            return None;
        }
        return Some(Guess::Organization);
    }
    None
}

/// The lowercase name of the run, words joined by single spaces, possessive removed.
pub(super) fn joined_key(w: &Words, toks: &[usize]) -> String {
    let mut s = String::new();
    for &i in toks {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&w.key(i));
    }
    s
}

/// All-caps words that are not organisations: `TV`, `CEO`.
fn is_common_acronym(w: &Words, i: usize) -> bool {
    w.has(i, flag::NOT_NAME | flag::DEMONYM) || w.key(i).chars().filter(|c| c.is_alphabetic()).count() > 6
}

/// Drops leading words that are no name by themselves: `But`, `Western`, `Russian`.
fn strip_leading_common<'t>(w: &Words, toks: &'t [usize]) -> Option<&'t [usize]> {
    let skip = toks.iter().take_while(|&&i| w.has(i, flag::NOT_NAME | flag::DEMONYM)).count();
    (skip < toks.len()).then(|| &toks[skip..])
}

/// A run without a title: a place or organisation by the lists, an organisation by its
/// words, an acronym, a place by its last word or its neighbours, or else a name for the
/// linker (several words) or a single word.
fn push_org_or_place(w: &Words, toks: &[usize], out: &mut Vec<Raw>) {
    // "Republicans on the committee": party members, not the party.
    if let [i] = toks {
        if w.has(*i, flag::PARTY_MEMBER) {
            return;
        }
    }
    if let Some(g) = list_kind(w, toks) {
        out.push(raw(w, g, toks, None));
        return;
    }
    // "Brokerage Raymond James said", "Rivals CrowdStrike and ...": a common noun for a
    // company opening the sentence says what the name after it is.
    if let [opener, rest @ ..] = toks {
        let key = w.key(*opener);
        let noun =
            || !w.has(*opener, flag::ORG_WORD) && (is_org_noun(key) || key.strip_suffix('s').is_some_and(is_org_noun));
        if w.uncertain[*opener] && !rest.is_empty() && noun() {
            let guess = if list_kind(w, rest) == Some(Guess::Place) { Guess::Place } else { Guess::Organization };
            out.push(raw(w, guess, rest, None));
            return;
        }
    }
    // "the Champions League", "the UEFA Europa League": a competition, which is no entity.
    let cup_or_league = toks.last().is_some_and(|&i| matches!(w.key(i), "league" | "cup"));
    if cup_or_league
        && (0..toks.len()).any(|k| rules::contains(organizations::COMPETITIONS, &joined_key(w, &toks[k..])))
    {
        return;
    }
    // "the Eldoret City Marathon", "the Australian Open": an event, which is no entity.
    if let [_, .., last] = toks {
        if rules::contains(organizations::EVENT_HEADS, w.key(*last)) {
            return;
        }
    }
    // "PASADENA, Calif. (AP) —": a dateline in capitals opening the article's paragraph.
    if is_dateline(w, toks) {
        out.push(raw(w, Guess::Place, toks, None));
        return;
    }
    if is_appositive_person(w, toks) {
        out.push(raw(w, Guess::Person, toks, None));
        return;
    }
    // "Southern California", "East Texas": a compass adjective before a listed place.
    if toks.len() > 1 && is_compass_adjective(&w.key(toks[0])) && list_kind(w, &toks[1..]) == Some(Guess::Place) {
        out.push(raw(w, Guess::Place, toks, None));
        return;
    }
    // Organisation words before stripping adjectives: "Christian Democratic Union".
    let not_name = |&&i: &&usize| w.has(i, flag::NOT_NAME) && !w.is_acronym(i);
    let skip = toks.iter().take_while(not_name).count();
    if skip < toks.len() && toks[skip..].iter().any(|&i| w.has(i, flag::ORG_WORD)) {
        // "Health officials have linked": a common noun opening a sentence, before a plural
        // of a title or written in lowercase elsewhere in the article, is no name.
        if let [i] = toks[skip..] {
            let before_officials = || {
                w.next_word(i).is_some_and(|n| {
                    let k = w.key(n);
                    !w.is_capitalised(n) && k.ends_with('s') && is_title_or_plural(k)
                })
            };
            if w.uncertain[i] && !w.is_acronym(i) && (w.usage(i).lower > 0 || before_officials()) {
                return;
            }
        }
        out.push(raw(w, Guess::Organization, &toks[skip..], None));
        return;
    }
    // "the American Red Cross": a national branch of a listed body of several words.
    if toks.len() >= 3 && w.has(toks[0], flag::DEMONYM) && list_kind(w, &toks[1..]) == Some(Guess::Organization) {
        out.push(raw(w, Guess::Organization, toks, None));
        return;
    }
    // "the Pacific Ocean", "the Arabian Sea", "Third Street": an adjective of a place or an
    // ordinal before a place word.
    if let [adjectives @ .., head] = toks {
        let ordinal = |i: usize| rules::lookup(numbers::ORDINALS, w.key(i)).is_some();
        let adjective = |&i: &usize| (w.has(i, flag::DEMONYM) && !w.has(i, flag::NOT_NAME)) || ordinal(i);
        if !adjectives.is_empty() && adjectives.iter().all(adjective) && w.has(*head, flag::PLACE_HEAD) {
            out.push(raw(w, Guess::Place, toks, None));
            return;
        }
    }
    let Some(toks) = strip_leading_common(w, toks) else { return };
    if let Some(g) = list_kind(w, toks) {
        out.push(raw(w, g, toks, None));
        return;
    }
    if toks.len() == 1 {
        let i = toks[0];
        if w.is_acronym(i) {
            let shouting = w.shouted[i];
            let has_digit = w.text(i).chars().any(|c| c.is_ascii_digit()); // "H5N1", "F-16"
            if !is_common_acronym(w, i) && !shouting && !has_digit {
                out.push(raw(w, Guess::Organization, toks, None));
            }
            return;
        }
        // "the Chancellor said": a title after `the` names an office, not a person.
        let after_the = i > 0 && w.key(i - 1) == "the";
        if after_the && w.has(i, flag::TITLE) {
            return;
        }
        out.push(raw(w, Guess::Single, toks, None));
        return;
    }
    if toks.iter().all(|&i| w.is_acronym(i)) {
        // "BREAKING NEWS", a shouted line: only list words count.
        for &i in toks {
            push_known_only(w, &[i], out);
        }
        return;
    }
    let first = toks[0];
    let last = *toks.last().unwrap_or(&first);
    let before = first.checked_sub(1).map(|b| w.key(b).to_string()).unwrap_or_default();
    // "the Foreign Secretary said": an office named by its title, not a person.
    if before == "the" && w.has(last, flag::TITLE) && !w.has(first, flag::FIRST_NAME) {
        sub_entities(w, toks, out);
        return;
    }
    let is_place_word = |i: usize| list_kind(w, &[i]) == Some(Guess::Place);
    // "Manchester City 2-1", "on loan from Exeter City": a town's club, by the cues that
    // make a lone town a club.
    let club = matches!(w.key(last), "city" | "town" | "county") && club_cue(w, first, last);
    let guess = if club {
        Guess::Organization
    } else if w.has(last, flag::PLACE_HEAD) {
        // "Nairobi River", "Wembley Stadium", "Jasper National Park"
        Guess::Place
    } else if w.is_acronym(first) && w.has(first, flag::KNOWN_ORG) {
        // "BBC Radio Bristol", "CNN International": a name opening with a known body.
        Guess::Organization
    } else if company_cue(w, first, last) && !w.has(first, flag::FIRST_NAME) {
        // "a stake in Vantora Robotics", "owns Uber Eats"
        Guess::Organization
    } else if !w.is_possessive(last) && (is_place_preposition(&before) || place_by_words_before(w, first)) {
        Guess::Place
    } else if followed_by_place(w, last) {
        // "Santa Clara, California", "Austin, Texas"
        Guess::Place
    } else if toks.iter().any(|&i| is_place_word(i)) && !w.has(first, flag::FIRST_NAME) {
        // A place inside a longer name is an organisation: "Kenya Red Cross", "Parks Canada".
        Guess::Organization
    } else if before == "at" && title_within(w, first - 1, 4) {
        // "analysts at Morgan Stanley", "the head of research at Cytonn Investments"
        Guess::Organization
    } else if !w.has(first, flag::FIRST_NAME)
        && ((before == "of" && first >= 2 && is_title_or_plural(w.key(first - 2)))
            || (is_org_noun(&before) && !w.is_capitalised(first - 1) && !w.is_possessive(first - 1)))
    {
        // "the founder of Lechera Andina", "the cheese maker Lechera Andina"
        Guess::Organization
    } else if !w.is_possessive(last)
        && w.has(last + 1, flag::TITLE)
        && !w.is_capitalised(last + 1)
        && w.next_word(last + 1).is_some_and(|n| w.is_capitalised(n))
    {
        // "Piper Sandler analyst Dana Whitcombe": the firm a titled person speaks for.
        Guess::Organization
    } else if has_org_appositive(w, last) || (w.is(last + 1, ",") && w.is(last + 2, "which")) {
        // "Cal-Maine Foods, the country's largest egg producer,"
        Guess::Organization
    } else if romance_institution(w, toks) {
        Guess::Organization
    } else {
        Guess::Name
    };
    out.push(raw(w, guess, toks, None));
}

/// A title (or its plural) among the `max` lowercase words right before token `at`, with no
/// punctuation or verb of saying between: `analysts at`, `the head of research at`; not
/// `Mayor Linda Park said at`.
fn title_within(w: &Words, at: usize, max: usize) -> bool {
    let title = |i: usize| is_title_or_plural(w.key(i));
    let plain = |i: usize| w.is_word(i) && (!w.is_capitalised(i) || title(i)) && !super::words::is_say_verb(w.key(i));
    (1..=max.min(at)).map(|k| at - k).take_while(|&i| plain(i)).any(title)
}

/// `Instituto Nacional de Estadística`, `Comisión Nacional de Riego`, `Servicio Agrícola y
/// Ganadero`: an institution's word opening the run, or before a lowercase particle in it.
fn romance_institution(w: &Words, toks: &[usize]) -> bool {
    let particle = toks.iter().position(|&i| !w.is_capitalised(i) && is_particle(w.text(i)));
    let before = particle.unwrap_or(1).min(toks.len());
    toks.len() >= 2 && toks[..before].iter().any(|&i| w.has(i, flag::INSTITUTION))
}

/// Words around a place's name (tokens `first..=last`) that make it a football club: `on
/// loan from Stevenage`, `beat Crawley 2-1`, `Woking captain Sam Trent`, and in a match
/// report [`match_cue`].
pub(super) fn club_cue(w: &Words, first: usize, last: usize) -> bool {
    let prev = |k: usize| first.checked_sub(k).map_or("", |p| w.key(p));
    let next = |k: usize| if last + k < w.len() { w.key(last + k) } else { "" };
    let score_after = is_score(next(1)) || (next(1) == "," && is_score(next(2)));
    let staff_after = w.has(last + 1, flag::CLUB_STAFF) && w.is_capitalised(last + 2);
    (prev(1) == "from" && prev(2) == "loan")
        || score_after
        || staff_after
        || (w.is_match_report() && match_cue(w, first, last))
}

/// Words around a town's name that make it a club in a match report: `face leaders
/// Barcelona`, `host Levante`, `against Sevilla`, `away at Getafe`, `Osasuna's goalkeeper`,
/// `Barcelona drew with`, `Grimsby Town lost at home`, `Girona beat Betis`.
fn match_cue(w: &Words, first: usize, last: usize) -> bool {
    use organizations::{BEFORE_CLUB, BEFORE_CLUB_PAIRS, CLUB_EPITHETS};
    let prev = |k: usize| first.checked_sub(k).filter(|&p| w.is_word(p)).map_or("", |p| w.key(p));
    let next = |k: usize| if last + k < w.len() { w.key(last + k) } else { "" };
    let epithet = usize::from(rules::contains(CLUB_EPITHETS, prev(1)));
    let pair = || matches!(prev(1), "at" | "to" | "by" | "with" | "over" | "against");
    let possessive = w.is_possessive(last);
    rules::contains(BEFORE_CLUB, prev(1 + epithet))
        || (pair() && rules::contains(BEFORE_CLUB_PAIRS, &format!("{} {}", prev(2), prev(1))))
        || (possessive && w.has(last + 1, flag::CLUB_STAFF))
        || (!possessive && matches!(next(1), "drew" | "lost"))
        || (!possessive && matches!(next(1), "beat" | "thrashed" | "edged") && w.is_capitalised(last + 2))
}

/// A football score: `2-1`, `3–0`; not a tennis set (`6-4`, `7-5`: a side with six or more).
pub(super) fn is_score(w: &str) -> bool {
    let mut parts = w.split(['-', '–']);
    let goals = |p: Option<&str>| p.is_some_and(|p| p.len() == 1 && matches!(p.as_bytes()[0], b'0'..=b'5'));
    goals(parts.next()) && goals(parts.next()) && parts.next().is_none()
}

/// Two or three capitalised words with a role set off by commas beside them are a person,
/// whatever their words say otherwise (`Power` is an organisation word, `Jordan` a country,
/// `Christian` an adjective): `said Rachel Power, chief executive of the Patients
/// Association`, `said Mark Toney, the group's executive director`, `Its president, Jordan
/// Bardella, called`, `Germany's finance minister, Christian Lindner, welcomed`. A name
/// ending in an organisation word needs a listed given name (`Acme Power, the firm's
/// ...` stays an organisation). Surname particles may stand between the capitals: `Maria
/// van Dijk, the president of the council,`, `Maria von der Heide, the head of ...`.
fn is_appositive_person(w: &Words, toks: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (toks.first(), toks.last()) else { return false };
    let inner = toks.get(1..toks.len() - 1).unwrap_or_default();
    let particles = inner.iter().filter(|&&i| !w.is_capitalised(i) && is_particle(w.text(i))).count();
    let plain = (2..=3).contains(&(toks.len() - particles))
        && particles <= 2
        && last - first + 1 == toks.len()
        && !w.is_possessive(last)
        && toks.iter().all(|&i| !w.is_acronym(i) && (w.is_capitalised(i) || is_particle(w.text(i))))
        && w.is_capitalised(first)
        && w.is_capitalised(last);
    if !plain {
        return false;
    }
    let role_after = super::roles::after(w, &(first..last + 1)).is_some() || super::roles::appositive_head(w, last + 1);
    // "finance minister, Christian Lindner,": a lowercase title, a comma, the name.
    let role_before = first >= 2
        && w.is(first - 1, ",")
        && !w.is_capitalised(first - 2)
        && is_title_or_plural(w.key(first - 2))
        && (w.is(last + 1, ",") || super::words::is_say_verb(w.key(last + 1)));
    let given = w.has(first, flag::FIRST_NAME);
    (role_after || role_before) && (given || !w.has(last, flag::ORG_WORD))
}

/// A run of capitals opening a paragraph and followed by `,`, `(` or a dash: the place
/// line of a wire story (`PASADENA, Calif. (AP) —`, `KYIV (Reuters) -`).
fn is_dateline(w: &Words, toks: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (toks.first(), toks.last()) else { return false };
    let start = w.doc.tokens[first].span.start;
    let opens_paragraph = w.doc.paragraph_at(start).is_some_and(|p| w.doc.paragraphs[p].start == start);
    // "SAS, the airline,": one short acronym no list knows is an organisation's name, not
    // a town's (the short place names of datelines, `ROME`, `KYIV`, are listed).
    let short_acronym = toks.len() == 1 && w.key(first).chars().filter(|c| c.is_alphabetic()).count() <= 4;
    opens_paragraph
        && !short_acronym
        && toks.iter().all(|&i| w.is_acronym(i))
        && last + 1 < w.len()
        && matches!(w.text(last + 1), "," | "(" | "—" | "–" | "-")
}

fn is_compass_adjective(key: &str) -> bool {
    matches!(
        key,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "upper"
            | "lower"
            | "greater"
    )
}

/// `, the Swedish company`, `, the country's largest egg producer`: an appositive naming
/// what kind of organisation the run before it is. (`, which` after several words is
/// checked by the caller: people take `who`.)
pub(super) fn has_org_appositive(w: &Words, last: usize) -> bool {
    let next = |k: usize| if last + k < w.len() { w.key(last + k) } else { "" };
    next(1) == "," && matches!(next(2), "the" | "a" | "an") && (3..=8).any(|k| is_org_noun(next(k)))
}

/// Common nouns for an organisation, written before its name or in an appositive after it:
/// `the group Everytown`, `Spotify, the Swedish company`.
pub(super) fn is_org_noun(k: &str) -> bool {
    rules::contains(organizations::ORG_WORDS, k)
        || matches!(
            k,
            "firm"
                | "brokerage"
                | "broadcaster"
                | "charity"
                | "retailer"
                | "maker"
                | "startup"
                | "carrier"
                | "outlet"
                | "publisher"
                | "team"
                | "lender"
                | "insurer"
                | "watchdog"
                | "regulator"
                | "giant"
                | "rival"
                | "manufacturer"
                | "operator"
                | "supplier"
                | "developer"
                | "chain"
                | "brand"
                | "automaker"
                | "producer"
        )
}

/// A title, also in the plural: `analyst`, `analysts`.
pub(super) fn is_title_or_plural(k: &str) -> bool {
    rules::contains(titles::TITLES, k) || k.strip_suffix('s').is_some_and(|stem| rules::contains(titles::TITLES, stem))
}

/// Words around a name (tokens `first..=last`) that make it a company: a CamelCase word
/// (`DoorDash`), `shares of X`, `a stake in X`, `owns X`, `X's revenue`, `X reported
/// revenue`, `X shares`, `X, which owns ...`.
pub(super) fn company_cue(w: &Words, first: usize, last: usize) -> bool {
    use organizations::{BEFORE_IN, BEFORE_OF, BUYING, COMPANY_DOINGS, COMPANY_FIGURES};
    let prev = |k: usize| first.checked_sub(k).map_or("", |p| w.key(p));
    let next = |k: usize| if last + k < w.len() { w.key(last + k) } else { "" };
    let lower_before = first >= 1 && !w.is_capitalised(first - 1);
    let possessive = w.is_possessive(last);
    // (CamelCase alone only for one word: "MaryAnne Ellis" is a person.)
    (first == last && is_camel_case(w.text(first)) && !w.has(first, flag::FIRST_NAME))
        || (prev(1) == "of" && rules::contains(BEFORE_OF, prev(2)))
        || (prev(1) == "in" && rules::contains(BEFORE_IN, prev(2)))
        || (lower_before && rules::contains(BUYING, prev(1)))
        || (possessive && rules::contains(COMPANY_FIGURES, next(1)))
        || (!possessive && next(1) == "reported" && rules::contains(COMPANY_FIGURES, next(2)))
        || (!possessive && matches!(next(1), "shares" | "stock" | "shareholders"))
        || (!possessive && next(1) == "," && next(2) == "which" && rules::contains(COMPANY_DOINGS, next(3)))
}

/// A company's CamelCase name: `DoorDash`, `CrowdStrike`, `PayPal`; not a name with a
/// prefix (`McDonald`, `DeSantis`, `MacArthur`, `LeBron`, `KwaZulu`): the first hump has
/// three letters or more and is no name prefix.
pub(super) fn is_camel_case(text: &str) -> bool {
    let mut prev_lower = false;
    for (n, c) in text.char_indices() {
        if c.is_uppercase() && prev_lower {
            let hump = &text[..n];
            return hump.chars().count() >= 3
                && !matches!(hump.to_ascii_lowercase().as_str(), "mac" | "van" | "von" | "fitz" | "della" | "kwa")
                && text[n..].chars().nth(1).is_some_and(char::is_lowercase);
        }
        if !c.is_alphabetic() {
            return false;
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// Prepositions after which a capitalised name is a place: `in Likoni`, `outside Kilifi`.
pub(super) fn is_place_preposition(key: &str) -> bool {
    matches!(key, "in" | "near" | "outside" | "around" | "across" | "into" | "toward" | "towards")
}

/// Words before the name at token `first` that make it a place: `residents of Cusco`,
/// `north of Mandi`, `the highway to Puno`, `a farmer from Jalandhar`, `a resident from ...`.
pub(super) fn place_by_words_before(w: &Words, first: usize) -> bool {
    // (The word may open the sentence: "Residents of Tumbes".)
    if first < 2 || !w.is_word(first - 2) || (w.is_capitalised(first - 2) && !w.uncertain[first - 2]) {
        return false;
    }
    let (prep, word) = (w.key(first - 1), w.key(first - 2));
    let person_noun = || {
        let stem = word.strip_suffix('s').unwrap_or(word);
        w.has(first - 2, flag::PERSON_NOUN) || rules::contains(titles::PERSON_NOUNS, stem)
    };
    match prep {
        "of" => {
            rules::contains_line(places::BEFORE_OF, word)
                || rules::contains_line(places::PLACE_NOUNS, word)
                || is_compass_word(word)
        }
        "to" => rules::contains_line(places::BEFORE_TO, word),
        "from" => rules::contains_line(places::BEFORE_FROM, word) || person_noun(),
        _ => false,
    }
}

/// `north`, `southeast`, `south-west`: a direction, as in `40 km north of Mandi`.
fn is_compass_word(key: &str) -> bool {
    let key = key.replace('-', "");
    matches!(key.as_str(), "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest")
}

/// `, a town in the Colca Valley`, `, the country's largest port`: an appositive naming what
/// kind of place the run before it is.
pub(super) fn has_place_appositive(w: &Words, last: usize) -> bool {
    let next = |k: usize| if last + k < w.len() { w.key(last + k) } else { "" };
    let noun = |k: usize| rules::contains_line(places::PLACE_NOUNS, next(k)) || next(k) == "port";
    next(1) == ","
        && matches!(next(2), "the" | "a" | "an")
        && (3..=7).find(|&k| noun(k) || is_org_noun(next(k)) || w.has(last + k, flag::TITLE)).is_some_and(noun)
}

/// `Santa Clara, California`: the run is followed by a comma and a listed country or region
/// (not its possessive: `Okello, Uganda's ambassador`).
pub(super) fn followed_by_place(w: &Words, last: usize) -> bool {
    if w.is_possessive(last)
        || !w.is(last + 1, ",")
        || last + 2 >= w.len()
        || !w.text(last + 2).starts_with(char::is_uppercase)
        || w.is_possessive(last + 2)
    {
        return false;
    }
    // (Not "Okafor, Nigeria captain": a team's country before a role.)
    let role_after =
        w.next_word(last + 2).is_some_and(|n| w.is_capitalised(n) || w.has(n, flag::TITLE | flag::CLUB_STAFF));
    let key = w.key(last + 2);
    let key = key.split('-').next().unwrap_or_default();
    !role_after && (rules::contains_line(places::COUNTRIES, key) || rules::contains_line(places::REGIONS, key))
}

/// A mention of the words `toks` (first to last), possessive of the last word removed.
fn raw(w: &Words, guess: Guess, toks: &[usize], role: Option<String>) -> Raw {
    let first = toks[0];
    let last = *toks.last().unwrap_or(&first);
    let span = Span::new(w.doc.tokens[first].span.start, w.core(last).end);
    Raw { guess, span, toks: first..last + 1, role }
}

/// The name text of a mention: words as written, all-caps place names in title case
/// (`BRUSSELS` → `Brussels`).
pub(super) fn display_name(text: &str, kind: EntityKind) -> String {
    // Words joined by single spaces; most names are written so already (ASCII, one space
    // between words), and are taken as they are.
    let plain = text.bytes().all(|b| b.is_ascii_graphic() || b == b' ')
        && !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text.contains("  ");
    let text = if plain { text.to_string() } else { text.split_whitespace().collect::<Vec<_>>().join(" ") };
    // Acronyms stay (`NATO`, `U.S.`); capitals of a shouted name go (`WORLD HEALTH
    // ORGANIZATION`, `BRUSSELS`).
    let acronym = !text.contains(' ') && (kind == EntityKind::Organization || text.len() <= 3 || text.contains('.'));
    if acronym || !is_all_caps(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.chars() {
        if start {
            out.push(c);
        } else {
            util::push_lowercase(&mut out, c);
        }
        start = !c.is_alphabetic();
    }
    out
}
