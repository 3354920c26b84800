//! The selected content as a small tree of the structures the renderers know: headings,
//! paragraphs, lists, tables, code, quotes, figures, emphasis, links and images.
//!
//! It is built once per page from the DOM and the selection (only the text of kept blocks,
//! and the elements around it), so that Markdown and HTML can be rendered on demand without
//! keeping the page.

use std::collections::{HashMap, HashSet};

use html5ever::local_name;
use url::Url;

use crate::blocks::{starts_word, Block};
use crate::dom::{
    heading_level, is_block_level, is_code_line, Document, Edge, Element, NodeData, NodeId, Pruned,
};
use crate::math::Math;
use crate::rules::vocabulary::{contains, words, CHROME_NAMES, COMPOUND_PARTS, SPACER_IMAGES};

/// What a content node is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Root,
    /// `h1`..`h6`.
    Heading(u8),
    Paragraph,
    List {
        ordered: bool,
    },
    ListItem,
    Table,
    Row,
    Cell {
        header: bool,
    },
    /// A table caption.
    Caption,
    /// Preformatted text (code), with the language named by a `language-x` class.
    Preformatted {
        language: Option<Box<str>>,
    },
    Quote,
    Figure,
    FigureCaption,
    Emphasis,
    Strong,
    Code,
    Link {
        href: Box<str>,
    },
    /// Boxed: images are rare, and every other kind fits in 24 bytes, keeping the tree small.
    Image(Box<Image>),
    /// A formula, read whole from its `<math>` element (boxed like images).
    Math(Box<Math>),
    LineBreak,
    /// Text: a range of [`Content::text`].
    Text {
        start: u32,
        end: u32,
    },
}

impl Kind {
    /// Kinds whose children are inline content only (text, emphasis, links, images).
    fn holds_inline(&self) -> bool {
        matches!(
            self,
            Kind::Heading(_)
                | Kind::Paragraph
                | Kind::Cell { .. }
                | Kind::Caption
                | Kind::Preformatted { .. }
                | Kind::FigureCaption
                | Kind::Emphasis
                | Kind::Strong
                | Kind::Code
                | Kind::Link { .. }
        )
    }
}

/// An image's absolute address and its alternative text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Image {
    pub(crate) src: String,
    pub(crate) alt: String,
}

/// One node of the content tree, linked to its first and last child and next sibling
/// (0 for none: the root is never a child).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ContentNode {
    pub(crate) kind: Kind,
    first_child: u32,
    last_child: u32,
    next_sibling: u32,
}

/// The content tree; node 0 is the root. All text lives in one buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Content {
    nodes: Vec<ContentNode>,
    text: String,
}

