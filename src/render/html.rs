//! Clean HTML from the content tree: a small safe subset of tags and attributes.

use crate::content::{Content, Kind, Step};

/// Renders `content` as an HTML fragment using only `p`, `h1`–`h6`, `ul`, `ol`, `li`,
/// `table`, `caption`, `tr`, `th`, `td`, `pre`, `code`, `blockquote`, `figure`,
/// `figcaption`, `a[href]`, `img[src alt]`, `em`, `strong`, `br` and presentation MathML
/// (`math` and its layout elements, see `crate::math`). No script, style, event
/// handler or other attribute can get through: every tag and attribute is written here.
pub(crate) fn html(content: &Content) -> String {
    let mut out = String::new();
    let mut in_pre = 0u32;
    // The open nodes: a paragraph right inside a list item is written bare (a tight list),
    // later ones in the same item after a `<br>`.
    let mut open: Vec<Open> = Vec::new();
    content.walk(|step| match step {
        Step::Enter(Kind::Paragraph) if matches!(open.last(), Some(Open::ListItem(_))) => {
            if let Some(Open::ListItem(paragraphs)) = open.last_mut() {
                if *paragraphs > 0 {
                    out.push_str("<br>");
                }
                *paragraphs += 1;
            }
            open.push(Open::BareParagraph);
        }
        Step::Leave(Kind::Paragraph) if matches!(open.last(), Some(Open::BareParagraph)) => {
            open.pop();
        }
        Step::Enter(kind) => {
            if !matches!(kind, Kind::Image(_) | Kind::Math(_) | Kind::LineBreak) {
                open.push(match kind {
                    Kind::ListItem => Open::ListItem(0),
                    _ => Open::Other,
                });
            }
            enter(&mut out, &mut in_pre, kind);
        }
        Step::Leave(kind) => {
            if !matches!(kind, Kind::Image(_) | Kind::Math(_) | Kind::LineBreak) {
                open.pop();
            }
            leave(&mut out, &mut in_pre, kind);
        }
        Step::Text(text) => escape(&mut out, text, false),
    });
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

fn enter(out: &mut String, in_pre: &mut u32, kind: &Kind) {
    match kind {
        Kind::Image(image) => {
            let (src, alt) = (&image.src, &image.alt);
            out.push_str("<img src=\"");
            escape(out, src, true);
            out.push_str("\" alt=\"");
            escape(out, alt, true);
            out.push_str("\">");
        }
        // Built from listed MathML elements and attributes only, text escaped (see `math`).
        Kind::Math(math) => out.push_str(&math.mathml),
        Kind::LineBreak => out.push_str(if *in_pre > 0 { "\n" } else { "<br>" }),
        Kind::Link { href } => {
            out.push_str("<a href=\"");
            escape(out, href, true);
            out.push_str("\">");
        }
        Kind::Preformatted { language } => {
            *in_pre += 1;
            out.push_str("<pre><code");
            if let Some(lang) = language {
                out.push_str(" class=\"language-");
                escape(out, lang, true);
                out.push('"');
            }
            out.push('>');
        }
        Kind::Cell { header: true } => out.push_str("<th>"),
        Kind::Cell { header: false } => out.push_str("<td>"),
        Kind::Heading(level) => out.push_str(&format!("<h{}>", (*level).clamp(1, 6))),
        Kind::List { ordered: true } => out.push_str("<ol>\n"),
        Kind::List { ordered: false } => out.push_str("<ul>\n"),
        Kind::Table => out.push_str("<table>\n"),
        Kind::Row => out.push_str("<tr>"),
        other => {
            if let Some(tag) = simple_tag(other) {
                out.push('<');
                out.push_str(tag);
                out.push('>');
            }
        }
    }
}

fn leave(out: &mut String, in_pre: &mut u32, kind: &Kind) {
    // A line break that ends a block shows nothing: a `<p>` in a table cell ends its line,
    // with no line after it.
    if matches!(
        kind,
        Kind::Cell { .. }
            | Kind::Paragraph
            | Kind::Heading(_)
            | Kind::Caption
            | Kind::FigureCaption
    ) {
        while let Some(kept) = out.strip_suffix("<br>").map(str::len) {
            out.truncate(kept);
        }
    }
    match kind {
        Kind::Text { .. } | Kind::Image(_) | Kind::Math(_) | Kind::LineBreak => {}
        Kind::Link { .. } => out.push_str("</a>"),
        Kind::Preformatted { .. } => {
            *in_pre = in_pre.saturating_sub(1);
            out.push_str("</code></pre>\n");
        }
        Kind::Cell { header: true } => out.push_str("</th>"),
        Kind::Cell { header: false } => out.push_str("</td>"),
        Kind::Heading(level) => out.push_str(&format!("</h{}>\n", (*level).clamp(1, 6))),
        Kind::List { ordered: true } => out.push_str("</ol>\n"),
        Kind::List { ordered: false } => out.push_str("</ul>\n"),
        Kind::Table => out.push_str("</table>\n"),
        Kind::Row => out.push_str("</tr>\n"),
        other => {
            if let Some(tag) = simple_tag(other) {
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
                if !matches!(other, Kind::Emphasis | Kind::Strong | Kind::Code) {
                    out.push('\n');
                }
            }
        }
    }
}

/// The tag of kinds written without attributes.
fn simple_tag(kind: &Kind) -> Option<&'static str> {
    Some(match kind {
        Kind::Paragraph => "p",
        Kind::ListItem => "li",
        Kind::Caption => "caption",
        Kind::Quote => "blockquote",
        Kind::Figure => "figure",
        Kind::FigureCaption => "figcaption",
        Kind::Emphasis => "em",
        Kind::Strong => "strong",
        Kind::Code => "code",
        _ => return None,
    })
}

/// An open node, as far as paragraph tags are concerned.
enum Open {
    /// A list item, with the paragraphs written in it so far.
    ListItem(u32),
    /// A paragraph written without `<p>` tags.
    BareParagraph,
    Other,
}

/// Escapes `&`, `<`, `>` (and `"` in attribute values).
fn escape(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}
