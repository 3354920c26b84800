//! Which blocks inside the picked containers are content: link density, widget labels and
//! counters, the headline repeated as a heading, a heading labelling an embed,
//! and the closing sections sites append to an article.

use std::borrow::Cow;

use crate::blocks::{Block, BlockKind};
use crate::dom::{Document, NodeId};
use crate::features::{is_wide_script, visible_chars, TextStats};
use crate::metadata::dates::fold_digits;
use crate::page::Page;
use crate::rules::thresholds::BlockThresholds;
use crate::rules::vocabulary::{
    contains, words, CLOSING_SECTION_HEADING_SET, COMMENT_NOTICES, CONTENTS_LABELS, COUNTED_WORDS,
    FEEDBACK_PROMPTS, LINK_ROW_LABEL_SET, MINUTE_UNITS, QUOTED_THREAD_COUNTS, READING_TIME_FORMS,
    ROUGHLY_WORDS, THREAD_COUNTED_SUFFIXES, THREAD_COUNTED_WORDS, THREAD_COUNTS, THREAD_HEADINGS,
    WIDGET_LABEL_SET,
};
use crate::rules::{RuleId, Rules};

/// Whether a block inside the pick reads as content on its own: not a widget label, a
/// counter or a labelled row of links, not mostly links. Table cells and list items are never read as labels ("Close"
/// heads a stock price column, "1,204 votes" is a result), and a heading is not dropped for
/// its words ("Subscribe" over how to subscribe), only for being a counter ("0 Comments").
pub(crate) fn keep_block(block: &Block, rules: &Rules) -> bool {
    let t = &rules.thresholds.blocks;
    if rules.on(RuleId::WidgetLabels) {
        let drop = match widget_label(&block.text, t.widget_label_len) {
            None => false,
            Some(_) if matches!(block.kind, BlockKind::TableCell | BlockKind::ListItem) => false,
            Some(Label::Words) => !matches!(block.kind, BlockKind::Heading(_)),
            Some(Label::Counter) => true,
        };
        if drop {
            return false;
        }
    }
    // A blog engine's notice where its comment form would be ("Comments are closed.").
    if rules.on(RuleId::WidgetLabels)
        && !matches!(block.kind, BlockKind::TableCell | BlockKind::ListItem)
        && is_comment_notice(&block.text)
    {
        return false;
    }
    // A help page's question about itself ("Was this page helpful?"), whatever its tag: as
    // a heading it heads only its buttons.
    if rules.on(RuleId::WidgetLabels)
        && !matches!(block.kind, BlockKind::TableCell | BlockKind::ListItem)
        && is_feedback_prompt(&block.text)
    {
        return false;
    }
    // A reading-time estimate ("7 min read", "Lesezeit: 4 Min."), alone or beside the date.
    if rules.on(RuleId::WidgetLabels)
        && !matches!(
            block.kind,
            BlockKind::TableCell | BlockKind::ListItem | BlockKind::Heading(_)
        )
        && is_reading_time(&block.text)
    {
        return false;
    }
    // A tags or share line ("Tags: harbour, ferries") goes whatever its share of links.
    if rules.on(RuleId::WidgetLabels)
        && !matches!(
            block.kind,
            BlockKind::TableCell | BlockKind::ListItem | BlockKind::Heading(_)
        )
        && is_labelled_link_row(block)
    {
        return false;
    }
    let ld = block.link_density();
    if matches!(block.kind, BlockKind::Heading(_)) || !rules.on(RuleId::LinkDensity) {
        // Linked headings title the entries of listings.
        return true;
    }
    // A paragraph is prose written around its links; a list item, cell or bare text with
    // as many links is a row of them.
    let allowance = match block.kind {
        BlockKind::Paragraph => t.paragraph_link_allowance,
        _ => 0.0,
    };
    if block.chars >= t.long_chars {
        return ld <= t.max_link_density_long + allowance;
    }
    ld <= t.max_link_density + allowance
}

/// Whether a line is one of a blog engine's comment notices ([`COMMENT_NOTICES`]), its
/// letter case and final stop aside.
fn is_comment_notice(text: &str) -> bool {
    let text = text.trim().trim_end_matches(['.', '。', '!']).trim_end();
    let text = straight_apostrophes(text);
    words(COMMENT_NOTICES).any(|notice| reads_as(&text, notice))
}

