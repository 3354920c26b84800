//! Chooses the main content: scores containers by the paragraphs under them (text length and
//! commas, discounted by link density), widens the pick when it covers too little of the
//! page's good text, merges sibling containers that belong to the article, then keeps the
//! blocks inside that read as content.

use std::collections::{HashMap, HashSet};

use html5ever::{local_name, LocalName};

use crate::blocks::{Block, BlockKind};
use crate::dom::{Document, Edge, NodeId, Pruned};
use crate::features::TextStats;
use crate::options::Mode;
use crate::page::Page;

/// Thresholds that differ between modes.
struct Tuning {
    /// The pick must cover at least this share of the page's good text.
    min_coverage: f64,
    /// Blocks with a higher link density are dropped unless they are long.
    max_link_density: f64,
    /// Long blocks may have up to this link density.
    max_link_density_long: f64,
    /// Sibling containers join when they score this share of the top score.
    sibling_share: f64,
}

fn tuning(mode: Mode) -> Tuning {
    match mode {
        Mode::Precision => Tuning {
            min_coverage: 0.5,
            max_link_density: 0.3,
            max_link_density_long: 0.4,
            sibling_share: 0.3,
        },
        Mode::Balanced => Tuning {
            min_coverage: 0.7,
            max_link_density: 0.5,
            max_link_density_long: 0.6,
            sibling_share: 0.2,
        },
        Mode::Recall => Tuning {
            min_coverage: 0.85,
            max_link_density: 0.7,
            max_link_density_long: 0.8,
            sibling_share: 0.1,
        },
    }
}

/// Link density above which an item's paragraphs read as teaser excerpts.
const ITEM_MAX_LINK_DENSITY: f64 = 0.25;

/// A block long enough, and link-free enough, to count as evidence of content.
pub(crate) fn is_good(block: &Block) -> bool {
    !matches!(block.kind, BlockKind::Heading(_)) && block.chars >= 40 && block.link_density() < 0.35
}

/// Starting score of a container from its tag and its class/id words.
fn base_score(page: &Page<'_>, id: NodeId) -> f64 {
    let Some(el) = page.doc.element(id) else {
        return 0.0;
    };
    let tag_score = match el.name.local {
        local_name!("article") | local_name!("main") => 10.0,
        local_name!("div") | local_name!("section") => 5.0,
        local_name!("pre") | local_name!("td") | local_name!("blockquote") => 3.0,
        local_name!("ol")
        | local_name!("ul")
        | local_name!("dl")
        | local_name!("li")
        | local_name!("form") => -3.0,
        local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("th") => -5.0,
        _ => 0.0,
    };
    let signal = &page.signals[id.index()];
    let class_score = if signal.is_chrome(page.is_discussion()) {
        -25.0
    } else if signal.content {
        25.0
    } else {
        0.0
    };
    tag_score + class_score
}

/// The selected content: the indices of the kept blocks, in document order.
pub(crate) struct Selection {
    pub(crate) blocks: Vec<usize>,
    /// The containers the blocks were taken from: siblings, plus at most a listing outside
    /// them (see `extractor::listing_over_intro`), so none holds another.
    pub(crate) roots: Vec<NodeId>,
}

/// Picks the content blocks of the page whose body is `root`.
pub(crate) fn select(
    page: &Page<'_>,
    pruned: &Pruned,
    stats: &TextStats,
    blocks: &[Block],
    mode: Mode,
) -> Selection {
    let (doc, root) = (page.doc, page.root);
    let tune = tuning(mode);
    let top = pick_container(page, stats, blocks);
    let good = good_text(doc, root, top, pruned, stats, blocks);
    let top = widen(doc, root, &good, top, tune.min_coverage);
    let roots = merge_siblings(page, top, stats, &good, &tune);
    let inside = mark_subtrees(doc, &roots);
    let mut kept: Vec<usize> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if !inside[block.owner.index()] {
            continue;
        }
        if keep_block(block, &tune) {
            kept.push(i);
        }
    }
    drop_title_and_orphan_headings(page, stats, blocks, &mut kept);
    drop_repeats(blocks, &mut kept);
    drop_closing_sections(blocks, &mut kept);
    Selection {
        blocks: kept,
        roots,
    }
}

/// Readability-style scoring: every paragraph gives points to its ancestors with decay.
fn pick_container(page: &Page<'_>, stats: &TextStats, blocks: &[Block]) -> NodeId {
    let (doc, root) = (page.doc, page.root);
    let mut score: Vec<f64> = vec![f64::NAN; doc.len()];
    let mut touched: Vec<NodeId> = Vec::new();
    for block in blocks {
        if block.chars < 25 || matches!(block.kind, BlockKind::Heading(_)) {
            continue;
        }
        let points = 1.0 + f64::from(block.commas) + (f64::from(block.chars) / 100.0).min(3.0);
        // Text directly in a container counts for the container itself.
        let mut cur = if matches!(block.kind, BlockKind::Other) {
            Some(block.owner)
        } else {
            doc.node(block.owner).parent
        };
        let mut level = 0;
        while let Some(id) = cur {
            if level > 4 {
                break;
            }
            let slot = &mut score[id.index()];
            if slot.is_nan() {
                *slot = base_score(page, id);
                touched.push(id);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => f64::from(l) * 3.0,
            };
            *slot += points / divider;
            if id == root {
                break;
            }
            cur = doc.node(id).parent;
            level += 1;
        }
    }
    let mut best = root;
    let mut best_score = f64::MIN;
    for id in touched {
        let s = score[id.index()] * (1.0 - stats.link_density(id));
        if s > best_score {
            best_score = s;
            best = id;
        }
    }
    best
}

