//! Debugging aid: lists what pruning removed from a page (file, `.html.gz`, or stdin), the
//! rung of the fallback ladder that chose the content, its containers, and every block with
//! whether it was kept. `--vocabulary` lists every word list the heuristics read, with where
//! its words come from. `--disable RULE[,RULE...]` switches rules off, by the names
//! `evaluate --ablate` prints (as `evaluate --disable` does), to see what a rule changes
//! on one page; `--mode M` reads the page in another mode (precision, balanced, recall).
//!
//! `cargo run --release --example why -- page.html.gz`
//! `cargo run --release --example why -- --disable lenient-fallback page.html.gz`
//! `cargo run --release --example why -- --mode precision page.html.gz`

use std::io::{Read, Write};

const USAGE: &str =
    "usage: why [--mode M] [--disable RULE,...] [PAGE | -]\n       why --vocabulary";

/// Exits with the usage line and `message`, as the other examples do on bad arguments.
fn usage_error(message: &str) -> ! {
    eprintln!("why: {message}\n{USAGE}");
    std::process::exit(2);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut options = dechrome::Options::default();
    let mut arg = "-".to_string();
    while let Some(next) = args.next() {
        match next.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                return;
            }
            "--mode" | "-m" => {
                let Some(mode) = args.next() else {
                    usage_error("--mode needs a value");
                };
                match mode.parse::<dechrome::Mode>() {
                    Ok(mode) => options = options.with_mode(mode),
                    Err(e) => usage_error(&e),
                }
            }
            "--disable" => {
                let Some(names) = args.next() else {
                    usage_error("--disable needs rule names");
                };
                for name in names.split(',') {
                    match name.trim().parse::<dechrome::RuleId>() {
                        Ok(rule) => options = options.with_rule_disabled(rule),
                        Err(e) => {
                            let all: Vec<&str> =
                                dechrome::RuleId::ALL.iter().map(|r| r.name()).collect();
                            usage_error(&format!("{e}; the rules: {}", all.join(", ")));
                        }
                    }
                }
            }
            flag if flag.starts_with('-') && flag != "-" && flag != "--vocabulary" => {
                usage_error(&format!("unknown flag {flag}"));
            }
            _ => arg = next,
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
