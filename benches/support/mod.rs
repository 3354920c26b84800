//! The pages the benchmarks run on, shared by `extract` and `stages`.

use std::io::Read;
use std::path::{Path, PathBuf};

fn read_page(path: &Path) -> Option<Vec<u8>> {
    let raw = std::fs::read(path).ok()?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .ok()?;
        Some(out)
    } else {
        Some(raw)
    }
}

/// The corpus pages, plus every page (`.html`, `.htm`, `.html.gz`) of the directory named by
/// `DECHROME_BENCH_DIR` when set, each with a short name; gzip pages decompressed.
pub fn pages() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("corpus"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path().join("source.html")))
                .collect()
        })
        .unwrap_or_default();
    if let Some(dir) = std::env::var_os("DECHROME_BENCH_DIR") {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            paths.extend(
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| {
                        let name = p.to_string_lossy();
                        name.ends_with(".html")
                            || name.ends_with(".htm")
                            || name.ends_with(".html.gz")
                    }),
            );
        }
    }
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = read_page(&p)?;
            // Short ids: criterion truncates long ones into clashing directory names.
            let parent = p
                .parent()
                .and_then(|d| d.file_name())
                .map(|n| n.to_string_lossy().into_owned());
            let stem: String = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
                .chars()
                .take_while(|c| *c != '.')
                .take(16)
                .collect();
            let name = match parent.as_deref() {
                Some(case) if stem == "source" => format!("corpus_{case}"),
                _ => format!("dir_{stem}"),
            };
            (!bytes.is_empty()).then_some((name, bytes))
        })
        .collect()
}
