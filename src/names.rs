//! Reads class and id names: splits them into words and says, once per element, what the
//! words name (chrome, content, an author, a date, a caption, text for screen readers).
//! Pruning, selection and metadata all read these signals; none reads names itself.

use std::collections::HashMap;
use std::sync::LazyLock;

use html5ever::local_name;

use crate::dom::{heading_level, Document, Edge, Element, NodeData, NodeId, Pruned};
use crate::rules::thresholds::{PruneThresholds, Share};
use crate::rules::vocabulary::{
    contains, contains_ignore_case, words, Vocabulary, AUTHOR_NAMES, CHROME_NAMES, COMPOUND_PARTS,
    CONTENT_NAMES, DATE_NAMES, DISCUSSION_NAMES, FIGURE_CAPTION_CLASSES, HIDDEN_CLASSES,
    LAYOUT_NAMES, MODIFIER_PREFIXES, REVIEW_NAMES, STRONG_CHROME_NAMES,
};
use crate::rules::{RuleId, Rules};

/// A class naming text for screen readers only, in any of the spellings frameworks use
/// (`u-srOnly`, `usa-sr-only`, `visually-hidden--inline`, `is-screenreader-only`,
/// `element-invisible`, `a-offscreen`): hidden from sighted readers, so not page text. A
/// negated utility (`focus:not-sr-only`) or a hidden label (`field--label-visually_hidden`)
/// does not count.
fn names_screen_reader_text(token: &str, max_len: usize) -> bool {
    if token.len() > max_len {
        return false;
    }
    let (mut sr, mut only, mut visually, mut hidden, mut screen, mut reader) =
        (false, false, false, false, false, false);
    let (mut element, mut invisible, mut offscreen, mut not) = (false, false, false, false);
    name_words(token, |w| match w {
        "sr" => sr = true,
        "only" => only = true,
        "visually" => visually = true,
        "hidden" => hidden = true,
        "screen" => screen = true,
        "reader" | "readers" => reader = true,
        "screenreader" => (screen, reader) = (true, true),
        "visuallyhidden" => (visually, hidden) = (true, true),
        "element" => element = true,
        "invisible" => invisible = true,
        "offscreen" => offscreen = true,
        // `field--label-visually_hidden` says the field's label is hidden, not the field.
        "not" | "label" => not = true,
        _ => {}
    });
    !not && ((sr && only)
        || (visually && hidden)
        || (screen && reader)
        || (element && invisible)
        || offscreen)
}

/// Longest word worth comparing: no listed word is longer, so longer words are skipped.
const MAX_WORD: usize = 16;

/// Splits a class/id value into lower-case words: `site-header__logo shareBar` gives
/// `site`, `header`, `logo`, `share`, `bar`. Words are lower-cased into a stack buffer
/// (no allocation per element); words longer than any listed word are not reported.
pub(crate) fn name_words(value: &str, mut each: impl FnMut(&str)) {
    let mut buf = [0u8; MAX_WORD];
    let mut len = 0usize;
    let mut too_long = false;
    let mut prev_lower = false;
    let mut emit = |buf: &[u8; MAX_WORD], len: &mut usize, too_long: &mut bool| {
        if *len > 0 && !*too_long {
            // Only ASCII alphanumerics are stored, so this is always valid UTF-8.
            if let Ok(word) = std::str::from_utf8(&buf[..*len]) {
                each(word);
            }
        }
        *len = 0;
        *too_long = false;
    };
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() {
            // After a lower-case letter or digit, which was stored, so a word is open.
            if b.is_ascii_uppercase() && prev_lower {
                emit(&buf, &mut len, &mut too_long);
            }
            prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
            if len < MAX_WORD {
                buf[len] = b.to_ascii_lowercase();
                len += 1;
            } else {
                too_long = true;
            }
        } else {
            emit(&buf, &mut len, &mut too_long);
            prev_lower = false;
        }
    }
    emit(&buf, &mut len, &mut too_long);
}