/// Whether a line is only a help page's question about itself ([`FEEDBACK_PROMPTS`]): it
/// ends with a question mark, and Spanish opens it with one.
fn is_feedback_prompt(text: &str) -> bool {
    let Some(question) = text.trim().strip_suffix(['?', '？', '؟']) else {
        return false;
    };
    let question = question.trim_end().trim_start_matches('¿');
    let question = straight_apostrophes(question);
    words(FEEDBACK_PROMPTS).any(|prompt| reads_as(&question, prompt))
}

/// Children read for a button beside a count: a like or clap bar holds a few.
const BUTTON_COUNT_CHILDREN: usize = 8;

/// Whether a block is only a count or a length shown beside a button, the button's own
/// figure ("1.2K" claps beside the clap button, "18" beside the reply button, "3 min"
/// beside a player's): a whole number, grouped by thousands or shortened with K or M, or
/// a duration, in a box where a `<button>` sits. Table cells, list items and headings are
/// not read ("1,204" in a results table).
pub(super) fn is_button_count(doc: &Document, block: &Block) -> bool {
    if matches!(
        block.kind,
        BlockKind::TableCell | BlockKind::ListItem | BlockKind::Heading(_)
    ) || !(is_count(block.text.trim()) || is_duration(block.text.trim()))
    {
        return false;
    }
    let is_button = |id: NodeId| {
        doc.element(id)
            .is_some_and(|el| el.name.local == html5ever::local_name!("button"))
    };
    let beside = |id: NodeId| doc.children(id).take(BUTTON_COUNT_CHILDREN).any(is_button);
    beside(block.owner) || doc.node(block.owner).parent.is_some_and(beside)
}

/// Longest text read as a duration, in bytes ("1:02:03", "12 minutes").
const DURATION_BYTES: usize = 16;

/// Whether a text is only a length of time as players print one: a clock ("3:24",
/// "1:02:03") or a number of minutes ("3 min", "12 Minuten"; [`MINUTE_UNITS`]).
fn is_duration(text: &str) -> bool {
    if text.len() > DURATION_BYTES {
        return false;
    }
    let parts: Vec<&str> = text.split(':').collect();
    let clock = (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    clock || reading_time_form(text).is_some_and(|form| form == "#")
}

/// Whether a text is a count as widgets print one: "18", "2,699", "1.245", "1.2K", "3M".
/// A decimal without K or M ("8.4") is a rating or a measure, not a count.
fn is_count(text: &str) -> bool {
    let (number, shortened) = match text.strip_suffix(['k', 'K', 'm', 'M']) {
        Some(number) => (number, true),
        None => (text, false),
    };
    let mut groups = number.split(['.', ',']).peekable();
    let lead = groups.next().unwrap_or_default();
    // Grouped, the lead group has up to 3 digits; ungrouped, a count has up to 6.
    let lead_digits = if groups.peek().is_some() { 3 } else { 6 };
    (1..=lead_digits).contains(&lead.len())
        && lead.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|group| {
            group.bytes().all(|b| b.is_ascii_digit())
                && if shortened {
                    !group.is_empty()
                } else {
                    group.len() == 3
                }
        })
}

/// Longest line read as a reading-time estimate, in characters: a date and the estimate
/// fit. Characters, not bytes: a Greek or Hindi line takes two or three bytes a letter.
const READING_TIME_CHARS: usize = 80;

/// Whether a line is a reading-time estimate ([`READING_TIME_FORMS`]: "7 min read",
/// "Reading time: 11 minutes", "読了時間：約3分"), alone or beside dates, split by `·`,
/// `•` or `|` ("Mar 14, 2024 · 7 min read").
pub(super) fn is_reading_time(text: &str) -> bool {
    let folded = fold_digits(text);
    let text = folded.trim();
    // Counting stops past the limit: a long paragraph is not read to its end.
    if text.chars().nth(READING_TIME_CHARS).is_some() {
        return false;
    }
    let separators = ['·', '•', '|'];
    let is_estimate = |part: &str| {
        reading_time_form(part).is_some_and(|form| contains(READING_TIME_FORMS, &form))
    };
    // Dates are read only on a line that holds an estimate: most lines hold none.
    text.split(separators).any(is_estimate)
        && text
            .split(separators)
            .all(|part| is_estimate(part) || crate::metadata::dates::parse_date(part).is_some())
}