/// A step of a depth-first walk over the content tree.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Step<'a> {
    Enter(&'a Kind),
    Leave(&'a Kind),
    Text(&'a str),
}

impl Content {
    fn empty() -> Self {
        Self::with_capacity(1, 0)
    }

    /// An empty tree with room for `nodes` nodes and `text` bytes of text.
    fn with_capacity(nodes: usize, text: usize) -> Self {
        let mut all = Vec::with_capacity(nodes.max(1));
        all.push(ContentNode {
            kind: Kind::Root,
            first_child: 0,
            last_child: 0,
            next_sibling: 0,
        });
        Content {
            nodes: all,
            text: String::with_capacity(text),
        }
    }

    fn kind(&self, node: u32) -> &Kind {
        &self.nodes[node as usize].kind
    }

    fn last_child(&self, node: u32) -> Option<&Kind> {
        let last = self.nodes[node as usize].last_child;
        (last != 0).then(|| self.kind(last))
    }

    fn add(&mut self, parent: u32, kind: Kind) -> u32 {
        let id = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        self.nodes.push(ContentNode {
            kind,
            first_child: 0,
            last_child: 0,
            next_sibling: 0,
        });
        let prev = self.nodes[parent as usize].last_child;
        if prev == 0 {
            self.nodes[parent as usize].first_child = id;
        } else {
            self.nodes[prev as usize].next_sibling = id;
        }
        self.nodes[parent as usize].last_child = id;
        id
    }

    /// Appends text to `parent`, extending its last child when that is text too.
    fn add_text(&mut self, parent: u32, text: &str) {
        let start = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.text.push_str(text);
        let end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.link_text(parent, start, end);
    }

    /// Makes `start..end` of the text buffer the last child of `parent`, extending its last
    /// child when that is the text just before.
    fn link_text(&mut self, parent: u32, start: u32, end: u32) {
        let last = self.nodes[parent as usize].last_child;
        if last != 0 {
            if let Kind::Text { end: last_end, .. } = &mut self.nodes[last as usize].kind {
                if *last_end == start {
                    *last_end = end;
                    return;
                }
            }
        }
        self.add(parent, Kind::Text { start, end });
    }

    /// Appends `text` with collapsed whitespace to `parent` (see [`Content::add_text`]).
    fn add_collapsed_text(&mut self, parent: u32, text: &str) {
        let start = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        push_collapsed(&mut self.text, text);
        let end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.link_text(parent, start, end);
    }

    /// Content made of plain paragraphs (text declared in JSON-LD rather than marked up).
    pub(crate) fn from_paragraphs(text: &str) -> Self {
        let mut content = Content::empty();
        for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            let p = content.add(0, Kind::Paragraph);
            for (i, line) in para.lines().enumerate() {
                if i > 0 {
                    content.add(p, Kind::LineBreak);
                }
                content.add_text(p, line.trim());
            }
        }
        content
    }

    /// Walks the tree depth-first without recursion: `Enter` and `Leave` for every node
    /// below the root, `Text` for text.
    pub(crate) fn walk<'a>(&'a self, mut visit: impl FnMut(Step<'a>)) {
        let mut open: Vec<u32> = Vec::new();
        let mut next = self.nodes[0].first_child;
        loop {
            if next == 0 {
                let Some(parent) = open.pop() else { break };
                visit(Step::Leave(self.kind(parent)));
                next = self.nodes[parent as usize].next_sibling;
                continue;
            }
            let node = &self.nodes[next as usize];
            if let Kind::Text { start, end } = node.kind {
                visit(Step::Text(
                    self.text.get(start as usize..end as usize).unwrap_or(""),
                ));
            } else {
                visit(Step::Enter(&node.kind));
                if node.first_child != 0 {
                    open.push(next);
                    next = node.first_child;
                    continue;
                }
                visit(Step::Leave(&node.kind));
            }
            next = node.next_sibling;
        }
    }
}

/// A hasher for arena ids: one multiplication, no per-key state (the ids are ours).
#[derive(Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type IdMap<V> = HashMap<NodeId, V, std::hash::BuildHasherDefault<IdHasher>>;
type IdSet = HashSet<NodeId, std::hash::BuildHasherDefault<IdHasher>>;

/// What the content tree may hold, from [`Options`](crate::Options).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Include {
    pub(crate) images: bool,
    pub(crate) links: bool,
}

/// How an element of the page shows in the content tree.
#[derive(Clone, Debug)]
enum Role {
    /// Becomes a content node of this kind.
    Node(Kind),
    /// Leaves no node; a block-level one still ends the paragraph around it.
    Transparent { block: bool },
}

/// One open element of the page during the walk.
struct Frame {
    role: Role,
    /// The element's `class`, read for a code block's language.
    dom: NodeId,
    /// The content node this element became once some kept text sat inside it (for
    /// transparent elements, their parent's node).
    node: Option<u32>,
}

/// Builds the content tree of the kept `selected` blocks, which lie under `roots` (the
/// containers the selection took them from) inside the page body `body`. Only those
/// subtrees are walked; the elements around each root are opened first so that a root
/// inside a list or a table keeps its structure.
#[allow(clippy::too_many_arguments)]
pub(crate) fn build(
    doc: &Document,
    body: NodeId,
    roots: &[NodeId],
    pruned: &Pruned,
    blocks: &[Block],
    selected: &[usize],
    include: Include,
    base: Option<&Url>,
) -> Content {
    let (node_guess, text_bytes) = capacity_guess(doc, blocks, selected);
    let mut builder = Builder {
        doc,
        include,
        base,
        layout_tables: IdSet::default(),
        content: Content::with_capacity(node_guess, text_bytes),
        frames: Vec::new(),
        implicit: None,
        in_pre: 0,
        in_math: 0,
        settled: 0,
        line_owed: false,
        after_lower: false,
    };
    if selected.is_empty() {
        return builder.content;
    }
    builder.layout_tables = layout_tables(doc, body, roots, pruned);
    let mut starts: IdMap<NodeId> = IdMap::default();
    let mut owners: IdSet = IdSet::default();
    for block in selected.iter().filter_map(|&i| blocks.get(i)) {
        starts.insert(block.first_text, block.last_text);
        owners.insert(block.owner);
    }
    for &root in roots {
        // Roots never nest: see `Selection::roots`.
        let chain = elements_between(doc, body, root);
        for &a in chain.iter().rev() {
            if let Some(el) = doc.element(a) {
                builder.open(a, el, false, &owners);
            }
        }
        builder.walk(root, body, pruned, &starts, &owners);
        for &a in &chain {
            if doc.element(a).is_some() {
                builder.close();
            }
        }
    }
    builder.content
}

