//! Bylines: the author an element marked as author or byline names, and names after a
//! "Written by" label.

use html5ever::{local_name, LocalName};

use super::collect::short_text;
use super::LIMITS;
use crate::dom::{is_block_level, Document, Element, NodeData, NodeId};
use crate::features::is_wide_script;
use crate::rules::vocabulary::{
    contains, contains_ignore_case, words, words_for, BYLINE_LABELS, BYLINE_OPENINGS,
    NAME_PARTICLES,
};

/// What may follow a byline label before the name: a space, a colon (full-width in Chinese
/// and Japanese) or a slash ("文／王小明").
const LABEL_ENDS: [char; 5] = [' ', ':', '：', '/', '／'];

/// `text` without `prefix` at its start, letter case aside (a page may write "AUTHOR:" or
/// "Автор:"); `None` when it does not start so.
fn strip_prefix_any_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let mut rest = text.chars();
    for expected in prefix.chars() {
        let c = rest.next()?;
        if !c.to_lowercase().eq(expected.to_lowercase()) {
            return None;
        }
    }
    Some(rest.as_str())
}

/// A person's name from byline text: "By Jane Doe and John Roe" gives "Jane Doe and John
/// Roe"; text too long to be a name, with digits (a date), without a letter, or only a
/// label, or ending with one, gives nothing.
pub(super) fn byline_text(text: &str) -> Option<String> {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut t = collapsed.as_str();
    for label in words(BYLINE_LABELS) {
        let Some(rest) = strip_prefix_any_case(t, label) else {
            continue;
        };
        if rest.is_empty() || rest.starts_with(LABEL_ENDS) {
            t = rest.trim_start_matches(LABEL_ENDS);
            break;
        }
    }
    // Separators and marks around the name ("& Jane Doe", "Jane Doe •", "~ Rachel M.").
    let t = t.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•' | '-' | '–' | '—' | '~' | '&' | '/')
    });
    let word_count = t.split_whitespace().count();
    let plausible = (1..=LIMITS.byline_words).contains(&word_count)
        && t.chars().count() <= LIMITS.byline_chars
        && t.chars().any(char::is_alphabetic)
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '*' | '@' | ':'))
        && !contains_ignore_case(BYLINE_LABELS, t)
        && !ends_with_label(t)
        && !t.eq_ignore_ascii_case("the author");
    plausible.then(|| t.to_string())
}

/// Whether text ends with a byline label ("This article was written by"): the name is in
/// what follows it.
fn ends_with_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    words(BYLINE_LABELS).any(|label| {
        lower
            .strip_suffix(label)
            .is_some_and(|before| before.ends_with(' '))
    })
}

/// A link to an author's page: `rel=author`, or a path with an `author`/`authors` segment
/// (`/author/jane-doe/`).
pub(super) fn is_author_link(el: &Element) -> bool {
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

/// The byline openings of every language, by first letter (sorted by it).
static OPENINGS_BY_LETTER: std::sync::LazyLock<Vec<(char, Vec<&'static str>)>> =
    std::sync::LazyLock::new(|| {
        let mut by_letter: Vec<(char, Vec<&'static str>)> = Vec::new();
        for opening in words(BYLINE_OPENINGS) {
            let Some(first) = opening.chars().next() else {
                continue;
            };
            match by_letter.binary_search_by_key(&first, |&(c, _)| c) {
                Ok(at) => by_letter[at].1.push(opening),
                Err(at) => by_letter.insert(at, (first, vec![opening])),
            }
        }
        by_letter
    });

/// The byline openings of every language that start with `first`.
fn openings_starting_with(first: char) -> Option<&'static [&'static str]> {
    let by_letter: &'static [(char, Vec<&'static str>)] = &OPENINGS_BY_LETTER;
    let at = by_letter.binary_search_by_key(&first, |&(c, _)| c).ok()?;
    by_letter.get(at).map(|(_, openings)| openings.as_slice())
}