/// What a set of class/id words says about chrome, read one way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ChromeWords {
    /// Some word names chrome.
    pub(crate) any: bool,
    /// A class or id ends in a chrome word (`article__meta`, `post-share`).
    pub(crate) last: bool,
    /// A word that names chrome however much text it holds (comment threads).
    pub(crate) strong: bool,
}

impl ChromeWords {
    fn add(&mut self, other: &ChromeWords) {
        self.any |= other.any;
        self.last |= other.last;
        self.strong |= other.strong;
    }
}

/// What the class and id of an element say about it, read once per element.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct NameSignal {
    /// Chrome words on an ordinary page.
    pub(crate) page: ChromeWords,
    /// Chrome words on a discussion page, where reply words (`comments`) are content.
    pub(crate) discussion: ChromeWords,
    pub(crate) content: bool,
    pub(crate) hidden: bool,
    /// A word names an author or byline.
    pub(crate) author: bool,
    /// A word names a date (`date`, `published`, `timestamp`, ...).
    pub(crate) date: bool,
    /// A word names customer reviews (`reviews`): chrome on a product page.
    pub(crate) reviews: bool,
    /// The layout words among the words (a bit per [`LAYOUT_NAMES`] word, in order).
    pub(crate) layout: u8,
    /// A class ends in the word "caption" (`newsCaption`), other than a text style
    /// (`wt-text-caption`, `typography-caption`).
    pub(crate) caption: bool,
    /// A class that only ever names a caption (WordPress's `wp-caption-text`).
    pub(crate) figure_caption: bool,
}

impl NameSignal {
    /// Adds what another token says: any word of any token counts.
    fn add(&mut self, other: &NameSignal) {
        self.page.add(&other.page);
        self.discussion.add(&other.discussion);
        self.content |= other.content;
        self.hidden |= other.hidden;
        self.author |= other.author;
        self.date |= other.date;
        self.reviews |= other.reviews;
        self.layout |= other.layout;
        self.caption |= other.caption;
        self.figure_caption |= other.figure_caption;
    }

    fn chrome(&self, discussion: bool) -> &ChromeWords {
        if discussion {
            &self.discussion
        } else {
            &self.page
        }
    }

    /// Whether the names say chrome on balance.
    pub(crate) fn is_chrome(&self, discussion: bool) -> bool {
        let c = self.chrome(discussion);
        c.last || (c.any && !self.content)
    }

    /// Whether a chrome word says so however long the element is.
    pub(crate) fn is_strong_chrome(&self, discussion: bool) -> bool {
        self.chrome(discussion).strong
    }
}

/// Reads the class and id of every element under `root` that hard pruning kept, once, into
/// a side table indexed by `NodeId` (other nodes read as no signal). On a page whose
/// paragraphs lie mostly in blocks named with a layout word (a page builder's
/// `elementor-widget`), that word says nothing about chrome: those blocks are read again
/// without it. Paragraphs, not all text: a site's own widgets (menus, card lists, appeals)
/// can outweigh a short article, but they seldom hold its prose.
pub(crate) fn name_signals(
    doc: &Document,
    root: NodeId,
    hard: &Pruned,
    rules: &Rules,
) -> Vec<NameSignal> {
    let limits = &rules.thresholds.prune;
    let mut signals = vec![NameSignal::default(); doc.len()];
    let mut prose = LayoutProse::default();
    let mut layout_elements = Vec::new();
    let mut cache = HashMap::new();
    let mut walk = doc.traverse(root);
    while let Some(edge) = walk.next() {
        let id = match edge {
            Edge::Open(id) => id,
            Edge::Close(id) => {
                prose.close(id);
                continue;
            }
        };
        if hard.is_removed(id) {
            walk.skip_children(id);
            continue;
        }
        match doc.data(id) {
            NodeData::Element(el) => {
                let signal = cached_name_signal(el, &mut cache, limits);
                if signal.layout != 0 {
                    layout_elements.push(id);
                }
                prose.open(id, el, signal.layout);
                signals[id.index()] = signal;
            }
            NodeData::Text(t) => prose.text(t.len()),
            _ => {}
        }
    }
    let unread = prose.dominant_layout_words(limits.layout_word_prose);
    if unread != 0 && rules.on(RuleId::LayoutWords) {
        for id in layout_elements {
            if let NodeData::Element(el) = doc.data(id) {
                if signals[id.index()].layout & unread != 0 {
                    signals[id.index()] = name_signal(el, unread, limits);
                }
            }
        }
    }
    signals
}

