//! Entity-level evaluation on `tests/fixtures/entities/`: each `<name>.txt` article has a
//! `<name>.expected` beside it, one entity a line: `kind<TAB>Name | Alias | ...`.
//!
//! A found entity is right when an expected one of the same kind has its name among the
//! names of the line (case-insensitive); each expected line is matched at most once.
//! Prints precision, recall and F1 over all kinds and for people alone, and lists the
//! misses. `cargo run --release --example eval_entities [-- [-v] [DIR]]`

#[path = "common/mod.rs"]
mod common;

use std::path::Path;

use article_card::card::EntityKind;
use article_card::extract::entities::find;
use article_card::input::{read, InputKind};
use common::Counts;

/// Overall and people-only counts, and a line per error.
pub struct Report {
    pub all: Counts,
    pub people: Counts,
    pub errors: Vec<String>,
    pub articles: usize,
}

fn kind(s: &str) -> Option<EntityKind> {
    match s {
        "person" => Some(EntityKind::Person),
        "organization" => Some(EntityKind::Organization),
        "place" => Some(EntityKind::Place),
        "other" => Some(EntityKind::Other),
        _ => None,
    }
}

/// Evaluates every article of `dir` (the fixtures folder).
pub fn evaluate(dir: &Path) -> Report {
    let mut report = Report { all: Counts::default(), people: Counts::default(), errors: Vec::new(), articles: 0 };
    for path in common::files(dir, "txt").expect("fixtures folder") {
        let Ok(expected) = std::fs::read_to_string(path.with_extension("expected")) else { continue };
        let text = common::read(&path);
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        report.articles += 1;
        let gold: Vec<(EntityKind, Vec<String>)> = expected
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (k, names) = l.split_once('\t').unwrap_or_else(|| panic!("{name}: bad line {l:?}"));
                let names = names.split('|').map(|n| n.trim().to_lowercase()).collect();
                (kind(k).unwrap_or_else(|| panic!("{name}: bad kind {k:?}")), names)
            })
            .collect();
        let found = find(&read(&text, InputKind::Text));
        let mut used = vec![false; gold.len()];
        for e in &found {
            let lower = e.name.to_lowercase();
            let hit =
                gold.iter().enumerate().position(|(g, (k, names))| !used[g] && *k == e.kind && names.contains(&lower));
            let person = e.kind == EntityKind::Person;
            report.all.found += 1;
            report.people.found += usize::from(person);
            match hit {
                Some(g) => {
                    used[g] = true;
                    report.all.right += 1;
                    report.people.right += usize::from(person);
                }
                None => report.errors.push(format!("{name}: extra   {:?} {:?} (role {:?})", e.kind, e.name, e.role)),
            }
        }
        for (g, (k, names)) in gold.iter().enumerate() {
            report.all.expected += 1;
            report.people.expected += usize::from(*k == EntityKind::Person);
            if !used[g] {
                report.errors.push(format!("{name}: missed  {k:?} {:?}", names[0]));
            }
        }
    }
    report
}

#[allow(dead_code)] // the floor test includes this file for `evaluate` alone
fn main() {
    let dir = common::operand().map_or_else(|| common::fixtures().join("entities"), std::path::PathBuf::from);
    let started = std::time::Instant::now();
    let r = evaluate(&dir);
    common::print_if("-v", &r.errors);
    println!("{} articles, {:.0} ms", r.articles, started.elapsed().as_secs_f64() * 1000.0);
    for (label, c) in [("all", r.all), ("people", r.people)] {
        println!("{label:<7} {}  (found {}, expected {}, right {})", c.prf(), c.found, c.expected, c.right);
    }
}
