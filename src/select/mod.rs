//! Chooses the main content: scores containers by the paragraphs under them (text length and
//! commas, discounted by link density), widens the pick when it covers too little of the
//! page's good text, merges sibling containers that belong to the article, then keeps the
//! blocks inside that read as content.

mod container;
mod filters;
mod listing;
mod repeats;
#[cfg(test)]
mod tests;

use crate::blocks::{Block, BlockKind};
use crate::dom::{Document, NodeId, Pruned};
use crate::features::TextStats;
use crate::page::Page;
use crate::rules::RuleId;

use container::{good_text, headline, merge_siblings, pick_container, widen};
use filters::{
    announces_list, drop_closing_sections, drop_title_and_embed_labels, is_button_count,
    keeps_announced_item, Sections,
};
use repeats::drop_repeats;

pub(crate) use container::is_good;
pub(crate) use filters::{heads_closing_section, keep_block};
pub(crate) use listing::select_listing;

/// The selected content: the indices of the kept blocks, in document order.
pub(crate) struct Selection {
    pub(crate) blocks: Vec<usize>,
    /// The containers the blocks were taken from: siblings, plus at most a listing outside
    /// them (see `extractor::listing_over_intro`), so none holds another.
    pub(crate) roots: Vec<NodeId>,
    /// Blocks of a comment thread found under its heading, left out of `blocks`: the
    /// thread's text for [`crate::Article::comments`].
    pub(crate) thread_blocks: Vec<usize>,
}

/// Picks the content blocks of the page whose body is `root`.
pub(crate) fn select(
    page: &Page<'_>,
    pruned: &Pruned,
    stats: &TextStats,
    blocks: &[Block],
) -> Selection {
    let (doc, root, rules) = (page.doc, page.root, page.rules);
    let headline = headline(page, blocks);
    let top = pick_container(page, stats, blocks, headline);
    let good = good_text(page, top, pruned, stats, blocks);
    let top = if rules.on(RuleId::Widening) {
        let headline = headline.map(|h| h.owner);
        widen(doc, root, &good, top, headline, &rules.thresholds.container)
    } else {
        top
    };
    let roots = if rules.on(RuleId::SiblingMerge) {
        merge_siblings(page, top, stats, &good, headline.map(|h| h.owner))
    } else {
        vec![top]
    };
    let inside = mark_subtrees(doc, &roots);
    let mut kept: Vec<usize> = Vec::new();
    let mut announced = false;
    for (i, block) in blocks.iter().enumerate() {
        if !inside[block.owner.index()] {
            continue;
        }
        let item = block.kind == BlockKind::ListItem;
        if rules.on(RuleId::WidgetLabels) && is_button_count(doc, block) {
            continue;
        }
        if keep_block(block, rules) || (item && announced && keeps_announced_item(block, rules)) {
            kept.push(i);
            if !item {
                announced = announces_list(&block.text);
            }
        }
    }
    drop_title_and_embed_labels(page, stats, blocks, &mut kept, false);
    drop_repeats(blocks, &mut kept, rules);
    let sections = Sections {
        closing: rules.on(RuleId::ClosingSections),
        threads: rules.on(RuleId::ThreadHeadings) && !page.is_discussion(),
    };
    let thread_blocks =
        drop_closing_sections(doc, blocks, &mut kept, &rules.thresholds.blocks, sections);
    Selection {
        blocks: kept,
        roots,
        thread_blocks,
    }
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
