//! Linearises the pruned tree into text blocks: the runs of inline content between block
//! boundaries, each with its text and the numbers the selector scores on.

use html5ever::{local_name, LocalName};

use crate::dom::{
    heading_level, is_block_level, is_code_line, Document, Edge, NodeData, NodeId, Pruned,
};
use crate::features::{letter_weight, visible_chars};

/// What kind of element a block's text sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph,
    /// `h1`..`h6`, with the level.
    Heading(u8),
    ListItem,
    Preformatted,
    TableCell,
    Quote,
    /// Text directly inside a generic container (`div`, `section`, ...).
    Other,
}

/// One run of text between block boundaries.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// The nearest block-level element around the text.
    pub(crate) owner: NodeId,
    pub(crate) kind: BlockKind,
    /// Whitespace-collapsed text (`<br>` kept as a newline; `<pre>` text kept verbatim).
    pub(crate) text: String,
    pub(crate) chars: u32,
    pub(crate) link_chars: u32,
    pub(crate) commas: u32,
    /// The first and last text nodes (in document order) that gave the block visible
    /// characters: the structured renderers walk the tree and keep text in these ranges.
    pub(crate) first_text: NodeId,
    pub(crate) last_text: NodeId,
}

impl Block {
    /// Share of the block's characters inside links.
    pub(crate) fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            f64::from(self.link_chars) / f64::from(self.chars)
        }
    }
}

/// Longest text a heading block may hold (characters other than spaces): headlines run to
/// about 150; past 250, the shared sets' only such headings (two pages) were prose.
const MAX_HEADING_CHARS: u32 = 250;

fn kind_of(tag: &LocalName, in_pre: bool) -> BlockKind {
    if in_pre {
        return BlockKind::Preformatted;
    }
    if let Some(level) = heading_level(tag) {
        return BlockKind::Heading(level);
    }
    match *tag {
        local_name!("p") => BlockKind::Paragraph,
        local_name!("li") | local_name!("dt") | local_name!("dd") => BlockKind::ListItem,
        local_name!("td") | local_name!("th") => BlockKind::TableCell,
        local_name!("blockquote") => BlockKind::Quote,
        _ => BlockKind::Other,
    }
}

fn is_comma(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | '،' | '؛' | '﹐')
}

/// Whether `next`, a text node read right after `before` with no space between, starts a
/// new word: a lower-case letter followed across an element boundary by a capital
/// ("Black Diamond" + "Spot 400" laid out as two lines by CSS). Words split across
/// elements mid-word are split at lower case ("Wel<b>come</b>") and stay whole.
pub(crate) fn glued_words(before: &str, next: &str) -> bool {
    before.chars().next_back().is_some_and(char::is_lowercase) && starts_word(next)
}

