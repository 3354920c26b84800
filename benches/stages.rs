//! Each stage of the pipeline timed on its own over the whole set of pages, so that a
//! regression shows in the stage that caused it:
//!
//! - `decode`: bytes to text (encoding sniffed);
//! - `parse`: html5ever into the arena DOM, repairs included, the tree dropped;
//! - `prune`: pruning by tag, role and hiding;
//! - `name_signals`: class and id names read into per-node signals;
//! - `metadata`: JSON-LD, meta tags, bylines and dates;
//! - `select`: the whole fallback ladder (threads, name pruning, features, blocks,
//!   selection, for every rung it climbs), of which two passes are also timed alone:
//!   `features` (per-node text sizes) and `blocks` (the tree cut into blocks);
//! - `text`: plain text of the kept blocks;
//! - `markdown`: the content tree of the kept blocks and its Markdown;
//! - `extract`: the whole extraction from bytes to text, for scale.
//!
//! Each iteration runs a stage over every page, from that stage's input as the pipeline
//! made it (computed once beforehand). After the run the bench prints each stage's median
//! time and its share of `extract`; `features` and `blocks` are inside `select`, so the
//! shares add up to more than the whole.
//!
//! Pages: the corpus, plus the pages of `DECHROME_BENCH_DIR` when set:
//! `DECHROME_BENCH_DIR=../shared/datasets/scrapinghub/html cargo bench --bench stages`

use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use dechrome::debug::Stages;

mod support;

/// The stages in pipeline order, each run over every page.
const STAGES: [&str; 11] = [
    "decode",
    "parse",
    "prune",
    "name_signals",
    "metadata",
    "select",
    "features",
    "blocks",
    "text",
    "markdown",
    "extract",
];

struct Page {
    bytes: Vec<u8>,
    text: String,
    stages: Stages,
}

fn run_stage(stage: &str, pages: &[Page], extractor: &dechrome::Extractor) -> usize {
    let each = |page: &Page| match stage {
        "decode" => Stages::decode(&page.bytes),
        "parse" => Stages::parse(&page.text),
        "prune" => page.stages.prune(),
        "name_signals" => page.stages.name_signals(),
        "metadata" => page.stages.metadata(),
        "select" => page.stages.select(),
        "features" => page.stages.features(),
        "blocks" => page.stages.blocks(),
        "text" => page.stages.text(),
        "markdown" => page.stages.markdown(),
        _ => extractor
            .extract_bytes(&page.bytes, None)
            .map_or(0, |a| a.text().len()),
    };
    pages.iter().map(each).sum()
}

/// Criterion's median estimate in nanoseconds for one stage.
fn median_ns(stage: &str) -> Option<f64> {
    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/criterion"));
    let path = dir.join("stage").join(stage).join("new/estimates.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn main() {
    let pages: Vec<Page> = support::pages()
        .into_iter()
        .filter_map(|(_, bytes)| {
            let text = dechrome::debug::Stages::decoded(&bytes);
            let stages = Stages::new(&text)?;
            Some(Page {
                bytes,
                text,
                stages,
            })
        })
        .collect();
    let total_bytes: usize = pages.iter().map(|p| p.bytes.len()).sum();
    let extractor = dechrome::Extractor::default();
    let mut criterion = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = criterion.benchmark_group("stage");
    group.throughput(Throughput::Bytes(total_bytes as u64));
    for stage in STAGES {
        group.bench_function(stage, |b| b.iter(|| run_stage(stage, &pages, &extractor)));
    }
    group.finish();
    criterion.final_summary();
    let Some(whole) = median_ns("extract") else {
        return;
    };
    println!(
        "\nover {} pages ({:.1} MB), criterion's median per pass:",
        pages.len(),
        total_bytes as f64 / 1e6
    );
    for stage in STAGES {
        if let Some(ns) = median_ns(stage) {
            println!(
                "  {stage:<13} {:>9.2} ms  {:>5.1}% of extract",
                ns / 1e6,
                ns / whole * 100.0
            );
        }
    }
}
