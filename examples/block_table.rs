//! Writes every text block of the pages of some gold sets with its features, one JSON line
//! a page (`{"set", "id", "features": [...names], "blocks": [[text, [values]], ...]}`), for
//! `scripts/block_scorer.py`, which trains and checks a learned block scorer on them:
//!
//! `cargo run --release --example block_table -- ../shared/datasets/cleaneval > /tmp/blocks.jsonl`

use std::io::{Read, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for dir in std::env::args().skip(1) {
        let dir = std::path::Path::new(&dir);
        let set = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut paths: Vec<_> = std::fs::read_dir(dir.join("html"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        paths.sort();
        for path in paths {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(id) = name.strip_suffix(".html.gz") else {
                continue;
            };
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
            let html = dechrome::debug::Stages::decoded(&bytes);
            let blocks: Vec<_> = dechrome::debug::block_table(&html)
                .into_iter()
                .map(|b| serde_json::json!([b.text, b.features]))
                .collect();
            let line = serde_json::json!({
                "set": set,
                "id": id,
                "features": dechrome::debug::BLOCK_FEATURES,
                "blocks": blocks,
            });
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
