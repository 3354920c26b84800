//! Marks what is never content: non-text elements, hidden elements, landmark roles for
//! chrome, and elements whose class or id names chrome.
//!
//! Pruning only sets flags in a side table; the tree itself is left intact so that metadata
//! can still read the whole page. Walkers skip the subtree of a flagged node.

use std::collections::HashSet;

use html5ever::{local_name, LocalName};

use crate::dom::{Document, Edge, Element, NodeData, NodeId, Pruned};
use crate::features::TextStats;
use crate::names::{name_words, NameSignal};
use crate::options::Options;
use crate::page::Page;
use crate::rules::thresholds::PruneThresholds;
use crate::rules::vocabulary::{contains, contains_ignore_case, CHROME_ROLES, DISCLOSURE_NAMES};
use crate::rules::{RuleId, Rules};

/// Elements that never hold readable content.
fn is_never_content(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("head")
            | local_name!("script")
            | local_name!("style")
            | local_name!("template")
            | local_name!("svg")
            // A formula's other notations (TeX source, content MathML); the formula itself is
            // content (see `math`).
            | local_name!("annotation")
            | local_name!("annotation-xml")
            | local_name!("canvas")
            | local_name!("iframe")
            | local_name!("frame")
            | local_name!("frameset")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("video")
            | local_name!("audio")
            | local_name!("map")
            | local_name!("input")
            | local_name!("button")
            | local_name!("select")
            | local_name!("textarea")
            | local_name!("option")
            | local_name!("label")
            | local_name!("dialog")
    )
}

/// Landmark elements that hold page chrome: navigation, sidebars, footers. Unlike the
/// never-content elements, markup errors can make one of them swallow the whole page (an
/// `<aside>` left open at the top), so the lenient pruning keeps them.
fn is_chrome_landmark(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("nav") | local_name!("aside") | local_name!("footer") | local_name!("menu")
    )
}

/// Whether `id` or an ancestor is navigation, a sidebar, a footer or a page header, by
/// tag or by landmark role.
pub(crate) fn is_in_chrome_landmark(doc: &Document, id: NodeId) -> bool {
    std::iter::successors(Some(id), |&n| doc.node(n).parent).any(|n| {
        doc.element(n).is_some_and(|el| {
            is_chrome_landmark(&el.name.local)
                || el.name.local == local_name!("header")
                || el
                    .attr_named(&local_name!("role"))
                    .is_some_and(is_chrome_role)
        })
    })
}

/// Elements that frame the whole page or its main text: class names never prune them.
pub(crate) fn is_page_frame(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("body") | local_name!("html") | local_name!("main") | local_name!("article")
    )
}

/// On a product page: removes the elements named for customer reviews, which are not the
/// product's description however long they are. Part of the hard pruning there, so no
/// fallback brings them back.
pub(crate) fn prune_customer_reviews(
    doc: &Document,
    root: NodeId,
    pruned: &mut Pruned,
    signals: &[NameSignal],
) {
    let mut walk = doc.preorder(root);
    while let Some(id) = walk.next() {
        let is_frame = doc.tag(id).is_some_and(is_page_frame);
        if pruned.removed[id.index()] || (signals[id.index()].reviews && !is_frame) {
            pruned.removed[id.index()] = true;
            walk.skip_children_of(id);
        }
    }
}

/// How much hard pruning removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hardness {
    /// Never-content elements, chrome landmarks (tags, a page header, landmark roles) and
    /// hidden elements.
    Strict,
    /// Never-content elements only: for the last fallback, when landmarks or hidden
    /// wrappers hold most of the page (an `<aside>` left open at the top, a body wrapped in
    /// `visibility:hidden` until a script shows it).
    Lenient,
}

/// ARIA landmark and widget roles that are page chrome.
fn is_chrome_role(role: &str) -> bool {
    role.split_ascii_whitespace()
        .any(|r| contains_ignore_case(CHROME_ROLES, r))
}

