//! Extraction against parsing, page by page, in one run (bytes per second):
//!
//! - `rcdom_parse`: html5ever into its reference `markup5ever_rcdom` tree;
//! - `arena_parse`: html5ever into this crate's arena DOM, nothing else;
//! - `extract_text`: the whole job (decode, parse, prune, score, select, render text).
//!
//! Pages: the corpus, plus every page (`.html`, `.htm`, `.html.gz`) of the directory named by
//! `DECHROME_BENCH_DIR` when set. Gzip pages are decompressed before timing. After the run the
//! bench prints `extract_text / rcdom_parse` and `extract_text / arena_parse` over the whole
//! set: the ratio of summed median estimates and the median of per-page ratios.
//!
//! `DECHROME_BENCH_DIR=../shared/datasets/scrapinghub/html cargo bench --bench extract`

use std::path::PathBuf;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};

#[path = "../tests/common/mod.rs"]
mod common;
mod support;

use support::pages;

fn rcdom_parse(html: &str) -> usize {
    let dom = common::rcdom(html);
    let n = dom.document.children.borrow().len();
    n
}

const FUNCTIONS: [&str; 3] = ["rcdom_parse", "arena_parse", "extract_text"];

fn run(c: &mut Criterion, pages: &[(String, Vec<u8>)]) {
    let extractor = dechrome::Extractor::default();
    for (name, bytes) in pages {
        // Parsers get the same decoded text; extract_text starts from the bytes.
        let text = String::from_utf8_lossy(bytes).into_owned();
        let mut group = c.benchmark_group(format!("page/{name}"));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(BenchmarkId::from_parameter(FUNCTIONS[0]), |b| {
            b.iter(|| rcdom_parse(&text))
        });
        group.bench_function(BenchmarkId::from_parameter(FUNCTIONS[1]), |b| {
            b.iter(|| dechrome::debug::parse_only(&text))
        });
        group.bench_function(BenchmarkId::from_parameter(FUNCTIONS[2]), |b| {
            b.iter(|| extractor.extract_bytes(bytes, None).map(|a| a.text().len()))
        });
        group.finish();
    }
}

/// Criterion's median estimate in nanoseconds for one function on one page.
fn mean_ns(page: &str, function: &str) -> Option<f64> {
    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/criterion"));
    let path = dir
        .join(format!("page_{page}"))
        .join(function)
        .join("new/estimates.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return f64::NAN;
    }
    v[v.len() / 2]
}

fn main() {
    let pages = pages();
    // Short per-page runs (the set is large); `--measurement-time` and friends override.
    let mut criterion = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(600))
        .configure_from_args();
    run(&mut criterion, &pages);
    criterion.final_summary();
    let mut sums = [0.0f64; 3];
    let (mut vs_rcdom, mut vs_arena) = (Vec::new(), Vec::new());
    for (name, _) in &pages {
        let t: Vec<Option<f64>> = FUNCTIONS.iter().map(|f| mean_ns(name, f)).collect();
        if let [Some(rc), Some(arena), Some(extract)] = t[..] {
            sums[0] += rc;
            sums[1] += arena;
            sums[2] += extract;
            vs_rcdom.push(extract / rc);
            vs_arena.push(extract / arena);
        }
    }
    let (total, arena, parse) = (sums[2] / sums[0], sums[2] / sums[1], sums[1] / sums[0]);
    println!(
        "\nover {} pages (sums of criterion's median estimates; in brackets the median of the \
         per-page ratios):",
        vs_rcdom.len()
    );
    println!(
        "  extract_text / rcdom_parse = {total:.3} ({:.3}): the whole extraction, parse \
         included, against html5ever building its reference RcDom alone; {}",
        median(vs_rcdom),
        if total < 1.0 {
            "under 1, extracting costs less than html5ever's own parse"
        } else {
            "over 1, extracting costs more than html5ever's own parse"
        }
    );
    println!(
        "  extract_text / arena_parse = {arena:.3} ({:.3}): the whole extraction against \
         parsing into this crate's tree; the {:.0}% above 1 is pruning, selection, metadata \
         and rendering",
        median(vs_arena),
        (arena - 1.0) * 100.0
    );
    println!(
        "  arena_parse / rcdom_parse  = {parse:.3}: this crate's tree sink against RcDom's \
         (script bodies skipped, nodes in one arena); {:.0}% {} than html5ever's reference",
        (1.0 - parse).abs() * 100.0,
        if parse < 1.0 { "cheaper" } else { "dearer" }
    );
}
