//! Page metadata from `<title>`, `<meta>` (plain, OpenGraph, Twitter, Dublin Core),
//! `<link rel=canonical>`, JSON-LD, `<time>`, `<html lang>` and the first `<h1>`.

use html5ever::local_name;
use serde_json::Value;

use crate::dom::{Document, NodeData, NodeId, DOCUMENT};

/// What the page says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Metadata {
    /// The page's headline, without the site-name suffix of `<title>`.
    pub title: Option<String>,
    /// Authors' names, in the order the page gives them.
    pub authors: Vec<String>,
    /// Publication date as given by the page, normalised to `YYYY-MM-DD` when it is ISO-like.
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
    const ARTICLE: &[&str] = &[
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ScholarlyArticle",
        "Report",
        "Recipe",
        "HowTo",
    ];
    // A discussion or product declaration outranks a generic article one on the same page.
    for (types, kind) in [
        (FORUM, PageType::Forum),
        (PRODUCT, PageType::Product),
        (DOCS, PageType::Documentation),
        (ARTICLE, PageType::Article),
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

fn collect(doc: &Document) -> Collected {
    let mut c = Collected::default();
    let mut walk = doc.preorder(DOCUMENT);
    while let Some(id) = walk.next() {
        let Some(el) = doc.element(id) else { continue };
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

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "WebPage",
    "Product",
    "Recipe",
    "DiscussionForumPosting",
    "QAPage",
    "HowTo",
];

/// Names in a JSON-LD `author`: a string, an object with `name`, or an array of either.
fn ld_names(v: &Value) -> Vec<String> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    items
        .into_iter()
        .filter_map(|item| match item {
            Value::String(s) => Some(clean(s)),
            Value::Object(o) => o.get("name").and_then(Value::as_str).map(clean),
            _ => None,
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn ld_string(obj: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(clean(s)),
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

/// Reads the metadata of `doc`.
pub(crate) fn extract_metadata(doc: &Document) -> Metadata {
    page_facts(doc).metadata
}

/// Reads the metadata of `doc` and its declared article body.
pub(crate) fn page_facts(doc: &Document) -> PageFacts {
    let c = collect(doc);
    let objects = json_ld_objects(&c.json_ld);
    let article = objects.iter().find(|o| has_type(o, ARTICLE_TYPES));

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

    let mut authors: Vec<String> = article
        .and_then(|a| a.get("author"))
        .map(ld_names)
        .unwrap_or_default();
    if authors.is_empty() {
        if let Some(a) = c.meta(&[
            "author",
            "article:author",
            "dc.creator",
            "byl",
            "sailthru.author",
            "parsely-author",
        ]) {
            if !a.starts_with("http") {
                let a = a
                    .strip_prefix("By ")
                    .or_else(|| a.strip_prefix("by "))
                    .unwrap_or(&a);
                authors.push(a.trim().to_string());
            }
        }
    }

    let date = article
        .and_then(|a| ld_string(a, "datePublished").or_else(|| ld_string(a, "dateCreated")))
        .or_else(|| {
            c.meta(&[
                "article:published_time",
                "datepublished",
                "og:published_time",
                "date",
                "pubdate",
                "publishdate",
                "dc.date",
                "dc.date.issued",
                "sailthru.date",
                "parsely-pub-date",
            ])
        })
        .or_else(|| c.time_datetime.clone())
        .map(|d| normalize_date(&d));

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
    fn dates_are_normalised() {
        assert_eq!(normalize_date("2022-09-14T09:12:00Z"), "2022-09-14");
        assert_eq!(normalize_date("September 14, 2022"), "September 14, 2022");
    }
}