/// Whether `text` starts with a capital letter (no space before it).
pub(crate) fn starts_word(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// Accumulates the text of the block being read.
struct Pending {
    text: String,
    /// Characters other than whitespace in `text`, those inside links, and its commas:
    /// counted as the text is pushed, so the block's text is not read again for them.
    chars: u32,
    link_chars: u32,
    commas: u32,
    /// First and last text nodes with visible characters.
    span: Option<(NodeId, NodeId)>,
    /// A space is owed before the next word (collapsed whitespace).
    space: bool,
    /// In `<pre>`: a line of highlighted code ended, so the next text starts a line.
    line_owed: bool,
}

/// Whether a run of text without whitespace is made only of format characters that
/// show nothing on their own: zero-width spaces and joiners, the word joiner, the byte
/// order mark, direction marks and a soft hyphen. Inside a word they stay (a joiner
/// between two emoji, a soft hyphen in a long word).
fn is_invisible(word: &str) -> bool {
    !word.is_ascii()
        && word.chars().all(|c| {
            matches!(
                c,
                '\u{00AD}'
                    | '\u{180E}'
                    | '\u{200B}'..='\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{FEFF}'
            )
        })
}

/// Characters (weighted as [`visible_chars`] weighs them) and commas of a run of
/// text without whitespace.
fn word_counts(word: &str) -> (u32, u32) {
    let (chars, commas) = if word.is_ascii() {
        (word.len(), word.bytes().filter(|&b| b == b',').count())
    } else {
        (
            word.chars().map(letter_weight).sum(),
            word.chars().filter(|&c| is_comma(c)).count(),
        )
    };
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    (count(chars), count(commas))
}

impl Pending {
    fn push_text(&mut self, id: NodeId, text: &str, in_link: bool, verbatim: bool) {
        let before = self.chars;
        if verbatim {
            if std::mem::take(&mut self.line_owed) && !text.starts_with(['\n', '\r']) {
                self.line_break();
            }
            self.text.push_str(text);
            let visible = visible_chars(text);
            self.count(visible, in_link);
            let commas = text.chars().filter(|&c| is_comma(c)).count();
            self.commas = self
                .commas
                .saturating_add(u32::try_from(commas).unwrap_or(u32::MAX));
        } else {
            if glued_words(&self.text, text) {
                self.space = true;
            }
            // Word by word: whitespace runs collapse into the one space owed before the
            // next word.
            let mut rest = text;
            loop {
                let word_start = rest.trim_start();
                if word_start.len() != rest.len() {
                    self.space = true;
                }
                if word_start.is_empty() {
                    break;
                }
                let end = word_start
                    .find(char::is_whitespace)
                    .unwrap_or(word_start.len());
                let word = &word_start[..end];
                rest = &word_start[end..];
                if is_invisible(word) {
                    // Zero-width characters alone ("\u{200d}" in an otherwise empty
                    // paragraph) show nothing: they make no word and no block.
                    continue;
                }
                if self.space && !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.text.push(' ');
                }
                self.space = false;
                self.text.push_str(word);
                let (chars, commas) = word_counts(word);
                self.count(chars, in_link);
                self.commas = self.commas.saturating_add(commas);
            }
        }
        if self.chars != before {
            self.span = Some(self.span.map_or((id, id), |(first, _)| (first, id)));
        }
    }

    /// Adds `chars` visible characters, inside a link when `in_link`.
    fn count(&mut self, chars: u32, in_link: bool) {
        self.chars = self.chars.saturating_add(chars);
        if in_link {
            self.link_chars = self.link_chars.saturating_add(chars);
        }
    }

    /// A formula's token (`<mi>π</mi>`): after any space owed, with no space between it
    /// and the previous token ("π" + "L" is "πL", not two words).
    /// A formula's token: whitespace-only text between its elements is layout and adds
    /// nothing, but whitespace at the edge of a token's own text parts words
    /// (`<mtext> if </mtext>`, or prose that broken markup left inside a formula).
    fn push_token(&mut self, id: NodeId, raw: &str, in_link: bool) {
        let token = raw.trim();
        if token.is_empty() {
            return;
        }
        self.span = Some(self.span.map_or((id, id), |(first, _)| (first, id)));
        let space = self.space || raw.starts_with(char::is_whitespace);
        if space && !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push(' ');
        }
        self.space = raw.ends_with(char::is_whitespace);
        self.text.push_str(token);
        self.count(visible_chars(token), in_link);
        let commas = token.chars().filter(|&c| is_comma(c)).count();
        self.commas = self
            .commas
            .saturating_add(u32::try_from(commas).unwrap_or(u32::MAX));
    }

    /// A `<br>`: one ends a line; a second in a row leaves a blank line, the paragraph
    /// break it shows as (`<br><br>` between the paragraphs of a forum post); more add
    /// nothing.
    fn line_break(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
        self.space = false;
    }
}