/// `display:none` or `visibility:hidden` in an inline style.
fn style_hides(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Hard pruning: elements and attributes that are never content, whatever the page.
pub(crate) fn prune_hard(doc: &Document, root: NodeId, rules: &Rules) -> Pruned {
    prune_hard_with(doc, root, Hardness::Strict, rules)
}

/// Hard pruning, strict or lenient.
pub(crate) fn prune_hard_with(
    doc: &Document,
    root: NodeId,
    hardness: Hardness,
    rules: &Rules,
) -> Pruned {
    let mut removed = vec![false; doc.len()];
    let mut readings = PageReadings {
        doc,
        root,
        ids: None,
        headline_boxes: None,
    };
    // Open `<article>` and `<main>` elements around the current node, counted on the way
    // down and up, so that no element needs a walk over its ancestors.
    let mut frames = 0u32;
    let is_frame = |id: NodeId| {
        matches!(
            doc.tag(id),
            Some(&local_name!("article") | &local_name!("main"))
        )
    };
    let mut walk = doc.traverse(root);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(id) => {
                // Comments, doctypes and processing instructions carry no text, and every
                // walk after this one reads only text and elements: they need no flag.
                let remove = match doc.data(id) {
                    NodeData::Element(el) => {
                        is_hard_chrome(doc, id, el, hardness, frames > 0, rules, &mut readings)
                    }
                    _ => false,
                };
                if remove {
                    removed[id.index()] = true;
                    walk.skip_children(id);
                } else if is_frame(id) {
                    frames += 1;
                }
            }
            Edge::Close(id) => {
                if !removed[id.index()] && is_frame(id) {
                    frames -= 1;
                }
            }
        }
    }
    Pruned { removed }
}

/// What hard pruning reads of the whole page, each once, at the first element that needs
/// it: the panels disclosure controls open, and the boxes around the page's only `<h1>`.
struct PageReadings<'a> {
    doc: &'a Document,
    root: NodeId,
    /// The ids a disclosure control (a button, or an element with `aria-expanded`) names
    /// in its `aria-controls`: the panels it opens and closes.
    ids: Option<HashSet<&'a str>>,
    /// Per node, whether it holds the page's `<h1>` when the page has exactly one.
    headline_boxes: Option<Vec<bool>>,
}

impl PageReadings<'_> {
    /// Whether `node` holds the page's only `<h1>`, its headline. Read in one walk that
    /// stops at a second `<h1>`, then one climb from the headline.
    fn holds_only_h1(&mut self, node: NodeId) -> bool {
        let (doc, root) = (self.doc, self.root);
        self.headline_boxes.get_or_insert_with(|| {
            let mut boxes = vec![false; doc.len()];
            let mut h1s = doc
                .preorder(root)
                .filter(|&n| doc.tag(n) == Some(&local_name!("h1")));
            if let (Some(h1), None) = (h1s.next(), h1s.next()) {
                for n in doc.self_and_ancestors(h1) {
                    boxes[n.index()] = true;
                }
            }
            boxes
        })[node.index()]
    }

    /// Whether a disclosure control names `id` as the panel it opens.
    fn controls(&mut self, id: &str) -> bool {
        let (doc, root) = (self.doc, self.root);
        self.ids
            .get_or_insert_with(|| {
                doc.preorder(root)
                    .filter_map(|n| doc.element(n))
                    .filter(|el| {
                        el.attr("aria-expanded").is_some() || el.name.local == local_name!("button")
                    })
                    .filter_map(|el| el.attr("aria-controls"))
                    .flat_map(str::split_ascii_whitespace)
                    .collect()
            })
            .contains(id)
    }
}

/// Nodes and bytes read of an excerpt shown before a hidden element, and of the hidden
/// text: enough for a review's teaser and its first paragraphs, bounded on any page.
const EXCERPT_NODES: usize = 400;
const EXCERPT_BYTES: usize = 2000;
const EXPANDED_NODES: usize = 1000;
const EXPANDED_BYTES: usize = 6000;

/// The text under `id`, whitespace collapsed, from its first `max_nodes` nodes and up to
/// about `max_chars` bytes.
fn leading_text(doc: &Document, id: NodeId, max_chars: usize, max_nodes: usize) -> String {
    let mut out = String::new();
    for node in doc.preorder(id).take(max_nodes) {
        if let NodeData::Text(t) = doc.data(node) {
            for word in t.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word);
            }
            if out.len() >= max_chars {
                break;
            }
        }
    }
    out
}

