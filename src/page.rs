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
