//! One walk over the document that gathers the raw values metadata is read from: `<title>`,
//! the first `<h1>`, `<meta>` keys, `<link rel=canonical>`, `<time>`, microdata, JSON-LD
//! scripts, and the first byline and written-out date near the headline.

use html5ever::local_name;
use serde_json::Value;

use super::byline::{byline_of, is_author_link, label_sibling_byline, BylineLanguages};
use super::dates::parse_date_in;
use super::{clean, LIMITS};
use crate::dom::{Document, Element, NodeData, NodeId, DOCUMENT};
use crate::names::NameSignal;
use crate::rules::vocabulary::{words, UPDATE_LABELS};

/// `<meta>` elements read: real pages have a few dozen; every lookup scans them all.
pub(super) const MAX_METAS: usize = 4096;

/// Raw values collected in one walk over the document.
#[derive(Default)]
pub(super) struct Collected {
    pub(super) title_tag: Option<String>,
    pub(super) h1: Option<String>,
    /// Whether an `<h1>` that is only a link to the site's home page was passed over: the
    /// site's name over every page of a blog template, not this page's headline.
    pub(super) passed_home_h1: bool,
    pub(super) lang: Option<String>,
    /// The language a `<meta>` declares (`content-language`, `og:locale`): the page's
    /// language where `<html>` names none.
    pub(super) meta_lang: Option<String>,
    pub(super) canonical: Option<String>,
    pub(super) time_datetime: Option<String>,
    /// The first short byline in the page (`rel=author`, `itemprop=author`, a class naming
    /// the author or byline), with "By" removed.
    pub(super) byline: Option<String>,
    /// Elements examined as possible bylines (bounded so the walk stays linear).
    pub(super) byline_tries: u32,
    /// The first date written out in a dated element (`<time>` text, a class naming a date).
    pub(super) text_date: Option<String>,
    /// A date written in short text near the first `<h1>`: after it, or else before it.
    pub(super) headline_date: Option<String>,
    pub(super) date_before_h1: Option<String>,
    pub(super) date_tries: u32,
    /// The first `<time datetime>` not labelled as an update, and the first labelled so.
    pub(super) time_updated: Option<String>,
    /// Microdata on elements other than `<meta>`: `itemprop=headline` text, and
    /// `datePublished` / `dateModified` values.
    pub(super) micro_headline: Option<String>,
    pub(super) micro_published: Option<String>,
    pub(super) micro_modified: Option<String>,
    /// `(key, content)` of every `<meta>` with a name, property or itemprop, keys lower-cased.
    pub(super) metas: Vec<(String, String)>,
    pub(super) json_ld: Vec<Value>,
    /// The language of the page's prose, read only when the page declares none (see
    /// [`Collected::reading_language`]).
    pub(super) text_language: std::cell::OnceCell<Option<&'static str>>,
    /// The text of the first [`MAX_HEADINGS`] short headings (`<h1>` to `<h6>`), lower-cased:
    /// where a `<title>`'s parts are looked for on the page.
    pub(super) headings: Vec<String>,
}

/// Headings read for their text: a page's own name is printed near its top.
pub(super) const MAX_HEADINGS: usize = 64;
/// Longest heading text read: a page's name, not a paragraph set as a heading.
const HEADING_CHARS: usize = 300;

impl Collected {
    /// Every non-empty value of the `<meta>` keys, in page order.
    pub(super) fn meta_all(&self, keys: &[&str]) -> Vec<String> {
        self.metas
            .iter()
            .filter(|(key, v)| keys.contains(&key.as_str()) && !v.trim().is_empty())
            .map(|(_, v)| clean(v))
            .collect()
    }

    /// The page's declared language: `<html lang>`, or else a `<meta>`'s (see `meta_lang`).
    pub(super) fn language(&self) -> Option<&str> {
        self.lang.as_deref().or(self.meta_lang.as_deref())
    }

    /// The language written dates are read in: the declared one, or where the page
    /// declares none, its prose's when the detector is confident ("12/03/2024" is the 12th
    /// of March on a French page with no `<html lang>`). Bylines ask the prose more
    /// sparingly, see [`BylineLanguages`].
    pub(super) fn reading_language(&self, doc: &Document) -> Option<&str> {
        self.language()
            .or_else(|| *self.text_language.get_or_init(|| prose_language(doc)))
    }

    pub(super) fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(key, v)| key == k && !v.trim().is_empty())
                .map(|(_, v)| clean(v))
        })
    }
}