/// Whether the hidden element `id` is the full text of an excerpt shown just before it: a
/// review or a description cut at "..." (a "more" link at most after it) that a script
/// swaps for the whole. The last words before the excerpt's ellipsis must appear in the
/// hidden text, which must be the longer by a paragraph.
fn expands_excerpt(doc: &Document, id: NodeId, limits: &PruneThresholds) -> bool {
    let Some(shown) =
        std::iter::successors(doc.node(id).prev_sibling, |&n| doc.node(n).prev_sibling)
            .find(|&n| doc.element(n).is_some())
    else {
        return false;
    };
    let excerpt = leading_text(doc, shown, EXCERPT_BYTES, EXCERPT_NODES);
    let Some(cut) = excerpt.rfind("...").or_else(|| excerpt.rfind('…')) else {
        return false;
    };
    // The ellipsis ends the excerpt: a "more" link may follow it, nothing longer.
    if excerpt.len() - cut > limits.excerpt_trail_bytes {
        return false;
    }
    let before: Vec<char> = excerpt[..cut].trim_end().chars().collect();
    if before.len() < limits.excerpt_min_chars {
        return false;
    }
    let tail: String = before[before.len().saturating_sub(limits.excerpt_tail_chars)..]
        .iter()
        .collect();
    let full = leading_text(doc, id, EXPANDED_BYTES, EXPANDED_NODES);
    full.len() > excerpt.len() + limits.expanded_extra_bytes && full.contains(tail.trim())
}

/// Nodes looked at inside a `<noscript>` before it counts as holding content.
const MAX_SCRIPT_NOTICE_NODES: usize = 64;

/// Whether the `<noscript>` `id` is a short notice ("enable JavaScript to run this app"),
/// which a reader with scripts never sees, rather than a server-rendered copy of the page.
fn is_script_notice(doc: &Document, id: NodeId, max_chars: usize) -> bool {
    let mut chars = 0usize;
    for (seen, node) in doc.preorder(id).enumerate() {
        if seen >= MAX_SCRIPT_NOTICE_NODES {
            return false;
        }
        if let NodeData::Text(t) = doc.data(node) {
            chars += t.trim().chars().count();
            if chars > max_chars {
                return false;
            }
        }
    }
    true
}

/// Whether `el` is never content; `in_frame` says it lies inside an `<article>` or `<main>`.
fn is_hard_chrome(
    doc: &Document,
    id: NodeId,
    el: &Element,
    hardness: Hardness,
    in_frame: bool,
    rules: &Rules,
    readings: &mut PageReadings<'_>,
) -> bool {
    let tag = &el.name.local;
    if *tag == local_name!("body") || *tag == local_name!("html") {
        return false;
    }
    let limits = &rules.thresholds.prune;
    if rules.on(RuleId::NeverContent) && is_never_content(tag) {
        return true;
    }
    if *tag == local_name!("a")
        && rules.on(RuleId::SymbolAnchors)
        && is_symbol_anchor(doc, id, el, limits.anchor_symbols)
    {
        return true;
    }
    if *tag == local_name!("noscript")
        && rules.on(RuleId::ScriptNotices)
        && is_script_notice(doc, id, limits.script_notice_chars)
    {
        return true;
    }
    if hardness == Hardness::Lenient {
        return false;
    }
    // An `<aside>` around the page's only `<h1>` is the post itself, which some themes
    // mark up as an aside, not a sidebar.
    if rules.on(RuleId::ChromeLandmarks)
        && is_chrome_landmark(tag)
        && !(*tag == local_name!("aside") && readings.holds_only_h1(id))
    {
        return true;
    }
    // A page header outside the article is chrome; inside it, it holds the headline.
    if *tag == local_name!("header") && !in_frame && rules.on(RuleId::PageHeaders) {
        return true;
    }
    // One pass over the attributes; atom comparisons are pointer comparisons.
    let mut hidden = false;
    let chrome = el.attrs.iter().any(|a| {
        if !a.name.ns.is_empty() {
            return false;
        }
        match a.name.local {
            local_name!("hidden") => hidden = true,
            local_name!("aria-hidden") => hidden |= a.value.trim().eq_ignore_ascii_case("true"),
            local_name!("style") => hidden |= style_hides(&a.value),
            local_name!("role") => {
                // The role of an aside, as an `<aside>`: around the only headline, the post.
                let post = a.value.trim().eq_ignore_ascii_case("complementary")
                    && readings.holds_only_h1(id);
                return rules.on(RuleId::ChromeRoles) && is_chrome_role(&a.value) && !post;
            }
            _ => {}
        }
        false
    });
    if chrome || !hidden || !rules.on(RuleId::HiddenElements) {
        return chrome;
    }
    if !rules.on(RuleId::DisclosurePanels) {
        return true;
    }
    // A hidden accordion or tab panel is content, unless it is a collapsed form. The
    // cheap readings first: the element's own attributes, then the controls' ids, then
    // the text of an excerpt before it.
    let panel = is_disclosure_panel(el)
        || el
            .attr_named(&local_name!("id"))
            .is_some_and(|panel_id| readings.controls(panel_id.trim()))
        || expands_excerpt(doc, id, limits);
    !panel || holds_form_controls(doc, id)
}

