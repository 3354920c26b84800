//! HTML text to arena [`Document`], through html5ever's tokenizer and tree builder.
//!
//! Two guards keep hostile input linear:
//! - [`DepthGuard`] sits between the tokenizer and the tree builder. html5ever's tree builder
//!   scans its stack of open elements on many tags (servo/html5ever#788), so a deeply nested
//!   page is quadratic. Once the sink reports that a start tag opened an element deeper than the
//!   cap, the guard closes it again at once, and while the current node is known to sit at the
//!   cap it drops further start tags before the tree builder sees them. The open-element stack
//!   therefore never grows much past the cap, and content past the cap is kept, flattened into
//!   the deepest allowed element (much as Blink and WebKit do at the same depth of 512).
//! - The input is fed in slices so that a node-count limit can stop the parse early.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use html5ever::interface::ElemName;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{local_name, ns, Attribute, LocalName, Namespace, QualName};

use crate::dom::{
    is_block_level, Doctype, Document, Element, ElementName, NodeData, NodeId, DOCUMENT,
};
use crate::error::Error;

/// Limits applied while parsing.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ParseLimits {
    pub(crate) max_depth: u32,
    pub(crate) max_nodes: usize,
    /// Leave out the bodies of `<script>` and `<style>` (JSON scripts excepted): extraction
    /// never reads them, and on real pages they are about half the bytes the tokenizer would
    /// otherwise walk character by character.
    pub(crate) elide_scripts: bool,
    /// Close a raw-text element that never closes and would swallow the page (see
    /// [`runaway_close_point`]). Browsers show nothing of such a page; readers want it.
    pub(crate) close_runaway_raw_text: bool,
}

/// Attributes kept per start tag. html5ever's tokenizer checks each new attribute against
/// all earlier ones of the same tag, so one tag with 100,000 attributes takes seconds; no
/// real page comes near this many.
pub(crate) const MAX_ATTRIBUTES_PER_TAG: usize = 1024;

/// The most nodes an arena may hold, whatever `Options::max_nodes` says: node ids are 32-bit,
/// and one 64 KiB slice of input adds far fewer than the headroom left above this.
pub(crate) const MAX_ARENA_NODES: usize = (u32::MAX / 2) as usize;

/// Nodes and attributes a tree may hold beyond one per input byte. Markup spends at least
/// two bytes on a node or an attribute (`<p>`, `x<b>`, ` a`), so only the tree builder's
/// copies of open formatting elements can pass one per byte; the allowance covers the
/// elements every document gets (`html`, `head`, `body`) and tiny pages.
const UNIT_ALLOWANCE: usize = 64 * 1024;

/// What one node or attribute of the tree costs by the end of extraction: the arena entry
/// (64 bytes) and the per-node tables the later stages keep beside it (name signals, text
/// measures, scores), as measured on a million `<br>` elements.
const BYTES_PER_UNIT: usize = 100;

/// The memory the tree and its tables may take: extraction promises at most eight bytes per
/// input byte plus 64 MiB; the tree gets six of the eight and 48 MiB. The rest is for the
/// input, its decoded copy, the text and the output, which are small exactly when nodes are
/// dense (markup, not text). Real pages spend 15 to 150 bytes of markup per node, far inside
/// this; only markup denser than any real page (a million `<br>` in 4 MB) reaches it.
fn tree_budget_units(input_len: usize) -> usize {
    input_len.saturating_mul(6).saturating_add(48 << 20) / BYTES_PER_UNIT
}

/// Parses `html` into an arena document.
pub(crate) fn parse(html: &str, limits: ParseLimits) -> Result<Document, Error> {
    let limits = ParseLimits {
        max_nodes: limits.max_nodes.min(MAX_ARENA_NODES),
        ..limits
    };
    let html = preprocess(
        html,
        MAX_ATTRIBUTES_PER_TAG,
        Preprocess {
            elide_scripts: limits.elide_scripts,
            close_runaway_raw_text: limits.close_runaway_raw_text,
        },
    );
    let html: &str = &html;
    // About one node per 40 bytes of HTML on real pages, one per 5 on tag soup. Reserving
    // for one per 4 means even tag soup never copies the arena as it grows (a copy and the
    // fresh pages it faults in: 100,000 misnested <b><i> allocated 80 MB at one per 8, 69 MB
    // now); the unused reserve is address space only, never touched.
    let max_units = html
        .len()
        .saturating_add(UNIT_ALLOWANCE)
        .min(tree_budget_units(html.len()));
    let sink = ArenaSink::new(
        // The document, `html`, `head` and `body` come on top of the input's own nodes.
        (html.len() / 4 + 8).min(limits.max_nodes).min(1 << 20),
        limits.max_nodes,
        max_units,
    );
    let opts = TreeBuilderOpts {
        scripting_enabled: false,
        ..TreeBuilderOpts::default()
    };
    let guard = DepthGuard {
        builder: TreeBuilder::new(sink, opts),
        top_depth: Cell::new(None),
        max_depth: limits.max_depth.max(2),
    };
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let queue = BufferQueue::default();
    let overflow = |sink: &ArenaSink| match sink.overflow.get() {
        None => Ok(()),
        Some(Overflow::Nodes) => Err(Error::TooManyNodes {
            limit: limits.max_nodes,
        }),
        Some(Overflow::Units) => Err(Error::TreeTooLarge {
            size: html.len(),
            limit: max_units,
        }),
    };

    // Feed in slices so that a tree past its limits stops the parse as we go, not after
    // the whole input.
    const SLICE: usize = 64 * 1024;
    let mut start = 0;
    while start < html.len() {
        let mut end = (start + SLICE).min(html.len());
        while !html.is_char_boundary(end) {
            end += 1;
        }
        queue.push_back(StrTendril::from_slice(&html[start..end]));
        // With scripting disabled a `Script` result only means "call again".
        while !matches!(tokenizer.feed(&queue), html5ever::TokenizerResult::Done) {}
        overflow(&tokenizer.sink.builder.sink)?;
        start = end;
    }
    tokenizer.end();
    overflow(&tokenizer.sink.builder.sink)?;
    Ok(tokenizer.sink.builder.sink.finish())
}