/// Cuts the subtree of `root` into blocks, in document order, skipping pruned subtrees.
pub(crate) fn segment(doc: &Document, root: NodeId, pruned: &Pruned) -> Vec<Block> {
    let mut blocks = Vec::new();
    // The open block-level elements; the last one owns the text being read.
    let mut owners: Vec<NodeId> = vec![root];
    let mut link_depth = 0u32;
    let mut pre_depth = 0u32;
    // Text in a MathML element is a formula's token: whitespace between elements is
    // layout, not a space (`<mi>m</mi> <msup>...` shows as "mc²"). Text in an HTML element
    // is prose, inside a formula too (a token such as `<mo>` may hold a `<p>`, and broken
    // markup puts whole paragraphs there).
    let in_formula = |text: NodeId| {
        doc.node(text)
            .parent
            .and_then(|parent| doc.element(parent))
            .is_some_and(|el| el.name.ns == html5ever::ns!(mathml))
    };
    let mut pending = Pending {
        text: String::new(),
        chars: 0,
        link_chars: 0,
        commas: 0,
        span: None,
        space: false,
        line_owed: false,
    };
    for edge in pruned.traverse(doc, root) {
        match edge {
            Edge::Open(id) => match doc.data(id) {
                NodeData::Text(t) if in_formula(id) => {
                    pending.push_token(id, t, link_depth > 0);
                }
                NodeData::Text(t) => pending.push_text(id, t, link_depth > 0, pre_depth > 0),
                NodeData::Element(el) => {
                    let tag = &el.name.local;
                    if *tag == local_name!("br") {
                        pending.line_break();
                    } else if is_block_level(tag) && id != root {
                        flush(doc, &mut blocks, &mut pending, &owners, pre_depth > 0);
                        owners.push(id);
                    }
                    if el.is_hyperlink() {
                        link_depth += 1;
                    } else if *tag == local_name!("pre") {
                        pre_depth += 1;
                    }
                }
                _ => {}
            },
            Edge::Close(id) => {
                let Some(el) = doc.element(id) else { continue };
                let tag = &el.name.local;
                if el.is_hyperlink() {
                    link_depth = link_depth.saturating_sub(1);
                } else if *tag == local_name!("pre") {
                    pre_depth = pre_depth.saturating_sub(1);
                }
                // Read only by text inside `<pre>` (which opens a block of its own, so a
                // line owed outside it is dropped at the flush).
                if is_code_line(el) {
                    pending.line_owed = true;
                }
                if is_block_level(tag) && id != root {
                    flush(
                        doc,
                        &mut blocks,
                        &mut pending,
                        &owners,
                        pre_depth > 0 || *tag == local_name!("pre"),
                    );
                    owners.pop();
                } else if matches!(*tag, local_name!("td") | local_name!("th")) {
                    pending.space = true;
                }
            }
        }
    }
    flush(doc, &mut blocks, &mut pending, &owners, false);
    blocks
}