/// Paragraph text in all, and inside blocks named by each layout word, measured on the
/// walk that reads the names.
#[derive(Default)]
struct LayoutProse {
    paragraph_text: usize,
    /// Per layout word (by bit): paragraph text inside blocks it names.
    layout_text: [usize; 8],
    /// Per layout word: the outermost open block it names.
    open_layout: [Option<NodeId>; 8],
    open_paragraph: Option<NodeId>,
}

impl LayoutProse {
    fn open(&mut self, id: NodeId, el: &Element, layout: u8) {
        for (bit, open) in self.open_layout.iter_mut().enumerate() {
            if layout & (1 << bit) != 0 {
                open.get_or_insert(id);
            }
        }
        if el.name.local == local_name!("p") {
            self.open_paragraph.get_or_insert(id);
        }
    }

    fn close(&mut self, id: NodeId) {
        for open in self
            .open_layout
            .iter_mut()
            .chain([&mut self.open_paragraph])
        {
            if *open == Some(id) {
                *open = None;
            }
        }
    }

    fn text(&mut self, len: usize) {
        if self.open_paragraph.is_none() {
            return;
        }
        self.paragraph_text += len;
        for (text, open) in self.layout_text.iter_mut().zip(&self.open_layout) {
            if open.is_some() {
                *text += len;
            }
        }
    }

    /// The layout words (as bits) whose blocks hold at least half the paragraph text.
    fn dominant_layout_words(&self, share: Share) -> u8 {
        let mut words = 0u8;
        for (bit, &text) in self.layout_text.iter().enumerate() {
            if self.paragraph_text > 0 && share.reached(text as u64, self.paragraph_text as u64) {
                words |= 1 << bit;
            }
        }
        words
    }
}

/// State and modifier classes (`has-sidebar`, `with-share`, `no-ads`) describe the element's
/// surroundings or options, not what it is.
fn is_modifier_class(token: &str) -> bool {
    let lower = token.as_bytes();
    words(MODIFIER_PREFIXES).any(|p| {
        lower
            .get(..p.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(p.as_bytes()))
    })
}

const CHROME: u8 = 1;
const STRONG: u8 = 2;
const REPLY: u8 = 4;
const CONTENT: u8 = 8;
const AUTHOR: u8 = 16;
const DATE: u8 = 32;
const REVIEWS: u8 = 64;

/// What the class/id reader knows of a word: its flags, and its bit in
/// [`NameSignal::layout`] if it is a layout word (0 otherwise).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct WordInfo {
    flags: u8,
    layout: u8,
}

/// Every word the class/id reader knows, with what it says: one lookup per word (in
/// [`WORD_KEYS`]) instead of one per list.
static WORD_TABLE: LazyLock<Vec<(&'static str, WordInfo)>> = LazyLock::new(|| {
    fn entry<'t>(
        table: &'t mut Vec<(&'static str, WordInfo)>,
        word: &'static str,
    ) -> &'t mut WordInfo {
        let at = match table.iter().position(|(t, _)| *t == word) {
            Some(at) => at,
            None => {
                table.push((word, WordInfo::default()));
                table.len() - 1
            }
        };
        &mut table[at].1
    }
    let mut table: Vec<(&'static str, WordInfo)> = Vec::new();
    for (i, w) in words(LAYOUT_NAMES).enumerate().take(8) {
        entry(&mut table, w).layout = 1 << i;
    }
    let mut add = |vocabulary: Vocabulary, flag: u8| {
        for w in words(vocabulary) {
            entry(&mut table, w).flags |= flag;
        }
    };
    add(CHROME_NAMES, CHROME);
    add(STRONG_CHROME_NAMES, STRONG);
    add(DISCUSSION_NAMES, REPLY);
    add(CONTENT_NAMES, CONTENT);
    add(REVIEW_NAMES, REVIEWS);
    add(AUTHOR_NAMES, AUTHOR);
    add(DATE_NAMES, DATE);
    table
});

