//! Language detection for `meta.lang` (BCP 47): the script of the letters first, then, for
//! Latin script, which language's function words are most frequent. Reads at most the first
//! 20,000 bytes; says nothing (`None`) when the text is too short or the evidence is thin.
//! The extractors support English; other languages still get a card with what works.

use crate::doc::Document;
use crate::rules::languages;
use crate::util::{self, FastMap};

/// Bytes read from the start of the text.
const SAMPLE: usize = 20_000;

/// The language of the document's text, if it can be told.
pub fn detect(doc: &Document) -> Option<&'static str> {
    let mut end = doc.text.len().min(SAMPLE);
    while !doc.text.is_char_boundary(end) {
        end -= 1;
    }
    detect_text(&doc.text[..end])
}

/// The language of a text, if it can be told.
pub fn detect_text(text: &str) -> Option<&'static str> {
    let mut counts = [0usize; Script::COUNT];
    let mut ukrainian_letters = 0;
    // ASCII letters are Latin; a letter beyond ASCII is read from its first byte.
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if b.is_ascii_alphabetic() {
            counts[Script::Latin as usize] += 1;
        } else if b >= 0xC0 {
            let c = text[i..].chars().next().unwrap_or_default();
            if c.is_alphabetic() {
                counts[script(c) as usize] += 1;
                ukrainian_letters += usize::from(matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ'));
            }
        }
    }
    let letters: usize = counts.iter().sum();
    if letters < 20 {
        return None;
    }
    let (best, &n) = counts.iter().enumerate().max_by_key(|(_, &n)| n)?;
    if n * 2 < letters {
        return None;
    }
    let kana = counts[Script::Kana as usize];
    match best {
        b if b == Script::Latin as usize => latin(text),
        b if b == Script::Cyrillic as usize => Some(if ukrainian_letters > 0 { "uk" } else { "ru" }),
        b if b == Script::Greek as usize => Some("el"),
        b if b == Script::Arabic as usize => Some("ar"),
        b if b == Script::Hebrew as usize => Some("he"),
        b if b == Script::Devanagari as usize => Some("hi"),
        b if b == Script::Han as usize || b == Script::Kana as usize => Some(if kana > 0 { "ja" } else { "zh" }),
        b if b == Script::Hangul as usize => Some("ko"),
        b if b == Script::Thai as usize => Some("th"),
        _ => None,
    }
}

/// The Latin-script languages told apart by their function words.
const LATIN: [(&str, &[&str]); 7] = [
    ("en", languages::EN),
    ("fr", languages::FR),
    ("de", languages::DE),
    ("es", languages::ES),
    ("it", languages::IT),
    ("pt", languages::PT),
    ("nl", languages::NL),
];

/// Among the Latin-script languages, the one whose function words are most frequent:
/// at least five hits and a clear lead over the runner-up.
fn latin(text: &str) -> Option<&'static str> {
    // Function word → the languages that list it (bit `k` for `LATIN[k]`): about 140
    // words, cheaper to gather per text than a search of every list for every word.
    let mut langs: FastMap<&str, u32> = FastMap::default();
    for (k, (_, table)) in LATIN.iter().enumerate() {
        for &w in *table {
            *langs.entry(w).or_default() |= 1 << k;
        }
    }
    let mut hits = [0usize; LATIN.len()];
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(3000) {
        // Most words are in lowercase ASCII already: no copy to make.
        let lower;
        let word = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            word
        } else {
            lower = util::lowercase(word);
            lower.as_str()
        };
        let bits = langs.get(word).copied().unwrap_or(0);
        for (k, h) in hits.iter_mut().enumerate() {
            *h += usize::from(bits >> k & 1 == 1);
        }
    }
    let mut order: Vec<usize> = (0..LATIN.len()).collect();
    crate::util::sort_by_key(&mut order, |&k| !(hits[k] as u64));
    let (first, second) = (hits[order[0]], hits[order[1]]);
    (first >= 5 && first * 4 >= second * 5).then_some(LATIN[order[0]].0)
}

#[derive(Clone, Copy)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Han,
    Kana,
    Hangul,
    Thai,
    Other,
}

impl Script {
    const COUNT: usize = 11;
}

fn script(c: char) -> Script {
    match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F => Script::Cyrillic,
        0x0590..=0x05FF => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F => Script::Arabic,
        0x0900..=0x097F => Script::Devanagari,
        0x0E00..=0x0E7F => Script::Thai,
        0x3040..=0x30FF => Script::Kana,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => Script::Han,
        0xAC00..=0xD7AF | 0x1100..=0x11FF => Script::Hangul,
        _ => Script::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::detect_text;

    #[test]
    fn tells_languages_apart() {
        let cases = [
            ("en", "The alliance said that it was ready, and the minister said this was a matter for the members."),
            ("fr", "Le ministre a déclaré que les troupes sont dans la ville et qu'il ne voit pas de signe de paix."),
            ("de", "Der Minister sagte, dass die Truppen in der Stadt sind und er keine Zeichen für Frieden sieht."),
            ("es", "El ministro dijo que las tropas están en la ciudad y que no ve señales de paz por ahora."),
            ("it", "Il ministro ha detto che le truppe sono nella città e che non vede segni di pace per ora."),
            (
                "pt",
                "O ministro disse que as tropas estão na cidade e que não vê sinais de paz para já, com os aliados.",
            ),
            (
                "nl",
                "De minister zei dat de troepen in de stad zijn en dat hij geen teken van vrede ziet voor het moment.",
            ),
            ("ru", "Министр заявил, что войска находятся в городе и что он не видит признаков мира."),
            ("uk", "Міністр заявив, що війська перебувають у місті і що він не бачить ознак миру."),
            ("ja", "大臣は、部隊が市内にいて、平和の兆しは見えないと述べた。"),
            ("zh", "部长说，部队在城市里，他看不到和平的迹象，这是今天的消息。"),
            ("ar", "قال الوزير إن القوات موجودة في المدينة وإنه لا يرى أي علامات على السلام."),
        ];
        for (lang, text) in cases {
            assert_eq!(detect_text(text), Some(lang), "{text}");
        }
    }

    #[test]
    fn too_little_to_tell() {
        assert_eq!(detect_text(""), None);
        assert_eq!(detect_text("NATO"), None);
        assert_eq!(detect_text("12345 67890 !!! ???"), None);
        assert_eq!(detect_text("Bakhmut Donetsk Luhansk Kharkhiv Zaporizhzhya"), None);
    }
}
