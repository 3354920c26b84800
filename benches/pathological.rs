//! Hostile inputs at growing sizes, to show that time and memory grow linearly.
//!
//! `cargo bench --bench pathological` runs each case of `tests/common/pathological.rs` at
//! 1/4, 1/2 and the full size the project commits to, then prints, per case:
//!
//! - the growth of time per doubling of the input, quarter to half and half to full, from
//!   each size's fastest sample (other processes on a shared machine only ever add time, so
//!   the minimum is the steadiest estimate of the work itself). Linear time doubles; the
//!   limit is 2.3x. A real superlinear path shows in both doublings; one doubling over the
//!   limit and the other under it is machine noise, and the report says which it is;
//! - the peak resident memory of one run at the full size, measured in a fresh child
//!   process (this binary run again), against the limit of 8 x input + 64 MiB.
//!
//! `cargo bench --bench pathological -- NAME` runs only the cases whose name contains NAME.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};

#[path = "../tests/common/pathological.rs"]
mod pathological;

use pathological::{input, process, Pathological, ALL};

const FRACTIONS: [usize; 3] = [4, 2, 1];
/// Most time per doubling of the input.
const MAX_GROWTH: f64 = 2.3;
/// Peak resident memory allowed: this many times the input, plus [`RSS_ALLOWANCE`].
const RSS_PER_INPUT_BYTE: u64 = 8;
const RSS_ALLOWANCE: u64 = 64 << 20;
/// Set in the child process that measures one case's memory: `NAME SIZE`.
const RSS_CHILD: &str = "DECHROME_PATHOLOGICAL_RSS";

fn sizes(case: &Pathological) -> [usize; 3] {
    FRACTIONS.map(|f| (case.full_scale / f).max(1))
}

fn run(c: &mut Criterion, filter: Option<&str>) {
    for case in selected(filter) {
        let mut group = c.benchmark_group(format!("pathological/{}", case.name));
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(3));
        for size in sizes(case) {
            let html = input(case, size);
            group.throughput(Throughput::Bytes(html.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(size), &html, |b, html| {
                b.iter(|| process(case, html).output_bytes)
            });
        }
        group.finish();
    }
}

fn selected(filter: Option<&str>) -> impl Iterator<Item = &'static Pathological> + '_ {
    ALL.iter()
        .filter(move |c| filter.is_none_or(|f| c.name.contains(f)))
}

/// Where criterion keeps one benchmark's latest results.
fn result_dir(group: &str, id: usize) -> PathBuf {
    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/criterion"));
    dir.join(group.replace('/', "_"))
        .join(id.to_string())
        .join("new")
}

fn read_json(group: &str, id: usize, file: &str) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(result_dir(group, id).join(file)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Criterion's point estimate of the mean, in nanoseconds, for one benchmark.
fn mean_ns(group: &str, id: usize) -> Option<f64> {
    read_json(group, id, "estimates.json")?["mean"]["point_estimate"].as_f64()
}

/// The fastest sample's time per iteration, in nanoseconds, for one benchmark.
fn fastest_ns(group: &str, id: usize) -> Option<f64> {
    let sample = read_json(group, id, "sample.json")?;
    let iters = sample["iters"].as_array()?;
    let times = sample["times"].as_array()?;
    iters
        .iter()
        .zip(times)
        .filter_map(|(n, t)| Some(t.as_f64()? / n.as_f64()?))
        .filter(|per_iter| per_iter.is_finite())
        .min_by(f64::total_cmp)
}

/// The peak resident set of this process so far, in bytes (Linux).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// In the child: builds one input, processes it once, prints the input size and the peak.
fn measure_in_child(spec: &str) {
    let mut parts = spec.split(' ');
    let (Some(name), Some(size)) = (parts.next(), parts.next()) else {
        return;
    };
    let Some(case) = ALL.iter().find(|c| c.name == name) else {
        return;
    };
    let Ok(size) = size.parse::<usize>() else {
        return;
    };
    let html = input(case, size);
    let outcome = process(case, &html);
    println!(
        "{} {} {}",
        html.len(),
        peak_rss().unwrap_or(0),
        outcome.output_bytes
    );
}

/// Input bytes and peak resident bytes of one run of `case` at `size`, in a fresh process.
fn rss_of(case: &Pathological, size: usize) -> Option<(u64, u64)> {
    let exe = std::env::current_exe().ok()?;
    let out = Command::new(exe)
        .env(RSS_CHILD, format!("{} {size}", case.name))
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut fields = text.split_whitespace().map(|f| f.parse::<u64>().ok());
    Some((fields.next()??, fields.next()??))
}

fn main() {
    if let Ok(spec) = std::env::var(RSS_CHILD) {
        measure_in_child(&spec);
        return;
    }
    // `cargo bench -- NAME`: the first argument that is not a flag filters the cases.
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-') && a != "--bench");
    let mut criterion = Criterion::default().configure_from_args();
    run(&mut criterion, filter.as_deref());
    criterion.final_summary();
    report(filter.as_deref());
}

fn report(filter: Option<&str>) {
    println!(
        "\ntime per doubling of the input (fastest samples; linear = 2.0, limit {MAX_GROWTH}) and \
         peak memory at full size (limit {RSS_PER_INPUT_BYTE} x input + {} MiB):",
        RSS_ALLOWANCE >> 20
    );
    println!(
        "  {:<30} {:>17} {:>8} {:>8} {:>8}  {:>9} {:>9} {:>9}  verdict",
        "case (class)", "", "q->h", "h->f", "mean", "input MB", "peak MB", "limit MB"
    );
    let mut failed = 0;
    for case in selected(filter) {
        let group = format!("pathological/{}", case.name);
        let [q, h, f] = sizes(case);
        let fastest = [q, h, f].map(|s| fastest_ns(&group, s));
        let mean = (mean_ns(&group, h), mean_ns(&group, f));
        let growth = |a: Option<f64>, b: Option<f64>| Some(b? / a?);
        let first = growth(fastest[0], fastest[1]);
        let second = growth(fastest[1], fastest[2]);
        let mean_growth = growth(mean.0, mean.1);
        let rss = rss_of(case, f);
        let show = |g: Option<f64>| g.map_or("-".to_string(), |g| format!("{g:.2}x"));
        let time_verdict = match (first, second) {
            (Some(a), Some(b)) if a > MAX_GROWTH && b > MAX_GROWTH => "SUPERLINEAR",
            (Some(a), Some(b)) if a > MAX_GROWTH || b > MAX_GROWTH => "noise (one doubling)",
            (Some(_), Some(_)) => "linear",
            _ => "no estimates",
        };
        let (input_mb, peak_mb, limit_mb, memory_ok) = match rss {
            Some((input, peak)) => {
                let limit = RSS_PER_INPUT_BYTE * input + RSS_ALLOWANCE;
                let mb = |b: u64| b as f64 / f64::from(1 << 20);
                (mb(input), mb(peak), mb(limit), peak <= limit)
            }
            None => (0.0, 0.0, 0.0, false),
        };
        let memory_verdict = if memory_ok { "" } else { ", MEMORY OVER" };
        if time_verdict == "SUPERLINEAR" || !memory_ok {
            failed += 1;
        }
        println!(
            "  {:<30} {:>17} {:>8} {:>8} {:>8}  {:>9.1} {:>9.1} {:>9.1}  {time_verdict}{memory_verdict}",
            case.name,
            format!("({})", case.class),
            show(first),
            show(second),
            show(mean_growth),
            input_mb,
            peak_mb,
            limit_mb,
        );
    }
    println!(
        "{failed} case(s) over a limit ({} measured)",
        selected(filter).count()
    );
}
