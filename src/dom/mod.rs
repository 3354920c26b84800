//! The arena document: every node lives in one `Vec`, linked by `NodeId` indices.
//!
//! An arena keeps the tree cache-friendly, makes per-node side tables (`Vec<T>` indexed by
//! `NodeId`) trivial, and lets every walk be an explicit loop instead of recursion.

use std::collections::HashMap;
use std::num::NonZeroU32;

use html5ever::tendril::StrTendril;
use html5ever::{local_name, Attribute, LocalName, Namespace, QualName};

mod mask;

pub(crate) use mask::Pruned;

/// Index of a node in [`Document::nodes`], stored plus one so that `Option<NodeId>` takes
/// four bytes: a node's five links then fit in 20 bytes instead of 40, which keeps large
/// trees (hundreds of thousands of nodes) in cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct NodeId(NonZeroU32);

impl NodeId {
    /// The id of the node at `index` (`None` past `u32::MAX - 1` nodes).
    #[inline]
    fn from_index(index: usize) -> Option<NodeId> {
        u32::try_from(index)
            .ok()
            .and_then(|i| i.checked_add(1))
            .and_then(NonZeroU32::new)
            .map(NodeId)
    }

    /// The position of this node in the arena and in every side table.
    #[inline]
    pub(crate) fn index(self) -> usize {
        (self.0.get() - 1) as usize
    }
}

/// An element's namespace and local name. The prefix of a `QualName` is dropped: nothing
/// downstream reads it, and two atoms instead of three keep every node smaller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ElementName {
    pub(crate) ns: Namespace,
    pub(crate) local: LocalName,
}

impl From<QualName> for ElementName {
    fn from(name: QualName) -> Self {
        Self {
            ns: name.ns,
            local: name.local,
        }
    }
}

/// An element's name and attributes.
///
/// Kept small on purpose (node data is 40 bytes): on large pages, passes over the arena are
/// bound by memory traffic, not instructions, and a page of a million `<br>` must fit the
/// memory budget. What few elements need (a `<template>`'s contents) lives in a side table.
#[derive(Debug)]
pub(crate) struct Element {
    pub(crate) name: ElementName,
    /// A boxed slice: attributes are almost never added after parsing.
    pub(crate) attrs: Box<[Attribute]>,
}

impl Element {
    /// Whether this is a hyperlink: an `<a>` with an `href`. A named anchor (`<a name=top>`)
    /// links nowhere, and one left open wraps every paragraph after it in copies that the
    /// parser's formatting repair makes.
    #[inline]
    pub(crate) fn is_hyperlink(&self) -> bool {
        self.name.local == local_name!("a")
            && (self.attr_named(&local_name!("href")).is_some()
                || self.attr_named(&local_name!("name")).is_none())
    }

    /// The value of the attribute `name` (no namespace), if present: an atom comparison per
    /// attribute, for names known at compile time (`local_name!("rel")`).
    #[inline]
    pub(crate) fn attr_named(&self, name: &LocalName) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name.local == *name && a.name.ns.is_empty())
            .map(|a| &*a.value)
    }

    /// The value of the attribute `name` (no namespace), if present.
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name.ns.is_empty() && &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// A size attribute (`width`, `height`) in pixels, written as `40` or `40px`.
    pub(crate) fn pixels(&self, name: &str) -> Option<u32> {
        self.attr(name)
            .and_then(|v| v.trim().trim_end_matches("px").parse().ok())
    }
}

/// `<!DOCTYPE name "public" "system">`.
#[derive(Debug)]
pub(crate) struct Doctype {
    pub(crate) name: StrTendril,
    pub(crate) public_id: StrTendril,
    pub(crate) system_id: StrTendril,
}

/// What a node is.
#[derive(Debug)]
pub(crate) enum NodeData {
    Document,
    /// Template contents and other fragments not attached to the document.
    Fragment,
    /// `<!DOCTYPE name "public" "system">`.
    /// Boxed: one per document, and inline it would make every node larger.
    Doctype(Box<Doctype>),
    Element(Element),
    Text(StrTendril),
    Comment(StrTendril),
    ProcessingInstruction,
}

/// One node's place in the tree.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Node {
    pub(crate) parent: Option<NodeId>,
    pub(crate) first_child: Option<NodeId>,
    pub(crate) last_child: Option<NodeId>,
    pub(crate) prev_sibling: Option<NodeId>,
    pub(crate) next_sibling: Option<NodeId>,
    /// Depth below the document node when the node was attached (the document is 0).
    pub(crate) depth: u32,
}

/// A parsed HTML document.
///
/// Links and node data live in two parallel vectors: most passes walk the tree and look at
/// only a few nodes' data, so a walk streams 24 bytes a node instead of 64. On pages whose
/// arena outgrows the caches, walks are bound by memory traffic.
#[derive(Debug)]
pub(crate) struct Document {
    pub(crate) nodes: Vec<Node>,
    pub(crate) data: Vec<NodeData>,
    /// Each `<template>` element's contents: a detached fragment, as the HTML standard says.
    pub(crate) template_contents: HashMap<NodeId, NodeId>,
}

