//! Finding the article in a page: what is boilerplate, and which element holds the story.
//!
//! Boilerplate is marked first, per element: tags that never hold text (`script`, `svg`,
//! `button`...), page chrome (`nav`, `aside`, `footer`, `figure`...), class and id words
//! (`share-bar`, `relatedLinks`, `ad-slot`), ARIA roles, hidden elements, and blocks that
//! are mostly links (menus, "read more" lists). A chrome mark never removes an element that
//! holds half the page's paragraph text or an `<article>` (some sites wrap the whole page in
//! one `<form class="layout has-sidebar">`).
//!
//! Then the article, in order of trust: `[itemprop=articleBody]`, `<article>` (for a live
//! blog made of many `<article>` posts, their common container), `<main>`, otherwise the
//! densest block: the element whose paragraphs hold the most text (a paragraph's text
//! counts fully for its parent and half for its grandparent, as in Readability), joined by
//! its siblings that hold paragraphs too. A marked candidate must hold at least half the
//! text of the densest block, so a teaser `<article>` in a sidebar is passed over.
//!
//! All passes are linear: forward passes in document order (parents first) and backward
//! passes that add each node into its parent.

use crate::rules::contains;
use crate::rules::html::{BOILERPLATE_ROLES, BOILERPLATE_WORDS, CHROME_TAGS, NEVER_TEXT_TAGS};

use super::tree::{Kind, Tree, NONE};

/// What the passes found, per node.
pub struct Analysis {
    /// The element's subtree is left out of the body (its own mark, not its ancestors').
    pub skip: Vec<bool>,
    /// The node is inside a skipped subtree, or is one.
    pub skipped: Vec<bool>,
    /// Paragraph text (non-space bytes, links excluded) in the subtree, boilerplate excluded.
    pub prose: Vec<u32>,
    /// Readability-style score: paragraph text of children, half of grandchildren's.
    score: Vec<f32>,
    /// The subtree holds an `h2`..`h6`.
    heading: Vec<bool>,
    /// All text (non-space bytes) in the subtree, boilerplate excluded.
    text: Vec<u32>,
}

/// Tags whose text is paragraph text.
fn is_paragraph(tag: &str) -> bool {
    matches!(tag, "p" | "pre" | "blockquote" | "li" | "dd" | "td")
}

/// Non-space bytes of a text.
fn weight(text: &str) -> u32 {
    text.bytes().filter(|b| !b.is_ascii_whitespace()).count().min(u32::MAX as usize) as u32
}

