//! Page metadata from `<title>`, `<meta>` (plain, OpenGraph, Twitter, Dublin Core),
//! `<link rel=canonical>`, JSON-LD, `<time>`, `<html lang>` and the first `<h1>`.

use html5ever::local_name;
use serde_json::Value;

use crate::dom::{Document, NodeData, NodeId, DOCUMENT};
use crate::prune::NameSignal;

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
    /// Canonical URL (`<link rel=canonical>`, `og:url`).
    pub canonical_url: Option<String>,
    /// What kind of page this is, when the page declares it (JSON-LD `@type`, `og:type`).
    pub page_type: Option<PageType>,
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
    let og = og_type?.to_ascii_lowercase();
    if og.contains("forum") {
        Some(PageType::Forum)
    } else if og.contains("product") {
        Some(PageType::Product)
    } else if og == "article" || og.contains("blog") {
        Some(PageType::Article)
    } else {
        None
    }
}

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
    date_tries: u32,
    /// `(key, content)` of every `<meta>` with a name, property or itemprop, keys lower-cased.
    metas: Vec<(String, String)>,
    json_ld: Vec<Value>,
}

impl Collected {
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
        if let NodeData::Text(t) = &doc.node(n).data {
            out.push_str(t);
        }
    }
    clean(&out)
}

