//! The arena DOM must match html5ever's reference `RcDom` on any input whose tree is at most
//! 512 levels deep (past that the arena flattens by design).
//!
//! `cargo +nightly fuzz run dom_differential -- -rss_limit_mb=2048 -timeout=10`
#![no_main]

use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{parse_document, ParseOpts};
use libfuzzer_sys::fuzz_target;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

fn rcdom_events(html: &str) -> (Vec<String>, usize) {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let dom = parse_document(RcDom::default(), opts).one(html);
    let mut out = Vec::new();
    let mut max_depth = 0;
    let mut stack: Vec<(Handle, usize, bool)> = vec![(dom.document.clone(), 0, false)];
    while let Some((node, depth, closing)) = stack.pop() {
        max_depth = max_depth.max(depth);
        match &node.data {
            NodeData::Element { name, attrs, .. } => {
                if closing {
                    out.push(format!("</{}>", name.local));
                    continue;
                }
                let mut s = format!("<{}", name.local);
                for a in attrs.borrow().iter() {
                    s.push_str(&format!(" {}={:?}", a.name.local, &*a.value));
                }
                s.push('>');
                out.push(s);
                stack.push((node.clone(), depth, true));
            }
            NodeData::Text { contents } => {
                out.push(format!("{:?}", &**contents.borrow()));
                continue;
            }
            NodeData::Comment { contents } => {
                out.push(format!("<!--{}-->", &**contents));
                continue;
            }
            _ => {}
        }
        for child in node.children.borrow().iter().rev() {
            stack.push((child.clone(), depth + 1, false));
        }
    }
    (out, max_depth)
}

fuzz_target!(|data: &[u8]| {
    // Keep inputs small enough for RcDom's recursive drop and the 10 s timeout.
    if data.len() > 64 * 1024 {
        return;
    }
    let html = String::from_utf8_lossy(data);
    let (want, depth) = rcdom_events(&html);
    if depth > 400 {
        return;
    }
    let got = dechrome::debug::dom_events(&html);
    assert_eq!(got, want, "arena DOM differs from RcDom");
});