/// The elements between the body and `root`, innermost first: opened around a root before
/// its subtree is read, so that a root inside a list or a table keeps its structure.
fn elements_between(doc: &Document, body: NodeId, root: NodeId) -> Vec<NodeId> {
    if root == body {
        return Vec::new();
    }
    doc.self_and_ancestors(root)
        .skip(1)
        .take_while(|&a| a != body)
        .collect()
}

/// A cell holding this many paragraphs lays out a page: a data cell holds a value or a line.
const LAYOUT_CELL_PARAGRAPHS: u32 = 2;

/// The tables around and under `roots` that lay out the page (old pages put the article
/// in a cell of a page-wide table): a cell of theirs holds a heading, a table or two
/// paragraphs, which a data cell does not. Two paragraphs in a cell are no evidence in a
/// table with header cells (`<th>`): a price list puts two lines of a price so, a layout
/// has no column to head. Their rows and cells are blocks, not a grid; read as a grid,
/// the whole article would be one Markdown table cell. One walk over the roots' subtrees,
/// with the cells around each root opened first.
fn layout_tables(doc: &Document, body: NodeId, roots: &[NodeId], pruned: &Pruned) -> IdSet {
    /// An open cell: its table and the paragraphs read in it so far.
    struct Cell {
        id: NodeId,
        table: Option<NodeId>,
        paragraphs: u32,
    }
    /// The open tables and cells, innermost last.
    #[derive(Default)]
    struct Walk {
        tables: Vec<NodeId>,
        cells: Vec<Cell>,
        layout: IdSet,
        /// Tables with a cell of two paragraphs, and tables with header cells.
        by_paragraphs: IdSet,
        headed: IdSet,
    }
    impl Walk {
        fn open(&mut self, doc: &Document, id: NodeId) {
            let Some(tag) = doc.tag(id) else { return };
            if let Some(cell) = self.cells.last_mut() {
                let is_paragraph = *tag == local_name!("p");
                cell.paragraphs = cell.paragraphs.saturating_add(u32::from(is_paragraph));
                let lays_out = *tag == local_name!("table") || heading_level(tag).is_some();
                if let Some(table) = cell.table.filter(|_| lays_out) {
                    self.layout.insert(table);
                }
                if let Some(table) = cell
                    .table
                    .filter(|_| is_paragraph && cell.paragraphs >= LAYOUT_CELL_PARAGRAPHS)
                {
                    self.by_paragraphs.insert(table);
                }
            }
            if *tag == local_name!("th") {
                if let Some(&table) = self.tables.last() {
                    self.headed.insert(table);
                }
            }
            match *tag {
                local_name!("table") => self.tables.push(id),
                local_name!("td") | local_name!("th") => self.cells.push(Cell {
                    id,
                    table: self.tables.last().copied(),
                    paragraphs: 0,
                }),
                _ => {}
            }
        }

        fn close(&mut self, id: NodeId) {
            if self.tables.last() == Some(&id) {
                self.tables.pop();
            }
            if self.cells.last().is_some_and(|cell| cell.id == id) {
                self.cells.pop();
            }
        }
    }
    let mut walk = Walk::default();
    for &root in roots {
        walk.tables.clear();
        walk.cells.clear();
        for &a in elements_between(doc, body, root).iter().rev() {
            walk.open(doc, a);
        }
        for edge in pruned.traverse(doc, root) {
            match edge {
                Edge::Open(id) => walk.open(doc, id),
                Edge::Close(id) => walk.close(id),
            }
        }
    }
    let Walk {
        mut layout,
        by_paragraphs,
        headed,
        ..
    } = walk;
    layout.extend(by_paragraphs.into_iter().filter(|t| !headed.contains(t)));
    layout
}

