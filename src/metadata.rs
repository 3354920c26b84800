//! Page metadata from `<title>`, `<meta>` (plain, OpenGraph, Twitter, Dublin Core),
//! `<link rel=canonical>`, JSON-LD, `<time>`, `<html lang>` and the first `<h1>`.

use html5ever::local_name;
use serde_json::Value;

use crate::dom::{Document, NodeData, NodeId, DOCUMENT};
use crate::names::NameSignal;

/// What the page says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Metadata {
    /// The page's headline, without the site-name suffix of `<title>`.
    pub title: Option<String>,
    /// Authors' names, in the order the page gives them.
    pub authors: Vec<String>,
    /// Publication date as `YYYY-MM-DD` when it can be read (ISO, `March 11, 2024`,
    /// `11.03.2024`, ...), otherwise as the page gives it.
    pub date: Option<String>,
    /// The site's name (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// The page's summary (`description`, `og:description`).
    pub description: Option<String>,
    /// Language tag from `<html lang>` or `content-language`.
    pub language: Option<String>,
    /// Canonical URL (`<link rel=canonical>`, `og:url`), resolved against the page URL.
    pub canonical_url: Option<String>,
    /// What kind of page this is, when the page declares it (JSON-LD `@type`, `og:type`).
    pub page_type: Option<PageType>,
    /// Last modification date as `YYYY-MM-DD` (JSON-LD `dateModified`,
    /// `article:modified_time`, an "Updated" `<time>`), when the page gives one.
    pub modified: Option<String>,
    /// The page's main image (`og:image`, `twitter:image`, JSON-LD `image`), resolved
    /// against the page URL.
    pub image: Option<String>,
    /// Tags and keywords (`article:tag`, JSON-LD `keywords`, `<meta name=keywords>`).
    pub tags: Vec<String>,
    /// Sections and categories (`article:section`, JSON-LD `articleSection`).
    pub categories: Vec<String>,
}

/// The kind of page, as declared by its structured data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum PageType {
    /// A news article, blog post or other single piece of writing.
    Article,
    /// A discussion: forum thread, question with answers.
    Forum,
    /// A product page.
    Product,
    /// A list of items: category, archive, search results.
    Listing,
    /// Technical documentation.
    Documentation,
    /// A page that declares some other kind (a home page, an event, an organisation).
    Other,
}

impl PageType {
    /// Whether the type has one main text (not a list of other pages or products).
    pub(crate) fn has_main_text(self) -> bool {
        matches!(
            self,
            PageType::Article | PageType::Forum | PageType::Documentation | PageType::Product
        )
    }
}

/// The page type declared by JSON-LD (the most specific `@type` found) or else by `og:type`.
fn declared_page_type(
    objects: &[&serde_json::Map<String, Value>],
    og_type: Option<&str>,
) -> Option<PageType> {
    const FORUM: &[&str] = &[
        "DiscussionForumPosting",
        "QAPage",
        "Question",
        "SocialMediaPosting",
    ];
    const PRODUCT: &[&str] = &["Product", "ProductGroup", "IndividualProduct"];
    const DOCS: &[&str] = &["TechArticle", "APIReference"];
    const LISTING: &[&str] = &["CollectionPage", "SearchResultsPage"];
    // A discussion or product declaration outranks a generic article one on the same page.
    for (types, kind) in [
        (FORUM, PageType::Forum),
        (PRODUCT, PageType::Product),
        (DOCS, PageType::Documentation),
        (ARTICLE_FAMILY, PageType::Article),
        (LISTING, PageType::Listing),
    ] {
        if objects.iter().any(|o| has_type(o, types)) {
            return Some(kind);
        }
    }
    if let Some(og) = og_type.map(str::to_ascii_lowercase) {
        return Some(if og.contains("forum") {
            PageType::Forum
        } else if og.contains("product") {
            PageType::Product
        } else if og == "article" || og.contains("blog") {
            PageType::Article
        } else {
            PageType::Other
        });
    }
    // JSON-LD that describes the page as something else entirely.
    const OTHER: &[&str] = &[
        "WebSite",
        "Event",
        "Organization",
        "LocalBusiness",
        "Person",
    ];
    objects
        .iter()
        .any(|o| has_type(o, OTHER))
        .then_some(PageType::Other)
}

/// `<meta>` elements read: real pages have a few dozen; every lookup scans them all.
const MAX_METAS: usize = 4096;

/// Raw values collected in one walk over the document.
#[derive(Default)]
struct Collected {
    title_tag: Option<String>,
    h1: Option<String>,
    lang: Option<String>,
    canonical: Option<String>,
    time_datetime: Option<String>,
    /// The first short byline in the page (`rel=author`, `itemprop=author`, a class naming
    /// the author or byline), with "By" removed.
    byline: Option<String>,
    /// Elements examined as possible bylines (bounded so the walk stays linear).
    byline_tries: u32,
    /// The first date written out in a dated element (`<time>` text, a class naming a date).
    text_date: Option<String>,
    /// A date written in short text near the first `<h1>`: after it, or else before it.
    headline_date: Option<String>,
    date_before_h1: Option<String>,
    date_tries: u32,
    /// The first `<time datetime>` not labelled as an update, and the first labelled so.
    time_updated: Option<String>,
    /// Microdata on elements other than `<meta>`: `itemprop=headline` text, and
    /// `datePublished` / `dateModified` values.
    micro_headline: Option<String>,
    micro_published: Option<String>,
    micro_modified: Option<String>,
    /// `(key, content)` of every `<meta>` with a name, property or itemprop, keys lower-cased.
    metas: Vec<(String, String)>,
    json_ld: Vec<Value>,
}

