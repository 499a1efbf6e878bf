//! People, organisations and places, with roles and every mention.
//!
//! [`find`] returns the entities in order of first mention. Each mention span is exactly
//! the name as written, without title or possessive (`Stoltenberg` in `Stoltenberg's`,
//! `Putin` in `Mr. Putin`), byte offsets, sorted. A person's `name` is the full name of
//! its first full mention; `role` the first title or appositive found
//! (`Russian President Vladimir Putin` → `Russian President`).
//!
//! How it works, in one pass each:
//! 1. `words`: which capitals can be trusted (not a sentence opener like `But`, not a
//!    headline-case or all-caps line), and how each word is written across the article.
//! 2. `chunks`: runs of capitals, split into role and name at the last title word,
//!    classified by organisation words (`Ministry`, `Corp.`), the place lists, acronyms,
//!    datelines and context; a run of several words with no such cue is a *name*.
//! 3. Linking (here): a name is a person only with evidence (a title or appositive role, a
//!    listed given name, a verb of saying beside it, `led by`, an age, or its surname
//!    standing alone elsewhere), else dropped (`World War II`). Then single words join the
//!    person whose surname (or unique given name) they are (`Putin`, `Mr. Putin`), a place
//!    or organisation already named (`Veltrix` for `Veltrix Corp.`, `BJP` by initials,
//!    `the Commission`), or become one by context (`in Bakhmut`, `the Kharkhiv region`,
//!    `Smith said`, `analysts at Bernstein`, `Donetsk and Luhansk`); words with no cue are
//!    dropped. `the alliance` joins NATO when NATO is the only alliance named.
//!
//! Adjectives of places (`Russian forces`, `Ukrainian President`) are not mentions of the
//! place, and create no entity: a mention is always the place's name, so that highlighting
//! one shows the name. `other` is never produced: events and products (`Champions League`,
//! `iPhone`) are left out rather than guessed.
//!
//! Seats of government named for the government (`Downing Street said`, `the White
//! House`) are organisations wherever they appear: in news they almost always speak or
//! act. `Wall Street` is a place (a street). `Amazon` is the company unless written `the
//! Amazon`.
//!
//! For the quote attributor, [`MentionIndex`] answers "which entity is named at this
//! position" ([`MentionIndex::at`]), "which person was named last before this position"
//! ([`MentionIndex::last_before`]) and "which mentions start inside this span"
//! ([`MentionIndex::within`]).

mod chunks;
mod roles;
mod words;

use chunks::{is_org_noun, is_title_or_plural, Guess, Raw};
use words::{is_say_verb, Words};

use crate::card::{Entity, EntityKind};
use crate::doc::{Document, Span};
use crate::rules::{self, organizations, places};
use crate::util::{self, FastMap};

/// Finds the entities of the article, in order of first mention.
pub fn find(doc: &Document) -> Vec<Entity> {
    let w = Words::new(doc);
    let raws = chunks::find(&w);
    let mut links = Linker::default();
    links.link(&w, &raws);
    links.openers(&w, &raws);
    links.anaphors(&w);
    links.finish()
}

/// Builds entities from the raw mentions.
#[derive(Default)]
struct Linker {
    entities: Vec<Entity>,
    /// Per kind (by its index): lowercase name (and surname, and acronym) → entity.
    by_key: [FastMap<String, usize>; 4],
    /// Surname → people with that surname, in order of first full mention.
    surnames: FastMap<String, Vec<usize>>,
    /// Given name → people with that given name (`Vinicius` for `Vinicius Junior`).
    first_names: FastMap<String, Vec<usize>>,
    /// Person → starts of its full-name mentions, in order.
    full: FastMap<usize, Vec<usize>>,
}

