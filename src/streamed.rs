//! Puts streamed server-rendered segments where the page's script would have put them.
//!
//! React's streaming server rendering (React 18 and later, and the frameworks built on it)
//! sends a placeholder where content is not ready yet, `<template id="B:1">` for a
//! suspended boundary or `<template id="P:1">` for a pending segment, and later in the same
//! response the content itself in `<div hidden id="S:1">`, with a script (`$RC`, `$RS`)
//! that moves it into place. We run no scripts, so without this step the page's main
//! content sits hidden after the footer and is pruned as hidden text.

use std::collections::HashMap;

use html5ever::local_name;

use crate::dom::{Document, NodeData, NodeId, DOCUMENT};

/// The key of a React placeholder id (`B:1f` or `P:1f` give `1f`) or segment id (`S:1f`),
/// if `id` is one: the prefix then one or more hexadecimal digits.
fn streamed_key<'a>(id: &'a str, prefix: &str) -> Option<&'a str> {
    let key = id.strip_prefix(prefix)?;
    (!key.is_empty() && key.bytes().all(|b| b.is_ascii_hexdigit())).then_some(key)
}

/// Moves every hidden `S:` segment in front of its `B:` placeholder and unhides it.
/// Segments without a placeholder stay where they are, hidden.
pub(crate) fn place_streamed_segments(doc: &mut Document) {
    let mut placeholders: HashMap<String, NodeId> = HashMap::new();
    let mut segments: Vec<(String, NodeId)> = Vec::new();
    for id in doc.preorder(DOCUMENT) {
        let Some(el) = doc.element(id) else { continue };
        let Some(id_attr) = el.attr_named(&local_name!("id")) else {
            continue;
        };
        match el.name.local {
            local_name!("template") => {
                let key = streamed_key(id_attr, "B:").or_else(|| streamed_key(id_attr, "P:"));
                if let Some(key) = key {
                    placeholders.entry(key.to_string()).or_insert(id);
                }
            }
            local_name!("div") if el.attr_named(&local_name!("hidden")).is_some() => {
                if let Some(key) = streamed_key(id_attr, "S:") {
                    segments.push((key.to_string(), id));
                }
            }
            _ => {}
        }
    }
    for (key, segment) in segments.into_iter().take(MAX_SEGMENTS) {
        let Some(&placeholder) = placeholders.get(&key) else {
            continue;
        };
        // A placeholder inside its own segment would make a cycle; leave it where it is.
        if !is_outside(doc, placeholder, segment) {
            continue;
        }
        doc.detach(segment);
        doc.insert_before(placeholder, segment);
        if let NodeData::Element(el) = doc.data_mut(segment) {
            let attrs = std::mem::take(&mut el.attrs);
            el.attrs = attrs
                .into_vec()
                .into_iter()
                .filter(|a| a.name.local != local_name!("hidden"))
                .collect();
        }
    }
}

/// Segments moved on one page at most: real pages stream tens, and the cap bounds the work
/// a hostile page can ask for.
const MAX_SEGMENTS: usize = 4096;

/// Ancestors looked at to prove a placeholder lies outside a segment. Moved segments can
/// nest deeper than the parser's depth cap, so the walk is bounded too; a placeholder
/// deeper than this is treated as possibly inside.
const MAX_ANCESTOR_WALK: usize = 2048;

/// Whether `id` certainly lies outside the subtree of `ancestor`.
fn is_outside(doc: &Document, id: NodeId, ancestor: NodeId) -> bool {
    let mut chain = doc.self_and_ancestors(id);
    for n in chain.by_ref().take(MAX_ANCESTOR_WALK) {
        if n == ancestor {
            return false;
        }
    }
    chain.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_default;

    fn body_text(doc: &Document) -> Vec<String> {
        doc.preorder(DOCUMENT)
            .filter_map(|id| match doc.data(id) {
                NodeData::Text(t) => Some(t.trim().to_string()),
                _ => None,
            })
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn segments_move_to_their_placeholders_and_show() {
        let html = r#"<body><header>Site</header><main><!--$?--><template id="B:0"></template>
            <p>Loading</p><!--/$--></main><footer>Footer</footer>
            <div hidden id="S:0"><h1>Headline</h1><p>The story.</p></div>
            <script>$RC("B:0","S:0")</script></body>"#;
        let mut doc = parse_default(html);
        place_streamed_segments(&mut doc);
        let text = body_text(&doc);
        assert_eq!(
            text[..4],
            ["Site", "Headline", "The story.", "Loading"].map(String::from)
        );
        let segment = doc
            .preorder(DOCUMENT)
            .find(|&id| doc.element(id).and_then(|e| e.attr("id")) == Some("S:0"))
            .expect("segment kept");
        assert!(doc
            .element(segment)
            .is_some_and(|e| e.attr("hidden").is_none()));
        assert_eq!(
            doc.tag(doc.node(segment).parent.expect("moved")),
            Some(&local_name!("main"))
        );
    }

    #[test]
    fn other_hidden_divs_and_unmatched_segments_stay_hidden() {
        let html = r#"<body><template id="B:1"></template><template id="Q:4"></template>
            <div hidden id="S:2">No placeholder</div><div hidden id="S:x">Not hex</div>
            <div hidden id="S:4">Not a React placeholder</div>
            <div hidden id="menu">Menu</div></body>"#;
        let mut doc = parse_default(html);
        place_streamed_segments(&mut doc);
        let hidden = doc
            .preorder(DOCUMENT)
            .filter(|&id| doc.element(id).is_some_and(|e| e.attr("hidden").is_some()))
            .count();
        assert_eq!(hidden, 4);
    }

    #[test]
    fn pending_segments_fill_their_placeholders_in_nested_order() {
        let html = r#"<body><main><template id="B:0"></template></main>
            <div hidden id="S:0"><h1>Title</h1><template id="P:1"></template><p>End</p></div>
            <div hidden id="S:1"><p>Middle</p></div></body>"#;
        let mut doc = parse_default(html);
        place_streamed_segments(&mut doc);
        assert_eq!(body_text(&doc), ["Title", "Middle", "End"]);
    }

    #[test]
    fn a_placeholder_inside_its_own_segment_is_left_alone() {
        let html = r#"<body><div hidden id="S:3"><template id="B:3"></template>x</div></body>"#;
        let mut doc = parse_default(html);
        place_streamed_segments(&mut doc);
        assert_eq!(body_text(&doc), ["x"]);
    }
}
