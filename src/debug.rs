//! Internals exposed for the project's own differential tests and fuzz targets only; not part
//! of the stable API.

use crate::dom::{Edge, NodeData, DOCUMENT};
use crate::parse::parse_default;

/// The arena DOM of `html` as a flat list of events: `<name attr="v">`, `</name>`, `"text"`,
/// `<!--comment-->`, doctypes left out. Template contents are not descended into.
pub fn dom_events(html: &str) -> Vec<String> {
    let doc = parse_default(html);
    let mut out = Vec::new();
    for edge in doc.traverse(DOCUMENT) {
        match edge {
            Edge::Open(id) => match &doc.node(id).data {
                NodeData::Element(el) => {
                    let mut s = format!("<{}", el.name.local);
                    for a in &el.attrs {
                        s.push_str(&format!(" {}={:?}", a.name.local, &*a.value));
                    }
                    s.push('>');
                    out.push(s);
                }
                NodeData::Text(t) => out.push(format!("{:?}", &**t)),
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