/// Parses an HTML string with no limits beyond the default depth cap (tests, differential).
pub(crate) fn parse_default(html: &str) -> Document {
    let limits = ParseLimits {
        max_depth: 512,
        max_nodes: usize::MAX,
        elide_scripts: false,
        close_runaway_raw_text: false,
    };
    // No node limit, so the parse cannot fail.
    parse(html, limits).unwrap_or_else(|_| Document::new())
}

/// Parses `html` as extraction does, except that a runaway raw-text element stays open:
/// script, style and SVG bodies, comments' text and unread `data-*` attributes elided before the tree is
/// built. For the production-path differential test.
pub(crate) fn parse_production(html: &str) -> Document {
    let limits = ParseLimits {
        max_depth: 512,
        max_nodes: usize::MAX,
        elide_scripts: true,
        // Closing a runaway element changes the tree on purpose; the differential test
        // checks that elision changes nothing, and the repair has tests of its own.
        close_runaway_raw_text: false,
    };
    parse(html, limits).unwrap_or_else(|_| Document::new())
}

/// The `data-*` attributes extraction reads: where lazy-loading pages put a picture's
/// address (see `content.rs`). Every other `data-*` attribute is left out when extracting.
pub(crate) const READ_DATA_ATTRIBUTES: [&str; 4] =
    ["data-src", "data-lazy-src", "data-original", "data-srcset"];

/// Whether extraction leaves the attribute `name` out of its tree: a `data-*` attribute it
/// never reads.
pub(crate) fn is_unread_data_attribute(name: &[u8]) -> bool {
    name.len() > 5
        && name[..5].eq_ignore_ascii_case(b"data-")
        && !READ_DATA_ATTRIBUTES
            .iter()
            .any(|read| name.eq_ignore_ascii_case(read.as_bytes()))
}

/// What [`preprocess`] changes beyond the attribute cap.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Preprocess {
    /// Leave out script and style bodies, comments' text and the `data-*` attributes never
    /// read.
    pub(crate) elide_scripts: bool,
    /// Close the first raw-text element that never closes and would swallow the page.
    pub(crate) close_runaway_raw_text: bool,
}

/// Drops the attributes past the first `max` of any start tag and, when `elide_scripts` is
/// set, the bodies of `<script>` and `<style>` elements (scripts whose start tag mentions
/// JSON are kept: JSON-LD metadata lives there), the text of comments and the `data-*`
/// attributes never read. With
/// `close_runaway_raw_text`, the first raw-text element that never closes and would swallow
/// the page is closed (see [`runaway_close_point`]). One linear scan that follows the
/// tokenizer's view of tags, comments and raw-text elements closely enough to find tag
/// boundaries. Input that needs no change is returned as it is, uncopied.
pub(crate) fn preprocess(html: &str, max: usize, what: Preprocess) -> Cow<'_, str> {
    let elide_scripts = what.elide_scripts;
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0; // bytes of `html` already accounted for in `out`
    let mut pos = 0;
    // At most one element is closed: a second search to the end could make the scan
    // quadratic, and a page swallowed twice is not one a reader knows either.
    let mut may_close_runaway = what.close_runaway_raw_text;
    let mut svg_scan = SvgScan::default();
    let mut context = RawTextContext::default();
    while let Some(offset) = memchr_lt(&bytes[pos..]) {
        let lt = pos + offset;
        let rest = &bytes[lt..];
        if let Some(after) = skip_non_start_tag(bytes, lt) {
            context.see_end_tag(bytes, lt);
            // A comment's text is never read, and the tokenizer copies it character by
            // character: it stays, empty, so that the tree keeps its shape.
            if let Some(close) = elide_scripts
                .then(|| comment_close(bytes, lt, after))
                .flatten()
            {
                let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
                buf.push_str(&html[copied..lt + 4]);
                copied = close;
            }
            pos = after;
            continue;
        }
        if rest.len() < 2 || !rest[1].is_ascii_alphabetic() {
            pos = lt + 1;
            continue;
        }
        // Tag name.
        let mut p = lt + 1;
        while p < bytes.len()
            && !matches!(
                bytes[p],
                b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'
            )
        {
            p += 1;
        }
        let name = &bytes[lt + 1..p];
        // Attributes: count them, remembering where the `max`-th one ended.
        let mut count = 0;
        let mut cut_at = None;
        let (end, self_closing) = read_attributes(bytes, p, |attr_start, name_end, attr_end| {
            count += 1;
            if count == max {
                cut_at = Some(attr_end);
            }
            // `data-*` values (serialised props, tracking JSON, test ids) are never read; the
            // tokenizer would copy them character by character and intern their names.
            let unread = elide_scripts && is_unread_data_attribute(&bytes[attr_start..name_end]);
            if unread && count < max {
                let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
                buf.push_str(&html[copied..attr_start]);
                copied = attr_end;
            }
        });
        if let (true, Some(cut)) = (count > max, cut_at) {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(&html[copied..cut]);
            copied = end;
        }
        pos = end;
        // Raw-text elements: their content is not markup up to the matching end tag.
        const RAW_TEXT: [&[u8]; 8] = [
            b"script",
            b"style",
            b"textarea",
            b"title",
            b"xmp",
            b"iframe",
            b"noembed",
            b"noframes",
        ];
        if let Some(raw) = RAW_TEXT.iter().find(|raw| name.eq_ignore_ascii_case(raw)) {
            let body_start = (end + 1).min(bytes.len());
            let is_script = *raw == b"script";
            let close = if is_script {
                find_script_end(bytes, pos)
            } else {
                find_end_tag(bytes, pos, name)
            };
            // Where the tag may not open raw text (see `RawTextContext`), its "body" may be
            // markup: it is stepped over, never elided or closed.
            let certain = context.raw_text_is_certain();
            let runaway_end = match close {
                None if certain && may_close_runaway && !is_script => {
                    may_close_runaway = false;
                    runaway_close_point(bytes, body_start)
                }
                _ => None,
            };
            pos = close.or(runaway_end).unwrap_or(bytes.len());
            let elide = elide_scripts
                && certain
                && (is_script || *raw == b"style")
                && !contains_ascii_ci(&bytes[lt..body_start], b"json")
                && pos > body_start;
            if elide || runaway_end.is_some() {
                let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
                buf.push_str(&html[copied..if elide { body_start } else { pos }]);
                copied = pos;
            }
            if runaway_end.is_some() {
                let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
                buf.push_str("</");
                // A name from RAW_TEXT: ASCII.
                buf.push_str(std::str::from_utf8(raw).unwrap_or_default());
                buf.push('>');
            }
        } else if name.eq_ignore_ascii_case(b"plaintext") {
            break;
        } else if elide_scripts
            && name.eq_ignore_ascii_case(b"svg")
            && bytes.get(end) == Some(&b'>')
            && !self_closing
        {
            // Inline SVG is never content; its body (paths, often kilobytes) is left out when
            // it holds no HTML tag that would break out of SVG parsing.
            let body_start = end + 1;
            if let Some(close) = svg_scan.body_end(bytes, lt, body_start) {
                if close > body_start {
                    let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
                    buf.push_str(&html[copied..body_start]);
                    copied = close;
                }
                pos = close;
            } else {
                context.see_start_tag(name, self_closing);
            }
        } else {
            context.see_start_tag(name, self_closing);
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            Cow::Owned(buf)
        }
    }
}

