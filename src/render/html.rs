//! Clean HTML from the content tree: a small safe subset of tags and attributes.

use crate::content::{Content, Kind, Step};

/// Renders `content` as an HTML fragment using only `p`, `h1`–`h6`, `ul`, `ol`, `li`,
/// `table`, `caption`, `tr`, `th`, `td`, `pre`, `code`, `blockquote`, `figure`,
/// `figcaption`, `a[href]`, `img[src alt]`, `em`, `strong` and `br`. No script, style, event
/// handler or other attribute can get through: every tag and attribute is written here.
pub(crate) fn html(content: &Content) -> String {
    let mut out = String::new();
    let mut in_pre = 0u32;
    content.walk(|step| match step {
        Step::Text(text) => escape(&mut out, text, false),
        Step::Enter(kind) => match kind {
            Kind::Image { src, alt } => {
                out.push_str("<img src=\"");
                escape(&mut out, src, true);
                out.push_str("\" alt=\"");
                escape(&mut out, alt, true);
                out.push_str("\">");
            }
            Kind::LineBreak => out.push_str(if in_pre > 0 { "\n" } else { "<br>" }),
            Kind::Link { href } => {
                out.push_str("<a href=\"");
                escape(&mut out, href, true);
                out.push_str("\">");
            }
            Kind::Preformatted { language } => {
                in_pre += 1;
                out.push_str("<pre><code");
                if let Some(lang) = language {
                    out.push_str(" class=\"language-");
                    escape(&mut out, lang, true);
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
        },
        Step::Leave(kind) => match kind {
            Kind::Text { .. } | Kind::Image { .. } | Kind::LineBreak => {}
            Kind::Link { .. } => out.push_str("</a>"),
            Kind::Preformatted { .. } => {
                in_pre = in_pre.saturating_sub(1);
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
        },
    });
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
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