impl Linker {
    fn link(&mut self, w: &Words, raws: &[Raw]) {
        let people = people_among_names(w, raws);
        // Full names of people first, so that any later or earlier surname finds them.
        for (_, r) in
            raws.iter().enumerate().filter(|(n, r)| (r.guess == Guess::Person && r.toks.len() > 1) || people[*n])
        {
            let name = chunks::display_name(w.doc.slice(r.span), EntityKind::Person);
            let key = util::lowercase(&name);
            let words = words_of(w, r);
            // "Ibáñez de la Torre said" after "Rocío Ibáñez de la Torre": the surnames of a
            // person named before.
            if let Some(people) = self.surnames.get(&key).filter(|_| words.len() >= 2) {
                let e = nearest_before(&self.full, people, r.span.start);
                self.mention(e, r.span);
                self.role(e, w, r);
                continue;
            }
            let e = self.entity(EntityKind::Person, key, name);
            self.mention(e, r.span);
            self.full.entry(e).or_default().push(r.span.start);
            self.role(e, w, r);
            if let (Some(&first), Some(last)) = (words.first(), surname_of(w, &words)) {
                let keys = surname_keys(w, &words, last);
                for key in keys {
                    let list = self.surnames.entry(key).or_default();
                    if !list.contains(&e) {
                        list.push(e);
                    }
                }
                let list = self.first_names.entry(w.key(first).to_string()).or_default();
                if !list.contains(&e) {
                    list.push(e);
                }
            }
        }
        // Organisations and places named by their words or the lists.
        let short_forms = ShortForms::new(w, raws);
        let clubs = club_towns(w, raws);
        for (n, r) in raws.iter().enumerate() {
            let kind = match r.guess {
                Guess::Organization => EntityKind::Organization,
                // "face leaders Barcelona" ... "Barcelona drew": a listed town that is a club
                // once is the club throughout.
                Guess::Place if !clubs.is_empty() && r.toks.len() == 1 && clubs.contains_key(w.key(r.toks.start)) => {
                    EntityKind::Organization
                }
                Guess::Place => EntityKind::Place,
                _ => continue,
            };
            let name = chunks::display_name(w.doc.slice(r.span), kind);
            let key = util::lowercase(&name);
            // "Fresno, Calif.": the abbreviation names the state.
            let (name, key) = match ap_state(w, r).filter(|_| kind == EntityKind::Place) {
                Some(state) => (state.to_string(), util::lowercase(state)),
                None => (name, key),
            };
            // "Rachel Power, chief executive, ... Power added": a person's surname that is
            // also an organisation word.
            if let Some(people) = self.surnames.get(&key).filter(|_| r.toks.len() == 1) {
                let e = nearest_before(&self.full, people, r.span.start);
                self.mention(e, r.span);
                continue;
            }
            // "North Atlantic Treaty Organization (NATO)": the acronym names the same body.
            let alias = n > 0 && kind == EntityKind::Organization && defines_acronym(w, &raws[n - 1], r);
            let e = if alias {
                let e = self.entity(EntityKind::Organization, chunks_key(w, &raws[n - 1]), String::new());
                self.by_key[kind as usize].insert(key, e);
                e
            } else if let Some((long_key, long_name)) =
                short_forms.long_form(w, r).filter(|_| kind == EntityKind::Organization)
            {
                // "BJP" for "Bharatiya Janata Party", "the Commission" for "the European Commission".
                let e = self.entity(kind, long_key, long_name);
                self.by_key[kind as usize].entry(key).or_insert(e);
                e
            } else if kind == EntityKind::Organization && is_generic_head(w, r) {
                // "the Office", "the Department": no body named, or one of several.
                continue;
            } else {
                self.entity(kind, key, name)
            };
            // "Veltrix Corp." is "Veltrix" later on; "Qantas Airways" is "Qantas".
            if kind == EntityKind::Organization {
                if let Some(short) = without_legal_suffix(w, r) {
                    self.by_key[kind as usize].entry(short).or_insert(e);
                }
                // "the Red Cross" after "the American Red Cross".
                let words = words_of(w, r);
                if let Some((_, rest)) = words.split_first().filter(|(&f, _)| w.has(f, words::flag::DEMONYM)) {
                    self.by_key[kind as usize].entry(chunks::joined_key(w, rest)).or_insert(e);
                }
                // "Dortmund" for "Borussia Dortmund": a club's town, when it is the club.
                if let [prefix @ .., town] = words.as_slice() {
                    let club = !prefix.is_empty() && prefix.iter().all(|&i| w.has(i, words::flag::ORG_WORD));
                    if club && rules::contains_line(places::CITIES, w.key(*town)) {
                        self.by_key[kind as usize].entry(w.key(*town).to_string()).or_insert(e);
                    }
                }
                if let Some(first) = distinctive_first_word(w, r) {
                    self.by_key[kind as usize].entry(first).or_insert(e);
                }
            }
            self.mention(e, r.span);
        }
        // Single words (and people named by one word after a title): link or decide.
        let single = |r: &Raw| r.guess == Guess::Single || (r.guess == Guess::Person && r.toks.len() == 1);
        let keys: Vec<String> = raws
            .iter()
            .map(|r| if single(r) { chunks::joined_key(w, &words_of(w, r)) } else { String::new() })
            .collect();
        let mut decided: Vec<Option<(EntityKind, String)>> = vec![None; raws.len()];
        for (n, r) in raws.iter().enumerate() {
            if !single(r) {
                continue;
            }
            let key = keys[n].clone();
            if self.surnames.contains_key(&key) || self.first_names.get(&key).is_some_and(|p| p.len() == 1) {
                decided[n] = Some((EntityKind::Person, key));
            } else if let Some(kind) = [EntityKind::Place, EntityKind::Organization]
                .into_iter()
                .find(|&k| self.by_key[k as usize].contains_key(&key))
            {
                decided[n] = Some((kind, key));
            } else if let Some(kind) = single_by_context(w, raws, n) {
                decided[n] = Some((kind, key));
            }
        }
        // "Moquegua and Tacna", "shares of Lyft and Grubhub": a word listed beside a word
        // found a place (an organisation) by its context is one too (twice: "Kilifi, Malindi
        // and Lamu").
        for _ in 0..2 {
            for n in 0..raws.len() {
                if decided[n].is_some() || !single(&raws[n]) {
                    continue;
                }
                let kind_at = |k: usize| match raws[k].guess {
                    Guess::Place => Some(EntityKind::Place),
                    Guess::Organization => Some(EntityKind::Organization),
                    _ => decided[k].as_ref().map(|d| d.0).filter(|&d| d != EntityKind::Person),
                };
                if let Some(kind) = listed_beside(w, raws, n).into_iter().find_map(kind_at) {
                    decided[n] = Some((kind, keys[n].clone()));
                }
            }
        }
        // A word decided once is the same entity everywhere: "the Kharkhiv region" makes
        // an earlier bare "Kharkhiv" a place too. A company cue beats a verb of saying
        // ("Harbourline said" ... "Harbourline's revenue").
        let mut kind_of: FastMap<String, EntityKind> = FastMap::default();
        for (k, key) in decided.iter().flatten() {
            let k = if !clubs.is_empty() && clubs.contains_key(key) { &EntityKind::Organization } else { k };
            let slot = kind_of.entry(key.clone()).or_insert(*k);
            if *slot == EntityKind::Person && *k == EntityKind::Organization && !self.surnames.contains_key(key) {
                *slot = *k;
            }
        }
        for (n, r) in raws.iter().enumerate() {
            if !single(r) {
                continue;
            }
            let key = &keys[n];
            let Some(&kind) = kind_of.get(key) else { continue };
            let e = if kind == EntityKind::Person {
                match self.surnames.get(key).or_else(|| self.first_names.get(key)) {
                    Some(people) => nearest_before(&self.full, people, r.span.start),
                    None => {
                        let name = chunks::display_name(w.doc.slice(r.span), kind);
                        self.entity(kind, key.clone(), name)
                    }
                }
            } else if let Some(state) = ap_state(w, r).filter(|_| kind == EntityKind::Place) {
                self.entity(kind, util::lowercase(state), state.to_string())
            } else {
                let name = chunks::display_name(w.doc.slice(r.span), kind);
                self.entity(kind, key.clone(), name)
            };
            self.mention(e, r.span);
            if kind == EntityKind::Person {
                self.role(e, w, r);
            }
        }
    }