/// Reads a start tag's attributes from `from` (just past its name) as the tokenizer does,
/// calling `each` with where every attribute starts, where its name ends and where it ends
/// (a leading `=` belongs to the name, a quoted value may hold `>`). Returns where the
/// tag's `>` is (the input's end when none) and whether the tag closes itself: `/>` read
/// outside a value (`<svg/>`, not `<svg x=0/>`, whose value is `0/`).
fn read_attributes(
    bytes: &[u8],
    from: usize,
    mut each: impl FnMut(usize, usize, usize),
) -> (usize, bool) {
    const SPACE: [u8; 5] = [b'\t', b'\n', b'\x0c', b'\r', b' '];
    let mut p = from;
    loop {
        let gap_start = p;
        while p < bytes.len() && (SPACE.contains(&bytes[p]) || bytes[p] == b'/') {
            p += 1;
        }
        if p >= bytes.len() {
            return (bytes.len(), false);
        }
        if bytes[p] == b'>' {
            return (p, p > gap_start && bytes[p - 1] == b'/');
        }
        let attr_start = p;
        p += 1;
        while p < bytes.len() && !(SPACE.contains(&bytes[p]) || b"/>=".contains(&bytes[p])) {
            p += 1;
        }
        let name_end = p;
        let mut q = p;
        while q < bytes.len() && SPACE.contains(&bytes[q]) {
            q += 1;
        }
        if q < bytes.len() && bytes[q] == b'=' {
            q += 1;
            while q < bytes.len() && SPACE.contains(&bytes[q]) {
                q += 1;
            }
            match bytes.get(q) {
                Some(&quote @ (b'"' | b'\'')) => {
                    q = find_from(bytes, q + 1, &[quote]).map_or(bytes.len(), |e| e + 1);
                }
                _ => {
                    while q < bytes.len() && !(SPACE.contains(&bytes[q]) || bytes[q] == b'>') {
                        q += 1;
                    }
                }
            }
            p = q;
        }
        each(attr_start, name_end, p.min(bytes.len()));
    }
}

/// What the scan knows of the tree builder's state, enough to tell when a `<script>`,
/// `<style>` or other raw-text start tag may not open raw text. Inside SVG or MathML such a
/// tag makes a foreign element whose content is markup (`<svg><script><p>` shows the
/// paragraph); after `<frameset>` the tree builder ignores it and what follows is markup
/// too. The scan cannot see the tree, so it errs on the safe side: from an `<svg>` or
/// `<math>` start tag to its end tag, and from a `<frameset>` on, raw-text bodies are kept
/// as they are (not eliding is never wrong, only slower).
#[derive(Default)]
struct RawTextContext {
    /// `<svg>` and `<math>` start tags not yet matched by an end tag.
    open_foreign: usize,
    /// A `<frameset>` start tag was seen.
    frameset: bool,
}

impl RawTextContext {
    fn see_start_tag(&mut self, name: &[u8], self_closing: bool) {
        if name.eq_ignore_ascii_case(b"frameset") {
            self.frameset = true;
        } else if !self_closing
            && (name.eq_ignore_ascii_case(b"svg") || name.eq_ignore_ascii_case(b"math"))
        {
            self.open_foreign += 1;
        }
    }

    /// Reads the markup at `lt`, which is no start tag: an `</svg>` or `</math>` closes one
    /// foreign element.
    fn see_end_tag(&mut self, bytes: &[u8], lt: usize) {
        if self.open_foreign > 0
            && bytes.get(lt + 1) == Some(&b'/')
            && (tag_named_at(bytes, lt + 2, b"svg") || tag_named_at(bytes, lt + 2, b"math"))
        {
            self.open_foreign -= 1;
        }
    }

    fn raw_text_is_certain(&self) -> bool {
        self.open_foreign == 0 && !self.frameset
    }
}

/// Where to close a raw-text element (`<title>`, `<textarea>`, `<style>`, `<iframe>`, ...)
/// whose body starts at `body_start` and which has no end tag: the tokenizer reads the rest
/// of the document as its text, so a browser shows an empty page or a box full of markup.
/// When that text is most of the document and is markup (a tag opens it and end tags
/// follow), the element is closed before its first tag, start or end (`<title>News</head>`
/// titles the page "News"); otherwise (a short trailing box, a few stray `<` in text) it
/// is left as the tokenizer reads it.
fn runaway_close_point(bytes: &[u8], body_start: usize) -> Option<usize> {
    if (bytes.len() - body_start) * 2 <= bytes.len() {
        return None;
    }
    let starts_tag = |at: usize| bytes.get(at + 1).is_some_and(u8::is_ascii_alphabetic);
    let ends_tag = |at: usize| bytes.get(at + 1) == Some(&b'/') && starts_tag(at + 1);
    let mut from = body_start;
    let first_tag = loop {
        let at = from + memchr_lt(&bytes[from..])?;
        if starts_tag(at) || ends_tag(at) {
            break at;
        }
        from = at + 1;
    };
    let end_tags = memchr::memmem::find_iter(&bytes[first_tag..], b"</")
        .filter(|&offset| starts_tag(first_tag + offset + 1))
        .take(2)
        .count();
    (end_tags == 2).then_some(first_tag)
}

