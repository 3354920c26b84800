//! Internals exposed for the project's own differential tests and fuzz targets only; not part
//! of the stable API.

use crate::dom::{Edge, NodeData, DOCUMENT};
use crate::parse::parse_default;

/// The arena DOM of `html` as a flat list of events: `<name attr="v">`, `</name>`, `"text"`,
/// `<!--comment-->`, doctypes left out. Template contents are not descended into.
pub fn dom_events(html: &str) -> Vec<String> {
    events(&parse_default(html))
}

/// The tree extraction builds (script, style and SVG bodies, comments' text and unread
/// `data-*` attributes elided from the text before parsing) as [`dom_events`], seen through
/// the elision: the children of `script`, `style` and `svg` elements, the text of comments
/// and the attributes for which [`attribute_is_elided`] holds are left out. The same view of html5ever's own tree of the unelided page must be identical, which
/// shows the text-level elision changed nothing else.
pub fn production_dom_events(html: &str) -> Vec<String> {
    events_where(&crate::parse::parse_production(html), true)
}

/// Whether extraction leaves the attribute `name` out of its tree: a `data-*` attribute it
/// never reads (it keeps the few where lazy-loading pages put a picture's address).
pub fn attribute_is_elided(name: &str) -> bool {
    crate::parse::is_unread_data_attribute(name.as_bytes())
}

fn events(doc: &crate::dom::Document) -> Vec<String> {
    events_where(doc, false)
}

fn events_where(doc: &crate::dom::Document, elided_view: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut walk = doc.traverse(DOCUMENT);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(id) => match doc.data(id) {
                NodeData::Element(el) => {
                    let mut s = format!("<{}", el.name.local);
                    for a in &el.attrs {
                        if elided_view && attribute_is_elided(&a.name.local) {
                            continue;
                        }
                        s.push_str(&format!(" {}={:?}", a.name.local, &*a.value));
                    }
                    s.push('>');
                    out.push(s);
                    if elided_view && matches!(&*el.name.local, "script" | "style" | "svg") {
                        walk.skip_children(id);
                    }
                }
                NodeData::Text(t) => out.push(format!("{:?}", &**t)),
                NodeData::Comment(_) if elided_view => out.push("<!---->".to_string()),
                NodeData::Comment(t) => out.push(format!("<!--{}-->", &**t)),
                _ => {}
            },
            Edge::Close(id) => {
                if let Some(el) = doc.element(id) {
                    out.push(format!("</{}>", el.name.local));
                }
            }
        }
    }
    out
}

/// Runs the extraction pipeline on `html` with `options`, as [`crate::Extractor`] does, and
/// keeps the tree for describing what it chose.
fn analyse(
    html: &str,
    options: &crate::Options,
) -> (crate::dom::Document, crate::extractor::Analysis) {
    let doc =
        crate::extractor::parse_page(html, options).unwrap_or_else(|_| crate::dom::Document::new());
    let rules = crate::rules::Rules::new(options);
    let analysis = crate::extractor::analyse(&doc, options, &rules, None);
    (doc, analysis)
}

/// The elements the winning rung of the fallback ladder pruned from `html`'s body, each as
/// `stage <tag class="..." id="..."> (N chars)`, in document order: to see why text went
/// missing. `hard` is pruning by tag, role and hiding; `name` by class and id names.
pub fn pruned_elements(html: &str, options: &crate::Options) -> Vec<String> {
    let (doc, analysis) = analyse(html, options);
    let chosen = &analysis.chosen;
    let root = analysis.root;
    let all = crate::features::text_stats(
        &doc,
        root,
        &crate::dom::Pruned {
            removed: vec![false; doc.len()],
        },
        None,
    );
    let mut out = Vec::new();
    let mut walk = doc.preorder(root);
    while let Some(id) = walk.next() {
        let stage = if chosen.hard.is_removed(id) {
            "hard"
        } else if chosen.pruned.is_removed(id) {
            "name"
        } else {
            continue;
        };
        walk.skip_children_of(id);
        if let Some(el) = doc.element(id) {
            out.push(format!(
                "{stage} <{} class={:?} id={:?}> ({} chars)",
                el.name.local,
                el.attr("class").unwrap_or(""),
                el.attr("id").unwrap_or(""),
                all.chars[id.index()]
            ));
        }
    }
    out
}