/// Largest width or height, in pixels, of an image that only holds space open or counts a
/// visit.
const SPACER_PIXELS: u32 = 2;

/// An image declared one or two pixels wide or high: a spacer or a tracking pixel.
fn declared_tiny(el: &Element) -> bool {
    let tiny = |name| el.pixels(name).is_some_and(|v| v <= SPACER_PIXELS);
    tiny("width") || tiny("height")
}

/// An image address whose file is named as a spacer (`/images/spacer.gif`), which a lazy
/// image also puts in `src` until its picture loads from a data attribute.
fn is_spacer_file(src: &str) -> bool {
    let path = src.split(['?', '#']).next().unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    words(SPACER_IMAGES).any(|name| stem.eq_ignore_ascii_case(name))
}

/// How many content nodes and text bytes to reserve for the selected blocks. Reserving up
/// front saves copying the tree and its text as they grow: the text is about the selected
/// blocks' text. Real pages hold one content node per 40 bytes of text (one per 5 at the
/// 99th percentile of wcxb-dev); reserving for one per 8 bytes covers nearly all of them
/// without holding memory the Article never uses, and tag soup grows the vector by doubling.
fn capacity_guess(doc: &Document, blocks: &[Block], selected: &[usize]) -> (usize, usize) {
    let text_bytes: usize = selected
        .iter()
        .filter_map(|&i| blocks.get(i))
        .map(|b| b.text.len() + 1)
        .sum();
    (doc.len().min(text_bytes / 8 + 64), text_bytes)
}

struct Builder<'a> {
    doc: &'a Document,
    include: Include,
    base: Option<&'a Url>,
    /// Tables that lay out the page rather than hold data (see [`layout_tables`]).
    layout_tables: IdSet,
    content: Content,
    frames: Vec<Frame>,
    /// The paragraph opened for inline content sitting directly in a block container, and
    /// the container's node; closed by any block boundary.
    implicit: Option<(u32, u32)>,
    /// Open `<pre>` elements: text inside is kept verbatim.
    in_pre: u32,
    /// Open elements inside a `<math>` (itself included): the formula was read whole when
    /// it opened, so nothing inside adds to the tree.
    in_math: u32,
    /// How many of the innermost-last `frames` have their content node.
    settled: usize,
    /// In `<pre>`: a line of highlighted code ended, so the next text starts a line.
    line_owed: bool,
    /// The inline text just written ends in a lower-case letter, with no space or block
    /// boundary since (see [`crate::blocks::glued_words`]).
    after_lower: bool,
}