/// Characters of good text under every node (pruned subtrees count as empty).
fn good_text(
    doc: &Document,
    root: NodeId,
    top: NodeId,
    pruned: &Pruned,
    stats: &TextStats,
    blocks: &[Block],
) -> Vec<u64> {
    let mut good = vec![0u64; doc.len()];
    // A paragraph inside a link-heavy item, or sharing its box with a linked heading (a
    // teaser: linked title, date, excerpt), is not evidence of article text, however clean
    // the paragraph itself is.
    let mut teaser_box = vec![false; doc.len()];
    for block in blocks {
        if matches!(block.kind, BlockKind::Heading(_)) && block.link_density() > 0.5 {
            if let Some(p) = doc.node(block.owner).parent {
                teaser_box[p.index()] = true;
            }
        }
    }
    let in_clean_item = |b: &Block| {
        doc.node(b.owner)
            .parent
            .is_none_or(|p| !teaser_box[p.index()] && stats.link_density(p) < ITEM_MAX_LINK_DENSITY)
    };
    // When the pick is itself a teaser (an index or category page), teasers are the content
    // and all good paragraphs count.
    let teaser_page = std::iter::successors(Some(top), |&n| doc.node(n).parent)
        .take(2)
        .any(|n| teaser_box[n.index()]);
    for block in blocks
        .iter()
        .filter(|b| is_good(b) && (teaser_page || in_clean_item(b)))
    {
        good[block.owner.index()] += u64::from(block.chars);
    }
    // Sum each subtree bottom-up in one pass. No block lies in a pruned subtree, so those
    // are skipped for speed only; what reaches the root's parent is never read.
    let mut walk = doc.traverse(root);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(id) if pruned.is_removed(id) => walk.skip_children(id),
            Edge::Close(id) => {
                if let Some(p) = doc.node(id).parent {
                    good[p.index()] += good[id.index()];
                }
            }
            Edge::Open(_) => {}
        }
    }
    good
}

/// Climbs from `top` towards `root` until the pick holds `min_coverage` of the good text.
fn widen(doc: &Document, root: NodeId, good: &[u64], top: NodeId, min_coverage: f64) -> NodeId {
    let total = good[root.index()] as f64;
    let mut top = top;
    while top != root && (good[top.index()] as f64) < min_coverage * total {
        match doc.node(top).parent {
            Some(p) => top = p,
            None => break,
        }
    }
    top
}

/// The pick plus the siblings that hold a fair share of good text with few links.
fn merge_siblings(
    page: &Page<'_>,
    top: NodeId,
    stats: &TextStats,
    good: &[u64],
    tune: &Tuning,
) -> Vec<NodeId> {
    let (doc, root) = (page.doc, page.root);
    let Some(parent) = doc.node(top).parent.filter(|_| top != root) else {
        return vec![top];
    };
    let threshold = (good[top.index()] as f64 * tune.sibling_share).max(80.0);
    doc.children(parent)
        .filter(|&c| {
            if c == top {
                return true;
            }
            if doc.element(c).is_none() {
                return false;
            }
            !page.signals[c.index()].is_chrome(page.is_discussion())
                && good[c.index()] as f64 >= threshold
                && stats.link_density(c) < 0.3
        })
        .collect()
}

/// Flags every node inside the given subtrees.
fn mark_subtrees(doc: &Document, roots: &[NodeId]) -> Vec<bool> {
    let mut inside = vec![false; doc.len()];
    for &r in roots {
        for id in doc.preorder(r) {
            inside[id.index()] = true;
        }
    }
    inside
}

