//! Bylines: the author an element marked as author or byline names, and names after a
//! "Written by" label.

use html5ever::local_name;

use super::collect::short_text;
use super::LIMITS;
use crate::dom::{Document, Element, NodeData, NodeId};
use crate::rules::vocabulary::{
    contains, contains_ignore_case, words, words_for, BYLINE_LABELS, BYLINE_OPENINGS,
    NAME_PARTICLES,
};

/// A person's name from byline text: "By Jane Doe and John Roe" gives "Jane Doe and John
/// Roe"; text too long to be a name, with digits (a date), or only a label gives nothing.
pub(super) fn byline_text(text: &str) -> Option<String> {
    let mut t = text.trim();
    // Longest labels first, so "Written by" is not read as "Written" plus a name.
    for label in words(BYLINE_LABELS) {
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
    let word_count = t.split_whitespace().count();
    let plausible = (1..=LIMITS.byline_words).contains(&word_count)
        && t.chars().count() <= LIMITS.byline_chars
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '*' | '@' | ':'))
        && !contains_ignore_case(BYLINE_LABELS, t)
        && !t.eq_ignore_ascii_case("the author");
    plausible.then(|| t.to_string())
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

/// The first letters of the byline openings of every language.
static OPENING_LETTERS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    let mut letters: Vec<char> = words(BYLINE_OPENINGS)
        .filter_map(|w| w.chars().next())
        .collect();
    letters.sort_unstable();
    letters.dedup();
    letters
});

/// A name after an explicit "Written by" / "Posted by" / "Author:" label in short text,
/// every word of it capitalised.
pub(super) fn written_by(text: &str, language: Option<&str>) -> Option<String> {
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
    if !OPENING_LETTERS.contains(&first) {
        return None;
    }
    let opening = words_for(BYLINE_OPENINGS, language).find(|l| {
        text.get(..l.len())
            .is_some_and(|head| head.chars().flat_map(char::to_lowercase).eq(l.chars()))
    })?;
    // The opening is taken off here: not every opening is a label byline_text knows
    // ("di " would cut "Di Stefano" short there).
    let rest = &text[opening.len()..];
    // A date or a role may follow the name after a spaced separator ("Por Ana Souza — 3 de
    // março de 2023"): after an explicit opening, the name is what comes before it.
    let rest = [" — ", " – ", " | ", " · ", " • "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .map_or(rest, |cut| &rest[..cut]);
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

/// Longest byline text read: a label, a name of up to 60 characters and some punctuation.
pub(super) const MAX_BYLINE_CHARS: usize = 200;

/// Elements looked at inside a byline for the name itself.
pub(super) const BYLINE_SCAN: usize = 64;

/// The author an element marked as author or byline names: a name element inside it
/// (`itemprop=name`, a link to the author's page, a class word `name`) wins over the whole
/// text, which may carry a label, a job title or a date.
pub(super) fn byline_of(doc: &Document, id: NodeId) -> Option<String> {
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
pub(super) fn label_sibling_byline(
    doc: &Document,
    id: NodeId,
    language: Option<&str>,
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
        // "Written by Jane Doe" in one short element.
        return written_by(label, language);
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
            written_by("Written by John Crow", None).as_deref(),
            Some("John Crow")
        );
        assert_eq!(
            written_by("By Maria van der Berg", Some("fr")).as_deref(),
            Some("Maria van der Berg")
        );
        assert_eq!(written_by("By clicking here you agree", None), None);
        assert_eq!(written_by("John Crow", None), None);
        // An opening that is no byline label ("Authored by") is taken off all the same.
        assert_eq!(
            written_by("Authored by Jane Roe", None).as_deref(),
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
        ] {
            assert_eq!(
                written_by(text, Some("pt")).as_deref(),
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
                written_by(text, language).as_deref(),
                name,
                "{text} {language:?}"
            );
        }
    }
}
