//! Hostile inputs at (release) or near (debug, scaled down) the sizes the project commits to:
//! each gives a result or a clear error, never a panic, hang or stack overflow.

#[path = "common/pathological.rs"]
mod pathological;

use pathological::ALL;

/// Debug builds run the same shapes at a fraction of the size so the suite stays fast.
fn scale(full: usize) -> usize {
    if cfg!(debug_assertions) {
        (full / 20).max(1)
    } else {
        full
    }
}

#[test]
fn every_pathological_input_extracts() {
    for case in ALL {
        let html = (case.make)(scale(case.full_scale));
        let result = dechrome::extract(&html);
        assert!(result.is_ok(), "{}: {:?}", case.name, result.err());
    }
}

#[test]
fn raw_invalid_bytes_extract() {
    let bytes = pathological::nul_and_invalid_bytes(scale(1_000_000));
    assert!(dechrome::extract_bytes(&bytes, None).is_ok());
    assert!(dechrome::extract_bytes(&bytes, Some("text/html; charset=utf-16le")).is_ok());
}

#[test]
fn deep_and_long_content_survives() {
    let article =
        dechrome::extract(&pathological::nested_divs(scale(1_000_000))).expect("extracts");
    assert!(article.text().contains("bottom"));
    let article =
        dechrome::extract(&pathological::many_attributes(scale(100_000))).expect("extracts");
    assert!(article.text().contains("text after many attributes"));
    let text = pathological::huge_text_node(scale(50 * 1024 * 1024));
    let article = dechrome::extract(&text).expect("extracts");
    assert!(
        article.text().len() + 16 >= text.len() - 8,
        "the long text node was cut"
    );
    let article = dechrome::extract(&pathological::entities(1000)).expect("extracts");
    assert_eq!(article.text(), "&".repeat(1000));
}
