//! Entity-level evaluation on `tests/fixtures/entities/`: each `<name>.txt` article has a
//! `<name>.expected` beside it, one entity a line: `kind<TAB>Name | Alias | ...`.
//!
//! A found entity is right when an expected one of the same kind has its name among the
//! names of the line (case-insensitive); each expected line is matched at most once.
//! Prints precision, recall and F1 over all kinds and for people alone, and lists the
//! misses. `cargo run --release --example eval_entities [-- [-v] [DIR]]`

use std::path::Path;

use article_card::card::EntityKind;
use article_card::extract::entities::find;
use article_card::input::{read, InputKind};

/// Counts of one evaluation.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub found: usize,
    pub expected: usize,
    pub right: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.expected)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

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
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut report = Report { all: Counts::default(), people: Counts::default(), errors: Vec::new(), articles: 0 };
    for path in files {
        let Ok(expected) = std::fs::read_to_string(path.with_extension("expected")) else { continue };
        let text = std::fs::read_to_string(&path).expect("article");
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
    let dir = match std::env::args().skip(1).find(|a| a != "-v") {
        Some(d) => std::path::PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities"),
    };
    let started = std::time::Instant::now();
    let r = evaluate(&dir);
    if std::env::args().any(|a| a == "-v") {
        for e in &r.errors {
            println!("{e}");
        }
    }
    println!("{} articles, {:.0} ms", r.articles, started.elapsed().as_secs_f64() * 1000.0);
    for (label, c) in [("all", r.all), ("people", r.people)] {
        println!(
            "{label:<7} P {:.3}  R {:.3}  F1 {:.3}  (found {}, expected {}, right {})",
            c.precision(),
            c.recall(),
            c.f1(),
            c.found,
            c.expected,
            c.right
        );
    }
}
