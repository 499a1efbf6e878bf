//! Quote evaluation on `tests/fixtures/quotes/`: `passages.txt` (short annotated passages)
//! and `articles/*.txt` (whole articles), all in one format: `=== name`, the text, `---`,
//! then one expected quote a line, `kind | speaker | first words`, with kind `direct`,
//! `partial`, `indirect` or `none` and speaker `-` for nobody.
//!
//! Detection counts the quotes a card shows (those with a speaker): a found quote is right
//! when an expected one with a speaker starts with the same words (quotation marks and
//! apostrophes compared loosely). Speaker accuracy is the share of the right ones whose
//! speaker is the expected canonical full name. Direct quotes (whole and fragments) and
//! reported speech are scored apart. `cargo run --release --example eval_quotes [-- -v]`

#[path = "common/mod.rs"]
mod common;

use std::path::Path;

use article_card::card::QuoteKind;
use article_card::{analyze, Options};

/// Quotes a card shows (found), expected and found right; and of the right ones, those
/// with the expected speaker.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub detected: common::Counts,
    pub speaker: usize,
}

impl Counts {
    pub fn speaker_accuracy(&self) -> f64 {
        common::ratio(self.speaker, self.detected.right)
    }
}

/// The figures and a line per error.
#[derive(Default)]
pub struct Report {
    pub direct: Counts,
    pub indirect: Counts,
    /// Direct quotes in articles alone (the whole-article figure).
    pub articles_direct: Counts,
    /// The entity layer's articles, annotated blind (`heldout/`): not in the figures above.
    pub heldout_direct: Counts,
    pub heldout_indirect: Counts,
    pub heldout: usize,
    pub passages: usize,
    pub articles: usize,
    pub errors: Vec<String>,
}

struct Expected {
    kind: String,
    /// The canonical name, or several accepted names (`[Veltrix Corp. | Veltrix]`).
    speaker: Option<Vec<String>>,
    prefix: String,
}

/// Parses `kind | speaker | first words`, the speaker maybe `[Name | Alias]`.
fn expectation(name: &str, l: &str) -> Expected {
    fn bad<T>(name: &str, l: &str) -> T {
        panic!("{name}: bad line {l:?}")
    }
    let (kind, rest) = l.split_once('|').unwrap_or_else(|| bad(name, l));
    let rest = rest.trim();
    let (speaker, prefix) = if let Some(r) = rest.strip_prefix('[') {
        let (names, tail) = r.split_once(']').unwrap_or_else(|| bad(name, l));
        let names = names.split('|').map(|n| n.trim().to_string()).collect();
        (Some(names), tail.trim().strip_prefix('|').unwrap_or_else(|| bad(name, l)))
    } else {
        let (sp, prefix) = rest.split_once('|').unwrap_or_else(|| bad(name, l));
        let sp = sp.trim();
        ((sp != "-").then(|| vec![sp.to_string()]), prefix)
    };
    let kind = kind.trim();
    assert!(matches!(kind, "direct" | "partial" | "indirect" | "none"), "{name}: bad kind {kind:?}");
    Expected { kind: kind.to_string(), speaker, prefix: norm(prefix.trim()) }
}

/// Loose text for matching: curly marks straightened, spaces collapsed, marks trimmed.
fn norm(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' | '‚' => '\'',
            c => c,
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_start_matches(['"', '\'', ' ']).to_string()
}

fn expectations(name: &str, text: &str) -> Vec<Expected> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| expectation(name, l)).collect()
}

/// Splits a fixture file into (name, text, expectations).
fn cases(source: &str) -> Vec<(String, String, Vec<Expected>)> {
    let mut out = Vec::new();
    let source = format!("\n{source}");
    for block in source.split("\n=== ").skip(1) {
        let (name, rest) = block.split_once('\n').unwrap_or((block, ""));
        let (text, expected) = rest.split_once("\n---\n").unwrap_or_else(|| panic!("{name}: no --- line"));
        let expected = expectations(name, expected);
        out.push((name.trim().to_string(), text.to_string(), expected));
    }
    out
}