fn keep_block(block: &Block, tune: &Tuning) -> bool {
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
fn is_placeholder(text: &str) -> bool {
    let start = text.trim_start();
    start
        .get(..11)
        .is_some_and(|s| s.eq_ignore_ascii_case("lorem ipsum"))
}

/// Labels of page widgets that sit inside content containers: calls to action, share and
/// like bars, comment links, a forum post's buttons, a shop card's buttons, ad markers.
/// Matched whole, ignoring case and a trailing colon.
const WIDGET_LABELS: &[&str] = &[
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
const COUNTED_WORDS: &[&str] = &[
    "like", "likes", "comment", "comments", "reply", "replies", "view", "views", "share", "shares",
    "posts", "votes", "answers", "followers", "reactions", "points",
];

/// Whether a block is only a widget label or a counter, never content whatever the page.
fn is_widget_label(text: &str) -> bool {
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

fn normalized(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A heading that shares its box with other elements but no other text labels an embed or a
/// widget ("Recommended Videos" above a player), not a section of the article.
fn is_label_of_empty_box(doc: &Document, stats: &TextStats, heading: &Block) -> bool {
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
const MIN_TITLE_RUN: usize = 3;
/// Share of a heading's text in links for it to title a linked entry.
const MIN_TITLE_LINK_DENSITY: f64 = 0.9;

/// Marks runs of linked headings of one level (three or more in a row) as kept: they title
/// the entries of a listing (product names, article titles). On a page that declares a
/// main text such a run is related links, unless it holds at least half the kept text: then
/// the page is an archive whose theme calls every page an article.
fn keep_linked_title_rows(page: &Page<'_>, blocks: &[Block], kept: &[usize], keep: &mut [bool]) {
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
fn drop_title_and_orphan_headings(
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
const CLOSING_SECTION_HEADINGS: &[&str] = &[
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
fn drop_closing_sections(blocks: &[Block], kept: &mut Vec<usize>) {
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

/// Shortest block whose verbatim repeat counts: short labels ("Price", "Reply") repeat
/// legitimately in tables and threads.
const MIN_REPEAT_CHARS: u32 = 40;

/// Consecutive repeated blocks, and their characters, that make a copy of a passage rather
/// than a recurring line or a feature list repeated under each plan of a pricing table.
const MIN_REPEATED_RUN: usize = 3;
const MIN_REPEATED_CHARS: u32 = 300;

/// A shorter run (a single paragraph, shown again in a mobile layout or a "Description"
/// tab) is a copy too when it is this long: captions and plan features are shorter.
const MIN_REPEATED_PASSAGE_CHARS: u32 = 400;

/// Drops passages shown twice: a run of blocks that repeat earlier blocks verbatim and in
/// the same order is a second copy of the same text (a mobile and a desktop copy, a tab and
/// its accordion), which a reader sees once. A recurring line (a caption under every card,
/// a note under every step of a plan) is part of each item and stays. Short blocks neither
/// start nor break a run; inside one, those seen before go with it.
fn drop_repeats(blocks: &[Block], kept: &mut Vec<usize>) {
    // For every long block: its place among the long blocks, and that of its first copy.
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    let mut short_seen: HashSet<&str> = HashSet::new();
    let mut long_count = 0usize;
    // Per kept position: Some((own long index, first copy's long index)) for long blocks;
    // None for short ones, with `short_repeat` saying whether the text came before.
    let mut long_of: Vec<Option<(usize, usize)>> = Vec::with_capacity(kept.len());
    let mut short_repeat: Vec<bool> = Vec::with_capacity(kept.len());
    for &i in kept.iter() {
        let block = &blocks[i];
        let text = block.text.as_str();
        if block.chars >= MIN_REPEAT_CHARS {
            let first = *first_seen.entry(text).or_insert(long_count);
            long_of.push(Some((long_count, first)));
            short_repeat.push(false);
            long_count += 1;
        } else {
            long_of.push(None);
            short_repeat.push(!short_seen.insert(text));
        }
    }
    let mut drop = vec![false; kept.len()];
    // The open run: kept positions of its first and last block, its length, and the first
    // copy's index of its last block.
    let mut run: Option<(usize, usize, usize, usize)> = None;
    let close = |run: Option<(usize, usize, usize, usize)>, drop: &mut [bool]| {
        if let Some((start, end, len, _)) = run {
            let chars: u32 = kept[start..=end].iter().map(|&i| blocks[i].chars).sum();
            let long_run = len >= MIN_REPEATED_RUN && chars >= MIN_REPEATED_CHARS;
            if !long_run && chars < MIN_REPEATED_PASSAGE_CHARS {
                return;
            }
            for pos in start..=end {
                drop[pos] = long_of[pos].is_some() || short_repeat[pos];
            }
        }
    };
    for (pos, &long) in long_of.iter().enumerate() {
        let Some((own, first)) = long else {
            continue;
        };
        if first == own {
            close(run.take(), &mut drop);
            continue;
        }
        run = match run {
            Some((start, _, len, prev)) if first == prev + 1 => Some((start, pos, len + 1, first)),
            other => {
                close(other, &mut drop);
                Some((pos, pos, 1, first))
            }
        };
    }
    close(run, &mut drop);
    // A paragraph shown a third time with no new text since its last showing is the same
    // text in yet another tab, accordion or layout. A line that recurs between different
    // passages (a warm-up under every session of a plan) is part of each and stays.
    let mut unique_seen = 0usize;
    // Per long block's first showing: how many times it was shown, and the unique count at
    // the last showing.
    let mut last_showing = vec![(0usize, 0usize); long_count];
    for (pos, long) in long_of.iter().enumerate() {
        let Some((own, first)) = *long else { continue };
        let block = &blocks[kept[pos]];
        let Some(showing) = last_showing.get_mut(first) else {
            continue;
        };
        if own == first {
            unique_seen += 1;
            *showing = (1, unique_seen);
            continue;
        }
        let (shown, unique_then) = *showing;
        *showing = (shown + 1, unique_seen);
        let nothing_new = shown >= MIN_SHOWINGS_BEFORE_COPY && unique_then == unique_seen;
        if nothing_new && block.chars >= MIN_BACK_TO_BACK_COPY_CHARS {
            drop[pos] = true;
        }
    }
    let mut flags = drop.into_iter();
    kept.retain(|_| !flags.next().unwrap_or(false));
}

/// Showings a paragraph must have had before a back-to-back repeat counts as a copy: a
/// summary point repeated once under its section heading is the author's choice.
const MIN_SHOWINGS_BEFORE_COPY: usize = 2;

/// Shortest paragraph dropped when shown again with nothing new since its last showing.
const MIN_BACK_TO_BACK_COPY_CHARS: u32 = 100;

/// For pages whose content is a list of link-heavy entries (product grids, archives, charts)
/// that paragraph scoring cannot see: the element whose children repeat one shape (same tag
/// and class, at least three times) and hold most of its text, the largest such list winning.
/// All blocks inside it are kept, links and all.
pub(crate) fn select_listing(
    page: &Page<'_>,
    pruned: &Pruned,
    stats: &TextStats,
    blocks: &[Block],
) -> Option<Selection> {
    let (doc, root) = (page.doc, page.root);
    let mut best: Option<(NodeId, u32)> = None;
    let mut groups = HashMap::new();
    let mut walk = doc.preorder(root);
    while let Some(id) = walk.next() {
        if pruned.is_removed(id) {
            walk.skip_children_of(id);
            continue;
        }
        let chars = stats.chars[id.index()];
        if doc.element(id).is_none() || chars == 0 || best.is_some_and(|(_, b)| chars <= b) {
            continue;
        }
        let mut repeated =
            largest_repeated_group(doc, pruned, stats, id, Shape::Class, &mut groups);
        if repeated * 2 < chars {
            repeated =
                largest_repeated_group(doc, pruned, stats, id, Shape::ClassWord, &mut groups);
        }
        if repeated * 2 >= chars && best.is_none_or(|(_, b)| repeated > b) {
            best = Some((id, repeated));
        }
    }
    let (list, _) = best?;
    let inside = mark_subtrees(doc, &[list]);
    let mut kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| inside[blocks[i].owner.index()])
        .collect();
    drop_title_and_orphan_headings(page, stats, blocks, &mut kept);
    drop_repeats(blocks, &mut kept);
    // Cards whose only text is one badge ("Sold out" under every picture) list nothing.
    let distinct: HashSet<&str> = kept.iter().map(|&i| blocks[i].text.as_str()).collect();
    if distinct.len() < MIN_DISTINCT_LISTING_TEXTS {
        return None;
    }
    Some(Selection {
        blocks: kept,
        roots: vec![list],
    })
}

/// Different texts a listing must show to list anything.
const MIN_DISTINCT_LISTING_TEXTS: usize = 3;

/// What makes children of one element the same shape.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// The same tag and the same class attribute.
    Class,
    /// The same tag and one shared class word: shops give every card its own id in the
    /// class ("product post-1234 instock"). The cards must be alike in weight too: no one
    /// of them may hold half the group's text, which keeps out page sections that share a
    /// layout word ("section").
    ClassWord,
}

/// Per (tag, class or class word): children, their characters, the largest child's.
type Groups<'a> = HashMap<(&'a LocalName, &'a str), (u32, u32, u32)>;

/// The characters of the largest group of three or more of `id`'s children of one shape.
/// `groups` is scratch space, reused across calls.
fn largest_repeated_group<'a>(
    doc: &'a Document,
    pruned: &Pruned,
    stats: &TextStats,
    id: NodeId,
    shape: Shape,
    groups: &mut Groups<'a>,
) -> u32 {
    groups.clear();
    for child in doc.children(id) {
        let Some(el) = doc.element(child) else {
            continue;
        };
        if pruned.is_removed(child) {
            continue;
        }
        let chars = stats.chars[child.index()];
        let class = el.attr_named(&local_name!("class")).unwrap_or("");
        let mut add = |key: &'a str| {
            let group = groups.entry((&el.name.local, key)).or_insert((0, 0, 0));
            group.0 += 1;
            group.1 = group.1.saturating_add(chars);
            group.2 = group.2.max(chars);
        };
        match shape {
            Shape::Class => add(class),
            Shape::ClassWord => class.split_ascii_whitespace().for_each(add),
        }
    }
    groups
        .values()
        .filter(|&&(n, total, largest)| {
            n >= 3 && (shape == Shape::Class || u64::from(largest) * 2 < u64::from(total))
        })
        .map(|&(_, total, _)| total)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::DOCUMENT;

    fn block(text: &str) -> Block {
        let chars = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
        Block {
            owner: DOCUMENT,
            kind: BlockKind::Paragraph,
            text: text.to_string(),
            chars,
            link_chars: 0,
            commas: 0,
            first_text: DOCUMENT,
            last_text: DOCUMENT,
        }
    }

    /// The first pass of extraction over `html` in `mode`, handed to `read`.
    fn with_first_pass<T>(
        html: &str,
        mode: Mode,
        read: impl FnOnce(&Page<'_>, &crate::ladder::FirstPass) -> T,
    ) -> T {
        let limits = crate::parse::ParseLimits {
            max_depth: 512,
            max_nodes: 1 << 20,
            elide_scripts: true,
        };
        let doc = crate::parse::parse(html, limits).expect("parses");
        let root = crate::extractor::content_root(&doc);
        let hard = crate::prune::prune_hard(&doc, root);
        let signals = crate::names::name_signals(&doc, root, &hard);
        let page = Page {
            doc: &doc,
            root,
            signals: &signals,
            page_type: None,
            title: None,
        };
        let first = crate::ladder::first_pass(&page, hard, mode);
        read(&page, &first)
    }

    /// The `id`s of the containers `select` takes the blocks from (`-` for one without).
    fn root_ids(html: &str, mode: Mode) -> Vec<String> {
        with_first_pass(html, mode, |page, first| {
            first
                .selection
                .roots
                .iter()
                .map(|&r| {
                    page.doc
                        .element(r)
                        .and_then(|el| el.attr_named(&local_name!("id")))
                        .unwrap_or("-")
                        .to_string()
                })
                .collect()
        })
    }

    /// The texts of the blocks `select` keeps.
    fn selected_texts(html: &str, mode: Mode) -> Vec<String> {
        with_first_pass(html, mode, |_, first| {
            let blocks = &first.blocks;
            first
                .selection
                .blocks
                .iter()
                .map(|&i| blocks[i].text.clone())
                .collect()
        })
    }

    /// The `id` of the listing `select_listing` finds on `html` (`-` for one without).
    fn listing_id(html: &str) -> Option<String> {
        with_first_pass(html, Mode::Balanced, |page, first| {
            let listing = select_listing(page, &first.pruned, &first.stats, &first.blocks)?;
            let list = *listing.roots.first()?;
            Some(
                page.doc
                    .element(list)
                    .and_then(|el| el.attr_named(&local_name!("id")))
                    .unwrap_or("-")
                    .to_string(),
            )
        })
    }

    /// The `id` of the container paragraph scoring picks on `html`.
    fn picked_id(html: &str) -> Option<String> {
        with_first_pass(html, Mode::Balanced, |page, first| {
            let top = pick_container(page, &first.stats, &first.blocks);
            page.doc
                .element(top)?
                .attr_named(&local_name!("id"))
                .map(str::to_string)
        })
    }

    /// A paragraph or a quotation credits the element around it; text directly in a generic
    /// container credits the container itself. (Ids without content or chrome words, so
    /// only the structure scores.)
    #[test]
    fn text_elements_credit_their_container() {
        let words = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                     them, wet, tired, came in at dawn, ate, slept, and rose again.";
        for (open, close) in [("<p>", "</p>"), ("<blockquote>", "</blockquote>")] {
            let html = format!("<body><div id=col>{open}{words}{close}</div></body>");
            assert_eq!(picked_id(&html).as_deref(), Some("col"), "{open}");
        }
        let html = format!("<body><div id=outer><div id=col>{words}</div></div></body>");
        assert_eq!(picked_id(&html).as_deref(), Some("col"));
    }

    /// Commas are a mark of prose: two paragraphs full of clauses outscore two longer ones
    /// that run on without a pause.
    #[test]
    fn commas_weigh_in_the_pick() {
        let plain = "Plain text runs on without a single pause because the writer never \
                     stopped for breath and kept adding words one after another until the \
                     line was long enough to fill the whole width of the column twice over";
        let clauses = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                       them, wet, tired, came in at dawn, ate, slept, and rose again.";
        let html = format!(
            "<body><div id=one><div id=plain><p>{plain}</p><p>{plain}</p></div></div>\
             <div id=two><div id=clauses><p>{clauses}</p><p>{clauses}</p></div></div></body>"
        );
        assert_eq!(picked_id(&html).as_deref(), Some("clauses"));
        // Without its commas the same text loses to the longer one.
        let html = html.replace(',', "");
        assert_eq!(picked_id(&html).as_deref(), Some("plain"));
    }

    fn kept_texts(texts: &[String]) -> Vec<String> {
        let blocks: Vec<Block> = texts.iter().map(|t| block(t)).collect();
        let mut kept: Vec<usize> = (0..blocks.len()).collect();
        drop_repeats(&blocks, &mut kept);
        kept.iter().map(|&i| blocks[i].text.clone()).collect()
    }

    fn sentence(n: usize) -> String {
        format!("Paragraph number {n} of the article, long enough to be more than a label.")
    }

    #[test]
    fn widget_labels_and_counters_are_not_content() {
        for label in [
            "Read more",
            "Share this:",
            "12 likes",
            "1,204 views",
            "Comments",
            "Loading...",
            "Report inappropriate content",
            "518 helpful votes",
            "1,076 posts",
            "Advert",
            "[edit]",
            "Quick shop",
            "1.204 views",
            "12345678901234567890123 comments",
        ] {
            assert!(is_widget_label(label), "{label}");
        }
        for text in [
            "Read more about the harbour",
            "12 eggs",
            "Likes",
            "Shared history",
            "12 eggs, beaten",
            "Quote of the week",
            "... comments",
            "123456789012345678901234 comments",
        ] {
            assert!(!is_widget_label(text), "{text}");
        }
    }

    #[test]
    fn template_filler_is_not_content() {
        assert!(is_placeholder(
            "  Lorem ipsum dolor sit amet, consectetur adipiscing elit."
        ));
        assert!(is_placeholder("LOREM IPSUM"));
        assert!(!is_placeholder("Lorem"));
        assert!(!is_placeholder("The phrase lorem ipsum comes from Cicero."));
        assert!(!is_placeholder("Łódź — a city of ódź"));
    }

    #[test]
    fn a_second_copy_of_a_passage_is_dropped() {
        let passage: Vec<String> = (0..5).map(sentence).collect();
        let mut page = passage.clone();
        page.push("Short heading".to_string());
        page.extend(passage.iter().cloned());
        assert_eq!(kept_texts(&page)[..5], passage[..]);
        assert_eq!(kept_texts(&page).len(), 6);
    }

    #[test]
    fn a_paragraph_shown_again_and_again_with_nothing_new_is_kept_twice() {
        let description = sentence(1).repeat(2);
        assert!(description.len() >= 100 && description.len() < 400);
        let tab = |name: &str| block(name);
        let mut blocks = vec![block(&description), block(&sentence(2))];
        for name in ["Details", "Description", "Overview"] {
            blocks.push(tab(name));
            blocks.push(block(&description));
        }
        let mut kept: Vec<usize> = (0..blocks.len()).collect();
        drop_repeats(&blocks, &mut kept);
        let texts: Vec<&str> = kept.iter().map(|&i| blocks[i].text.as_str()).collect();
        let copies = texts.iter().filter(|t| **t == description).count();
        assert_eq!(copies, 2, "{texts:?}");
        assert!(texts.contains(&"Overview"));
    }

    #[test]
    fn a_paragraph_recurring_between_different_passages_stays() {
        let warm_up = sentence(1).repeat(2);
        let mut page = Vec::new();
        for day in 2..6 {
            page.push(warm_up.clone());
            page.push(sentence(day));
        }
        assert_eq!(kept_texts(&page), page);
    }

    #[test]
    fn one_long_paragraph_shown_twice_is_dropped_a_shorter_one_stays() {
        let long = sentence(1).repeat(6);
        let short = sentence(2).repeat(4);
        assert!(long.len() >= 400 && short.len() < 400);
        let page = vec![
            long.clone(),
            short.clone(),
            sentence(3),
            long.clone(),
            sentence(4),
            short.clone(),
        ];
        assert_eq!(
            kept_texts(&page),
            vec![long, short.clone(), sentence(3), sentence(4), short]
        );
    }

    fn heading(text: &str, level: u8) -> Block {
        Block {
            kind: BlockKind::Heading(level),
            ..block(text)
        }
    }

    #[test]
    fn closing_sections_go_from_the_second_half_only() {
        let mut blocks: Vec<Block> = (0..4).map(|n| block(&sentence(n))).collect();
        blocks.push(heading("About the author:", 2));
        blocks.push(block(
            "Ada writes about lighthouses and the people who keep them.",
        ));
        blocks.push(heading("Notes", 3));
        blocks.push(block("Ada's other books are listed on her own site."));
        blocks.push(heading("Further steps", 2));
        blocks.push(block(&sentence(9)));
        let mut kept: Vec<usize> = (0..blocks.len()).collect();
        drop_closing_sections(&blocks, &mut kept);
        assert_eq!(kept, vec![0, 1, 2, 3, 8, 9]);

        // The same heading opening the text is the article's subject.
        let blocks = vec![heading("About the author", 2), block(&sentence(1))];
        let mut kept = vec![0, 1];
        drop_closing_sections(&blocks, &mut kept);
        assert_eq!(kept, vec![0, 1]);
    }

    #[test]
    fn a_recurring_caption_stays() {
        let caption = "Ships in two days from the warehouse nearest to you.".to_string();
        let page: Vec<String> = (0..6)
            .flat_map(|n| [sentence(n), caption.clone()])
            .collect();
        assert_eq!(kept_texts(&page), page);
    }

    /// Evidence of content is a paragraph of at least 40 characters, under 35% link text;
    /// a heading never is, however long.
    #[test]
    fn good_text_is_long_link_free_prose() {
        let with_links = |chars: usize, link_chars: u32| Block {
            link_chars,
            ..block(&"a".repeat(chars))
        };
        assert!(is_good(&with_links(40, 0)));
        assert!(!is_good(&with_links(39, 0)));
        assert!(is_good(&with_links(100, 34)));
        assert!(!is_good(&with_links(100, 35)));
        assert!(!is_good(&with_links(39, 35)));
        assert!(!is_good(&with_links(400, 300)));
        let heading = Block {
            kind: BlockKind::Heading(2),
            ..with_links(80, 0)
        };
        assert!(!is_good(&heading));
    }

    /// On a tie of text the tag breaks it: a generic box or a table cell is where articles
    /// live, a list, a form, a heading or a header cell is not. `x-box`, a tag with no
    /// weight, holds the same paragraph; a tie goes to the one met first.
    #[test]
    fn the_container_tag_breaks_a_tie_of_text() {
        let words = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                     them, wet, tired, came in at dawn, ate, slept, and rose again.";
        let plain = format!("<x-box id=plain><p>{words}</p></x-box>");
        for (open, close) in [
            ("<div id=tagged>", "</div>"),
            ("<section id=tagged>", "</section>"),
            ("<table><tr><td id=tagged>", "</td></tr></table>"),
            ("<blockquote id=tagged>", "</blockquote>"),
        ] {
            let html = format!("<body>{plain}{open}<p>{words}</p>{close}</body>");
            assert_eq!(picked_id(&html).as_deref(), Some("tagged"), "{open}");
        }
        for (open, close) in [
            ("<ul><li id=tagged>", "</li></ul>"),
            // In a box of its own, or the body would tie with the plain box.
            ("<div><form id=tagged>", "</form></div>"),
            ("<div><h2 id=tagged>", "</h2></div>"),
            ("<table><tr><th id=tagged>", "</th></tr></table>"),
        ] {
            let html = format!("<body>{open}<p>{words}</p>{close}{plain}</body>");
            assert_eq!(picked_id(&html).as_deref(), Some("plain"), "{open}");
        }
    }

    /// Names weigh more than tags: a box named for content wins over a plain one met first,
    /// a box named for chrome loses to a plain one met after it.
    #[test]
    fn container_names_outweigh_tags() {
        let words = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                     them, wet, tired, came in at dawn, ate, slept, and rose again.";
        let html = format!(
            "<body><div id=plain><p>{words}</p></div><x-box id=named \
             class=story-content><p>{words}</p></x-box></body>"
        );
        assert_eq!(picked_id(&html).as_deref(), Some("named"));
        let html = format!(
            "<body><x-box id=sidebar><p>{words}</p></x-box><div id=plain><p>{words}</p>\
             </div></body>"
        );
        assert_eq!(picked_id(&html).as_deref(), Some("plain"));
    }

    /// Paragraphs of 25 characters or more credit their container, shorter ones (labels,
    /// dates) do not; headings never do.
    #[test]
    fn short_blocks_and_headings_do_not_credit_their_container() {
        let p = |chars: usize| format!("<p>{}</p>", "x".repeat(chars));
        let html = |many: &str| {
            format!(
                "<body><div id=single>{}</div><div id=many>{}</div></body>",
                p(30),
                many.repeat(5)
            )
        };
        assert_eq!(picked_id(&html(&p(25))).as_deref(), Some("many"));
        assert_eq!(picked_id(&html(&p(24))).as_deref(), Some("single"));
        let heading = format!("<h2>{}</h2>", "x".repeat(40));
        assert_eq!(picked_id(&html(&heading)).as_deref(), Some("single"));
    }

    /// Each paragraph scores a point besides its length: five short paragraphs outweigh one
    /// twice as long as all of them; and a point per 100 characters, up to three.
    #[test]
    fn every_paragraph_scores_a_point() {
        let p = |chars: usize| format!("<p>{}</p>", "x".repeat(chars));
        let html = format!(
            "<body><div id=long>{}</div><div id=several>{}</div></body>",
            p(300),
            p(30).repeat(5)
        );
        assert_eq!(picked_id(&html).as_deref(), Some("several"));
        // With as many paragraphs, the longer ones win.
        let html = format!(
            "<body><div id=short>{}</div><div id=longer>{}</div></body>",
            p(30).repeat(2),
            p(200).repeat(2)
        );
        assert_eq!(picked_id(&html).as_deref(), Some("longer"));
    }

    /// Credit reaches five ancestors of a paragraph, less at each level up: a box four
    /// levels above thirteen separate paragraphs outscores each paragraph's own box, above
    /// six it does not.
    #[test]
    fn credit_fades_over_five_ancestors() {
        let words = "The keeper, the boatman, the cook, the clerk, and the two boys, all of \
                     them, wet, tired, came in at dawn, ate, slept, and rose again.";
        let branch = |id: &str| format!("<x-a id={id}><p>{words}</p></x-a>");
        let html = |n: usize| {
            let chain = |id: &str| format!("<x-d><x-c><x-b>{}</x-b></x-c></x-d>", branch(id));
            let rest: String = (1..n).map(|_| chain("other")).collect();
            format!("<body><div id=deep>{}{rest}</div></body>", chain("first"))
        };
        assert_eq!(picked_id(&html(13)).as_deref(), Some("deep"));
        assert_eq!(picked_id(&html(6)).as_deref(), Some("first"));
    }

    /// `n` paragraphs of clause-rich prose.
    fn prose(n: usize) -> String {
        (0..n)
            .map(|i| {
                format!(
                    "<p>The keeper, the boatman, the cook, the clerk, and the {i} boys, all of \
                     them, wet, tired, came in at dawn, ate, slept, and rose again.</p>"
                )
            })
            .collect()
    }

    /// A sibling holding a fair share of the pick's good text joins it; one with little,
    /// or one named as chrome, does not.
    #[test]
    fn siblings_with_a_fair_share_join_the_pick() {
        let html = format!(
            "<body><x-col><div id=story>{}</div><div id=more>{}</div><div id=less>{}</div>\
             </x-col></body>",
            prose(12),
            prose(3),
            prose(1)
        );
        assert_eq!(root_ids(&html, Mode::Balanced), ["story", "more"]);
        // Named as chrome and too long to be pruned for it, a sibling still stays out.
        let html = format!(
            "<body><x-col><div id=story>{}</div><div id=sidebar>{}</div></x-col></body>",
            prose(12),
            prose(9)
        );
        assert_eq!(root_ids(&html, Mode::Precision), ["story"]);
    }

    /// The pick widens until it holds the mode's share of the good text: in Precision
    /// mode, half is enough.
    #[test]
    fn the_pick_widens_below_its_share_of_good_text() {
        let html = |other: usize| {
            format!(
                "<body><x-col id=col><div id=story>{}</div><div id=other>{}</div></x-col></body>",
                prose(6),
                prose(other)
            )
        };
        assert_eq!(root_ids(&html(6), Mode::Precision), ["story", "other"]);
        assert_eq!(root_ids(&html(5), Mode::Balanced), ["col"]);
    }

    /// Paragraphs under 40 characters, and excerpts beside linked titles, are no evidence
    /// of article text: a box of them next to the story neither widens the pick nor joins
    /// it. Beside a half-linked heading they are ordinary paragraphs.
    #[test]
    fn labels_and_teasers_are_not_good_text() {
        let story = format!("<div id=story>{}</div>", prose(6));
        let labels = "<p>A label of thirty-one letters</p>".repeat(20);
        let html = format!("<body><x-col>{story}<div id=labels>{labels}</div></x-col></body>");
        assert_eq!(root_ids(&html, Mode::Balanced), ["story"]);

        let teaser = |title: &str| {
            format!(
                "<div><h3>{title}</h3><p>An excerpt of the linked story, long enough to read \
                 as a paragraph.</p></div>"
            )
        };
        let linked = teaser("<a href=/a>The linked story</a>").repeat(4);
        let html = format!("<body><x-col>{story}<div id=list>{linked}</div></x-col></body>");
        assert_eq!(root_ids(&html, Mode::Balanced), ["story"]);
        let half = teaser("<a href=/a>Linked</a> halves").repeat(4);
        assert_eq!("Linked".len(), " halves".len() - 1);
        let html = format!("<body><x-col>{story}<div id=list>{half}</div></x-col></body>");
        assert_eq!(root_ids(&html, Mode::Balanced), ["story", "list"]);
    }

    /// A paragraph in an item with a quarter of its text in links is an excerpt of a list,
    /// not article text; just under a quarter it still counts.
    #[test]
    fn paragraphs_in_link_heavy_items_are_not_good_text() {
        let story = format!("<div id=story>{}</div>", prose(6));
        // 60 characters of paragraph, 20 of link: a quarter of the item in links.
        let item = |link: &str| {
            format!(
                "<div><p>{}</p><a href=/more>{link}</a></div>",
                "x".repeat(60)
            )
        };
        let html = |link: &str| {
            format!(
                "<body><x-col>{story}<div id=list>{}</div></x-col></body>",
                item(link).repeat(4)
            )
        };
        assert_eq!(root_ids(&html(&"y".repeat(20)), Mode::Balanced), ["story"]);
        assert_eq!(
            root_ids(&html(&"y".repeat(19)), Mode::Balanced),
            ["story", "list"]
        );
    }

    /// A sibling with 30% of its text in links stays out of the pick, however much good
    /// text it has; just under, it joins.
    #[test]
    fn a_link_heavy_sibling_stays_out() {
        let html = |link: usize| {
            format!(
                "<body><x-col><div id=story>{}</div><div id=more><div>{}</div><div><a \
                 href=/m>{}</a></div></div></x-col></body>",
                prose(12),
                format!("<p>{}</p>", "x".repeat(140)).repeat(3),
                "y".repeat(link)
            )
        };
        assert_eq!(root_ids(&html(180), Mode::Balanced), ["story"]);
        assert_eq!(root_ids(&html(179), Mode::Balanced), ["story", "more"]);
    }

    /// Widget labels inside the content are dropped, the prose around them kept.
    #[test]
    fn widget_labels_in_the_content_are_dropped() {
        let html = format!(
            "<body><div id=story>{}<p>Read more</p><p>12 comments</p></div></body>",
            prose(3)
        );
        let kept = selected_texts(&html, Mode::Balanced);
        assert_eq!(kept.len(), 3, "{kept:?}");
    }

    /// A run of three linked headings titles the entries of a list and stays; the same run
    /// unlinked, or a pair, is leftover labels with nothing under them.
    #[test]
    fn only_linked_heading_rows_title_entries() {
        let html = |run: usize, title: &dyn Fn(usize) -> String| {
            let titles: String = (1..=run)
                .map(|n| format!("<h3>{}</h3>", title(n)))
                .collect();
            format!("<body><div id=story>{}{titles}</div></body>", prose(3))
        };
        let linked = |n| format!("<a href=/s{n}>Story number {n}</a>");
        let kept = selected_texts(&html(3, &linked), Mode::Balanced);
        assert_eq!(kept.len(), 6, "{kept:?}");
        let unlinked = selected_texts(&html(3, &|n| format!("Story number {n}")), Mode::Balanced);
        assert_eq!(unlinked.len(), 3, "{unlinked:?}");
        // Two are not a row.
        let pair = selected_texts(&html(2, &linked), Mode::Balanced);
        assert_eq!(pair.len(), 3, "{pair:?}");
    }

    /// `n` entries of a listing in `open` elements (`<li>`, `<div class=..>`), each with
    /// its own text of `chars` visible characters.
    fn entries(n: usize, open: &str, close: &str, chars: usize) -> String {
        (0..n)
            .map(|i| {
                let name = format!("Entry{i}:");
                format!("{open}{name}{}{close}", "x".repeat(chars - name.len()))
            })
            .collect()
    }

    /// Children of one shape (tag and class) holding at least half their parent's text
    /// are a listing; under half they are not.
    #[test]
    fn a_listing_is_repeated_children_with_half_the_text() {
        let page = |other: usize| {
            format!(
                "<body><ul id=grid>{}<p>{}</p></ul></body>",
                entries(3, "<li>", "</li>", 50),
                "z".repeat(other)
            )
        };
        assert_eq!(listing_id(&page(150)).as_deref(), Some("grid"));
        assert_eq!(listing_id(&page(151)), None);
        // Classed cards the same.
        let cards = format!(
            "<body><div id=grid>{}<p>{}</p></div></body>",
            entries(4, "<div class=card>", "</div>", 50),
            "z".repeat(120)
        );
        assert_eq!(listing_id(&cards).as_deref(), Some("grid"));
    }

    /// Cards that share one class word (shops give each its own id in the class) are a
    /// group too, unless one card holds half the group's text.
    #[test]
    fn cards_sharing_a_class_word_are_a_listing_of_alike_cards() {
        let card = |i: usize, chars: usize| {
            format!(
                "<div class='product post-{i}'>Product {i} {}</div>",
                "x".repeat(chars)
            )
        };
        let page = |big: usize| {
            format!(
                "<body><div id=shop>{}{}{}</div></body>",
                card(1, 60),
                card(2, 60),
                card(3, big)
            )
        };
        assert_eq!(listing_id(&page(60)).as_deref(), Some("shop"));
        // Visible characters (no spaces): 68, 68, and 8 + 128 for the third, half of all.
        assert_eq!(listing_id(&page(128)), None);
        assert_eq!(listing_id(&page(127)).as_deref(), Some("shop"));
    }

    /// A listing must show three different texts: cards with one badge each list nothing.
    #[test]
    fn a_listing_shows_three_different_texts() {
        let page = |n: usize| {
            let items: String = (0..6)
                .map(|i| format!("<li>Badge number {} of the shop</li>", i % n))
                .collect();
            format!("<body><ul id=grid>{items}</ul></body>")
        };
        assert_eq!(listing_id(&page(3)).as_deref(), Some("grid"));
        assert_eq!(listing_id(&page(2)), None);
    }

    /// Of two lists of the same weight the first wins.
    #[test]
    fn the_first_of_two_equal_listings_wins() {
        let html = format!(
            "<body><ul id=first>{}</ul><ul id=second>{}<h4>{}</h4></ul></body>",
            entries(4, "<li>", "</li>", 50),
            entries(4, "<li>", "</li>", 50),
            "Second list"
        );
        assert_eq!(listing_id(&html).as_deref(), Some("first"));
    }

    /// A second copy of a passage goes with the short lines seen before inside it; a new
    /// short line in it stays.
    #[test]
    fn short_lines_new_in_a_copy_stay() {
        let passage: Vec<String> = (0..5).map(sentence).collect();
        let mut page = passage.clone();
        page.insert(2, "Figure 1".to_string());
        let mut copy = passage.clone();
        copy.insert(2, "Figure 1".to_string());
        copy.insert(4, "Figure 2".to_string());
        page.extend(copy);
        let mut expected = page[..6].to_vec();
        expected.push("Figure 2".to_string());
        assert_eq!(kept_texts(&page), expected);
    }

    /// A repeated run is a copy when it is three blocks and 300 characters, or 400
    /// characters however many blocks: two blocks of 350, or three of 285, stay.
    #[test]
    fn a_copy_is_long_in_blocks_and_characters_or_in_characters() {
        let text = |chars: usize, n: usize| {
            let head = format!("Block {n} ");
            format!("{head}{}", "x".repeat(chars - head.len()))
        };
        let shown_twice = |run: Vec<String>| {
            let mut page = run.clone();
            page.push(sentence(9));
            page.extend(run);
            page
        };
        let two = shown_twice(vec![text(175, 1), text(175, 2)]);
        assert_eq!(kept_texts(&two), two);
        let three = shown_twice(vec![text(95, 1), text(95, 2), text(95, 3)]);
        assert_eq!(kept_texts(&three), three);
        let three = shown_twice(vec![text(100, 1), text(100, 2), text(100, 3)]);
        assert_eq!(kept_texts(&three).len(), 4);
        let one = shown_twice(vec![text(400, 1)]);
        assert_eq!(kept_texts(&one).len(), 2);
        let one = shown_twice(vec![text(399, 1)]);
        assert_eq!(kept_texts(&one).len(), 3);
    }
}