/// Marks boilerplate and scores every element.
pub fn analyse(tree: &Tree) -> Analysis {
    let n = tree.nodes.len();
    let parent = |i: usize| tree.nodes[i].parent;

    // Forward: which text is paragraph text, which is link text; the nearest block.
    let mut in_par = vec![false; n];
    let mut in_link = vec![false; n];
    let mut block = vec![0usize; n];
    for i in 1..n {
        let p = parent(i);
        let tag = tree.tag(i);
        in_par[i] = in_par[p] || is_paragraph(tag);
        in_link[i] = in_link[p] || tag == "a";
        block[i] = if crate::rules::contains(crate::rules::html::BLOCK_TAGS, tag) { i } else { block[p] };
    }
    // Backward: paragraph text before any mark; whether an article marker lies below.
    let mut raw_par = vec![0u32; n];
    let mut holds_article = vec![false; n];
    for i in (1..n).rev() {
        if in_par[i] {
            raw_par[i] = raw_par[i].saturating_add(weight(tree.text(i)));
        }
        let p = parent(i);
        raw_par[p] = raw_par[p].saturating_add(raw_par[i]);
        holds_article[p] |= holds_article[i] || is_article_marker(tree, i);
    }
    let page_par = raw_par[0];

    // Forward: boilerplate marks.
    let mut skip = vec![false; n];
    let mut skipped = vec![false; n];
    for i in 1..n {
        if let Kind::Element { tag, .. } = &tree.nodes[i].kind {
            skip[i] =
                contains(NEVER_TEXT_TAGS, tag) || (raw_par[i].saturating_mul(2) <= page_par && is_chrome(tree, i));
        }
        skipped[i] = skipped[parent(i)] || skip[i];
    }

    // Backward: text and link text outside boilerplate.
    let mut text = vec![0u32; n];
    let mut links = vec![0u32; n];
    for i in (1..n).rev() {
        if !skipped[i] {
            let w = weight(tree.text(i));
            text[i] = text[i].saturating_add(w);
            if in_link[i] {
                links[i] = links[i].saturating_add(w);
            }
        }
        let p = parent(i);
        text[p] = text[p].saturating_add(text[i]);
        links[p] = links[p].saturating_add(links[i]);
    }

    // Forward: blocks that are mostly links (menus, lists of other stories).
    for i in 1..n {
        if !skipped[i]
            && !holds_article[i]
            && matches!(tree.tag(i), "ul" | "ol" | "li" | "p" | "div" | "section" | "table" | "td" | "dl")
            && text[i] > 0
            && links[i] as u64 * 10 > text[i] as u64 * 6
        {
            skip[i] = true;
        }
        skipped[i] = skipped[parent(i)] || skip[i];
    }

    // Paragraph text per block, then spread to containers.
    let mut block_text = vec![0u32; n];
    for i in 1..n {
        if !skipped[i] && !in_link[i] && matches!(tree.nodes[i].kind, Kind::Text { .. }) {
            block_text[block[i]] = block_text[block[i]].saturating_add(weight(tree.text(i)));
        }
    }
    let mut prose = vec![0u32; n];
    let mut score = vec![0f32; n];
    for i in 1..n {
        let w = block_text[i];
        if w < 20 || skipped[i] {
            continue;
        }
        let tag = tree.tag(i);
        let (own, factor) = if is_paragraph(tag) {
            (parent(i), if tag == "li" || tag == "td" { 0.5 } else { 1.0 })
        } else if matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            continue;
        } else {
            (i, 1.0) // a div with text of its own (`<div>text<br><br>text</div>`)
        };
        prose[i] = w;
        score[own] += w as f32 * factor;
        let up = parent(own);
        if up != NONE {
            score[up] += w as f32 * factor / 2.0;
        }
    }
    let mut heading = vec![false; n];
    for i in (1..n).rev() {
        let p = parent(i);
        prose[p] = prose[p].saturating_add(prose[i]);
        heading[i] |= matches!(tree.tag(i), "h2" | "h3" | "h4" | "h5" | "h6");
        heading[p] |= heading[i];
    }
    Analysis { skip, skipped, prose, score, heading, text }
}

/// Attributes whose words hint at what an element is (`data-component="byline-block"`).
pub const HINT_ATTRIBUTES: &[&str] = &["class", "id", "data-component"];

/// `<article>`, `<main>` or `[itemprop=articleBody]`.
fn is_article_marker(tree: &Tree, i: usize) -> bool {
    matches!(tree.tag(i), "article" | "main")
        || tree.attr(i, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articlebody"))
}

/// Chrome by tag, role, hidden state or class and id words.
fn is_chrome(tree: &Tree, i: usize) -> bool {
    if contains(CHROME_TAGS, tree.tag(i)) {
        return true;
    }
    if tree.attr(i, "hidden").is_some() || tree.attr(i, "aria-hidden").is_some_and(|v| v.trim() == "true") {
        return true;
    }
    if let Some(style) = tree.attr(i, "style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if tree.attr(i, "role").is_some_and(|r| r.split_whitespace().any(|r| contains(BOILERPLATE_ROLES, r))) {
        return true;
    }
    HINT_ATTRIBUTES.iter().any(|a| tree.attr(i, a).is_some_and(has_boilerplate_word))
}

/// True when a class or id value holds a boilerplate word: `share-bar`, `relatedLinks`,
/// `sr-only` (joined: `sronly`). `article-body` and `shareholders` hold none.
pub fn has_boilerplate_word(value: &str) -> bool {
    value.split_ascii_whitespace().take(32).any(|class| {
        let joined: String =
            class.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        contains(BOILERPLATE_WORDS, &joined) || class_words(class).any(|w| contains(BOILERPLATE_WORDS, &w))
    })
}

/// The words of one class name, split at non-alphanumerics and lower-to-upper case changes.
pub fn class_words(class: &str) -> impl Iterator<Item = String> + '_ {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in class.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words.into_iter()
}