/// The languages a byline is read in: the page's declared one, and its prose's, asked
/// only when a text opens with a word that opens bylines in another language. "Par
/// Élise Marchand" is a French byline on a page declared English or not at all whose
/// paragraphs are French; over English paragraphs "Par" is a name.
#[derive(Clone, Copy)]
pub(super) struct BylineLanguages<'a> {
    pub(super) declared: Option<&'a str>,
    /// The language of the page's prose, when the detector is confident.
    pub(super) prose: &'a dyn Fn() -> Option<&'static str>,
}

impl<'a> BylineLanguages<'a> {
    /// Only the declared language: the prose is never asked.
    #[cfg(test)]
    pub(super) fn declared(declared: Option<&'a str>) -> Self {
        BylineLanguages {
            declared,
            prose: &|| None,
        }
    }

    /// The first opening, of those starting with `first`, that `opens` the text with:
    /// among the declared language's; else, when one of another language's does, among
    /// the prose language's.
    fn opening(&self, first: char, opens: impl Fn(&str) -> bool) -> Option<&'static str> {
        let any_language = openings_starting_with(first)?;
        let opens = |o: &&str| o.starts_with(first) && opens(o);
        words_for(BYLINE_OPENINGS, self.declared)
            .find(opens)
            .or_else(|| {
                any_language.iter().find(|o| opens(o))?;
                let prose = (self.prose)()?;
                words_for(BYLINE_OPENINGS, Some(prose)).find(opens)
            })
    }
}

/// A name after an explicit "Written by" / "Posted by" / "Author:" label in short text,
/// every word of it capitalised.
pub(super) fn written_by(text: &str, languages: BylineLanguages<'_>) -> Option<String> {
    // Called for every short leaf element: the checks that reject most text come first and
    // allocate nothing.
    // A character takes at most four bytes: longer text in bytes is too long in characters.
    let max = LIMITS.written_by_chars;
    if text.len() > 4 * max || text.chars().count() > max {
        return None;
    }
    // Openings are lower case; a page may capitalise any letter of one ("Автор: "). Most
    // text opens with a letter no opening of any language does.
    let first = text.chars().next()?.to_lowercase().next()?;
    let opening = languages.opening(first, |l| {
        text.get(..l.len())
            .is_some_and(|head| head.chars().flat_map(char::to_lowercase).eq(l.chars()))
    });
    // The opening is taken off here: not every opening is a label byline_text knows
    // ("di " would cut "Di Stefano" short there).
    let rest = match opening {
        Some(opening) => &text[opening.len()..],
        None => after_dated_opening(text, languages)?,
    };
    // A date or a role may follow the name after a spaced separator ("Por Ana Souza — 3 de
    // março de 2023"): after an explicit opening, the name is what comes before it.
    let rest = [" — ", " – ", " | ", " · ", " • "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .map_or(rest, |cut| &rest[..cut]);
    // Or after a comma, when a date follows it ("By Ziyi Xu, Dec 17, 2025").
    let rest = match rest.split_once(", ") {
        Some((name, date)) if super::dates::parse_date(date).is_some() => name,
        _ => rest,
    };
    let name = byline_text(rest)?;
    // Every word capitalised; in scripts without letter case (Chinese, Japanese), a letter.
    let capitalised = name.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
            || contains(NAME_PARTICLES, w)
    });
    (capitalised && name != text.trim()).then_some(name)
}

/// The text after an opening that follows a date in a dateline ("Posted on March 3, 2024
/// by Jane Doe", "Geplaatst op 4 april 2025 door Sanne de Wit"): the last opening that a
/// space precedes, with a date written before it. The declared language's openings are
/// read first; another language's, after a date, send for the prose's language (see
/// [`BylineLanguages`]).
fn after_dated_opening<'t>(text: &'t str, languages: BylineLanguages<'_>) -> Option<&'t str> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // ASCII case only, so that byte offsets stay those of `text`: "ÉCRIT PAR" is not read.
    let lower = text.to_ascii_lowercase();
    // The last place after a space where an opening `listed` starts, and the opening.
    let last_opening = |listed: &dyn Fn(&str) -> bool| {
        lower
            .char_indices()
            .rev()
            .filter(|&(_, c)| c == ' ')
            .find_map(|(space, _)| {
                let at = space + 1;
                let after = &lower[at..];
                let opening = openings_starting_with(after.chars().next()?)?
                    .iter()
                    .find(|o| listed(o) && after.starts_with(*o))?;
                Some((at, *opening))
            })
    };
    let dated = |(at, _): &(usize, &str)| super::dates::parse_date(&text[..*at]).is_some();
    let in_language = |language: Option<&str>| {
        let openings: Vec<&str> = words_for(BYLINE_OPENINGS, language).collect();
        last_opening(&|o| openings.contains(&o)).filter(dated)
    };
    let (at, opening) = in_language(languages.declared).or_else(|| {
        last_opening(&|_| true).filter(dated)?;
        in_language(Some((languages.prose)()?))
    })?;
    Some(&text[at + opening.len()..])
}