    /// The entity of this kind and key, made if new.
    fn entity(&mut self, kind: EntityKind, key: String, name: String) -> usize {
        if let Some(&e) = self.by_key[kind as usize].get(&key) {
            return e;
        }
        self.entities.push(Entity { name, kind, role: None, mentions: Vec::new() });
        let e = self.entities.len() - 1;
        self.by_key[kind as usize].insert(key, e);
        e
    }

    fn mention(&mut self, e: usize, span: Span) {
        self.entities[e].mentions.push(span);
    }

    /// Sets the person's role from the first mention that has one.
    fn role(&mut self, e: usize, w: &Words, r: &Raw) {
        if self.entities[e].role.is_some() {
            return;
        }
        let role = r.role.clone().or_else(|| roles::before(w, &r.toks)).or_else(|| roles::after(w, &r.toks));
        self.entities[e].role = role;
    }

    /// Names already known that open a sentence with no capital after them, which the run
    /// finder cannot trust: `Veltrix shares rose`, `Kroos scored`. One pass over the
    /// tokens; each is looked up as a surname, organisation or place.
    fn openers(&mut self, w: &Words, raws: &[Raw]) {
        let mut covered = vec![false; w.len()];
        for r in raws {
            for c in &mut covered[r.toks.clone()] {
                *c = true;
            }
        }
        for i in 0..w.len() {
            if covered[i] || !w.uncertain[i] || !w.is_capitalised(i) || w.is_name_word(i) {
                continue;
            }
            let key = w.key(i);
            let e = match self.surnames.get(key) {
                Some(people) => Some(nearest_before(&self.full, people, w.doc.tokens[i].span.start)),
                None => [EntityKind::Organization, EntityKind::Place]
                    .into_iter()
                    .find_map(|k| self.by_key[k as usize].get(key).copied()),
            };
            if let Some(e) = e {
                self.mention(e, w.core(i));
            }
        }
    }

