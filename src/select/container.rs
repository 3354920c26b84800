//! Picks the container of the main content: every paragraph credits its ancestors
//! (Readability's idea), the best-scored one, discounted by link density, wins; the pick
//! widens when it holds too little of the page's good text, and sibling parts join it.

use html5ever::local_name;

use crate::blocks::{Block, BlockKind};
use crate::dom::{Document, Edge, NodeId, Pruned};
use crate::features::TextStats;
use crate::page::Page;
use crate::rules::thresholds::ContainerThresholds;
use crate::rules::RuleId;
use std::collections::HashSet;

use super::filters::{closes_article, normalized};
use crate::rules::vocabulary::{words, TITLE_SEPARATORS};

/// A block long enough, and link-free enough, to count as evidence of content.
pub(crate) fn is_good(block: &Block, t: &ContainerThresholds) -> bool {
    !matches!(block.kind, BlockKind::Heading(_))
        && block.chars >= t.good_chars
        && block.link_density() < t.good_link_density
}

/// Starting score of a container from its tag and its class/id words.
pub(super) fn base_score(page: &Page<'_>, id: NodeId) -> f64 {
    let Some(el) = page.doc.element(id) else {
        return 0.0;
    };
    let (rules, t) = (page.rules, &page.rules.thresholds.container);
    let tag_score = match el.name.local {
        _ if !rules.on(RuleId::TagWeights) => 0.0,
        local_name!("article") | local_name!("main") => t.frame_tag_weight,
        local_name!("div") | local_name!("section") => t.section_tag_weight,
        local_name!("pre") | local_name!("td") | local_name!("blockquote") => t.cell_tag_weight,
        local_name!("ol")
        | local_name!("ul")
        | local_name!("dl")
        | local_name!("li")
        | local_name!("form") => t.list_tag_weight,
        local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("th") => t.heading_tag_weight,
        _ => 0.0,
    };
    let signal = &page.signals[id.index()];
    let class_score = if !rules.on(RuleId::NameWeights) {
        0.0
    } else if signal.is_chrome(page.is_discussion()) {
        -t.name_weight
    } else if signal.content {
        t.name_weight
    } else {
        0.0
    };
    tag_score + class_score
}

/// The headline, the first heading block that repeats the page's title, when the rule that
/// reads it is on: it anchors the pick ([`pick_container`]) and its widening ([`widen`]).
/// When no heading repeats the whole title, the first that repeats its longest side at a
/// separator does: a title that carries the site's name ("Harbour Log: Tide tables for
/// March", "Tide tables | Columns | Harbour Log") heads its post with the headline alone.
/// Failing that, the first heading that goes on where the whole title stops does.
pub(super) fn headline<'b>(page: &Page<'_>, blocks: &'b [Block]) -> Option<&'b Block> {
    let title = normalized(
        page.title
            .filter(|_| page.rules.on(RuleId::HeadlineBoxes))?,
    );
    // Each heading's text as the title is compared with, read once.
    let headings: Vec<(&Block, String)> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Heading(_)))
        .map(|b| (b, normalized(&b.text)))
        .collect();
    let find = |matches: &dyn Fn(&str) -> bool| {
        headings
            .iter()
            .find(|(_, text)| matches(text))
            .map(|&(b, _)| b)
    };
    if let Some(exact) = find(&|text| text == title) {
        return Some(exact);
    }
    let sides: Vec<&str> = words(TITLE_SEPARATORS)
        .chain([": "])
        .filter_map(|separator| {
            title
                .split(separator)
                .map(str::trim)
                .reduce(|longest, side| longer(longest, side))
        })
        .collect();
    find(&|text| sides.contains(&text)).or_else(|| {
        // A heading the title shortens ("Another attack in Iran" over "Another attack in
        // Iran — this time with music"), when the title is long enough to say something.
        (title.chars().count() >= page.rules.thresholds.container.shortened_title_chars)
            .then(|| {
                find(&|text| {
                    text.strip_prefix(title.as_str())
                        .is_some_and(|rest| rest.starts_with([' ', ':', ',']))
                })
            })
            .flatten()
    })
}

