//! The page being extracted, as selection sees it: the tree, its body, the class/id
//! signals, and what the page declares itself to be.

use crate::dom::{Document, NodeId};
use crate::metadata::PageType;
use crate::names::NameSignal;
use crate::rules::Rules;

/// The page being extracted and what was read from it before selection.
pub(crate) struct Page<'a> {
    pub(crate) doc: &'a Document,
    /// The `<body>` (or the root element of a body-less document).
    pub(crate) root: NodeId,
    /// Class/id signals per node.
    pub(crate) signals: &'a [NameSignal],
    /// What the page declares itself to be (JSON-LD, OpenGraph), if anything.
    pub(crate) page_type: Option<PageType>,
    /// The page's title, to keep the headline out of the body text.
    pub(crate) title: Option<&'a str>,
    /// The thresholds of the mode, and the rules switched on.
    pub(crate) rules: &'a Rules,
}

impl Page<'_> {
    /// The page declares itself a discussion: reply sections are content.
    pub(crate) fn is_discussion(&self) -> bool {
        self.page_type == Some(PageType::Forum)
    }

    /// The page declares itself an article (a story, a post, a press release).
    pub(crate) fn is_article(&self) -> bool {
        self.page_type == Some(PageType::Article)
    }

    /// The page declares one main text (an article, a thread, documentation, a product),
    /// so a grid of links beside it is not its content.
    pub(crate) fn declares_main_text(&self) -> bool {
        self.page_type.is_some_and(PageType::has_main_text)
    }
}

/// A page read as extraction reads it up to selection, for unit tests: the tree, its
/// body, hard pruning, text sizes and class/id signals under `rules`.
#[cfg(test)]
pub(crate) struct TestPage {
    pub(crate) doc: Document,
    pub(crate) root: NodeId,
    pub(crate) hard: crate::dom::Pruned,
    pub(crate) stats: crate::features::TextStats,
    pub(crate) signals: Vec<NameSignal>,
    pub(crate) rules: Rules,
}

#[cfg(test)]
impl TestPage {
    pub(crate) fn new(html: &str, rules: Rules) -> Self {
        let doc = crate::parse::parse_default(html);
        let root = crate::extractor::content_root(&doc);
        let hard = crate::prune::prune_hard(&doc, root, &rules);
        let signals = crate::names::name_signals(&doc, root, &hard, &rules);
        let stats = crate::features::text_stats(&doc, root, &hard, None);
        TestPage {
            doc,
            root,
            hard,
            stats,
            signals,
            rules,
        }
    }

    /// The page, declaring no type and no title.
    pub(crate) fn page(&self) -> Page<'_> {
        Page {
            doc: &self.doc,
            root: self.root,
            signals: &self.signals,
            page_type: None,
            title: None,
            rules: &self.rules,
        }
    }

    /// The element whose `id` attribute is `id`.
    pub(crate) fn by_id(&self, id: &str) -> NodeId {
        self.doc
            .preorder(self.root)
            .find(|&n| self.doc.element(n).and_then(|el| el.attr("id")) == Some(id))
            .expect("an element with the id")
    }

    /// The `id` attribute of `node` (`?` for none).
    pub(crate) fn id_of(&self, node: NodeId) -> String {
        let el = self.doc.element(node);
        el.and_then(|el| el.attr("id")).unwrap_or("?").to_string()
    }
}