/// Whether every name in a list of names ("Jane Doe, John Roe & Ann Lee") has two words or
/// more, or is written in a script without spaces ("张伟").
fn names_in_full(names: &str) -> bool {
    names
        .split([',', '&', ';'])
        .flat_map(|part| part.split(" and "))
        .all(|name| {
            name.split_whitespace().count() >= 2 || name.chars().any(is_written_without_spaces)
        })
}

/// Whether `c` belongs to a script written without spaces between words (Chinese,
/// Japanese kana, Thai), where a name is one word.
fn is_written_without_spaces(c: char) -> bool {
    let hangul = matches!(c, '\u{AC00}'..='\u{D7AF}'); // Korean spaces its words
    let thai = matches!(c, '\u{0E00}'..='\u{0E7F}');
    (is_wide_script(c) && !hangul) || thai
}

/// Form controls and their labels: their text names a field or an option, never an author.
fn is_form_control(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("button")
            | local_name!("input")
            | local_name!("label")
            | local_name!("legend")
            | local_name!("option")
            | local_name!("optgroup")
            | local_name!("select")
            | local_name!("textarea")
    )
}

/// Longest byline text read: a label, a name of up to 60 characters and some punctuation.
pub(super) const MAX_BYLINE_CHARS: usize = 200;

/// Elements looked at inside a byline for the name itself.
pub(super) const BYLINE_SCAN: usize = 64;

