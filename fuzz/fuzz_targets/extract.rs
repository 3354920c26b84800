//! Any bytes, any options: extraction returns `Ok` or `Err`, never panics or hangs, and what
//! it returns holds: output within a fixed multiple of the input, JSON that reads back as the
//! same article, Markdown that renders to Markdown's own elements only, and no word in the
//! text that the page does not hold.
//!
//! `cargo +nightly fuzz run extract -- -rss_limit_mb=2048 -timeout=10`
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    mode: u8,
    /// Bits: images, links, tables, lists off; a page URL given.
    switches: u8,
    content_type: Option<&'a str>,
    url_path: &'a str,
    max_depth: u8,
    html: &'a [u8],
}

fuzz_target!(|input: Input<'_>| {
    let mode = match input.mode % 3 {
        0 => dechrome::Mode::Precision,
        1 => dechrome::Mode::Balanced,
        _ => dechrome::Mode::Recall,
    };
    let bit = |n: u8| input.switches & (1 << n) != 0;
    let mut options = dechrome::Options::default()
        .with_mode(mode)
        .with_max_depth(u32::from(input.max_depth).max(2))
        .with_images(!bit(0))
        .with_links(!bit(1))
        .with_tables(!bit(2))
        .with_lists(!bit(3));
    if bit(4) {
        // Sometimes a valid base, sometimes whatever the fuzzer wrote (an error is fine).
        let url = if bit(5) {
            input.url_path.to_string()
        } else {
            format!("https://fuzz.example/{}", input.url_path)
        };
        options = options.with_url(url);
    }
    let extractor = dechrome::Extractor::new(options);
    let Ok(article) = extractor.extract_bytes(input.html, input.content_type) else {
        return;
    };
    let markdown = article.markdown();
    let html = article.html();
    let text = article.text();

    // Output stays within a fixed multiple of the input.
    let size = input.html.len();
    assert!(
        text.len() <= 2 * size + 256,
        "text of {} bytes from {size}",
        text.len()
    );
    assert!(
        markdown.len() <= 4 * size + 4096,
        "Markdown of {} bytes from {size}",
        markdown.len()
    );

    // The JSON form reads back as the same article.
    let json = serde_json::to_string(&article).expect("an Article always serializes");
    let value: serde_json::Value = serde_json::from_str(&json).expect("the JSON parses");
    assert_eq!(value["text"], text);
    assert_eq!(value["markdown"], markdown);
    assert_eq!(value["html"], html);
    assert_eq!(value["title"].as_str(), article.title());
    let metadata: dechrome::Metadata =
        serde_json::from_value(value["metadata"].clone()).expect("metadata deserializes");
    assert_eq!(&metadata, article.metadata());

    // The Markdown rendered by a CommonMark renderer holds only the elements Markdown makes.
    let mut rendered = String::new();
    pulldown_cmark::html::push_html(
        &mut rendered,
        pulldown_cmark::Parser::new_ext(&markdown, pulldown_cmark::Options::ENABLE_TABLES),
    );
    for name in element_names(&rendered) {
        assert!(
            MARKDOWN_ELEMENTS.contains(&name.as_str()),
            "<{name}> from Markdown:\n{markdown}"
        );
    }

    // Every word of the text comes from the page: an ASCII word is in the decoded input's
    // text, or joins two pieces of it (text either side of a dropped element), or is in
    // the input with its tags cut out (an element that swallowed the page is reparsed
    // closed, and `<td>` outside a table joins its cells, as browsers show them). JSON
    // string escapes (`\u0041`) can spell letters the markup does not, so such pages are
    // left out.
    let encoding = encoding_rs::Encoding::for_label(article.encoding().as_bytes())
        .unwrap_or(encoding_rs::UTF_8);
    let (decoded, _, _) = encoding.decode(input.html);
    if !decoded.contains("\\u") && !decoded.contains("\\x") {
        let (page_text, attribute_text) = page_text(&decoded);
        let without_tags = without_tags(&decoded);
        for word in text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty() && w.len() <= 32)
        {
            let found = page_text.contains(word)
                || attribute_text.contains(word)
                || (1..word.len())
                    .any(|i| page_text.contains(&word[..i]) && page_text.contains(&word[i..]))
                || without_tags.contains(word);
            assert!(found, "{word:?} is not in the page");
        }
    }
});

/// `html` with every tag (`<` then a letter, `/` or `!`, up to the next `>`) cut out and
/// nothing put in its place.
fn without_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let opens_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>').filter(|_| opens_tag) {
            Some(end) => rest = &after[end + 1..],
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What pulldown-cmark writes for the Markdown dechrome emits, and the document wrapper the
/// HTML parser adds.
const MARKDOWN_ELEMENTS: &[&str] = &[
    "html",
    "head",
    "body",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "pre",
    "code",
    "blockquote",
    "a",
    "img",
    "em",
    "strong",
    "br",
    "hr",
];

/// html5ever's tree of `html` (scripting off, as dechrome parses).
fn rcdom(html: &str) -> markup5ever_rcdom::RcDom {
    use html5ever::tendril::TendrilSink;
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts).one(html)
}

/// Every node of the tree, template contents included, without recursion.
fn nodes(html: &str) -> Vec<markup5ever_rcdom::Handle> {
    let dom = rcdom(html);
    let mut out = Vec::new();
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let markup5ever_rcdom::NodeData::Element {
            template_contents, ..
        } = &node.data
        {
            if let Some(contents) = template_contents.borrow().as_ref() {
                stack.push(contents.clone());
            }
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
        out.push(node);
    }
    out
}

fn element_names(html: &str) -> Vec<String> {
    nodes(html)
        .iter()
        .filter_map(|n| match &n.data {
            markup5ever_rcdom::NodeData::Element { name, .. } => Some(name.local.to_string()),
            _ => None,
        })
        .collect()
}

/// The page's text nodes run together in document order (so text split by elements reads
/// as it does on screen), and its attribute values apart.
fn page_text(html: &str) -> (String, String) {
    let (mut text, mut attributes) = (String::new(), String::new());
    for node in nodes(html) {
        match &node.data {
            markup5ever_rcdom::NodeData::Text { contents } => text.push_str(&contents.borrow()),
            markup5ever_rcdom::NodeData::Element { attrs, .. } => {
                for a in attrs.borrow().iter() {
                    attributes.push_str(&a.value);
                    attributes.push(' ');
                }
            }
            _ => {}
        }
    }
    (text, attributes)
}