fn flush(
    doc: &Document,
    blocks: &mut Vec<Block>,
    pending: &mut Pending,
    owners: &[NodeId],
    in_pre: bool,
) {
    let mut text = std::mem::take(&mut pending.text);
    let chars = std::mem::take(&mut pending.chars);
    let link_chars = std::mem::take(&mut pending.link_chars);
    let commas = std::mem::take(&mut pending.commas);
    let span = pending.span.take();
    pending.space = false;
    pending.line_owed = false;
    // A span is recorded only for text with a visible character, so a block with a span
    // has characters.
    let Some((first_text, last_text)) = span else {
        return;
    };
    // Trimmed in place: whitespace only, so the counts stand.
    let (start, end) = if in_pre {
        let inner = text.trim_matches('\n').trim_end();
        let start = text.len() - text.trim_start_matches('\n').len();
        (start, start + inner.len())
    } else {
        let start = text.len() - text.trim_start().len();
        (start, text.trim_end().len())
    };
    text.truncate(end);
    text.drain(..start);
    let Some(&owner) = owners.last() else { return };
    let mut kind = doc
        .tag(owner)
        .map_or(BlockKind::Other, |t| kind_of(t, in_pre));
    // A "heading" longer than any headline is a paragraph set in a heading's type (whole
    // pages written in `<h4>`): it is read as the prose it is.
    if matches!(kind, BlockKind::Heading(_)) && chars > MAX_HEADING_CHARS {
        kind = BlockKind::Paragraph;
    }
    blocks.push(Block {
        owner,
        kind,
        text,
        chars,
        link_chars: link_chars.min(chars),
        commas,
        first_text,
        last_text,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks of `html`'s body, nothing pruned.
    fn blocks_of(html: &str) -> Vec<Block> {
        let doc = crate::parse::parse_default(html);
        let root = crate::extractor::content_root(&doc);
        let pruned = Pruned {
            removed: vec![false; doc.len()],
        };
        segment(&doc, root, &pruned)
    }

    /// One number per block of `html`'s body.
    fn per_block(html: &str, read: impl Fn(&Block) -> u32) -> Vec<u32> {
        blocks_of(html).iter().map(read).collect()
    }

    fn kinds(html: &str) -> Vec<BlockKind> {
        blocks_of(html).iter().map(|b| b.kind).collect()
    }

    /// HTML that a formula's token holds (the parser puts a `<p>` that follows an unclosed
    /// `<mo>` inside it) is prose: its words keep their spaces, and a formula inside it
    /// reads as a formula again.
    #[test]
    fn html_inside_a_formula_is_prose() {
        let texts =
            |html: &str| -> Vec<String> { blocks_of(html).into_iter().map(|b| b.text).collect() };
        let html = "<math><mrow><mi>T</mi><mo>/d</h1><p>where <math><mi>g</mi><msup><mi>t\
                    </mi><mn>2</mn></msup></math> is the drop</p>";
        let got = texts(html);
        assert_eq!(
            got.last().map(String::as_str),
            Some("where gt2 is the drop"),
            "{got:?}"
        );
        // A formula alone still reads its tokens without spaces.
        let alone =
            texts("<p>so <math><mi>m</mi> <msup><mi>c</mi><mn>2</mn></msup></math> here</p>");
        assert_eq!(alone, ["so mc2 here"]);
        // Whitespace at the edge of a token's own text parts words; whitespace between a
        // formula's elements does not.
        let spaced = texts(
            "<p>x <math><mrow><mi>m</mi> <mtext> if </mtext><mi>c</mi></mrow></math> y</p>\
             <p><math><mrow><mi>T</mi>where <math><mi>g</mi></math> is</mrow></math></p>",
        );
        assert_eq!(spaced, ["x m if c y", "Twhere g is"]);
    }

    /// In `<pre>`, an element a highlighter made one line of code ends its line when the
    /// page wrote no newline after it; a newline that is there is not doubled, and other
    /// classes ending in "line" (`underline`, `inline`) change nothing.
    #[test]
    fn highlighted_code_lines_end_their_lines() {
        let text =
            |html: &str| -> Vec<String> { blocks_of(html).into_iter().map(|b| b.text).collect() };
        let line = |class: &str, code: &str| format!("<span class=\"{class}\">{code}</span>");
        let minified = format!(
            "<pre>{}{}{}</pre>",
            line("line", "let a = 1;"),
            line("x code-line", "let b = 2;"),
            line("token_line", "a + b")
        );
        assert_eq!(text(&minified), ["let a = 1;\nlet b = 2;\na + b"]);
        let with_newlines = format!(
            "<pre>{}\n{}</pre>",
            line("line", "let a = 1;"),
            line("line", "  let b = 2;")
        );
        assert_eq!(text(&with_newlines), ["let a = 1;\n  let b = 2;"]);
        let styled = format!(
            "<pre>{} and {} text</pre>",
            line("underline", "marked"),
            line("inline", "kept")
        );
        assert_eq!(text(&styled), ["marked and kept text"]);
        // Outside `<pre>` whitespace collapses as everywhere.
        let prose = format!("<p>{}{}</p>", line("line", "one"), line("line", " two"));
        assert_eq!(text(&prose), ["one two"]);
    }

    /// A block's length weighs each character as the text statistics do: prose read word
    /// by word, code read verbatim, and link text alike.
    #[test]
    fn block_lengths_weigh_characters_as_text_stats_do() {
        let html = "<p>今日は 晴れ</p><pre>今日は 晴れ</pre><p>한국 <a href=/n>news</a></p>";
        assert_eq!(per_block(html, |b| b.chars), [10, 10, 8]);
        assert_eq!(per_block(html, |b| b.link_chars), [0, 0, 4]);
        assert_eq!(per_block("<p><a href=/x>語</a></p>", |b| b.link_chars), [2]);
    }

    /// A heading of more than 250 characters (not counting spaces) is prose in a heading's
    /// type; 250 or fewer, however long for a headline, stay a heading.
    #[test]
    fn an_overlong_heading_is_a_paragraph() {
        let words = |n: usize| "word ".repeat(n).trim_end().to_string();
        // 62 words of 4 letters and two more: 250 characters; one more makes 251.
        assert_eq!(
            kinds(&format!("<h4>{} xx</h4>", words(62))),
            [BlockKind::Heading(4)]
        );
        assert_eq!(
            kinds(&format!("<h4>{} xxx</h4>", words(62))),
            [BlockKind::Paragraph]
        );
        assert_eq!(
            kinds("<h1>Harbor bridge reopens after two-year repair</h1>"),
            [BlockKind::Heading(1)]
        );
    }

    /// Commas weigh in the container pick in every script: the ideographic and Arabic
    /// commas count as commas, in running text and in preformatted text alike.
    #[test]
    fn commas_of_every_script_count() {
        let commas = |html: &str| per_block(html, |b| b.commas);
        assert_eq!(
            commas("<body><p>潮水退去，渔船归港，码头、灯塔和仓库都亮了灯。</p></body>"),
            [3]
        );
        assert_eq!(commas("<body><p>البحر هادئ، والسفن عادت،</p></body>"), [2]);
        assert_eq!(commas("<body><pre>港口，码头，灯塔</pre></body>"), [2]);
        assert_eq!(commas("<body><p>Tide, wind, and rain.</p></body>"), [2]);
        assert_eq!(commas("<body><p>Tide. Wind; rain.</p></body>"), [0]);
    }

    /// A formula's tokens join without spaces, after the space owed before the formula,
    /// and count as link text inside a link.
    #[test]
    fn a_formula_is_read_token_by_token() {
        let doc = crate::parse::parse_default(
            "<body><p>See <a href=/e><math><mi>E</mi> <mo>=</mo>\n<mi>m</mi></math></a> and \
             <math><mi>x</mi></math></p></body>",
        );
        let root = crate::extractor::content_root(&doc);
        let pruned = Pruned {
            removed: vec![false; doc.len()],
        };
        let blocks = segment(&doc, root, &pruned);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "See E=m and x");
        assert_eq!(blocks[0].link_chars, 3);
    }

    /// A named anchor left open (`<a name=top/>`: the slash closes nothing) is copied
    /// around every paragraph after it by the parser; its text is not link text. A link
    /// with an `href`, or a script's link without one, is.
    #[test]
    fn only_anchors_that_link_make_link_text() {
        let link_chars = |html: &str| per_block(html, |b| b.link_chars);
        assert_eq!(
            link_chars("<body><a name=top/><p>Dear reader,</p><p>the loan is large.</p></body>"),
            [0, 0]
        );
        assert_eq!(
            link_chars("<body><p><a name=top>Dear</a> <a href=/r>reader</a></p></body>"),
            [6]
        );
        assert_eq!(
            link_chars("<body><p><a onclick=go()>Menu</a> <a href=/r name=r>Home</a></p></body>"),
            [8]
        );
    }

    /// A paragraph of nothing but zero-width characters shows nothing and makes no block;
    /// the same characters inside a word (a joiner between two emoji, a soft hyphen) and
    /// a zero-width space between words are kept as they were written.
    #[test]
    fn zero_width_characters_alone_make_no_block() {
        let texts =
            |html: &str| -> Vec<String> { blocks_of(html).into_iter().map(|b| b.text).collect() };
        assert_eq!(
            texts("<body><p>\u{200d}</p><p>Tide \u{feff} tables</p><p>\u{200b}\u{2060} \u{ad}</p></body>"),
            ["Tide tables"]
        );
        assert_eq!(
            texts("<body><p>\u{1f469}\u{200d}\u{1f692} fire\u{ad}fighter \u{200b}crew</p></body>"),
            ["\u{1f469}\u{200d}\u{1f692} fire\u{ad}fighter \u{200b}crew"]
        );
        assert_eq!(
            blocks_of("<body><p>Tide \u{200d} tables</p></body>")[0].chars,
            10
        );
    }
}
