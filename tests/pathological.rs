//! Hostile inputs at (release) or near (debug, scaled down) the sizes the project commits to:
//! each gives a result or the error its case names, never a panic, hang or stack overflow,
//! and its output stays within a fixed multiple of its input.
//!
//! `benches/pathological.rs` runs the same cases at three sizes and reports how time and
//! memory grow.

#[path = "common/pathological.rs"]
mod pathological;

use pathological::{input, meets_expectation, process, Expect, Input, ALL};

/// Debug builds run the same shapes at a fraction of the size so the suite stays fast;
/// `DECHROME_FULL_SIZE=1` runs the full sizes in any build.
fn scale(full: usize) -> usize {
    if cfg!(debug_assertions) && std::env::var_os("DECHROME_FULL_SIZE").is_none() {
        (full / 20).max(1)
    } else {
        full
    }
}

/// Output (text plus Markdown) may be at most this many times the input, plus a little.
const MAX_OUTPUT_RATIO: usize = 4;

#[test]
fn every_pathological_input_gives_its_result() {
    let mut failures = Vec::new();
    for case in ALL {
        let html = input(case, scale(case.full_scale));
        let outcome = process(case, &html);
        if let Err(e) = meets_expectation(case, &outcome) {
            failures.push(e);
        }
        if outcome.output_bytes > MAX_OUTPUT_RATIO * html.len() + 4096 {
            failures.push(format!(
                "{}: {} bytes of output for {} of input",
                case.name,
                outcome.output_bytes,
                html.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_hostile_class_has_a_case() {
    // Class 9 (the example's own input handling: links, FIFOs, names, --jobs) is not a
    // size family; tests/cli.rs covers it.
    for class in ["1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 "] {
        assert!(
            ALL.iter().any(|c| c.class.starts_with(class)),
            "no pathological case for class {class}"
        );
    }
    assert!(ALL.iter().any(|c| c.expect == Expect::TreeTooLarge));
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

#[test]
fn raw_invalid_bytes_extract() {
    let bytes = pathological::nul_and_invalid_bytes(scale(1_000_000));
    assert!(dechrome::extract_bytes(&bytes, None).is_ok());
    assert!(dechrome::extract_bytes(&bytes, Some("text/html; charset=utf-16le")).is_ok());
}

#[test]
fn content_around_hostile_markup_is_kept() {
    // The text before unclosed SVG, a row of <time>s and repeated <body> tags still comes out.
    for html in [
        pathological::unclosed_svg(scale(80_000)),
        pathological::svg_foreign_object(scale(40_000)),
        pathological::time_siblings(scale(80_000)),
    ] {
        let article = dechrome::extract(&html).expect("extracts");
        assert_eq!(article.text(), "x", "{}", &html[..40]);
    }
    let article = dechrome::extract(&pathological::time_siblings(scale(80_000))).expect("ok");
    assert_eq!(article.metadata().date.as_deref(), Some("2020-01-01"));
    let article =
        dechrome::extract(&pathological::title_of_many_parts(scale(100_000))).expect("extracts");
    assert!(article.text().starts_with("Text of the page"));
}

#[test]
fn formatting_amplification_fails_with_its_own_error() {
    let html = pathological::formatting_amplification(scale(8_000).max(2_000));
    match dechrome::extract(&html) {
        Err(dechrome::Error::TreeTooLarge { size, limit }) => {
            assert_eq!(size, html.len());
            assert_eq!(limit, html.len() + 64 * 1024);
        }
        other => panic!("expected TreeTooLarge, got {other:?}"),
    }
    // The same shape, small enough to be a page, still extracts.
    let small = format!(
        "{}<p>A paragraph of text after a few open formatting elements.</p>",
        pathological::formatting_amplification(20)
    );
    assert!(dechrome::extract(&small).is_ok());
}

#[test]
fn warc_pages_around_malformed_records_are_read() {
    let bytes = pathological::warc_bogus_lengths(10);
    let items: Vec<_> = dechrome::WarcReader::new(&bytes[..]).collect();
    let pages = items.iter().filter(|i| i.is_ok()).count();
    let errors = items.iter().filter(|i| i.is_err()).count();
    assert_eq!((pages, errors), (5, 5), "{items:#?}");
    let bytes = pathological::warc_garbage_between_records(10);
    let items: Vec<_> = dechrome::WarcReader::new(&bytes[..]).collect();
    assert_eq!(items.iter().filter(|i| i.is_ok()).count(), 10);
    let bytes = pathological::warc_content_encoding_bomb(4);
    let reader = dechrome::WarcReader::new(&bytes[..]).with_max_record_bytes(1 << 20);
    let items: Vec<_> = reader.collect();
    assert_eq!(items.len(), 3);
    assert!(items[0].is_ok() && items[2].is_ok());
    assert!(matches!(
        items[1].as_ref().map_err(|e| &e.error),
        Err(dechrome::Error::InflatesTooLarge { limit: 1_048_576 })
    ));
}

#[test]
fn gzip_bomb_stops_at_the_limit() {
    let case = ALL.iter().find(|c| c.name == "gzip_bomb").expect("listed");
    let Input::Bytes(bomb) = input(case, 16) else {
        panic!("bytes")
    };
    assert!(bomb.len() < 64 * 1024, "{} bytes", bomb.len());
    let outcome = process(case, &Input::Bytes(bomb));
    assert!(matches!(
        outcome.error,
        Some(dechrome::Error::InflatesTooLarge { limit }) if limit == pathological::INFLATE_LIMIT
    ));
}

#[test]
fn markdown_of_hostile_snippets_stays_safe_at_size() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let html = pathological::unsafe_markdown(scale(20_000));
    let article = dechrome::extract(&html).expect("extracts");
    for md in [article.markdown(), article.markdown_with_title()] {
        assert!(md.contains("alert(1)"), "the snippets are kept as text");
        for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
            match event {
                Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?}"),
                Event::Start(Tag::Link { dest_url, .. }) => {
                    assert!(
                        !dest_url.to_ascii_lowercase().contains("javascript:"),
                        "{dest_url}"
                    )
                }
                _ => {}
            }
        }
    }
}
