//! Whatever the page, the Markdown dechrome writes is safe to render: a CommonMark parser
//! (pulldown-cmark) finds no raw HTML in it and no link or image whose destination is not
//! http(s), mailto or relative.
//!
//! `cargo +nightly fuzz run markdown_safety -- -dict=html.dict -rss_limit_mb=2048 -timeout=10`
#![no_main]

use libfuzzer_sys::fuzz_target;
use pulldown_cmark::{Event, Parser, Tag};

fuzz_target!(|data: &[u8]| {
    let options = dechrome::Options::default()
        .with_mode(dechrome::Mode::Recall)
        .with_url("https://fuzz.example/dir/page.html");
    let Ok(article) = dechrome::Extractor::new(options).extract_bytes(data, None) else {
        return;
    };
    for markdown in [article.markdown(), article.markdown_with_title()] {
        check(&markdown);
    }
});

fn check(markdown: &str) {
    for event in Parser::new(markdown) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                panic!("raw HTML in the Markdown: {html:?}\n---\n{markdown}")
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                assert!(
                    allowed(&dest_url),
                    "destination {dest_url:?}\n---\n{markdown}"
                );
            }
            _ => {}
        }
    }
}

/// http(s), mailto, or relative (no scheme before the first `/`, `?` or `#`).
fn allowed(destination: &str) -> bool {
    let end = destination
        .find(['/', '?', '#'])
        .unwrap_or(destination.len());
    match destination[..end].find(':') {
        None => true,
        Some(colon) => {
            let scheme = destination[..colon].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto")
        }
    }
}