/// Descendants looked at for form controls in a hidden panel.
const PANEL_SCAN: usize = 200;

/// Whether a panel holds form controls (a collapsed filter of a product grid, a login
/// form) among its first descendants: those panels are tools, not content. A `<select>`
/// alone does not make one (a code sample's language picker): it is never content itself.
fn holds_form_controls(doc: &Document, id: NodeId) -> bool {
    doc.preorder(id).take(PANEL_SCAN).any(|n| {
        doc.tag(n).is_some_and(|t| {
            matches!(
                *t,
                local_name!("input")
                    | local_name!("textarea")
                    | local_name!("form")
                    | local_name!("label")
            )
        })
    })
}

/// A hidden element that is a tab or accordion panel rather than something never shown:
/// `role=tabpanel`; `role=region` labelled by another element (WAI-ARIA's accordion
/// panel, named by its header button); or a class or id naming a panel. (A panel a
/// control opens, named in its `aria-controls`, is one too: see [`PageReadings`];
/// so is the full text of an excerpt shown before it: see [`expands_excerpt`].)
fn is_disclosure_panel(el: &Element) -> bool {
    let role = el.attr_named(&local_name!("role")).map(str::trim);
    if role.is_some_and(|r| r.eq_ignore_ascii_case("tabpanel")) {
        return true;
    }
    if role.is_some_and(|r| r.eq_ignore_ascii_case("region"))
        && el.attr("aria-labelledby").is_some()
    {
        return true;
    }
    el.attrs.iter().any(|a| {
        let local = &a.name.local;
        if *local != local_name!("class") && *local != local_name!("id") {
            return false;
        }
        let mut found = false;
        name_words(&a.value, |w| found |= contains(DISCLOSURE_NAMES, w));
        found
    })
}

/// A same-page link whose text is only a symbol or two (`¶`, `#`, `§`): a heading's
/// permalink, not words of the text.
fn is_symbol_anchor(doc: &Document, id: NodeId, el: &Element, max_symbols: usize) -> bool {
    if !el
        .attr_named(&local_name!("href"))
        .is_some_and(|h| h.starts_with('#'))
    {
        return false;
    }
    let mut symbols = 0;
    for child in doc.children(id) {
        match doc.data(child) {
            NodeData::Text(t) => {
                for c in t.chars().filter(|c| !c.is_whitespace()) {
                    if c.is_alphanumeric() {
                        return false;
                    }
                    symbols += 1;
                }
            }
            NodeData::Element(_) => return false,
            _ => {}
        }
    }
    (1..=max_symbols).contains(&symbols)
}

/// A figure's caption (`<figcaption>`, WordPress's `wp-caption-text`; on an article also a
/// class ending in "caption": `newsCaption`, `image-caption`): it describes a picture, it is
/// not the text around it. Soft, so a page that is all figures keeps them through the
/// fallback without class-name pruning. Class names count only on articles: on listings
/// and shops a card's title is often its picture's "caption".
fn is_caption(el: &Element, signal: &NameSignal, article: bool) -> bool {
    el.name.local == local_name!("figcaption")
        || signal.figure_caption
        || (article && signal.caption)
}

