//! The seed article's people, organisations and places (issue 5), checked by name, kind,
//! role and mentions.

use article_card::card::EntityKind::{self, Organization, Person, Place};
use article_card::extract::entities::find;
use article_card::input::{read, InputKind};

const SEED: &str = include_str!("fixtures/seed-article.txt");

#[test]
fn seed_article_entities() {
    let doc = read(SEED, InputKind::Text);
    let entities = find(&doc);
    let get = |name: &str, kind: EntityKind| {
        entities
            .iter()
            .find(|e| e.name == name && e.kind == kind)
            .unwrap_or_else(|| panic!("{name} ({kind:?}) missing: {entities:#?}"))
    };
    let people = [
        ("Jens Stoltenberg", "NATO Secretary-General"),
        ("Vladimir Putin", "Russian President"),
        ("Volodymyr Zelenskiy", "Ukrainian President"),
    ];
    for (name, role) in people {
        assert_eq!(get(name, Person).role.as_deref(), Some(role), "{name}");
    }
    get("NATO", Organization);
    for place in
        ["Ukraine", "Russia", "Brussels", "Bakhmut", "Donetsk", "Luhansk", "Donbas", "Kharkhiv", "Zaporizhzhya", "Kyiv"]
    {
        get(place, Place);
    }
    // Nothing else: no "Western", "But", "Speaking", "Leopard" or "February".
    assert_eq!(entities.len(), 3 + 1 + 10, "{:#?}", entities.iter().map(|e| &e.name).collect::<Vec<_>>());

    // Every mention is exactly the name; "Mr."-less surnames and "President Putin" link.
    let stoltenberg = get("Jens Stoltenberg", Person);
    assert_eq!(stoltenberg.mentions.len(), 6);
    let putin = get("Vladimir Putin", Person);
    let texts: Vec<&str> = putin.mentions.iter().map(|m| &doc.text[m.start..m.end]).collect();
    assert_eq!(texts, ["Vladimir Putin", "Putin"]);
    for e in &entities {
        assert!(e.mentions.windows(2).all(|w| w[0].end <= w[1].start), "{} mentions sorted", e.name);
    }
    let firsts: Vec<usize> = entities.iter().map(|e| e.mentions[0].start).collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]), "entities in order of first mention");
    // "the Western military alliance" is NATO.
    let nato = get("NATO", Organization);
    assert!(nato.mentions.iter().any(|m| &doc.text[m.start..m.end] == "alliance"));
}
