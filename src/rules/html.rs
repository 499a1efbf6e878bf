//! Word lists for reading HTML pages: which tags hold prose, which are chrome, the class and
//! id words that mark boilerplate, the lines that are page furniture, date meta names.

/// Elements that never hold article text and are skipped with everything inside, wherever
/// they are: active or embedded content, form controls, and `head`.
#[rustfmt::skip]
pub const NEVER_TEXT_TAGS: &str = lines![
    "amp-ad", "amp-analytics", "amp-auto-ads", "amp-consent", "amp-embed", "amp-geo", "amp-iframe",
    "amp-img", "amp-social-share", "amp-sticky-ad", "amp-video", "applet", "audio", "button", "canvas",
    "datalist", "dialog", "embed", "head", "iframe", "input", "map", "math", "noembed", "noframes",
    "noscript", "object", "option", "picture", "script", "select", "style", "svg", "template",
    "textarea", "title", "video",
];

/// Page chrome: skipped unless the element holds most of the page's prose (some sites wrap
/// the whole page in one `<form>` or `<header>`).
#[rustfmt::skip]
pub const CHROME_TAGS: &str = lines![
    "amp-sidebar", "aside", "figcaption", "figure", "footer", "form", "header", "menu", "nav",
];

/// Elements that start and end a block of text (a paragraph of the document).
#[rustfmt::skip]
pub const BLOCK_TAGS: &str = lines![
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "li", "main", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
];

/// Elements without content or end tag.
#[rustfmt::skip]
pub const VOID_TAGS: &str = lines![
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is raw text up to the matching end tag (no tags inside).
#[rustfmt::skip]
pub const RAW_TEXT_TAGS: &[&str] = &[
    "iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea",
    "title", "xmp",
];

/// Opening one of these closes an open `<p>` (HTML's "closes a p element" list).
#[rustfmt::skip]
pub const CLOSES_P_TAGS: &str = lines![
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "ul",
];

/// Attributes kept when reading a page; every other one (event handlers, `src`, `srcdoc`...)
/// is dropped at once: we only read text.
#[rustfmt::skip]
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "aria-hidden", "class", "content", "data-component", "datetime", "hidden", "href", "http-equiv", "id", "itemprop",
    "lang", "name", "property", "rel", "role", "style", "type",
];

/// Words of a `class` or `id` (split at `-`, `_`, spaces and case changes) that mark page
/// furniture: `<div class="share-bar">`, `<ul id="relatedLinks">`, `<p class="byline">`.
#[rustfmt::skip]
pub const BOILERPLATE_WORDS: &str = lines![
    "ad", "adblock", "ads", "adsbygoogle", "adslot", "adunit", "advert", "advertisement",
    "advertising", "affiliate", "author", "authors", "banner", "breadcrumb", "breadcrumbs", "byline",
    "caption", "comment", "comments", "consent", "contributor", "cookie", "cookies", "copyright", "credit",
    "credits", "dateline", "dfp", "disqus", "dropdown", "embed", "footer", "gallery",
    "masthead", "menu", "meta", "modal", "more", "nav", "navbar", "navigation", "newsletter",
    "outbrain", "paywall", "popular", "popup", "promo", "promotion", "recirc", "recirculation",
    "recommended", "related", "share", "sharebar", "sharing", "sidebar", "signup", "skip", "social",
    "sponsor", "sponsored", "sronly", "subscribe", "subscription", "taboola", "tags", "teaser",
    "timestamp", "toolbar", "tools", "trending", "visuallyhidden", "widget",
];

/// `role` values of chrome.
#[rustfmt::skip]
pub const BOILERPLATE_ROLES: &str = lines![
    "alert", "banner", "complementary", "contentinfo", "dialog", "menu", "menubar", "navigation",
    "search", "toolbar",
];

/// Whole blocks that are page furniture, compared in lowercase without final punctuation:
/// `<p>ADVERTISEMENT</p>`, `<p>Story continues below advertisement</p>`.
#[rustfmt::skip]
pub const BOILERPLATE_LINES: &str = lines![
    "ad", "advertisement", "article continues below", "continue reading", "continue reading below",
    "copy link", "explore more on these topics", "read more", "scroll to continue with content", "share", "share this article",
    "share this story", "sign up", "skip advertisement", "sponsored", "story continues below",
    "story continues below advertisement",
];

/// Headings that introduce a list of links to other stories; the list after one is dropped.
#[rustfmt::skip]
pub const RELATED_HEADINGS: &str = lines![
    "also read", "more on this story", "more stories", "read more", "recommended", "related",
    "related articles", "related content", "related coverage", "related stories", "related topics",
    "see also", "you may also like",
];

/// First words of a short block that is a timestamp, not text: `Published 13 February 2023`.
#[rustfmt::skip]
pub const TIMESTAMP_OPENERS: &[&str] = &[
    "first published", "last modified", "last updated", "posted", "published", "updated",
];

/// `<meta name|property|itemprop>` keys that give the publication date.
#[rustfmt::skip]
pub const DATE_META_NAMES: &[&str] = &[
    "article.published", "article:published_time", "article_date_original", "citation_date",
    "citation_publication_date", "date", "datepublished", "dc.date", "dc.date.created",
    "dc.date.issued", "dcterms.created", "dcterms.date", "dcterms.issued", "og:published_time",
    "parsely-pub-date", "pubdate", "publication_date", "publish-date", "publish_date", "publishdate",
    "published_time", "sailthru.date",
];

/// The word before the names in a byline, in the languages we read: `By`, `Von`, `Par`.
#[rustfmt::skip]
pub const BYLINE_WORDS: &str = lines!["af", "av", "by", "door", "par", "por", "von"];