/// The elements whose text is the article, in document order.
pub fn find_roots(tree: &Tree, a: &Analysis) -> Vec<usize> {
    let dense = densest(tree, a);
    let dense_prose: u32 = dense.iter().map(|&i| a.prose[i]).sum();
    let enough = |p: u32| p > 0 && p as u64 * 2 >= dense_prose as u64;

    // Outermost candidates of each kind, not inside boilerplate.
    let mut bodies = Vec::new();
    let mut articles = Vec::new();
    let mut mains = Vec::new();
    // Per node, which kinds of candidate it is inside (bit 0 body, 1 article, 2 main).
    let mut inside = vec![0u8; tree.nodes.len()];
    for i in 1..tree.nodes.len() {
        let p = tree.nodes[i].parent;
        let kind = match tree.tag(i) {
            _ if tree.attr(i, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articlebody")) => 0,
            "article" => 1,
            "main" => 2,
            _ if tree.attr(i, "role") == Some("main") => 2,
            _ => {
                inside[i] = inside[p];
                continue;
            }
        };
        inside[i] = inside[p] | 1 << kind;
        let list = match kind {
            0 => &mut bodies,
            1 => &mut articles,
            _ => &mut mains,
        };
        if !a.skipped[i] && inside[p] & 1 << kind == 0 && list.len() < 200 {
            list.push(i);
        }
    }
    if enough(bodies.iter().map(|&i| a.prose[i]).sum()) {
        return bodies;
    }
    // Inside a chosen `<article>` or `<main>`, the densest block when it holds nearly all
    // the text: that leaves out a standfirst, a topic list or an author box without hints.
    let narrow = |outer: usize| {
        let inside = dense.iter().all(|&d| tree.is_ancestor(outer, d));
        if inside && dense_prose as u64 * 4 >= a.prose[outer] as u64 * 3 {
            dense.clone()
        } else {
            vec![outer]
        }
    };
    if let Some(&best) = articles.iter().max_by_key(|&&i| a.prose[i]) {
        // Posts of a live blog: no post holds half of all, but together they hold at least
        // as much as the densest block.
        let all: u32 = articles.iter().map(|&i| a.prose[i]).sum();
        if articles.len() > 1 && a.prose[best] * 2 < all && all as u64 * 10 >= dense_prose as u64 * 9 {
            return vec![common_ancestor(tree, &articles)];
        }
        if enough(a.prose[best]) {
            return narrow(best);
        }
    }
    if let Some(&main) = mains.iter().max_by_key(|&&i| a.prose[i]) {
        if enough(a.prose[main]) {
            return narrow(main);
        }
    }
    dense
}

/// The densest block and its siblings that hold paragraph text too.
fn densest(tree: &Tree, a: &Analysis) -> Vec<usize> {
    let mut best = 0;
    for i in 1..tree.nodes.len() {
        if a.score[i] > a.score[best] {
            best = i;
        }
    }
    if best == 0 || a.score[best] <= 0.0 {
        return vec![0];
    }
    // Paragraphs each wrapped in their own containers (`<div class="text-block"><div><p>`)
    // give many near-equal candidates: their nearest common container holding three of them
    // is the article (Readability's rule).
    // (Both walks are bounded: deep nesting stays linear.)
    let near: Vec<usize> = (1..tree.nodes.len()).filter(|&i| a.score[i] >= a.score[best] * 0.75).take(64).collect();
    if near.len() >= 3 {
        // (container, how many of them it holds): at most 64 * 12 entries
        let mut holds: Vec<(usize, u32)> = Vec::new();
        for &i in &near {
            let mut up = tree.nodes[i].parent;
            for _ in 0..12 {
                if up == NONE {
                    break;
                }
                match holds.iter_mut().find(|(n, _)| *n == up) {
                    Some((_, c)) => *c += 1,
                    None => holds.push((up, 1)),
                }
                up = tree.nodes[up].parent;
            }
        }
        let mut up = tree.nodes[best].parent;
        for _ in 0..12 {
            if up == NONE || up == 0 {
                break;
            }
            if holds.iter().any(|&(n, c)| n == up && c >= 3) {
                best = up;
                break;
            }
            up = tree.nodes[up].parent;
        }
    }
    // A wrapper that adds no text stands for the block it wraps (a header beside it stops it).
    loop {
        let up = tree.nodes[best].parent;
        if up == NONE || up == 0 || a.text[up] != a.text[best] || a.skipped[up] {
            break;
        }
        best = up;
    }
    let parent = tree.nodes[best].parent;
    let threshold = (a.score[best] * 0.2).max(10.0);
    let mut out = Vec::new();
    // Headings between the blocks taken are taken too (`<div class="subhead"><h2>`).
    let mut headings = Vec::new();
    let mut s = tree.nodes[parent].first_child;
    while s != NONE {
        let sibling_prose = !a.skipped[s] && (a.score[s] >= threshold || (tree.tag(s) == "p" && a.prose[s] >= 80));
        if s == best || sibling_prose {
            out.append(&mut headings);
            out.push(s);
        } else if !out.is_empty() && !a.skipped[s] && a.heading[s] && a.prose[s] == 0 {
            headings.push(s);
        }
        s = tree.nodes[s].next_sibling;
    }
    out
}

/// The deepest element holding all of `nodes`.
fn common_ancestor(tree: &Tree, nodes: &[usize]) -> usize {
    let chain = |mut n: usize| {
        let mut c = Vec::new();
        while n != NONE {
            c.push(n);
            n = tree.nodes[n].parent;
        }
        c.reverse();
        c
    };
    let mut common = chain(nodes[0]);
    for &n in &nodes[1..] {
        let c = chain(n);
        let k = common.iter().zip(&c).take_while(|(x, y)| x == y).count();
        common.truncate(k);
    }
    common.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::super::tree::parse;
    use super::*;

    #[test]
    fn class_words_split() {
        let w: Vec<String> = class_words("relatedLinks share_bar-2 ABC").collect();
        assert_eq!(w, ["related", "links", "share", "bar", "2", "abc"]);
        assert!(has_boilerplate_word("c-share-bar"));
        assert!(has_boilerplate_word("story sr-only"));
        assert!(!has_boilerplate_word("article-body shareholders overflow-hidden"));
    }

    fn roots_text(html: &str) -> Vec<String> {
        let t = parse(html);
        let a = analyse(&t);
        find_roots(&t, &a).iter().map(|&r| t.text_content(r)).collect()
    }

    const PARA: &str = "This paragraph is long enough to count as real prose in the body of a story.";

    #[test]
    fn prefers_article_over_denser_teasers_only_when_big_enough() {
        let teaser = format!("<article><p>{PARA}</p></article>");
        let body = format!("<div id=story><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div>");
        let roots = roots_text(&format!("<aside>{teaser}</aside><section>{teaser}</section>{body}"));
        assert_eq!(roots.len(), 1);
        assert_eq!(roots[0].len(), 3 * PARA.len() + 2);
    }

    #[test]
    fn live_blog_posts_share_a_container() {
        let post = format!("<article class=post><p>{PARA}</p></article>");
        let page =
            format!("<nav><a href=/>Home</a></nav><div id=feed>{post}{post}{post}{post}</div><footer>(c)</footer>");
        let roots = roots_text(&page);
        assert_eq!(roots, [format!("{PARA} {PARA} {PARA} {PARA}")]);
    }

    #[test]
    fn chrome_wrapping_the_whole_page_is_kept() {
        let page = format!(
            "<form class=has-sidebar><div><p>{PARA}</p><p>{PARA}</p></div><div class=sidebar><p>Other</p></div></form>"
        );
        let t = parse(&page);
        let a = analyse(&t);
        assert!(!a
            .skipped
            .iter()
            .zip(&t.nodes)
            .any(|(s, n)| *s && matches!(&n.kind, Kind::Text { text, .. } if text.contains("long enough"))));
        assert!(roots_text(&page).concat().contains("long enough"));
    }
}