    /// `the alliance` → NATO: a common noun standing for the one organisation named in the
    /// article that it can mean. The mention is the noun (`alliance`).
    fn anaphors(&mut self, w: &Words) {
        // Noun → the one organisation it can mean (`None`: two candidates); a handful at most.
        let mut targets: Vec<(&str, Option<usize>)> = Vec::new();
        for &(noun, org) in organizations::ORG_ANAPHORS {
            if let Some(&e) = self.by_key[EntityKind::Organization as usize].get(org) {
                match targets.iter_mut().find(|(n, _)| *n == noun) {
                    Some((_, slot)) if *slot != Some(e) => *slot = None, // two candidates: not plain
                    Some(_) => {}
                    None => targets.push((noun, Some(e))),
                }
            }
        }
        if targets.iter().all(|(_, e)| e.is_none()) {
            return;
        }
        for i in 0..w.len() {
            let text = w.text(i);
            let Some(&(_, Some(e))) = targets.iter().find(|(n, _)| *n == text) else { continue };
            // "the alliance", "the Western military alliance": `the` at most three words back.
            let plain =
                (1..=3).any(|back| i >= back && w.is(i - back, "the") && (i - back + 1..i).all(|k| w.is_word(k)));
            if plain {
                self.mention(e, w.doc.tokens[i].span);
            }
        }
    }

    /// Entities in order of first mention, mentions sorted and unique; entities without
    /// mentions (aliases never named) dropped.
    fn finish(mut self) -> Vec<Entity> {
        for e in &mut self.entities {
            crate::util::sort(&mut e.mentions);
            e.mentions.dedup();
        }
        self.entities.retain(|e| !e.mentions.is_empty() && !e.name.is_empty());
        crate::util::sort_by_key(&mut self.entities, |e| e.mentions[0].start as u64);
        self.entities
    }
}

/// Which runs of capitals guessed [`Guess::Name`] are people: those with a given name
/// from the list, a role, a verb of saying next to them, an age or `who` after them, or a
/// surname that also stands alone in the article (`Toni Kroos` ... `Kroos`). The rest
/// (`World War II`, `Real Madrid`) are dropped. Returns a flag per raw mention.
fn people_among_names(w: &Words, raws: &[Raw]) -> Vec<bool> {
    let mut alone: FastMap<String, ()> = FastMap::default();
    // (Names of several words too: "Rocío Ibáñez de la Torre won ... Ibáñez de la Torre said".)
    for r in raws.iter() {
        let words = words_of(w, r);
        let single = r.guess == Guess::Single || (r.guess == Guess::Person && r.toks.len() == 1);
        if single || (matches!(r.guess, Guess::Person | Guess::Name) && words.len() >= 2) {
            alone.insert(chunks::joined_key(w, &words), ());
        }
    }
    raws.iter()
        .map(|r| {
            if r.guess != Guess::Name {
                return false;
            }
            let words = words_of(w, r);
            let (Some(&first), Some(&last)) = (words.first(), words.last()) else { return false };
            let surname = surname_of(w, &words).unwrap_or(last);
            let prev2 = |k: usize| first.checked_sub(k).map_or("", |p| w.key(p));
            let prev = prev2(1);
            let next = |k: usize| if last + k < w.len() { w.key(last + k) } else { "" };
            // "Regina De Rossa": a surname particle written with a capital inside the name
            // (not a German article in a sentence: "Mehrheit den Bau").
            let particle = words.len() >= 3
                && !w.shouted[first]
                && words[1..words.len() - 1].iter().any(|&k| chunks::is_particle(w.key(k)) && w.is_capitalised(k));
            // "Kipchumba arap Korir won ... arap Korir said": the surnames alone elsewhere.
            let keys = surname_keys(w, &words, surname);
            w.has(first, words::flag::FIRST_NAME)
                || particle
                || keys.iter().any(|k| alone.contains_key(k))
                || is_say_verb(prev)
                || (!w.is_possessive(last) && is_say_verb(next(1)))
                || (next(1) == "," && (next(2) == "who" || is_say_verb(next(2)) || next(2).parse::<u8>().is_ok()))
                // "led by Akhilesh Yadav", "according to Maria Kowalska"
                || (prev == "by" && matches!(prev2(2), "led" | "headed" | "founded" | "chaired" | "run" | "owned" | "coached"))
                || (prev == "to" && prev2(2) == "according")
                // "fellow American Frances Tiafoe", "Italian Jannik Sinner"
                || w.has(first.wrapping_sub(1), words::flag::DEMONYM)
                // "Its chair, Siân Davies, said"
                || (prev == "," && is_title_or_plural(prev2(2)))
                || roles::before(w, &r.toks).is_some()
                || roles::after(w, &r.toks).is_some()
        })
        .collect()
}

