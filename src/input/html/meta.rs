//! Page metadata: title, publication date, byline, site, language and address, each from
//! the most trusted source the page offers.
//!
//! - title: `og:title`, JSON-LD `headline`, the article's `h1`, `twitter:title`, `<title>`;
//!   a site-name suffix is cut (`Headline | The Paper` → `Headline`).
//! - published: JSON-LD `datePublished`, `article:published_time` and other date metas,
//!   `<time datetime>` (one marked as the publication first), `itemprop=datePublished`, a
//!   date-classed element's text (`<span class="date">13 February 2023</span>`), a date in
//!   the address (`/2023/02/13/`); the dateline of the text is tried last, by the caller.
//! - byline: JSON-LD `author`, `<meta name=author>`, `rel=author` or `itemprop=author`, an
//!   element classed `byline` or `author`; the caller adds a "By ..." line of the body.
//! - site: `og:site_name`, JSON-LD `publisher.name`, `application-name`.
//! - lang: `<html lang>`, `content-language`, `og:locale` (`en_GB` → `en-GB`).
//!
//! Dates are taken as written, without time-zone arithmetic: `2023-02-13T23:30:00-05:00` is
//! 13 February, the date the publisher's readers saw.

use crate::calendar::Date;
use crate::doc::Meta;
use crate::rules::contains;
use crate::rules::html::{BYLINE_WORDS, DATE_META_NAMES};
use crate::rules::months::MONTHS;
use crate::util;

use super::article::{class_words, HINT_ATTRIBUTES};
use super::json::{self, Json};
use super::tree::{Kind, Tree};

/// JSON-LD `@type`s that describe the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "AnalysisNewsArticle",
    "Article",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "NewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
];

/// Longest metadata value kept (bytes); longer ones are cut at a character boundary.
const MAX_VALUE: usize = 400;

/// What the page says about itself.
#[derive(Debug, Default)]
pub struct Found {
    pub meta: Meta,
    /// JSON-LD `articleBody`, for pages whose markup lacks the text.
    pub json_body: Option<String>,
    /// A year the page states somewhere (a modified date, the address), for a dateline that
    /// gives only month and day.
    pub year_hint: Option<i32>,
}

#[derive(Default)]
struct Sources {
    og_title: Option<String>,
    twitter_title: Option<String>,
    doc_title: Option<String>,
    h1: Option<String>,
    h1_in_article: Option<String>,
    ld: LinkedData,
    date_meta: Option<(usize, Date)>,
    time_marked: Option<Date>,
    time_first: Option<Date>,
    itemprop_date: Option<Date>,
    date_text: Option<Date>,
    modified: Option<Date>,
    author_meta: Option<String>,
    author_link: Option<String>,
    author_class: Option<String>,
    site: Option<String>,
    app_name: Option<String>,
    lang: Option<String>,
    lang_meta: Option<String>,
    locale: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
}

#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<Date>,
    author: Option<String>,
    body: Option<String>,
    publisher: Option<String>,
    found_article: bool,
}