/// The author an element marked as author or byline names: a name element inside it
/// (`itemprop=name`, a link to the author's page, a class word `name`) wins over its text,
/// which may carry a label, a job title or a date. Of the text, the first line (up to the
/// first block inside: "Jane Doe" above "Staff Writer") is read before the whole; on a
/// page in a language, that language's openings are taken off ("Door Jan de Vries").
/// The page's `<body>` (an author archive's class) and a form's field are no bylines.
pub(super) fn byline_of(
    doc: &Document,
    id: NodeId,
    languages: BylineLanguages<'_>,
) -> Option<String> {
    let el = doc.element(id)?;
    if matches!(el.name.local, local_name!("body") | local_name!("html")) {
        return None;
    }
    let read = |t: &str| written_by(t, languages).or_else(|| byline_text(t));
    let read_box = |n: NodeId| {
        first_line(doc, n)
            .and_then(|t| read(&t))
            .or_else(|| short_text(doc, n, MAX_BYLINE_CHARS, true).and_then(|t| read(&t)))
    };
    for n in doc.preorder(id).skip(1).take(BYLINE_SCAN) {
        let Some(el) = doc.element(n) else { continue };
        // A comment form's "Name" field is marked as the author's.
        if matches!(
            el.name.local,
            local_name!("input") | local_name!("select") | local_name!("textarea")
        ) {
            return None;
        }
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
            if let Some(name) = read_box(n) {
                return Some(name);
            }
        }
    }
    if let Some(name) = read_box(id) {
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

/// The text of a box up to its first block-level element after some text (a name above
/// a job title in a `<div>` or `<p>` of its own), when the box has more text after it;
/// read within [`BYLINE_SCAN`] nodes and [`MAX_BYLINE_CHARS`] characters.
fn first_line(doc: &Document, id: NodeId) -> Option<String> {
    let mut line = String::new();
    for n in doc.preorder(id).skip(1).take(BYLINE_SCAN) {
        match doc.data(n) {
            NodeData::Text(t) => {
                // Too long for a byline: nothing of it is copied (a character takes at
                // most four bytes).
                if line.len() + t.len() > 4 * MAX_BYLINE_CHARS {
                    return None;
                }
                line.push_str(t);
                line.push(' ');
            }
            NodeData::Element(el) if is_block_level(&el.name.local) && !line.trim().is_empty() => {
                return Some(line);
            }
            _ => {}
        }
    }
    None
}

/// A short leaf element whose whole text is a byline label ("Written by"): the name is in
/// the element after it.
pub(super) fn label_sibling_byline(
    doc: &Document,
    id: NodeId,
    languages: BylineLanguages<'_>,
    tries: &mut u32,
) -> Option<String> {
    let mut children = doc.children(id);
    let only = children.next()?;
    if children.next().is_some() {
        return None;
    }
    let NodeData::Text(t) = doc.data(only) else {
        return None;
    };
    let label = t.trim().trim_end_matches(':').trim();
    if !contains_ignore_case(BYLINE_LABELS, label) {
        // "Written by Jane Doe" in one short element, but not a form control's "Sort by
        // Review", and not a menu's "By Region" or "Shop by Gender & Age": in text no
        // markup calls a byline, one word after "By" is a facet far more often than a name.
        let control = doc
            .element(id)
            .is_some_and(|el| is_form_control(&el.name.local));
        return written_by(label, languages).filter(|name| !control && names_in_full(name));
    }
    *tries += 1;
    let mut next = doc.node(id).next_sibling;
    while let Some(n) = next {
        if doc.element(n).is_some() {
            return byline_of(doc, n, languages);
        }
        next = doc.node(n).next_sibling;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::jsonld::decode_entities;

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
    fn byline_text_takes_off_labels_and_marks_in_every_language() {
        for (text, name) in [
            ("Posted\n\t\t\tby \n\t  msmash", "msmash"),
            ("View all posts by Ray Ansari", "Ray Ansari"),
            ("Text by Hunter Dukes", "Hunter Dukes"),
            ("Haley Hoekstra •", "Haley Hoekstra"),
            ("& Zackery Cuevas", "Zackery Cuevas"),
            ("~ Rachel M.", "Rachel M."),
            ("Autorin: Anna Schmidt", "Anna Schmidt"),
            ("Escrito por Ana Souza", "Ana Souza"),
            ("A cura di Marco Rossi", "Marco Rossi"),
            ("Redactie: Jan de Vries", "Jan de Vries"),
            ("Автор: Иван Петров", "Иван Петров"),
            ("АВТОР: Иван Петров", "Иван Петров"),
            ("作者：王小明", "王小明"),
            ("記者 王小明", "王小明"),
            ("著者：山田太郎", "山田太郎"),
            // Names that start with a label's letters keep them.
            ("Paris Hilton", "Paris Hilton"),
            ("Byron Price", "Byron Price"),
            ("Di Stefano Rossi", "Di Stefano Rossi"),
            ("Autorenkollektiv Nord", "Autorenkollektiv Nord"),
        ] {
            assert_eq!(byline_text(text).as_deref(), Some(name), "{text:?}");
        }
        // No letter, a label alone, or a label the name comes after.
        for text in ["✉", "–", "/", "via", "Автор", "This article was written by"] {
            assert_eq!(byline_text(text), None, "{text:?}");
        }
    }

    /// The authors read from a page in `lang` whose body holds `body` and a paragraph.
    fn authors_of(lang: &str, body: &str) -> Vec<String> {
        let html = format!(
            "<html lang={lang}><head><title>Harbour news</title></head><body>\
             <h1>Harbour news</h1>{body}<p>The harbour office opened a new tide gauge \
             on the north pier this week.</p></body></html>"
        );
        crate::extract_metadata(&html).expect("reads").authors
    }

    /// A byline that opens with another language's word than the page declares, or on a
    /// page that declares none, is read in the prose's language: "Par" opens a French
    /// byline over French paragraphs, and is no English opening over English ones. The
    /// declared language's openings are read first.
    #[cfg(feature = "language")]
    #[test]
    fn a_byline_in_another_language_is_read_in_the_prose_language() {
        let page = |html: &str, prose: &str| {
            format!(
                "{html}<head><title>Le parc</title></head><body><h1>Le parc</h1>\
                 <p>Par Élise Marchand</p><p>{prose}</p><p>{prose}</p></body></html>"
            )
        };
        let french = "Le conseil municipal a présenté mardi soir le projet du nouveau parc, \
                      qui doit ouvrir au printemps prochain sur les anciens terrains de la gare.";
        let english = "The town council presented the plan for the new park on Tuesday \
                       evening; it is due to open next spring on the old railway land.";
        let authors = |html: String| crate::extract_metadata(&html).expect("reads").authors;
        assert_eq!(authors(page("<html>", french)), ["Élise Marchand"]);
        assert!(authors(page("<html>", english)).is_empty());
        assert_eq!(authors(page("<html lang=en>", french)), ["Élise Marchand"]);
        assert!(authors(page("<html lang=en>", english)).is_empty());
        assert_eq!(authors(page("<html lang=fr>", english)), ["Élise Marchand"]);
        // The same after a date in a dateline.
        let dateline = |html: &str, prose: &str| {
            page(html, prose).replace("Par Élise", "Publié le 3 mars 2020 par Élise")
        };
        assert_eq!(
            authors(dateline("<html lang=en>", french)),
            ["Élise Marchand"]
        );
        assert!(authors(dateline("<html lang=en>", english)).is_empty());
        // A slashed date under the headline is read day first in French prose, month
        // first in English.
        let date = |html: &str, prose: &str| {
            let dated = page(html, prose).replace("<p>Par", "<p>12/03/2024</p><p>Par");
            crate::extract_metadata(&dated).expect("reads").date
        };
        assert_eq!(date("<html>", french).as_deref(), Some("2024-03-12"));
        assert_eq!(date("<html>", english).as_deref(), Some("2024-12-03"));
        assert_eq!(
            date("<html lang=en>", french).as_deref(),
            Some("2024-12-03")
        );
    }

    /// Bylines are read in the body: a page whose title reads as one names no author by it.
    #[test]
    fn a_title_is_no_byline() {
        let page = "<html><head><title>Written by Jane Doe</title></head><body><h1>The \
                    keeper</h1><p>A novel about a lighthouse keeper and the storm that cut \
                    her island off for a winter.</p></body></html>";
        assert!(crate::extract_metadata(page)
            .expect("reads")
            .authors
            .is_empty());
    }

    #[test]
    fn a_byline_box_gives_its_first_line_and_a_form_field_nothing() {
        for (body, name) in [
            // A name above a job title, each a block of its own.
            (
                "<div class=author><div>Jane Doe</div><div>Staff Writer</div></div>",
                "Jane Doe",
            ),
            (
                "<div class=byline><a href=/author/jane-doe><div>Written by <span>Jane \
                 Doe</span></div><div>Content Marketing Lead</div></a></div>",
                "Jane Doe",
            ),
            // A label in a block of its own: the whole box is read.
            (
                "<div class=byline><div>By</div><div>Jane Doe</div></div>",
                "Jane Doe",
            ),
            // A name in a button that opens the author's bio.
            (
                "<div class=author-info><span>Written by</span> <span><button>Emma \
                 Ryan</button></span></div>",
                "Emma Ryan",
            ),
        ] {
            assert_eq!(authors_of("en", body), [name], "{body}");
        }
        assert_eq!(
            authors_of("nl", "<p class=byline>Door Jan de Vries</p>"),
            ["Jan de Vries"]
        );
        // "Oleh" opens an Indonesian byline, and is a first name elsewhere.
        assert_eq!(
            authors_of("id", "<p class=byline>Oleh Siti Rahma</p>"),
            ["Siti Rahma"]
        );
        assert_eq!(
            authors_of("en", "<p class=byline>Oleh Petrenko</p>"),
            ["Oleh Petrenko"]
        );
        assert_eq!(
            authors_of("tr", "<p class=byline>Yazar: Elif Demir</p>"),
            ["Elif Demir"]
        );
        // A comment form's field, marked as the author's.
        assert!(authors_of(
            "en",
            "<p class=comment-form-author><label for=author>Name</label> <input id=author></p>"
        )
        .is_empty());
        // An author archive's `<body>` class names no author of the page.
        let archive = "<html><body class='archive author'><a href=#main>Skip to content</a>\
                       <p>Posts by the harbour office.</p></body></html>";
        assert!(crate::extract_metadata(archive)
            .expect("reads")
            .authors
            .is_empty());
    }

    /// A dateline names its author after the date ("Posted on March 3, 2024 by Jane Doe")
    /// in the page's language; without a date before the opening, or with no name after
    /// it, it names nobody.
    #[test]
    fn a_dateline_names_its_author_after_the_date() {
        for (lang, line, name) in [
            ("en", "Posted on March 3, 2024 by Jane Doe", "Jane Doe"),
            (
                "en",
                "Posted on March 3, 2024 by Jane Doe | 3 comments",
                "Jane Doe",
            ),
            (
                "nl",
                "Geplaatst op 4 april 2025 door Sanne de Wit",
                "Sanne de Wit",
            ),
            (
                "de",
                "Veröffentlicht am 3. März 2024 von Anna Schmidt",
                "Anna Schmidt",
            ),
            (
                "pt",
                "Publicado em 5 de junho de 2025 por Helena Prado",
                "Helena Prado",
            ),
            (
                "it",
                "Pubblicato il 3 marzo 2024, scritto da Marco Rossi",
                "Marco Rossi",
            ),
        ] {
            assert_eq!(
                authors_of(lang, &format!("<p>{line}</p>")),
                [name],
                "{line}"
            );
        }
        for (lang, line) in [
            ("en", "Updated March 3, 2024 by the editors"),
            ("en", "Photo taken in 2019 by a drone"),
            ("en", "Room 12 was painted by Jane Doe"),
            ("en", "Posted on March 3, 2024 nearby Jane Doe"),
            // "door" opens a byline in Dutch only.
            ("en", "Geplaatst op 4 april 2025 door Sanne de Wit"),
        ] {
            assert!(
                authors_of(lang, &format!("<p>{line}</p>")).is_empty(),
                "{line}"
            );
        }
    }

    #[test]
    fn unmarked_by_lines_name_people_not_facets_or_options() {
        for (lang, body, name) in [
            ("en", "<span>By Jane Doe</span>", "Jane Doe"),
            (
                "en",
                "<span>By Jane Doe &amp; John Roe</span>",
                "Jane Doe & John Roe",
            ),
            ("zh", "<p>作者：张伟</p>", "张伟"),
            ("de", "<p>Text: Anna Schmidt</p>", "Anna Schmidt"),
            // A label alone in its element names the next element.
            (
                "en",
                "<span>Written by</span> <span>Jane Doe</span>",
                "Jane Doe",
            ),
        ] {
            assert_eq!(authors_of(lang, body), [name], "{body}");
        }
        for (lang, body) in [
            (
                "en",
                "<ul><li><span>By Region</span></li><li><span>By Role</span></li></ul>",
            ),
            ("en", "<span>By Gender &amp; Age</span>"),
            ("en", "<span>By Jane</span>"),
            ("en", "<select><option>By Customer Rating</option></select>"),
            ("en", "<button>By Release Date</button>"),
            // "Text" labels a byline before a colon only: here it is a contact menu's.
            ("de", "<div><span>Text</span> <span>Email</span></div>"),
        ] {
            assert!(authors_of(lang, body).is_empty(), "{body}");
        }
    }

    /// A menu's "By ..." group or author link names no author; the same line in a
    /// `<header>` or after a menu does, and menus cost a try each, not a walk per entry.
    #[test]
    fn bylines_in_menus_name_nobody() {
        for menu in [
            "<nav><span>By Company Size</span></nav>",
            "<div role=navigation><ul><li><span>By Company Size</span></li></ul></div>",
            "<menu><li><a href=/author/jane-doe>Jane Doe</a></li></menu>",
        ] {
            assert!(authors_of("en", menu).is_empty(), "{menu}");
            let then_byline = format!("{menu}<header><span>By Jane Doe</span></header>");
            assert_eq!(authors_of("en", &then_byline), ["Jane Doe"], "{menu}");
        }
        // Nine menu entries use up the tries: the byline after them is not read.
        let facets = "<li><span>By Company Size</span></li>".repeat(9);
        let body = format!("<nav><ul>{facets}</ul></nav><span>By Jane Doe</span>");
        assert!(authors_of("en", &body).is_empty());
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
            written_by("Written by John Crow", BylineLanguages::declared(None)).as_deref(),
            Some("John Crow")
        );
        assert_eq!(
            written_by(
                "By Maria van der Berg",
                BylineLanguages::declared(Some("fr"))
            )
            .as_deref(),
            Some("Maria van der Berg")
        );
        assert_eq!(
            written_by(
                "By clicking here you agree",
                BylineLanguages::declared(None)
            ),
            None
        );
        assert_eq!(
            written_by("John Crow", BylineLanguages::declared(None)),
            None
        );
        // An opening that is no byline label ("Authored by") is taken off all the same.
        assert_eq!(
            written_by("Authored by Jane Roe", BylineLanguages::declared(None)).as_deref(),
            Some("Jane Roe")
        );
        // After an explicit opening, a date or a role past a spaced separator is cut off;
        // a hyphen inside a name stays.
        for (text, name) in [
            ("Por Ana Souza — 3 de março de 2023", "Ana Souza"),
            ("By Jane Doe | Staff Writer", "Jane Doe"),
            ("By Jane Doe · 5 min read", "Jane Doe"),
            ("By Ann Lee – Updated 3 May", "Ann Lee"),
            ("By Mary Smith-Jones", "Mary Smith-Jones"),
            // A date after a comma, and "By:" as the opening.
            ("By Ziyi Xu, Dec 17, 2025", "Ziyi Xu"),
            ("By: Ziyi Xu", "Ziyi Xu"),
            // A comma before no date parts names, which stay together.
            ("By Jane Doe, John Roe", "Jane Doe, John Roe"),
        ] {
            assert_eq!(
                written_by(text, BylineLanguages::declared(Some("pt"))).as_deref(),
                Some(name),
                "{text}"
            );
        }
        // Without an opening, a separator does not make a name of what comes before it.
        assert_eq!(byline_text("Jane Doe | 3 comments"), None);
        // A language's openings apply on that language's pages only.
        for (text, language, name) in [
            ("Par Élise Marchand", Some("fr-FR"), Some("Élise Marchand")),
            ("Par Cans", Some("en"), None),
            ("Par Cans", None, None),
            ("Von Katrin Vogelsang", Some("DE"), Some("Katrin Vogelsang")),
            ("Von Miller", Some("en-US"), None),
            ("Por Lucía Ferrer", Some("pt_BR"), Some("Lucía Ferrer")),
            ("di Giulia Conti", Some("it"), Some("Giulia Conti")),
            ("Di Stefano Rossi", Some("it"), Some("Stefano Rossi")),
            ("di questo passo", Some("it"), None),
            ("Di Maria Scores Twice", Some("en"), None),
            ("Door Pieter de Vries", Some("nl"), Some("Pieter de Vries")),
            ("Door Closers", Some("en"), None),
            (
                "Autor: Katarzyna Nowak",
                Some("pl"),
                Some("Katarzyna Nowak"),
            ),
            ("Автор: Анна Петрова", Some("ru"), Some("Анна Петрова")),
            ("作者：张伟", Some("zh-CN"), Some("张伟")),
            ("著者：山田太郎", Some("ja"), Some("山田太郎")),
            ("作者：张伟", Some("en"), None),
            ("作者：", Some("zh"), None),
        ] {
            assert_eq!(
                written_by(text, BylineLanguages::declared(language)).as_deref(),
                name,
                "{text} {language:?}"
            );
        }
    }
}