/// The surname among the words of a full name: the last, or the one before a
/// generational suffix (`Vinicius` in `Vinicius Junior`, `King` in `Martin Luther King Jr.`).
fn surname_of(w: &Words, words: &[usize]) -> Option<usize> {
    match words {
        [.., s, suffix] if matches!(w.key(*suffix), "jr" | "junior" | "sr" | "senior" | "ii" | "iii" | "iv") => {
            Some(*s)
        }
        [.., s] => Some(*s),
        [] => None,
    }
}

/// The keys by which a person's full name `words` may be named later, its surname being
/// the word `surname`: the surname (`hag`), with its particles (`ten hag`, `arap korir`),
/// and the capitalised surnames before the particles when no given name opens them
/// (`herrero de la fuente` for `Lucía Herrero de la Fuente`).
fn surname_keys(w: &Words, words: &[usize], surname: usize) -> Vec<String> {
    let si = words.iter().position(|&i| i == surname).unwrap_or(0);
    let from = (0..si).rev().take_while(|&k| chunks::is_particle(w.text(words[k]))).last();
    let tail = (1..from.unwrap_or(si)).find(|&k| !w.has(words[k], words::flag::FIRST_NAME));
    let mut keys = vec![w.key(surname).to_string()];
    keys.extend(from.map(|f| chunks::joined_key(w, &words[f..=si])));
    keys.extend(tail.map(|t| chunks::joined_key(w, &words[t..=si])));
    keys
}

/// An organisation's name without its legal suffix, lowercase: `veltrix` for `Veltrix
/// Corp.`; `None` when it has none or nothing would remain.
fn without_legal_suffix(w: &Words, r: &Raw) -> Option<String> {
    let words = words_of(w, r);
    let (&last, rest) = words.split_last()?;
    let legal = matches!(
        w.key(last),
        "corp" | "corporation" | "inc" | "ltd" | "llc" | "plc" | "co" | "group" | "holdings" | "ag" | "sa" | "gmbh"
    );
    (legal && !rest.is_empty()).then(|| chunks::joined_key(w, rest))
}

/// The first word of a company-like name when it is no common, place or given name and the
/// name ends in an organisation word: `qantas` for `Qantas Airways`; not `bank` for `Bank
/// of England` nor `new` for `New Century Group`.
fn distinctive_first_word(w: &Words, r: &Raw) -> Option<String> {
    use words::flag::*;
    let words = words_of(w, r);
    let (&first, &last) = (words.first()?, words.last()?);
    let common = NOT_NAME | DEMONYM | PLACE | FIRST_NAME | TITLE | HONORIFIC | KNOWN_ORG | MULTI_START;
    let plain = w.flags(first) & common == 0 && !w.is_acronym(first) && !w.is_possessive(first);
    (words.len() >= 2 && w.has(last, ORG_WORD) && plain).then(|| w.key(first).to_string())
}

/// A mention of one organisation word that names no body by itself: `Office`, `Department`.
fn is_generic_head(w: &Words, r: &Raw) -> bool {
    r.toks.len() == 1
        && !w.is_acronym(r.toks.start)
        && rules::contains(organizations::GENERIC_HEADS, w.key(r.toks.start))
}

/// Listed towns (lowercase) that some mention makes a football club: `face leaders
/// Barcelona`, `Dortmund coach Edin Terzic`.
fn club_towns(w: &Words, raws: &[Raw]) -> FastMap<String, ()> {
    let mut clubs = FastMap::default();
    for r in raws.iter().filter(|r| r.guess == Guess::Place && r.toks.len() == 1) {
        let town = r.toks.start;
        if chunks::club_cue(w, town, town) && rules::contains_line(places::CITIES, w.key(town)) {
            clubs.insert(w.key(town).to_string(), ());
        }
    }
    clubs
}

