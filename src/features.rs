//! Per-node numbers in side tables indexed by `NodeId`: visible characters and characters
//! inside links, summed over each subtree in one linear pass.

use html5ever::local_name;

use crate::dom::{Document, Edge, Element, NodeData, NodeId, Pruned};
use crate::rules::vocabulary::{contains_ignore_case, EMBEDDED_POST_CLASSES};

/// Text and link-text size of every subtree (pruned subtrees count as empty).
pub(crate) struct TextStats {
    /// Non-whitespace characters in the subtree.
    pub(crate) chars: Vec<u32>,
    /// Non-whitespace characters inside `<a>` elements in the subtree.
    pub(crate) link_chars: Vec<u32>,
    /// The subtree holds an `<h1>`, `<main>` or `<article>`: it frames the page's content.
    pub(crate) holds_landmark: Vec<bool>,
    /// The subtree holds a post embedded from a social platform ([`EMBEDDED_POST_CLASSES`]):
    /// a quotation of the article, whatever its wrapper is named.
    pub(crate) holds_embedded_post: Vec<bool>,
    /// Non-whitespace characters inside `<pre>` elements in the subtree: a box that is
    /// mostly preformatted is a code block's, whatever its name.
    pub(crate) pre_chars: Vec<u32>,
}

impl TextStats {
    /// Share of the subtree's text that sits inside links (0 for an empty subtree).
    pub(crate) fn link_density(&self, id: NodeId) -> f64 {
        let chars = self.chars[id.index()];
        if chars == 0 {
            0.0
        } else {
            f64::from(self.link_chars[id.index()]) / f64::from(chars)
        }
    }
}

/// Counts the non-whitespace characters of `text`, each weighted by what it says
/// ([`letter_weight`]).
///
/// Every length the extractor weighs is in these units, so that a Chinese article's
/// one-line paragraphs weigh what the same lines in English do instead of falling under
/// the length a paragraph needs to count (and a box beside them winning the pick).
pub(crate) fn visible_chars(text: &str) -> u32 {
    // ASCII text (most of it, even on non-English pages, is markup-adjacent whitespace and
    // punctuation) is counted byte by byte; only non-ASCII characters are decoded.
    let count = if text.is_ascii() {
        text.bytes()
            .filter(|&b| !(b.is_ascii_whitespace() || b == 0x0B))
            .count()
    } else {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .map(letter_weight)
            .sum()
    };
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// How many letters of an alphabet a character says about as much as: two for a
/// character of a script written in wide characters ([`is_wide_script`]), one for any
/// other. Translators' rules of thumb put an English word (about five letters) at one and
/// a half to two Chinese characters and two to three Japanese or Korean ones.
pub(crate) fn letter_weight(c: char) -> usize {
    if is_wide_script(c) {
        2
    } else {
        1
    }
}

/// Whether `c` is a Chinese character (a Japanese kanji), a kana or a Hangul syllable.
pub(crate) fn is_wide_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
    )
}

/// Computes [`TextStats`] for the subtree of `root`, skipping pruned subtrees. Text nodes'
/// own sizes are taken from `known` when given (a wider pass over the same tree), instead
/// of being counted again.
pub(crate) fn text_stats(
    doc: &Document,
    root: NodeId,
    pruned: &Pruned,
    known: Option<&TextStats>,
) -> TextStats {
    let mut chars = vec![0u32; doc.len()];
    let mut link_chars = vec![0u32; doc.len()];
    let mut holds_landmark = vec![false; doc.len()];
    let mut holds_embedded_post = vec![false; doc.len()];
    let mut pre_chars = vec![0u32; doc.len()];
    for edge in pruned.traverse(doc, root) {
        match edge {
            Edge::Open(id) => {
                if let NodeData::Text(t) = doc.data(id) {
                    chars[id.index()] = match known {
                        Some(k) => k.chars[id.index()],
                        None => visible_chars(t),
                    };
                }
            }
            Edge::Close(id) => {
                if id == root {
                    continue;
                }
                match doc.element(id) {
                    Some(el) if el.is_hyperlink() => link_chars[id.index()] = chars[id.index()],
                    Some(el)
                        if matches!(
                            el.name.local,
                            local_name!("h1") | local_name!("main") | local_name!("article")
                        ) =>
                    {
                        holds_landmark[id.index()] = true;
                    }
                    Some(el) if el.name.local == local_name!("blockquote") => {
                        holds_embedded_post[id.index()] = is_embedded_post(el);
                    }
                    Some(el) if el.name.local == local_name!("pre") => {
                        pre_chars[id.index()] = chars[id.index()];
                    }
                    _ => {}
                }
                if let Some(parent) = doc.node(id).parent {
                    chars[parent.index()] = chars[parent.index()].saturating_add(chars[id.index()]);
                    link_chars[parent.index()] =
                        link_chars[parent.index()].saturating_add(link_chars[id.index()]);
                    holds_landmark[parent.index()] |= holds_landmark[id.index()];
                    holds_embedded_post[parent.index()] |= holds_embedded_post[id.index()];
                    pre_chars[parent.index()] =
                        pre_chars[parent.index()].saturating_add(pre_chars[id.index()]);
                }
            }
        }
    }
    TextStats {
        chars,
        link_chars,
        holds_landmark,
        holds_embedded_post,
        pre_chars,
    }
}

