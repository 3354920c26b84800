//! Every word list the heuristics read, grouped by concept. Each group says where its words
//! come from: the general web, one platform's markup (a forum engine, a shop theme, a
//! plugin), a standard, or one language. A platform's words must pay on that platform's
//! pages and cost nothing elsewhere; general words must hold across sources.
//!
//! Not here: element names (`nav`, `script`, ...), compared as interned atoms where they are
//! used, and the keys of formats (`og:title`, `article:published_time`), which are what
//! those formats define rather than judgement.

/// Where a group of words comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// Seen across sites and platforms.
    General,
    /// One platform's or product's markup.
    Platform(&'static str),
    /// A standard's vocabulary.
    Standard(&'static str),
    /// Words of one natural language (other than English, the general default).
    Language(&'static str),
}

/// A group of words of one concept from one source.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Words {
    pub(crate) source: Source,
    pub(crate) words: &'static [&'static str],
}

/// A concept's words, in groups by source.
pub(crate) type Vocabulary = &'static [Words];

/// Every word of a concept, group by group, in the order written.
pub(crate) fn words(vocabulary: Vocabulary) -> impl Iterator<Item = &'static str> {
    vocabulary
        .iter()
        .flat_map(|group| group.words.iter().copied())
}

/// Whether `word` is one of the concept's words, exactly.
pub(crate) fn contains(vocabulary: Vocabulary, word: &str) -> bool {
    words(vocabulary).any(|w| w == word)
}

/// Whether `word` is one of the concept's words, ignoring ASCII case.
pub(crate) fn contains_ignore_case(vocabulary: Vocabulary, word: &str) -> bool {
    words(vocabulary).any(|w| w.eq_ignore_ascii_case(word))
}

const fn general(words: &'static [&'static str]) -> Words {
    Words {
        source: Source::General,
        words,
    }
}