/// For each first letter, a bit per word length (up to `MAX_WORD`) that some listed word has:
/// most words of a long utility-class list are rejected by one lookup, with no comparison.
static FIRST_LETTER_LENGTHS: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut table = [0u32; 256];
    for (w, _) in WORD_TABLE.iter() {
        if let Some(&b) = w.as_bytes().first() {
            table[usize::from(b)] |= 1 << w.len().min(31);
        }
    }
    table
});

/// A word of at most 16 bytes as one number: the table is searched by integer comparisons
/// instead of string comparisons (class words hold no NUL, so padding is unambiguous).
fn word_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let mut key = [0u8; 16];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u128::from_le_bytes(key))
}

/// [`WORD_TABLE`] keyed by [`word_key`], sorted by key.
static WORD_KEYS: LazyLock<Vec<(u128, WordInfo)>> = LazyLock::new(|| {
    let mut keys: Vec<(u128, WordInfo)> = WORD_TABLE
        .iter()
        .filter_map(|&(w, info)| Some((word_key(w)?, info)))
        .collect();
    keys.sort_unstable_by_key(|&(k, _)| k);
    keys
});

/// What the reader knows of a lower-case word (nothing for a word no list names).
fn word_info(word: &str) -> WordInfo {
    let Some(&first) = word.as_bytes().first() else {
        return WordInfo::default();
    };
    if FIRST_LETTER_LENGTHS[usize::from(first)] & (1 << word.len().min(31)) == 0 {
        return WordInfo::default();
    }
    let Some(key) = word_key(word) else {
        return WordInfo::default();
    };
    WORD_KEYS
        .binary_search_by_key(&key, |&(k, _)| k)
        .map_or(WordInfo::default(), |i| WORD_KEYS[i].1)
}

/// For each first letter, a bit per length of the chrome words that start with it: the
/// other half of a compound (`sidebar` in `sidebarbox`) must be one, so most class words
/// are ruled out without comparing them with any part.
static CHROME_FIRST_LETTER_LENGTHS: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut table = [0u32; 256];
    for (w, info) in WORD_TABLE.iter() {
        if let Some(&b) = w.as_bytes().first().filter(|_| info.flags & CHROME != 0) {
            table[usize::from(b)] |= 1 << w.len().min(31);
        }
    }
    table
});

/// Whether some chrome word is `len` bytes long and starts with `first`.
fn chrome_word_may_be(first: u8, len: usize) -> bool {
    len < 32 && CHROME_FIRST_LETTER_LENGTHS[usize::from(first)] & (1 << len) != 0
}

/// The compound parts, read once into a flat list.
static PARTS: LazyLock<Vec<&'static str>> = LazyLock::new(|| words(COMPOUND_PARTS).collect());

/// A word no list names, written as a chrome word and a layout or position part with no
/// separator (`sidebarbox`, `adleft`, `topnav`, `navlinks`), as its two words.
fn compound_words(word: &str) -> Option<(&str, &str)> {
    if word_info(word) != WordInfo::default() {
        return None;
    }
    let bytes = word.as_bytes();
    let may_be_chrome = chrome_word_may_be;
    let chrome = |w: &str| word_info(w).flags & CHROME != 0;
    PARTS.iter().find_map(|&part| {
        let rest = bytes.len().checked_sub(part.len()).filter(|&r| r > 0)?;
        if may_be_chrome(bytes[0], rest) {
            if let Some(head) = word.strip_suffix(part).filter(|h| chrome(h)) {
                return Some((head, part));
            }
        }
        if !may_be_chrome(bytes[part.len()], rest) {
            return None;
        }
        word.strip_prefix(part)
            .filter(|tail| chrome(tail))
            .map(|tail| (part, tail))
    })
}