impl Builder<'_> {
    /// Reads the subtree of `root` (the body itself is not an element of the content).
    fn walk(
        &mut self,
        root: NodeId,
        body: NodeId,
        pruned: &Pruned,
        starts: &IdMap<NodeId>,
        owners: &IdSet,
    ) {
        let doc = self.doc;
        // The last text node of the kept block being read, if any.
        let mut kept_until: Option<NodeId> = None;
        for edge in pruned.traverse(doc, root) {
            match edge {
                Edge::Open(id) => match doc.data(id) {
                    NodeData::Text(text) => {
                        if let Some(&last) = starts.get(&id) {
                            kept_until = Some(last);
                        }
                        if kept_until.is_some() {
                            self.text(text);
                        }
                        if kept_until == Some(id) {
                            kept_until = None;
                        }
                    }
                    NodeData::Element(el) if id != body => {
                        self.open(id, el, kept_until.is_some(), owners);
                    }
                    _ => {}
                },
                Edge::Close(id) => {
                    if id != body && doc.element(id).is_some() {
                        self.close();
                    }
                }
            }
        }
    }

    /// The content node new content goes into, materialising the open elements around it.
    fn materialize(&mut self) -> u32 {
        // Frames are materialised as a prefix of the stack: start after the last one.
        let settled = self.frames[..self.settled.min(self.frames.len())]
            .last()
            .and_then(|f| f.node);
        let mut parent = settled.unwrap_or(0);
        let mut inline_parent = self.content.kind(parent).holds_inline();
        for i in self.settled.min(self.frames.len())..self.frames.len() {
            let kind = match self.frames[i].role.clone() {
                Role::Transparent { .. } => None,
                Role::Node(Kind::Preformatted { .. }) => Some(Kind::Preformatted {
                    language: self.language(i),
                }),
                // A link whose address cannot be used keeps its text as plain text.
                Role::Node(Kind::Link { href }) => {
                    self.resolve(&href, LinkUse::Link).map(|href| Kind::Link {
                        href: href.into_boxed_str(),
                    })
                }
                Role::Node(kind) => Some(kind),
            };
            let node = match kind {
                None => parent,
                Some(kind) => {
                    let inline = is_inline_kind(&kind);
                    let parent = if inline && !inline_parent {
                        self.implicit_paragraph(parent)
                    } else {
                        parent
                    };
                    if !inline {
                        self.implicit = None;
                    }
                    self.content.add(parent, kind)
                }
            };
            self.frames[i].node = Some(node);
            parent = node;
            inline_parent = self.content.kind(node).holds_inline();
        }
        self.settled = self.frames.len();
        parent
    }

    /// The node inline content goes into: `parent` itself when it holds inline content,
    /// else the paragraph opened for inline content directly inside it.
    fn inline_target(&mut self) -> u32 {
        let parent = self.materialize();
        if self.content.kind(parent).holds_inline() {
            parent
        } else {
            self.implicit_paragraph(parent)
        }
    }

    fn implicit_paragraph(&mut self, container: u32) -> u32 {
        match self.implicit {
            Some((para, owner)) => {
                // Any block boundary clears the implicit paragraph, so it is always the
                // paragraph of the innermost block content node.
                debug_assert_eq!(owner, container, "an implicit paragraph outlived its block");
                para
            }
            None => {
                let para = self.content.add(container, Kind::Paragraph);
                self.implicit = Some((para, container));
                para
            }
        }
    }

    /// The language a code block names: `language-x` or `lang-x` on the `<pre>` or on an
    /// element open inside it, or `highlight-x` / `highlight-source-x` on one of its three
    /// nearest ancestors (Sphinx, GitHub).
    fn language(&self, from: usize) -> Option<Box<str>> {
        let named = |f: &Frame, prefixes: &[&str]| -> Option<Box<str>> {
            let class = self.doc.element(f.dom)?.attr_named(&local_name!("class"))?;
            class.split_ascii_whitespace().find_map(|c| {
                let lang = prefixes.iter().find_map(|p| c.strip_prefix(p))?;
                let ok = !lang.is_empty()
                    && lang.len() <= 32
                    && lang
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"+-#._".contains(&b));
                ok.then(|| lang.into())
            })
        };
        // A part of the block's layout (`highlight-wrapper`, `highlight-toolbar`) names no
        // language.
        let is_part = |lang: &str| {
            let lower = lang.to_ascii_lowercase();
            contains(COMPOUND_PARTS, &lower) || contains(CHROME_NAMES, &lower)
        };
        self.frames[from..]
            .iter()
            .find_map(|f| named(f, &["language-", "lang-"]))
            .or_else(|| {
                self.frames[from.saturating_sub(3)..from]
                    .iter()
                    .rev()
                    .find_map(|f| {
                        named(f, &["language-", "highlight-source-", "highlight-"])
                            .filter(|lang| !is_part(lang))
                    })
            })
    }

    fn text(&mut self, text: &str) {
        if self.in_math > 0 {
            return;
        }
        if self.in_pre > 0 {
            if text.is_empty() {
                return;
            }
            let target = self.inline_target();
            // A line of highlighted code ended: the next text starts a line (see
            // `is_code_line`).
            if std::mem::take(&mut self.line_owed)
                && !text.starts_with(['\n', '\r'])
                && !self.content.text.is_empty()
                && !self.content.text.ends_with('\n')
            {
                self.content.add_text(target, "\n");
            }
            self.content.add_text(target, text);
            self.after_lower = false;
            return;
        }
        if text.chars().all(char::is_whitespace) {
            // Whitespace between inline elements matters only inside content already open.
            if let Some(node) = self.open_inline_node() {
                self.content.add_text(node, " ");
            }
            self.after_lower = false;
            return;
        }
        let target = self.inline_target();
        if self.after_lower && starts_word(text) {
            self.content.add_text(target, " ");
        }
        self.content.add_collapsed_text(target, text);
        self.after_lower = text.chars().next_back().is_some_and(char::is_lowercase);
    }

    fn open(&mut self, id: NodeId, el: &Element, in_kept: bool, owners: &IdSet) {
        let tag = &el.name.local;
        if self.in_math > 0 || *tag == local_name!("math") {
            // The formula is read whole, now, if it belongs to kept content.
            if self.in_math == 0 && self.in_pre == 0 && (in_kept || self.owner_kept(owners)) {
                let math = crate::math::read(self.doc, id);
                let target = self.inline_target();
                // As the blocks read it: no space owed before a formula's first token.
                self.after_lower = math
                    .text
                    .chars()
                    .next_back()
                    .is_some_and(char::is_lowercase);
                self.content.add(target, Kind::Math(Box::new(math)));
            }
            self.in_math += 1;
            self.frames.push(Frame {
                role: Role::Transparent { block: false },
                dom: id,
                node: None,
            });
            return;
        }
        let inside_inline = self.inside_inline();
        let mut role = if self.in_layout_table(id) {
            Role::Transparent { block: true }
        } else {
            self.role(el, inside_inline)
        };
        if let Role::Node(Kind::Image(_)) = role {
            // Void: decide now whether the image belongs to kept content.
            let owner_kept = self.owner_kept(owners);
            let in_figure = self.frames.iter().any(|f| {
                matches!(f.role, Role::Node(Kind::Figure))
                    || self.doc.tag(f.dom) == Some(&local_name!("picture"))
            });
            if self.in_pre == 0 && (in_kept || owner_kept || in_figure) {
                if let Some(image) = self.image(el) {
                    let target = self.inline_target();
                    self.content.add(target, image);
                }
            }
            role = Role::Transparent { block: false };
        }
        if *tag == local_name!("br") {
            self.after_lower = false;
            if let Some(node) = self.open_inline_node().filter(|_| in_kept) {
                self.content.add(node, Kind::LineBreak);
            }
            role = Role::Transparent { block: false };
        }
        if *tag == local_name!("pre") {
            self.in_pre += 1;
        }
        let block = match &role {
            Role::Transparent { block } => *block,
            Role::Node(kind) => !is_inline_kind(kind),
        };
        if block {
            self.implicit = None;
            self.after_lower = false;
            self.separate_inline();
        }
        self.frames.push(Frame {
            role,
            dom: id,
            node: None,
        });
    }

    fn close(&mut self) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        if self.in_math > 0 {
            self.in_math -= 1;
            self.settled = self.settled.min(self.frames.len());
            return;
        }
        self.settled = self.settled.min(self.frames.len());
        if self.doc.tag(frame.dom) == Some(&local_name!("pre")) {
            self.in_pre = self.in_pre.saturating_sub(1);
            self.line_owed = false;
        } else if self.in_pre > 0 && self.doc.element(frame.dom).is_some_and(is_code_line) {
            self.line_owed = true;
        }
        let block = match &frame.role {
            Role::Transparent { block } => *block,
            Role::Node(kind) => !is_inline_kind(kind),
        };
        if block {
            self.implicit = None;
            self.after_lower = false;
            self.separate_inline();
        }
    }

    /// The inline content node already open where the walk is (the innermost materialised
    /// element, or the paragraph opened inside it), if any.
    fn open_inline_node(&self) -> Option<u32> {
        let node = self.frames.iter().rev().find_map(|f| f.node)?;
        if self.content.kind(node).holds_inline() {
            return Some(node);
        }
        self.implicit.map(|(para, owner)| {
            debug_assert_eq!(owner, node, "an implicit paragraph outlived its block");
            para
        })
    }

    /// Whether the nearest block-level element around the walk owns a kept block: a void
    /// or whole-read element (an image, a formula) opening before the block's first text
    /// belongs to it.
    fn owner_kept(&self, owners: &IdSet) -> bool {
        self.frames
            .iter()
            .rev()
            .find(|f| self.doc.tag(f.dom).is_some_and(is_block_level))
            .is_some_and(|f| owners.contains(&f.dom))
    }

    /// Whether the innermost open content node holds inline content only.
    fn inside_inline(&self) -> bool {
        self.frames.iter().rev().find_map(|f| match &f.role {
            Role::Node(kind) => Some(kind.holds_inline()),
            Role::Transparent { .. } => None,
        }) == Some(true)
    }

    /// A block boundary inside inline-only content (a `<p>` in a table cell) becomes a line
    /// break, so the words on either side stay apart.
    fn separate_inline(&mut self) {
        let Some(node) = self.frames.iter().rev().find_map(|f| f.node) else {
            return;
        };
        if !self.content.kind(node).holds_inline() {
            return;
        }
        let last = self.content.last_child(node);
        if last.is_some() && !matches!(last, Some(Kind::LineBreak)) {
            self.content.add(node, Kind::LineBreak);
        }
    }

    /// Whether `id` is a layout table or one of its rows, cells or captions (whose table
    /// is at most three steps up: cell, row, row group, table).
    fn in_layout_table(&self, id: NodeId) -> bool {
        let doc = self.doc;
        let is_table = |n: &NodeId| doc.tag(*n) == Some(&local_name!("table"));
        let table = match doc.tag(id) {
            Some(&local_name!("table")) => Some(id),
            Some(
                &local_name!("caption")
                | &local_name!("tr")
                | &local_name!("td")
                | &local_name!("th"),
            ) => doc.self_and_ancestors(id).skip(1).take(3).find(is_table),
            _ => None,
        };
        table.is_some_and(|table| self.layout_tables.contains(&table))
    }

    /// How `el` shows in the content tree; inside inline-only content, block structure
    /// flattens away.
    fn role(&self, el: &Element, inside_inline: bool) -> Role {
        let tag = &el.name.local;
        let transparent = Role::Transparent {
            block: is_block_level(tag),
        };
        if let Some(level) = heading_level(tag) {
            return if inside_inline {
                transparent
            } else {
                Role::Node(Kind::Heading(level))
            };
        }
        let kind = match *tag {
            // The address is read in `open`, only for an image that belongs to kept content;
            // with images off, an image is transparent like any unknown element.
            local_name!("img") if self.include.images => Kind::Image(Box::new(Image {
                src: String::new(),
                alt: String::new(),
            })),
            local_name!("em") | local_name!("i") | local_name!("cite") => Kind::Emphasis,
            local_name!("strong") | local_name!("b") => Kind::Strong,
            local_name!("code") | local_name!("kbd") | local_name!("samp") | local_name!("tt") => {
                Kind::Code
            }
            local_name!("a") => {
                // Resolved only if some kept text lands inside (see `materialize`).
                match el.attr_named(&local_name!("href")) {
                    Some(href) if self.include.links => Kind::Link { href: href.into() },
                    _ => return transparent,
                }
            }
            // Inside a code block too: a `<pre>` holds inline content, or is itself inside
            // some, so its descendants are always inside inline content.
            _ if inside_inline => return transparent,
            local_name!("p") => Kind::Paragraph,
            local_name!("ul") | local_name!("dl") | local_name!("menu") => {
                Kind::List { ordered: false }
            }
            local_name!("ol") => Kind::List { ordered: true },
            local_name!("li") | local_name!("dt") | local_name!("dd") => Kind::ListItem,
            local_name!("table") => Kind::Table,
            local_name!("tr") => Kind::Row,
            local_name!("td") => Kind::Cell { header: false },
            local_name!("th") => Kind::Cell { header: true },
            local_name!("caption") => Kind::Caption,
            local_name!("pre") => Kind::Preformatted { language: None },
            local_name!("blockquote") => Kind::Quote,
            local_name!("figure") => Kind::Figure,
            local_name!("figcaption") => Kind::FigureCaption,
            _ => return transparent,
        };
        // Inline kinds inside a code block are plain text.
        if self.in_pre > 0 {
            return transparent;
        }
        Role::Node(kind)
    }

    fn image(&self, el: &Element) -> Option<Kind> {
        if declared_tiny(el) {
            return None;
        }
        // Lazy-loading pages put a placeholder in `src` and the picture in a data attribute.
        let candidates = [
            el.attr("src"),
            el.attr("data-src"),
            el.attr("data-lazy-src"),
            el.attr("data-original"),
            el.attr("srcset").and_then(first_srcset_url),
            el.attr("data-srcset").and_then(first_srcset_url),
        ];
        let src = candidates
            .into_iter()
            .flatten()
            .filter(|s| !is_spacer_file(s))
            .find_map(|s| self.resolve(s, LinkUse::Image))?;
        let alt = collapse_whitespace(el.attr("alt").unwrap_or(""))
            .trim()
            .to_string();
        Some(Kind::Image(Box::new(Image { src, alt })))
    }

    /// A URL made absolute against the base, or `None` for an unsafe or useless one
    /// (`javascript:`, a bare fragment, an inline `data:` placeholder).
    fn resolve(&self, raw: &str, purpose: LinkUse) -> Option<String> {
        resolve_url(self.base, raw, purpose)
    }
}