/// HTML start tags that end SVG (foreign content) parsing when they appear inside it.
const SVG_BREAKOUT: [&[u8]; 44] = [
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"font",
];

/// Finds where `<svg>` bodies end, in total work linear in the input.
///
/// A scan from an `<svg>` that finds no matching `</svg>` (the SVG is never closed, or
/// markup breaks out of it first) has already read every tag up to where it gave up. It
/// remembers what it saw there: which of the `<svg>` tags it passed were closed, and where.
/// When the caller asks about one of those, the answer comes from memory instead of a new
/// scan, so a page of 80,000 unclosed `<svg>` tags is read once, not 80,000 times.
#[derive(Default)]
struct SvgScan {
    /// Input read by the last scan that gave up: `<svg>` tags before this position were
    /// all seen by it.
    seen_until: usize,
    /// `<svg>` start (position of its `<`) to the position of its matching `</svg`, for
    /// the tags that scan saw closed.
    closed: HashMap<usize, usize>,
}

impl SvgScan {
    /// The position of the matching `</svg` of the `<svg>` tag at `lt`, whose start tag ends
    /// just before `body_start`; `None` when it is not closed before markup that would break
    /// out of SVG parsing (`<p>`, `<div>`, `</br>`, ...), a comment or CDATA that could hide
    /// a closing tag, or the end of the input.
    fn body_end(&mut self, bytes: &[u8], lt: usize, body_start: usize) -> Option<usize> {
        if lt < self.seen_until {
            return self.closed.get(&lt).copied();
        }
        self.closed.clear();
        // Open `<svg>` tags inside the one at `lt`, innermost last.
        let mut open: Vec<usize> = Vec::new();
        let mut pos = body_start;
        let gave_up_at = loop {
            let Some(offset) = bytes.get(pos..).and_then(|rest| memchr::memchr(b'<', rest)) else {
                break bytes.len();
            };
            let at = pos + offset;
            let rest = &bytes[at + 1..];
            if rest.first() == Some(&b'!') {
                break at;
            }
            let closing = rest.first() == Some(&b'/');
            let name_start = at + 1 + usize::from(closing);
            let name_len = bytes[name_start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let name = &bytes[name_start..name_start + name_len];
            if name.eq_ignore_ascii_case(b"svg") {
                if !closing {
                    // `<svg/>` holds nothing and closes at once. The scan goes on after the
                    // tag: a `<` in its attributes opens no tag, and reading them again
                    // from each such `<` would be quadratic.
                    let (end, self_closing) =
                        read_attributes(bytes, name_start + name_len, |_, _, _| {});
                    if !self_closing {
                        open.push(at);
                    }
                    pos = end;
                    continue;
                } else if let Some(inner) = open.pop() {
                    self.closed.insert(inner, at);
                } else {
                    return Some(at);
                }
            } else if (!closing && SVG_BREAKOUT.iter().any(|t| name.eq_ignore_ascii_case(t)))
                || (closing
                    && (name.eq_ignore_ascii_case(b"br") || name.eq_ignore_ascii_case(b"p")))
            {
                break at;
            }
            pos = at + 1;
        };
        self.seen_until = gave_up_at;
        None
    }
}

fn contains_ascii_ci(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', bytes)
}

fn find_from(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let haystack = bytes.get(from..)?;
    memchr::memmem::find(haystack, needle).map(|i| i + from)
}

/// Where the markup at `lt` (a `<`) ends when it is not a start tag, read as the tokenizer
/// reads it, so nothing inside is taken for a tag: a comment (ended by `-->` or `--!>`, or at
/// once by `<!-->` / `<!--->`), a bogus comment (`<!DOCTYPE ...>`, `<?...>`, `</ ...>`, ended
/// by the first `>`), or an end tag, whose "attributes" may hold quoted `>` and `<script>`
/// (`</p title="a>b">`). `None` for a start tag or a `<` that is text.
fn skip_non_start_tag(bytes: &[u8], lt: usize) -> Option<usize> {
    let rest = &bytes[lt..];
    let to_gt = |from: usize| {
        memchr::memchr(b'>', bytes.get(from..).unwrap_or(&[])).map_or(bytes.len(), |i| from + i + 1)
    };
    if rest.starts_with(b"<!--") {
        let body = lt + 4;
        if bytes.get(body) == Some(&b'>') {
            return Some(body + 1);
        }
        if bytes[body..].starts_with(b"->") {
            return Some(body + 2);
        }
        let mut q = body;
        while let Some(i) = memchr::memmem::find(&bytes[q..], b"--") {
            let dashes = q + i;
            match (bytes.get(dashes + 2), bytes.get(dashes + 3)) {
                (Some(b'>'), _) => return Some(dashes + 3),
                (Some(b'!'), Some(b'>')) => return Some(dashes + 4),
                _ => q = dashes + 1,
            }
        }
        return Some(bytes.len());
    }
    match rest.get(1) {
        Some(b'!' | b'?') => Some(to_gt(lt + 2)),
        Some(b'/') => match rest.get(2) {
            Some(c) if c.is_ascii_alphabetic() => Some(end_tag_end(bytes, lt + 2)),
            Some(b'>') => Some(lt + 3),
            Some(_) => Some(to_gt(lt + 2)),
            None => None,
        },
        _ => None,
    }
}

/// Where the closing `-->` (or `--!>`) of a comment opening at `lt` and ending just before
/// `after` starts, when the comment is closed and has text; `None` for anything else.
fn comment_close(bytes: &[u8], lt: usize, after: usize) -> Option<usize> {
    if !bytes[lt..].starts_with(b"<!--") {
        return None;
    }
    let closing = [&b"--!>"[..], &b"-->"[..]]
        .into_iter()
        .find(|end| bytes[..after].ends_with(end))?;
    let close = after - closing.len();
    (close > lt + 4).then_some(close)
}

/// Where an end tag whose name starts at `from` ends (just past its `>`), stepping over
/// attribute values the way the tokenizer does (a quoted value may hold `>`).
fn end_tag_end(bytes: &[u8], from: usize) -> usize {
    let mut p = from;
    while p < bytes.len() {
        match bytes[p] {
            b'>' => return p + 1,
            b'=' => {
                p += 1;
                while p < bytes.len() && matches!(bytes[p], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
                {
                    p += 1;
                }
                if let Some(&quote @ (b'"' | b'\'')) = bytes.get(p) {
                    p = find_from(bytes, p + 1, &[quote]).map_or(bytes.len(), |e| e + 1);
                }
            }
            _ => p += 1,
        }
    }
    bytes.len()
}

/// Position of the end tag `</name` (any ASCII case, followed by whitespace, `/` or `>`, as
/// the tokenizer requires) in `bytes` from `from`.
fn find_end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut pos = from;
    while let Some(offset) = memchr::memmem::find(bytes.get(pos..)?, b"</") {
        let at = pos + offset;
        if tag_named_at(bytes, at + 2, name) {
            return Some(at);
        }
        pos = at + 2;
    }
    None
}

/// Whether `name` (any ASCII case) starts at `at`, followed by whitespace, `/` or `>`.
fn tag_named_at(bytes: &[u8], at: usize, name: &[u8]) -> bool {
    bytes
        .get(at..at + name.len())
        .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && matches!(
            bytes.get(at + name.len()),
            Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
        )
}

/// Position of the `</script` that ends a script body starting at `from`, read as the
/// tokenizer reads script data: inside `<!--` ... `-->` a `<script>` opens a "double
/// escaped" stretch whose `</script>` does not end the element (old pages wrap
/// `document.write('<script ...></script>')` this way). One pass, linear.
fn find_script_end(bytes: &[u8], from: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    let mut pos = from;
    while let Some(offset) = memchr::memchr2(b'<', b'-', bytes.get(pos..)?) {
        let at = pos + offset;
        pos = at + 1;
        if bytes[at] == b'-' {
            if state != State::Data && bytes[at..].starts_with(b"-->") {
                state = State::Data;
                pos = at + 3;
            }
            continue;
        }
        if state == State::Data && bytes[at..].starts_with(b"<!--") {
            state = State::Escaped;
            // The dashes of `<!--` also count towards a `-->` (`<!-->` opens and closes).
            pos = at + 2;
        } else if bytes.get(at + 1) == Some(&b'/') && tag_named_at(bytes, at + 2, b"script") {
            match state {
                State::DoubleEscaped => state = State::Escaped,
                _ => return Some(at),
            }
        } else if state == State::Escaped && tag_named_at(bytes, at + 1, b"script") {
            state = State::DoubleEscaped;
        }
    }
    None
}

/// Elements that never stay on the stack of open elements.
fn is_void(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("basefont")
            | local_name!("bgsound")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("frame")
            | local_name!("hr")
            | local_name!("image")
            | local_name!("img")
            | local_name!("input")
            | local_name!("keygen")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("param")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
    )
}

