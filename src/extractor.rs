//! The pipeline: decode, parse, prune, measure, select, render; metadata alongside.

use html5ever::local_name;

use crate::article::Article;
use crate::blocks::{segment, Block};
use crate::content::{base_url, build, Content, Include};
use crate::decode::{decode, EncodingSource};
use crate::dom::{Document, NodeId, Pruned, DOCUMENT};
use crate::error::Error;
use crate::features::{text_stats, TextStats};
use crate::metadata::{page_facts, PageFacts, PageType};
use crate::mojibake::repair_text_nodes;
use crate::names::name_signals;
use crate::options::{Mode, Options};
use crate::page::Page;
use crate::parse::{parse, ParseLimits};
use crate::prune::{
    is_in_chrome_landmark, prune_customer_reviews, prune_hard, prune_hard_with, prune_names,
    Hardness,
};
use crate::render::plain_text;
use crate::select::{is_good, select, select_listing, Selection};
use crate::sniff::{binary_reason, declares_markup};
use crate::streamed::place_streamed_segments;

/// Extracts articles with a fixed set of [`Options`].
///
/// An `Extractor` holds no per-page state: it is `Send + Sync`, cheap to clone, and one
/// instance can serve many threads.
///
/// ```
/// use dechrome::{Extractor, Mode, Options};
/// let extractor = Extractor::new(Options::default().with_mode(Mode::Precision));
/// let html = "<html><body><article><p>Only the article text stays here, \
///             long enough to count as a paragraph of content.</p></article>\
///             <footer>Copyright</footer></body></html>";
/// let article = extractor.extract(html)?;
/// assert!(article.text().starts_with("Only the article text"));
/// assert!(!article.text().contains("Copyright"));
/// # Ok::<(), dechrome::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// An extractor with the given options.
    pub fn new(options: Options) -> Self {
        Extractor { options }
    }

    /// The options this extractor applies.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts the main content of an HTML document given as text.
    pub fn extract(&self, html: &str) -> Result<Article, Error> {
        self.check_size(html.len())?;
        self.run(html, "UTF-8", EncodingSource::Text)
    }

    /// Extracts the main content of an HTML document given as bytes. The encoding is taken
    /// from a byte-order mark, the `charset` of `content_type` (an HTTP `Content-Type`
    /// value), a `<meta>` declaration, or a guess, in that order. Unless `content_type`
    /// names HTML or XML, binary data (an image, an archive, random bytes) is
    /// [`Error::BinaryInput`] instead of a page of control characters.
    pub fn extract_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
    ) -> Result<Article, Error> {
        self.check_size(bytes.len())?;
        let decoded = decode(bytes, content_type);
        if !content_type.is_some_and(declares_markup) {
            if let Some(reason) = binary_reason(bytes, &decoded.text) {
                return Err(Error::BinaryInput { reason });
            }
        }
        self.run(&decoded.text, decoded.encoding.name(), decoded.source)
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        if size > self.options.max_input_bytes {
            return Err(Error::InputTooLarge {
                size,
                limit: self.options.max_input_bytes,
            });
        }
        Ok(())
    }

    fn run(
        &self,
        html: &str,
        encoding: &'static str,
        source: EncodingSource,
    ) -> Result<Article, Error> {
        let limits = ParseLimits {
            max_depth: self.options.max_depth,
            max_nodes: self.options.max_nodes,
            elide_scripts: true,
        };
        let page_url = match self.options.url.as_deref() {
            Some(raw) => Some(url::Url::parse(raw).map_err(|e| Error::InvalidUrl {
                url: raw.to_string(),
                reason: e.to_string(),
            })?),
            None => None,
        };
        let mut doc = parse(html, limits)?;
        place_streamed_segments(&mut doc);
        repair_text_nodes(&mut doc);
        let root = content_root(&doc);
        let mut hard = prune_hard(&doc, root);
        if !self.options.tables || !self.options.lists {
            prune_structures(&doc, root, &mut hard, &self.options);
        }
        let signals = name_signals(&doc, root, &hard);
        let PageFacts {
            metadata,
            declared_body,
        } = page_facts(&doc, &signals, page_url.as_ref());
        if metadata.page_type == Some(PageType::Product) {
            prune_customer_reviews(&doc, root, &mut hard, &signals);
        }
        let page = Page {
            doc: &doc,
            root,
            signals: &signals,
            page_type: metadata.page_type,
            title: metadata.title.as_deref(),
        };
        let chosen = choose_content(&page, hard, &self.options);
        let mut text = plain_text(&chosen.blocks, &chosen.selection.blocks);
        let mut content = build(
            &doc,
            root,
            &chosen.selection.roots,
            &chosen.pruned,
            &chosen.blocks,
            &chosen.selection.blocks,
            Include {
                images: self.options.images,
                links: self.options.links,
            },
            base_url(&doc, page_url.as_ref()).as_ref(),
        );
        // Script-rendered pages may carry their body only in JSON-LD `articleBody`; an empty
        // result takes that rather than nothing.
        if text.is_empty() {
            if let Some(body) = declared_body {
                content = Content::from_paragraphs(&body);
                text = body;
            }
        }
        Ok(Article {
            text,
            metadata,
            encoding,
            encoding_source: source,
            content,
        })
    }
}

