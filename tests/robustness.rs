//! Hostile inputs: every one gives a result or a clear error, never a panic or a stack overflow.

use dechrome::{Extractor, Options};

#[test]
fn deep_nesting_does_not_overflow_and_keeps_text() {
    let depth = 100_000;
    let html = format!(
        "{}<p>bottom text</p>{}<p>after the wrappers</p>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let article = dechrome::extract(&html).expect("deep input extracts");
    assert!(
        article.text().contains("bottom text"),
        "got {:?}",
        article.text()
    );
    assert!(article.text().contains("after the wrappers"));
}

#[test]
fn deep_mixed_nesting_does_not_overflow() {
    let html = "<ul><li>".repeat(20_000) + "<table><tr><td>" + &"<b><i>".repeat(20_000) + "x";
    assert!(dechrome::extract(&html).is_ok());
}

#[test]
fn depth_cap_flattens_instead_of_losing_words() {
    let html = format!("{}<p>one</p><p>two</p>", "<div>".repeat(600));
    let article = Extractor::new(Options::default())
        .extract(&html)
        .expect("extracts");
    let text = article.text();
    assert!(
        text.contains("one") && text.contains("two") && !text.contains("onetwo"),
        "got {text:?}"
    );
}

#[test]
fn invalid_utf8_nul_bytes_and_binary_are_handled() {
    let mut bytes = b"<p>ok \x00 text \xff\xfe\xc3 more".to_vec();
    bytes.extend((0..=255u8).cycle().take(5000));
    assert!(dechrome::extract_bytes(&bytes, None).is_ok());
    assert!(dechrome::extract_bytes(b"\xff\xfe<\x00p\x00>\x00", None).is_ok());
    assert!(dechrome::extract("\u{0}\u{0}<p>\u{0}</p>").is_ok());
}

#[test]
fn malformed_markup_is_handled() {
    let cases = [
        "<".to_string(),
        "<!--".to_string(),
        "<meta charset=".to_string(),
        "<table colspan=999999999><td colspan=999999999 rowspan=999999999>x".to_string(),
        "<b><i></b></i>".repeat(2000),
        "<br>".repeat(10_000),
        "&amp;".repeat(10_000),
        format!(
            "<div {}>x</div>",
            (0..5000)
                .map(|i| format!("a{i}=v"))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        "<script>".repeat(100),
        "<svg><math><table><select><template>".repeat(200),
    ];
    for html in &cases {
        assert!(
            dechrome::extract(html).is_ok(),
            "failed on input starting {:?}",
            &html[..html.len().min(40)]
        );
    }
}

/// Streamed segments that each hold the next one's placeholder nest deeper with every move,
/// past the parser's depth cap; a placeholder inside its own segment would make a cycle.
/// Every walk stays iterative and the work bounded.
#[test]
fn chained_and_cyclic_streamed_segments_are_handled() {
    let n = 6_000;
    let mut html = String::from("<body><main><template id=\"B:0\"></template></main>");
    for i in 0..n {
        html.push_str(&format!(
            "<div hidden id=\"S:{i:x}\"><p>Segment {i} of a long streamed page.</p>\
             <template id=\"B:{:x}\"></template></div>",
            i + 1
        ));
    }
    // A segment holding its own placeholder.
    html.push_str("<div hidden id=\"S:ffffff\"><template id=\"B:ffffff\"></template>loop</div>");
    let article = dechrome::extract(&html).expect("streamed chains extract");
    assert!(article
        .text()
        .contains("Segment 0 of a long streamed page."));
    let _ = article.markdown();
    let _ = article.html();
}