fn collect(doc: &Document, signals: &[NameSignal]) -> Collected {
    let mut c = Collected::default();
    let mut walk = doc.preorder(DOCUMENT);
    while let Some(id) = walk.next() {
        let Some(el) = doc.element(id) else { continue };
        if c.byline.is_none() && c.byline_tries < 8 && names_author(el, &signals[id.index()]) {
            c.byline_tries += 1;
            c.byline = byline_text(&text_of(doc, id));
        }
        if c.text_date.is_none() && c.date_tries < 12 && names_date(el, &signals[id.index()]) {
            c.date_tries += 1;
            let text = text_of(doc, id);
            if text.chars().count() <= 80 {
                c.text_date = parse_date(&text);
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
            local_name!("time") if c.time_datetime.is_none() => {
                if let Some(dt) = el.attr("datetime") {
                    c.time_datetime = Some(dt.trim().to_string());
                }
            }
            local_name!("link") if c.canonical.is_none() => {
                let is_canonical = el.attr("rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                });
                if let (true, Some(href)) = (is_canonical, el.attr("href")) {
                    c.canonical = Some(href.trim().to_string());
                }
            }
            local_name!("meta") => {
                let key = el
                    .attr("property")
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr("itemprop"))
                    .or_else(|| el.attr("http-equiv"));
                if let (Some(key), Some(content)) = (key, el.attr("content")) {
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

/// An element that marks up an author: `rel=author`, `itemprop=author`, or a class/id word
/// `author` or `byline`.
fn names_author(el: &crate::dom::Element, signal: &NameSignal) -> bool {
    signal.author
        || el.attr("rel").is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("author"))
        })
        || el
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("author"))
}

/// An element that holds a date: `<time>`, `itemprop=datePublished`, or a class/id word
/// naming a date.
fn names_date(el: &crate::dom::Element, signal: &NameSignal) -> bool {
    signal.date
        || el.name.local == local_name!("time")
        || el
            .attr("itemprop")
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
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
        (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())?
    };
    for (i, w) in words.iter().enumerate() {
        let parts: Vec<&str> = w.split(['-', '/', '.', 'T']).collect();
        if parts.len() >= 3 {
            let n: Vec<Option<u32>> = parts.iter().take(3).map(|p| p.parse().ok()).collect();
            if let [Some(a), Some(b), Some(c)] = n[..] {
                let found = if parts[0].len() == 4 {
                    valid_date(a, b, c)
                } else if w.contains('.') {
                    valid_date(c, b, a)
                } else {
                    valid_date(c, a, b)
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

/// A person's name from byline text: "By Jane Doe and John Roe" gives "Jane Doe and John
/// Roe"; text too long to be a name, or with digits (a date), gives nothing.
fn byline_text(text: &str) -> Option<String> {
    let mut t = text.trim();
    for prefix in [
        "Written by",
        "Posted by",
        "Reviewed by",
        "By",
        "by",
        "BY",
        "Von",
        "Par",
        "Por",
    ] {
        if let Some(rest) = t.strip_prefix(prefix) {
            if rest.starts_with([' ', ':']) {
                t = rest.trim_start_matches([' ', ':']);
                break;
            }
        }
    }
    let t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '-'));
    let words = t.split_whitespace().count();
    let plausible = (1..=6).contains(&words)
        && t.chars().count() <= 60
        && !t.chars().any(|c| c.is_ascii_digit());
    plausible.then(|| t.to_string())
}

/// Text under `id` as it is (for script bodies).
fn text_of_raw(doc: &Document, id: NodeId) -> String {
    let mut out = String::new();
    for n in doc.children(id) {
        if let NodeData::Text(t) = &doc.node(n).data {
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

/// Separators sites put between a headline and their name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// Whether two titles share a word of four or more letters (case-insensitive).
fn shares_word(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let b_words = words(b);
    words(a).iter().any(|w| b_words.contains(w))
}

/// Removes a part equal to the site name from a declared headline.
fn strip_exact_site_name(title: &str, site_name: Option<&str>) -> String {
    let title = clean(title);
    let Some(site) = site_name else { return title };
    for sep in TITLE_SEPARATORS {
        let parts: Vec<&str> = title.split(sep).collect();
        let rest: Vec<&str> = parts
            .iter()
            .copied()
            .filter(|p| !p.trim().eq_ignore_ascii_case(site.trim()))
            .collect();
        if parts.len() > 1 && rest.len() < parts.len() && !rest.is_empty() {
            return rest.join(sep);
        }
    }
    title
}

/// Removes site-name parts from a `<title>`: a part equal to the site name, or else, one at a
/// time, an end part that is much shorter than the rest ("Headline - Section - Site").
pub(crate) fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let mut title = strip_exact_site_name(title, site_name);
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
pub(crate) fn page_facts(doc: &Document, signals: &[NameSignal]) -> PageFacts {
    let c = collect(doc, signals);
    let objects = json_ld_objects(&c.json_ld);
    let article = objects
        .iter()
        .find(|o| has_type(o, ARTICLE_FAMILY) || has_type(o, OTHER_MAIN_TYPES));

    let site_name = c.meta(&["og:site_name", "application-name"]).or_else(|| {
        article
            .and_then(|a| a.get("publisher"))
            .and_then(|p| ld_names(p).into_iter().next())
    });

    let ld_headline =
        article.and_then(|a| ld_string(a, "headline").or_else(|| ld_string(a, "name")));
    // A declared headline only loses an exact site-name part; `<title>` gets the heuristic.
    let declared = c
        .meta(&["og:title", "twitter:title"])
        .or(ld_headline)
        .map(|t| strip_exact_site_name(&t, site_name.as_deref()))
        .filter(|t| !t.is_empty());
    let from_title_tag = c
        .title_tag
        .as_deref()
        .filter(|t| !t.is_empty())
        .map(|t| strip_site_name(t, site_name.as_deref()));
    // The visible `<h1>` is the headline readers see; declared titles are often rewritten
    // for search and social cards. It wins when it shares a word with them (a logo `<h1>`
    // holding the site name does not count).
    let h1 = c.h1.clone().filter(|h| {
        let is_site = site_name
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case(h));
        let others = [declared.as_deref(), c.title_tag.as_deref()];
        let related = others.iter().flatten().any(|o| shares_word(h, o));
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
        .or_else(|| c.time_datetime.clone())
        .or_else(|| c.text_date.clone())
        .or_else(|| {
            ld_date(&["dateModified"])
                .or_else(|| c.meta(&["article:modified_time", "og:updated_time"]))
        })
        .map(|d| parse_date(&d).unwrap_or_else(|| normalize_date(&d)));

    let description = c.meta(&["description", "og:description", "twitter:description"]);
    let language = c
        .lang
        .clone()
        .or_else(|| c.meta(&["content-language", "og:locale"]));
    let canonical_url = c.canonical.clone().or_else(|| c.meta(&["og:url"]));

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
        assert_eq!(
            strip_site_name("Big news today | Example Times", Some("Example Times")),
            "Big news today"
        );
        assert_eq!(
            strip_site_name("A long headline about a thing - Site", None),
            "A long headline about a thing"
        );
        assert_eq!(strip_site_name("Plain title", None), "Plain title");
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
    fn dates_are_normalised() {
        assert_eq!(normalize_date("2022-09-14T09:12:00Z"), "2022-09-14");
        assert_eq!(normalize_date("September 14, 2022"), "September 14, 2022");
    }
}
