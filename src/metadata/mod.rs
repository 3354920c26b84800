//! Page metadata from `<title>`, `<meta>` (plain, OpenGraph, Twitter, Dublin Core),
//! `<link rel=canonical>`, JSON-LD, `<time>`, `<html lang>` and the first `<h1>`: gathered
//! in one walk (`collect`), then read in order of trust by [`page_facts`].

mod byline;
mod collect;
pub(crate) mod dates;
mod jsonld;
mod title;

use crate::dom::Document;
use crate::names::NameSignal;
use crate::rules::thresholds::{MetadataThresholds, Thresholds};
use crate::rules::vocabulary::{ARTICLE_TYPES, FORUM_TYPES, OTHER_MAIN_TYPES};

/// A JSON-LD object.
type JsonObject = serde_json::Map<String, serde_json::Value>;

/// Metadata is read the same way in every mode: its thresholds are the default table's.
const LIMITS: &MetadataThresholds = &Thresholds::DEFAULT.metadata;

use byline::byline_text;
use collect::collect;
use dates::{date_in_url, normalize_any_date};
use jsonld::{
    declared_page_type, has_type, json_ld_objects, ld_author_is_organization, ld_list, ld_names,
    ld_string, ld_text, ld_url, split_list,
};
use title::{
    read_title_parts, strip_exact_site_name, strip_site_name, word_overlap, Site, TitleParts,
};

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
    /// The language of the extracted text as a two-letter ISO 639-1 code (`de`; three
    /// letters for a language without one), when the detector is confident (the `language`
    /// feature, on by default); otherwise the primary subtag of
    /// [`declared_language`](Self::declared_language).
    pub language: Option<String>,
    /// The language tag the markup declares (`<html lang>`, `content-language`,
    /// `og:locale`), as written: `en-US`.
    pub declared_language: Option<String>,
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

/// Collapses whitespace and trims.
pub(crate) fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Without repeats (case-insensitive), in order, at most `max_tags` of them.
fn dedup_limited(items: Vec<String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for item in items {
        if out.len() == LIMITS.max_tags {
            break;
        }
        let key = item.to_lowercase();
        if !seen.contains(&key) && out.len() < LIMITS.max_tags {
            seen.push(key);
            out.push(item);
        }
    }
    out
}

/// What the page says about itself, plus the article text its JSON-LD declares (some pages
/// render their body with scripts and carry it only there).
pub(crate) struct PageFacts {
    pub(crate) metadata: Metadata,
    pub(crate) declared_body: Option<String>,
    /// The headline as the page prints it: the title before an `<h1>` loses the parts
    /// that name the site, so that the heading that repeats it is found.
    pub(crate) headline: Option<String>,
}

/// The post a page declares as its `mainEntity` (a `QAPage`'s `Question`, a forum page's
/// `DiscussionForumPosting`; the first of a list), when it is one of [`FORUM_TYPES`].
fn main_entity_post(page: &JsonObject) -> Option<&JsonObject> {
    let entity = match page.get("mainEntity")? {
        serde_json::Value::Array(items) => items.first()?,
        entity => entity,
    };
    entity
        .as_object()
        .filter(|post| has_type(post, FORUM_TYPES))
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
        .find(|o| has_type(o, ARTICLE_TYPES))
        .or_else(|| objects.iter().find(|o| has_type(o, OTHER_MAIN_TYPES)));
    // A question-and-answer or discussion page declares its opening post as its main
    // entity: the post, not the page around it, has the author and date.
    let article = article.map(|a| main_entity_post(a).unwrap_or(a));

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
    // How the `<h1>` stands in the `<title>`'s parts (see `TitleParts`).
    let parts =
        c.h1.as_deref()
            .zip(c.title_tag.as_deref())
            .and_then(|(h, t)| read_title_parts(h, t, &c.headings));
    // The visible `<h1>` is the headline readers see; declared titles are often rewritten
    // for search and social cards. It wins when it is a variant of them, sharing a fair
    // part of their words (a logo `<h1>` holding the site name, or a section heading that
    // shares one word, does not count), or when it is the `<title>`'s first part and does
    // not name the site: a short page name before a long site name is what the length
    // heuristic strips.
    let h1 = c.h1.clone().filter(|h| {
        let is_site = site_name
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case(h));
        let others = [declared.as_deref(), from_title_tag.as_deref()];
        let related = others
            .iter()
            .flatten()
            .any(|o| word_overlap(h, o) >= LIMITS.same_title_overlap);
        let first_part = parts == Some(TitleParts::H1First) && !site.is_named_by(h);
        !is_site && (related || first_part || others.iter().all(Option::is_none))
    });
    // An `<h1>` that repeats a later part under a first part printed as a heading: the
    // first part names the page. Not a part that names the site, nor a single word (a
    // tag: "backup - How to back up my system? - Ask Ubuntu" under the question's `<h1>`).
    let page_name = match parts {
        Some(TitleParts::PrintedFirst(first))
            if !site.is_named_by(&first) && first.split_whitespace().nth(1).is_some() =>
        {
            Some(first)
        }
        _ => None,
    };
    let h1 = page_name.or(h1);
    // The headline as the page prints it, which selection looks for among the headings.
    let headline = h1
        .clone()
        .or_else(|| declared.clone())
        .or_else(|| from_title_tag.clone());
    // Some sites print the `<title>` as the `<h1>`, site name and all ("Vehicle rental
    // news | WRAL"): as the title, it loses the parts that name the site, as a declared
    // headline does.
    let h1 = h1
        .map(|h| strip_exact_site_name(&h, &site))
        .filter(|h| !h.is_empty());
    let title = h1.or(declared).or(from_title_tag);

    let page_type = declared_page_type(&objects, c.meta(&["og:type"]).as_deref());
    // A date or a byline printed on a product or listing page is a review's or an entry's:
    // such a page is dated and authored only by what it declares (or its address).
    let printed_describes_page = !matches!(page_type, Some(PageType::Product | PageType::Listing));

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
    } else if let Some(a) =
        meta_author.or_else(|| printed_describes_page.then(|| c.byline.clone()).flatten())
    {
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
    let text_date = || {
        c.time_datetime
            .clone()
            .or_else(|| c.text_date.clone())
            .or_else(|| c.headline_date.clone())
            .or_else(|| c.date_before_h1.clone())
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
        .or_else(|| c.micro_published.clone())
        .or_else(|| printed_describes_page.then(text_date).flatten())
        .or_else(|| page_url.and_then(|u| date_in_url(u.path())))
        .or_else(|| modified_raw.clone())
        .map(|d| normalize_any_date(&d, c.language()));
    let modified = modified_raw.map(|d| normalize_any_date(&d, c.language()));

    let description = c.meta(&["description", "og:description", "twitter:description"]);
    let declared_language = c
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

    let declared_body =
        article.and_then(|a| ld_text(a, "articleBody").or_else(|| ld_text(a, "text")));

    let metadata = Metadata {
        page_type,
        title,
        authors,
        date,
        site_name,
        description,
        language: None,
        declared_language,
        canonical_url,
        modified,
        image,
        tags: dedup_limited(tags),
        categories: dedup_limited(categories),
    };
    PageFacts {
        metadata,
        declared_body,
        headline,
    }
}