/// The document node is always the first node in the arena.
pub(crate) const DOCUMENT: NodeId = NodeId(NonZeroU32::MIN);

impl Document {
    pub(crate) fn new() -> Self {
        Self::with_capacity(1024)
    }

    /// An empty document with room for `capacity` nodes.
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        let mut doc = Document {
            nodes: Vec::with_capacity(capacity.max(16)),
            data: Vec::with_capacity(capacity.max(16)),
            template_contents: HashMap::new(),
        };
        doc.push(NodeData::Document);
        doc
    }

    pub(crate) fn push(&mut self, data: NodeData) -> NodeId {
        // Parsing stops at `parse::MAX_ARENA_NODES`, far below the id space; the saturating
        // id below is never reached.
        let id = NodeId::from_index(self.nodes.len()).unwrap_or(NodeId(NonZeroU32::MAX));
        self.nodes.push(Node::default());
        self.data.push(data);
        id
    }

    /// The links of `id`.
    #[inline]
    pub(crate) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// What `id` is.
    #[inline]
    pub(crate) fn data(&self, id: NodeId) -> &NodeData {
        &self.data[id.index()]
    }

    #[inline]
    pub(crate) fn data_mut(&mut self, id: NodeId) -> &mut NodeData {
        &mut self.data[id.index()]
    }

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The element data of `id`, if it is an element.
    #[inline]
    pub(crate) fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.data[id.index()] {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The local name of `id` if it is an HTML element.
    #[inline]
    pub(crate) fn tag(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id).map(|e| &e.name.local)
    }

    /// Iterates over the children of `id`, in order.
    pub(crate) fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            doc: self,
            next: self.node(id).first_child,
        }
    }

    /// Detaches `id` from its parent; its subtree moves with it.
    pub(crate) fn detach(&mut self, id: NodeId) {
        let (parent, prev, next) = {
            let n = &self.nodes[id.index()];
            (n.parent, n.prev_sibling, n.next_sibling)
        };
        if let Some(p) = prev {
            self.nodes[p.index()].next_sibling = next;
        } else if let Some(par) = parent {
            self.nodes[par.index()].first_child = next;
        }
        if let Some(n) = next {
            self.nodes[n.index()].prev_sibling = prev;
        } else if let Some(par) = parent {
            self.nodes[par.index()].last_child = prev;
        }
        let n = &mut self.nodes[id.index()];
        n.parent = None;
        n.prev_sibling = None;
        n.next_sibling = None;
    }

    /// Appends the detached node `child` as the last child of `parent`.
    pub(crate) fn append(&mut self, parent: NodeId, child: NodeId) {
        let last = self.nodes[parent.index()].last_child;
        let depth = self.nodes[parent.index()].depth + 1;
        {
            let c = &mut self.nodes[child.index()];
            c.parent = Some(parent);
            c.prev_sibling = last;
            c.next_sibling = None;
            c.depth = depth;
        }
        match last {
            Some(l) => self.nodes[l.index()].next_sibling = Some(child),
            None => self.nodes[parent.index()].first_child = Some(child),
        }
        self.nodes[parent.index()].last_child = Some(child);
    }

    /// Inserts the detached node `child` just before `sibling`, under the sibling's parent.
    pub(crate) fn insert_before(&mut self, sibling: NodeId, child: NodeId) {
        let Some(parent) = self.nodes[sibling.index()].parent else {
            return;
        };
        let prev = self.nodes[sibling.index()].prev_sibling;
        let depth = self.nodes[parent.index()].depth + 1;
        {
            let c = &mut self.nodes[child.index()];
            c.parent = Some(parent);
            c.prev_sibling = prev;
            c.next_sibling = Some(sibling);
            c.depth = depth;
        }
        self.nodes[sibling.index()].prev_sibling = Some(child);
        match prev {
            Some(p) => self.nodes[p.index()].next_sibling = Some(child),
            None => self.nodes[parent.index()].first_child = Some(child),
        }
    }

    /// The nodes under `root` (itself included) in document order, without recursion.
    pub(crate) fn preorder(&self, root: NodeId) -> Preorder<'_> {
        Preorder {
            doc: self,
            root,
            next: Some(root),
        }
    }

    /// `id` and then its ancestors, nearest first, up to the document.
    pub(crate) fn self_and_ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(id), |&n| self.node(n).parent)
    }

    /// Whether `outer` is `inner` or one of its ancestors.
    pub(crate) fn holds(&self, outer: NodeId, inner: NodeId) -> bool {
        self.self_and_ancestors(inner).any(|a| a == outer)
    }

    /// Whether an ancestor of `id` (not `id` itself) is an element named `name`.
    pub(crate) fn has_ancestor_tag(&self, id: NodeId, name: &LocalName) -> bool {
        self.self_and_ancestors(id)
            .skip(1)
            .any(|a| self.tag(a) == Some(name))
    }
}