/// The words of a mention (no dots).
fn words_of(w: &Words, r: &Raw) -> Vec<usize> {
    r.toks.clone().filter(|&i| w.is_word(i)).collect()
}

fn chunks_key(w: &Words, r: &Raw) -> String {
    util::lowercase(&chunks::display_name(w.doc.slice(r.span), EntityKind::Organization))
}

/// The organisations of several words that a one-word mention may stand for: by initials
/// (`BJP`, `FDA`) or by the last word (`the Commission`, `Congress`), when only one fits.
struct ShortForms {
    /// Initials (of the name or of its last words) → the one organisation, or `None` when
    /// two share them.
    initials: FastMap<String, Option<(String, String)>>,
    /// Last word → the one organisation ending in it, or `None`.
    heads: FastMap<String, Option<(String, String)>>,
}

impl ShortForms {
    fn new(w: &Words, raws: &[Raw]) -> Self {
        let mut forms = ShortForms { initials: FastMap::default(), heads: FastMap::default() };
        let put = |map: &mut FastMap<String, Option<(String, String)>>, k: String, v: &(String, String)| {
            let slot = map.entry(k).or_insert_with(|| Some(v.clone()));
            if slot.as_ref().is_some_and(|(key, _)| *key != v.0) {
                *slot = None;
            }
        };
        for r in raws.iter().filter(|r| r.guess == Guess::Organization) {
            let words: Vec<usize> = words_of(w, r)
                .into_iter()
                .filter(|&i| !matches!(w.key(i), "of" | "the" | "and" | "for" | "on" | "&"))
                .collect();
            if words.len() < 2 {
                continue;
            }
            let name = chunks::display_name(w.doc.slice(r.span), EntityKind::Organization);
            let v = (util::lowercase(&name), name);
            let letters: Vec<char> = words.iter().filter_map(|&i| w.text(i).chars().next()).collect();
            for from in 0..letters.len() - 1 {
                let mut initials = String::new();
                letters[from..].iter().for_each(|&c| util::push_lowercase(&mut initials, c));
                put(&mut forms.initials, initials, &v);
            }
            put(&mut forms.heads, w.key(words[words.len() - 1]).to_string(), &v);
        }
        forms
    }

    /// The organisation the one-word mention `r` stands for, as (key, name).
    fn long_form(&self, w: &Words, r: &Raw) -> Option<(String, String)> {
        if r.toks.len() != 1 {
            return None;
        }
        let i = r.toks.start;
        let key = w.key(i);
        let found = if w.is_acronym(i) {
            self.initials.get(&key.replace('.', ""))
        } else if w.has(i, words::flag::ORG_WORD) {
            self.heads.get(key)
        } else {
            None
        };
        found.cloned().flatten().filter(|(long, _)| *long != key)
    }
}

/// `Long Name (ACR)`: an acronym in brackets right after an organisation's name.
fn defines_acronym(w: &Words, prev: &Raw, r: &Raw) -> bool {
    prev.guess == Guess::Organization
        && r.toks.len() == 1
        && w.is_acronym(r.toks.start)
        && r.toks.start >= 1
        && w.is(r.toks.start - 1, "(")
        && prev.toks.end + 1 == r.toks.start
}

/// Of the people with one surname, the last named fully before `pos`, else the first.
/// `full` holds each person's full-name mention starts, in order (binary search).
fn nearest_before(full: &FastMap<usize, Vec<usize>>, people: &[usize], pos: usize) -> usize {
    if let [one] = people {
        return *one;
    }
    let last_before = |e: usize| {
        let starts = full.get(&e).map_or(&[][..], Vec::as_slice);
        starts.partition_point(|&s| s < pos).checked_sub(1).map(|k| starts[k])
    };
    people.iter().copied().filter_map(|e| last_before(e).map(|s| (s, e))).max().map_or(people[0], |(_, e)| e)
}