/// Reads the metadata of the page. `roots` are the article's elements (for its `h1`).
pub fn collect(tree: &Tree, roots: &[usize]) -> Found {
    let mut s = Sources::default();
    let mut h1s: Vec<(usize, String)> = Vec::new();
    for i in 1..tree.nodes.len() {
        let Kind::Element { tag, .. } = &tree.nodes[i].kind else { continue };
        let attr = |name: &str| tree.attr(i, name);
        match tag.as_str() {
            "html" => set(&mut s.lang, attr("lang")),
            "title" if s.doc_title.is_none() => s.doc_title = clean(&tree.text_content(i)),
            "meta" => meta_tag(&mut s, tree, i),
            "link" if has_word(attr("rel"), "canonical") => set(&mut s.canonical, attr("href")),
            "script" if attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) => {
                linked_data(&mut s.ld, &tree.text_content(i));
            }
            "h1" if h1s.len() < 16 => {
                if let Some(text) = clean(&tree.first_line(i)) {
                    h1s.push((i, text));
                }
            }
            "time" => {
                let d = attr("datetime").and_then(parse_date).or_else(|| parse_date(&tree.text_content(i)));
                if let Some(d) = d {
                    let class = attr("class").unwrap_or("");
                    let words: Vec<String> = class.split_whitespace().flat_map(class_words).collect();
                    let updated = words.iter().any(|w| matches!(w.as_str(), "updated" | "modified" | "update"));
                    let marked = attr("pubdate").is_some()
                        || attr("itemprop").is_some_and(|v| v.eq_ignore_ascii_case("datepublished"))
                        || words.iter().any(|w| w.starts_with("publish") || w == "pubdate");
                    if marked && s.time_marked.is_none() {
                        s.time_marked = Some(d);
                    }
                    if !updated && s.time_first.is_none() {
                        s.time_first = Some(d);
                    }
                    if updated && s.modified.is_none() {
                        s.modified = Some(d);
                    }
                }
            }
            _ => {}
        }
        if tag == "meta" || tag == "script" || tag == "title" {
            continue;
        }
        // Microdata and class hints on any other element.
        if let Some(prop) = attr("itemprop") {
            let prop = prop.to_ascii_lowercase();
            if prop == "datepublished" && s.itemprop_date.is_none() {
                s.itemprop_date = attr("datetime").or(attr("content")).and_then(parse_date);
            }
            if prop == "author" && s.author_link.is_none() {
                s.author_link = clean(&tree.text_content(i));
            }
        }
        if tag == "a" && has_word(attr("rel"), "author") && s.author_link.is_none() {
            s.author_link = clean(&tree.text_content(i));
        }
        let words: Vec<String> = HINT_ATTRIBUTES
            .iter()
            .filter_map(|a| attr(a))
            .flat_map(|v| v.split_whitespace().take(16))
            .flat_map(class_words)
            .collect();
        if s.author_class.is_none() && words.iter().any(|w| matches!(w.as_str(), "byline" | "author" | "contributor")) {
            s.author_class = clean(&tree.first_line(i)).and_then(|t| byline_text(&t));
        }
        if s.date_text.is_none()
            && words.iter().any(|w| matches!(w.as_str(), "date" | "timestamp" | "published" | "pubdate" | "dateline"))
        {
            s.date_text = parse_date(&tree.text_content(i));
        }
    }
    // The article's headline: an `h1` inside it, else the last one before it, else the first.
    let first_root = roots.first().copied().unwrap_or(0);
    let inside = h1s.iter().find(|(i, _)| roots.iter().any(|&r| tree.is_ancestor(r, *i)));
    let before = h1s.iter().rev().find(|(i, _)| *i < first_root);
    s.h1_in_article = inside.or(before).map(|(_, t)| t.clone());
    s.h1 = h1s.into_iter().next().map(|(_, t)| t);
    finish(s)
}

fn finish(s: Sources) -> Found {
    let site = s.site.or(s.ld.publisher).or(s.app_name);
    let url = s.canonical.or(s.og_url);
    let url_date = url.as_deref().and_then(date_in_url);
    // An `h1` counts when the page's `<title>` (if any) holds it: a logo in an `h1` does not.
    let in_title = |h: &String| s.doc_title.as_ref().map_or(true, |t| util::lowercase(t).contains(&util::lowercase(h)));
    let h1 = s.h1_in_article.filter(in_title).or(s.h1.filter(in_title));
    let title = s
        .og_title
        .or(s.ld.headline)
        .or(h1)
        .or(s.twitter_title)
        .or(s.doc_title)
        .map(|t| strip_site_suffix(&t, site.as_deref()));
    let published =
        s.ld.published
            .or(s.date_meta.map(|(_, d)| d))
            .or(s.time_marked)
            .or(s.itemprop_date)
            .or(s.time_first)
            .or(s.date_text)
            .or(url_date);
    let byline = s.ld.author.or(s.author_meta).or(s.author_link.and_then(|t| byline_text(&t))).or(s.author_class);
    let lang = s.lang.or(s.lang_meta).or(s.locale).and_then(|l| language_tag(&l));
    let year_hint = s.modified.or(url_date).map(|d| d.year);
    Found {
        meta: Meta { title, published: published.map(|d| d.to_string()), byline, site, url, lang },
        json_body: s.ld.body,
        year_hint,
    }
}