/// A date written in `text`, read in the page's declared language; on a page that declares
/// none, a date that reads one way day first and another month first (`03/04/2024`) is read
/// in its prose's language, which is asked for only then.
fn date_in(doc: &Document, c: &Collected, text: &str) -> Option<String> {
    let language = match c.language() {
        None if super::dates::reads_by_order(text) => c.reading_language(doc),
        declared => declared,
    };
    parse_date_in(text, language)
}

/// Bytes of prose read to tell a page's language (see [`crate::language::detect`]).
const PROSE_SAMPLE_BYTES: usize = 1024;
/// Shortest text node read as prose: menus and buttons are a word or two in any language.
const PROSE_NODE_BYTES: usize = 60;

/// The language of the first paragraphs of the page's body (text nodes long enough to be
/// prose, outside scripts and styles), when the detector is confident.
fn prose_language(doc: &Document) -> Option<&'static str> {
    let mut sample = String::new();
    let mut walk = doc.preorder(DOCUMENT);
    while let Some(id) = walk.next() {
        match doc.data(id) {
            NodeData::Element(el)
                if matches!(
                    el.name.local,
                    local_name!("head")
                        | local_name!("script")
                        | local_name!("style")
                        | local_name!("noscript")
                        | local_name!("template")
                ) =>
            {
                walk.skip_children_of(id);
            }
            NodeData::Text(t) if t.trim().len() >= PROSE_NODE_BYTES => {
                sample.push_str(t.trim());
                sample.push('\n');
                if sample.len() >= PROSE_SAMPLE_BYTES {
                    break;
                }
            }
            _ => {}
        }
    }
    crate::language::detect(&sample)
}

/// All text under `id`, whitespace-collapsed, a line break read as a space.
pub(super) fn text_of(doc: &Document, id: NodeId) -> String {
    let mut out = String::new();
    for n in doc.preorder(id) {
        match doc.data(n) {
            NodeData::Text(t) => out.push_str(t),
            // A line break parts words as a space does ("Data analytics<br>Agency").
            NodeData::Element(el) if el.name.local == local_name!("br") => out.push(' '),
            _ => {}
        }
    }
    clean(&out)
}

/// Most nodes and input bytes a reader of a short value (a date, a name, a microdata
/// headline) looks at under one element. Every such reader is called for many elements,
/// some nested in each other, so each call must cost O(1) however large the subtree: a
/// value that is not found within these bounds is not short.
pub(super) const SHORT_TEXT_NODES: usize = 256;
pub(super) const SHORT_TEXT_BYTES: usize = 4096;

