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

/// The elements pruning removes from `html`'s body, each as `stage <tag class="..." id="...">
/// (N chars)`, in document order: to see why text went missing.
pub fn pruned_elements(html: &str) -> Vec<String> {
    use crate::features::text_stats;
    use crate::prune::{prune_hard, prune_names};
    let doc = parse_default(html);
    let root = crate::extractor::content_root(&doc);
    let hard = prune_hard(&doc, root);
    let stats = text_stats(&doc, root, &hard);
    let meta = crate::metadata::extract_metadata(&doc);
    let mut named = prune_hard(&doc, root);
    let discussion = meta.page_type == Some(crate::metadata::PageType::Forum);
    prune_names(&doc, root, &mut named, &stats, discussion);
    let mut out = Vec::new();
    for id in doc.preorder(root) {
        let stage = if hard.is_removed(id) {
            "hard"
        } else if named.is_removed(id) {
            "name"
        } else {
            continue;
        };
        if let Some(el) = doc.element(id) {
            out.push(format!(
                "{stage} <{} class={:?} id={:?}> ({} chars)",
                el.name.local,
                el.attr("class").unwrap_or(""),
                el.attr("id").unwrap_or(""),
                stats.chars[id.index()]
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

/// The first-pass selection of `html` in Balanced mode: the chosen containers, then every
/// block as `+` (kept) or `-`, its kind, size, link density, owner and opening words.
pub fn selection(html: &str) -> Vec<String> {
    use crate::blocks::segment;
    use crate::features::text_stats;
    use crate::prune::{prune_hard, prune_names};
    let doc = parse_default(html);
    let root = crate::extractor::content_root(&doc);
    let meta = crate::metadata::extract_metadata(&doc);
    let raw = text_stats(&doc, root, &prune_hard(&doc, root));
    let mut pruned = prune_hard(&doc, root);
    let discussion = meta.page_type == Some(crate::metadata::PageType::Forum);
    prune_names(&doc, root, &mut pruned, &raw, discussion);
    let stats = text_stats(&doc, root, &pruned);
    let blocks = segment(&doc, root, &pruned);
    let sel = crate::select::select(
        &doc,
        root,
        &pruned,
        &stats,
        &blocks,
        crate::Mode::Balanced,
        meta.title.as_deref(),
    );
    let mut out: Vec<String> = sel
        .roots
        .iter()
        .map(|&r| {
            let mut path = Vec::new();
            let mut cur = Some(r);
            while let Some(c) = cur {
                path.push(describe(&doc, c));
                cur = doc.node(c).parent;
            }
            path.reverse();
            format!("container {}", path.join(" > "))
        })
        .collect();
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
