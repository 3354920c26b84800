//! Debugging aid: lists what pruning removed from a page (file, `.html.gz`, or stdin), the
//! rung of the fallback ladder that chose the content, its containers, and every block with
//! whether it was kept. `--vocabulary` lists every word list the heuristics read, with where
//! its words come from.
//!
//! `cargo run --release --example why -- page.html.gz`

use std::io::{Read, Write};

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    // Written by hand rather than with println!, so that piping into `head` ends quietly.
    let mut out = std::io::stdout().lock();
    if arg == "--vocabulary" {
        for line in dechrome::debug::vocabulary() {
            if writeln!(out, "{line}").is_err() {
                return;
            }
        }
        return;
    }
    let path = arg;
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
    let pruned = dechrome::debug::pruned_elements(&html)
        .into_iter()
        .map(|line| format!("pruned {line}"));
    for line in pruned.chain(dechrome::debug::selection(&html)) {
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}
