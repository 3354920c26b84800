//! Extraction throughput over the corpus pages (bytes per second).
//!
//! `cargo bench --bench extract`

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn corpus_pages() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut pages: Vec<(String, Vec<u8>)> = std::fs::read_dir(root)
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    std::fs::read(e.path().join("source.html"))
                        .ok()
                        .map(|b| (name, b))
                })
                .filter(|(_, b)| !b.is_empty())
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    pages
}

fn extract(c: &mut Criterion) {
    let extractor = dechrome::Extractor::default();
    let mut group = c.benchmark_group("extract_text");
    for (name, bytes) in corpus_pages() {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &bytes, |b, bytes| {
            b.iter(|| extractor.extract_bytes(bytes, None).map(|a| a.text().len()))
        });
    }
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
