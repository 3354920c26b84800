//! Helpers shared by the integration tests.

use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// html5ever's reference tree for `html`, parsed as dechrome parses (scripting off).
pub fn rcdom(html: &str) -> RcDom {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    parse_document(RcDom::default(), opts).one(html)
}

/// The same event format as `dechrome::debug::dom_events`, from an `RcDom`, without
/// recursion; also returns the tree's depth.
#[allow(dead_code)] // not every user of this module needs it
pub fn rcdom_events(html: &str) -> (Vec<String>, usize) {
    events(html, false)
}

/// html5ever's tree of `html`, unelided, seen as `dechrome::debug::production_dom_events`
/// sees extraction's tree: no children of `script`, `style` or `svg`, no comment text, no
/// unread `data-*` attributes (`dechrome::debug::attribute_is_elided`). Also returns the tree's depth.
#[allow(dead_code)] // not every user of this module needs it
pub fn rcdom_elided_events(html: &str) -> (Vec<String>, usize) {
    events(html, true)
}

fn events(html: &str, elided_view: bool) -> (Vec<String>, usize) {
    let dom = rcdom(html);
    let mut out = Vec::new();
    let mut max_depth = 0;
    // (node, depth, closing?)
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
                    if !(elided_view && dechrome::debug::attribute_is_elided(&a.name.local)) {
                        s.push_str(&format!(" {}={:?}", a.name.local, &*a.value));
                    }
                }
                s.push('>');
                out.push(s);
                stack.push((node.clone(), depth, true));
                if elided_view && matches!(&*name.local, "script" | "style" | "svg") {
                    continue;
                }
            }
            NodeData::Text { contents } => {
                out.push(format!("{:?}", &**contents.borrow()));
                continue;
            }
            NodeData::Comment { contents } => {
                if elided_view {
                    out.push("<!---->".to_string());
                } else {
                    out.push(format!("<!--{}-->", &**contents));
                }
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

/// `target/<profile>/examples/dechrome`, built by `cargo test` alongside the tests.
#[allow(dead_code)] // not every user of this module needs it
pub fn example_binary() -> std::path::PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>");
    let name = if cfg!(windows) {
        "dechrome.exe"
    } else {
        "dechrome"
    };
    profile_dir.join("examples").join(name)
}

#[allow(dead_code)] // not every user of this module needs it
/// Whether this run is CI's (`CI` set to anything but empty or `false`): there a missing
/// fixture is a failure, not a skip.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

#[allow(dead_code)] // not every user of this module needs it
/// `path` if it exists. When it does not, CI fails the test; a local run skips it, saying
/// so on stderr in capitals so a skip is never mistaken for a pass.
pub fn fixture(path: &std::path::Path) -> Option<std::path::PathBuf> {
    fixture_in(path, in_ci())
}

#[allow(dead_code)] // not every user of this module needs it
/// [`fixture`] with the CI decision given, so the rule itself can be tested.
pub fn fixture_in(path: &std::path::Path, ci: bool) -> Option<std::path::PathBuf> {
    if path.exists() {
        return Some(path.to_path_buf());
    }
    assert!(
        !ci,
        "fixture {} is missing, and under CI a missing fixture fails the test",
        path.display()
    );
    eprintln!(
        "SKIPPED: fixture {} is not present beside this checkout",
        path.display()
    );
    None
}