/// The whitespace-collapsed text under `id` when it is at most `max_chars` characters,
/// read within [`SHORT_TEXT_NODES`] nodes and [`SHORT_TEXT_BYTES`] bytes of text; `None`
/// when it is longer (or the subtree too large to tell). `spaced` puts a space between
/// text nodes, so a label and the name in the next element ("Written by<a>Jane</a>")
/// stay apart.
pub(super) fn short_text(
    doc: &Document,
    id: NodeId,
    max_chars: usize,
    spaced: bool,
) -> Option<String> {
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

/// Whether `href` leads to a site's home page: its root, relative (`/`, `./`,
/// `index.html`) or absolute (`https://example.org/`), with no query or fragment.
fn is_home_href(href: &str) -> bool {
    let href = href.trim();
    if href.contains(['?', '#']) {
        return false;
    }
    let path = match href.split_once("://") {
        Some((scheme, rest))
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") =>
        {
            rest.find('/').map_or("/", |slash| &rest[slash..])
        }
        Some(_) => return false,
        None => href,
    };
    matches!(
        path,
        "/" | "./"
            | "index.html"
            | "/index.html"
            | "index.htm"
            | "/index.htm"
            | "index.php"
            | "/index.php"
    )
}

/// Whether every word of the heading `id` is inside a link to the site's home page (a
/// logo heading), reading its text nodes and the links around them within the heading.
fn links_home_only(doc: &Document, id: NodeId) -> bool {
    let mut texts = 0usize;
    for n in doc.preorder(id).take(SHORT_TEXT_NODES) {
        let NodeData::Text(t) = doc.data(n) else {
            continue;
        };
        if t.trim().is_empty() {
            continue;
        }
        texts += 1;
        let home_link = doc
            .self_and_ancestors(n)
            .take_while(|&a| a != id)
            .filter_map(|a| doc.element(a))
            .find(|el| el.name.local == local_name!("a"))
            .and_then(|el| el.attr_named(&local_name!("href")))
            .is_some_and(is_home_href);
        if !home_link {
            return false;
        }
    }
    texts > 0
}

pub(super) fn collect(doc: &Document, signals: &[NameSignal]) -> Collected {
    let mut c = Collected::default();
    // Text nodes read for a date near the headline: the last date before the first `<h1>`
    // and the first after it (`None` until the `<h1>` is seen).
    let mut after_h1: Option<u32> = None;
    let mut before_h1_window: u32 = 0;
    let mut in_body = false;
    let mut walk = doc.preorder(DOCUMENT);
    while let Some(id) = walk.next() {
        if let NodeData::Text(t) = doc.data(id) {
            near_headline_date(doc, t, &mut after_h1, &mut before_h1_window, &mut c);
            continue;
        }
        let Some(el) = doc.element(id) else { continue };
        if el.name.local == local_name!("h1") && after_h1.is_none() {
            after_h1 = Some(0);
        }
        if c.headings.len() < MAX_HEADINGS && crate::dom::heading_level(&el.name.local).is_some() {
            c.headings
                .extend(short_text(doc, id, HEADING_CHARS, true).map(|t| t.to_lowercase()));
        }
        // Bylines are in the body: by then the page's declared language is known.
        in_body |= el.name.local == local_name!("body");
        if in_body && c.byline.is_none() && c.byline_tries < 8 {
            let mut tries = c.byline_tries;
            let prose = || *c.text_language.get_or_init(|| prose_language(doc));
            let languages = BylineLanguages {
                declared: c.language(),
                prose: &prose,
            };
            let found = if names_author(el, &signals[id.index()])
                || (el.name.local == local_name!("a") && is_author_link(el))
            {
                tries += 1;
                byline_of(doc, id, languages)
            } else {
                label_sibling_byline(doc, id, languages, &mut tries)
            };
            c.byline_tries = tries;
            // A candidate in a menu costs a try, so a menu of "By ..." facets is read
            // up the tree a bounded number of times.
            c.byline = found.filter(|_| {
                let in_menu = in_navigation(doc, id);
                c.byline_tries += u32::from(in_menu);
                !in_menu
            });
        }
        if c.text_date.is_none() && c.date_tries < 12 && names_date(el, &signals[id.index()]) {
            c.date_tries += 1;
            if let Some(text) = short_text(doc, id, LIMITS.date_text_chars, false) {
                c.text_date = date_in(doc, &c, &text);
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
                if text.is_empty() {
                } else if !c.passed_home_h1 && links_home_only(doc, id) {
                    // Passed over once: a second such heading is taken as the headline,
                    // so at most two headings are read for links.
                    c.passed_home_h1 = true;
                } else {
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
                    let key = key.trim().to_ascii_lowercase();
                    if matches!(key.as_str(), "content-language" | "og:locale")
                        && c.meta_lang.is_none()
                        && !content.trim().is_empty()
                    {
                        c.meta_lang = Some(content.trim().to_string());
                    }
                    c.metas.push((key, content.to_string()));
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

/// Whether `id` lies in a menu (`<nav>`, `<menu>`, `role=navigation`): a "By Company Size"
/// group or an "Authors" link there names no author of the page.
fn in_navigation(doc: &Document, id: NodeId) -> bool {
    doc.self_and_ancestors(id).any(|n| {
        doc.element(n).is_some_and(|el| {
            matches!(el.name.local, local_name!("nav") | local_name!("menu"))
                || el
                    .attr_named(&local_name!("role"))
                    .is_some_and(|r| r.trim().eq_ignore_ascii_case("navigation"))
        })
    })
}

/// Reads a short text node near the headline for a written-out date. Blank text does not
/// count towards the windows; long text counts but is never read.
pub(super) fn near_headline_date(
    doc: &Document,
    text: &str,
    after_h1: &mut Option<u32>,
    before_h1_window: &mut u32,
    c: &mut Collected,
) {
    if c.headline_date.is_some() {
        return;
    }
    // A character takes at most four bytes: longer text in bytes is too long in characters.
    let long = text.len() > 4 * LIMITS.date_text_chars;
    let t = if long { "" } else { text.trim() };
    if !long && t.is_empty() {
        return;
    }
    // A readable date has a four-digit year, in any script's digits.
    let candidate = t.chars().count() <= LIMITS.date_text_chars
        && super::dates::fold_digits(t)
            .bytes()
            .filter(u8::is_ascii_digit)
            .count()
            >= 4;
    let parse_date = |t: &str| date_in(doc, c, t);
    match after_h1 {
        Some(n) if *n < LIMITS.headline_date_window => {
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
            } else if *before_h1_window > LIMITS.before_headline_window {
                c.date_before_h1 = None;
            }
        }
    }
}

/// Longest microdata value read: a headline or a date, not a paragraph.
pub(super) const MAX_MICRODATA_CHARS: usize = 200;

/// Microdata outside `<meta>`: a headline's text, publication and modification dates from
/// `datetime`, `content` or the text.
pub(super) fn read_microdata(
    doc: &Document,
    id: NodeId,
    el: &Element,
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
pub(super) const TIME_LABEL_SIBLINGS: usize = 4;

/// Bytes of text read before a `<time>` for its label: the label is the text nearest it.
const TIME_LABEL_BYTES: usize = 80;

/// Whether a `<time>` is labelled as an update ("Updated", "Last modified") by the text
/// just before it among its siblings.
pub(super) fn labelled_update(doc: &Document, id: NodeId) -> bool {
    let mut label = String::new();
    let mut prev = doc.node(id).prev_sibling;
    for _ in 0..TIME_LABEL_SIBLINGS {
        let Some(sibling) = prev else { break };
        if label.len() > TIME_LABEL_BYTES {
            break;
        }
        if let NodeData::Text(t) = doc.data(sibling) {
            label.push_str(clip(t, TIME_LABEL_BYTES));
        } else if doc.element(sibling).is_some() {
            // Text in a sibling label element (`<span>Updated:</span><time>`).
            for n in doc.preorder(sibling).take(8) {
                if let NodeData::Text(t) = doc.data(n) {
                    label.push_str(clip(t, TIME_LABEL_BYTES));
                }
            }
        }
        label.push(' ');
        prev = doc.node(sibling).prev_sibling;
    }
    let label = label.to_lowercase();
    words(UPDATE_LABELS).any(|w| label.contains(w))
}

/// The last `max` bytes of `text` or fewer, cut at a character boundary: the part of a
/// label nearest what it labels.
pub(super) fn clip(text: &str, max: usize) -> &str {
    let mut start = text.len().saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// An element that marks up an author: `rel=author`, `itemprop=author`, or a class/id word
/// `author` or `byline`.
pub(super) fn names_author(el: &Element, signal: &NameSignal) -> bool {
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
pub(super) fn names_date(el: &Element, signal: &NameSignal) -> bool {
    signal.date
        || el.name.local == local_name!("time")
        || el
            .attr_named(&local_name!("itemprop"))
            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
}

/// Text under `id` as it is (for script bodies).
pub(super) fn text_of_raw(doc: &Document, id: NodeId) -> String {
    let mut out = String::new();
    for n in doc.children(id) {
        if let NodeData::Text(t) = doc.data(n) {
            out.push_str(t);
        }
    }
    out
}

#[cfg(all(test, feature = "language"))]
mod tests {
    use super::*;

    const FRENCH: &str = "<p>Le conseil municipal a présenté mardi soir le projet du nouveau \
        parc, qui doit ouvrir au printemps prochain sur les anciens terrains de la gare. Les \
        habitants pourront y suivre une promenade le long du canal, entre des jardins \
        partagés et une aire de jeux pour les enfants du quartier.</p>";
    const ENGLISH: &str = "The town council presented the plan for the new park on \
        Tuesday evening; it is due to open next spring on the old railway land.";

    fn language_of(html: &str) -> Option<&'static str> {
        prose_language(&crate::parse::parse_default(html))
    }

    /// The page's language is its body's prose: long text nodes, read past the first,
    /// outside the head, scripts and styles, and not the short words of its menus.
    #[test]
    fn the_prose_language_is_read_from_the_body_prose() {
        let french = FRENCH.repeat(3);
        assert_eq!(language_of(&format!("<body>{french}</body>")), Some("fr"));
        let english = format!("<p>{ENGLISH}</p>").repeat(6);
        assert_eq!(language_of(&format!("<body>{english}</body>")), Some("en"));
        let long_english = format!("{ENGLISH} ").repeat(12);
        for around in [
            format!("<head><title>{long_english}</title></head><body>{french}</body>"),
            format!("<body><script>// {long_english}</script>{french}</body>"),
            format!("<body><style>/* {long_english} */</style>{french}</body>"),
            format!("<body><noscript>{long_english}</noscript>{french}</body>"),
            format!("<body><template>{long_english}</template>{french}</body>"),
        ] {
            assert_eq!(language_of(&around), Some("fr"), "{around}");
        }
        let menu =
            "<a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a> ".repeat(120);
        assert_eq!(
            language_of(&format!("<body>{menu}{french}</body>")),
            Some("fr")
        );
        // One English notice before the article does not outweigh it.
        let notice = format!("<p>{ENGLISH}</p>");
        assert_eq!(
            language_of(&format!("<body>{notice}{french}</body>")),
            Some("fr")
        );
        // Nothing long enough: no language.
        assert_eq!(language_of("<body><p>Bonjour</p></body>"), None);
    }
}
