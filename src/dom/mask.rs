//! The kept-node mask: which subtrees pruning removed, and walks over what it kept.
//!
//! Pruning only sets flags in this side table; the tree itself is left intact so that
//! metadata can still read the whole page. Walkers skip the subtree of a flagged node.

use super::{Document, Edge, NodeId, Traverse};

/// Per-node "removed" flags, set on the root of every pruned subtree.
#[derive(Clone)]
pub(crate) struct Pruned {
    pub(crate) removed: Vec<bool>,
}

impl Pruned {
    #[inline]
    pub(crate) fn is_removed(&self, id: NodeId) -> bool {
        self.removed[id.index()]
    }

    /// Open and close edges of the nodes under `root` that pruning kept, in document
    /// order; removed subtrees are skipped whole.
    pub(crate) fn traverse<'a>(&'a self, doc: &'a Document, root: NodeId) -> KeptEdges<'a> {
        KeptEdges {
            walk: doc.traverse(root),
            pruned: self,
        }
    }
}

/// The iterator of [`Pruned::traverse`].
pub(crate) struct KeptEdges<'a> {
    walk: Traverse<'a>,
    pruned: &'a Pruned,
}

impl Iterator for KeptEdges<'_> {
    type Item = Edge;

    fn next(&mut self) -> Option<Edge> {
        loop {
            match self.walk.next()? {
                Edge::Open(id) if self.pruned.is_removed(id) => self.walk.skip_children(id),
                Edge::Close(id) if self.pruned.is_removed(id) => {}
                edge => return Some(edge),
            }
        }
    }
}