/// `<meta property|name|itemprop=... content=...>`.
fn meta_tag(s: &mut Sources, tree: &Tree, i: usize) {
    let content = tree.attr(i, "content");
    if let Some(equiv) = tree.attr(i, "http-equiv") {
        if equiv.eq_ignore_ascii_case("content-language") {
            set(&mut s.lang_meta, content);
        }
        return;
    }
    let Some(key) = tree.attr(i, "property").or(tree.attr(i, "name")).or(tree.attr(i, "itemprop")) else { return };
    let key = key.trim().to_ascii_lowercase();
    match key.as_str() {
        "og:title" => set(&mut s.og_title, content),
        "twitter:title" => set(&mut s.twitter_title, content),
        "og:site_name" => set(&mut s.site, content),
        "application-name" => set(&mut s.app_name, content),
        "og:url" => set(&mut s.og_url, content),
        "og:locale" => set(&mut s.locale, content),
        "author" | "article:author" | "byl" | "sailthru.author" | "parsely-author" => {
            if content.is_some_and(|c| !c.contains("://") && !c.starts_with('/')) {
                set(&mut s.author_meta, content.and_then(byline_text).as_deref());
            }
        }
        "article:modified_time" | "og:updated_time" | "datemodified" | "last-modified" => {
            if s.modified.is_none() {
                s.modified = content.and_then(parse_date);
            }
        }
        k => {
            // Among date names, the earliest in our list wins (article:published_time
            // before a bare "date").
            if let Some(rank) = DATE_META_NAMES.iter().position(|n| *n == k) {
                let rank = if k == "article:published_time" { 0 } else { rank + 1 };
                if let Some(d) = content.and_then(parse_date) {
                    if s.date_meta.map_or(true, |(r, _)| rank < r) {
                        s.date_meta = Some((rank, d));
                    }
                }
            }
        }
    }
}