/// Describes an element as `tag.class#id`.
fn describe(doc: &crate::dom::Document, id: crate::dom::NodeId) -> String {
    match doc.element(id) {
        Some(el) => format!(
            "{}.{}#{}",
            el.name.local,
            el.attr("class")
                .unwrap_or("")
                .split_whitespace()
                .next()
                .unwrap_or(""),
            el.attr("id").unwrap_or("")
        ),
        None => "#text".to_string(),
    }
}

/// What extraction chose on `html` with `options`: the rung of the fallback ladder that won,
/// its containers, then every block as `+` (kept) or `-`, its kind, size, link density,
/// owner and opening words.
pub fn selection(html: &str, options: &crate::Options) -> Vec<String> {
    let (doc, analysis) = analyse(html, options);
    let chosen = &analysis.chosen;
    let (sel, blocks) = (&chosen.selection, &chosen.blocks);
    let mut out = vec![format!("pick {:?}", chosen.pick)];
    out.extend(sel.roots.iter().map(|&r| {
        let mut path = Vec::new();
        let mut cur = Some(r);
        while let Some(c) = cur {
            path.push(describe(&doc, c));
            cur = doc.node(c).parent;
        }
        path.reverse();
        format!("container {}", path.join(" > "))
    }));
    let kept: std::collections::HashSet<usize> = sel.blocks.iter().copied().collect();
    for (i, b) in blocks.iter().enumerate() {
        let words: String = b.text.chars().take(60).collect();
        out.push(format!(
            "{} {:?} {}c ld{:.2} {} | {}",
            if kept.contains(&i) { '+' } else { '-' },
            b.kind,
            b.chars,
            b.link_density(),
            describe(&doc, b.owner),
            words.replace('\n', " ")
        ));
    }
    out
}

/// The arena DOM of `html` in the html5lib-tests tree-construction format (`| <html>`, two
/// spaces per level, attributes sorted, template `content`), for conformance tests.
pub fn html5lib_tree(html: &str) -> String {
    use html5ever::ns;
    enum Item {
        Node(crate::dom::NodeId, usize),
        Content(usize),
    }
    let doc = parse_default(html);
    let mut out = String::new();
    let mut line = |depth: usize, text: &str| {
        out.push_str("| ");
        for _ in 0..depth {
            out.push_str("  ");
        }
        out.push_str(text);
        out.push('\n');
    };
    let mut stack: Vec<Item> = doc
        .children(DOCUMENT)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(|c| Item::Node(c, 0))
        .collect();
    while let Some(item) = stack.pop() {
        let (id, depth) = match item {
            Item::Content(depth) => {
                line(depth, "content");
                continue;
            }
            Item::Node(id, depth) => (id, depth),
        };
        match doc.data(id) {
            NodeData::Doctype(doctype) => {
                let (name, public_id, system_id) =
                    (&doctype.name, &doctype.public_id, &doctype.system_id);
                if public_id.is_empty() && system_id.is_empty() {
                    line(depth, &format!("<!DOCTYPE {}>", &**name));
                } else {
                    line(
                        depth,
                        &format!(
                            "<!DOCTYPE {} \"{}\" \"{}\">",
                            &**name, &**public_id, &**system_id
                        ),
                    );
                }
            }
            NodeData::Comment(t) => line(depth, &format!("<!-- {} -->", &**t)),
            NodeData::Text(t) => line(depth, &format!("\"{}\"", &**t)),
            NodeData::Element(el) => {
                let prefix = if el.name.ns == ns!(svg) {
                    "svg "
                } else if el.name.ns == ns!(mathml) {
                    "math "
                } else {
                    ""
                };
                line(depth, &format!("<{prefix}{}>", el.name.local));
                let mut attrs: Vec<(String, String)> = el
                    .attrs
                    .iter()
                    .map(|a| {
                        let ns = if a.name.ns == ns!(xlink) {
                            "xlink "
                        } else if a.name.ns == ns!(xml) {
                            "xml "
                        } else if a.name.ns == ns!(xmlns) {
                            "xmlns "
                        } else {
                            ""
                        };
                        let name = format!("{ns}{}", a.name.local);
                        let shown = format!("{name}=\"{}\"", &*a.value);
                        (name, shown)
                    })
                    .collect();
                attrs.sort();
                for (_, shown) in &attrs {
                    line(depth + 1, shown);
                }
                let children: Vec<crate::dom::NodeId> = doc.children(id).collect();
                for &c in children.iter().rev() {
                    stack.push(Item::Node(c, depth + 1));
                }
                if let Some(&contents) = doc.template_contents.get(&id) {
                    let inner: Vec<crate::dom::NodeId> = doc.children(contents).collect();
                    for &c in inner.iter().rev() {
                        stack.push(Item::Node(c, depth + 2));
                    }
                    stack.push(Item::Content(depth + 1));
                }
            }
            _ => {}
        }
    }
    out
}

