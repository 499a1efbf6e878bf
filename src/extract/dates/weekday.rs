//! Named days: `Monday`, `on Friday`, `last Friday`, `next Tuesday`, `this coming Monday`,
//! `Monday's meeting` (the possessive stays out of the span). Plural days (`on Mondays`)
//! are sets, matched in [`super::sets`].

use super::toks::Toks;
use super::{Cand, Dir, Val};
use crate::rules::months::NOT_HOLIDAY_BEFORE;

pub(crate) fn find(t: &Toks, out: &mut Vec<Cand>) {
    for i in t.anchors() {
        if !t.cap(i) {
            continue;
        }
        let Some(weekday) = t.weekday(i) else { continue };
        // the day in a name: "the Good Friday Agreement"
        if i > 0 && t.cap(i - 1) && t.is_in(i + 1, NOT_HOLIDAY_BEFORE) {
            continue;
        }
        let end = t.core(i).1;
        let (dir, start) = match i.checked_sub(1).map(|p| t.l(p)) {
            Some("last") => (Dir::Last, i - 1),
            Some("past") if i >= 2 && t.is(i - 2, "this") => (Dir::Last, i - 1),
            Some("next") => (Dir::Next, i - 1),
            Some("coming") if i >= 2 && t.is(i - 2, "this") => (Dir::Next, i - 2),
            Some("this") => (Dir::This, i - 1),
            _ => (Dir::Auto, i),
        };
        let start = if dir == Dir::Last && t.is(start, "past") { start - 1 } else { start };
        out.push(Cand::date(t.start(start), end, Val::Weekday { weekday, dir }));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, pairs};

    #[test]
    fn named_days() {
        // 2023-02-15 is a Wednesday
        let a = "2023-02-15";
        assert_eq!(pairs(&found("He spoke on Monday.", a)), [("Monday", "2023-02-13")]);
        assert_eq!(pairs(&found("They will meet on Friday.", a)), [("Friday", "2023-02-17")]);
        assert_eq!(pairs(&found("It rained last Friday.", a)), [("last Friday", "2023-02-10")]);
        assert_eq!(pairs(&found("It opens this coming Monday.", a)), [("this coming Monday", "2023-02-20")]);
        assert_eq!(pairs(&found("Monday's talks failed.", a)), [("Monday", "2023-02-13")]);
    }
}