impl Collected {
    /// Every non-empty value of the `<meta>` keys, in page order.
    fn meta_all(&self, keys: &[&str]) -> Vec<String> {
        self.metas
            .iter()
            .filter(|(key, v)| keys.contains(&key.as_str()) && !v.trim().is_empty())
            .map(|(_, v)| clean(v))
            .collect()
    }

    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(key, v)| key == k && !v.trim().is_empty())
                .map(|(_, v)| clean(v))
        })
    }
}

/// Collapses whitespace and trims.
pub(crate) fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes the character references that leak into JSON-LD strings (`&amp;`, `&#39;`, ...).
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let ch = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((ch, e + 1))
        });
        match decoded {
            Some((ch, len)) => {
                out.push(ch);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// All text under `id`, whitespace-collapsed.
fn text_of(doc: &Document, id: NodeId) -> String {
    let mut out = String::new();
    for n in doc.preorder(id) {
        if let NodeData::Text(t) = doc.data(n) {
            out.push_str(t);
        }
    }
    clean(&out)
}

/// Most nodes and input bytes a reader of a short value (a date, a name, a microdata
/// headline) looks at under one element. Every such reader is called for many elements,
/// some nested in each other, so each call must cost O(1) however large the subtree: a
/// value that is not found within these bounds is not short.
const SHORT_TEXT_NODES: usize = 256;
const SHORT_TEXT_BYTES: usize = 4096;

/// The whitespace-collapsed text under `id` when it is at most `max_chars` characters,
/// read within [`SHORT_TEXT_NODES`] nodes and [`SHORT_TEXT_BYTES`] bytes of text; `None`
/// when it is longer (or the subtree too large to tell). `spaced` puts a space between
/// text nodes, so a label and the name in the next element ("Written by<a>Jane</a>")
/// stay apart.
fn short_text(doc: &Document, id: NodeId, max_chars: usize, spaced: bool) -> Option<String> {
    let mut out = String::new();
    let mut chars = 0;
    let mut bytes = 0;
    let mut space = false;
    let mut nodes = doc.preorder(id);
    for n in nodes.by_ref().take(SHORT_TEXT_NODES) {
        let NodeData::Text(t) = doc.data(n) else {
            continue;
        };
        bytes += t.len();
        if bytes > SHORT_TEXT_BYTES {
            return None;
        }
        for c in t.chars() {
            if c.is_whitespace() {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                chars += 1;
                space = false;
            }
            out.push(c);
            chars += 1;
            if chars > max_chars {
                return None;
            }
        }
        space |= spaced && !out.is_empty();
    }
    nodes.next().is_none().then_some(out)
}

fn collect(doc: &Document, signals: &[NameSignal]) -> Collected {
    let mut c = Collected::default();
    // Text nodes read for a date near the headline: the last date before the first `<h1>`
    // and the first after it (`None` until the `<h1>` is seen).
    let mut after_h1: Option<u32> = None;
    let mut before_h1_window: u32 = 0;
    let mut walk = doc.preorder(DOCUMENT);
    while let Some(id) = walk.next() {
        if let NodeData::Text(t) = doc.data(id) {
            near_headline_date(t, &mut after_h1, &mut before_h1_window, &mut c);
            continue;
        }
        let Some(el) = doc.element(id) else { continue };
        if el.name.local == local_name!("h1") && after_h1.is_none() {
            after_h1 = Some(0);
        }
        if c.byline.is_none() && c.byline_tries < 8 {
            let found = if names_author(el, &signals[id.index()])
                || (el.name.local == local_name!("a") && is_author_link(el))
            {
                c.byline_tries += 1;
                byline_of(doc, id)
            } else {
                label_sibling_byline(doc, id, &mut c.byline_tries)
            };
            c.byline = found;
        }
        if c.text_date.is_none() && c.date_tries < 12 && names_date(el, &signals[id.index()]) {
            c.date_tries += 1;
            if let Some(text) = short_text(doc, id, 80, false) {
                c.text_date = parse_date(&text);
            }
        }
        if el.name.local != local_name!("meta") {
            if let Some(prop) = el.attr_named(&local_name!("itemprop")) {
                read_microdata(doc, id, el, prop, &mut c);
            }
        }
        match el.name.local {
            local_name!("html") => {
                if let Some(lang) = el.attr("lang").or_else(|| el.attr("xml:lang")) {
                    if !lang.trim().is_empty() {
                        c.lang = Some(lang.trim().to_string());
                    }
                }
            }
            local_name!("title") if c.title_tag.is_none() => {
                if !doc.has_ancestor_tag(id, &local_name!("svg")) {
                    c.title_tag = Some(text_of(doc, id));
                }
            }
            local_name!("h1") if c.h1.is_none() => {
                // Permalink marks (`¶`, `#`) trail many documentation headings.
                let text = text_of(doc, id)
                    .trim_end_matches(['¶', '#', '§', '🔗', ' '])
                    .to_string();
                if !text.is_empty() {
                    c.h1 = Some(text);
                }
            }
            local_name!("time") if c.time_datetime.is_none() || c.time_updated.is_none() => {
                if let Some(dt) = el.attr("datetime").filter(|d| !d.trim().is_empty()) {
                    let slot = if labelled_update(doc, id) {
                        &mut c.time_updated
                    } else {
                        &mut c.time_datetime
                    };
                    if slot.is_none() {
                        *slot = Some(dt.trim().to_string());
                    }
                }
            }
            local_name!("link") if c.canonical.is_none() => {
                let is_canonical = el.attr_named(&local_name!("rel")).is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                });
                if let (true, Some(href)) = (is_canonical, el.attr_named(&local_name!("href"))) {
                    c.canonical = Some(href.trim().to_string());
                }
            }
            local_name!("meta") => {
                let key = el
                    .attr("property")
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr_named(&local_name!("itemprop")))
                    .or_else(|| el.attr("http-equiv"));
                if let (Some(key), Some(content), true) =
                    (key, el.attr("content"), c.metas.len() < MAX_METAS)
                {
                    c.metas
                        .push((key.trim().to_ascii_lowercase(), content.to_string()));
                }
            }
            local_name!("script") => {
                let is_ld = el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if is_ld {
                    let raw = text_of_raw(doc, id);
                    if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
                        c.json_ld.push(v);
                    }
                }
                walk.skip_children_of(id);
            }
            _ => {}
        }
    }
    c
}