/// Reads one JSON-LD script: the first article object's fields (or the first object with
/// a headline).
fn linked_data(ld: &mut LinkedData, script: &str) {
    if ld.found_article {
        return;
    }
    let body = script.trim().trim_start_matches("<!--").trim_start_matches("//<![CDATA[").trim_end_matches("-->");
    let body = body.trim().trim_end_matches("//]]>").trim().trim_end_matches(';');
    let Some(root) = json::parse(body) else { return };
    let mut stack = vec![&root];
    while let Some(v) = stack.pop() {
        match v {
            Json::Arr(items) => stack.extend(items.iter().rev()),
            Json::Obj(members) => {
                let is_article = match v.get("@type") {
                    Some(Json::Str(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                    Some(Json::Arr(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                    _ => false,
                };
                if is_article || (ld.headline.is_none() && v.get("headline").is_some()) {
                    let headline = v.get("headline").and_then(Json::as_str).and_then(clean);
                    if is_article || ld.headline.is_none() {
                        ld.headline = headline.or(ld.headline.take());
                        ld.published =
                            v.get("datePublished").and_then(Json::as_str).and_then(parse_date).or(ld.published);
                        ld.author = v.get("author").and_then(names).or(ld.author.take());
                        ld.body = v.get("articleBody").and_then(Json::as_str).map(str::to_string).or(ld.body.take());
                        ld.publisher = v
                            .get("publisher")
                            .and_then(|p| p.get("name"))
                            .and_then(Json::as_str)
                            .and_then(clean)
                            .or(ld.publisher.take());
                    }
                    if is_article {
                        ld.found_article = true;
                        return;
                    }
                }
                stack.extend(members.iter().rev().map(|(_, m)| m));
            }
            _ => {}
        }
    }
}

/// Author names from JSON-LD: a string, `{ "name": ... }`, or a list of those.
fn names(v: &Json) -> Option<String> {
    let one = |v: &Json| match v {
        Json::Str(s) if !s.contains("://") => clean(s),
        Json::Obj(_) => v.get("name").and_then(Json::as_str).and_then(clean),
        _ => None,
    };
    match v {
        Json::Arr(items) => {
            let all: Vec<String> = items.iter().filter_map(one).take(8).collect();
            match all.len() {
                0 => None,
                1 => all.into_iter().next(),
                n => Some(format!("{} and {}", all[..n - 1].join(", "), all[n - 1])),
            }
        }
        v => one(v),
    }
}

/// A byline element's text as a name: `By Jane Doe | Published 3 hours ago` → `Jane Doe`,
/// `Von Jonas Weber` → `Jonas Weber`.
pub fn byline_text(text: &str) -> Option<String> {
    let t = text.trim();
    let t = match t.split_once(char::is_whitespace) {
        Some((by, rest)) if contains(BYLINE_WORDS, by) => rest.trim_start(),
        _ if contains(BYLINE_WORDS, t) => "",
        _ => t,
    };
    let cut = ["|", "•", "·", " Published", " Updated", " - ", "\n"]
        .iter()
        .filter_map(|c| t.find(c))
        .min()
        .unwrap_or(t.len());
    let t = t[..cut].trim().trim_end_matches([',', ';', ':']).trim();
    (!t.is_empty() && t.len() <= 200 && t.chars().next().is_some_and(char::is_alphabetic)).then(|| t.to_string())
}

/// Cuts a site-name suffix (or prefix) from a page title: `Headline | The Paper`,
/// `Headline - BBC News`, `The Paper: Headline` (when the site is named). A title with no
/// separator, or whose suffix is long, is kept whole.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(k) = title.rfind(sep) {
            let (head, tail) = (title[..k].trim(), title[k + sep.len()..].trim());
            let named = site.is_some_and(|s| tail.eq_ignore_ascii_case(s.trim()));
            let short = tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3;
            if named
                || (sep == " | " && short)
                || (site.is_none()
                    && short
                    && tail.chars().next().is_some_and(char::is_uppercase)
                    && head.split_whitespace().count() >= 4)
            {
                return head.to_string();
            }
        }
    }
    if let Some(site) = site {
        if let Some(rest) = title.strip_prefix(site.trim()) {
            let rest = rest.trim_start_matches([':', '|', ' ', '-']);
            if rest.split_whitespace().count() >= 3 {
                return rest.to_string();
            }
        }
    }
    title.to_string()
}

/// A BCP 47 tag from `en`, `en-GB`, `en_GB` (none for anything else).
fn language_tag(s: &str) -> Option<String> {
    let t = s.split([',', ';']).next()?.trim().replace('_', "-");
    let ok = !t.is_empty()
        && t.len() <= 35
        && t.split('-').all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    ok.then_some(t)
}

/// Parses a date as pages write it: `2023-02-13`, `2023-02-13T10:30:00Z`, `2023/02/13`,
/// `20230213`, `13 February 2023`, `Feb. 13, 2023 5:02 PM ET`, `Monday 13 February 2023`.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) {
        let year = digits(0..4)? as i32;
        let (m, d) = if matches!(b[4], b'-' | b'/' | b'.') && b.len() >= 10 && b[7] == b[4] {
            (digits(5..7)?, digits(8..10)?)
        } else if b.len() == 8 || !b[8].is_ascii_digit() {
            (digits(4..6)?, digits(6..8)?)
        } else {
            return None;
        };
        return Date::new(year, m, d);
    }
    month_day_year(s).and_then(|(y, m, d)| Date::new(y?, m, d))
}

