//! The article itself, collapsible (`<details>`), where "show in article" highlights the
//! picked item's spans with `<mark>`: the card's own copy of the text, never the host's.

use super::{el, Element, Node, ViewOptions};
use crate::card::Card;
use crate::doc::Span;

/// The collapsible article view; `open` when something is highlighted in it.
pub fn article(card: &Card, o: &ViewOptions, marks: &[Span]) -> Element {
    el("details")
        .part("ac-article")
        .flag("open", !marks.is_empty())
        .child(el("summary").class("ac-article-toggle").text(o.label("article")))
        .child(body(card, marks))
}

/// The paragraphs of the text with `marks` (UTF-16 spans, any order, may overlap) wrapped
/// in `<mark>`.
pub fn body(card: &Card, marks: &[Span]) -> Element {
    // Scrollable, so focusable: keyboard readers can scroll it too.
    let out = el("div").class("ac-article-body").attr("id", "ac-article-body").attr("tabindex", "0");
    out.children(walk(card, marks, |_, _| true).into_iter().map(|(_, p)| Node::from(p)))
}

/// The indexes of the paragraphs `marks` touch, in order.
pub fn touched(card: &Card, marks: &[Span]) -> Vec<usize> {
    let mut out = Vec::new();
    walk(card, marks, |k, marked| {
        if marked {
            out.push(k);
        }
        false
    });
    out
}

/// Only the paragraphs `wanted` (indexes, ascending), with `marks`: "show in article" on a
/// long article redraws the paragraphs that gain or lose a mark, not the whole text.
pub fn paragraphs_at(card: &Card, marks: &[Span], wanted: &[usize]) -> Vec<(usize, Element)> {
    walk(card, marks, |k, _| wanted.binary_search(&k).is_ok())
}

/// Walks paragraphs and merged marks once, side by side (linear), building the paragraphs
/// for which `keep(index, has_mark)` says so.
fn walk(card: &Card, marks: &[Span], mut keep: impl FnMut(usize, bool) -> bool) -> Vec<(usize, Element)> {
    let marks: Vec<Span> = super::order_by(marks.len(), |i| marks[i].start as u64)
        .into_iter()
        .map(|i| marks[i])
        .filter(|s| s.end > s.start)
        .collect();
    let mut merged: Vec<Span> = Vec::with_capacity(marks.len());
    for s in marks {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    let mut out = Vec::new();
    let mut next = 0; // first merged mark that may still touch a paragraph
    for (k, (start, end)) in paragraphs(card).into_iter().enumerate() {
        // The marks inside this paragraph: merged[first..next], and merged[next] too when it
        // goes on into the next paragraph.
        let first = next;
        while next < merged.len() && merged[next].start < end && merged[next].end <= end {
            next += 1;
        }
        let last = if next < merged.len() && merged[next].start < end { next + 1 } else { next };
        let inside: Vec<Span> = merged[first..last].iter().copied().filter(|m| m.end > start).collect();
        if !keep(k, !inside.is_empty()) {
            continue;
        }
        let mut p = el("p");
        let mut at = start;
        for m in inside {
            let (a, b) = (m.start.max(at), m.end.min(end));
            if a > at {
                p = p.text(card.slice(at, a));
            }
            if b > a {
                p = p.child(el("mark").class("ac-hit").text(card.slice(a, b)));
                at = b;
            }
        }
        if end > at {
            p = p.text(card.slice(at, end));
        }
        out.push((k, p));
    }
    out
}

/// Paragraph extents (UTF-16) from the sentences' paragraph numbers.
fn paragraphs(card: &Card) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for s in &card.sentences {
        match out.last_mut() {
            Some((para, _, end)) if *para == s.paragraph => *end = s.end.max(*end),
            _ => out.push((s.paragraph, s.start, s.end)),
        }
    }
    out.into_iter().map(|(_, a, b)| (a, b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    #[test]
    fn marks_spans_across_and_within_paragraphs() {
        let card = fixture::card();
        let a = fixture::find(&card.text, "Brussels");
        let b = fixture::find(&card.text, "forces saw");
        let across =
            Span { start: fixture::find(&card.text, "had begun").start, end: fixture::find(&card.text, "\"What").end };
        let body = Node::from(body(&card, &[b, a, across, b]));
        let marks: Vec<String> = body
            .elements()
            .into_iter()
            .filter(|e| e.tag == "mark")
            .map(|e| Node::from(e.clone()).text_content())
            .collect();
        assert_eq!(marks, ["had begun.", "\"What", "forces saw", "Brussels"]);
        assert_eq!(body.elements().iter().filter(|e| e.tag == "p").count(), 3);
        // Text survives whole (the `’` is two bytes in UTF-8, one unit in UTF-16).
        let plain = Node::from(super::body(&card, &[])).text_content();
        assert!(plain.contains("Russia’s forces"));
        assert_eq!(body.text_content(), plain);
        assert_eq!(touched(&card, &[b, a, across, b]), [0, 1, 2]);
        assert_eq!(touched(&card, &[a]), [2]);
        let only = paragraphs_at(&card, &[a], &[0, 2]);
        assert_eq!(only.iter().map(|(k, _)| *k).collect::<Vec<_>>(), [0, 2]);
        assert_eq!(Node::from(only[1].1.clone()).elements().iter().filter(|e| e.tag == "mark").count(), 1);
    }
}