/// Text nodes after the first `<h1>` read for a date, and before it.
const HEADLINE_DATE_WINDOW: u32 = 300;
const BEFORE_HEADLINE_WINDOW: u32 = 60;

/// Reads a short text node near the headline for a written-out date. Blank text does not
/// count towards the windows; long text counts but is never read.
fn near_headline_date(
    text: &str,
    after_h1: &mut Option<u32>,
    before_h1_window: &mut u32,
    c: &mut Collected,
) {
    if c.headline_date.is_some() {
        return;
    }
    let long = text.len() > 320;
    let t = if long { "" } else { text.trim() };
    if !long && t.is_empty() {
        return;
    }
    // A readable date has a four-digit year.
    let candidate = t.len() <= 80 && t.bytes().filter(u8::is_ascii_digit).count() >= 4;
    match after_h1 {
        Some(n) if *n < HEADLINE_DATE_WINDOW => {
            *n += 1;
            if candidate {
                c.headline_date = parse_date(t);
            }
        }
        Some(_) => {}
        None => {
            *before_h1_window += 1;
            if let Some(date) = candidate.then(|| parse_date(t)).flatten() {
                c.date_before_h1 = Some(date);
                *before_h1_window = 0;
            } else if *before_h1_window > BEFORE_HEADLINE_WINDOW {
                c.date_before_h1 = None;
            }
        }
    }
}

/// Longest microdata value read: a headline or a date, not a paragraph.
const MAX_MICRODATA_CHARS: usize = 200;

/// Microdata outside `<meta>`: a headline's text, publication and modification dates from
/// `datetime`, `content` or the text.
fn read_microdata(
    doc: &Document,
    id: NodeId,
    el: &crate::dom::Element,
    prop: &str,
    c: &mut Collected,
) {
    let value = || {
        el.attr("datetime")
            .or_else(|| el.attr("content"))
            .map(str::to_string)
            .or_else(|| short_text(doc, id, MAX_MICRODATA_CHARS, false))
            .filter(|v| !v.trim().is_empty() && v.chars().count() <= MAX_MICRODATA_CHARS)
    };
    for p in prop.split_ascii_whitespace() {
        if p.eq_ignore_ascii_case("headline") && c.micro_headline.is_none() {
            c.micro_headline = value();
        } else if p.eq_ignore_ascii_case("datePublished") && c.micro_published.is_none() {
            c.micro_published = value();
        } else if p.eq_ignore_ascii_case("dateModified") && c.micro_modified.is_none() {
            c.micro_modified = value();
        }
    }
}

/// Siblings looked at before a `<time>` for its label: enough for "Updated:" in a text
/// node or a `<span>` of its own, few enough that a row of 80,000 `<time>` siblings is read
/// in linear time.
const TIME_LABEL_SIBLINGS: usize = 4;

/// Whether a `<time>` is labelled as an update ("Updated", "Last modified") by the text
/// just before it among its siblings.
fn labelled_update(doc: &Document, id: NodeId) -> bool {
    let mut label = String::new();
    let mut prev = doc.node(id).prev_sibling;
    for _ in 0..TIME_LABEL_SIBLINGS {
        let Some(sibling) = prev else { break };
        if label.len() > 80 {
            break;
        }
        if let NodeData::Text(t) = doc.data(sibling) {
            label.push_str(clip(t, 80));
        } else if doc.element(sibling).is_some() {
            // Text in a sibling label element (`<span>Updated:</span><time>`).
            for n in doc.preorder(sibling).take(8) {
                if let NodeData::Text(t) = doc.data(n) {
                    label.push_str(clip(t, 80));
                }
            }
        }
        label.push(' ');
        prev = doc.node(sibling).prev_sibling;
    }
    let label = label.to_lowercase();
    ["updat", "modif", "edited", "revised", "aktualisiert"]
        .iter()
        .any(|w| label.contains(w))
}

/// The last `max` bytes of `text` or fewer, cut at a character boundary: the part of a
/// label nearest what it labels.
fn clip(text: &str, max: usize) -> &str {
    let mut start = text.len().saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// An element that marks up an author: `rel=author`, `itemprop=author`, or a class/id word
/// `author` or `byline`.
fn names_author(el: &crate::dom::Element, signal: &NameSignal) -> bool {
    signal.author
        || el.attr_named(&local_name!("rel")).is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("author"))
        })
        || el
            .attr_named(&local_name!("itemprop"))
            .is_some_and(|p| p.eq_ignore_ascii_case("author"))
}