/// Soft pruning: class and id names that say chrome, unless the element frames the page's
/// headline or article (a theme's `content-sidebar-wrap` holds the article).
pub(crate) fn prune_names(page: &Page<'_>, pruned: &mut Pruned, stats: &TextStats) {
    let (doc, root, rules) = (page.doc, page.root, page.rules);
    let limits = &rules.thresholds.prune;
    let (discussion, article) = (page.is_discussion(), page.is_article());
    let page_chars = f64::from(stats.chars[root.index()].max(1));
    let mut walk = doc.preorder(root);
    while let Some(id) = walk.next() {
        if pruned.removed[id.index()] {
            walk.skip_children_of(id);
            continue;
        }
        let Some(el) = doc.element(id) else { continue };
        if is_page_frame(&el.name.local) {
            continue;
        }
        let signal = &page.signals[id.index()];
        let hidden = signal.hidden && rules.on(RuleId::ScreenReaderText);
        let chrome = hidden
            || (signal.is_chrome(discussion) && rules.on(RuleId::ChromeNames))
            || (is_caption(el, signal, article) && rules.on(RuleId::Captions));
        if !chrome {
            continue;
        }
        // A layout wrapper named after chrome (`content-sidebar-wrap`, `elementor-widget`)
        // that frames the page's headline or article, quotes an embedded post, is a code
        // block's box (four fifths of its text preformatted) or holds most of the page's
        // text with few links, is kept; comment threads and footers stay chrome however
        // long they are.
        if !hidden && !signal.is_strong_chrome(discussion) && rules.on(RuleId::ChromeWrappers) {
            // A code block's own box, named for its copy toolbar (`code-toolbar`), is code.
            let pre = u64::from(stats.pre_chars[id.index()]);
            let code = pre > 0 && pre * 5 >= u64::from(stats.chars[id.index()]) * 4;
            if stats.holds_landmark[id.index()] || stats.holds_embedded_post[id.index()] || code {
                continue;
            }
            let share = f64::from(stats.chars[id.index()]) / page_chars;
            if share > limits.wrapper_text_share
                && stats.link_density(id) < limits.wrapper_link_density
            {
                continue;
            }
        }
        pruned.removed[id.index()] = true;
        walk.skip_children_of(id);
    }
}

