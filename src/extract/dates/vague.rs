//! Vague references (TIMEX3 `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`): `now`, `currently`,
//! `recently`, `recent`, `the past` (of `in the past`), `soon`, `the future`, `the near
//! term`, `for the time being`, `earlier` and `later` alone. The phrases are a table of
//! [`crate::rules::date_words::VAGUE_REFS`]; the longest that fits wins.

use super::toks::{Set, Toks};
use super::{Cand, Val};
use crate::rules::date_words::VAGUE_REFS;

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        // a phrase of several words needs its second word next
        if !t.in_set(i, Set::VagueStart) || !t.in_set(i, Set::VagueWhole) && !t.in_set(i + 1, Set::VagueSecond) {
            continue;
        }
        let first = t.l(i);
        // the phrases starting with this word sit together in the sorted table
        let from = VAGUE_REFS.partition_point(|(p, _)| *p < first);
        let mut best: Option<(usize, &str)> = None;
        for (phrase, value) in VAGUE_REFS[from..].iter().take_while(|(p, _)| p.starts_with(first)) {
            let mut k = i;
            let fits = phrase.as_bytes().split(|&b| b == b' ').all(|w| {
                let ok = t.l(k).as_bytes() == w;
                k += 1;
                ok
            });
            if fits && best.map_or(true, |(e, _)| k > e) {
                best = Some((k, value));
            }
        }
        let Some((after, value)) = best else { continue };
        let last = after - 1;
        // "earlier than", "later than": comparisons; "than earlier airliners", "the later
        // models": adjectives
        let adjective = i > 0 && t.is_in(i - 1, &["a", "an", "its", "than", "the", "their"]);
        if t.is_in(last, &["earlier", "later"]) && (t.is(after, "than") || adjective) {
            continue;
        }
        // "as soon as": a conjunction
        if t.is(last, "soon") && i > 0 && t.is(i - 1, "as") && t.is(after, "as") {
            continue;
        }
        out.push(Cand::date(t.start(i), t.end(last), Val::Lit(value.to_string())));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn vague_references() {
        let a = "2023-02-13";
        assert_eq!(pairs(&found("It is now clear.", a)), [("now", "PRESENT_REF")]);
        assert_eq!(pairs(&found("It happened in the past.", a)), [("the past", "PAST_REF")]);
        assert_eq!(pairs(&found("It will end soon.", a)), [("soon", "FUTURE_REF")]);
        assert_eq!(pairs(&found("It may come in the near future.", a)), [("the near future", "FUTURE_REF")]);
        assert!(found("It came later than planned.", a).is_empty());
    }
}