/// Iterator over a node's children.
pub(crate) struct Children<'a> {
    doc: &'a Document,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = self.doc.node(cur).next_sibling;
        Some(cur)
    }
}

/// Document-order walk over a subtree, following sibling and parent links (no stack at all).
pub(crate) struct Preorder<'a> {
    doc: &'a Document,
    root: NodeId,
    next: Option<NodeId>,
}

impl Preorder<'_> {
    /// Do not descend into the children of the node returned last.
    pub(crate) fn skip_children_of(&mut self, id: NodeId) {
        if self.next.is_some() && self.doc.node(id).first_child == self.next {
            self.next = self.after_subtree(id);
        }
    }

    fn after_subtree(&self, mut id: NodeId) -> Option<NodeId> {
        loop {
            if id == self.root {
                return None;
            }
            let n = self.doc.node(id);
            if let Some(s) = n.next_sibling {
                return Some(s);
            }
            id = n.parent?;
        }
    }
}

impl Iterator for Preorder<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        self.next = match self.doc.node(cur).first_child {
            Some(c) => Some(c),
            None => self.after_subtree(cur),
        };
        Some(cur)
    }
}

/// One step of a document-order walk that reports both entering and leaving an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edge {
    Open(NodeId),
    Close(NodeId),
}

/// Walks a subtree emitting [`Edge`]s, following links only (no stack, no recursion).
pub(crate) struct Traverse<'a> {
    doc: &'a Document,
    root: NodeId,
    next: Option<Edge>,
}

impl Document {
    /// Open/close events over the subtree of `root`, `root` included.
    pub(crate) fn traverse(&self, root: NodeId) -> Traverse<'_> {
        Traverse {
            doc: self,
            root,
            next: Some(Edge::Open(root)),
        }
    }
}

impl Traverse<'_> {
    /// After `Open(id)` was returned: go straight to `Close(id)`, skipping its children.
    pub(crate) fn skip_children(&mut self, id: NodeId) {
        if matches!(self.next, Some(Edge::Open(_))) {
            self.next = Some(Edge::Close(id));
        }
    }
}

impl Iterator for Traverse<'_> {
    type Item = Edge;
    fn next(&mut self) -> Option<Edge> {
        let edge = self.next?;
        self.next = match edge {
            Edge::Open(id) => match self.doc.node(id).first_child {
                Some(c) => Some(Edge::Open(c)),
                None => Some(Edge::Close(id)),
            },
            Edge::Close(id) if id == self.root => None,
            Edge::Close(id) => {
                let n = self.doc.node(id);
                match (n.next_sibling, n.parent) {
                    (Some(s), _) => Some(Edge::Open(s)),
                    (None, Some(p)) => Some(Edge::Close(p)),
                    (None, None) => None,
                }
            }
        };
        Some(edge)
    }
}

/// Whether an element inside `<pre>` is one line of highlighted code (`<span class="line">`,
/// `code-line`, `token-line`): highlighters show each such element on a line of its own
/// with CSS, and minified pages write no newline between them.
pub(crate) fn is_code_line(el: &Element) -> bool {
    el.attr("class").is_some_and(|class| {
        class
            .split_ascii_whitespace()
            .any(|token| token == "line" || token.ends_with("-line") || token.ends_with("_line"))
    })
}

/// The level of a heading element (`h1` is 1), or `None`.
pub(crate) fn heading_level(tag: &LocalName) -> Option<u8> {
    Some(match *tag {
        local_name!("h1") => 1,
        local_name!("h2") => 2,
        local_name!("h3") => 3,
        local_name!("h4") => 4,
        local_name!("h5") => 5,
        local_name!("h6") => 6,
        _ => return None,
    })
}

/// Elements that break the flow of text into separate blocks.
pub(crate) fn is_block_level(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("body")
            | local_name!("caption")
            | local_name!("center")
            | local_name!("dd")
            | local_name!("details")
            | local_name!("dialog")
            | local_name!("dir")
            | local_name!("div")
            | local_name!("dl")
            | local_name!("dt")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("hr")
            | local_name!("html")
            | local_name!("legend")
            | local_name!("li")
            | local_name!("main")
            | local_name!("nav")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("pre")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("tbody")
            | local_name!("td")
            | local_name!("tfoot")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("tr")
            | local_name!("ul")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whole-arena walks on big pages are bound by memory traffic; links or node data
    /// growing should be a deliberate decision, not an accident.
    #[test]
    fn nodes_stay_small() {
        assert_eq!(std::mem::size_of::<Node>(), 24);
        let data = std::mem::size_of::<NodeData>();
        assert!(data <= 40, "NodeData is {data} bytes");
    }
}
