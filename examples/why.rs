//! Debugging aid: lists what pruning removed from a page (file, `.html.gz`, or stdin), the
//! rung of the fallback ladder that chose the content, its containers, and every block with
//! whether it was kept. `--vocabulary` lists every word list the heuristics read, with where
//! its words come from. `--disable RULE[,RULE...]` switches rules off, by the names
//! `evaluate --ablate` prints (as `evaluate --disable` does), to see what a rule changes
//! on one page.
//!
//! `cargo run --release --example why -- page.html.gz`
//! `cargo run --release --example why -- --disable lenient-fallback page.html.gz`

use std::io::{Read, Write};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut options = dechrome::Options::default();
    let mut arg = "-".to_string();
    while let Some(next) = args.next() {
        if next != "--disable" {
            arg = next;
            continue;
        }
        let Some(names) = args.next() else {
            eprintln!("why: --disable needs rule names");
            std::process::exit(2);
        };
        for name in names.split(',') {
            match name.trim().parse::<dechrome::RuleId>() {
                Ok(rule) => options = options.with_rule_disabled(rule),
                Err(e) => {
                    let all: Vec<&str> = dechrome::RuleId::ALL.iter().map(|r| r.name()).collect();
                    eprintln!("why: {e}; the rules: {}", all.join(", "));
                    std::process::exit(2);
                }
            }
        }
    }
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
    let pruned = dechrome::debug::pruned_elements(&html, &options)
        .into_iter()
        .map(|line| format!("pruned {line}"));
    for line in pruned.chain(dechrome::debug::selection(&html, &options)) {
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}
