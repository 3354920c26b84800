//! Formulas: a `<math>` element read once into what each output needs. Plain text shows
//! the characters the formula displays (they come from the blocks like any other text),
//! Markdown its TeX source when the page gives one, clean HTML its presentation MathML
//! rebuilt from a fixed list of elements and attributes, so nothing else gets through.

use html5ever::{local_name, LocalName};

use crate::dom::{Document, Edge, NodeData, NodeId};

/// A formula of the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Math {
    /// TeX source: the `alttext` attribute, or an `annotation` whose encoding names TeX.
    pub(crate) tex: Option<String>,
    /// The characters the formula shows, as the blocks read them (see `blocks::segment`).
    pub(crate) text: String,
    /// Presentation MathML, serialised from the allowed elements and attributes only.
    pub(crate) mathml: String,
    /// `display="block"`: a formula set on its own line.
    pub(crate) display: bool,
}

/// Elements whose subtree is another notation of the formula, not what it shows.
pub(crate) fn is_annotation(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("annotation") | local_name!("annotation-xml")
    )
}

/// Presentation MathML elements written to clean HTML; others are left out, their
/// children kept.
const ELEMENTS: &[&str] = &[
    "math",
    "menclose",
    "merror",
    "mfenced",
    "mfrac",
    "mi",
    "mmultiscripts",
    "mn",
    "mo",
    "mover",
    "mpadded",
    "mphantom",
    "mprescripts",
    "mroot",
    "mrow",
    "ms",
    "mspace",
    "msqrt",
    "mstyle",
    "msub",
    "msubsup",
    "msup",
    "mtable",
    "mtd",
    "mtext",
    "mtr",
    "munder",
    "munderover",
    "none",
    "semantics",
];

/// Layout attributes written to clean HTML; no other attribute (no `href`, no handler, no
/// style) gets through.
const ATTRIBUTES: &[&str] = &[
    "accent",
    "accentunder",
    "close",
    "columnalign",
    "columnspan",
    "depth",
    "display",
    "displaystyle",
    "fence",
    "form",
    "height",
    "largeop",
    "linethickness",
    "lspace",
    "mathvariant",
    "movablelimits",
    "notation",
    "open",
    "rowalign",
    "rowspan",
    "rspace",
    "scriptlevel",
    "separator",
    "separators",
    "stretchy",
    "symmetric",
    "width",
];

/// Reads the `<math>` element `id`.
pub(crate) fn read(doc: &Document, id: NodeId) -> Math {
    let root = doc.element(id);
    let display = root
        .and_then(|el| el.attr_named(&local_name!("display")))
        .is_some_and(|d| d.trim().eq_ignore_ascii_case("block"));
    let mut tex = root
        .and_then(|el| el.attr("alttext"))
        .map(collapse)
        .filter(|alt| !alt.is_empty());
    let mut text = String::new();
    // A token's text that ended in whitespace: the next token starts a new word.
    let mut space_owed = false;
    let mut mathml = String::new();
    let mut walk = doc.traverse(id);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(node) => match doc.data(node) {
                NodeData::Element(el) if is_annotation(&el.name.local) => {
                    // `application/x-tex`, `TeX`, `application/x-latex`; not `text/plain`.
                    let names_tex = el.attr("encoding").is_some_and(|e| {
                        e.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                            w.eq_ignore_ascii_case("tex") || w.eq_ignore_ascii_case("latex")
                        })
                    });
                    if tex.is_none() && names_tex {
                        tex = Some(collapse(&text_of(doc, node))).filter(|t| !t.is_empty());
                    }
                    walk.skip_children(node);
                }
                NodeData::Element(el) => {
                    if let Some(name) = allowed_element(&el.name.local) {
                        mathml.push('<');
                        mathml.push_str(name);
                        for attr in &el.attrs {
                            let Some(attr_name) = allowed_attribute(&attr.name.local) else {
                                continue;
                            };
                            mathml.push(' ');
                            mathml.push_str(attr_name);
                            mathml.push_str("=\"");
                            escape_into(&mut mathml, &attr.value);
                            mathml.push('"');
                        }
                        mathml.push('>');
                    }
                }
                NodeData::Text(raw) => {
                    // Whitespace between a formula's elements is layout, not a space; at the
                    // edge of a token's own text it parts words, as the blocks read it.
                    let t = raw.trim();
                    if t.is_empty() {
                        continue;
                    }
                    if (space_owed || raw.starts_with(char::is_whitespace)) && !text.is_empty() {
                        text.push(' ');
                    }
                    space_owed = raw.ends_with(char::is_whitespace);
                    text.push_str(t);
                    escape_into(&mut mathml, t);
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Some(el) = doc.element(node) {
                    if is_annotation(&el.name.local) {
                        continue;
                    }
                    if let Some(name) = allowed_element(&el.name.local) {
                        mathml.push_str("</");
                        mathml.push_str(name);
                        mathml.push('>');
                    }
                }
            }
        }
    }
    Math {
        tex,
        text: collapse(&text),
        mathml,
        display,
    }
}