const fn platform(name: &'static str, words: &'static [&'static str]) -> Words {
    Words {
        source: Source::Platform(name),
        words,
    }
}

// ---------------------------------------------------------------------------------------
// Class and id names (matched as whole words after splitting on `-`, `_`, spaces and
// camelCase humps, lower-cased).

/// Words that name chrome.
#[rustfmt::skip]
pub(crate) const CHROME_NAMES: Vocabulary = &[
    general(&[
        "ad", "ads", "adslot", "advert", "advertisement", "advertising", "author", "banner",
        "bio", "breadcrumb", "breadcrumbs", "byline", "carousel", "comments", "consent",
        "cookie", "cookies", "counter", "dateline", "extras", "footer", "gallery", "gdpr",
        "loader", "loading", "login", "masthead", "menu", "meta", "modal", "nav", "navbar",
        "navigation", "newsletter", "overlay", "pager", "pagination", "popover", "popular",
        "popup", "print", "promo", "promotion", "rating", "recommended", "related", "share",
        "sharing", "sidebar", "signin", "signup", "skip", "social", "spinner", "sponsor",
        "sponsored", "subscribe", "subscription", "tags", "toolbar", "topbar", "trending",
        "weather", "widget", "widgets",
    ]),
    platform("Google AdSense", &["adsense"]),
    platform("Disqus", &["disqus"]),
    platform("Outbrain, Taboola (recommendation widgets)", &["outbrain", "taboola"]),
    platform("WordPress themes", &["postmeta", "tagcloud"]),
    platform("Bootstrap, Foundation", &["offcanvas"]),
    platform("phpBB, vBulletin (forum posts' author boxes)", &["postprofile", "signature", "userinfo"]),
];

/// Chrome words whose blocks can be long and text-rich yet are never the main content.
pub(crate) const STRONG_CHROME_NAMES: Vocabulary = &[
    general(&["comments", "related", "cookie", "consent"]),
    platform("Disqus", &["disqus"]),
    platform("WordPress (the comment form's id)", &["respond"]),
];

/// Chrome words that page builders and marketing templates also give every block of a
/// page ("elementor-widget", "widget-span", "promo-banner"): chrome on a page where such
/// blocks are few, layout where they hold most of the text. At most 8 (a bit each).
pub(crate) const LAYOUT_NAMES: Vocabulary = &[general(&[
    "banner", "carousel", "gallery", "promo", "widget", "widgets",
])];

/// Words that mark a likely content container; they veto a chrome word in the same name.
pub(crate) const CONTENT_NAMES: Vocabulary = &[general(&[
    "article", "body", "content", "entry", "main", "post", "story", "text", "column",
])];

/// Words that name a discussion's replies; on a forum page those are the content.
pub(crate) const DISCUSSION_NAMES: Vocabulary = &[
    general(&["comments", "comment", "replies", "reply"]),
    platform("Disqus", &["disqus"]),
    platform("WordPress (the comment form's id)", &["respond"]),
];

/// Words that name customer reviews: chrome on a product page. Plural only: a review
/// article's own body is `review-body`; `reviews` is the list under a product.
pub(crate) const REVIEW_NAMES: Vocabulary = &[general(&["reviews"])];

/// Words that name an author or a byline.
pub(crate) const AUTHOR_NAMES: Vocabulary = &[general(&["author", "authors", "byline"])];

/// Words that name a date.
pub(crate) const DATE_NAMES: Vocabulary = &[general(&[
    "date",
    "published",
    "pubdate",
    "posted",
    "timestamp",
    "dateline",
    "byline",
])];

/// Whole class names (not split) that hide text from sighted readers.
pub(crate) const HIDDEN_CLASSES: Vocabulary = &[
    general(&["screenreader", "hidden", "hide"]),
    platform("Bootstrap", &["sr-only", "visually-hidden", "d-none"]),
    platform("WordPress", &["screen-reader-text"]),
    platform("HTML5 Boilerplate", &["visuallyhidden"]),
    platform("Bulma", &["is-hidden"]),
];

/// Class prefixes of state and modifier classes (`has-sidebar`, `with-share`, `no-ads`):
/// they describe the element's surroundings or options, not what it is.
pub(crate) const MODIFIER_PREFIXES: Vocabulary = &[general(&[
    "has-", "has_", "with-", "with_", "no-", "no_", "is-", "is_", "show-", "hide-on",
])];

/// Class and id words naming a panel that a reader opens (a closed accordion section, a
/// tab that is not selected): hidden until clicked, but part of the page's content.
pub(crate) const DISCLOSURE_NAMES: Vocabulary = &[general(&[
    "accordion",
    "collapse",
    "collapsible",
    "tabpanel",
    "panel",
])];

/// A class that only ever names a figure's caption.
pub(crate) const FIGURE_CAPTION_CLASSES: Vocabulary =
    &[platform("WordPress", &["wp-caption-text"])];

// ---------------------------------------------------------------------------------------
// Roles.

/// ARIA landmark and widget roles that are page chrome.
pub(crate) const CHROME_ROLES: Vocabulary = &[Words {
    source: Source::Standard("WAI-ARIA"),
    words: &[
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "dialog",
        "alertdialog",
        "search",
        "menu",
        "menubar",
        "toolbar",
    ],
}];

// ---------------------------------------------------------------------------------------
// Text of blocks (compared lower-cased).

/// Labels of page widgets that sit inside content containers: calls to action, share and
/// like bars, comment links, a forum post's buttons, a shop card's buttons, ad markers.
/// Matched whole, ignoring case and a trailing colon.
pub(crate) const WIDGET_LABELS: Vocabulary = &[
    general(&[
        "read more",
        "continue reading",
        "add to cart",
        "add to bag",
        "add to wishlist",
        "like this",
        "share this",
        "share",
        "comments",
        "loading",
        "loading...",
        "advertisement",
        "report",
        "quote",
        "reply",
        "permalink",
        "advert",
        "sponsored",
        "quick view",
        "more options",
        "toggle caption",
        "close",
        "text size",
        "subscribe",
    ]),
    platform(
        "forum engines",
        &["report post", "report inappropriate content"],
    ),
    platform("MediaWiki (section edit links)", &["[edit]"]),
    platform("Shopify themes", &["quick shop", "choose options"]),
    platform("WooCommerce", &["calculate shipping"]),
    platform("WordPress sharing plugins", &["sharing is caring!"]),
];

/// Words a counter counts ("12 likes", "3 comments", "518 helpful votes").
#[rustfmt::skip]
pub(crate) const COUNTED_WORDS: Vocabulary = &[general(&[
    "like", "likes", "comment", "comments", "reply", "replies", "view", "views", "share", "shares",
    "posts", "votes", "answers", "followers", "reactions", "points",
])];

/// Headings of the sections sites append to an article: who wrote or reviewed it, where to
/// read next, how to reply. ("Disclaimer" is not one: authors write their own.) Compared
/// lower-cased, without a trailing colon.
pub(crate) const CLOSING_SECTION_HEADINGS: Vocabulary = &[general(&[
    "about the author",
    "about the authors",
    "about the reviewer",
    "about the editor",
    "about the contributor",
    "author bio",
    "related articles",
    "related posts",
    "related stories",
    "related reading",
    "you may also like",
    "you might also like",
    "recommended for you",
    "more from this author",
    "share this article",
    "share this post",
    "leave a reply",
    "leave a comment",
])];

// ---------------------------------------------------------------------------------------
// Metadata read from text.

/// Words that label a byline rather than name anyone. Longest labels first, so "Written
/// by" is not read as "Written" plus a name.
pub(crate) const BYLINE_LABELS: Vocabulary = &[
    general(&[
        "written by",
        "posted by",
        "reviewed by",
        "published by",
        "author",
        "authors",
        "by",
    ]),
    Words {
        source: Source::Language("German, French, Spanish"),
        words: &["von", "par", "por"],
    },
];

/// Openings of short text that names its author ("Written by Jane Doe").
pub(crate) const BYLINE_OPENINGS: Vocabulary = &[general(&[
    "written by ",
    "posted by ",
    "authored by ",
    "author: ",
    "by ",
])];

/// Lower-case words that may stand in a capitalised name ("Ludwig van Beethoven").
pub(crate) const NAME_PARTICLES: Vocabulary = &[general(&[
    "van", "von", "de", "der", "den", "da", "and", "&",
])];

/// Stems of the labels that mark a date as an update rather than the publication.
pub(crate) const UPDATE_LABELS: Vocabulary = &[
    general(&["updat", "modif", "edited", "revised"]),
    Words {
        source: Source::Language("German"),
        words: &["aktualisiert"],
    },
];

/// Month names, January first; a word names a month when it starts one (`Feb`, `Sept.`).
/// English only.
pub(crate) const MONTHS: [&str; 12] = [
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

/// Separators sites put between a headline and their name in `<title>`.
pub(crate) const TITLE_SEPARATORS: Vocabulary = &[general(&[
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ",
])];

// ---------------------------------------------------------------------------------------
// Structured data: schema.org types, as JSON-LD declares them.

const fn schema(words: &'static [&'static str]) -> Words {
    Words {
        source: Source::Standard("schema.org"),
        words,
    }
}

/// Types of a single piece of writing.
pub(crate) const ARTICLE_TYPES: Vocabulary = &[schema(&[
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
])];

/// Other types whose object describes the page's main content (headline, author, date).
pub(crate) const OTHER_MAIN_TYPES: Vocabulary = &[schema(&[
    "WebPage",
    "Product",
    "DiscussionForumPosting",
    "QAPage",
])];

/// Types of a discussion.
pub(crate) const FORUM_TYPES: Vocabulary = &[schema(&[
    "DiscussionForumPosting",
    "QAPage",
    "Question",
    "SocialMediaPosting",
])];

/// Types of a product.
pub(crate) const PRODUCT_TYPES: Vocabulary =
    &[schema(&["Product", "ProductGroup", "IndividualProduct"])];

/// Types of documentation.
pub(crate) const DOCUMENTATION_TYPES: Vocabulary = &[schema(&["TechArticle", "APIReference"])];

/// Types of a list of other pages.
pub(crate) const LISTING_TYPES: Vocabulary = &[schema(&["CollectionPage", "SearchResultsPage"])];

/// Types that describe the page as something other than content (a site, an event).
pub(crate) const OTHER_PAGE_TYPES: Vocabulary = &[schema(&[
    "WebSite",
    "Event",
    "Organization",
    "LocalBusiness",
    "Person",
])];

/// Types of an organisation named as an author.
pub(crate) const ORGANIZATION_TYPES: Vocabulary = &[schema(&[
    "Organization",
    "NewsMediaOrganization",
    "Corporation",
])];

/// Every concept with its name, for listing the vocabulary with its sources.
pub(crate) const CONCEPTS: &[(&str, Vocabulary)] = &[
    ("chrome names", CHROME_NAMES),
    ("strong chrome names", STRONG_CHROME_NAMES),
    ("layout names", LAYOUT_NAMES),
    ("content names", CONTENT_NAMES),
    ("discussion names", DISCUSSION_NAMES),
    ("review names", REVIEW_NAMES),
    ("author names", AUTHOR_NAMES),
    ("date names", DATE_NAMES),
    ("hidden classes", HIDDEN_CLASSES),
    ("modifier prefixes", MODIFIER_PREFIXES),
    ("disclosure names", DISCLOSURE_NAMES),
    ("figure caption classes", FIGURE_CAPTION_CLASSES),
    ("chrome roles", CHROME_ROLES),
    ("widget labels", WIDGET_LABELS),
    ("counted words", COUNTED_WORDS),
    ("closing section headings", CLOSING_SECTION_HEADINGS),
    ("byline labels", BYLINE_LABELS),
    ("byline openings", BYLINE_OPENINGS),
    ("name particles", NAME_PARTICLES),
    ("update labels", UPDATE_LABELS),
    ("title separators", TITLE_SEPARATORS),
    ("article types", ARTICLE_TYPES),
    ("other main types", OTHER_MAIN_TYPES),
    ("forum types", FORUM_TYPES),
    ("product types", PRODUCT_TYPES),
    ("documentation types", DOCUMENTATION_TYPES),
    ("listing types", LISTING_TYPES),
    ("other page types", OTHER_PAGE_TYPES),
    ("organization types", ORGANIZATION_TYPES),
];

impl Source {
    /// How the source reads in a listing: `general`, `platform: WordPress`, ...
    pub(crate) fn describe(self) -> String {
        match self {
            Source::General => "general".to_string(),
            Source::Platform(name) => format!("platform: {name}"),
            Source::Standard(name) => format!("standard: {name}"),
            Source::Language(name) => format!("language: {name}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Class-name words are matched after lower-casing and splitting, so a listed word with
    /// a capital or a separator could never match.
    #[test]
    fn name_words_are_lower_case_single_words() {
        for vocabulary in [
            CHROME_NAMES,
            STRONG_CHROME_NAMES,
            LAYOUT_NAMES,
            CONTENT_NAMES,
            DISCUSSION_NAMES,
            REVIEW_NAMES,
            AUTHOR_NAMES,
            DATE_NAMES,
            DISCLOSURE_NAMES,
        ] {
            for w in words(vocabulary) {
                assert!(
                    w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                    "{w:?}"
                );
            }
        }
        assert!(words(LAYOUT_NAMES).count() <= 8);
    }

    #[test]
    fn lookups_find_listed_words_only() {
        assert!(contains(WIDGET_LABELS, "[edit]") && !contains(WIDGET_LABELS, "[Edit]"));
        assert!(contains_ignore_case(HIDDEN_CLASSES, "SR-ONLY"));
        assert!(!contains_ignore_case(HIDDEN_CLASSES, "sr-onl"));
        assert_eq!(words(BYLINE_LABELS).last(), Some("por"));
    }

    #[test]
    fn every_group_says_where_its_words_come_from() {
        for (concept, vocabulary) in CONCEPTS {
            for group in vocabulary.iter() {
                assert!(!group.words.is_empty(), "{concept}");
                assert!(
                    !matches!(
                        group.source,
                        Source::Platform("") | Source::Standard("") | Source::Language("")
                    ),
                    "{concept}"
                );
            }
        }
        assert_eq!(
            Source::Platform("MediaWiki").describe(),
            "platform: MediaWiki"
        );
    }
}