/// A line's reading-time form: lower-cased, each number of minutes written `#` (its
/// [`MINUTE_UNITS`] unit and the [`ROUGHLY_WORDS`] before it dropped) and any other
/// number `0`, colons and hyphens read as spaces ("About 5-minute read" is "# read");
/// `None` without a number.
fn reading_time_form(text: &str) -> Option<String> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut form = String::with_capacity(text.len());
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            while chars
                .peek()
                .is_some_and(|&d| d.is_ascii_digit() || d == '.' || d == ',')
            {
                chars.next();
            }
            form.push('#');
        } else if matches!(c, ':' | '：' | '-' | '–') || c.is_whitespace() {
            if !form.ends_with(' ') {
                form.push(' ');
            }
        } else {
            form.extend(c.to_lowercase());
        }
    }
    // Each number's unit, longest first ("minutes" before "min").
    let mut out = String::with_capacity(form.len());
    let mut rest = form.as_str();
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        let spaced = rest.strip_prefix(' ').unwrap_or(rest);
        let unit = words(MINUTE_UNITS)
            .filter(|unit| spaced.starts_with(unit))
            .max_by_key(|unit| unit.len());
        if let Some(unit) = unit {
            out.push('#');
            rest = &spaced[unit.len()..];
        } else {
            // A number without a unit counts something else ("7 reads").
            out.push('0');
        }
    }
    out.push_str(rest);
    // Without a number of minutes there is no estimate to read "about" before.
    if !out.contains('#') {
        return Some(out.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    // A word for "about" before a number goes: a symbol or a word of a script written
    // without spaces wherever it stands ("約#", "~ #"), any other only as a whole word
    // ("ca. #", "ca#"): "baca #" (Indonesian "read") does not end in German "ca".
    for roughly in words(ROUGHLY_WORDS).filter(|r| !r.chars().any(is_spaced_letter)) {
        if !out.contains(roughly) {
            continue;
        }
        for joined in [format!("{roughly} #"), format!("{roughly}#")] {
            if out.contains(&joined) {
                out = out.replace(&joined, "#");
            }
        }
    }
    let tokens: Vec<&str> = out.split_whitespace().collect();
    let mut kept = Vec::with_capacity(tokens.len());
    for (i, &token) in tokens.iter().enumerate() {
        let before_number = tokens.get(i + 1).is_some_and(|next| next.starts_with('#'));
        if before_number && contains(ROUGHLY_WORDS, token) {
            continue;
        }
        let joined = words(ROUGHLY_WORDS).find_map(|roughly| {
            token
                .strip_prefix(roughly)
                .filter(|number| number.starts_with('#'))
        });
        kept.push(joined.unwrap_or(token));
    }
    Some(kept.join(" "))
}

/// Whether `c` is a letter of a script that spaces its words (Latin, Cyrillic, ...).
fn is_spaced_letter(c: char) -> bool {
    c.is_alphabetic() && !is_wide_script(c)
}

/// Characters read for a link row's label and its colon: the longest label has 25.
pub(super) const LINK_ROW_LABEL_CHARS: usize = 40;

/// Whether a block is a labelled row of links ("Tags: harbour, ferries", "Share this
/// article: Facebook X WhatsApp", "Read also: ..."): a [`LINK_ROW_LABEL_SET`] label before a
/// colon, or a closing section's name and a space on a line without a colon ("Mehr zum
/// Thema Fähre Verkehr"), and after it nothing outside the links but separators.
fn is_labelled_link_row(block: &Block) -> bool {
    if block.link_chars == 0 {
        return false;
    }
    let text = block.text.trim_start();
    let is_separator = |c: &char| !c.is_alphanumeric() && !c.is_whitespace();
    let separators = text.chars().filter(is_separator).count();
    let unlinked = (block.chars - block.link_chars) as usize;
    // A label has at most `LINK_ROW_LABEL_CHARS` characters: prose with a link in it has
    // more words of its own than that, and is read no further.
    if unlinked > LINK_ROW_LABEL_CHARS + separators {
        return false;
    }
    // Labels are short: a colon further on is the prose's own, and is not looked for.
    let head: String = text
        .chars()
        .take(LINK_ROW_LABEL_CHARS)
        .map(straight_apostrophe)
        .flat_map(char::to_lowercase)
        .collect();
    // Without a colon, the label and a space open the line ("Mehr zum Thema Fähre").
    let label = match head.split_once([':', '：']) {
        // A short question may lead in: "Liked this recipe? Share:".
        Some((label, _)) => Some(label.trim()).filter(|label| {
            let last = label.rsplit(['?', '!', '.']).next().unwrap_or(label);
            LINK_ROW_LABEL_SET.contains(last.trim())
        }),
        // The longest heading that ends where a space follows.
        None => head
            .char_indices()
            .rev()
            .filter(|&(_, c)| c.is_whitespace())
            .map(|(at, _)| &head[..at])
            .find(|label| CLOSING_SECTION_HEADING_SET.contains(label)),
    };
    let Some(label) = label else {
        return false;
    };
    // Counted as block lengths are, a Chinese character as two letters.
    let label_chars = visible_chars(label) as usize;
    let outside_label = separators - label.chars().filter(is_separator).count();
    unlinked <= label_chars + outside_label
}

/// Whether a kept line announces the list below it: it ends with a colon ("Other
/// deals:", "You will need:").
pub(super) fn announces_list(text: &str) -> bool {
    text.trim_end().ends_with([':', '：'])
}

/// Whether an item of an announced list stays though links fill it (a deal's product
/// link and its price): only an item that is nothing but a link goes.
pub(super) fn keeps_announced_item(block: &Block, rules: &Rules) -> bool {
    rules.on(RuleId::AnnouncedLists) && block.link_chars < block.chars
}

/// What kind of widget text a block is, never content whatever the page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Label {
    /// A widget's own words ("Read more", "Share this:", "Loading...").
    Words,
    /// A number and what it counts ("12 likes", "1,076 posts").
    Counter,
}

