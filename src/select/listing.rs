//! Listings: pages whose content is a list of link-heavy entries (product grids, archives)
//! that paragraph scoring cannot see.

use std::collections::{HashMap, HashSet};

use html5ever::{local_name, LocalName};

use super::filters::drop_title_and_embed_labels;
use super::mark_subtrees;
use super::repeats::drop_repeats;
use super::Selection;
use crate::blocks::Block;
use crate::dom::{Document, NodeId, Pruned};
use crate::features::TextStats;
use crate::page::Page;
use crate::rules::thresholds::ListingThresholds;

/// For pages whose content is a list of link-heavy entries (product grids, archives, charts)
/// that paragraph scoring cannot see: the element whose children repeat one shape (same tag
/// and class, at least three times) and hold most of its text, the largest such list winning.
/// All blocks inside it are kept, links and all.
pub(crate) fn select_listing(
    page: &Page<'_>,
    pruned: &Pruned,
    stats: &TextStats,
    blocks: &[Block],
) -> Option<Listing> {
    let (doc, root) = (page.doc, page.root);
    let t = &page.rules.thresholds.listing;
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
        let holds_most = |repeated: u32| t.items_text.reached(repeated.into(), chars.into());
        let mut repeated =
            largest_repeated_group(doc, pruned, stats, id, Shape::Class, t, &mut groups);
        if !holds_most(repeated) {
            repeated =
                largest_repeated_group(doc, pruned, stats, id, Shape::ClassWord, t, &mut groups);
        }
        if holds_most(repeated) && best.is_none_or(|(_, b)| repeated > b) {
            best = Some((id, repeated));
        }
    }
    let (list, _) = best?;
    let inside = mark_subtrees(doc, &[list]);
    let mut kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| inside[blocks[i].owner.index()])
        .collect();
    drop_title_and_embed_labels(page, stats, blocks, &mut kept, true);
    drop_repeats(blocks, &mut kept, page.rules);
    // Cards whose only text is one badge ("Sold out" under every picture) list nothing.
    let distinct: HashSet<&str> = kept.iter().map(|&i| blocks[i].text.as_str()).collect();
    if distinct.len() < t.distinct_texts {
        return None;
    }
    Some(Listing {
        selection: Selection {
            blocks: kept,
            roots: vec![list],
            thread_blocks: Vec::new(),
        },
        links: count_links(doc, pruned, stats, list),
    })
}

/// A listing and the links in it.
pub(crate) struct Listing {
    /// Every block inside the list.
    pub(crate) selection: Selection,
    /// Links with text inside the list.
    pub(crate) links: u32,
}

/// The links with text under `root`, pruned ones left out.
fn count_links(doc: &Document, pruned: &Pruned, stats: &TextStats, root: NodeId) -> u32 {
    let mut links = 0u32;
    let mut walk = doc.preorder(root);
    while let Some(id) = walk.next() {
        if pruned.is_removed(id) {
            walk.skip_children_of(id);
            continue;
        }
        if doc.element(id).is_some_and(|el| el.is_hyperlink()) && stats.chars[id.index()] > 0 {
            links = links.saturating_add(1);
            walk.skip_children_of(id);
        }
    }
    links
}

impl Listing {
    /// Whether it is a list of links, one a line, that hold most of its text: a menu, an
    /// archive or a category list, not cards (a product's name, material and price in one
    /// link; a title link above a summary).
    pub(crate) fn is_link_list(&self, blocks: &[Block], t: &ListingThresholds) -> bool {
        let lines = self.selection.blocks.len() as u64;
        let (chars, links) = self
            .selection
            .blocks
            .iter()
            .fold((0u64, 0u64), |(c, l), &i| {
                (
                    c + u64::from(blocks[i].chars),
                    l + u64::from(blocks[i].link_chars),
                )
            });
        let anchors = u64::from(self.links);
        t.lines_per_link.reached(anchors, lines)
            && t.lines_per_link.reached(lines, anchors)
            && t.link_list_links.reached(links, chars)
    }
}

/// What makes children of one element the same shape.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// The same tag and the same class attribute.
    Class,
    /// The same tag and one shared class word: shops give every card its own id in the
    /// class ("product post-1234 instock"). The cards must be alike in weight too: no one
    /// of them may hold half the group's text, which keeps out page sections that share a
    /// layout word ("section").
    ClassWord,
}

/// Per (tag, class or class word): children, their characters, the largest child's.
pub(super) type Groups<'a> = HashMap<(&'a LocalName, &'a str), (u32, u32, u32)>;

/// The characters of the largest group of three or more of `id`'s children of one shape.
/// `groups` is scratch space, reused across calls.
pub(super) fn largest_repeated_group<'a>(
    doc: &'a Document,
    pruned: &Pruned,
    stats: &TextStats,
    id: NodeId,
    shape: Shape,
    t: &ListingThresholds,
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
            n >= t.min_items
                && (shape == Shape::Class || !t.card_text.reached(largest.into(), total.into()))
        })
        .map(|&(_, total, _)| total)
        .max()
        .unwrap_or(0)
}
