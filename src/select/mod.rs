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

use crate::blocks::Block;
use crate::dom::{Document, NodeId, Pruned};
use crate::features::TextStats;
use crate::options::Mode;
use crate::page::Page;

use container::{good_text, merge_siblings, pick_container, widen};
use filters::{drop_closing_sections, drop_title_and_orphan_headings, keep_block};
use repeats::drop_repeats;

pub(crate) use container::is_good;
pub(crate) use listing::select_listing;

/// Thresholds that differ between modes.
pub(super) struct Tuning {
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