/// Elements whose content the tokenizer reads as text up to their own end tag; the guard lets
/// that end tag close them rather than closing them itself, or the tokenizer would stay in
/// its raw-text state.
fn is_raw_text(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("plaintext")
    )
}

/// Token filter that keeps the tree builder's stack of open elements at most one past the cap.
struct DepthGuard {
    builder: TreeBuilder<Handle, ArenaSink>,
    /// Depth of the tree builder's current node when known for certain (after a start tag,
    /// before any end tag), `None` when an end tag may have popped an unknown number.
    top_depth: Cell<Option<u32>>,
    max_depth: u32,
}

impl TokenSink for DepthGuard {
    type Handle = Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        let start = match &token {
            TagToken(tag) if tag.kind == StartTag => Some((tag.name.clone(), tag.self_closing)),
            TagToken(_) | Token::EOFToken => {
                self.top_depth.set(None);
                None
            }
            _ => None,
        };
        let Some((name, self_closing)) = start else {
            return self.builder.process_token(token, line_number);
        };
        if self.top_depth.get().is_some_and(|d| d >= self.max_depth) && !is_raw_text(&name) {
            // Past the cap: the element is dropped and its content flows into the current
            // node; a dropped block still breaks the line so words are not glued together.
            if is_block_level(&name) {
                let line_break = Tag {
                    kind: StartTag,
                    name: local_name!("br"),
                    self_closing: false,
                    attrs: Vec::new(),
                    had_duplicate_attributes: false,
                };
                return self
                    .builder
                    .process_token(TagToken(line_break), line_number);
            }
            return TokenSinkResult::Continue;
        }
        let sink = &self.builder.sink;
        sink.last_element.set(None);
        let result = self.builder.process_token(token, line_number);
        let Some((depth, is_html)) = sink.last_element.get() else {
            return result;
        };
        // Void elements and self-closing foreign elements are popped at once.
        let stays_open = !is_void(&name) && (!self_closing || is_html);
        if !stays_open {
            self.top_depth.set(Some(depth - 1));
        } else if is_raw_text(&name) {
            self.top_depth.set(None);
        } else if depth > self.max_depth {
            // Close the over-deep element straight away so the stack stays short.
            let end = Tag {
                kind: EndTag,
                name,
                self_closing: false,
                attrs: Vec::new(),
                had_duplicate_attributes: false,
            };
            let _ = self.builder.process_token(TagToken(end), line_number);
            self.top_depth.set(Some(depth - 1));
        } else {
            self.top_depth.set(Some(depth));
        }
        result
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// A node as the tree builder holds it: its id and, for an element, its name.
///
/// The tree builder scans its stack of open elements by name on most tags (is there a `<p>`
/// in button scope? a `<body>`?). With the name inside the handle, a scan reads the stack
/// itself, contiguous memory, instead of looking each element up in the arena through the
/// sink's `RefCell`: at the depth cap of 512 that was half of all parse time.
#[derive(Clone, Debug)]
pub(crate) struct Handle {
    id: NodeId,
    name: ElementName,
}

impl Handle {
    fn new(id: NodeId) -> Self {
        Handle {
            id,
            name: ElementName {
                ns: ns!(),
                local: local_name!(""),
            },
        }
    }
}

impl ElemName for &Handle {
    fn ns(&self) -> &Namespace {
        &self.name.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.name.local
    }
}

/// Why the sink stopped building the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Overflow {
    /// More nodes than `ParseLimits::max_nodes`.
    Nodes,
    /// More nodes and attributes than the input's size accounts for.
    Units,
}

