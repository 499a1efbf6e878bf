//! Scores the whole card on the held-out articles of `tests/heldout/` (see its README):
//! direct-quote recall and speaker accuracy, entity P/R/F1 (all and people), and date
//! recall and value accuracy on the expressions the annotator marked.
//!
//! `cargo run --release --example eval_heldout [-- --errors] [FOLDER]`: FOLDER is
//! `tests/heldout` (the first batch, no longer blind) or `tests/heldout/blind2` (batch 2).

#[path = "common/mod.rs"]
mod common;

use std::path::Path;

use article_card::calendar::Date;
use article_card::{analyze, Options};
use common::f1;
use serde_json::Value;

fn main() {
    let errors = common::flag("--errors");
    let folder = common::operand().unwrap_or("tests/heldout".into());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let expected: Value = serde_json::from_str(&common::read(&dir.join("expected.json"))).unwrap();
    let (mut quotes, mut found, mut right_speaker) = (0, 0, 0);
    let (mut ent_expected, mut ent_predicted, mut ent_hit) = (0, 0, 0);
    let (mut ppl_expected, mut ppl_predicted, mut ppl_hit) = (0, 0, 0);
    let (mut dates, mut date_found, mut date_value) = (0, 0, 0);
    let mut files: Vec<_> = expected.as_object().unwrap().iter().collect();
    files.sort_by(|a, b| a.0.cmp(b.0));
    for (name, want) in files {
        let text = common::read(&dir.join(name));
        let options = Options { published: want["published"].as_str().and_then(Date::parse_ymd), ..Options::default() };
        let card = analyze(&text, &options);
        let say = |m: String| {
            if errors {
                println!("  {name}: {m}");
            }
        };
        for q in want["quotes"].as_array().unwrap() {
            let (start, speaker) = (q[0].as_str().unwrap(), q[1].as_str().unwrap());
            quotes += 1;
            match card.quotes.iter().find(|c| c.kind == article_card::card::QuoteKind::Direct && c.text.contains(start))
            {
                Some(c) => {
                    found += 1;
                    if c.speaker.as_deref() == Some(speaker) {
                        right_speaker += 1;
                    } else {
                        say(format!("speaker {:?} for {start:?}, expected {speaker:?}", c.speaker));
                    }
                }
                None => say(format!("missed quote {start:?}")),
            }
        }
        let kind = |k: article_card::card::EntityKind| serde_json::to_value(k).unwrap().as_str().unwrap().to_string();
        let predicted: Vec<(String, String)> = card.entities.iter().map(|e| (e.name.clone(), kind(e.kind))).collect();
        let wanted: Vec<(String, String)> = want["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e[0].as_str().unwrap().to_string(), e[1].as_str().unwrap().to_string()))
            .collect();
        ent_expected += wanted.len();
        ent_predicted += predicted.len();
        ppl_expected += wanted.iter().filter(|e| e.1 == "person").count();
        ppl_predicted += predicted.iter().filter(|e| e.1 == "person").count();
        for w in &wanted {
            if predicted.contains(w) {
                ent_hit += 1;
                ppl_hit += (w.1 == "person") as usize;
            } else {
                say(format!("missed entity {w:?}"));
            }
        }
        for p in predicted.iter().filter(|p| !wanted.contains(p)) {
            say(format!("extra entity {p:?}"));
        }
        let mut pool: Vec<_> = card.dates.iter().collect();
        for d in want["dates"].as_array().unwrap() {
            let (t, v) = (d[0].as_str().unwrap().to_lowercase(), d[1].as_str().unwrap());
            dates += 1;
            match pool.iter().position(|m| m.text.to_lowercase().contains(&t) || t.contains(&m.text.to_lowercase())) {
                Some(i) => {
                    let m = pool.remove(i);
                    date_found += 1;
                    if m.value == v {
                        date_value += 1;
                    } else {
                        say(format!("date {t:?} = {}, expected {v}", m.value));
                    }
                }
                None => say(format!("missed date {t:?}")),
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!(
        "direct quotes: recall {found}/{quotes} = {:.2}; speaker accuracy {right_speaker}/{found} = {:.2}",
        ratio(found, quotes),
        ratio(right_speaker, found)
    );
    let (p, r) = (ratio(ent_hit, ent_predicted), ratio(ent_hit, ent_expected));
    println!("entities: P {p:.2} R {r:.2} F1 {:.2} ({ent_hit} of {ent_expected}, {ent_predicted} predicted)", f1(p, r));
    let (p, r) = (ratio(ppl_hit, ppl_predicted), ratio(ppl_hit, ppl_expected));
    println!("people:   P {p:.2} R {r:.2} F1 {:.2} ({ppl_hit} of {ppl_expected}, {ppl_predicted} predicted)", f1(p, r));
    println!(
        "dates: recall {date_found}/{dates} = {:.2}; value accuracy {date_value}/{date_found} = {:.2}",
        ratio(date_found, dates),
        ratio(date_value, date_found)
    );
}