/// Reads the class and id of `el`; the layout words whose bits are in `unread` are not read.
fn name_signal(el: &Element, unread: u8, limits: &PruneThresholds) -> NameSignal {
    let mut signal = NameSignal::default();
    for (token, class) in name_tokens(el) {
        signal.add(&token_signal(token, class, unread, limits));
    }
    signal
}

/// [`name_signal`] with every layout word read, each distinct token read once per page:
/// pages repeat a few hundred class names on thousands of elements.
fn cached_name_signal<'d>(
    el: &'d Element,
    cache: &mut HashMap<(&'d str, bool), NameSignal>,
    limits: &PruneThresholds,
) -> NameSignal {
    let mut signal = NameSignal::default();
    for (token, class) in name_tokens(el) {
        let token_signal = cache
            .entry((token, class))
            .or_insert_with(|| token_signal(token, class, 0, limits));
        signal.add(token_signal);
    }
    signal
}

/// The tokens of an element's names, each with whether it is a class (else an id).
fn name_tokens(el: &Element) -> impl Iterator<Item = (&str, bool)> {
    // A heading's id is the anchor its table of contents links to, spelled from its own
    // words ("what-is-social-shopping"), not the name of a component.
    let anchor = heading_level(&el.name.local).is_some();
    el.attrs
        .iter()
        .filter_map(move |attr| {
            let local = &attr.name.local;
            let class = *local == local_name!("class");
            (class || (*local == local_name!("id") && !anchor)).then_some((&*attr.value, class))
        })
        .flat_map(|(value, class)| value.split_ascii_whitespace().map(move |t| (t, class)))
}

