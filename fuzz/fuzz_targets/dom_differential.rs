//! The arena DOM must match html5ever's reference `RcDom` on any input whose tree is at most
//! 512 levels deep (past that the arena flattens by design), on both paths: the debug parse,
//! and the production parse (script, style and SVG bodies, comments' text and unread `data-*` attributes elided
//! from the text first) seen through that elision.
//!
//! `cargo +nightly fuzz run dom_differential -- -rss_limit_mb=2048 -timeout=10`
#![no_main]

use libfuzzer_sys::fuzz_target;

// The same RcDom walk the integration tests use.
#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    // Keep inputs small enough for RcDom's recursive drop and the 10 s timeout.
    if data.len() > 64 * 1024 {
        return;
    }
    let html = String::from_utf8_lossy(data);
    let (want, depth) = common::rcdom_events(&html);
    if depth > 400 {
        return;
    }
    let got = dechrome::debug::dom_events(&html);
    assert_eq!(got, want, "arena DOM differs from RcDom");
    let (want, _) = common::rcdom_elided_events(&html);
    let got = dechrome::debug::production_dom_events(&html);
    assert_eq!(
        got, want,
        "production tree differs from RcDom through the elision"
    );
});