/// Whether a `<blockquote>` is a social platform's embedded post, by its class.
fn is_embedded_post(el: &Element) -> bool {
    el.attr("class").is_some_and(|class| {
        class
            .split_ascii_whitespace()
            .any(|token| contains_ignore_case(EMBEDDED_POST_CLASSES, token))
    })
}

#[cfg(test)]
mod tests {
    use super::{letter_weight, visible_chars};

    /// Link text is what hyperlinks hold: a named anchor's text is not, a script's link
    /// without an `href` is.
    #[test]
    fn link_text_is_what_hyperlinks_hold() {
        let doc = crate::parse::parse_default(
            "<body><div id=a><a name=n>Named</a> <a href=/x>Linked</a> <a onclick=go()>Go</a>\
             </div></body>",
        );
        let root = crate::extractor::content_root(&doc);
        let pruned = crate::dom::Pruned {
            removed: vec![false; doc.len()],
        };
        let stats = super::text_stats(&doc, root, &pruned, None);
        assert_eq!(
            (stats.chars[root.index()], stats.link_chars[root.index()]),
            (13, 8)
        );
    }

    fn by_chars(text: &str) -> u32 {
        let weights = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(letter_weight);
        u32::try_from(weights.sum::<usize>()).unwrap_or(u32::MAX)
    }

    /// A Chinese character, a kana or a Hangul syllable weighs two letters, every other
    /// character (a full-width form too) one: each range checked at both ends and just
    /// outside them.
    #[test]
    fn characters_weigh_what_they_say() {
        for (c, weight) in [
            ('a', 1),
            ('é', 1),
            ('ж', 1),
            ('ب', 1),
            ('ก', 1),
            ('\u{303F}', 1), // CJK symbols and punctuation (「」、。)
            ('\u{3040}', 2), // first Hiragana
            ('あ', 2),
            ('ン', 2),
            ('\u{30FF}', 2), // last Katakana
            ('\u{3100}', 1), // Bopomofo
            ('\u{33FF}', 1),
            ('\u{3400}', 2), // CJK extension A
            ('\u{4DBF}', 2),
            ('\u{4DC0}', 1), // Yijing hexagrams
            ('\u{4DFF}', 1),
            ('\u{4E00}', 2), // 一
            ('語', 2),
            ('\u{9FFF}', 2),
            ('\u{A000}', 1), // Yi
            ('\u{ABFF}', 1),
            ('\u{AC00}', 2), // 가
            ('한', 2),
            ('\u{D7AF}', 2),
            ('\u{D7B0}', 1), // Hangul jamo extended B
            ('Ａ', 1),       // full-width forms
            ('：', 1),
        ] {
            assert_eq!(letter_weight(c), weight, "{c:?}");
        }
        assert_eq!(visible_chars("今日は 晴れ"), 10);
        assert_eq!(visible_chars("한국 news"), 2 + 2 + 4);
    }

    /// Every character, alone and beside its neighbours, counts as `char::is_whitespace`
    /// says, with its weight.
    #[test]
    fn visible_chars_agrees_with_char_whitespace_on_every_character() {
        let all: String = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .collect();
        assert_eq!(visible_chars(&all), by_chars(&all));
        let mut one = [0u8; 4];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let alone: &str = c.encode_utf8(&mut one);
            assert_eq!(visible_chars(alone), by_chars(alone), "{:?}", c);
        }
        for text in [
            "",
            " \t\n",
            "a\u{a0}b",
            "日本\u{3000}語",
            "x\u{2009}y\u{202f}z",
            "\u{85}é",
        ] {
            assert_eq!(visible_chars(text), by_chars(text), "{text:?}");
        }
    }
}