/// An element that holds a date: `<time>`, `itemprop=datePublished`, or a class/id word
/// naming a date.
fn names_date(el: &crate::dom::Element, signal: &NameSignal) -> bool {
    signal.date
        || el.name.local == local_name!("time")
        || el
            .attr_named(&local_name!("itemprop"))
            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names (`Feb`, `February`, `Sept.`), 1-based.
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w) || (w == "sept" && *m == "september"))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn valid_date(y: u32, m: u32, d: u32) -> Option<String> {
    ((1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A calendar date written in `text`, as `YYYY-MM-DD`: ISO (`2024-03-11`, `2024/03/11`),
/// `March 11, 2024`, `11 March 2024`, `03/11/2024` (month first) or `11.03.2024`.
pub(crate) fn parse_date(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')' | '[' | ']')))
        .filter(|w| !w.is_empty())
        .collect();
    // The leading number of a word: `11th` and `2025T10:00` read as 11 and 2025.
    let num = |w: &str| -> Option<u32> {
        let digits = w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = &w[digits..];
        let ok_rest = rest.is_empty()
            || rest.starts_with(['T', '.'])
            || rest.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
        ((1..=4).contains(&digits) && ok_rest).then(|| w[..digits].parse().ok())?
    };
    for (i, w) in words.iter().enumerate() {
        let parts: Vec<&str> = w.split(['-', '/', '.', 'T']).collect();
        if parts.len() >= 3 {
            let n: Vec<Option<u32>> = parts.iter().take(3).map(|p| p.parse().ok()).collect();
            if let [Some(a), Some(b), Some(c)] = n[..] {
                // Year first; day first with dots; month first with slashes unless the first
                // number cannot be a month (`13/11/2025`).
                let found = if parts[0].len() == 4 {
                    valid_date(a, b, c)
                } else if w.contains('.') {
                    valid_date(c, b, a)
                } else {
                    valid_date(c, a, b).or_else(|| valid_date(c, b, a))
                };
                if found.is_some() {
                    return found;
                }
            }
        }
        if let Some(m) = month_number(w) {
            // Month D YYYY
            if let (Some(d), Some(y)) = (
                words.get(i + 1).and_then(|x| num(x)),
                words.get(i + 2).and_then(|x| num(x)),
            ) {
                if let Some(date) = valid_date(y, m, d) {
                    return Some(date);
                }
            }
            // YYYY Month D
            if let (Some(y), Some(d)) = (
                i.checked_sub(1)
                    .and_then(|p| words.get(p))
                    .and_then(|x| num(x))
                    .filter(|y| *y >= 1000),
                words.get(i + 1).and_then(|x| num(x)),
            ) {
                if let Some(date) = valid_date(y, m, d) {
                    return Some(date);
                }
            }
            // D Month YYYY
            if let (Some(d), Some(y)) = (
                i.checked_sub(1)
                    .and_then(|p| words.get(p))
                    .and_then(|x| num(x)),
                words.get(i + 1).and_then(|x| num(x)),
            ) {
                if let Some(date) = valid_date(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// Words that label a byline rather than name anyone.
const BYLINE_LABELS: &[&str] = &[
    "written by",
    "posted by",
    "reviewed by",
    "published by",
    "author",
    "authors",
    "by",
    "von",
    "par",
    "por",
];

/// A person's name from byline text: "By Jane Doe and John Roe" gives "Jane Doe and John
/// Roe"; text too long to be a name, with digits (a date), or only a label gives nothing.
fn byline_text(text: &str) -> Option<String> {
    let mut t = text.trim();
    // Longest labels first, so "Written by" is not read as "Written" plus a name.
    for label in BYLINE_LABELS {
        let Some(head) = t.get(..label.len()) else {
            continue;
        };
        let rest = &t[label.len()..];
        if head.eq_ignore_ascii_case(label) && (rest.is_empty() || rest.starts_with([' ', ':'])) {
            t = rest.trim_start_matches([' ', ':']);
            break;
        }
    }
    let t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '-'));
    let words = t.split_whitespace().count();
    let plausible = (1..=6).contains(&words)
        && t.chars().count() <= 60
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '*' | '@' | ':'))
        && !BYLINE_LABELS.iter().any(|l| t.eq_ignore_ascii_case(l))
        && !t.eq_ignore_ascii_case("the author");
    plausible.then(|| t.to_string())
}

/// A link to an author's page: `rel=author`, or a path with an `author`/`authors` segment
/// (`/author/jane-doe/`).
fn is_author_link(el: &crate::dom::Element) -> bool {
    if el.attr_named(&local_name!("rel")).is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case("author"))
    }) {
        return true;
    }
    el.attr_named(&local_name!("href")).is_some_and(|href| {
        // Most links name no author: one substring search rules them out.
        if !href.contains("author") && !href.contains("Author") && !href.contains("AUTHOR") {
            return false;
        }
        let path = href.split(['?', '#']).next().unwrap_or("");
        path.split('/')
            .any(|seg| seg.eq_ignore_ascii_case("author") || seg.eq_ignore_ascii_case("authors"))
    })
}

/// A name after an explicit "Written by" / "Posted by" / "Author:" label in short text,
/// every word of it capitalised.
fn written_by(text: &str) -> Option<String> {
    // Called for every short leaf element: the checks that reject most text come first and
    // allocate nothing.
    if text.len() > 320 || text.chars().count() > 80 {
        return None;
    }
    let explicit = [
        "written by ",
        "posted by ",
        "authored by ",
        "author: ",
        "by ",
    ]
    .iter()
    .any(|l| {
        text.get(..l.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(l))
    });
    if !explicit {
        return None;
    }
    let name = byline_text(text)?;
    let capitalised = name.split_whitespace().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || matches!(w, "van" | "von" | "de" | "der" | "den" | "da" | "and" | "&")
    });
    (capitalised && name != text.trim()).then_some(name)
}

/// Longest byline text read: a label, a name of up to 60 characters and some punctuation.
const MAX_BYLINE_CHARS: usize = 200;

/// Elements looked at inside a byline for the name itself.
const BYLINE_SCAN: usize = 64;

/// The author an element marked as author or byline names: a name element inside it
/// (`itemprop=name`, a link to the author's page, a class word `name`) wins over the whole
/// text, which may carry a label, a job title or a date.
fn byline_of(doc: &Document, id: NodeId) -> Option<String> {
    for n in doc.preorder(id).skip(1).take(BYLINE_SCAN) {
        let Some(el) = doc.element(n) else { continue };
        let named = el
            .attr_named(&local_name!("itemprop"))
            .is_some_and(|p| p.eq_ignore_ascii_case("name"))
            || (el.name.local == local_name!("a") && is_author_link(el))
            || el.attr_named(&local_name!("class")).is_some_and(|c| {
                let mut found = false;
                crate::names::name_words(c, |w| found |= w == "name");
                found
            });
        if named {
            if let Some(name) =
                short_text(doc, n, MAX_BYLINE_CHARS, true).and_then(|t| byline_text(&t))
            {
                return Some(name);
            }
        }
    }
    if let Some(name) = short_text(doc, id, MAX_BYLINE_CHARS, true).and_then(|t| byline_text(&t)) {
        return Some(name);
    }
    // A byline box with more in it (photo caption, job title, bio): its first lines.
    doc.preorder(id)
        .take(BYLINE_SCAN)
        .filter_map(|n| match doc.data(n) {
            NodeData::Text(t) if !t.trim().is_empty() => Some(t),
            _ => None,
        })
        .take(3)
        .find_map(|t| byline_text(t))
}

