//! The seed article's quotes through the whole pipeline (entities, dates, quotes): the card
//! the user sees must show these speakers, roles and fragments.

use article_card::card::QuoteKind;
use article_card::{analyze, Options};

#[test]
fn seed_card_quotes() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed-article.txt")).unwrap();
    let card = analyze(&text, &Options::default());
    let find = |kind: QuoteKind, prefix: &str| {
        card.quotes
            .iter()
            .find(|q| q.kind == kind && q.text.starts_with(prefix))
            .unwrap_or_else(|| panic!("missing {kind:?} {prefix:?}"))
    };
    for (prefix, partial) in [
        ("What we see is President Putin", false),
        ("We see how they are sending more troops", false),
        ("The current rate of Ukraine's ammunition expenditure", false),
        ("There is now a discussion going on", false),
        ("we need urgent support for Ukraine.", false),
        ("no sign whatsoever", true),
        ("ramp up production", true),
        ("take time", true),
    ] {
        let q = find(QuoteKind::Direct, prefix);
        assert_eq!(q.speaker.as_deref(), Some("Jens Stoltenberg"), "{prefix}");
        assert_eq!(q.role.as_deref(), Some("NATO Secretary-General"), "{prefix}");
        assert_eq!(q.partial, partial, "{prefix}");
    }
    let rate = find(QuoteKind::Direct, "The current rate");
    assert!(rate.text.ends_with("under strain,"), "one quote across two sentences");
    assert_eq!(card.slice(rate.start, rate.end), rate.text);
    for prefix in ["massive strike", "direct"] {
        assert_eq!(find(QuoteKind::Direct, prefix).speaker.as_deref(), Some("Russia"), "{prefix}");
    }
    assert_eq!(card.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).count(), 10);
    // Reported speech in paragraphs 0 and 9.
    for (para, prefix) in [(0, "a major new Russian offensive"), (9, "Ukraine was using far more ammunition")] {
        let q = find(QuoteKind::Indirect, prefix);
        assert_eq!(q.speaker.as_deref(), Some("Jens Stoltenberg"));
        assert_eq!(card.sentences[q.sentence].paragraph, para);
    }
    let tenth = find(QuoteKind::Indirect, "Ukraine was using");
    assert_eq!(tenth.date.as_deref(), Some("2023-02-13"));
    assert!(tenth.text.ends_with("are providing"), "{}", tenth.text);
    assert!(!card.quotes.iter().any(|q| q.text.contains("’s")), "apostrophes are no quotation marks");
    // The best quote on the card is a whole quote by a named speaker.
    let best = card.quotes.iter().max_by(|a, b| a.score.total_cmp(&b.score)).unwrap();
    assert!(best.kind == QuoteKind::Direct && !best.partial && best.speaker.is_some());
}