/// The `TreeSink` that builds the arena. html5ever 0.40 passes `&self`, so the arena sits in
/// a `RefCell`; no borrow is held across a call back into the tree builder.
///
/// Memory is bounded: once the tree holds more than `max_nodes` nodes, or more nodes and
/// attributes than `max_units`, the sink stops building. Every later node it is asked to
/// create is one detached `sink_hole` node, and every change that involves it is ignored,
/// so the rest of the slice being parsed costs no memory; `parse` then fails.
struct ArenaSink {
    doc: RefCell<Document>,
    /// Depth the tree builder asked for and namespace of the last element it inserted.
    last_element: Cell<Option<(u32, bool)>>,
    max_nodes: usize,
    max_units: usize,
    /// Attributes stored so far (nodes are `doc.len()`).
    attributes: Cell<usize>,
    overflow: Cell<Option<Overflow>>,
    /// The node handed out once the tree stopped growing.
    sink_hole: Cell<Option<NodeId>>,
    /// MathML `annotation-xml` elements whose encoding makes them HTML integration points.
    integration_points: RefCell<HashSet<NodeId>>,
}

impl ArenaSink {
    fn new(capacity: usize, max_nodes: usize, max_units: usize) -> Self {
        ArenaSink {
            doc: RefCell::new(Document::with_capacity(capacity)),
            last_element: Cell::new(None),
            max_nodes,
            max_units,
            attributes: Cell::new(0),
            overflow: Cell::new(None),
            sink_hole: Cell::new(None),
            integration_points: RefCell::new(HashSet::new()),
        }
    }

    fn is_hole(&self, id: NodeId) -> bool {
        self.sink_hole.get() == Some(id)
    }

    /// Pushes a node carrying `attributes` attributes, or hands out the sink hole when that
    /// would pass a limit.
    fn push(&self, doc: &mut Document, data: NodeData, attributes: usize) -> NodeId {
        if let Some(hole) = self.sink_hole.get() {
            return hole;
        }
        let nodes = doc.len() + 1;
        let units = doc_units(nodes, self.attributes.get() + attributes);
        let overflow = if nodes > self.max_nodes {
            Some(Overflow::Nodes)
        } else if units > self.max_units {
            Some(Overflow::Units)
        } else {
            None
        };
        if let Some(why) = overflow {
            self.overflow.set(Some(why));
            let hole = doc.push(NodeData::Fragment);
            self.sink_hole.set(Some(hole));
            return hole;
        }
        self.attributes.set(self.attributes.get() + attributes);
        doc.push(data)
    }

    /// Appends `child` to `parent`, noting for the depth guard how deep an element landed.
    fn append_node(&self, doc: &mut Document, parent: NodeId, child: NodeId) {
        doc.detach(child);
        if let NodeData::Element(e) = doc.data(child) {
            let is_html = e.name.ns == ns!(html);
            self.last_element
                .set(Some((doc.node(parent).depth + 1, is_html)));
        }
        doc.append(parent, child);
    }

    /// Appends text to `parent`, merging with a preceding text node as the standard requires.
    fn append_text(&self, doc: &mut Document, parent: NodeId, text: StrTendril) {
        if let Some(last) = doc.node(parent).last_child {
            if let NodeData::Text(t) = doc.data_mut(last) {
                t.push_tendril(&text);
                return;
            }
        }
        let id = self.push(doc, NodeData::Text(text), 0);
        if !self.is_hole(id) {
            doc.append(parent, id);
        }
    }
}

impl TreeSink for ArenaSink {
    type Handle = Handle;
    type Output = Document;
    type ElemName<'a> = &'a Handle;