/// A short leaf element whose whole text is a byline label ("Written by"): the name is in
/// the element after it.
fn label_sibling_byline(doc: &Document, id: NodeId, tries: &mut u32) -> Option<String> {
    let mut children = doc.children(id);
    let only = children.next()?;
    if children.next().is_some() {
        return None;
    }
    let NodeData::Text(t) = doc.data(only) else {
        return None;
    };
    let label = t.trim().trim_end_matches(':').trim();
    if label.len() > 12 || !BYLINE_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l)) {
        // "Written by Jane Doe" in one short element.
        return written_by(label);
    }
    *tries += 1;
    let mut next = doc.node(id).next_sibling;
    while let Some(n) = next {
        if doc.element(n).is_some() {
            return byline_of(doc, n);
        }
        next = doc.node(n).next_sibling;
    }
    None
}

/// Text under `id` as it is (for script bodies).
fn text_of_raw(doc: &Document, id: NodeId) -> String {
    let mut out = String::new();
    for n in doc.children(id) {
        if let NodeData::Text(t) = doc.data(n) {
            out.push_str(t);
        }
    }
    out
}

/// Every JSON-LD object on the page, flattened out of arrays and `@graph`, without recursion.
fn json_ld_objects(values: &[Value]) -> Vec<&serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                out.push(map);
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
            }
            _ => {}
        }
    }
    out
}

fn has_type(obj: &serde_json::Map<String, Value>, wanted: &[&str]) -> bool {
    let matches = |s: &str| wanted.iter().any(|w| s.eq_ignore_ascii_case(w));
    match obj.get("@type") {
        Some(Value::String(s)) => matches(s),
        Some(Value::Array(a)) => a.iter().any(|v| v.as_str().is_some_and(matches)),
        _ => false,
    }
}

/// JSON-LD types of a single piece of writing.
const ARTICLE_FAMILY: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "Recipe",
    "HowTo",
];

/// Other JSON-LD types whose object describes the page's main content (headline, author,
/// date), besides the article family.
const OTHER_MAIN_TYPES: &[&str] = &["WebPage", "Product", "DiscussionForumPosting", "QAPage"];