/// What a URL is for: links may also be `mailto:`. Nothing else is kept, so every
/// destination in the output is http(s), mailto or relative.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LinkUse {
    Link,
    Image,
}

fn scheme_allowed(scheme: &str, purpose: LinkUse) -> bool {
    let scheme = scheme.to_ascii_lowercase();
    match purpose {
        LinkUse::Image => matches!(scheme.as_str(), "http" | "https"),
        LinkUse::Link => matches!(scheme.as_str(), "http" | "https" | "mailto"),
    }
}

/// Resolves `raw` against `base`; keeps a relative URL as it is when there is no base.
pub(crate) fn resolve_url(base: Option<&Url>, raw: &str, purpose: LinkUse) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.starts_with('#') {
        return None;
    }
    if let Ok(url) = Url::parse(raw) {
        return scheme_allowed(url.scheme(), purpose).then(|| url.to_string());
    }
    match base {
        Some(base) => {
            let url = base.join(raw).ok()?;
            scheme_allowed(url.scheme(), purpose).then(|| url.to_string())
        }
        // Relative (no scheme before the first `/`, `?` or `#`): nothing to resolve it
        // against, so it stays as the page wrote it.
        None => {
            let head = raw.split(['/', '?', '#']).next().unwrap_or("");
            (!head.contains(':')).then(|| raw.to_string())
        }
    }
}

