//! Any bytes, any options: extraction returns `Ok` or `Err`, never panics or hangs, and
//! every output format renders (text, Markdown, HTML, and JSON through serde).
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
    if let Ok(article) = extractor.extract_bytes(input.html, input.content_type) {
        let _ = (article.title(), article.text().len(), article.metadata());
        let markdown = article.markdown();
        let html = article.html();
        let json = serde_json::to_string(&article).expect("an Article always serializes");
        assert!(json.len() >= markdown.len().min(1) && !html.contains("<script"));
    }
});
