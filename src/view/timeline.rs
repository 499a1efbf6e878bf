//! The timeline panel: a drawn time axis (SVG) with a mark per date and the publication
//! date as a tick, above the dates in order, grouped by resolved value, each with its
//! wording and sentence. Relative wording ("tomorrow") says how it was resolved.

use super::format::When;
use super::tabs::{Panel, Tab};
use super::{action, el, empty, Element, Node, ViewOptions};
use crate::calendar::Date;
use crate::card::Card;
use crate::util::FastMap;

/// Dates that resolve to the same value, and where that value sits.
struct Group<'a> {
    value: &'a str,
    when: Option<When>,
    /// Indexes into `card.dates`, in article order.
    dates: Vec<usize>,
}

/// The groups: calendar values in time order, then the rest (durations, sets, `PAST_REF`...).
fn groups(card: &Card) -> Vec<Group<'_>> {
    let mut out: Vec<Group> = Vec::new();
    let mut by_value: FastMap<&str, usize> = FastMap::default(); // linear for 100,000 dates too
    for (i, d) in card.dates.iter().enumerate() {
        match by_value.get(d.value.as_str()) {
            Some(&g) => out[g].dates.push(i),
            None => {
                by_value.insert(&d.value, out.len());
                out.push(Group { value: &d.value, when: When::parse(&d.value), dates: vec![i] });
            }
        }
    }
    // Calendar groups by axis day (a longer stretch before a day on a tie), the rest after;
    // ties in article order. Packed: class 1 bit, day + 2^22 in 24 bits, day-ness 1 bit.
    let key = |g: &Group| match g.when.and_then(When::axis_day) {
        Some(day) => {
            (((day + (1 << 22)).clamp(0, (1 << 24) - 1) as u64) << 1) | g.when.is_some_and(When::is_day) as u64
        }
        None => 1 << 25,
    };
    let order = super::order_by(out.len(), |i| key(&out[i]));
    let mut slots: Vec<Option<Group>> = out.into_iter().map(Some).collect();
    let out: Vec<Group> = order.into_iter().filter_map(|i| slots[i].take()).collect();
    out
}

