//! Hostile inputs at growing sizes, to show extraction time grows linearly.
//!
//! `cargo bench --bench pathological` runs each input at 1/4, 1/2 and the full size the
//! project commits to, then prints, per input, the growth exponent between the two largest
//! sizes: log(t_full / t_half) / log(2), which is 1.0 for linear time (the target is <= 1.2).

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

/// Criterion's point estimate of the mean, in nanoseconds, for one benchmark.
fn mean_ns(group: &str, id: usize) -> Option<f64> {
    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/criterion"));
    let path = dir
        .join(group.replace('/', "_"))
        .join(id.to_string())
        .join("new/estimates.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["mean"]["point_estimate"].as_f64()
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    run(&mut criterion);
    criterion.final_summary();
    println!("\ngrowth exponents between the two largest sizes (1.0 = linear, target <= 1.2):");
    for case in pathological::ALL {
        let group = format!("pathological/{}", case.name);
        let half = case.full_scale / 2;
        match (mean_ns(&group, half), mean_ns(&group, case.full_scale)) {
            (Some(t_half), Some(t_full)) => {
                let exponent = (t_full / t_half).ln() / 2f64.ln();
                println!(
                    "  {:<22} {:>6.3}   ({:.1} ms -> {:.1} ms)",
                    case.name,
                    exponent,
                    t_half / 1e6,
                    t_full / 1e6
                );
            }
            _ => println!("  {:<22} (no estimates: run without a filter)", case.name),
        }
    }
}
