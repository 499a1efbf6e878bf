//! Shows that the quote extractor is linear: times `extract::quotes::find` on news text of
//! 1 KB to 10 MB (the seed article and the quote fixtures, repeated), and on 100,000
//! quotation marks in one paragraph. The 1 MB run should take about 1000 times the 1 KB one
//! (the ratio is printed). `cargo run --release --example bench_quotes`

#[path = "common/mod.rs"]
mod common;

use std::time::Instant;

use article_card::extract::{entities, quotes};
use article_card::input::text;

fn time(body: &str) -> (f64, usize) {
    let doc = text::read(body);
    let ents = entities::find(&doc);
    let runs = (200_000 / body.len().max(1)).clamp(1, 200);
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..runs {
        n = quotes::find(&doc, &ents, &[]).len();
    }
    (t.elapsed().as_secs_f64() * 1000.0 / runs as f64, n)
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut corpus = std::fs::read_to_string(format!("{root}/tests/fixtures/seed-article.txt")).expect("seed");
    for f in std::fs::read_dir(format!("{root}/tests/fixtures/quotes/articles")).expect("articles").flatten() {
        let s = std::fs::read_to_string(f.path()).expect("article");
        let body = s.split("\n---\n").next().unwrap_or("");
        corpus.push_str("\n\n");
        corpus.push_str(body.lines().skip(1).collect::<Vec<_>>().join("\n").as_str());
    }
    let sized = |n: usize| {
        let mut s = common::repeat_to(&corpus, n);
        let mut cut = n;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s
    };
    let mut base = 0.0;
    for kb in [1usize, 10, 100, 1000, 10_000] {
        let (ms, n) = time(&sized(kb * 1024));
        if kb == 1 {
            base = ms;
        }
        println!("{kb:>5} KB  {ms:>10.3} ms  {n:>6} quotes  x{:.0} the 1 KB time", ms / base);
    }
    let marks = "Hill said “we go” and ‘they’ stay, \"so\" « oui » ” then “ ” ".repeat(9_100);
    let (ms, n) = time(&marks);
    println!("100,100 quotation marks in one paragraph ({} KB): {ms:.1} ms, {n} quotes", marks.len() / 1024);
}