/// Percent of the axis width for a day, keeping marks off the edges: `4.00%` to `96.00%`.
/// Integer arithmetic (hundredths of a percent) keeps float formatting out of the wasm.
fn x(day: i64, min: i64, max: i64) -> String {
    let span = (max - min).max(1); // at most 3.7 million days: no overflow below
    let hundredths = 400 + 9200 * (day - min).clamp(0, span) / span;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// The time axis: `None` when no date sits on the calendar.
fn axis(groups: &[Group], published: Option<Date>, o: &ViewOptions) -> Option<Vec<Node>> {
    let days: Vec<(usize, i64)> =
        groups.iter().enumerate().filter_map(|(i, g)| Some((i, g.when?.axis_day()?))).collect();
    if days.is_empty() {
        return None;
    }
    let pub_day = published.map(Date::to_days);
    let all = || days.iter().map(|d| d.1).chain(pub_day);
    let (mut min, mut max) = (all().min()?, all().max()?);
    if max - min < 6 {
        // A few days apart (or one day): widen to a week so marks do not pile up.
        let pad = (6 - (max - min)) / 2;
        (min, max) = (min - pad, max + (6 - (max - min) - pad));
    }
    let mut svg = el("svg")
        .part("ac-axis")
        .attr("role", "img")
        .attr("aria-label", o.label("axis"))
        .attr("width", "100%")
        .attr("height", "40")
        .child(el("line").class("ac-axis-line").attr("x1", "1%").attr("x2", "99%").attr("y1", "20").attr("y2", "20"));
    if let (Some(p), Some(d)) = (pub_day, published) {
        let px = x(p, min, max);
        svg = svg.child(
            el("line")
                .class("ac-axis-pub")
                .attr("x1", px.clone())
                .attr("x2", px)
                .attr("y1", "6")
                .attr("y2", "34")
                .child(el("title").text(format!("{}: {}", o.label("published"), o.date(d)))),
        );
    }
    for (gi, day) in &days {
        let g = &groups[*gi];
        let when = g.when?;
        let first = g.dates[0];
        svg = svg.child(
            el("g")
                .class(if when.is_day() { "ac-mark" } else { "ac-mark ac-mark-span" })
                .attr(action::ATTR, action::DATE)
                .attr(action::ARG, first.to_string())
                .attr("data-group", gi.to_string())
                .child(
                    el("circle")
                        .attr("cx", x(*day, min, max))
                        .attr("cy", "20")
                        .attr("r", if when.is_day() { "6" } else { "5" }),
                )
                .child(el("title").text(o.when(when))),
        );
    }
    let ends = el("div")
        .class("ac-axis-ends")
        .attr("aria-hidden", "true")
        .child(el("span").text(o.date(Date::from_days(min)?)))
        .child(el("span").text(o.date(Date::from_days(max)?)));
    Some(vec![svg.into(), ends.into()])
}

/// True when the wording names no number ("tomorrow", "on Monday", "last week"): the
/// reader is told how it was resolved.
fn is_relative(text: &str) -> bool {
    !text.bytes().any(|b| b.is_ascii_digit())
}

/// The timeline panel.
pub fn panel(card: &Card, o: &ViewOptions) -> Panel {
    let published = card.meta.published.as_deref().and_then(Date::parse_ymd);
    let mut body: Vec<Node> = Vec::new();
    if card.dates.is_empty() {
        body.push(empty(o.label("noDates")).into());
        return Panel { tab: Tab::Timeline, count: 0, body };
    }
    let groups = groups(card);
    if let Some(nodes) = axis(&groups, published, o) {
        body.extend(nodes);
    }
    let mut list = el("ol").part("ac-timeline").attr("aria-label", o.label("timeline"));
    let pub_value = published.map(|d| d.to_string());
    let mut pub_shown = false;
    let pub_group = |d: Date| {
        el("li").class("ac-group ac-published").child(
            el("p")
                .class("ac-when")
                .child(el("time").attr("datetime", d.to_string()).text(o.date(d)))
                .text(" ")
                .child(el("span").class("ac-badge ac-badge-pub").text(o.label("published"))),
        )
    };
    let mut others_started = false;
    for (gi, g) in groups.iter().enumerate() {
        // The publication date goes before the first group after it, when none resolves to it.
        if let (Some(p), false) = (published, pub_shown) {
            let later = g.when.and_then(When::axis_day).map_or(true, |day| day > p.to_days());
            if later && pub_value.as_deref() != Some(g.value) {
                list = list.child(pub_group(p));
                pub_shown = true;
            }
        }
        let is_pub = pub_value.as_deref() == Some(g.value);
        pub_shown |= is_pub;
        let heading = match g.when {
            Some(w) => el("time").attr("datetime", g.value).text(o.when(w)),
            None => {
                if others_started {
                    el("span")
                } else {
                    others_started = true;
                    el("span").text(o.label("otherTimes"))
                }
            }
        };
        let mut when = el("p").class("ac-when").child(heading);
        if is_pub {
            when = when.text(" ").child(el("span").class("ac-badge ac-badge-pub").text(o.label("published")));
        }
        let mut rows = el("ul").class("ac-rows");
        for &i in &g.dates {
            rows = rows.child(el("li").child(row(card, i, g.when, published, o)));
        }
        list = list.child(
            el("li")
                .class(if is_pub { "ac-group ac-published" } else { "ac-group" })
                .attr("data-group", gi.to_string())
                .child(when)
                .child(rows),
        );
    }
    if let (Some(p), false) = (published, pub_shown) {
        list = list.child(pub_group(p));
    }
    body.push(list.into());
    Panel { tab: Tab::Timeline, count: card.dates.len(), body }
}

/// One date as written, how it was resolved when the wording is relative, and its sentence.
fn row(card: &Card, i: usize, when: Option<When>, published: Option<Date>, o: &ViewOptions) -> Element {
    let d = &card.dates[i];
    let mut said = el("span").class("ac-said").text(format!("\u{201c}{}\u{201d}", d.text));
    if let (Some(When::Day(day) | When::DayTime(day, ..)), Some(p), true) = (when, published, is_relative(&d.text)) {
        said = said.text(" \u{2192} ").child(el("span").class("ac-rel").text(o.relative(day, p)));
    }
    let sentence = card.sentences.get(d.sentence).map(|s| card.slice(s.start, s.end)).unwrap_or("");
    let content = [said, el("span").class("ac-context").text(sentence)];
    if o.interactive {
        el("button")
            .class("ac-row")
            .attr("type", "button")
            .attr(action::ATTR, action::DATE)
            .attr(action::ARG, i.to_string())
            .children(content.map(Node::from))
    } else {
        el("div").class("ac-row").children(content.map(Node::from))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    #[test]
    fn groups_in_time_order_with_the_publication_marked() {
        let card = fixture::card();
        let o = ViewOptions { interactive: true, ..Default::default() };
        let p = panel(&card, &o);
        assert_eq!(p.count, 3);
        let body = Node::from(el("div").children(p.body));
        let list = body.elements().into_iter().find(|e| e.get("class") == Some("ac-timeline")).unwrap().clone();
        let text = Node::from(list).text_content();
        let (a, b, c) =
            (text.find("13 Feb 2023").unwrap(), text.find("14 Feb 2023").unwrap(), text.find("Other time").unwrap());
        assert!(a < b && b < c, "{text}");
        assert!(text.contains("\u{201c}tomorrow\u{201d} \u{2192} the day after publication"), "{text}");
        assert!(!text.contains("February 13\u{201d} \u{2192}"), "absolute wording needs no explanation: {text}");
        let els = body.elements();
        assert_eq!(els.iter().filter(|e| e.tag == "circle").count(), 2, "one mark per calendar date");
        assert_eq!(els.iter().filter(|e| e.get("class") == Some("ac-axis-pub")).count(), 1);
        assert_eq!(els.iter().filter(|e| e.get("class") == Some("ac-group ac-published")).count(), 1);
    }

    #[test]
    fn axis_positions() {
        assert_eq!(x(0, 0, 10), "4.00%");
        assert_eq!(x(10, 0, 10), "96.00%");
        assert_eq!(x(5, 0, 10), "50.00%");
        assert_eq!(x(1, 0, 3), "34.66%");
    }

    #[test]
    fn publication_date_is_listed_even_without_a_mention() {
        let mut card = fixture::card();
        card.dates.remove(0);
        let body = Node::from(el("div").children(panel(&card, &ViewOptions::default()).body));
        let list = body.elements().into_iter().find(|e| e.get("class") == Some("ac-timeline")).unwrap().clone();
        let text = Node::from(list).text_content();
        let (a, b) = (text.find("13 Feb 2023 Published").unwrap_or(usize::MAX), text.find("14 Feb 2023").unwrap());
        assert!(a < b, "{text}");
    }
}
