//! Evaluates the HTML reader on the pages of `tests/fixtures/html/`: title exact, date
//! exact (over pages that state one), byline exact, and body text token F1 against the
//! expected text. Run with `cargo run --release --example eval_html`; `-v` prints the
//! misses. `tests/html.rs` runs the same evaluation and fails below its floors.
//!
//! Each page `NAME.html` has `NAME.expected.txt` beside it, in the plain-text input format:
//! `title`, `byline` and `date` header lines, a blank line, then the body's paragraphs.

#[path = "common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::path::Path;

use article_card::doc::TokenKind;
use article_card::input::{html, text};

/// Scores over all pages.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    pub titles_right: usize,
    pub dated_pages: usize,
    pub dates_right: usize,
    pub bylines_right: usize,
    /// Body token F1, micro-averaged (token counts summed over pages).
    pub body_f1: f64,
    pub body_precision: f64,
    pub body_recall: f64,
    /// The lowest F1 of one page, and which.
    pub worst: (f64, String),
    pub misses: Vec<String>,
}

impl Report {
    pub fn title(&self) -> f64 {
        self.titles_right as f64 / self.pages.max(1) as f64
    }
    pub fn date(&self) -> f64 {
        self.dates_right as f64 / self.dated_pages.max(1) as f64
    }
}

/// Lowercase word and number tokens, counted.
fn bag(doc: &article_card::doc::Document) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for t in doc.tokens.iter().filter(|t| t.kind != TokenKind::Punct) {
        *bag.entry(doc.slice(t.span).to_lowercase()).or_insert(0) += 1;
    }
    bag
}

pub fn evaluate(dir: &Path) -> Report {
    let mut r = Report { worst: (1.0, String::new()), ..Report::default() };
    let (mut shared, mut got_total, mut want_total) = (0usize, 0usize, 0usize);
    for path in common::files(dir, "html").expect("fixture directory") {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let want = text::read(&common::read(&path.with_extension("expected.txt")));
        let got = html::read(&common::read(&path));
        r.pages += 1;
        if got.meta.title == want.meta.title {
            r.titles_right += 1;
        } else {
            r.misses.push(format!("{name}: title {:?}, expected {:?}", got.meta.title, want.meta.title));
        }
        if want.meta.published.is_some() {
            r.dated_pages += 1;
            if got.meta.published == want.meta.published {
                r.dates_right += 1;
            } else {
                r.misses.push(format!("{name}: date {:?}, expected {:?}", got.meta.published, want.meta.published));
            }
        }
        if got.meta.byline == want.meta.byline {
            r.bylines_right += 1;
        } else {
            r.misses.push(format!("{name}: byline {:?}, expected {:?}", got.meta.byline, want.meta.byline));
        }
        let (g, w) = (bag(&got), bag(&want));
        let both: usize = g.iter().map(|(k, n)| (*n).min(w.get(k).copied().unwrap_or(0))).sum();
        let (gt, wt): (usize, usize) = (g.values().sum(), w.values().sum());
        let f1 = common::f1_of_counts(both, gt, wt);
        if f1 < r.worst.0 {
            r.worst = (f1, name.clone());
        }
        if f1 < 1.0 {
            let extra: Vec<&str> =
                got.paragraphs.iter().map(|p| got.slice(*p)).filter(|p| !want.text.contains(p)).collect();
            let lost: Vec<&str> =
                want.paragraphs.iter().map(|p| want.slice(*p)).filter(|p| !got.text.contains(p)).collect();
            r.misses.push(format!("{name}: body F1 {f1:.3}\n  extra: {extra:?}\n  lost: {lost:?}"));
        }
        shared += both;
        got_total += gt;
        want_total += wt;
    }
    r.body_precision = shared as f64 / got_total.max(1) as f64;
    r.body_recall = shared as f64 / want_total.max(1) as f64;
    r.body_f1 = common::f1_of_counts(shared, got_total, want_total);
    r
}

#[allow(dead_code)] // also compiled into tests/html.rs, which has its own entry point
fn main() {
    let dir = common::fixtures().join("html");
    let r = evaluate(&dir);
    common::print_if("-v", &r.misses);
    println!("pages {}", r.pages);
    println!("title exact   {:.3} ({}/{})", r.title(), r.titles_right, r.pages);
    println!("date exact    {:.3} ({}/{} pages that state one)", r.date(), r.dates_right, r.dated_pages);
    println!("byline exact  {:.3} ({}/{})", r.bylines_right as f64 / r.pages.max(1) as f64, r.bylines_right, r.pages);
    println!(
        "body tokens   P {:.3}  R {:.3}  F1 {:.3}  (worst page {:.3} {})",
        r.body_precision, r.body_recall, r.body_f1, r.worst.0, r.worst.1
    );
    // Speed: one fixture page repeated inside one <article> to about 10 MB.
    let page = common::read(&dir.join("wire-reuters.html"));
    let body =
        &page[page.find("<p data-testid").unwrap_or(0)..page.find("</div>\n<p class=\"trust").unwrap_or(page.len())];
    let big = format!("<html><body><article>{}</article></body></html>", body.repeat(10_000_000 / body.len().max(1)));
    let started = std::time::Instant::now();
    let doc = html::read(&big);
    println!(
        "speed         {:.1} MB read in {:.0} ms ({} paragraphs)",
        big.len() as f64 / 1e6,
        started.elapsed().as_secs_f64() * 1e3,
        doc.paragraphs.len()
    );
}