/// Finds a month name with a day next to it and a year after, in the first few words:
/// `(Some(2023), 2, 13)` from `Feb. 13, 2023`; the year is `None` when absent (`Feb 13`).
pub fn month_day_year(s: &str) -> Option<(Option<i32>, u32, u32)> {
    let words: Vec<&str> =
        s.split(|c: char| c.is_whitespace() || c == ',' || c == '/').filter(|w| !w.is_empty()).take(12).collect();
    let day_of = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches(['.', ',']);
        let w = ["st", "nd", "rd", "th"].iter().find_map(|x| w.strip_suffix(x)).unwrap_or(w);
        let d: u32 = w.parse().ok().filter(|_| w.len() <= 2)?;
        (1..=31).contains(&d).then_some(d)
    };
    let year_of = |w: &str| -> Option<i32> {
        let w = w.trim_end_matches(['.', ',']);
        (w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|y| (1900..=2200).contains(y))
    };
    for (k, w) in words.iter().enumerate() {
        let name = w.trim_end_matches('.').to_ascii_lowercase();
        let Ok(m) = MONTHS.binary_search_by(|e| e.0.cmp(name.as_str())) else { continue };
        let month = MONTHS[m].1;
        let after = words.get(k + 1).and_then(|w| day_of(w));
        let before = k.checked_sub(1).and_then(|j| day_of(words[j]));
        let (day, next) = match (after, before) {
            (Some(d), _) => (d, k + 2),
            (None, Some(d)) => (d, k + 1),
            _ => continue,
        };
        let year = words.get(next).and_then(|w| year_of(w));
        return Some((year, month, day));
    }
    None
}

/// A date in an address: `https://x.com/world/2023/02/13/nato-chief/`, `/2023-02-13/`.
fn date_in_url(url: &str) -> Option<Date> {
    let b = url.as_bytes();
    for (k, _) in url.match_indices('/') {
        let rest = &b[k + 1..];
        if rest.len() >= 10
            && rest[..4].iter().all(u8::is_ascii_digit)
            && matches!(rest[4], b'/' | b'-')
            && rest[7] == rest[4]
        {
            if let Some(d) = parse_date(&url[k + 1..k + 11]) {
                return Some(d);
            }
        }
    }
    None
}

/// Sets an empty slot from a cleaned value.
fn set(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        *slot = value.and_then(clean);
    }
}

/// Whitespace collapsed, length capped; none when empty.
fn clean(s: &str) -> Option<String> {
    let mut out = String::new();
    for w in s.split_whitespace() {
        if out.len() + w.len() + 1 > MAX_VALUE {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    (!out.is_empty()).then_some(out)
}

fn has_word(value: Option<&str>, word: &str) -> bool {
    value.is_some_and(|v| v.split_ascii_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_date(s).map(|d| d.to_string())
    }

    #[test]
    fn dates_as_pages_write_them() {
        assert_eq!(d("2023-02-13T23:30:00-05:00").as_deref(), Some("2023-02-13"));
        assert_eq!(d("20230213").as_deref(), Some("2023-02-13"));
        assert_eq!(d("2023/02/13 10:00").as_deref(), Some("2023-02-13"));
        assert_eq!(d("Monday 13 February 2023 10.30 GMT").as_deref(), Some("2023-02-13"));
        assert_eq!(d("Feb. 13, 2023 5:02 PM ET").as_deref(), Some("2023-02-13"));
        assert_eq!(d("Updated: March 3rd, 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(d("2023-02-30"), None);
        assert_eq!(d("13 February"), None);
        assert_eq!(d("may be"), None);
        assert_eq!(
            date_in_url("https://x.com/world/2023/02/13/nato/").map(|d| d.to_string()).as_deref(),
            Some("2023-02-13")
        );
    }

    #[test]
    fn titles_and_bylines() {
        assert_eq!(strip_site_suffix("Nato chief warns Russia | The Daily Post", None), "Nato chief warns Russia");
        assert_eq!(strip_site_suffix("War in Ukraine - BBC News", Some("BBC News")), "War in Ukraine");
        assert_eq!(strip_site_suffix("Left - right divide grows", None), "Left - right divide grows");
        assert_eq!(byline_text("By Jane Doe | Published 3 hours ago").as_deref(), Some("Jane Doe"));
        assert_eq!(byline_text("  by  ").as_deref(), None);
        assert_eq!(language_tag("en_GB").as_deref(), Some("en-GB"));
        assert_eq!(language_tag("<script>"), None);
    }
}