/// The longer of two texts by characters, the first on a tie.
fn longer<'t>(a: &'t str, b: &'t str) -> &'t str {
    if b.chars().count() > a.chars().count() {
        b
    } else {
        a
    }
}

/// The headline's box: the nearest box around the headline that a paragraph credited (so
/// one holding text, not the `<header>` around the heading alone), below the page's root.
/// A page names its article there.
fn headline_box(
    page: &Page<'_>,
    headline: &Block,
    scored: impl Fn(NodeId) -> bool,
) -> Option<NodeId> {
    page.doc
        .self_and_ancestors(headline.owner)
        .skip(1)
        .take_while(|&b| b != page.root)
        .find(|&b| scored(b))
}

/// Readability-style scoring: every paragraph gives points to its ancestors with decay.
/// The headline's box ([`headline_box`]) then competes with the best with an `<article>`'s
/// weight added, unless the best is inside it and holds most of its text: so a sidebar or
/// a related box beside a short article under its headline loses to the article. A best
/// inside a chrome-named box that leaves the headline out loses to it outright.
pub(super) fn pick_container(
    page: &Page<'_>,
    stats: &TextStats,
    blocks: &[Block],
    headline: Option<&Block>,
) -> NodeId {
    let (doc, root) = (page.doc, page.root);
    let t = &page.rules.thresholds.container;
    let mut score: Vec<f64> = vec![f64::NAN; doc.len()];
    let mut touched: Vec<NodeId> = Vec::new();
    for block in blocks {
        if block.chars < t.scoring_chars || matches!(block.kind, BlockKind::Heading(_)) {
            continue;
        }
        let length_points = (f64::from(block.chars) / t.chars_per_point).min(t.max_length_points);
        let points = 1.0 + f64::from(block.commas) + length_points;
        // Text directly in a container counts for the container itself.
        let mut cur = if matches!(block.kind, BlockKind::Other) {
            Some(block.owner)
        } else {
            doc.node(block.owner).parent
        };
        let mut level = 0;
        while let Some(id) = cur {
            if level > t.credited_levels {
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
    let weighed =
        |id: NodeId, bonus: f64| (score[id.index()] + bonus) * (1.0 - stats.link_density(id));
    let mut best = root;
    let mut best_score = f64::MIN;
    for id in touched {
        let s = weighed(id, 0.0);
        if s > best_score {
            best_score = s;
            best = id;
        }
    }
    let headline = headline.and_then(|h| headline_box(page, h, |b| !score[b.index()].is_nan()));
    if let Some(headline) = headline {
        let body_of_it = doc.holds(headline, best)
            && t.headline_box_text_share.reached(
                stats.chars[best.index()].into(),
                stats.chars[headline.index()].into(),
            );
        // A best box inside one the page names as chrome (a sidebar kept as a wrapper for
        // its share of the page's text) that leaves the headline out is beside the
        // article: the headline's box wins whatever the scores. The boxes that leave the
        // headline out are those below the nearest box holding both, read in one climb.
        let around_headline: HashSet<NodeId> = doc.self_and_ancestors(headline).collect();
        let beside = doc
            .self_and_ancestors(best)
            .take_while(|a| !around_headline.contains(a))
            .any(|a| page.signals[a.index()].is_chrome(page.is_discussion()));
        if !body_of_it && (beside || weighed(headline, t.headline_box_weight) > best_score) {
            best = headline;
        }
    }
    best
}

/// Characters of good text under every node (pruned subtrees count as empty).
pub(super) fn good_text(
    page: &Page<'_>,
    top: NodeId,
    pruned: &Pruned,
    stats: &TextStats,
    blocks: &[Block],
) -> Vec<u64> {
    let (doc, root) = (page.doc, page.root);
    let t = &page.rules.thresholds.container;
    let teasers = page.rules.on(RuleId::TeaserBoxes);
    let mut good = vec![0u64; doc.len()];
    // A paragraph inside a link-heavy item, or sharing its box with a linked heading (a
    // teaser: linked title, date, excerpt), is not evidence of article text, however clean
    // the paragraph itself is. A teaser's `<header>` (kicker, linked title, byline) makes its
    // parent the box.
    let mut teaser_box = vec![false; doc.len()];
    for block in blocks {
        if matches!(block.kind, BlockKind::Heading(_))
            && block.link_density() > t.teaser_heading_link_density
        {
            let heading_box = doc.node(block.owner).parent;
            let header_box = heading_box
                .filter(|&p| doc.tag(p) == Some(&local_name!("header")))
                .and_then(|header| doc.node(header).parent);
            for b in heading_box.into_iter().chain(header_box) {
                teaser_box[b.index()] = true;
            }
        }
    }
    // Blocks directly under each element. An excerpt may sit one element below its box
    // (`<div class=excerpt><p>`): alone there, and short; a post's body under its linked
    // title holds more blocks, or a longer one.
    let mut blocks_under = vec![0u32; doc.len()];
    for block in blocks {
        if let Some(p) = doc.node(block.owner).parent {
            blocks_under[p.index()] += 1;
        }
    }
    let in_teaser = |b: &Block, p: NodeId| {
        teaser_box[p.index()]
            || (blocks_under[p.index()] == 1
                && b.chars <= t.excerpt_chars
                && doc.node(p).parent.is_some_and(|g| teaser_box[g.index()]))
    };
    let in_clean_item = |b: &Block| {
        doc.node(b.owner)
            .parent
            .is_none_or(|p| !in_teaser(b, p) && stats.link_density(p) < t.item_link_density)
    };
    // When the pick is itself a teaser (an index or category page), teasers are the content
    // and all good paragraphs count.
    let teaser_page = std::iter::successors(Some(top), |&n| doc.node(n).parent)
        .take(2)
        .any(|n| teaser_box[n.index()]);
    for block in blocks
        .iter()
        .filter(|b| is_good(b, t) && (!teasers || teaser_page || in_clean_item(b)))
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

/// Climbs from `top` towards `root` until the pick holds `min_coverage` of the good text,
/// or, once it holds the headline, `headline_coverage` of it: the box that opens with the
/// article's headline is the article, and the rest of the page's prose lies beside it.
pub(super) fn widen(
    doc: &Document,
    root: NodeId,
    good: &[u64],
    top: NodeId,
    headline: Option<NodeId>,
    t: &ContainerThresholds,
) -> NodeId {
    let total = good[root.index()] as f64;
    // The headline's ancestors, asked at each step of the climb.
    let around_headline: HashSet<NodeId> = headline
        .map(|h| doc.self_and_ancestors(h).collect())
        .unwrap_or_default();
    let covered = |node: NodeId| {
        let chars = good[node.index()] as f64;
        chars >= t.min_coverage * total
            || (chars >= t.headline_coverage * total && around_headline.contains(&node))
    };
    let mut top = top;
    while top != root && !covered(top) {
        match doc.node(top).parent {
            Some(p) => top = p,
            None => break,
        }
    }
    top
}

/// Nodes of a box read for a date: a dateline is a line of a few elements.
const DATELINE_SCAN: usize = 32;

/// Whether a box's opening text names a date (a dateline or a byline with its date).
fn is_dateline(doc: &Document, id: NodeId) -> bool {
    crate::metadata::dates::parse_date(&opening_text(doc, id, DATELINE_SCAN)).is_some()
}

/// The text of the first `nodes` nodes of `id`'s subtree, each text node followed by a
/// space: a box's opening words, read at a bounded cost.
fn opening_text(doc: &Document, id: NodeId, nodes: usize) -> String {
    let mut text = String::new();
    for node in doc.preorder(id).take(nodes) {
        if let crate::dom::NodeData::Text(t) = doc.data(node) {
            text.push_str(t);
            text.push(' ');
        }
    }
    text
}

/// Nodes of a heading read for its text: a heading's words come first.
const HEADING_SCAN: usize = 64;

/// Whether `id` is a heading element whose text closes the article ([`closes_article`]).
fn is_closing_heading(doc: &Document, id: NodeId, rules: &crate::rules::Rules) -> bool {
    if doc.tag(id).and_then(crate::dom::heading_level).is_none() {
        return false;
    }
    let text = opening_text(doc, id, HEADING_SCAN);
    closes_article(
        &text.split_whitespace().collect::<Vec<_>>().join(" "),
        &rules.thresholds.blocks,
    )
}

/// The article's lead written as siblings of its body, one box a paragraph (the first
/// paragraphs before a "read all" box): the run of good, unnamed siblings right before the
/// pick, back to the headline's box, read as one. Siblings without good text (an ad, a
/// promo's links) are passed over; a chrome-named or link-heavy one ends the run. The run
/// joins the pick when together its good text is the share one sibling would need.
fn lead_run(
    page: &Page<'_>,
    top: NodeId,
    stats: &TextStats,
    good: &[u64],
    headline_sibling: Option<NodeId>,
    threshold: f64,
) -> Vec<NodeId> {
    let (doc, t) = (page.doc, &page.rules.thresholds.container);
    let mut run = Vec::new();
    let mut total = 0u64;
    let mut sibling = doc.node(top).prev_sibling;
    while let Some(s) = sibling {
        sibling = doc.node(s).prev_sibling;
        if Some(s) == headline_sibling {
            break;
        }
        if doc.element(s).is_none() || good[s.index()] == 0 {
            continue;
        }
        if page.signals[s.index()].is_chrome(page.is_discussion())
            || stats.link_density(s) >= t.sibling_link_density
        {
            break;
        }
        total += good[s.index()];
        run.push(s);
    }
    if (total as f64) < threshold {
        run.clear();
    }
    run
}

/// The pick plus the siblings that hold a fair share of good text with few links (the
/// lead's paragraphs right before the pick together, see [`lead_run`]); the sibling that
/// holds the headline needs only `sibling_chars` of it, one between the headline and the
/// pick (a standfirst) any good text at all, and none after a
/// heading that closes the article joins.
pub(super) fn merge_siblings(
    page: &Page<'_>,
    top: NodeId,
    stats: &TextStats,
    good: &[u64],
    headline: Option<NodeId>,
) -> Vec<NodeId> {
    let (doc, root) = (page.doc, page.root);
    let t = &page.rules.thresholds.container;
    let Some(parent) = doc.node(top).parent.filter(|_| top != root) else {
        return vec![top];
    };
    let threshold = (good[top.index()] as f64 * t.sibling_share).max(t.sibling_chars);
    // The child of `parent` that holds the headline, if one does.
    let headline_sibling = headline.and_then(|h| {
        doc.self_and_ancestors(h)
            .find(|&a| doc.node(a).parent == Some(parent))
    });
    // A set: the run may be every sibling, and each child is asked once.
    let lead: HashSet<NodeId> = lead_run(page, top, stats, good, headline_sibling, threshold)
        .into_iter()
        .collect();
    // Parts after a heading that closes the article (a comment thread's count, "Related
    // posts") are not its parts.
    let mut past_top = false;
    let mut closed = false;
    let mut past_headline = false;
    doc.children(parent)
        .filter(|&c| {
            if c == top {
                past_top = true;
                return true;
            }
            if lead.contains(&c) {
                return true;
            }
            closed = closed || (past_top && is_closing_heading(doc, c, page.rules));
            if closed || doc.element(c).is_none() {
                return false;
            }
            // The sibling holding the headline is the article's own box: it joins with any
            // fair amount of good text, not only a share of the pick's; a box between it
            // and the pick (a standfirst under the headline) joins with any.
            // A dateline there ("Published 21 November 2023 by ...") is no standfirst.
            let between = past_headline && !past_top && !is_dateline(doc, c);
            past_headline |= headline_sibling == Some(c);
            let needed = if headline_sibling == Some(c) {
                t.sibling_chars
            } else if between {
                1.0
            } else {
                threshold
            };
            !page.signals[c.index()].is_chrome(page.is_discussion())
                && good[c.index()] as f64 >= needed
                && stats.link_density(c) < t.sibling_link_density
        })
        .collect()
}
