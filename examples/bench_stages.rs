//! Where the time goes: each stage of the pipeline (reading, language, entities, dates,
//! quotes, summary, card) timed separately on input shapes of growing size, so that a
//! superlinear stage shows as a growing "ms per MB".
//!
//!   cargo run --release --example bench_stages [-- SHAPE...]
//! Shapes: articles, one-paragraph, no-punctuation, marks, openers, quotes-cues, html,
//! html-nesting (all by default).

use std::time::Instant;

use article_card::calendar::Date;
use article_card::{card, extract, input, InputKind};

const SEED: &str = include_str!("../tests/golden/seed.txt");

fn main() {
    let body = SEED.trim_start().trim_start_matches("date 2023-02-13").trim_start();
    let para = body.replace("\n\n", " ");
    let html = format!("<p>{}</p>", body.replace("\n\n", "</p>\n<p>"));
    let all: Vec<(&str, String, InputKind)> = vec![
        ("articles", format!("{body}\n\n"), InputKind::Text),
        ("one-paragraph", para, InputKind::Text),
        ("no-punctuation", "the Alliance said Putin would Brussels NATO Monday ".into(), InputKind::Text),
        ("marks", "\"".into(), InputKind::Text),
        ("capitals", "Aa Bb Cc ".into(), InputKind::Text),
        ("openers", "\u{201c}It will, ".into(), InputKind::Text),
        ("quotes-cues", "\"Yes,\" he said. ".into(), InputKind::Text),
        ("html", html, InputKind::Html),
        ("html-nesting", "<div><span>".into(), InputKind::Html),
    ];
    let pick: Vec<String> = std::env::args().skip(1).collect();
    println!(
        "{:<16} {:>7} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9}",
        "shape", "KB", "read", "lang", "entities", "dates", "quotes", "summary", "card", "ms/MB"
    );
    for (name, unit, kind) in &all {
        if !pick.is_empty() && !pick.iter().any(|p| p == name) {
            continue;
        }
        for kb in [16usize, 64, 256, 1024] {
            let text = unit.repeat((kb << 10) / unit.len() + 1);
            let mut t = [0f64; 7];
            let mut lap = |i: usize, start: Instant| t[i] += start.elapsed().as_secs_f64() * 1000.0;
            let s = Instant::now();
            let mut doc = input::read(&text, *kind);
            lap(0, s);
            let s = Instant::now();
            doc.meta.lang = input::lang::detect(&doc).map(str::to_string);
            lap(1, s);
            let s = Instant::now();
            let entities = extract::entities::find(&doc);
            lap(2, s);
            let s = Instant::now();
            let dates = extract::dates::find(&doc, Date::parse_ymd("2023-02-13"));
            lap(3, s);
            let s = Instant::now();
            let quotes = extract::quotes::find(&doc, &entities, &dates);
            lap(4, s);
            let s = Instant::now();
            let summary = extract::summary::pick(&doc, 3);
            lap(5, s);
            let s = Instant::now();
            let c = card::Card::build(doc, None, card::Extracted { summary, quotes, dates, entities });
            lap(6, s);
            std::hint::black_box(c);
            let total: f64 = t.iter().sum();
            print!("{name:<16} {:>7}", text.len() >> 10);
            for x in t {
                print!(" {x:>8.1}");
            }
            println!(" {:>9.0}", total / (text.len() as f64 / (1 << 20) as f64));
            if total > 20_000.0 {
                println!("{name:<16} (stopped: over 20 s)");
                break;
            }
        }
    }
}