/// What the words around a lone capitalised word make it: `in Bakhmut`, `the Kharkhiv
/// region`, `the city of Bakhmut`, `Zaporizhzhya in the southeast`, `Donetsk and Luhansk`
/// (a place beside a place), `Smith said`, `spokesman Peskov`.
fn single_by_context(w: &Words, raws: &[Raw], n: usize) -> Option<EntityKind> {
    let r = &raws[n];
    if r.guess == Guess::Person {
        return Some(EntityKind::Person);
    }
    let (first, last) = (r.toks.start, r.toks.end - 1);
    let prev = |k: usize| first.checked_sub(k).map_or("", |p| w.key(p));
    let next = |k: usize| if last + k < w.len() { w.key(last + k) } else { "" };
    if roles::before(w, &r.toks).is_some() {
        return Some(EntityKind::Person);
    }
    // "the gun safety group Everytown", "analysts at Bernstein", "Spotify chief executive",
    // "Bristol Myers shares", "Spotify, the Swedish company,"
    if is_org_noun(prev(1)) && !w.is_capitalised(first - 1) {
        return Some(EntityKind::Organization);
    }
    if prev(1) == "at" && is_title_or_plural(prev(2)) {
        return Some(EntityKind::Organization);
    }
    // "the Aslef union", "the Likud party"
    if prev(1) == "the" && !w.is_possessive(last) && is_org_noun(next(1)) && !w.is_capitalised(last + 1) {
        return Some(EntityKind::Organization);
    }
    if matches!(
        next(1),
        "shares" | "stock" | "employees" | "shareholders" | "ceo" | "chairman" | "founder" | "co-founder"
    ) || (next(1) == "chief" && next(2) == "executive")
    {
        return Some(EntityKind::Organization);
    }
    if next(1) == "," && matches!(next(2), "the" | "a" | "an") && (3..=7).any(|k| is_org_noun(next(k))) {
        return Some(EntityKind::Organization);
    }
    if chunks::company_cue(w, first, last) {
        return Some(EntityKind::Organization);
    }
    // "Mayor Rosa Quispe of Caylloma province": a place noun after the word wins over the
    // organisation a person speaks for.
    if rules::contains_line(places::PLACE_NOUNS, next(1)) && !w.is_possessive(last) && !w.is_capitalised(last + 1) {
        return Some(EntityKind::Place);
    }
    // "Analyst Jacob Berg of Sydvest said", "a spokeswoman for Velora": the body a person
    // speaks for.
    let after_person = n.checked_sub(1).is_some_and(|k| {
        let p = &raws[k];
        p.toks.end + 1 == first && p.toks.len() >= 2 && matches!(p.guess, Guess::Person | Guess::Name)
    });
    // (Only those who speak for a body: "minister for Brexit" names no organisation.)
    let mouthpiece = matches!(prev(2), "spokesman" | "spokeswoman" | "spokesperson" | "representative" | "lawyer");
    if (prev(1) == "of" && after_person) || (prev(1) == "for" && mouthpiece) {
        return Some(EntityKind::Organization);
    }
    // A town standing for its football club: "on loan from Stevenage", "beat Crawley 2-1",
    // "Woking captain Sam Trent".
    if chunks::club_cue(w, first, last) {
        return Some(EntityKind::Organization);
    }
    // "Prosecutors said", "Officials said": a plural of a title opening a sentence is no one.
    let plural_title = r.toks.len() == 1 && w.key(first).ends_with('s') && is_title_or_plural(w.key(first));
    // (Not after a preposition: "drivers waiting at Mariakani said" names no speaker.)
    let after_preposition = matches!(prev(1), "at" | "from" | "of" | "to") || chunks::is_place_preposition(prev(1));
    if !plural_title
        && !after_preposition
        && !w.is_possessive(last)
        && (is_say_verb(next(1)) || (next(1) == "," && next(2) == "who"))
    {
        return Some(EntityKind::Person);
    }
    if chunks::is_place_preposition(prev(1)) || chunks::place_by_words_before(w, first) {
        return Some(EntityKind::Place);
    }
    // "Chivay, a town in the Colca Valley", "Yanque, Peru": what the words after it say.
    if chunks::has_place_appositive(w, last) || chunks::followed_by_place(w, last) {
        return Some(EntityKind::Place);
    }
    if rules::contains_line(places::PLACE_NOUNS, next(1)) && !w.is_possessive(last) {
        return Some(EntityKind::Place);
    }
    if prev(1) == "of" && rules::contains_line(places::PLACE_NOUNS, prev(2)) {
        return Some(EntityKind::Place);
    }
    if next(1) == "in" && next(2) == "the" && is_compass(next(3)) {
        return Some(EntityKind::Place);
    }
    // A place listed beside another place: "Donetsk and Luhansk", "Kyiv, Lviv and Odesa";
    // likewise organisations: "Apple, Alphabet, Meta and Microsoft".
    let beside = |other: Option<&Raw>, g: Guess| other.is_some_and(|o| o.guess == g);
    let before_is =
        n.checked_sub(1).map(|k| &raws[k]).filter(|o| o.toks.end + 1 == first && matches!(prev(1), "and" | "or" | ","));
    let after_is = raws.get(n + 1).filter(|o| last + 2 == o.toks.start && matches!(next(1), "and" | "or" | ","));
    if beside(before_is, Guess::Place) || beside(after_is, Guess::Place) {
        return Some(EntityKind::Place);
    }
    if beside(before_is, Guess::Organization) || beside(after_is, Guess::Organization) {
        return Some(EntityKind::Organization);
    }
    None
}