/// Scores one case into `direct` and `indirect`.
fn score(
    name: &str,
    text: &str,
    expected: &[Expected],
    direct: &mut Counts,
    indirect: &mut Counts,
    errors: &mut Vec<String>,
) {
    let card = analyze(text, &Options::default());
    for (kind, counts) in [(QuoteKind::Direct, direct), (QuoteKind::Indirect, indirect)] {
        let gold: Vec<&Expected> = expected
            .iter()
            .filter(|e| e.speaker.is_some())
            .filter(|e| (e.kind == "indirect") == (kind == QuoteKind::Indirect) && e.kind != "none")
            .collect();
        let found: Vec<_> = card.quotes.iter().filter(|q| q.kind == kind && q.speaker.is_some()).collect();
        counts.detected.expected += gold.len();
        counts.detected.found += found.len();
        let mut used = vec![false; gold.len()];
        for q in &found {
            let t = norm(&q.text);
            let hit = gold.iter().enumerate().position(|(g, e)| !used[g] && t.starts_with(&e.prefix));
            match hit {
                Some(g) => {
                    used[g] = true;
                    counts.detected.right += 1;
                    let names = gold[g].speaker.as_deref().unwrap_or(&[]);
                    if q.speaker.as_ref().is_some_and(|s| names.contains(s)) {
                        counts.speaker += 1;
                    } else {
                        errors.push(format!(
                            "{name}: speaker {:?} for {:?}, expected {:?}",
                            q.speaker.as_deref().unwrap_or("-"),
                            short(&q.text),
                            names.join(" | ")
                        ));
                    }
                }
                None => errors.push(format!(
                    "{name}: extra   {kind:?} {:?} by {:?} (cue {:?})",
                    short(&q.text),
                    q.speaker.as_deref().unwrap_or("-"),
                    q.cue
                )),
            }
        }
        for (g, e) in gold.iter().enumerate() {
            if !used[g] {
                let seen = card.quotes.iter().find(|q| q.kind == kind && norm(&q.text).starts_with(&e.prefix));
                let why = match seen {
                    Some(q) => format!("found without speaker (cue {:?})", q.cue),
                    None => "not found".to_string(),
                };
                let who = e.speaker.as_ref().map_or("-".to_string(), |s| s.join(" | "));
                errors.push(format!("{name}: missed  {} {:?} by {who:?}: {why}", e.kind, e.prefix));
            }
        }
    }
}

fn short(s: &str) -> String {
    let mut t: String = s.chars().take(50).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

/// Evaluates the fixtures folder.
pub fn evaluate(dir: &Path) -> Report {
    let mut r = Report::default();
    for (name, text, expected) in cases(&common::read(&dir.join("passages.txt"))) {
        r.passages += 1;
        score(&name, &text, &expected, &mut r.direct, &mut r.indirect, &mut r.errors);
    }
    for path in common::files(&dir.join("articles"), "txt").unwrap_or_default() {
        for (name, text, expected) in cases(&common::read(&path)) {
            r.articles += 1;
            let mut a = Counts::default();
            score(&name, &text, &expected, &mut a, &mut r.indirect, &mut r.errors);
            for x in [&mut r.direct, &mut r.articles_direct] {
                x.detected += a.detected;
                x.speaker += a.speaker;
            }
        }
    }
    // Held out: the entity fixtures' articles with quote lists written before any run.
    let articles = dir.join("../entities");
    for path in common::files(&dir.join("heldout"), "expected").unwrap_or_default() {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let Ok(text) = std::fs::read_to_string(articles.join(format!("{name}.txt"))) else { continue };
        let expected = expectations(&name, &common::read(&path));
        r.heldout += 1;
        let mut errors = Vec::new();
        score(
            &format!("heldout/{name}"),
            &text,
            &expected,
            &mut r.heldout_direct,
            &mut r.heldout_indirect,
            &mut errors,
        );
        r.errors.extend(errors);
    }
    r
}

#[allow(dead_code)] // the floor test includes this file for `evaluate` alone
fn main() {
    let started = std::time::Instant::now();
    let r = evaluate(&common::fixtures().join("quotes"));
    common::print_if("-v", &r.errors);
    println!("{} passages, {} articles, {:.0} ms", r.passages, r.articles, started.elapsed().as_secs_f64() * 1000.0);
    println!("held out: {} articles of the entity fixtures, annotated blind", r.heldout);
    for (label, c) in [
        ("direct", r.direct),
        ("  in articles", r.articles_direct),
        ("reported", r.indirect),
        ("held-out direct", r.heldout_direct),
        ("held-out rep.", r.heldout_indirect),
    ] {
        let d = c.detected;
        println!(
            "{label:<16} {}  speaker {:.3}  (found {}, expected {}, right {}, right speaker {})",
            d.prf(),
            c.speaker_accuracy(),
            d.found,
            d.expected,
            d.right,
            c.speaker
        );
    }
}