/// The encoding `bytes` declare (byte-order mark, then `<meta>`), without any guessing.
pub fn declared_encoding(bytes: &[u8]) -> Option<&'static str> {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return Some(enc.name());
    }
    crate::decode::declared_in_meta(bytes).map(|e| e.name())
}

/// Depth of the deepest text node when `html` is parsed with nesting capped at `max_depth`
/// (the document is depth 0, `<html>` 1).
pub fn deepest_text(html: &str, max_depth: u32) -> u32 {
    let limits = crate::parse::ParseLimits {
        max_depth: max_depth.max(2),
        max_nodes: usize::MAX,
        elide_scripts: false,
        close_runaway_raw_text: false,
    };
    let Ok(doc) = crate::parse::parse(html, limits) else {
        return 0;
    };
    doc.nodes
        .iter()
        .zip(&doc.data)
        .filter(|(n, data)| matches!(data, NodeData::Text(_)) && n.parent.is_some())
        .map(|(n, _)| n)
        .map(|n| n.depth)
        .max()
        .unwrap_or(0)
}

/// Parses `html` into the arena DOM and nothing else; returns the node count (for the
/// parse-only benchmark).
pub fn parse_only(html: &str) -> usize {
    parse_default(html).len()
}

/// Every word list the heuristics read, a line per group: `concept (source): words`.
pub fn vocabulary() -> Vec<String> {
    let months = crate::rules::vocabulary::MONTHS.iter().map(|language| {
        format!(
            "months ({}): {}",
            language.source.describe(),
            language.names.join(", ")
        )
    });
    crate::rules::vocabulary::CONCEPTS
        .iter()
        .flat_map(|(concept, groups)| {
            groups.iter().map(move |group| {
                format!(
                    "{concept} ({}): {}",
                    group.source.describe(),
                    group.words.join(", ")
                )
            })
        })
        .chain(months)
        .collect()
}

/// One page taken through the pipeline once, with every stage's input kept, so that each
/// stage can be run again on its own: the per-stage benchmark (`benches/stages.rs`) times
/// them over a set of pages, so a regression shows in the stage that caused it. Default
/// options; each method returns a size so the work cannot be optimised away.
pub struct Stages {
    options: crate::Options,
    rules: crate::rules::Rules,
    doc: crate::dom::Document,
    root: crate::dom::NodeId,
    hard: crate::dom::Pruned,
    signals: Vec<crate::names::NameSignal>,
    metadata: crate::Metadata,
    headline: Option<String>,
    has_declared_body: bool,
    chosen: crate::ladder::Chosen,
}

impl Stages {
    /// The page's pipeline run once; `None` when the page does not parse under the limits.
    pub fn new(html: &str) -> Option<Stages> {
        let options = crate::Options::default();
        let rules = crate::rules::Rules::new(&options);
        let doc = crate::extractor::parse_page(html, &options).ok()?;
        let root = crate::extractor::content_root(&doc);
        let hard = crate::prune::prune_hard(&doc, root, &rules);
        let signals = crate::names::name_signals(&doc, root, &hard, &rules);
        let facts = crate::metadata::page_facts(&doc, &signals, None);
        let has_declared_body = facts.declared_body.is_some();
        let page = crate::page::Page {
            doc: &doc,
            root,
            signals: &signals,
            page_type: facts.metadata.page_type,
            title: facts.headline.as_deref(),
            rules: &rules,
        };
        let chosen =
            crate::ladder::choose_content(&page, hard.clone(), &options, has_declared_body);
        let stages = Stages {
            options,
            rules,
            doc,
            root,
            hard,
            signals,
            metadata: facts.metadata,
            headline: facts.headline,
            has_declared_body,
            chosen,
        };
        Some(stages)
    }

