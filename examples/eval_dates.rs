//! Scores the date extractor on TIMEX3-annotated news, TempEval-3 style.
//!
//! ```text
//! cargo run --release --example eval_dates [-- path/to/dates.jsonl] [--errors] [--bench]
//! ```
//!
//! `--errors` lists every miss, difference and extra; `--dump` every expression found in
//! the paragraphs the corpus leaves unannotated (to read for false alarms); `--bench` also times `dates::find` on
//! 1 MB and 10 MB made of the corpus articles, and on 10 MB of hostile text (quotation
//! marks, digits, no sentence end).
//!
//! The file (default `../shared/data/dates-dev.jsonl`) holds one article a line:
//! `{"id", "published", "text", "timex": [{"start", "end", "text", "type", "value"}]}`, offsets
//! in Unicode code points. The corpus (MEANTIME) annotates only the first six paragraphs of
//! each article (headline, dateline and four sentences), so mentions found after them are not
//! scored. Prints strict and relaxed span precision/recall/F1, type and value accuracy over
//! the relaxed matches, and value F1 (a relaxed match with the right value counts).

#[path = "common/mod.rs"]
mod common;

use article_card::calendar::Date;
use article_card::extract::dates;
use common::{document, Counts};
use serde_json::Value;

/// Paragraphs of each article that the corpus annotates.
const ANNOTATED_PARAGRAPHS: usize = 6;

#[derive(Default)]
struct Score {
    gold: usize,
    system: usize,
    strict: usize,
    relaxed: usize,
    right_type: usize,
    right_value: usize,
}

fn main() {
    let show_errors = common::flag("--errors");
    let path = common::operand().unwrap_or_else(|| "../shared/data/dates-dev.jsonl".into());
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut s = Score::default();
    let mut docs = 0;
    let started = std::time::Instant::now();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("one JSON object a line");
        let text = v["text"].as_str().unwrap_or_default();
        let anchor = v["published"].as_str().and_then(Date::parse_ymd);
        let doc = document(text);
        docs += 1;
        // byte offset -> code point offset
        let cp = |b: usize| text[..b].chars().count();
        let limit = doc.paragraphs.get(ANNOTATED_PARAGRAPHS).map_or(text.len(), |p| p.start);
        let all = dates::find(&doc, anchor);
        if common::flag("--dump") {
            for m in all.iter().filter(|m| m.start >= limit) {
                let from = text[..m.start].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
                let to = text[m.end..].char_indices().nth(25).map_or(text.len(), |(i, _)| m.end + i);
                println!("DUMP {:?} {:?} {} | {}", m.text, m.kind, m.value, text[from..to].replace('\n', " "));
            }
        }
        let found: Vec<_> = all.into_iter().filter(|m| m.start < limit).collect();
        let gold: Vec<&Value> = v["timex"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
        s.gold += gold.len();
        s.system += found.len();
        let mut used = vec![false; found.len()];
        let span = |g: &Value| (g["start"].as_u64().unwrap_or(0) as usize, g["end"].as_u64().unwrap_or(0) as usize);
        // exact spans pair up first, so that nested gold (`from 2009 to 2011` and `2009`)
        // is not matched crosswise
        let mut paired: Vec<Option<usize>> = gold
            .iter()
            .map(|g| {
                let (gs, ge) = span(g);
                let k = found.iter().position(|m| cp(m.start) == gs && cp(m.end) == ge)?;
                (!std::mem::replace(&mut used[k], true)).then_some(k)
            })
            .collect();
        for (gi, g) in gold.iter().enumerate() {
            let (gs, ge) = span(g);
            if paired[gi].is_none() {
                paired[gi] = (0..found.len()).find(|&k| !used[k] && cp(found[k].start) < ge && gs < cp(found[k].end));
                if let Some(k) = paired[gi] {
                    used[k] = true;
                }
            }
        }
        for (g, hit) in gold.iter().zip(&paired) {
            let (gs, ge) = span(g);
            let hit = hit.map(|k| (k, &found[k]));
            let Some((_, m)) = hit else {
                if show_errors {
                    println!(
                        "MISS  {:<40} {:<9} {}",
                        format!("{:?}", g["text"].as_str().unwrap_or("")),
                        g["type"].as_str().unwrap_or(""),
                        g["value"].as_str().unwrap_or("")
                    );
                }
                continue;
            };
            s.relaxed += 1;
            s.strict += (cp(m.start) == gs && cp(m.end) == ge) as usize;
            let kind = serde_json::to_value(m.kind).ok();
            let right_type = kind.as_ref().and_then(Value::as_str) == g["type"].as_str();
            s.right_type += right_type as usize;
            let right_value = g["value"].as_str() == Some(m.value.as_str());
            s.right_value += right_value as usize;
            if show_errors && (!right_value || cp(m.start) != gs || cp(m.end) != ge) {
                println!(
                    "DIFF  {:<40} {:<9} {:<14} | got {:?} {:?} {} (published {})",
                    format!("{:?}", g["text"].as_str().unwrap_or("")),
                    g["type"].as_str().unwrap_or(""),
                    g["value"].as_str().unwrap_or(""),
                    m.text,
                    m.kind,
                    m.value,
                    v["published"].as_str().unwrap_or("-")
                );
            }
        }
        if show_errors {
            for (k, m) in found.iter().enumerate().filter(|(k, _)| !used[*k]) {
                let _ = k;
                let ctx_start = text[..m.start].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
                let ctx_end = text[m.end..].char_indices().nth(20).map_or(text.len(), |(i, _)| m.end + i);
                println!(
                    "EXTRA {:<40} {:?} {} | {}",
                    format!("{:?}", m.text),
                    m.kind,
                    m.value,
                    text[ctx_start..ctx_end].replace('\n', " ")
                );
            }
        }
    }
    let elapsed = started.elapsed();
    if common::flag("--bench") {
        bench(&data);
    }
    let counts = |right| Counts { found: s.system, expected: s.gold, right };
    let m = s.relaxed.max(1) as f64;
    println!("{path}: {docs} articles, {} gold, {} found ({:.1} ms)", s.gold, s.system, elapsed.as_secs_f64() * 1e3);
    println!("strict span   {}", counts(s.strict).prf());
    println!("relaxed span  {}", counts(s.relaxed).prf());
    println!("type accuracy {:.3}   value accuracy {:.3}", s.right_type as f64 / m, s.right_value as f64 / m);
    println!("value         {}", counts(s.right_value).prf());
}

/// Times `dates::find` (document building excluded) on growing inputs.
fn bench(data: &str) {
    let corpus: String = data
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect::<Vec<_>>()
        .join("\n\n");
    let hostile = "\"\"\" 1999 2,000 May March 3-1 10:30 the 13th of \u{201c}tomorrow\u{201d} on Monday, Feb. 13-14 ";
    for (name, unit, mb) in [("news", corpus.as_str(), 1), ("news", corpus.as_str(), 10), ("hostile", hostile, 10)] {
        let text = unit.repeat((mb * 1_000_000 / unit.len().max(1)).max(1));
        let doc = document(&text);
        let started = std::time::Instant::now();
        let n = dates::find(&doc, Date::parse_ymd("2023-02-13")).len();
        println!(
            "bench {name:>7} {:>5.1} MB: {n:>7} expressions in {:>6.0} ms",
            text.len() as f64 / 1e6,
            started.elapsed().as_secs_f64() * 1e3
        );
    }
}