/// The `<body>` (or the root element of a body-less document such as a frameset).
pub(crate) fn content_root(doc: &Document) -> NodeId {
    let html = doc.children(DOCUMENT).find(|&c| doc.element(c).is_some());
    let Some(html) = html else { return DOCUMENT };
    doc.children(html)
        .find(|&c| doc.tag(c) == Some(&local_name!("body")))
        .unwrap_or(html)
}

/// What the first selection pass computed: kept for the fallbacks and for debugging.
pub(crate) struct FirstPass {
    /// Never-content elements only.
    pub(crate) hard: Pruned,
    /// Text sizes with only `hard` pruning.
    pub(crate) raw_stats: TextStats,
    /// `hard` plus chrome class/id names.
    pub(crate) pruned: Pruned,
    pub(crate) stats: TextStats,
    pub(crate) blocks: Vec<Block>,
    pub(crate) selection: Selection,
}

/// Prunes by class names on top of `hard`, measures, segments and selects once.
pub(crate) fn first_pass(page: &Page<'_>, hard: Pruned, mode: Mode) -> FirstPass {
    let (doc, root) = (page.doc, page.root);
    let raw_stats = text_stats(doc, root, &hard, None);
    let mut pruned = hard.clone();
    prune_names(
        doc,
        root,
        &mut pruned,
        &raw_stats,
        page.signals,
        page.is_discussion(),
        page.is_article(),
    );
    let stats = text_stats(doc, root, &pruned, Some(&raw_stats));
    let blocks = segment(doc, root, &pruned);
    let selection = select(page, &pruned, &stats, &blocks, mode);
    FirstPass {
        hard,
        raw_stats,
        pruned,
        stats,
        blocks,
        selection,
    }
}

fn kept_chars(blocks: &[Block], selection: &Selection) -> u32 {
    selection.blocks.iter().map(|&i| blocks[i].chars).sum()
}

/// Characters of the selection's clean paragraphs: prose, as opposed to labels and links.
fn prose_chars(blocks: &[Block], selection: &Selection) -> u32 {
    selection
        .blocks
        .iter()
        .filter_map(|&i| blocks.get(i))
        .filter(|b| is_good(b))
        .map(|b| b.chars)
        .sum()
}

/// The blocks, the pruning they were cut under, and the ones selected.
pub(crate) struct Chosen {
    pub(crate) pruned: Pruned,
    pub(crate) blocks: Vec<Block>,
    pub(crate) selection: Selection,
}

/// Selects the main content. When the pick is too short for the page, a listing pick and
/// a pick without class-name pruning are tried, and the one with more text wins; when all
/// are still short, a pick under lenient hard pruning (a page swallowed by an unclosed
/// `<aside>`, or wrapped in a hidden element until a script shows it).
pub(crate) fn choose_content(page: &Page<'_>, hard: Pruned, options: &Options) -> Chosen {
    let mode = options.mode;
    let first = first_pass(page, hard, mode);
    let page_chars = first.raw_stats.chars[page.root.index()];
    let kept = kept_chars(&first.blocks, &first.selection);
    if kept >= 200 || (kept > 0 && u64::from(kept) * 4 >= u64::from(page_chars)) {
        let selection = match listing_over_intro(page, &first, kept) {
            Some(listing) => listing,
            None => first.selection,
        };
        return Chosen {
            pruned: first.pruned,
            blocks: first.blocks,
            selection,
        };
    }
    // Too little for the page. Either class-name pruning removed the content, or the
    // content is a list of links (a product grid, an archive) that paragraph scoring cannot
    // see; take whichever alternative recovers more text.
    let mut best_chars = kept;
    let mut best_selection = first.selection;
    if let Some(listing) = select_listing(page, &first.pruned, &first.stats, &first.blocks) {
        let chars = kept_chars(&first.blocks, &listing);
        if chars > best_chars.saturating_mul(2) {
            best_chars = chars;
            best_selection = listing;
        }
    }
    let blocks = segment(page.doc, page.root, &first.hard);
    let selection = select(page, &first.hard, &first.raw_stats, &blocks, mode);
    let mut best = if kept_chars(&blocks, &selection) > best_chars {
        best_chars = kept_chars(&blocks, &selection);
        Chosen {
            pruned: first.hard,
            blocks,
            selection,
        }
    } else {
        Chosen {
            pruned: first.pruned,
            blocks: first.blocks,
            selection: best_selection,
        }
    };
    if best_chars < 200 {
        if let Some(lenient) = lenient_pick(page, options, page_chars) {
            if kept_chars(&lenient.blocks, &lenient.selection) > best_chars.saturating_mul(2) {
                best = lenient;
            }
        }
    }
    best
}