fn allowed_element(tag: &LocalName) -> Option<&'static str> {
    ELEMENTS.iter().copied().find(|&name| name == &**tag)
}

fn allowed_attribute(name: &LocalName) -> Option<&'static str> {
    ATTRIBUTES
        .iter()
        .copied()
        .find(|&allowed| allowed == &**name)
}

/// The text under `id`, in document order.
fn text_of(doc: &Document, id: NodeId) -> String {
    doc.preorder(id)
        .filter_map(|n| match doc.data(n) {
            NodeData::Text(t) => Some(&**t),
            _ => None,
        })
        .collect()
}

/// Runs of whitespace as one space, none at the ends.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_first_math(html: &str) -> Math {
        let doc = crate::parse::parse_default(html);
        let id = doc
            .preorder(crate::dom::DOCUMENT)
            .find(|&n| doc.tag(n) == Some(&local_name!("math")))
            .expect("a math element");
        read(&doc, id)
    }

    /// A formula's text joins its tokens without spaces, but whitespace at the edge of a
    /// token's own text parts words.
    #[test]
    fn token_edges_part_words() {
        let math = read_first_math(
            "<math><mrow><mi>m</mi> <mtext> if </mtext><mi>c</mi><mo>=</mo><mn>2</mn></mrow>\
             </math>",
        );
        assert_eq!(math.text, "m if c=2");
    }

    #[test]
    fn tex_comes_from_alttext_or_a_tex_annotation() {
        let annotated = read_first_math(
            "<p><math><semantics><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow>\
             <annotation encoding=\"text/plain\">x plus one</annotation>\
             <annotation encoding=\"application/x-tex\">x + 1</annotation></semantics></math></p>",
        );
        assert_eq!(annotated.tex.as_deref(), Some("x + 1"));
        assert_eq!(annotated.text, "x+1");
        assert!(!annotated.display);
        assert_eq!(
            annotated.mathml,
            "<math><semantics><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow></semantics></math>"
        );
        let alt = read_first_math(
            "<math alttext=\" a^2 \" display=block><msup><mi>a</mi><mn>2</mn></msup>\
             <annotation encoding=TeX>ignored</annotation></math>",
        );
        assert_eq!(alt.tex.as_deref(), Some("a^2"));
        assert!(alt.display);
        let bare = read_first_math("<math><mi>y</mi></math>");
        assert_eq!(bare.tex, None);
        assert_eq!(bare.text, "y");
    }

    #[test]
    fn only_listed_elements_and_attributes_reach_the_mathml() {
        let math = read_first_math(
            "<math onclick=alert(1) display=inline><mi mathvariant=bold href=/x style=x>\
             a&lt;b</mi><mglyph src=x.png></mglyph><maction actiontype=toggle><mi>c\"</mi>\
             </maction><annotation-xml encoding=\"text/html\"><img src=x></annotation-xml></math>",
        );
        assert_eq!(
            math.mathml,
            "<math display=\"inline\"><mi mathvariant=\"bold\">a&lt;b</mi><mi>c&quot;</mi></math>"
        );
        assert_eq!(math.text, "a<bc\"");
    }
}
