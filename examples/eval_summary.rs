//! ROUGE-1 and ROUGE-2 of the extractive summary against hand-written references in
//! `tests/fixtures/summary/<name>.ref`, beside Lead-3 (the first three sentences), the
//! baseline that news summarisers must beat. Also counts summaries opening with a dangling
//! pronoun or connective (`He`, `But`, `This`).
//! `cargo run --release --example eval_summary [-- -v]`

#[path = "common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::path::Path;

use article_card::doc::Document;
use article_card::extract::summary::pick;
use article_card::input::{read, InputKind};

/// Recall, precision and F1 of one ROUGE-N comparison.
#[derive(Clone, Copy, Debug, Default)]
pub struct Rouge {
    pub recall: f64,
    pub precision: f64,
    pub f1: f64,
}

/// Averages over all articles for one system.
#[derive(Clone, Copy, Debug, Default)]
pub struct Scores {
    pub rouge1: Rouge,
    pub rouge2: Rouge,
    /// Summaries whose first sentence opens with a dangling word.
    pub dangling: usize,
}

pub struct Report {
    pub ours: Scores,
    pub lead3: Scores,
    pub articles: usize,
    pub lines: Vec<String>,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn ngrams(words: &[String], n: usize) -> HashMap<Vec<String>, usize> {
    let mut m = HashMap::new();
    for g in words.windows(n) {
        *m.entry(g.to_vec()).or_insert(0) += 1;
    }
    m
}

/// ROUGE-N with clipped counts.
pub fn rouge(candidate: &str, reference: &str, n: usize) -> Rouge {
    let (c, r) = (ngrams(&words(candidate), n), ngrams(&words(reference), n));
    let overlap: usize = r.iter().map(|(g, &k)| k.min(c.get(g).copied().unwrap_or(0))).sum();
    let (rt, ct): (usize, usize) = (r.values().sum(), c.values().sum());
    let recall = if rt == 0 { 0.0 } else { overlap as f64 / rt as f64 };
    let precision = if ct == 0 { 0.0 } else { overlap as f64 / ct as f64 };
    Rouge { recall, precision, f1: common::f1(precision, recall) }
}

const DANGLING: &[&str] = &[
    "also",
    "and",
    "but",
    "he",
    "her",
    "his",
    "however",
    "it",
    "its",
    "meanwhile",
    "she",
    "still",
    "that",
    "their",
    "these",
    "they",
    "this",
    "those",
    "yet",
];

fn opens_dangling(text: &str) -> bool {
    words(text).first().is_some_and(|w| DANGLING.contains(&w.as_str()))
}

fn summary_text(doc: &Document, picked: &[usize]) -> String {
    picked.iter().map(|&i| doc.slice(doc.sentences[i].span)).collect::<Vec<_>>().join(" ")
}

fn add(total: &mut Scores, cand: &str, reference: &str) {
    for (n, slot) in [(1, &mut total.rouge1), (2, &mut total.rouge2)] {
        let r = rouge(cand, reference, n);
        slot.recall += r.recall;
        slot.precision += r.precision;
        slot.f1 += r.f1;
    }
    total.dangling += usize::from(opens_dangling(cand));
}

fn average(s: &mut Scores, n: usize) {
    for r in [&mut s.rouge1, &mut s.rouge2] {
        r.recall /= n as f64;
        r.precision /= n as f64;
        r.f1 /= n as f64;
    }
}

/// Evaluates every reference in `fixtures/summary` against its article.
pub fn evaluate(fixtures: &Path) -> Report {
    let mut report = Report { ours: Scores::default(), lead3: Scores::default(), articles: 0, lines: Vec::new() };
    for path in common::files(&fixtures.join("summary"), "ref").expect("summary fixtures") {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let article = [fixtures.join("entities").join(format!("{name}.txt")), fixtures.join(format!("{name}.txt"))]
            .into_iter()
            .find_map(|p| std::fs::read_to_string(p).ok())
            .unwrap_or_else(|| panic!("no article for {name}"));
        let reference = common::read(&path);
        let doc = read(&article, InputKind::Text);
        let ours = summary_text(&doc, &pick(&doc, 3));
        let lead = summary_text(&doc, &(0..doc.sentences.len().min(3)).collect::<Vec<_>>());
        add(&mut report.ours, &ours, &reference);
        add(&mut report.lead3, &lead, &reference);
        report.articles += 1;
        let (o, l) = (rouge(&ours, &reference, 2).f1, rouge(&lead, &reference, 2).f1);
        report.lines.push(format!("{name}: R2-F1 ours {o:.3} lead3 {l:.3} | {:?}", pick(&doc, 3)));
    }
    let n = report.articles.max(1);
    average(&mut report.ours, n);
    average(&mut report.lead3, n);
    report
}

#[allow(dead_code)] // the floor test includes this file for `evaluate` alone
fn main() {
    let r = evaluate(&common::fixtures());
    common::print_if("-v", &r.lines);
    println!("{} articles (ROUGE recall / precision / F1, averaged)", r.articles);
    for (label, s) in [("ours", r.ours), ("lead-3", r.lead3)] {
        println!(
            "{label:<7} R1 {:.3} / {:.3} / {:.3}   R2 {:.3} / {:.3} / {:.3}   dangling openers {}",
            s.rouge1.recall,
            s.rouge1.precision,
            s.rouge1.f1,
            s.rouge2.recall,
            s.rouge2.precision,
            s.rouge2.f1,
            s.dangling
        );
    }
}
