//! Debugging aid: lists what pruning removed from a page (file, `.html.gz`, or stdin), the
//! containers selection chose, and every block with whether it was kept.
//!
//! `cargo run --release --example why -- page.html.gz`

use std::io::{Read, Write};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(&path).map(|raw| {
            if path.ends_with(".gz") {
                let _ = flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut bytes);
            } else {
                bytes = raw;
            }
        })
    };
    if let Err(e) = read {
        eprintln!("why: {path}: {e}");
        std::process::exit(2);
    }
    let html = String::from_utf8_lossy(&bytes);
    // Written by hand rather than with println!, so that piping into `head` ends quietly.
    let mut out = std::io::stdout().lock();
    let pruned = dechrome::debug::pruned_elements(&html)
        .into_iter()
        .map(|line| format!("pruned {line}"));
    for line in pruned.chain(dechrome::debug::selection(&html)) {
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}
