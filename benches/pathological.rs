//! Hostile inputs at growing sizes, to show extraction time grows linearly.
//!
//! `cargo bench --bench pathological` runs each input at 1/4, 1/2 and the full size the
//! project commits to, then prints, per input, the growth exponent between the two largest
//! sizes: log(t_full / t_half) / log(2), which is 1.0 for linear time (the target is <= 1.2).
//!
//! The exponent is computed from each size's fastest sample (time per iteration): other
//! processes on a shared machine only ever add time, so the minimum is the steadiest estimate
//! of the work itself. The exponent from criterion's mean is printed beside it.

use std::path::PathBuf;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};

#[path = "../tests/common/pathological.rs"]
mod pathological;

const FRACTIONS: [usize; 3] = [4, 2, 1];

fn run(c: &mut Criterion) {
    let extractor = dechrome::Extractor::default();
    for case in pathological::ALL {
        let mut group = c.benchmark_group(format!("pathological/{}", case.name));
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(3));
        for fraction in FRACTIONS {
            let size = case.full_scale / fraction;
            let html = (case.make)(size);
            group.throughput(Throughput::Bytes(html.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(size), &html, |b, html| {
                b.iter(|| extractor.extract(html).map(|a| a.text().len()))
            });
        }
        group.finish();
    }
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

fn exponent(t_half: f64, t_full: f64) -> f64 {
    (t_full / t_half).ln() / 2f64.ln()
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    run(&mut criterion);
    criterion.final_summary();
    println!("\ngrowth exponents between the two largest sizes (1.0 = linear, target <= 1.2):");
    println!("  input                  fastest  (fastest sample ms)   mean-based");
    for case in pathological::ALL {
        let group = format!("pathological/{}", case.name);
        let half = case.full_scale / 2;
        let fastest = (
            fastest_ns(&group, half),
            fastest_ns(&group, case.full_scale),
        );
        let mean = (mean_ns(&group, half), mean_ns(&group, case.full_scale));
        match (fastest, mean) {
            ((Some(f_half), Some(f_full)), (Some(m_half), Some(m_full))) => println!(
                "  {:<22} {:>6.3}   ({:.1} -> {:.1})   {:>6.3}",
                case.name,
                exponent(f_half, f_full),
                f_half / 1e6,
                f_full / 1e6,
                exponent(m_half, m_full),
            ),
            _ => println!("  {:<22} (no estimates: run without a filter)", case.name),
        }
    }
}
