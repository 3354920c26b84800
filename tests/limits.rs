//! Every limit in `Options` at, just under and just over its value.

use dechrome::{Error, Extractor, Options};

fn nested(divs: usize) -> String {
    format!(
        "<html><body>{}deep words{}</body></html>",
        "<div>".repeat(divs),
        "</div>".repeat(divs)
    )
}

#[test]
fn max_depth_under_at_and_over() {
    let cap = 40u32;
    // html = 1, body = 2, so n divs put their text at depth n + 3.
    let under = (cap - 3) as usize;
    let at = (cap - 2) as usize;
    let over = (cap - 1) as usize;
    assert_eq!(
        dechrome::debug::deepest_text(&nested(under), cap),
        cap,
        "under the cap the tree is untouched"
    );
    assert_eq!(
        dechrome::debug::deepest_text(&nested(at), cap),
        cap + 1,
        "at the cap the tree is untouched"
    );
    assert_eq!(
        dechrome::debug::deepest_text(&nested(over), cap),
        cap + 1,
        "over the cap text stays at the cap"
    );
    assert_eq!(
        dechrome::debug::deepest_text(&nested(over * 10), cap),
        cap + 1
    );
    let extractor = Extractor::new(Options::default().with_max_depth(cap));
    for n in [under, at, over, over * 10] {
        let article = extractor.extract(&nested(n)).expect("extracts");
        assert!(article.text().contains("deep words"), "{n} divs: text lost");
    }
    assert_eq!(Options::default().max_depth, 512);
}

#[test]
fn max_input_bytes_under_at_and_over() {
    let limit = 1000;
    let extractor = Extractor::new(Options::default().with_max_input_bytes(limit));
    let page = |size: usize| format!("<p>{}</p>", "a".repeat(size - 7));
    assert!(extractor.extract(&page(limit - 1)).is_ok());
    assert!(extractor.extract(&page(limit)).is_ok());
    assert_eq!(
        extractor.extract(&page(limit + 1)).unwrap_err(),
        Error::InputTooLarge {
            size: limit + 1,
            limit
        }
    );
    assert_eq!(
        extractor
            .extract_bytes(page(limit + 1).as_bytes(), None)
            .unwrap_err(),
        Error::InputTooLarge {
            size: limit + 1,
            limit
        }
    );
    assert_eq!(Options::default().max_input_bytes, 64 * 1024 * 1024);
}

#[test]
fn max_nodes_under_at_and_over() {
    // document, html, head, body, then one <p> and one text node per paragraph.
    let page = |paragraphs: usize| "<p>x</p>".repeat(paragraphs);
    let nodes = |paragraphs: usize| 4 + 2 * paragraphs;
    let limit = nodes(50);
    let extractor = Extractor::new(Options::default().with_max_nodes(limit));
    assert!(extractor.extract(&page(49)).is_ok(), "under the limit");
    assert!(extractor.extract(&page(50)).is_ok(), "at the limit");
    assert_eq!(
        extractor.extract(&page(51)).unwrap_err(),
        Error::TooManyNodes { limit }
    );
    assert_eq!(Options::default().max_nodes, 4_000_000);
}