fn first_srcset_url(srcset: &str) -> Option<&str> {
    srcset
        .split(',')
        .next()
        .and_then(|c| c.split_whitespace().next())
}

fn is_inline_kind(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Emphasis
            | Kind::Strong
            | Kind::Code
            | Kind::Link { .. }
            | Kind::Image(_)
            | Kind::Math(_)
            | Kind::LineBreak
            | Kind::Text { .. }
    )
}

/// Runs of whitespace become one space (leading and trailing ones too).
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text);
    out
}

/// Appends `text` to `out` with runs of whitespace as one space, copying the words between
/// them whole.
fn push_collapsed(out: &mut String, text: &str) {
    let mut space = false;
    let mut word_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(start) = word_start.take() {
                out.push_str(&text[start..i]);
            }
            space = true;
        } else if word_start.is_none() {
            if space {
                out.push(' ');
                space = false;
            }
            word_start = Some(i);
        }
    }
    if let Some(start) = word_start {
        out.push_str(&text[start..]);
    }
    if space {
        out.push(' ');
    }
}

/// The page's `<base href>`, resolved against the caller's URL.
pub(crate) fn base_url(doc: &Document, page_url: Option<&Url>) -> Option<Url> {
    // `<base>` belongs in the head: the walk stops at the body.
    let mut base_href = None;
    for id in doc.preorder(crate::dom::DOCUMENT) {
        let Some(el) = doc.element(id) else { continue };
        match el.name.local {
            local_name!("body") => break,
            local_name!("base") => {
                if let Some(href) = el.attr_named(&local_name!("href")) {
                    base_href = Some(href);
                    break;
                }
            }
            _ => {}
        }
    }
    match (base_href, page_url) {
        (Some(href), Some(page)) => page.join(href.trim()).ok().or_else(|| Some(page.clone())),
        (Some(href), None) => Url::parse(href.trim()).ok(),
        (None, page) => page.cloned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tag soup can give a content node per byte of text: the tree must stay compact.
    #[test]
    fn content_nodes_stay_small() {
        let node = std::mem::size_of::<ContentNode>();
        assert!(node <= 40, "ContentNode is {node} bytes");
    }

    fn texts(content: &Content) -> Vec<&str> {
        let mut out = Vec::new();
        content.walk(|step| {
            if let Step::Text(t) = step {
                out.push(t);
            }
        });
        out
    }

    /// Text written right after a node's last text joins that node (inline runs of one
    /// element stay one node); text written after other text elsewhere starts its own.
    #[test]
    fn adjacent_text_joins_the_last_text_node() {
        let mut content = Content::empty();
        let first = content.add(0, Kind::Paragraph);
        content.add_text(first, "one ");
        content.add_text(first, "two");
        let second = content.add(0, Kind::Paragraph);
        content.add_text(second, "three");
        content.add_text(first, " four");
        assert_eq!(texts(&content), ["one two", " four", "three"]);
    }
}
