//! Any bytes as a WARC file, read the way the example binary reads one: the reader never
//! panics or hangs, every item is a page or an error with an offset inside the input, the
//! iteration ends, and every page it yields extracts to `Ok` or `Err`.
//!
//! `cargo +nightly fuzz run warc -- -dict=warc.dict -rss_limit_mb=2048 -timeout=10`
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A small record limit so the fuzzer reaches the "record too large" paths too.
    let reader = dechrome::WarcReader::new(data).with_max_record_bytes(64 * 1024);
    let extractor = dechrome::Extractor::default();
    let mut items = 0usize;
    for item in reader {
        items += 1;
        // Each item consumes input, so there can never be more items than bytes.
        assert!(
            items <= data.len() + 1,
            "the reader yields without consuming input"
        );
        match item {
            Ok(page) => {
                assert!(page.body.len() <= 64 * 1024, "a body past the record limit");
                let _ = extractor.extract_bytes(&page.body, page.content_type.as_deref());
            }
            Err(error) => {
                let _ = error.to_string();
            }
        }
    }
});