/// Most characters of clean paragraphs a pick may have and still be only the introduction
/// of a listing page.
const MAX_INTRO_PROSE: u32 = 1000;

/// On a page that declares no main text, a paragraph pick with little prose may be the
/// introduction above a product grid or an index: the listing is taken when it holds
/// several times the pick's text and is not navigation or a footer. Otherwise a listing
/// holding at least as much text as the pick joins it (a buying guide above a grid, or an
/// introduction whose container also holds the grid: both are the page).
fn listing_over_intro(page: &Page<'_>, first: &FirstPass, kept: u32) -> Option<Selection> {
    if page.declares_main_text() {
        return None;
    }
    let listing = select_listing(page, &first.pruned, &first.stats, &first.blocks)?;
    let listed = kept_chars(&first.blocks, &listing);
    let in_chrome = listing
        .roots
        .iter()
        .any(|&r| is_in_chrome_landmark(page.doc, r));
    if in_chrome {
        return None;
    }
    if prose_chars(&first.blocks, &first.selection) < MAX_INTRO_PROSE
        && u64::from(listed) >= 4 * u64::from(kept)
    {
        return Some(listing);
    }
    if listed < kept {
        return None;
    }
    // A listing around the pick would take in what the pick left out around it; one inside
    // the pick adds the entries paragraph scoring dropped (link-heavy cards) under the
    // pick's own roots.
    let doc = page.doc;
    let holds = |outer: NodeId, inner: NodeId| doc.self_and_ancestors(inner).any(|a| a == outer);
    let picked = &first.selection.roots;
    if listing
        .roots
        .iter()
        .any(|&l| picked.iter().any(|&r| holds(l, r)))
    {
        return None;
    }
    let inside = listing
        .roots
        .iter()
        .all(|&l| picked.iter().any(|&r| holds(r, l)));
    let mut blocks: Vec<usize> = first
        .selection
        .blocks
        .iter()
        .chain(&listing.blocks)
        .copied()
        .collect();
    blocks.sort_unstable();
    blocks.dedup();
    let mut roots = picked.clone();
    if !inside {
        // Roots in document order, so the content tree reads the way the text does.
        if listing.blocks.first() < first.selection.blocks.first() {
            roots.splice(0..0, listing.roots);
        } else {
            roots.extend(listing.roots);
        }
    }
    Some(Selection { blocks, roots })
}

/// Characters the lenient pick must find to be taken: of clean paragraphs, or of a listing.
const MIN_LENIENT_CHARS: u32 = 500;

/// A pick under lenient hard pruning, when what strict pruning removes holds most of the
/// page's text: the mark of a page swallowed by a landmark or a hidden wrapper, not of a
/// short page with a long footer. The paragraph pick is taken when it finds prose; else a
/// listing (a product grid hidden until a script shows it), unless that lies in navigation
/// or a footer: a page that is all menus and newsletter boxes stays empty.
fn lenient_pick(page: &Page<'_>, options: &Options, page_chars: u32) -> Option<Chosen> {
    let (doc, root) = (page.doc, page.root);
    let mut pruned = prune_hard_with(doc, root, Hardness::Lenient);
    if !options.tables || !options.lists {
        prune_structures(doc, root, &mut pruned, options);
    }
    let stats = text_stats(doc, root, &pruned, None);
    if u64::from(stats.chars[root.index()]) < 2 * u64::from(page_chars) {
        return None;
    }
    let blocks = segment(doc, root, &pruned);
    let selection = select(page, &pruned, &stats, &blocks, options.mode);
    if prose_chars(&blocks, &selection) >= MIN_LENIENT_CHARS {
        return Some(Chosen {
            pruned,
            blocks,
            selection,
        });
    }
    let listing = select_listing(page, &pruned, &stats, &blocks)?;
    if kept_chars(&blocks, &listing) < MIN_LENIENT_CHARS
        || listing.roots.iter().any(|&r| is_in_chrome_landmark(doc, r))
    {
        return None;
    }
    Some(Chosen {
        pruned,
        blocks,
        selection: listing,
    })
}

/// Leaves tables and/or lists out when the options turn them off.
fn prune_structures(doc: &Document, root: NodeId, pruned: &mut Pruned, options: &Options) {
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
