//! Turns the selected content into output: plain text from the blocks, Markdown and HTML
//! from the content tree.

pub(crate) mod html;
pub(crate) mod markdown;

use crate::blocks::{Block, BlockKind};

/// Plain text: one paragraph per block, separated by a blank line; consecutive list items
/// and table cells are separated by a single newline so lists and rows stay together.
pub(crate) fn plain_text(blocks: &[Block], selected: &[usize]) -> String {
    let mut out = String::new();
    let mut prev: Option<&Block> = None;
    for &i in selected {
        let Some(block) = blocks.get(i) else { continue };
        if let Some(p) = prev {
            let tight = matches!(
                (p.kind, block.kind),
                (BlockKind::ListItem, BlockKind::ListItem)
                    | (BlockKind::TableCell, BlockKind::TableCell)
            );
            out.push_str(if tight { "\n" } else { "\n\n" });
        }
        out.push_str(&block.text);
        prev = Some(block);
    }
    out
}
