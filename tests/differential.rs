//! The arena DOM against html5ever's reference `RcDom`: for every corpus page, the seed page
//! and a set of tricky fragments, both trees must give the same sequence of elements,
//! attributes, text and comments (for trees no deeper than 512, where no cap applies).

use std::path::Path;

mod common;

use common::rcdom_events;

fn assert_same_tree(label: &str, html: &str) -> bool {
    let (want, depth) = rcdom_events(html);
    if depth > 512 {
        return false;
    }
    let got = dechrome::debug::dom_events(html);
    if got != want {
        let at = got
            .iter()
            .zip(&want)
            .position(|(a, b)| a != b)
            .unwrap_or(got.len().min(want.len()));
        panic!(
            "{label}: arena DOM differs from rcdom at event {at}: arena {:?}, rcdom {:?} ({} vs {} events)",
            got.get(at),
            want.get(at),
            got.len(),
            want.len()
        );
    }
    true
}

#[test]
fn corpus_and_seed_pages_match_rcdom() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("corpus"))
        .expect("corpus/")
        .filter_map(|e| e.ok().map(|e| e.path().join("source.html")))
        .filter(|p| p.exists())
        .collect();
    if let Some(seed) = common::fixture(&root.join("../shared/seed-page/page.html")) {
        pages.push(seed);
    }
    pages.sort();
    let mut compared = 0;
    for page in &pages {
        let bytes = std::fs::read(page).expect("page is readable");
        let html = String::from_utf8_lossy(&bytes);
        if assert_same_tree(&page.display().to_string(), &html) {
            compared += 1;
        }
    }
    assert!(
        compared >= 15,
        "only {compared} pages were shallow enough to compare"
    );
}

#[test]
fn tricky_markup_matches_rcdom() {
    let cases = [
        "<p>unclosed <b>bold <i>both</b> italic</i> tail",
        "<table><tr><td>cell</td>stray text<td>two</table>",
        "<table><b>foster</b><tr><td>x</td></tr></table>after",
        "<a href=1>one <p>two</a> three</p>",
        "<ul><li>a<li>b<ul><li>c</ul></ul><li>d",
        "<template><p>inside</p></template><p>outside</p>",
        "<svg><circle r=1/><foreignObject><p>html in svg</p></foreignObject></svg>",
        "<math><mi>x</mi></math><select><option>1<option>2</select>",
        "<!-- comment --><p>text<!-- inner --></p>",
        "<html><body><p>a</p></body></html><p>after html</p>",
        "<frameset><frame src=a></frameset>",
        "<div>a<div>b<div>c</span></div>d</div>e",
        "<p>x</p>\u{0}<p>nul</p>&amp;&lt;&notanentity;&#x1F600;",
        "<noscript><p>shown as markup</p></noscript>",
        "<textarea><p>raw</p></textarea><title>t<b></title><xmp><i></xmp>",
        "<b><b><b><b><p>noah's ark</b></b></b></b>",
        "<form><form><input></form>",
        "",
        "just text",
    ];
    for (i, html) in cases.iter().enumerate() {
        assert!(assert_same_tree(&format!("case {i} {html:?}"), html));
    }
}
