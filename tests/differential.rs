//! The arena DOM against html5ever's reference `RcDom`: for every corpus page, the seed page
//! and a set of tricky fragments, both trees must give the same sequence of elements,
//! attributes, text and comments (for trees no deeper than 512, where no cap applies).

mod common;

use common::{rcdom_elided_events, rcdom_events};

/// Which of the arena's trees a comparison checks.
#[derive(Clone, Copy)]
enum Path {
    /// The debug parse, nothing elided.
    Debug,
    /// The production path: extraction elides script, style and SVG bodies, comments' text
    /// and unread `data-*` attributes from the text before parsing; seen through that
    /// elision, its tree
    /// must be html5ever's tree of the unelided page.
    Production,
}

/// Compares the arena's tree of `html` on `path` with html5ever's; false when the tree is
/// too deep to compare (past 512 levels the arena flattens by design).
fn compare(label: &str, html: &str, path: Path) -> bool {
    let ((want, depth), got) = match path {
        Path::Debug => (rcdom_events(html), dechrome::debug::dom_events(html)),
        Path::Production => (
            rcdom_elided_events(html),
            dechrome::debug::production_dom_events(html),
        ),
    };
    if depth > 512 {
        return false;
    }
    if got != want {
        let at = got
            .iter()
            .zip(&want)
            .position(|(a, b)| a != b)
            .unwrap_or(got.len().min(want.len()));
        panic!(
            "{label}: arena tree differs from rcdom at event {at}: arena {:?}, rcdom {:?} ({} vs {} events)",
            got.get(at),
            want.get(at),
            got.len(),
            want.len()
        );
    }
    true
}

fn assert_same_tree(label: &str, html: &str) -> bool {
    compare(label, html, Path::Debug)
}

/// Every corpus page and the seed page, compared on `path`; most must be shallow enough.
fn compare_pages(path: Path) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
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
        if compare(&page.display().to_string(), &html, path) {
            compared += 1;
        }
    }
    assert!(
        compared >= 15,
        "only {compared} pages were shallow enough to compare"
    );
}

/// Markup the text-level elision must read as the tokenizer does.
const ELISION_CASES: &[&str] = &[
    "<script>var s = '</scr' + 'ipt>'; if (a < b) {}</script><p>after</p>",
    "<script type=application/ld+json>{\"@type\": \"Article\"}</script><p>kept</p>",
    "<script><!-- <script> nested </script> still script --></script><p>after</p>",
    "<style>p > a { color: red } /* </p> */</style><p>styled</p>",
    "<svg><path d='M0 0'/><g><rect/></g></svg><p>after the picture</p>",
    "<svg><circle r=1><p>breaks out of svg</p></svg><p>tail</p>",
    "<svg><foreignObject><p>html in svg</p></foreignObject></svg><p>after</p>",
    "<svg><![CDATA[</svg><p>in cdata</p>]]></svg><p>after</p>",
    "<svg><svg><svg></svg></svg><p>unclosed outer",
    "<p data-props='{\"a\": \"a long serialised value that is never read by anyone\"}' class=c>x</p>",
    "<p data-x=short data-long-value-here=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa id=i>y</p>",
    "<img data-testid=x data-src=\"https://cdn.example.com/a/very/long/path/to/the/picture.jpg\" alt=a>",
    "<img DATA-SRCSET='a.jpg 1x, b.jpg 2x'data-lazy-src=l.jpg/data-original=o.jpg data-x>",
    "<p/data-x=1 class=c>x</p><p data-=v>empty data name</p>",
    "<!-- <script> --><p>comment first</p><script>x</script>",
    "<p>a<!-- split -->b<!---->c<!-->d<!--->e<!-- x --!>f<!-- a -- b --->g<!-- unclosed <p>h",
    "<!--[if lt IE 9]><p>old browsers</p><![endif]--><p>after the conditional</p>",
    "<title>a<!-- not a comment -->b</title><textarea><!-- nor this --></textarea><p>x</p>",
    "<textarea><script>not a script</script></textarea><p>after</p>",
    "<title><svg></title><p>after title</p>",
    "<script>unclosed script <p>everything after is script text",
    "<svg>unclosed svg <p>breaks out</p>",
    // Found by the dom_differential fuzz target: `<script>` inside an end tag's attributes.
    "<footer>f</footer#\n<script>window.boot = true;</script>\n<p>after</p>",
    "<p>a</p title=\"x>y<script>\">z</script><p>after</p>",
    "<!x <script> >text<script>real</script><p>after</p>",
    "<?php <script> ?>text<p>after</p>",
    "</ <script> >text<p>after</p>",
    "<!--><script>s</script><p>after</p>",
    "<!---><script>s</script><p>after</p>",
    "<!-- a --!><script>s</script><p>after</p>",
    // A `<script>` the tree builder ignores (frameset modes) or reads as foreign content
    // (inside SVG or MathML) has no script body: what follows it is markup.
    "<frameset>\n<script>\n",
    "<frameset><frame src=a></frameset>\n<script> \n</script>\n",
    "<svg><script><p>breaks out of svg</p></script></svg><p>after</p>",
    "<math><script>x<p>breaks out of math</p></script></math><p>after</p>",
    "<svg><style><div>breaks out</div></style></svg><p>after</p>",
    "<svg/>text beside an empty picture</svg><p>after</p>",
    "<svg viewBox=0/><script><p>not in svg</p></script><p>after</p>",
    "<math/><script>x</script><p>after</p>",
    "<svg><svg/><path/></svg>text after the picture</svg><p>after</p>",
    "<svg><svg x=0/><path/></svg>still in svg</svg><p>after</p>",
    "<svg><svg title=\"</svg><p>\"><path/></svg></svg><p>after</p>",
    "<svg><svg <svg <svg></svg>text</svg><p>after</p>",
];

#[test]
fn production_trees_match_rcdom_through_the_elision() {
    compare_pages(Path::Production);
    for (i, html) in ELISION_CASES.iter().enumerate() {
        assert!(compare(
            &format!("elision case {i} {html:?}"),
            html,
            Path::Production
        ));
    }
}

#[test]
fn corpus_and_seed_pages_match_rcdom() {
    compare_pages(Path::Debug);
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