    fn finish(self) -> Document {
        self.doc.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        Handle::new(DOCUMENT)
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> &'a Handle {
        target
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let mut doc = self.doc.borrow_mut();
        let element_name = ElementName::from(name);
        let handle_name = element_name.clone();
        let attributes = attrs.len();
        let contents = flags
            .template
            .then(|| self.push(&mut doc, NodeData::Fragment, 0));
        let element = Element {
            name: element_name,
            attrs: attrs.into_boxed_slice(),
        };
        let id = self.push(&mut doc, NodeData::Element(element), attributes);
        if let (Some(contents), false) = (contents, self.is_hole(id)) {
            doc.template_contents.insert(id, contents);
        }
        if flags.mathml_annotation_xml_integration_point && !self.is_hole(id) {
            self.integration_points.borrow_mut().insert(id);
        }
        Handle {
            id,
            name: handle_name,
        }
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        let mut doc = self.doc.borrow_mut();
        Handle::new(self.push(&mut doc, NodeData::Comment(text), 0))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        let mut doc = self.doc.borrow_mut();
        Handle::new(self.push(&mut doc, NodeData::ProcessingInstruction, 0))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        if self.is_hole(parent.id) {
            return;
        }
        let mut doc = self.doc.borrow_mut();
        match child {
            NodeOrText::AppendNode(node) if self.is_hole(node.id) => {}
            NodeOrText::AppendNode(node) => self.append_node(&mut doc, parent.id, node.id),
            NodeOrText::AppendText(text) => self.append_text(&mut doc, parent.id, text),
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self.doc.borrow().node(element.id).parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        let mut doc = self.doc.borrow_mut();
        let doctype = NodeData::Doctype(Box::new(Doctype {
            name,
            public_id,
            system_id,
        }));
        let id = self.push(&mut doc, doctype, 0);
        if !self.is_hole(id) {
            doc.append(DOCUMENT, id);
        }
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        let mut doc = self.doc.borrow_mut();
        if let Some(&id) = doc.template_contents.get(&target.id) {
            return Handle::new(id);
        }
        // Not a template (the tree builder promises it is); give it an empty fragment.
        let frag = self.push(&mut doc, NodeData::Fragment, 0);
        if !self.is_hole(frag) && !self.is_hole(target.id) {
            doc.template_contents.insert(target.id, frag);
        }
        Handle::new(frag)
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.integration_points.borrow().contains(&handle.id)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        if self.is_hole(sibling.id) {
            return;
        }
        let mut doc = self.doc.borrow_mut();
        match new_node {
            NodeOrText::AppendText(text) => {
                if let Some(prev) = doc.node(sibling.id).prev_sibling {
                    if let NodeData::Text(t) = doc.data_mut(prev) {
                        t.push_tendril(&text);
                        return;
                    }
                }
                let id = self.push(&mut doc, NodeData::Text(text), 0);
                if !self.is_hole(id) {
                    doc.insert_before(sibling.id, id);
                }
            }
            NodeOrText::AppendNode(node) if self.is_hole(node.id) => {}
            NodeOrText::AppendNode(node) => {
                doc.detach(node.id);
                doc.insert_before(sibling.id, node.id);
            }
        }
    }

    /// Attributes of a repeated `<html>` or `<body>` tag join the element's own, up to
    /// [`MAX_ATTRIBUTES_PER_TAG`] in all: a page of 80,000 `<body a1=x>` tags merges a
    /// thousand attributes and ignores the rest, instead of copying a growing list each time.
    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        if self.is_hole(target.id) || self.sink_hole.get().is_some() {
            return;
        }
        let mut doc = self.doc.borrow_mut();
        let nodes = doc.len();
        let NodeData::Element(e) = doc.data_mut(target.id) else {
            return;
        };
        let room = MAX_ATTRIBUTES_PER_TAG.saturating_sub(e.attrs.len());
        if room == 0 || attrs.is_empty() {
            return;
        }
        let missing: Vec<Attribute> = {
            let present: HashSet<&QualName> = e.attrs.iter().map(|a| &a.name).collect();
            attrs
                .into_iter()
                .filter(|attr| !present.contains(&attr.name))
                .take(room)
                .collect()
        };
        if missing.is_empty() {
            return;
        }
        let units = doc_units(nodes, self.attributes.get() + missing.len());
        if units > self.max_units {
            self.overflow.set(Some(Overflow::Units));
            return;
        }
        self.attributes.set(self.attributes.get() + missing.len());
        let mut all = std::mem::take(&mut e.attrs).into_vec();
        all.extend(missing);
        e.attrs = all.into_boxed_slice();
    }

    fn remove_from_parent(&self, target: &Handle) {
        if !self.is_hole(target.id) {
            self.doc.borrow_mut().detach(target.id);
        }
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        if self.is_hole(node.id) || self.is_hole(new_parent.id) || node.id == new_parent.id {
            return;
        }
        let mut doc = self.doc.borrow_mut();
        while let Some(child) = doc.node(node.id).first_child {
            doc.detach(child);
            doc.append(new_parent.id, child);
        }
    }
}

/// What a tree of `nodes` nodes and `attributes` attributes counts against
/// `ParseLimits`' unit budget.
fn doc_units(nodes: usize, attributes: usize) -> usize {
    nodes + attributes
}

#[cfg(test)]
mod tests {
    #[test]
    fn tree_budget_stops_markup_denser_than_real_pages_only() {
        // A million `<br>` in 4 MB: four bytes a node, past the budget.
        assert!(super::tree_budget_units(4_000_000) < 1_000_000);
        // The densest real pages spend about 15 bytes a node; up to 16 MiB they fit.
        for len in [1 << 10, 1 << 20, 4 << 20, 16 << 20] {
            assert!(super::tree_budget_units(len) >= len / 15, "{len}");
        }
    }

    use super::*;

    fn max_depth(doc: &Document) -> u32 {
        doc.nodes.iter().map(|n| n.depth).max().unwrap_or(0)
    }

    #[test]
    fn deep_nesting_is_capped_and_content_kept() {
        let html = format!("{}deep text{}", "<div>".repeat(5000), "</div>".repeat(5000));
        let doc = parse_default(&html);
        assert!(max_depth(&doc) <= 513, "depth {}", max_depth(&doc));
        let has_text = doc
            .data
            .iter()
            .any(|data| matches!(data, NodeData::Text(t) if &**t == "deep text"));
        assert!(has_text, "text past the depth cap was lost");
    }