/// What one class (`class`) or id token says. An element's signal is its tokens' together
/// ([`NameSignal::add`]): each class is read on its own, since in `article__meta` or
/// `post-share` the last word is the element's own role and outweighs the content word
/// before it.
fn token_signal(token: &str, class: bool, unread: u8, limits: &PruneThresholds) -> NameSignal {
    let mut signal = NameSignal::default();
    if class
        && (contains_ignore_case(HIDDEN_CLASSES, token)
            || names_screen_reader_text(token, limits.screen_reader_token_len))
    {
        signal.hidden = true;
    }
    signal.figure_caption = class && contains(FIGURE_CAPTION_CLASSES, token);
    if is_modifier_class(token) {
        return signal;
    }
    let (mut last_page, mut last_discussion) = (false, false);
    let (mut thread, mut content) = (false, false);
    let (mut caption, mut styled, mut after_style) = (false, false, false);
    let mut read = |w: &str| {
        caption = w == "caption";
        styled = after_style;
        after_style = matches!(w, "text" | "typography");
        let WordInfo { flags, layout } = word_info(w);
        signal.layout |= layout;
        if unread & layout != 0 {
            return;
        }
        let chrome = flags & CHROME != 0;
        let reply = flags & REPLY != 0;
        let strong = flags & STRONG != 0;
        last_page = chrome;
        last_discussion = chrome && !reply;
        thread |= strong && reply;
        content |= flags & CONTENT != 0;
        signal.page.any |= chrome;
        signal.page.strong |= strong;
        signal.discussion.any |= chrome && !reply;
        signal.discussion.strong |= strong && !reply;
        signal.content |= flags & CONTENT != 0;
        signal.author |= flags & AUTHOR != 0;
        signal.date |= flags & DATE != 0;
        signal.reviews |= flags & REVIEWS != 0;
    };
    name_words(token, |w| match compound_words(w) {
        Some((first, second)) => {
            read(first);
            read(second);
        }
        None => read(w),
    });
    // A class naming a comment thread (`comments-section`) says what the element is,
    // whatever layout word another class adds (`single-post-section`).
    signal.page.last = last_page || (thread && !content);
    signal.discussion.last = last_discussion;
    signal.caption = class && caption && !styled;
    signal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prune::prune_hard;

    fn split(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        name_words(s, |w| out.push(w.to_string()));
        out
    }

    #[test]
    fn a_compound_half_is_ruled_out_only_where_no_chrome_word_fits() {
        for first in 0..=u8::MAX {
            for len in 0..40 {
                let fits = WORD_TABLE.iter().any(|(w, info)| {
                    info.flags & CHROME != 0 && w.len() == len && w.as_bytes()[0] == first
                });
                assert_eq!(chrome_word_may_be(first, len), fits, "{first} {len}");
            }
        }
    }

    #[test]
    fn every_listed_word_is_found_with_what_it_says() {
        let lists: [(Vocabulary, u8); 7] = [
            (CHROME_NAMES, CHROME),
            (STRONG_CHROME_NAMES, STRONG),
            (DISCUSSION_NAMES, REPLY),
            (CONTENT_NAMES, CONTENT),
            (REVIEW_NAMES, REVIEWS),
            (AUTHOR_NAMES, AUTHOR),
            (DATE_NAMES, DATE),
        ];
        for (list, flag) in lists {
            for w in words(list) {
                assert!(w.len() <= MAX_WORD, "{w} is longer than name_words reports");
                assert!(word_info(w).flags & flag != 0, "{w}");
            }
        }
        for (i, w) in words(LAYOUT_NAMES).enumerate() {
            assert_eq!(word_info(w).layout, 1 << i, "{w}");
        }
        assert_eq!(word_info("sidebar").layout, 0);
        for unknown in ["", "x", "sidebars", "navigations", "contents"] {
            assert_eq!(word_info(unknown), WordInfo::default(), "{unknown}");
        }
    }

    /// How class names read, on an ordinary page and on a discussion page (a forum, where
    /// reply words name the content), and whether a word says chrome however long the
    /// element is. A content word vetoes chrome words before it in the same name; the last
    /// word names the element; a state class (`has-sidebar`) says nothing.
    #[test]
    fn how_class_names_read() {
        // class, chrome on a page, chrome on a discussion page, strong on a page, strong
        // on a discussion page
        for (class, page, discussion, strong, strong_discussion) in [
            ("sidebar", true, true, false, false),
            ("sidebar-box", true, true, false, false),
            ("entry-sidebar", true, true, false, false),
            ("sidebar-entry", false, false, false, false),
            ("has-sidebar", false, false, false, false),
            // WordPress names a post by its taxonomy (`tag-share`, `category-trending`):
            // the post's topic, not what the element is.
            (
                "post tag-share category-trending hentry",
                false,
                false,
                false,
                false,
            ),
            ("tag-related-links", false, false, false, false),
            ("comments", true, false, true, false),
            ("post-comments", true, false, true, false),
            // A class naming a comment thread is one, whatever word ends it.
            ("comments-section", true, false, true, false),
            ("comments-section main", true, false, true, false),
            ("comment-box", false, false, false, false),
            ("post-reply", false, false, false, false),
            ("reply-section", false, false, false, false),
            ("comments-content", false, false, true, false),
            ("related-links", true, true, true, true),
            ("related-area post", false, false, true, true),
            ("story-body", false, false, false, false),
            // WordPress's old default theme writes the date, categories and feed links
            // of a post under one word; "metadata" alone names no chrome.
            ("postmetadata alt", true, true, false, false),
            ("post-metadata", false, false, false, false),
            // The legal lines under every page; a story about copyright is named for its
            // story, not for the word.
            ("copyright", true, true, false, false),
            ("footer-copyright", true, true, false, false),
            ("copyright-story", false, false, false, false),
            // A photo's or a theme's credit line, and the legal notice under a page; a
            // word that only starts like one is not.
            ("credit", true, true, false, false),
            ("photo-credit", true, true, false, false),
            ("site-disclaimer", true, true, false, false),
            ("creditors", false, false, false, false),
            // A "new" or "verified" badge, a notice bar (cookies, a sale); a notice board
            // is a word of its own.
            ("badge", true, true, false, false),
            ("site-notice", true, true, false, false),
            ("noticeboard", false, false, false, false),
            // A chrome word glued to a layout or position part is read as two words; a
            // word that only starts or ends like one is not ("shareholder", "address").
            ("sidebarbox", true, true, false, false),
            ("adleft", true, true, false, false),
            ("topnav", true, true, false, false),
            ("widgettitle", true, true, false, false),
            ("menuitem", true, true, false, false),
            ("relatedlist", true, true, true, true),
            ("commentsblock", true, false, true, false),
            ("shareholder", false, false, false, false),
            ("address", false, false, false, false),
            ("toplist", false, false, false, false),
            // Only a chrome word makes a compound: `postbox` is not read as "post", a
            // content word that would veto the chrome word beside it.
            ("ad-unit postbox", true, true, false, false),
            ("ad-unit contentbox", true, true, false, false),
            ("ad-unit storybox", true, true, false, false),
            ("navigation-box", true, true, false, false),
            // Other languages' class names, as ASCII: an ad, a share row, a sidebar, a
            // related box (strong, as "related"); a content word vetoes as "content" does.
            ("werbung", true, true, false, false),
            ("artikel-teilen", true, true, false, false),
            ("seitenleiste", true, true, false, false),
            ("verwandte-artikel", true, true, true, true),
            ("artikel-verwandte", true, true, true, true),
            ("noticias-relacionadas", true, true, true, true),
            ("pubblicita-contenuto", false, false, false, false),
            ("guanggao", true, true, false, false),
            ("xiangguan-wenzhang", false, false, true, true),
            ("barra-lateral", true, true, false, false),
            ("menu-navegacion", true, true, false, false),
            ("fil-ariane", true, true, false, false),
            // Other languages' comment words name nothing (see CHROME_NAMES).
            ("kommentare", false, false, false, false),
            ("commentaires", false, false, false, false),
        ] {
            let html = format!("<body><div class='{class}'>x</div></body>");
            let signal = signal_of(&html, class);
            assert_eq!(signal.is_chrome(false), page, "{class} on a page");
            assert_eq!(
                signal.is_chrome(true),
                discussion,
                "{class} on a discussion"
            );
            assert_eq!(signal.is_strong_chrome(false), strong, "{class} strong");
            assert_eq!(
                signal.is_strong_chrome(true),
                strong_discussion,
                "{class} strong on a discussion"
            );
        }
    }

    /// Words that name an author or a date, read for the byline and the date near the
    /// headline.
    #[test]
    fn author_and_date_names() {
        // class, names an author, names a date
        for (class, author, date) in [
            ("post-author", true, false),
            ("authors", true, false),
            ("byline", true, true),
            ("artikel-autor", true, false),
            ("auteur", true, false),
            ("artikel-datum", false, true),
            ("fecha-publicacion", false, true),
            ("entry-date", false, true),
            ("posted-on", false, true),
            ("timestamp", false, true),
            ("dateline", false, true),
            ("updated", false, false),
            ("authority", false, false),
        ] {
            let html = format!("<body><div class='{class}'>x</div></body>");
            let signal = signal_of(&html, class);
            assert_eq!((signal.author, signal.date), (author, date), "{class}");
        }
    }

    #[test]
    fn class_names_split_into_words() {
        assert_eq!(
            split("site-header__logo shareBar"),
            ["site", "header", "logo", "share", "bar"]
        );
        assert_eq!(split("ad_slot  AD2"), ["ad", "slot", "ad2"]);
    }

    #[test]
    fn screen_reader_classes() {
        for hidden in [
            "u-srOnly",
            "usa-sr-only",
            "visually-hidden--inline",
            "is-screenreader-only",
            "element-invisible",
            "a-offscreen",
            "u-hiddenVisually",
            "screen-reader-text",
        ] {
            assert!(names_screen_reader_text(hidden, 40), "{hidden}");
        }
        for shown in [
            "focus:not-sr-only",
            "field--label-visually_hidden",
            "reader-view",
            "only-child",
            "hidden-xs-down",
            "page-element",
            "invisible-ink",
        ] {
            assert!(!names_screen_reader_text(shown, 40), "{shown}");
        }
    }

    /// The signal of the first element whose class is `class`, in `html`.
    fn signal_of(html: &str, class: &str) -> NameSignal {
        signal_under(html, class, &Rules::default())
    }

    /// [`signal_of`] under the given rules.
    fn signal_under(html: &str, class: &str, rules: &Rules) -> NameSignal {
        let doc = crate::parse::parse_default(html);
        let root = crate::extractor::content_root(&doc);
        let signals = name_signals(&doc, root, &prune_hard(&doc, root, rules), rules);
        let id = doc
            .preorder(root)
            .find(|&id| doc.element(id).and_then(|el| el.attr("class")) == Some(class))
            .expect("element with the class");
        signals[id.index()]
    }

    #[test]
    fn a_layout_word_naming_most_paragraphs_is_not_read() {
        let para = "<p>A paragraph of the page's own text, long enough to count.</p>";
        // One carousel among three plain paragraphs: chrome.
        let few =
            format!("<body>{para}{para}{para}<div class=\"hero-carousel\">{para}</div></body>");
        assert!(signal_of(&few, "hero-carousel").is_chrome(false));
        // The same with the carousel first: the paragraphs after it are not in it.
        let first =
            format!("<body><div class=\"hero-carousel\">{para}</div>{para}{para}{para}</body>");
        assert!(signal_of(&first, "hero-carousel").is_chrome(false));
        // Only paragraphs count: text in other boxes (menus, labels) does not.
        let labels = "<div>A label of the page, in a box that is not a paragraph.</div>".repeat(4);
        let only = format!("<body><div class=\"hero-carousel\">{para}</div>{labels}</body>");
        assert!(!signal_of(&only, "hero-carousel").is_chrome(false));
        // A page with no paragraphs at all says nothing about its layout words.
        let none = format!("<body><div class=\"hero-carousel\">x</div>{labels}</body>");
        assert!(signal_of(&none, "hero-carousel").is_chrome(false));
        // Carousels holding most paragraphs: layout, for that word only.
        let most = format!(
            "<body>{para}<div class=\"hero-carousel\">{para}</div>\
             <div class=\"hero-carousel\">{para}</div><div class=\"promo\">x</div>\
             <div class=\"hero-carousel share\">x</div></body>"
        );
        assert!(!signal_of(&most, "hero-carousel").is_chrome(false));
        assert!(signal_of(&most, "promo").is_chrome(false));
        // The other words of an element named so are still read.
        assert!(signal_of(&most, "hero-carousel share").is_chrome(false));
        // With the rule off, every layout word reads as chrome.
        let off =
            Rules::new(&crate::options::Options::default().with_rule_disabled(RuleId::LayoutWords));
        assert!(signal_under(&most, "hero-carousel", &off).is_chrome(false));
    }

    #[test]
    fn caption_classes_but_not_text_styles() {
        let caption_of = |class: &str| {
            let html = format!("<body><span class=\"{class}\">x</span></body>");
            signal_of(&html, class).caption
        };
        for caption in [
            "newsCaption",
            "image-caption",
            "InlineImage-imageEmbedCaption",
            "caption center",
        ] {
            assert!(caption_of(caption), "{caption}");
        }
        for other in [
            "wt-text-caption",
            "typography-caption",
            "caption-s",
            "captions-off",
        ] {
            assert!(!caption_of(other), "{other}");
        }
    }
}