    /// The page's bytes decoded as [`crate::Extractor::extract_bytes`] decodes them.
    pub fn decoded(bytes: &[u8]) -> String {
        crate::decode::decode(bytes, None).text.into_owned()
    }

    /// Decoding the bytes into text (encoding sniffed as [`crate::Extractor::extract_bytes`]
    /// does); the text's length.
    pub fn decode(bytes: &[u8]) -> usize {
        crate::decode::decode(bytes, None).text.len()
    }

    /// Parsing into the arena DOM and repairing it (streamed segments, mojibake); the
    /// node count.
    pub fn parse(html: &str) -> usize {
        crate::extractor::parse_page(html, &crate::Options::default()).map_or(0, |d| d.len())
    }

    /// Pruning by tag, role and hiding; the number of pruned subtrees.
    pub fn prune(&self) -> usize {
        let hard = crate::prune::prune_hard(&self.doc, self.root, &self.rules);
        hard.removed.iter().filter(|r| **r).count()
    }

    /// Reading class and id names into per-node signals; the number of signals.
    pub fn name_signals(&self) -> usize {
        crate::names::name_signals(&self.doc, self.root, &self.hard, &self.rules).len()
    }

    /// Metadata (JSON-LD, meta tags, bylines, dates); the title's length.
    pub fn metadata(&self) -> usize {
        let facts = crate::metadata::page_facts(&self.doc, &self.signals, None);
        facts.metadata.title.map_or(0, |t| t.len())
    }

    /// Text sizes per node over the chosen rung's pruning (one of the ladder's passes).
    pub fn features(&self) -> usize {
        let stats = crate::features::text_stats(&self.doc, self.root, &self.chosen.pruned, None);
        stats.chars.len()
    }

    /// Cutting the chosen rung's tree into blocks (one of the ladder's passes); the count.
    pub fn blocks(&self) -> usize {
        crate::blocks::segment(&self.doc, self.root, &self.chosen.pruned).len()
    }

    /// The whole fallback ladder: thread finding, name pruning, features, blocks and
    /// selection for every rung it climbs; the number of kept blocks.
    pub fn select(&self) -> usize {
        let chosen = self.with_page(|page, hard, options| {
            crate::ladder::choose_content(page, hard, options, self.has_declared_body)
        });
        chosen.selection.blocks.len()
    }

    /// The plain text of the kept blocks; its length.
    pub fn text(&self) -> usize {
        crate::render::plain_text(&self.chosen.blocks, &self.chosen.selection.blocks).len()
    }

    /// The content tree of the kept blocks (what Markdown and HTML render from) and its
    /// Markdown; the Markdown's length.
    pub fn markdown(&self) -> usize {
        let content = crate::content::build(
            &self.doc,
            self.root,
            &self.chosen.selection.roots,
            &self.chosen.pruned,
            &self.chosen.blocks,
            &self.chosen.selection.blocks,
            crate::content::Include {
                images: self.options.images,
                links: self.options.links,
            },
            None,
        );
        crate::render::markdown::markdown(&content).len()
    }