    #[test]
    fn attributes_past_the_cap_are_dropped() {
        let html = "<p a=1 b='2' c=\"3 3\" d e=5>text</p><script>x<y a b c d</script>";
        assert!(matches!(
            preprocess(html, 10, Preprocess::default()),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            preprocess(html, 3, Preprocess::default()),
            "<p a=1 b='2' c=\"3 3\">text</p><script>x<y a b c d</script>"
        );
        let many: String = (0..50).map(|i| format!(" a{i}=v")).collect();
        let page = format!("<div{many}>x</div>");
        let capped = preprocess(&page, 10, Preprocess::default());
        assert_eq!(capped.matches('=').count(), 10);
        assert!(capped.ends_with(">x</div>"));
    }

    const ELIDE: Preprocess = Preprocess {
        elide_scripts: true,
        close_runaway_raw_text: false,
    };

    #[test]
    fn script_and_style_bodies_are_elided() {
        let html = "<p>a</p><script>var x = '<p>';</script><STYLE>p{}</STYLE>\
                    <script type=application/ld+json>{\"a\":1}</script><textarea>t</textarea>";
        assert_eq!(
            preprocess(html, 10, ELIDE),
            "<p>a</p><script></script><STYLE></STYLE>\
             <script type=application/ld+json>{\"a\":1}</script><textarea>t</textarea>"
        );
        assert_eq!(preprocess(html, 10, Preprocess::default()), html);
        assert_eq!(
            preprocess("<script></script>x", 10, ELIDE),
            "<script></script>x"
        );
        assert_eq!(preprocess("<script>unterminated", 10, ELIDE), "<script>");
    }

    #[test]
    fn comment_text_is_elided_and_the_comment_kept() {
        let html = "a<!-- one -->b<!---->c<!-->d<!--->e<!-- two --!>f<!-- x --->g<!-- open";
        assert_eq!(
            preprocess(html, 10, ELIDE),
            "a<!---->b<!---->c<!-->d<!--->e<!----!>f<!---->g<!-- open"
        );
        assert_eq!(preprocess(html, 10, Preprocess::default()), html);
        // Not comments: a bogus one and a raw-text element's text stay as they are.
        let kept = "<! x -->y<title><!-- t --></title>";
        assert_eq!(preprocess(kept, 10, ELIDE), kept);
    }

    #[test]
    fn unread_data_attributes_are_elided_at_any_length() {
        let html =
            "<img data-x=1 data-src=s.jpg DATA-SRCSET='a 1x' data-=e data-long='0123456789'>";
        assert_eq!(
            preprocess(html, 10, ELIDE),
            "<img  data-src=s.jpg DATA-SRCSET='a 1x' data-=e >"
        );
        // Past the attribute cap, the cap alone decides.
        assert_eq!(
            preprocess("<p a=1 data-x=2 b=3>", 2, ELIDE),
            "<p a=1 data-x=2>"
        );
        assert_eq!(preprocess("<p data-x=2 a=1 b=3>", 2, ELIDE), "<p  a=1>");
    }

    /// What extraction asks of [`preprocess`].
    const EXTRACTION: Preprocess = Preprocess {
        elide_scripts: true,
        close_runaway_raw_text: true,
    };

    /// A page opened by a never-closed raw-text element: its `open` tag, a few words, then
    /// a page of markup three times their length.
    fn swallowed_page(open: &str) -> String {
        format!(
            "<html><head>{open}Harbour news<meta charset=utf-8></head><body><p>The ferry \
             runs again.</p><p>Crews finished the repairs on Monday.</p></body></html>"
        )
    }

    #[test]
    fn a_raw_text_element_that_swallows_the_page_is_closed_before_its_first_tag() {
        for (open, name) in [
            ("<title>", "title"),
            ("<TEXTAREA rows=3>", "textarea"),
            ("<xmp>", "xmp"),
            ("<noembed>", "noembed"),
            ("<noframes>", "noframes"),
            ("<iframe src=/ad>", "iframe"),
        ] {
            let page = swallowed_page(open);
            let closed = page.replacen("Harbour news", &format!("Harbour news</{name}>"), 1);
            assert_eq!(preprocess(&page, 10, EXTRACTION), closed, "{open}");
            // Only extraction closes it: the conformance parse reads it as browsers do.
            assert_eq!(preprocess(&page, 10, Preprocess::default()), page);
        }
        // A style body is elided as well as closed.
        assert_eq!(
            preprocess("<style>p{color:red}<p>One.</p><p>Two.</p>", 10, EXTRACTION),
            "<style></style><p>One.</p><p>Two.</p>"
        );
        // Scripts are left to the tokenizer: an unclosed script is elided to the end.
        assert_eq!(
            preprocess("<script>x<p>One.</p><p>Two.</p>", 10, EXTRACTION),
            "<script>"
        );
    }

    #[test]
    fn a_raw_text_element_is_left_alone_unless_it_swallows_a_page_of_markup() {
        let leave = |html: &str| {
            assert_eq!(preprocess(html, 10, EXTRACTION), html, "{html}");
        };
        // Closed, whatever it holds.
        leave("<title>a <b>bold</b> <i>title</i></title><p>text</p>");
        // Text at the end of the page, not most of it.
        let article = "<p>The ferry runs again after the repairs.</p>".repeat(3);
        leave(&format!(
            "{article}<textarea>Your reply: <b>hi</b> <i>there</i>"
        ));
        // Most of the page, but text: no tag opens it, or no end tags follow.
        leave("<xmp>if a < b and c > d then print(a) and stop; it is plain text");
        leave("<xmp>one <b>two three four five six seven eight nine ten eleven");
        leave("<xmp>one <b>two</b> three four five six seven eight nine ten eleven");
        // Exactly half of the page is not most of it; one byte more is.
        let body = "a<b>c</b>d</i>";
        leave(&format!("{}<xmp>{body}", "x".repeat(body.len() - 5)));
        assert_eq!(
            preprocess(
                &format!("{}<xmp>{body}", "x".repeat(body.len() - 6)),
                10,
                EXTRACTION
            ),
            format!("{}<xmp>a</xmp><b>c</b>d</i>", "x".repeat(body.len() - 6))
        );
        // An end tag before any start tag is markup too: the element closes before it; a
        // `<` that opens no tag ("a < b") is text, before an end tag as before a start tag.
        for title in ["T", "a < b"] {
            assert_eq!(
                preprocess(
                    &format!("<title>{title}</head><body><p>a</p><p>b</p>"),
                    10,
                    EXTRACTION
                ),
                format!("<title>{title}</title></head><body><p>a</p><p>b</p>"),
                "{title}"
            );
        }
        // Only the first runaway is closed.
        let twice = "<title>T<p>a</p><xmp>X<p>b</p><p>c</p></p><p>d</p><p>e</p>";
        assert_eq!(
            preprocess(twice, 10, EXTRACTION),
            "<title>T</title><p>a</p><xmp>X<p>b</p><p>c</p></p><p>d</p><p>e</p>"
        );
    }

    #[test]
    fn node_limit_is_an_error() {
        let html = "<p>x</p>".repeat(1000);
        let err = parse(
            &html,
            ParseLimits {
                max_depth: 512,
                max_nodes: 100,
                elide_scripts: false,
                close_runaway_raw_text: false,
            },
        );
        assert!(matches!(err, Err(Error::TooManyNodes { limit: 100 })));
    }
}