/// Whether a block is only a widget label or a counter, and which.
pub(super) fn widget_label(text: &str, max_len: usize) -> Option<Label> {
    let text = text.trim().trim_end_matches([':', '：']).trim_end();
    // Characters, not bytes: "コメントはまだありません" is 12 of them (36 bytes); at
    // most `max_len + 1` are read.
    if text.chars().nth(max_len).is_some() {
        return None;
    }
    let lower = vocabulary_case(text);
    // A label may end its sentence ("No comments yet.", "コメントはまだありません。").
    let unstopped = lower.trim_end_matches(['.', '…', '。', '।']).trim_end();
    // A closing section's heading set as a plain line ("Related posts:") labels the links
    // under it, as a widget's words do.
    if WIDGET_LABEL_SET.contains(&lower)
        || WIDGET_LABEL_SET.contains(unstopped)
        || CLOSING_SECTION_HEADING_SET.contains(unstopped)
    {
        return Some(Label::Words);
    }
    // What is left is read with a number: a player's length, a counter.
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    // A player's label and its length ("Listen to this article 5 min", "Artikel anhören
    // (3:24)"): the length is one word or two.
    for at in [1, 2].map(|cut| words.len().saturating_sub(cut)) {
        let (label, length) = words.split_at(at);
        if is_duration(length.join(" ").trim_matches(['(', ')']))
            && WIDGET_LABEL_SET.contains(&label.join(" "))
        {
            return Some(Label::Words);
        }
    }
    let is_number = |n: &str| {
        n.chars().any(|c| c.is_ascii_digit())
            && n.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    let counts = match words[..] {
        [n, w] | [n, _, w] => is_number(n) && contains(COUNTED_WORDS, w),
        _ => false,
    };
    counts.then_some(Label::Counter)
}

pub(super) fn normalized(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A heading that shares its box with other elements but no other text labels an embed or a
/// widget ("Recommended Videos" above a player), not a section of the article.
pub(super) fn is_label_of_empty_box(doc: &Document, stats: &TextStats, heading: &Block) -> bool {
    let Some(parent) = doc.node(heading.owner).parent else {
        return false;
    };
    let other_text = stats.chars[parent.index()].saturating_sub(heading.chars);
    let element_children = doc
        .children(parent)
        .filter(|&c| doc.element(c).is_some())
        .take(2)
        .count();
    other_text == 0 && element_children > 1
}

/// The headline is metadata, not body text; a heading alone in a box of elements without
/// text labels an embed ("Recommended Videos" above a player). A heading with nothing
/// under it otherwise stays: measured on the four shared sets, such headings are mostly
/// sections whose content other rules dropped (a gallery, a link-heavy list), and the
/// golds keep them. The article starts at its headline: the few lines kept above it
/// (breadcrumbs, a kicker, a notice, a site's tagline; at most `above_headline_chars` of
/// text) are chrome, while more text above it means the heading comes later and the top
/// stays.
///
/// In a listing (`entries`), a linked heading beside a picture is an entry's title (a
/// product card), not a label.
pub(super) fn drop_title_and_embed_labels(
    page: &Page<'_>,
    stats: &TextStats,
    blocks: &[Block],
    kept: &mut Vec<usize>,
    entries: bool,
) {
    let (doc, rules) = (page.doc, page.rules);
    let mut keep: Vec<bool> = kept
        .iter()
        .map(|&i| {
            !(matches!(blocks[i].kind, BlockKind::Heading(_))
                && rules.on(RuleId::EmptyBoxLabels)
                && !(entries
                    && blocks[i].link_density()
                        > rules.thresholds.container.teaser_heading_link_density)
                && is_label_of_empty_box(doc, stats, &blocks[i]))
                && !(rules.on(RuleId::WidgetLabels) && titles_contents(doc, &blocks[i]))
        })
        .collect();
    let (headline, above) = (
        rules.on(RuleId::HeadlineHeading),
        rules.on(RuleId::AboveHeadline),
    );
    let title = page.title.filter(|_| headline || above).map(normalized);
    let position = title.and_then(|title| {
        kept.iter().position(|&i| {
            matches!(blocks[i].kind, BlockKind::Heading(_)) && normalized(&blocks[i].text) == title
        })
    });
    if let Some(pos) = position {
        if headline {
            keep[pos] = false;
        }
        let text_above: u64 = kept[..pos]
            .iter()
            .map(|&i| u64::from(blocks[i].chars))
            .sum();
        if above && text_above <= u64::from(rules.thresholds.blocks.above_headline_chars) {
            keep[..pos].fill(false);
        }
    }
    let mut flags = keep.into_iter();
    kept.retain(|_| flags.next().unwrap_or(true));
}

/// Boxes read from a table of contents' title for its links (its own and a few around
/// it), and nodes read in each.
const CONTENTS_BOX_LEVELS: usize = 3;
const CONTENTS_BOX_NODES: usize = 200;

/// Levels between a title's words and the link around them that is its own.
const OWN_LINK_LEVELS: usize = 8;

/// Whether a block is the title of a table of contents: its words name one
/// ([`CONTENTS_LABELS`]: "Contents", "On this page", "Inhaltsverzeichnis", "目次") and a
/// box around it, a few levels up, holds links to the page's own anchors (`href="#..."`).
/// A "Contents" heading over a list of what a parcel holds, or over links to other pages
/// (a manual's chapter index), is content and stays.
fn titles_contents(doc: &Document, block: &Block) -> bool {
    let title = block.text.trim().trim_end_matches([':', '：']).trim_end();
    let title = straight_apostrophes(title);
    let named = words(CONTENTS_LABELS).any(|label| reads_as(&title, label));
    if matches!(block.kind, BlockKind::TableCell | BlockKind::ListItem) || !named {
        return false;
    }
    let in_page_link = |el: &crate::dom::Element| {
        el.name.local == html5ever::local_name!("a")
            && el
                .attr("href")
                .map(str::trim)
                .is_some_and(|h| h.len() > 1 && h.starts_with('#'))
    };
    // The title's own link (a toggle around its words) is not the contents.
    let own: Vec<NodeId> = doc
        .self_and_ancestors(block.first_text)
        .take_while(|&n| n != block.owner)
        .take(OWN_LINK_LEVELS)
        .collect();
    // The title's box first: a title written as text beside its list shares its owner.
    doc.self_and_ancestors(block.owner)
        .take(CONTENTS_BOX_LEVELS)
        .any(|around| {
            doc.preorder(around)
                .take(CONTENTS_BOX_NODES)
                .any(|n| !own.contains(&n) && doc.element(n).is_some_and(in_page_link))
        })
}

/// How a heading names a comment thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ThreadHeading {
    /// A thread word alone ("comments", "kommentare"): some pages head their own
    /// discussion-like sections so.
    Bare,
    /// A count and a thread word ("40 responses to “...”", "one thought on “...”"): only
    /// a thread is counted so.
    Counted,
}

/// Whether a heading (lower-cased, without a trailing colon) heads a comment thread, and
/// how. A thread word with other words and no count is a section of the article
/// ("Responses to the flood").
pub(super) fn names_thread_heading(name: &str, max_chars: usize) -> Option<ThreadHeading> {
    if name.chars().count() > max_chars {
        return None;
    }
    if contains(THREAD_HEADINGS, name) || bare_with_count(name) {
        return Some(ThreadHeading::Bare);
    }
    let mut words = name.split_whitespace();
    // "Ein Gedanke zu „...“": other languages' words for one count a thread only beside the
    // post's quoted title, as WordPress writes them; alone they open ordinary headings.
    let counted = words.next().is_some_and(|count| {
        count.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || contains(THREAD_COUNTS, count)
            || (contains(QUOTED_THREAD_COUNTS, count) && name.contains(TITLE_QUOTES))
    });
    let spaced = counted
        && words
            .next()
            .is_some_and(|word| contains(THREAD_COUNTED_WORDS, word));
    (spaced || ends_with_unspaced_count(name)).then_some(ThreadHeading::Counted)
}

/// Whether a heading is a thread word with the thread's count after it: "Comments (12)",
/// "Kommentare [3]", "Comments: 12", "댓글 2". Read as the word alone: a section of a
/// page may be headed so too.
fn bare_with_count(name: &str) -> bool {
    let Some((word, count)) = name.rsplit_once(' ') else {
        return false;
    };
    let count = count
        .strip_prefix(['(', '['])
        .and_then(|c| c.strip_suffix([')', ']']))
        .unwrap_or(count);
    !count.is_empty()
        && count.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && contains(
            THREAD_HEADINGS,
            word.trim_end_matches([':', '：']).trim_end(),
        )
}

/// Whether a heading ends with a count and a thread word written without a space, as
/// Chinese and Japanese write them ("2条评论", "《...》有12条评论", "...への3件のコメント").
fn ends_with_unspaced_count(name: &str) -> bool {
    words(THREAD_COUNTED_SUFFIXES).any(|suffix| {
        name.strip_suffix(suffix)
            .and_then(|before| before.chars().next_back())
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    })
}

/// Whether a heading's text (lower-cased, without a trailing colon) names a closing
/// section ("Related posts", "Most popular...").
fn names_closing_section(name: &str) -> bool {
    CLOSING_SECTION_HEADING_SET.contains(name.trim_end_matches(['.', '…']).trim_end())
}

/// A heading's or a label's text as the section vocabularies list it: lower-cased, without
/// a trailing colon.
pub(super) fn section_name(text: &str) -> String {
    vocabulary_case(text.trim().trim_end_matches([':', '：']).trim())
}

/// Text lower-cased as the vocabularies write it: Turkish capital `İ` lower-cases to `i`
/// and a combining dot, and is read as `i` ("İlgili Haberler" is "ilgili haberler"); digits
/// of other scripts are ASCII ("۱۲ نظر" counts like "12 نظر"); a typographic apostrophe is
/// a straight one ("À propos de l’auteur").
fn vocabulary_case(text: &str) -> String {
    let lower = fold_digits(text).to_lowercase().replace("i\u{307}", "i");
    match straight_apostrophes(&lower) {
        Cow::Borrowed(_) => lower,
        Cow::Owned(straight) => straight,
    }
}

/// Apostrophes as typesetting writes them: the right single quotation mark and the
/// modifier letter apostrophe.
const TYPOGRAPHIC_APOSTROPHES: [char; 2] = ['’', 'ʼ'];

/// A typographic apostrophe as the straight one the vocabularies write; any other
/// character as it is.
fn straight_apostrophe(c: char) -> char {
    if TYPOGRAPHIC_APOSTROPHES.contains(&c) {
        '\''
    } else {
        c
    }
}

/// `text` with its typographic apostrophes straight; borrowed when it has none (nearly
/// always).
pub(super) fn straight_apostrophes(text: &str) -> Cow<'_, str> {
    if text.contains(TYPOGRAPHIC_APOSTROPHES) {
        Cow::Owned(text.chars().map(straight_apostrophe).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `text` (its apostrophes straightened) is the vocabulary's `word`, its letter
/// case aside. Lengths first: most blocks are compared no further, and none is copied.
pub(super) fn reads_as(text: &str, word: &str) -> bool {
    text.len() == word.len() && text.chars().flat_map(char::to_lowercase).eq(word.chars())
}

/// Whether a heading's text ends the article's parts: it names a closing section ("Related
/// posts") or counts a comment thread ("53 Responses to ...").
pub(super) fn closes_article(text: &str, t: &BlockThresholds) -> bool {
    let name = section_name(text);
    names_closing_section(&name)
        || names_thread_heading(&name, t.thread_heading_chars) == Some(ThreadHeading::Counted)
}

/// Whether a heading block names a closing section: a box of links beside the article
/// ("Most popular"), whatever it holds.
pub(crate) fn heads_closing_section(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Heading(_)) && names_closing_section(&section_name(&block.text))
}

/// The level given to a closing section's label that is no heading ("Related posts" in a
/// styled `<div>`): below every heading, so that the next heading ends its section.
const LABEL_LEVEL: u8 = 7;

/// The first of `blocks[range]` (blocks other filters dropped: a label is often too short
/// or too linked to stay) that names a closing section, as the section it opens.
fn dropped_closing_label(
    doc: &Document,
    blocks: &[Block],
    range: std::ops::Range<usize>,
) -> Option<Dropping> {
    let label = range
        .into_iter()
        .find(|&j| names_closing_section(&section_name(&blocks[j].text)))?;
    let level = match blocks[label].kind {
        BlockKind::Heading(level) => level,
        _ => LABEL_LEVEL,
    };
    Some(Dropping {
        level,
        thread: false,
        within: section_box(doc, blocks, label),
    })
}

/// Quotation marks around a post's title in a thread's heading. Not the single ones: they
/// double as apostrophes ("Maria's").
const TITLE_QUOTES: [char; 14] = [
    '"', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '『', '』', '《', '》',
];

/// A heading that counts the replies to a post and quotes the post ("53 Responses to
/// “1,400 Rectangles”", "3 réflexions sur « Le port »"), dropped by other filters or lying
/// between the post's box and the replies' box: it opens the thread below it, as a kept
/// one does. A dropped count that quotes nothing ("3 Comments") may label a forum's
/// replies, which are the page, and opens nothing.
fn dropped_thread_heading(
    blocks: &[Block],
    range: std::ops::Range<usize>,
    max_chars: usize,
) -> Option<Dropping> {
    range.into_iter().find_map(|j| match blocks[j].kind {
        BlockKind::Heading(level)
            if blocks[j].text.contains(TITLE_QUOTES)
                && names_thread_heading(&section_name(&blocks[j].text), max_chars)
                    == Some(ThreadHeading::Counted) =>
        {
            Some(Dropping {
                level,
                thread: true,
                within: None,
            })
        }
        _ => None,
    })
}

/// Whether a block that is no heading is a closing section on its own: its first line (up
/// to a line break) names one, and lines follow ("About the author" above the author's
/// name and bio in one box).
fn opens_with_closing_label(block: &Block) -> bool {
    if matches!(block.kind, BlockKind::Heading(_)) {
        return false;
    }
    match block.text.trim_start().split_once('\n') {
        Some((first, rest)) => {
            !rest.trim().is_empty() && names_closing_section(&section_name(first))
        }
        None => false,
    }
}

/// Which sections [`drop_closing_sections`] drops.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sections {
    /// Closing sections ("Related posts") once the article has begun.
    pub(crate) closing: bool,
    /// Comment threads under their heading, below the post.
    pub(crate) threads: bool,
}

/// Levels read up from a block to tell whether it lies in a section's box: deeper than
/// any page nests a box, bounded so that each dropped block costs a few steps.
const SECTION_BOX_LEVELS: usize = 64;

/// The box a closing heading opens: the nearest element around both the heading and the
/// block after it (a "Related stories" box set inside an article, or the article itself
/// when its sections follow one another flat).
fn section_box(doc: &Document, blocks: &[Block], heading: usize) -> Option<NodeId> {
    let next = blocks.get(heading + 1)?.owner;
    let around_next: Vec<NodeId> = doc
        .self_and_ancestors(next)
        .take(SECTION_BOX_LEVELS)
        .collect();
    doc.self_and_ancestors(blocks[heading].owner)
        .take(SECTION_BOX_LEVELS)
        .find(|node| around_next.contains(node))
}

/// A section being dropped.
#[derive(Clone, Copy)]
struct Dropping {
    /// The level of its heading: a heading of the same or a higher level ends it.
    level: u8,
    /// Whether it is a comment thread (its blocks are the thread's text).
    thread: bool,
    /// The box a closing section lies in: the first block outside it ends the section.
    within: Option<NodeId>,
}

/// Drops the closing sections of an article (see [`CLOSING_SECTION_HEADING_SET`]): such a
/// heading in the second half of the kept text or below the first `closing_after_chars`
/// of it (a trailing colon or ellipsis aside), and everything under it up to the next
/// heading of the same or a higher level, or up to the end of the box the heading opens
/// (see [`section_box`]: the article's paragraphs go on below a box of related links).
/// Text after a closing section is rarely article text again, but a heading that is not a
/// closing one ends the drop. A label that other filters dropped (a linked or styled
/// "Related posts" line) still opens its section, as a heading below all others would.
///
/// With `sections.threads`, a comment thread's heading (see [`names_thread_heading`])
/// below the post starts such a section wherever it stands (a long thread outweighs the
/// post above it), to the next heading of its level whatever box it opens; the blocks
/// under it are returned, the thread's text.
pub(super) fn drop_closing_sections(
    doc: &Document,
    blocks: &[Block],
    kept: &mut Vec<usize>,
    t: &BlockThresholds,
    sections: Sections,
) -> Vec<usize> {
    let total: u64 = kept.iter().map(|&i| u64::from(blocks[i].chars)).sum();
    let mut before = 0u64;
    let mut dropping: Option<Dropping> = None;
    let mut keep = vec![true; kept.len()];
    let mut thread = Vec::new();
    // The first block not yet read, kept or not: the labels dropped before a kept block are
    // read once, on the way to it.
    let mut unread = 0;
    for (pos, &i) in kept.iter().enumerate() {
        let block = &blocks[i];
        // Past the top of the text, where a closing heading is the page's own subject.
        let past_top =
            t.closing_after.reached(before, total) || before >= u64::from(t.closing_after_chars);
        if sections.closing && past_top && dropping.is_none() {
            dropping = dropped_closing_label(doc, blocks, unread..i);
        }
        if sections.threads
            && dropping.is_none()
            && before >= u64::from(t.counted_thread_heading_after)
        {
            dropping = dropped_thread_heading(blocks, unread..i, t.thread_heading_chars);
        }
        unread = i + 1;
        let left_box = dropping.and_then(|d| d.within).is_some_and(|within| {
            !doc.self_and_ancestors(block.owner)
                .take(SECTION_BOX_LEVELS)
                .any(|node| node == within)
        });
        if left_box {
            dropping = None;
        }
        let mut heads_section = false;
        if let BlockKind::Heading(level) = block.kind {
            if dropping.is_some_and(|d| level <= d.level) {
                dropping = None;
            }
            let name = section_name(&block.text);
            if dropping.is_none() {
                let thread_after = match names_thread_heading(&name, t.thread_heading_chars) {
                    Some(ThreadHeading::Bare) => Some(t.bare_thread_heading_after),
                    Some(ThreadHeading::Counted) => Some(t.counted_thread_heading_after),
                    None => None,
                };
                if sections.threads && thread_after.is_some_and(|after| before >= u64::from(after))
                {
                    dropping = Some(Dropping {
                        level,
                        thread: true,
                        within: None,
                    });
                    heads_section = true;
                } else if sections.closing && past_top && names_closing_section(&name) {
                    dropping = Some(Dropping {
                        level,
                        thread: false,
                        within: section_box(doc, blocks, i),
                    });
                }
            }
        }
        keep[pos] = dropping.is_none()
            && !(sections.closing && past_top && opens_with_closing_label(block));
        if dropping.is_some_and(|d| d.thread) && !heads_section {
            thread.push(i);
        }
        before += u64::from(block.chars);
    }
    let mut flags = keep.into_iter();
    kept.retain(|_| flags.next().unwrap_or(true));
    thread
}