/// The raw mentions listed right beside mention `n`, joined to it by `and`, `or` or a comma.
fn listed_beside(w: &Words, raws: &[Raw], n: usize) -> Vec<usize> {
    let (first, last) = (raws[n].toks.start, raws[n].toks.end - 1);
    let joins = |i: usize| matches!(w.key(i), "and" | "or" | ",");
    let mut out = Vec::new();
    if n > 0 && raws[n - 1].toks.end + 1 == first && joins(first - 1) {
        out.push(n - 1);
    }
    if n + 1 < raws.len() && last + 2 == raws[n + 1].toks.start && joins(last + 1) {
        out.push(n + 1);
    }
    out
}

fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
            | "centre"
            | "center"
    )
}

/// Every mention of a list of entities, sorted by position, for lookups by position.
///
/// ```
/// use article_card::extract::entities::{find, MentionIndex};
/// let doc = article_card::input::read("Jens Stoltenberg spoke. Later, Mr. Stoltenberg left.", Default::default());
/// let entities = find(&doc);
/// let index = MentionIndex::new(&entities);
/// let (e, span) = index.at(35).unwrap(); // inside the second "Stoltenberg"
/// assert_eq!(entities[e].name, "Jens Stoltenberg");
/// assert_eq!(&doc.text[span.start..span.end], "Stoltenberg");
/// ```
#[derive(Clone, Debug, Default)]
pub struct MentionIndex {
    /// (mention, entity index), sorted by mention start.
    items: Vec<(Span, usize)>,
}

impl MentionIndex {
    pub fn new(entities: &[Entity]) -> Self {
        let mut items: Vec<(Span, usize)> =
            entities.iter().enumerate().flat_map(|(e, ent)| ent.mentions.iter().map(move |&m| (m, e))).collect();
        crate::util::sort(&mut items);
        MentionIndex { items }
    }

    /// The mention that covers byte `pos` (or starts there): entity index and span.
    pub fn at(&self, pos: usize) -> Option<(usize, Span)> {
        let i = self.items.partition_point(|(m, _)| m.start <= pos);
        let &(m, e) = self.items.get(i.checked_sub(1)?)?;
        (m.start <= pos && pos < m.end.max(m.start + 1)).then_some((e, m))
    }

    /// The last mention ending at or before `pos` whose entity passes `keep` (for example
    /// "is a person"), scanning back at most `max_back` mentions.
    pub fn last_before(&self, pos: usize, max_back: usize, keep: impl Fn(usize) -> bool) -> Option<(usize, Span)> {
        let i = self.items.partition_point(|(m, _)| m.start < pos);
        self.items[..i].iter().rev().take(max_back).find(|(m, e)| m.end <= pos && keep(*e)).map(|&(m, e)| (e, m))
    }

    /// The mentions starting inside `span`, in order: (span, entity index).
    pub fn within(&self, span: Span) -> &[(Span, usize)] {
        let a = self.items.partition_point(|(m, _)| m.start < span.start);
        let b = self.items.partition_point(|(m, _)| m.start < span.end).max(a);
        &self.items[a..b]
    }
}

/// The state an AP abbreviation names when the mention is one, after a town and a comma
/// and with its period: `Calif.` in `Fresno, Calif.` is California.
fn ap_state(w: &Words, r: &Raw) -> Option<&'static str> {
    let text = &w.doc.text;
    let word = w.doc.slice(r.span);
    let (word, period) = match word.strip_suffix('.') {
        Some(word) => (word, true),
        None => (word, text[r.span.end..].starts_with('.')),
    };
    let after_town = text[..r.span.start].ends_with(", ") && period;
    (r.toks.len() == 1 && after_town).then(|| rules::lookup(places::AP_STATES, word)).flatten()
}

#[cfg(test)]
mod tests;