/// Names in a JSON-LD `author`: a string, an object with `name`, or an array of either.
fn ld_names(v: &Value) -> Vec<String> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    items
        .into_iter()
        .filter_map(|item| match item {
            Value::String(s) => Some(clean(&decode_entities(s))),
            Value::Object(o) => o
                .get("name")
                .and_then(Value::as_str)
                .map(|n| clean(&decode_entities(n))),
            _ => None,
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// Whether a JSON-LD `author` names an organisation rather than people.
fn ld_author_is_organization(v: &Value) -> bool {
    let first = match v {
        Value::Array(a) => a.first(),
        other => Some(other),
    };
    first
        .and_then(Value::as_object)
        .is_some_and(|o| has_type(o, &["Organization", "NewsMediaOrganization", "Corporation"]))
}

fn ld_string(obj: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(clean(&decode_entities(s))),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(clean),
        _ => None,
    }
}

/// A JSON-LD text field kept with its line breaks (paragraphs), trimmed.
fn ld_text(obj: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    let text = obj.get(key)?.as_str()?.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// `2022-09-14T09:12:00Z` and `2022-09-14` become `2022-09-14`; other forms stay as given.
pub(crate) fn normalize_date(raw: &str) -> String {
    let raw = raw.trim();
    let b = raw.as_bytes();
    let iso = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit);
    if iso {
        raw[..10].to_string()
    } else {
        raw.to_string()
    }
}

/// A date as `YYYY-MM-DD` when it can be read, else as given.
fn normalize_any_date(raw: &str) -> String {
    parse_date(raw).unwrap_or_else(|| normalize_date(raw))
}

/// A date in a URL path: `/2024/03/11/slug` or `/2024-03-11-slug`.
fn date_in_url(path: &str) -> Option<String> {
    let segments: Vec<&str> = path.split('/').collect();
    for w in segments.windows(3) {
        let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if all_digits(w[0], 4) && all_digits(w[1], 2) && all_digits(w[2], 2) {
            let n = |s: &str| s.parse::<u32>().ok();
            if let (Some(y), Some(m), Some(d)) = (n(w[0]), n(w[1]), n(w[2])) {
                if let Some(date) = valid_date(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    segments.iter().find_map(|seg| {
        let b = seg.as_bytes();
        (b.len() >= 10 && b[4] == b'-' && b[7] == b'-')
            .then(|| parse_date(seg.get(..10)?))
            .flatten()
    })
}

/// A JSON-LD URL: a string, an object with `url`, or the first of an array.
fn ld_url(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(o) => o
            .get("url")
            .or_else(|| o.get("contentUrl"))
            .and_then(ld_url),
        Value::Array(a) => a.iter().find_map(ld_url),
        _ => None,
    }
}

/// A JSON-LD list of names: an array of strings, or one comma-separated string.
fn ld_list(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => split_list(&decode_entities(s)),
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .map(|s| clean(&decode_entities(s)))
            .filter(|s| !s.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split([',', ';'])
        .map(clean)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Most tags or categories kept: keyword stuffing can list hundreds.
const MAX_TAGS: usize = 50;

/// Without repeats (case-insensitive), in order, at most [`MAX_TAGS`].
fn dedup_limited(items: Vec<String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for item in items {
        if out.len() == MAX_TAGS {
            break;
        }
        let key = item.to_lowercase();
        if !seen.contains(&key) && out.len() < MAX_TAGS {
            seen.push(key);
            out.push(item);
        }
    }
    out
}

/// Separators sites put between a headline and their name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// The share of two titles' words (four letters or more, case-insensitive) that they have
/// in common: the size of the intersection over the size of the union.
fn word_overlap(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    let (a, b) = (words(a), words(b));
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// Word overlap above which the visible `<h1>` is a variant of the declared title.
const SAME_TITLE_OVERLAP: f64 = 0.25;

/// What names the site in a `<title>`: its declared name, and the labels of its host name.
struct Site<'a> {
    name: Option<&'a str>,
    /// Host labels without `www` and the top-level domain ("tires", "bridgestone"); empty
    /// on a home page, whose title is the site's own name and slogan.
    host_labels: Vec<String>,
}

impl<'a> Site<'a> {
    fn new(name: Option<&'a str>, url: Option<&url::Url>) -> Self {
        let host_labels = match url {
            Some(u) if !matches!(u.path(), "" | "/") => {
                let host = u.host_str().unwrap_or_default().to_lowercase();
                let labels: Vec<&str> = host.split('.').collect();
                let without_tld = &labels[..labels.len().saturating_sub(1)];
                without_tld
                    .iter()
                    .filter(|l| l.len() >= 3 && **l != "www")
                    .map(|l| l.to_string())
                    .collect()
            }
            _ => Vec::new(),
        };
        Site { name, host_labels }
    }

    /// Whether a `<title>` part names the site: its declared name, or its host name spelled
    /// out ("B&H Photo Video" on bhphotovideo.com, "Raspberry Pi Forums" on
    /// forums.raspberrypi.com) or abbreviated ("Wine & Spirit Education Trust" on
    /// wsetglobal.com).
    fn is_named_by(&self, part: &str) -> bool {
        let part = part.trim();
        if self
            .name
            .is_some_and(|n| n.trim().eq_ignore_ascii_case(part))
        {
            return true;
        }
        if self.host_labels.is_empty() {
            return false;
        }
        let compact: String = part
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if compact.is_empty() {
            return false;
        }
        let words: Vec<&str> = part
            .split(|c: char| c.is_whitespace() || c == '&' || c == '-')
            .filter(|w| !w.is_empty())
            .collect();
        let initials: String = if words.len() >= 3 {
            words
                .iter()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_lowercase)
                .collect()
        } else {
            String::new()
        };
        self.host_labels.iter().any(|label| {
            compact == *label
                || (compact.len() >= 4 && label.contains(&compact))
                || (label.len() >= 4
                    && compact.contains(label.as_str())
                    && compact.len() <= label.len() + 12)
                || (!initials.is_empty() && label.starts_with(&initials))
        })
    }
}

/// Longest title read for its parts: a headline, a section and a site name fit many times.
const MAX_TITLE_BYTES: usize = 2048;

/// The first `max` bytes of `text` or fewer, cut at a character boundary.
fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Removes the parts that name the site from a declared headline.
fn strip_exact_site_name(title: &str, site: &Site<'_>) -> String {
    // Each round below removes a part and splits the title again: bounded by the length.
    let mut title = clean(head(title, MAX_TITLE_BYTES));
    'strip: loop {
        for sep in TITLE_SEPARATORS {
            let parts: Vec<&str> = title.split(sep).collect();
            if parts.len() < 2 {
                continue;
            }
            let rest: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| !site.is_named_by(p))
                .collect();
            if !rest.is_empty() && rest.len() < parts.len() {
                title = rest.join(sep).trim().to_string();
                continue 'strip;
            }
        }
        return title;
    }
}

/// Removes site-name parts from a `<title>`: parts that name the site, or else, one at a
/// time, an end part that is much shorter than the rest ("Headline - Section - Site").
fn strip_site_name(title: &str, site: &Site<'_>) -> String {
    let mut title = strip_exact_site_name(title, site);
    'strip: loop {
        for sep in TITLE_SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(sep) {
                if tail.chars().count() * 2 < head.chars().count() {
                    title = head.trim().to_string();
                    continue 'strip;
                }
            }
            if let Some((head, tail)) = title.split_once(sep) {
                if head.chars().count() * 2 < tail.chars().count() {
                    title = tail.trim().to_string();
                    continue 'strip;
                }
            }
        }
        return title;
    }
}

/// What the page says about itself, plus the article text its JSON-LD declares (some pages
/// render their body with scripts and carry it only there).
pub(crate) struct PageFacts {
    pub(crate) metadata: Metadata,
    pub(crate) declared_body: Option<String>,
}

/// Reads the metadata of `doc` and its declared article body; `signals` are the per-node
/// class/id readings.
pub(crate) fn page_facts(
    doc: &Document,
    signals: &[NameSignal],
    page_url: Option<&url::Url>,
) -> PageFacts {
    let c = collect(doc, signals);
    let objects = json_ld_objects(&c.json_ld);
    // A page's `@graph` often lists the `WebPage` before the `Article` it holds; the article
    // is the better description of the content.
    let article = objects
        .iter()
        .find(|o| has_type(o, ARTICLE_FAMILY))
        .or_else(|| objects.iter().find(|o| has_type(o, OTHER_MAIN_TYPES)));

    let site_name = c.meta(&["og:site_name", "application-name"]).or_else(|| {
        article
            .and_then(|a| a.get("publisher"))
            .and_then(|p| ld_names(p).into_iter().next())
    });

    let ld_headline =
        article.and_then(|a| ld_string(a, "headline").or_else(|| ld_string(a, "name")));
    // The page's own URL, or else the one it declares, tells which title parts name the site.
    let declared_url = c
        .canonical
        .clone()
        .or_else(|| c.meta(&["og:url"]))
        .and_then(|u| url::Url::parse(u.trim()).ok());
    let site = Site::new(site_name.as_deref(), page_url.or(declared_url.as_ref()));
    // A declared headline only loses the parts that name the site; `<title>` also gets the
    // length heuristic.
    let declared = c
        .meta(&["og:title", "twitter:title"])
        .or(ld_headline)
        .or_else(|| c.micro_headline.clone())
        .map(|t| strip_exact_site_name(&t, &site))
        .filter(|t| !t.is_empty());
    let from_title_tag = c
        .title_tag
        .as_deref()
        .filter(|t| !t.is_empty())
        .map(|t| strip_site_name(t, &site));
    // The visible `<h1>` is the headline readers see; declared titles are often rewritten
    // for search and social cards. It wins when it is a variant of them, sharing a fair
    // part of their words (a logo `<h1>` holding the site name, or a section heading that
    // shares one word, does not count).
    let h1 = c.h1.clone().filter(|h| {
        let is_site = site_name
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case(h));
        let others = [declared.as_deref(), from_title_tag.as_deref()];
        let related = others
            .iter()
            .flatten()
            .any(|o| word_overlap(h, o) >= SAME_TITLE_OVERLAP);
        !is_site && (related || others.iter().all(Option::is_none))
    });
    let title = h1.or(declared).or(from_title_tag);

    // People named by JSON-LD, then `<meta>`, then a byline in the page; an organisation
    // named as author only when nothing names a person.
    let ld_author = article.and_then(|a| a.get("author"));
    let ld_people = ld_author
        .filter(|v| !ld_author_is_organization(v))
        .map(ld_names)
        .unwrap_or_default();
    let meta_author = c
        .meta(&[
            "author",
            "article:author",
            "dc.creator",
            "byl",
            "sailthru.author",
            "parsely-author",
        ])
        .filter(|a| !a.starts_with("http"))
        .and_then(|a| byline_text(&a).or(Some(a)));
    let authors: Vec<String> = if !ld_people.is_empty() {
        ld_people
    } else if let Some(a) = meta_author.or_else(|| c.byline.clone()) {
        vec![a]
    } else {
        ld_author.map(ld_names).unwrap_or_default()
    };

    let ld_date = |keys: &[&str]| {
        objects
            .iter()
            .find_map(|o| keys.iter().find_map(|k| ld_string(o, k)))
    };
    let modified_raw = article
        .and_then(|a| ld_string(a, "dateModified"))
        .or_else(|| ld_date(&["dateModified"]))
        .or_else(|| c.meta(&["article:modified_time", "og:updated_time", "datemodified"]))
        .or_else(|| c.micro_modified.clone())
        .or_else(|| c.time_updated.clone());
    let date = article
        .and_then(|a| ld_string(a, "datePublished").or_else(|| ld_string(a, "dateCreated")))
        .or_else(|| ld_date(&["datePublished", "dateCreated", "uploadDate"]))
        .or_else(|| {
            c.meta(&[
                "article:published_time",
                "datepublished",
                "og:published_time",
                "date",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "dc.date",
                "dc.date.issued",
                "dcterms.date",
                "dcterms.created",
                "citation_publication_date",
                "sailthru.date",
                "parsely-pub-date",
            ])
        })
        .or_else(|| c.micro_published.clone())
        .or_else(|| c.time_datetime.clone())
        .or_else(|| c.text_date.clone())
        .or_else(|| c.headline_date.clone())
        .or_else(|| c.date_before_h1.clone())
        .or_else(|| page_url.and_then(|u| date_in_url(u.path())))
        .or_else(|| modified_raw.clone())
        .map(|d| normalize_any_date(&d));
    let modified = modified_raw.map(|d| normalize_any_date(&d));

    let description = c.meta(&["description", "og:description", "twitter:description"]);
    let language = c
        .lang
        .clone()
        .or_else(|| c.meta(&["content-language", "og:locale"]));
    let resolve = |raw: String| match page_url.and_then(|base| base.join(raw.trim()).ok()) {
        Some(url) => url.to_string(),
        None => raw,
    };
    let canonical_url = c
        .canonical
        .clone()
        .or_else(|| c.meta(&["og:url"]))
        .map(resolve);
    let image = c
        .meta(&[
            "og:image",
            "og:image:url",
            "og:image:secure_url",
            "twitter:image",
            "twitter:image:src",
        ])
        .or_else(|| article.and_then(|a| a.get("image")).and_then(ld_url))
        .filter(|i| !i.starts_with("data:"))
        .map(resolve);

    let mut tags = c.meta_all(&["article:tag", "book:tag", "video:tag"]);
    if let Some(keywords) = article.and_then(|a| a.get("keywords")) {
        tags.extend(ld_list(keywords));
    }
    if tags.is_empty() {
        if let Some(keywords) = c.meta(&["keywords", "news_keywords"]) {
            tags.extend(split_list(&keywords));
        }
    }
    let mut categories = c.meta_all(&["article:section"]);
    if let Some(section) = article.and_then(|a| a.get("articleSection")) {
        categories.extend(ld_list(section));
    }

    let page_type = declared_page_type(&objects, c.meta(&["og:type"]).as_deref());

    let declared_body =
        article.and_then(|a| ld_text(a, "articleBody").or_else(|| ld_text(a, "text")));

    let metadata = Metadata {
        page_type,
        title,
        authors,
        date,
        site_name,
        description,
        language,
        canonical_url,
        modified,
        image,
        tags: dedup_limited(tags),
        categories: dedup_limited(categories),
    };
    PageFacts {
        metadata,
        declared_body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_name_suffix_is_removed() {
        let none = Site::new(None, None);
        assert_eq!(
            strip_site_name(
                "Big news today | Example Times",
                &Site::new(Some("Example Times"), None)
            ),
            "Big news today"
        );
        assert_eq!(
            strip_site_name("A long headline about a thing - Site", &none),
            "A long headline about a thing"
        );
        assert_eq!(strip_site_name("Plain title", &none), "Plain title");
    }

    #[test]
    fn word_overlap_counts_shared_long_words() {
        assert_eq!(
            word_overlap("The Best Cheap Laptops", "Best cheap laptops 2026"),
            0.75
        );
        assert_eq!(word_overlap("Trails", "Walking in the hills"), 0.0);
        assert_eq!(word_overlap("a b c", "a b c"), 0.0);
        // A section heading sharing one word with a long title is not a variant of it.
        assert!(
            word_overlap(
                "Our services",
                "Plumbing services for homes, shops and offices"
            ) < 0.25
        );
    }

    #[test]
    fn title_parts_naming_the_host_are_removed() {
        let cases = [
            // Spelled out, and abbreviated by initials.
            (
                "https://shop.tealkettle.example/products/pot",
                "A Large Pot | Teal Kettle",
                "A Large Pot",
            ),
            (
                "https://www.fgsgallery.example/courses/ink",
                "Drawing in Ink - Fine Glass Studio Gallery",
                "Drawing in Ink",
            ),
            // A part that merely shares a word with the host stays.
            (
                "https://shop.tealkettle.example/products/pot",
                "Kettle care: descaling | Guide",
                "Kettle care: descaling | Guide",
            ),
            // On the home page the site's name is the title.
            (
                "https://tealkettle.example/",
                "Teal Kettle | Pots for every stove",
                "Teal Kettle | Pots for every stove",
            ),
        ];
        for (page, title, want) in cases {
            let url = url::Url::parse(page).expect("test URL");
            let site = Site::new(None, Some(&url));
            assert_eq!(strip_exact_site_name(title, &site), want, "{page}");
        }
    }

    #[test]
    fn entities_and_bylines() {
        assert_eq!(
            decode_entities("Maria &amp; Katerina &#39;K&#x27; &bogus; &"),
            "Maria & Katerina 'K' &bogus; &"
        );
        assert_eq!(byline_text("By Jane Doe"), Some("Jane Doe".to_string()));
        assert_eq!(
            byline_text("Posted by: Sam Roe |"),
            Some("Sam Roe".to_string())
        );
        assert_eq!(byline_text("March 3, 2024"), None);
        assert_eq!(
            byline_text("A very long sentence that is clearly not a byline at all here"),
            None
        );
    }

    #[test]
    fn textual_dates_parse() {
        assert_eq!(parse_date("Feb 08, 2022").as_deref(), Some("2022-02-08"));
        assert_eq!(
            parse_date("Published 3 March 2024 at noon").as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            parse_date("Thu, 09/25/2025 - 11:38").as_deref(),
            Some("2025-09-25")
        );
        assert_eq!(parse_date("14.02.2024").as_deref(), Some("2024-02-14"));
        assert_eq!(
            parse_date("2022-09-14T09:12:00Z").as_deref(),
            Some("2022-09-14")
        );
        assert_eq!(parse_date("Sept. 5, 2019").as_deref(), Some("2019-09-05"));
        assert_eq!(parse_date("no date here, 12 items"), None);
    }

    #[test]
    fn more_date_forms_parse() {
        assert_eq!(
            parse_date("\"2025-12-17T13:22:47Z\"").as_deref(),
            Some("2025-12-17")
        );
        assert_eq!(
            parse_date("13/11/2025 09:21:40").as_deref(),
            Some("2025-11-13")
        );
        assert_eq!(parse_date("2023 Jan 7").as_deref(), Some("2023-01-07"));
        assert_eq!(
            parse_date("Oct 01, 2025T10:00:00+03:00").as_deref(),
            Some("2025-10-01")
        );
        assert_eq!(parse_date("March 3rd, 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(parse_date("Page 2 of 17"), None);
    }

    #[test]
    fn dates_in_urls() {
        assert_eq!(
            date_in_url("/2024/03/11/a-story/").as_deref(),
            Some("2024-03-11")
        );
        assert_eq!(
            date_in_url("/news/2024-03-11-a-story").as_deref(),
            Some("2024-03-11")
        );
        assert_eq!(date_in_url("/2024/99/11/x"), None);
        assert_eq!(date_in_url("/about/team"), None);
    }

    #[test]
    fn byline_labels_and_written_by() {
        assert_eq!(
            byline_text("Written By Stephen Roe").as_deref(),
            Some("Stephen Roe")
        );
        assert_eq!(byline_text("AUTHOR: Ann Lee").as_deref(), Some("Ann Lee"));
        assert_eq!(byline_text("By"), None);
        assert_eq!(byline_text("The Author"), None);
        assert_eq!(byline_text("Name *"), None);
        assert_eq!(
            written_by("Written by John Crow").as_deref(),
            Some("John Crow")
        );
        assert_eq!(
            written_by("By Maria van der Berg").as_deref(),
            Some("Maria van der Berg")
        );
        assert_eq!(written_by("By clicking here you agree"), None);
        assert_eq!(written_by("John Crow"), None);
    }

    #[test]
    fn tag_lists() {
        assert_eq!(split_list("a, b;c ,, "), ["a", "b", "c"]);
        assert_eq!(
            dedup_limited(vec!["Rust".into(), "rust".into(), "HTML".into()]),
            ["Rust", "HTML"]
        );
    }

    #[test]
    fn dates_are_normalised() {
        assert_eq!(normalize_date("2022-09-14T09:12:00Z"), "2022-09-14");
        assert_eq!(normalize_date("September 14, 2022"), "September 14, 2022");
    }
}