    fn with_page<T>(
        &self,
        run: impl FnOnce(&crate::page::Page<'_>, crate::dom::Pruned, &crate::Options) -> T,
    ) -> T {
        let page = crate::page::Page {
            doc: &self.doc,
            root: self.root,
            signals: &self.signals,
            page_type: self.metadata.page_type,
            title: self.headline.as_deref(),
            rules: &self.rules,
        };
        run(&page, self.hard.clone(), &self.options)
    }
}

/// The names of [`BlockRow::features`], in order: general features of a text block (its
/// kind, size, links, punctuation, place in the page, the landmarks and class/id names
/// around it, its container and neighbours), none of them tied to a site or language.
pub const BLOCK_FEATURES: [&str; 28] = [
    "kind_paragraph",
    "kind_heading",
    "kind_list_item",
    "kind_preformatted",
    "kind_table_cell",
    "kind_quote",
    "kind_other",
    "log_chars",
    "link_density",
    "commas_per_100",
    "sentence_ends_per_100",
    "digit_share",
    "depth",
    "position",
    "in_chrome_landmark",
    "in_chrome_name",
    "in_strong_chrome_name",
    "in_content_name",
    "in_article_or_main",
    "in_comment_thread",
    "log_parent_chars",
    "parent_link_density",
    "log_prev_chars",
    "prev_link_density",
    "log_next_chars",
    "next_link_density",
    "kept_by_rules",
    "page_log_chars",
];

/// One text block of a page, for training and checking a learned block scorer.
pub struct BlockRow {
    /// The block's whitespace-collapsed text.
    pub text: String,
    /// Values in the order of [`BLOCK_FEATURES`].
    pub features: Vec<f32>,
}

/// Every block of `html`'s body under pruning by tag, role and hiding only (comment threads
/// and class-name chrome kept, so a scorer sees them), with its features; default options.
pub fn block_table(html: &str) -> Vec<BlockRow> {
    use crate::blocks::BlockKind;
    use html5ever::local_name;
    let options = crate::Options::default();
    let (doc, analysis) = analyse(html, &options);
    let rules = crate::rules::Rules::new(&options);
    let root = analysis.root;
    let hard = crate::prune::prune_hard(&doc, root, &rules);
    let signals = crate::names::name_signals(&doc, root, &hard, &rules);
    let stats = crate::features::text_stats(&doc, root, &hard, None);
    let blocks = crate::blocks::segment(&doc, root, &hard);
    // Flags every node inherits from its ancestors, in one preorder pass (parents first).
    const LANDMARK: u8 = 1;
    const CHROME: u8 = 2;
    const STRONG: u8 = 4;
    const CONTENT: u8 = 8;
    const ARTICLE: u8 = 16;
    const THREAD: u8 = 32;
    let threads: std::collections::HashSet<_> = analysis.chosen.threads.iter().collect();
    let mut flags = vec![0u8; doc.len()];
    for id in doc.preorder(root) {
        let mut f = doc.node(id).parent.map_or(0, |p| flags[p.index()]);
        if let Some(el) = doc.element(id) {
            let tag = &el.name.local;
            if matches!(
                *tag,
                local_name!("nav")
                    | local_name!("header")
                    | local_name!("footer")
                    | local_name!("aside")
            ) {
                f |= LANDMARK;
            }
            if matches!(*tag, local_name!("article") | local_name!("main")) {
                f |= ARTICLE;
            }
            let s = &signals[id.index()];
            if s.is_chrome(false) {
                f |= CHROME;
            }
            if s.is_strong_chrome(false) {
                f |= STRONG;
            }
            if s.content {
                f |= CONTENT;
            }
        }
        if threads.contains(&id) {
            f |= THREAD;
        }
        flags[id.index()] = f;
    }
    let kept: std::collections::HashSet<_> = analysis
        .chosen
        .selection
        .blocks
        .iter()
        .map(|&i| analysis.chosen.blocks[i].first_text)
        .collect();
    let page_chars: u32 = blocks.iter().map(|b| b.chars).sum();
    let log = |n: u32| (1.0 + n as f32).ln();
    let per_100 = |n: usize, chars: u32| n as f32 * 100.0 / chars.max(1) as f32;
    let n = blocks.len();
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let kind = match b.kind {
                BlockKind::Paragraph => 0,
                BlockKind::Heading(_) => 1,
                BlockKind::ListItem => 2,
                BlockKind::Preformatted => 3,
                BlockKind::TableCell => 4,
                BlockKind::Quote => 5,
                BlockKind::Other => 6,
            };
            let mut features = vec![0.0f32; BLOCK_FEATURES.len()];
            features[kind] = 1.0;
            let f = flags[b.owner.index()];
            let flag = |bit: u8| if f & bit != 0 { 1.0 } else { 0.0 };
            let parent = doc.node(b.owner).parent.unwrap_or(b.owner);
            let neighbour = |j: Option<usize>| {
                j.and_then(|j| blocks.get(j))
                    .map_or((0.0, 0.0), |o| (log(o.chars), o.link_density() as f32))
            };
            let (prev_chars, prev_links) = neighbour(i.checked_sub(1));
            let (next_chars, next_links) = neighbour(Some(i + 1));
            let digits = b.text.chars().filter(char::is_ascii_digit).count();
            let ends = b
                .text
                .chars()
                .filter(|c| matches!(c, '.' | '!' | '?' | '。' | '！' | '？'))
                .count();
            let rest = [
                log(b.chars),
                b.link_density() as f32,
                per_100(b.commas as usize, b.chars),
                per_100(ends, b.chars),
                digits as f32 / b.chars.max(1) as f32,
                doc.node(b.owner).depth as f32 / 32.0,
                i as f32 / n.max(1) as f32,
                flag(LANDMARK),
                flag(CHROME),
                flag(STRONG),
                flag(CONTENT),
                flag(ARTICLE),
                flag(THREAD),
                log(stats.chars[parent.index()]),
                stats.link_density(parent) as f32,
                prev_chars,
                prev_links,
                next_chars,
                next_links,
                if kept.contains(&b.first_text) {
                    1.0
                } else {
                    0.0
                },
                log(page_chars),
            ];
            features[7..].copy_from_slice(&rest);
            BlockRow {
                text: b.text.clone(),
                features,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(row: &BlockRow, name: &str) -> f32 {
        let i = BLOCK_FEATURES.iter().position(|n| *n == name);
        row.features[i.expect("a feature name")]
    }

    #[test]
    fn the_block_table_describes_every_block_with_its_features() {
        let html = "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>\
            <article><h1>Tide tables move online</h1>\
            <p>From next month the harbour office will stop printing its tide tables, and \
            publish them on its website instead, updated every morning at six o'clock.</p>\
            <p>Printed copies stay available at the office for anyone who asks for one, the \
            harbour master said on Monday, and the old board by the slipway stays too.</p>\
            </article><div class=sidebar><p>Most read this week</p></div></body></html>";
        let rows = block_table(html);
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        // The navigation is pruned by its tag; the sidebar, named as chrome, is kept here.
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert_eq!(texts[0], "Tide tables move online");
        assert!(texts[1].starts_with("From next month"));
        assert_eq!(texts[3], "Most read this week");
        assert!(rows
            .iter()
            .all(|r| r.features.len() == BLOCK_FEATURES.len()));
        let (heading, first, second, sidebar) = (&rows[0], &rows[1], &rows[2], &rows[3]);
        assert_eq!(feature(heading, "kind_heading"), 1.0);
        assert_eq!(feature(heading, "log_prev_chars"), 0.0);
        assert_eq!(feature(first, "kind_paragraph"), 1.0);
        assert_eq!(feature(first, "in_article_or_main"), 1.0);
        assert_eq!(feature(first, "kept_by_rules"), 1.0);
        assert_eq!(feature(first, "in_chrome_name"), 0.0);
        assert_eq!(feature(first, "link_density"), 0.0);
        assert!(feature(first, "commas_per_100") > 0.0);
        assert!(feature(first, "sentence_ends_per_100") > 0.0);
        assert_eq!(feature(first, "position"), 1.0 / 4.0);
        assert_eq!(
            feature(first, "log_prev_chars"),
            feature(heading, "log_chars")
        );
        assert_eq!(
            feature(first, "log_next_chars"),
            feature(second, "log_chars")
        );
        assert_eq!(feature(sidebar, "in_chrome_name"), 1.0);
        assert_eq!(feature(sidebar, "in_article_or_main"), 0.0);
        assert_eq!(feature(sidebar, "kept_by_rules"), 0.0);
        assert_eq!(feature(sidebar, "log_next_chars"), 0.0);
    }

    #[test]
    fn the_block_table_flags_landmarks_names_and_threads_around_a_block() {
        let html = "<html><body><article><header><p>A standfirst set in the article's \
            header, above the text.</p></header>\
            <div class=entry-content><p>The first paragraph of the post, long enough to \
            read as prose: 12 boats, 3 cranes and 1 harbour office, all open again.</p>\
            <p>A second paragraph of the post says what changes for the boat owners who \
            moor here in winter, and when the works end.</p></div>\
            <div class=related><p>A related story the site recommends.</p></div></article>\
            <div class=comments><div><p>Ada wrote a first reply to the post here.</p></div>\
            <div><p>Bo wrote a second reply, longer than the first one was.</p></div></div>\
            </body></html>";
        let rows = block_table(html);
        let row = |start: &str| {
            rows.iter()
                .find(|r| r.text.starts_with(start))
                .unwrap_or_else(|| panic!("a block starting {start:?}"))
        };
        let standfirst = row("A standfirst");
        assert_eq!(feature(standfirst, "in_chrome_landmark"), 1.0);
        assert_eq!(feature(standfirst, "in_content_name"), 0.0);
        let first = row("The first paragraph");
        assert_eq!(feature(first, "in_content_name"), 1.0);
        assert_eq!(feature(first, "in_chrome_landmark"), 0.0);
        assert_eq!(feature(first, "in_strong_chrome_name"), 0.0);
        let related = row("A related story");
        assert_eq!(feature(related, "in_strong_chrome_name"), 1.0);
        assert_eq!(feature(related, "in_chrome_name"), 1.0);
        let reply = row("Ada wrote");
        assert_eq!(feature(reply, "in_comment_thread"), 1.0);
        assert_eq!(feature(first, "in_comment_thread"), 0.0);
        // The numbers, computed again here from the block's text.
        let text = &first.text;
        let chars = text.chars().filter(|c| !c.is_whitespace()).count() as f32;
        let digits = text.chars().filter(char::is_ascii_digit).count() as f32;
        assert_eq!(feature(first, "log_chars"), (1.0 + chars).ln());
        assert_eq!(feature(first, "commas_per_100"), 3.0 * 100.0 / chars);
        assert_eq!(feature(first, "sentence_ends_per_100"), 100.0 / chars);
        assert_eq!(feature(first, "digit_share"), digits / chars);
        // html 1, body 2, article 3, the div 4, the paragraph 5.
        assert_eq!(feature(first, "depth"), 5.0 / 32.0);
        let page: f32 = rows
            .iter()
            .map(|r| r.text.chars().filter(|c| !c.is_whitespace()).count() as f32)
            .sum();
        assert_eq!(feature(first, "page_log_chars"), (1.0 + page).ln());
    }

    #[test]
    fn each_stage_run_alone_gives_what_the_pipeline_gave() {
        let html = "<html><head><title>Tide tables move online</title></head><body>\
            <nav><a href=/>Home</a></nav><script>var x = 1;</script>\
            <article><h1>Tide tables move online</h1>\
            <p>From next month the harbour office will stop printing its tide tables and \
            publish them on its <a href=/tides>website</a> instead, every morning at six.</p>\
            <p>Printed copies stay available at the office for anyone who asks for one, the \
            harbour master said on Monday, and the old board by the slipway stays too.</p>\
            </article><footer>Copyright Harbour News</footer></body></html>";
        assert_eq!(Stages::decoded(html.as_bytes()), html);
        assert_eq!(Stages::decode(html.as_bytes()), html.len());
        let stages = Stages::new(html).expect("the page parses");
        assert_eq!(Stages::parse(html), stages.doc.len());
        assert!(stages.doc.len() > 20);
        let pruned = stages.hard.removed.iter().filter(|r| **r).count();
        assert!(pruned >= 3, "nav, script and footer: {pruned}");
        assert_eq!(stages.prune(), pruned);
        assert_eq!(stages.name_signals(), stages.doc.len());
        assert_eq!(stages.features(), stages.doc.len());
        assert_eq!(stages.metadata(), "Tide tables move online".len());
        assert_eq!(stages.blocks(), stages.chosen.blocks.len());
        assert!(stages.chosen.blocks.len() >= 3);
        assert_eq!(stages.select(), stages.chosen.selection.blocks.len());
        assert_eq!(stages.select(), 2);
        let article = crate::Extractor::default().extract(html).expect("extracts");
        assert_eq!(stages.text(), article.text().len());
        assert_eq!(stages.markdown(), article.markdown().len());
    }
}
