//! Which blocks inside the picked containers are content: link density, widget labels and
//! counters, template filler, headings with nothing under them or repeating the headline,
//! and the closing sections sites append to an article.

use super::Tuning;
use crate::blocks::{Block, BlockKind};
use crate::dom::Document;
use crate::features::TextStats;
use crate::page::Page;

pub(super) fn keep_block(block: &Block, tune: &Tuning) -> bool {
    if is_widget_label(&block.text) || is_placeholder(&block.text) {
        return false;
    }
    let ld = block.link_density();
    if matches!(block.kind, BlockKind::Heading(_)) {
        // Linked headings title the entries of listings; orphans are dropped later.
        return true;
    }
    if block.chars >= 150 {
        return ld <= tune.max_link_density_long;
    }
    ld <= tune.max_link_density
}

/// Template filler ("Lorem ipsum dolor sit amet, ..."): text of a layout nobody filled in,
/// often left in hidden slides and unused tabs.
pub(super) fn is_placeholder(text: &str) -> bool {
    let start = text.trim_start();
    start
        .get(..11)
        .is_some_and(|s| s.eq_ignore_ascii_case("lorem ipsum"))
}

/// Labels of page widgets that sit inside content containers: calls to action, share and
/// like bars, comment links, a forum post's buttons, a shop card's buttons, ad markers.
/// Matched whole, ignoring case and a trailing colon.
pub(super) const WIDGET_LABELS: &[&str] = &[
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
    "report post",
    "report inappropriate content",
    "quote",
    "reply",
    "permalink",
    "advert",
    "sponsored",
    "[edit]",
    "quick shop",
    "quick view",
    "choose options",
    "more options",
    "calculate shipping",
    "toggle caption",
    "close",
    "text size",
    "subscribe",
    "sharing is caring!",
];

/// Words a counter ("12 likes", "3 comments", "518 helpful votes") counts.
#[rustfmt::skip]
pub(super) const COUNTED_WORDS: &[&str] = &[
    "like", "likes", "comment", "comments", "reply", "replies", "view", "views", "share", "shares",
    "posts", "votes", "answers", "followers", "reactions", "points",
];

/// Whether a block is only a widget label or a counter, never content whatever the page.
pub(super) fn is_widget_label(text: &str) -> bool {
    let text = text.trim().trim_end_matches(':').trim_end();
    if text.len() > 32 {
        return false;
    }
    let lower = text.to_lowercase();
    if WIDGET_LABELS.contains(&lower.as_str()) {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    let is_number = |n: &str| {
        n.chars().any(|c| c.is_ascii_digit())
            && n.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    match words[..] {
        [n, w] | [n, _, w] => is_number(n) && COUNTED_WORDS.contains(&w),
        _ => false,
    }
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

/// Linked headings in a row that make a list of entries rather than leftover labels.
pub(super) const MIN_TITLE_RUN: usize = 3;
/// Share of a heading's text in links for it to title a linked entry.
pub(super) const MIN_TITLE_LINK_DENSITY: f64 = 0.9;

/// Marks runs of linked headings of one level (three or more in a row) as kept: they title
/// the entries of a listing (product names, article titles). On a page that declares a
/// main text such a run is related links, unless it holds at least half the kept text: then
/// the page is an archive whose theme calls every page an article.
pub(super) fn keep_linked_title_rows(
    page: &Page<'_>,
    blocks: &[Block],
    kept: &[usize],
    keep: &mut [bool],
) {
    let chars = |run: &[usize]| run.iter().map(|&i| u64::from(blocks[i].chars)).sum::<u64>();
    let total = chars(kept);
    let linked_heading_level = |i: usize| match blocks[i].kind {
        BlockKind::Heading(level) if blocks[i].link_density() >= MIN_TITLE_LINK_DENSITY => {
            Some(level)
        }
        _ => None,
    };
    let mut pos = 0;
    while pos < kept.len() {
        let Some(level) = linked_heading_level(kept[pos]) else {
            pos += 1;
            continue;
        };
        let end = (pos..kept.len())
            .find(|&p| linked_heading_level(kept[p]) != Some(level))
            .unwrap_or(kept.len());
        let most_of_the_text = chars(&kept[pos..end]) * 2 >= total;
        if end - pos >= MIN_TITLE_RUN && (!page.declares_main_text() || most_of_the_text) {
            keep[pos..end].fill(true);
        }
        pos = end;
    }
}

/// The headline is metadata, not body text; a heading with nothing under it is a leftover
/// label ("More Stories") rather than content, unless it is one of a row of entry titles.
pub(super) fn drop_title_and_orphan_headings(
    page: &Page<'_>,
    stats: &TextStats,
    blocks: &[Block],
    kept: &mut Vec<usize>,
) {
    let (doc, title) = (page.doc, page.title);
    // Backwards: `body_follows[l]` says a non-heading block comes before the next heading of
    // level <= l, so a heading of level l has something under it.
    let mut keep = vec![true; kept.len()];
    let mut body_follows = [false; 7];
    for (pos, &i) in kept.iter().enumerate().rev() {
        match blocks[i].kind {
            BlockKind::Heading(level) => {
                let level = usize::from(level.clamp(1, 6));
                keep[pos] = body_follows[level] && !is_label_of_empty_box(doc, stats, &blocks[i]);
                for flag in &mut body_follows[level..] {
                    *flag = false;
                }
            }
            _ => body_follows = [true; 7],
        }
    }
    keep_linked_title_rows(page, blocks, kept, &mut keep);
    if let Some(title) = title.map(normalized) {
        let first_heading = kept.iter().position(|&i| {
            matches!(blocks[i].kind, BlockKind::Heading(_)) && normalized(&blocks[i].text) == title
        });
        if let Some(pos) = first_heading {
            keep[pos] = false;
        }
    }
    let mut flags = keep.into_iter();
    kept.retain(|_| flags.next().unwrap_or(true));
}

/// Headings of the sections sites append to an article: who wrote or reviewed it, where
/// to read next, how to reply. ("Disclaimer" is not one: authors write their own.) Compared lower-cased, without a
/// trailing colon.
pub(super) const CLOSING_SECTION_HEADINGS: &[&str] = &[
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
];

/// Drops the closing sections of an article (see [`CLOSING_SECTION_HEADINGS`]): such a
/// heading in the second half of the kept text, and everything under it up to the next
/// heading of the same or a higher level. Text after a closing section is rarely article
/// text again, but a heading that is not a closing one ends the drop.
pub(super) fn drop_closing_sections(blocks: &[Block], kept: &mut Vec<usize>) {
    let total: u64 = kept.iter().map(|&i| u64::from(blocks[i].chars)).sum();
    let mut before = 0u64;
    let mut dropping: Option<u8> = None;
    let mut keep = vec![true; kept.len()];
    for (pos, &i) in kept.iter().enumerate() {
        let block = &blocks[i];
        if let BlockKind::Heading(level) = block.kind {
            if dropping.is_some_and(|l| level <= l) {
                dropping = None;
            }
            let name = block
                .text
                .trim()
                .trim_end_matches(':')
                .trim()
                .to_lowercase();
            if dropping.is_none()
                && before * 2 >= total
                && CLOSING_SECTION_HEADINGS.contains(&name.as_str())
            {
                dropping = Some(level);
            }
        }
        keep[pos] = dropping.is_none();
        before += u64::from(block.chars);
    }
    let mut flags = keep.into_iter();
    kept.retain(|_| flags.next().unwrap_or(true));
}
