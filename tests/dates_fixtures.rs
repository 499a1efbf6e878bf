//! Scores the date extractor on the hand-written fixtures of `tests/fixtures/dates/` and
//! fails below the floors; also checks that it stays linear on a large input.
//!
//! Each fixture starts with `date YYYY-MM-DD` (or `date none`); expected expressions are
//! marked `[[words|TYPE|VALUE]]` and everything unmarked must yield nothing.

#[path = "../examples/common/mod.rs"]
mod common;

use article_card::calendar::Date;
use article_card::extract::dates;
use common::document;

struct Gold {
    start: usize,
    end: usize,
    kind: String,
    value: String,
}

/// The article without its marks, the anchor, and the marked expressions (byte offsets).
fn parse(source: &str) -> (String, Option<Date>, Vec<Gold>) {
    let (head, body) = source.split_once('\n').expect("a `date` line, then the article");
    let anchor = Date::parse_ymd(head.trim_start_matches("date ").trim());
    let (mut text, mut gold, mut rest) = (String::new(), Vec::new(), body);
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let close = rest[open..].find("]]").expect("closed mark") + open;
        let mut parts = rest[open + 2..close].split('|');
        let (words, kind, value) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
        gold.push(Gold { start: text.len(), end: text.len() + words.len(), kind: kind.into(), value: value.into() });
        text.push_str(words);
        rest = &rest[close + 2..];
    }
    text.push_str(rest.trim_end());
    (text, anchor, gold)
}

#[test]
fn fixtures_hold_their_floor() {
    let files = common::files(&common::fixtures().join("dates"), "txt").unwrap();
    let (mut n_gold, mut n_found, mut strict, mut relaxed, mut typed, mut valued) = (0, 0, 0, 0, 0, 0);
    let mut report = String::new();
    for path in &files {
        let (text, anchor, gold) = parse(&common::read(path));
        let doc = document(&text);
        let found = dates::find(&doc, anchor);
        n_gold += gold.len();
        n_found += found.len();
        let mut used = vec![false; found.len()];
        for g in &gold {
            let hit = found.iter().enumerate().find(|(k, m)| !used[*k] && m.start < g.end && g.start < m.end);
            let Some((k, m)) = hit else {
                report += &format!("{}: missed {:?}\n", path.display(), &text[g.start..g.end]);
                continue;
            };
            used[k] = true;
            relaxed += 1;
            strict += (m.start == g.start && m.end == g.end) as usize;
            let kind = format!("{:?}", m.kind).to_uppercase();
            typed += (kind == g.kind) as usize;
            valued += (m.value == g.value) as usize;
            if m.value != g.value || m.start != g.start || m.end != g.end || kind != g.kind {
                report += &format!(
                    "{}: {:?} {} {} <- got {:?} {kind} {}\n",
                    path.display(),
                    &text[g.start..g.end],
                    g.kind,
                    g.value,
                    m.text,
                    m.value
                );
            }
        }
        for (m, _) in found.iter().zip(&used).filter(|(_, u)| !**u) {
            report += &format!("{}: extra {:?} {}\n", path.display(), m.text, m.value);
        }
    }
    let f1 = |a: usize| common::f1_of_counts(a, n_found, n_gold);
    let (strict_f1, relaxed_f1, value_f1) = (f1(strict), f1(relaxed), f1(valued));
    let type_accuracy = typed as f64 / relaxed.max(1) as f64;
    println!(
        "fixtures: {n_gold} gold, {n_found} found; strict F1 {strict_f1:.3}, relaxed F1 {relaxed_f1:.3}, \
         type accuracy {type_accuracy:.3}, value F1 {value_f1:.3}\n{report}"
    );
    assert!(relaxed_f1 >= 0.97, "relaxed span F1 {relaxed_f1:.3} below 0.97\n{report}");
    assert!(strict_f1 >= 0.95, "strict span F1 {strict_f1:.3} below 0.95\n{report}");
    assert!(value_f1 >= 0.95, "value F1 {value_f1:.3} below 0.95\n{report}");
    assert!(type_accuracy >= 0.97, "type accuracy {type_accuracy:.3} below 0.97\n{report}");
}

/// Ten times the text, with dates, numbers, quotation marks and no sentence end, must take
/// about ten times as long: no pattern may look back or ahead without bound. (Sizes are
/// small enough for a debug build; `eval_dates --bench` times 10 MB in release.)
#[test]
fn linear_in_the_length_of_the_text() {
    let unit = "On February 13, 2023, \"he said tomorrow\" the 2,000 troops spent 3 years and 4 days \
                in 1999 at 10:30 a.m. every Monday \"\"\" since May the 13th of ";
    let time = |kb: usize| {
        let text = unit.repeat(kb * 1_000 / unit.len());
        let doc = document(&text);
        let started = std::time::Instant::now();
        let n = dates::find(&doc, Date::parse_ymd("2023-02-13")).len();
        assert!(n > 0);
        started.elapsed().as_secs_f64()
    };
    let (one, ten) = (time(100), time(1000));
    println!("dates::find: 100 kB in {:.0} ms, 1 MB in {:.0} ms", one * 1e3, ten * 1e3);
    assert!(ten < one * 25.0 + 0.05, "1 MB took {ten:.2}s against {one:.2}s for 100 kB");
}