/// Leaves tables and/or lists out when the options turn them off.
pub(crate) fn prune_structures(
    doc: &Document,
    root: NodeId,
    pruned: &mut Pruned,
    options: &Options,
) {
    let mut walk = doc.preorder(root);
    while let Some(id) = walk.next() {
        if pruned.is_removed(id) {
            walk.skip_children_of(id);
            continue;
        }
        let Some(tag) = doc.tag(id) else { continue };
        let off = match *tag {
            local_name!("table") => !options.tables,
            local_name!("ul") | local_name!("ol") | local_name!("dl") => !options.lists,
            _ => false,
        };
        if off {
            pruned.removed[id.index()] = true;
            walk.skip_children_of(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A removed subtree is skipped whole: neither its opening nor its closing edge, nor
    /// anything inside, so every walk over the kept nodes sees balanced edges.
    #[test]
    fn kept_edges_skip_removed_subtrees_whole() {
        let limits = crate::parse::ParseLimits {
            max_depth: 512,
            max_nodes: 1 << 20,
            elide_scripts: true,
            close_runaway_raw_text: true,
        };
        let doc = crate::parse::parse(
            "<body><div><nav><a href=/>Home</a></nav><p>Kept text.</p></div></body>",
            limits,
        )
        .expect("parses");
        let root = crate::extractor::content_root(&doc);
        let pruned = prune_hard(&doc, root, &Rules::default());
        let tags: Vec<String> = pruned
            .traverse(&doc, root)
            .map(|edge| match edge {
                Edge::Open(id) => format!("<{}>", doc.tag(id).map_or("#", |t| t)),
                Edge::Close(id) => format!("</{}>", doc.tag(id).map_or("#", |t| t)),
            })
            .collect();
        assert_eq!(
            tags.join(""),
            "<body><div><p><#></#></p></div></body>",
            "{tags:?}"
        );
    }

    /// The `id`s of the elements hard pruning removes from `html`, in document order.
    fn hard_removed(html: &str) -> Vec<String> {
        let doc = crate::parse::parse_default(html);
        let root = crate::extractor::content_root(&doc);
        let pruned = prune_hard(&doc, root, &Rules::default());
        let mut removed = Vec::new();
        for id in doc.preorder(crate::dom::DOCUMENT) {
            if pruned.is_removed(id) {
                let name = doc.element(id).and_then(|el| el.attr("id")).unwrap_or("?");
                removed.push(name.to_string());
            }
        }
        removed
    }

    /// Hidden by an attribute or an inline style, each on its own; a value that does not
    /// hide, hides nothing.
    #[test]
    fn hidden_elements_are_removed() {
        let html = "<body><div id=attr hidden>a</div><div id=aria aria-hidden=true>b</div>\
            <div id=aria-false aria-hidden=false>c</div><div id=style style='display: none'>d\
            </div><div id=shown style='color: red'>e</div><div id=role role=navigation>f</div>\
            <p id=plain>g</p></body>";
        assert_eq!(hard_removed(html), ["attr", "aria", "style", "role"]);
    }

    /// An `<aside>` (or `role=complementary`) around the page's only `<h1>` is the post (a
    /// theme's markup), and so is each aside around it; an aside with an `<h1>` on a page
    /// with two is a sidebar, as is every aside without the headline.
    #[test]
    fn an_aside_around_the_only_headline_is_kept() {
        let post = "<aside id=post><aside id=inner><h1>Headline</h1></aside><p>x</p></aside>";
        let side = "<aside id=side><p>Links</p></aside>";
        assert_eq!(
            hard_removed(&format!("<body>{post}{side}</body>")),
            ["side"]
        );
        let two = format!("<body>{post}<aside id=logo><h1>Site</h1></aside></body>");
        assert_eq!(hard_removed(&two), ["post", "logo"]);
        let outside = format!("<body><h1>Headline</h1>{side}</body>");
        assert_eq!(hard_removed(&outside), ["side"]);
        // The same for an aside by its role.
        let role = "<body><div id=post role=complementary><h1>Headline</h1></div>\
                    <div id=side role=complementary>Links</div></body>";
        assert_eq!(hard_removed(role), ["side"]);
    }

    /// The body and the root element are never hidden chrome: a page hidden until a script
    /// shows it still has its text.
    #[test]
    fn a_hidden_body_is_kept() {
        assert!(hard_removed("<body id=b style='visibility:hidden'><p>x</p></body>").is_empty());
        // A frameset page has no body: its root element is the root, kept; its head and
        // frames are removed.
        assert_eq!(
            hard_removed(
                "<html id=h hidden><head id=hd></head><frameset id=f><frame></frameset></html>"
            ),
            ["hd", "f"]
        );
        assert!(
            hard_removed("<html><body id=b aria-hidden=true><p>x</p></body></html>").is_empty()
        );
    }

    /// A hidden accordion section or tab panel (named by class, by id, or by its role) is
    /// content a reader opens; hidden with a form inside, or named otherwise, it is not.
    #[test]
    fn hidden_disclosure_panels_are_kept_unless_they_hold_a_form() {
        let html = "<body><div id=class-panel class='faq-accordion' hidden>a</div>\
            <div id=tab-panel-2 hidden>b</div><div id=tab role=tabpanel hidden>c</div>\
            <div id=titled title=panel hidden>d</div>\
            <div id=filters class=collapse hidden><p>e</p><input id=s type=checkbox>\
            </div><div id=code class=collapse hidden><p>o</p><select id=v><option>x</select>\
            </div><div id=plain hidden>f</div>\
            <div id=faq class=faq__answer style='display:none'>l</div>\
            <div id=more class='a-expander-content' hidden>m</div>\
            <div id=pane class='tab-pane fade' style='display:none'>n</div>\
            <div id=labelled role=region aria-labelledby=h1 style='display:none'>g</div>\
            <div id=unlabelled role=region style='display:none'>h</div>\
            <button id=q aria-expanded=false aria-controls='step-1 step-2'>Q</button>\
            <div id=step-2 hidden>i</div><div id=step-3 hidden>j</div>\
            <a href=#step-3 aria-controls=step-3>Q</a>\
            <button id=r aria-controls=step-4>R</button><div id=step-4 hidden>k</div></body>";
        // A panel named in the `aria-controls` of a control that opens it (a button, or
        // any element with `aria-expanded`) is kept; one named by a plain link is not.
        assert_eq!(
            hard_removed(html),
            [
                "titled",
                "filters",
                "v",
                "plain",
                "unlabelled",
                "q",
                "step-3",
                "r"
            ]
        );
    }

    /// The hidden full text of an excerpt shown before it ("... more") is kept; a hidden
    /// block after text that ends without an ellipsis (or has one mid-sentence), one that
    /// does not hold the excerpt's last words, or one no longer than the excerpt is
    /// removed.
    #[test]
    fn the_hidden_full_text_of_an_excerpt_is_kept() {
        let story = "Tucked behind a high wall on the corner of the first lane, the hotel is a \
            hideaway in a city that never rests, and its rooms are quiet and dark.";
        let full = format!("<p>{story}</p><p>{}</p>", "The rooms are large. ".repeat(8));
        let excerpt = "Tucked behind a high wall on the corner of the first lane...";
        let html = format!(
            "<body><div id=short>{excerpt} <a href=#>more</a></div><div id=whole hidden>{full}</div>\
             <div id=plain-before>{story}</div><div id=plain hidden>{full}</div>\
             <div id=other-before>{excerpt}</div><div id=other hidden>{}</div>\
             <div id=same-before>{excerpt}</div><div id=same hidden>{story}</div>\
             <div id=mid-before>{excerpt} and the rest of the sentence goes on after it</div>\
             <div id=mid hidden>{full}</div></body>",
            "Another text entirely, about the weather on the coast this week. ".repeat(4)
        );
        assert_eq!(hard_removed(&html), ["plain", "other", "same", "mid"]);
    }

    /// The excerpt rule's bounds: what may follow the ellipsis (40 bytes: "... " and a
    /// 36-letter word), how much must precede it (20 characters), and how much longer the
    /// hidden text must be (more than 100 bytes).
    #[test]
    fn the_excerpt_rule_holds_at_its_bounds() {
        let hidden_after = |shown: &str, hidden: &str| {
            let html =
                format!("<body><div id=s>{shown}</div><div id=h hidden>{hidden}</div></body>");
            !hard_removed(&html).contains(&"h".to_string())
        };
        let words = "abcdefghij klmnopqrst"; // 21 characters
        let long = format!("{words} {}", "x".repeat(200));
        // "abcdefghij klmnopqrst... " and a word: 3 + 1 + 36 = 40 bytes after the cut.
        assert!(hidden_after(
            &format!("{words}... {}", "m".repeat(36)),
            &long
        ));
        assert!(!hidden_after(
            &format!("{words}... {}", "m".repeat(37)),
            &long
        ));
        // 20 characters before the ellipsis are enough, 19 are not.
        assert!(hidden_after("bcdefghij klmnopqrst...", &long));
        assert!(!hidden_after("cdefghij klmnopqrst...", &long));
        // The excerpt is 24 bytes: hidden text of 124 bytes is not more than 100 longer,
        // one of 125 is.
        let excerpt = format!("{words}...");
        let padded = |n: usize| format!("{words} {}", "y".repeat(n - words.len() - 1));
        assert!(!hidden_after(&excerpt, &padded(124)));
        assert!(hidden_after(&excerpt, &padded(125)));
    }

    /// A `<noscript>` asking for JavaScript is a notice; one holding more than a notice's
    /// length of text is the page served without scripts.
    #[test]
    fn script_notices_are_short() {
        let notice = |chars: usize| {
            format!(
                "<body><noscript id=n><p>{}</p></noscript></body>",
                "x".repeat(chars)
            )
        };
        assert_eq!(
            hard_removed(&notice(
                crate::rules::Thresholds::DEFAULT.prune.script_notice_chars
            )),
            ["n"]
        );
        assert!(hard_removed(&notice(
            crate::rules::Thresholds::DEFAULT.prune.script_notice_chars + 1
        ))
        .is_empty());
    }

    /// A same-page link of one or two symbols is a permalink mark; one holding an element
    /// or a letter is text.
    #[test]
    fn symbol_anchors_are_only_symbols() {
        let html = "<body><h2>Tides <a id=mark href='#tides'>¶</a></h2>\
            <h2>Knots <a id=two href='#knots'>#§</a></h2>\
            <h2>Nets <a id=three href='#nets'>#§¶</a></h2>\
            <h2>Rows <a id=inner href='#rows'><i>i</i>¶</a></h2>\
            <h2>Poles <a id=lettered href='#poles'>¶a</a></h2>\
            <h2>Sheds <a id=away href='/sheds'>¶</a></h2></body>";
        assert_eq!(hard_removed(html), ["mark", "two"]);
    }

    /// A wrapper named after chrome stays when it holds more than 70% of the page's text
    /// with under 30% of it in links: a layout box, not a sidebar (a sidebar beside a
    /// short post can hold half the page).
    #[test]
    fn a_chrome_named_wrapper_with_most_of_the_text_stays() {
        let text = |html: &str| crate::extract(html).expect("extracts").text().to_string();
        let share = |wrapper: usize| {
            let html = format!(
                "<body><div class=sidebar>{}</div><p>{}</p></body>",
                "a".repeat(wrapper),
                "b".repeat(100 - wrapper)
            );
            text(&html).contains('a')
        };
        assert!(!share(70), "70% of the text is a sidebar's share");
        assert!(share(71), "71% of the text is more than a sidebar's");
        let linked = |link: usize| {
            let html = format!(
                "<body><div class=sidebar>{}<a href=/x>{}</a></div><p>{}</p></body>",
                "c".repeat(100 - link),
                "d".repeat(link),
                "e".repeat(40)
            );
            text(&html).contains('c')
        };
        assert!(!linked(30), "30% of it in links is a sidebar's density");
        assert!(linked(29), "under 30% in links is a layout box");
        // A strong chrome word ("related") or text hidden from sighted readers is pruned
        // by name however much of the page it holds, headline or not.
        let strong = format!(
            "<body><div id=w class=related><p>{}</p></div><p>{}</p></body>",
            "f".repeat(80),
            "g".repeat(20)
        );
        assert_eq!(names_removed(&strong), ["w"]);
        let hidden = format!(
            "<body><div id=w class=sr-only><h1>Headline</h1><p>{}</p></div><p>{}</p></body>",
            "h".repeat(80),
            "i".repeat(20)
        );
        assert_eq!(names_removed(&hidden), ["w"]);
        let plain = hidden.replace("sr-only", "sidebar");
        assert_eq!(names_removed(&plain), Vec::<String>::new());
    }

    /// A chrome-named box holding a post embedded from a social platform (a tweet's
    /// blockquote) quotes it for the article and stays; the same box around an ordinary
    /// quotation, and a strong chrome word's box around an embed, go.
    #[test]
    fn a_wrapper_around_an_embedded_post_stays() {
        let prose = format!("<p>{}</p>", "The article's own text. ".repeat(20));
        let page = |class: &str, quote: &str| {
            format!(
                "<body>{prose}<div id=w class=\"{class}\"><blockquote class=\"{quote}\">\
                 <p>Half a million on a slogan.</p>— A reader (@reader) \
                 <a href=/s/1>November 18, 2019</a></blockquote></div>{prose}</body>"
            )
        };
        for embed in [
            "twitter-tweet",
            "instagram-media",
            "tiktok-embed",
            "Twitter-Tweet tw-align-center",
        ] {
            assert!(
                names_removed(&page("social-media-embed", embed)).is_empty(),
                "{embed}"
            );
        }
        assert_eq!(
            names_removed(&page("social-media-embed", "pullquote")),
            ["w"]
        );
        assert_eq!(names_removed(&page("related", "twitter-tweet")), ["w"]);
    }

    /// A chrome-named box that is a code block's own (Prism's `code-toolbar` around the
    /// `<pre>` and its copy button) is code; a sidebar with a line of code in its prose,
    /// and a comment holding code, go.
    #[test]
    fn a_code_blocks_own_box_stays() {
        let prose = format!("<p>{}</p>", "The article's own text. ".repeat(20));
        let code = "<pre><code>fn main() {\n    println!(\"tide\");\n}</code></pre>";
        let page = |class: &str, extra: &str| {
            format!("<body>{prose}<div id=w class={class}>{code}{extra}</div>{prose}</body>")
        };
        assert!(names_removed(&page("code-toolbar", "<button>Copy</button>")).is_empty());
        // The box stays; its toolbar inside is chrome of its own.
        let mostly_code = page("code-toolbar", "<div id=t class=toolbar-item>Copy</div>");
        assert_eq!(names_removed(&mostly_code), ["t"]);
        let aside = "<p>A sidebar note that says more than the line of code it shows.</p>";
        assert_eq!(names_removed(&page("sidebar", aside)), ["w"]);
        assert_eq!(names_removed(&page("comments", "")), ["w"]);
        // Four fifths of the box preformatted, and no less.
        let share = |other: usize| {
            let html = format!(
                "<body>{prose}<div id=w class=toolbar><pre>{}</pre><span>{}</span></div></body>",
                "a".repeat(80),
                "b".repeat(other)
            );
            names_removed(&html)
        };
        assert!(share(20).is_empty());
        assert_eq!(share(21), ["w"]);
        // A box with no text at all (an ad's image) holds no code.
        let ad = format!("<body>{prose}<div id=w class=ad><img src=ad.png></div></body>");
        assert_eq!(names_removed(&ad), ["w"]);
    }

    /// The `id`s of the elements name pruning removes from `html`, in document order.
    fn names_removed(html: &str) -> Vec<String> {
        let t = crate::page::TestPage::new(html, Rules::default());
        let mut pruned = t.hard.clone();
        prune_names(&t.page(), &mut pruned, &t.stats);
        t.doc
            .preorder(t.root)
            .filter(|&id| pruned.is_removed(id) && !t.hard.is_removed(id))
            .map(|id| t.id_of(id))
            .collect()
    }

    #[test]
    fn hidden_styles() {
        assert!(style_hides("color: red; DISPLAY : none"));
        assert!(!style_hides("display:block"));
    }
}
