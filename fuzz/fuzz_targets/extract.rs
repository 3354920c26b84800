//! Any bytes, any options: extraction returns `Ok` or `Err`, never panics or hangs.
//!
//! `cargo +nightly fuzz run extract -- -rss_limit_mb=2048 -timeout=10`
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    mode: u8,
    content_type: Option<&'a str>,
    max_depth: u8,
    html: &'a [u8],
}

fuzz_target!(|input: Input<'_>| {
    let mode = match input.mode % 3 {
        0 => dechrome::Mode::Precision,
        1 => dechrome::Mode::Balanced,
        _ => dechrome::Mode::Recall,
    };
    let options = dechrome::Options::default()
        .with_mode(mode)
        .with_max_depth(u32::from(input.max_depth).max(2));
    let extractor = dechrome::Extractor::new(options);
    if let Ok(article) = extractor.extract_bytes(input.html, input.content_type) {
        let _ = (article.title(), article.text().len(), article.metadata());
    }
});
