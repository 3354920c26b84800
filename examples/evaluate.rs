//! Measures extraction against gold sets laid out as `DIR/gold.jsonl` + `DIR/html/<id>.html.gz`.
//!
//! ```text
//! evaluate [--mode M] [--per-type] [--worst N] [--scores FILE] [--ablate] [--disable RULE,...]
//!          [--min-sh-f1 X] [--min-bow-f1 Y] [--floor SET:METRIC=X]... DATASET_DIR...
//! ```
//!
//! Each set's figures are printed, then a last table with one row per set and the macro
//! average (the mean of the sets' figures). A set is named by its directory's last
//! component. Each set's figures end with its empty outputs by id: those whose gold is
//! empty too, and those whose gold has text (with its size).
//!
//! - `--scores FILE` writes one line per page (set, id, type, bow F1, P, R, and a hash of the
//!   page's whole output) to compare two runs with `diff`: a changed hash is a changed output.
//! - `--ablate` runs the sets again once per rule with that rule alone switched off and
//!   prints the change in every figure, sorted by its effect: what each rule is worth.
//! - `--disable RULE,...` switches rules off for the whole run (names as `--ablate` prints
//!   them), to measure several rules' removal together.
//! - `--min-sh-f1` / `--min-bow-f1` are floors for every set; `--floor scrapinghub:sh=0.974`
//!   one set's floor (metrics `sh`, `bow`, `snippets`, and the metadata's `title`, `author`,
//!   `date`).
//!
//! Metrics (as the project's design guide defines them):
//! - **sh**: `\w+` tokens (case kept), multisets of 4-token shingles; per page precision and
//!   recall from tp/fp/fn counts; precision averaged over pages that predicted something,
//!   recall over pages whose gold has something; F1 is the harmonic mean of the two averages.
//! - **bow**: lower-cased `\w+` tokens, multiset overlap; per-page P, R, F1 (both empty scores
//!   1), averaged over pages.
//! - **snippets**: a `with` snippet found in the output (whitespace-normalised) is a hit, a
//!   `without` snippet found is a leak.
//! - **metadata**, on pages whose gold has the field: title equal after whitespace, case and
//!   typography normalisation (curly quotes and dashes read as straight ones and hyphens:
//!   a gold writes "America's" where the page prints "America’s"); author, so normalised,
//!   equal to one of the names, to the names joined by `, `, or to the names in order when
//!   the gold writes a list as `A, B and C`; date on the same calendar day (first ten
//!   characters).
//!
//! Each page is extracted with its gold `url` as [`Options::url`](dechrome::Options), as a
//! crawler would, so relative links resolve and dates in the URL can be read.
//!
//! Exits with status 1 when a `--min-*` floor is not met, 2 on bad arguments or unreadable data.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use dechrome::{Extractor, Mode, Options, RuleId};
use serde_json::Value;

/// `\w+` tokens: runs of Unicode letters, digits and underscores.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Multiset of 4-token shingles; a text under 4 tokens is one shorter shingle.
fn shingles(text: &str) -> HashMap<Vec<&str>, u32> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < 4 {
        out.insert(toks, 1);
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Per-page (tp, fp, fn) over shingle multisets.
fn sh_counts(pred: &str, gold: &str) -> (f64, f64, f64) {
    let p = shingles(pred);
    let g = shingles(gold);
    let mut tp = 0u64;
    let mut fp = 0u64;
    for (k, &pc) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        tp += u64::from(pc.min(gc));
        fp += u64::from(pc.saturating_sub(gc));
    }
    let mut fneg = 0u64;
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        fneg += u64::from(gc.saturating_sub(pc));
    }
    let total = (tp + fp + fneg) as f64;
    if total == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / total, fp as f64 / total, fneg as f64 / total)
}

/// Whether a list of names is the gold's author string written out as a list: the gold
/// joins several authors with commas, `and` or `&` ("A, B, and C"); the same names in the
/// same order match.
fn same_names(names: &[String], gold: &str) -> bool {
    if names.len() < 2 {
        return false;
    }
    let norm = |s: &str| normalize_ws(s).to_lowercase();
    let mut parts: Vec<String> = vec![norm(gold)];
    for sep in [",", " and ", " & "] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    let parts: Vec<String> = parts
        .iter()
        .map(|p| norm(p.trim().trim_start_matches("and ")))
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() == names.len() && parts.iter().zip(names).all(|(p, n)| same_text(p, n))
}

/// Per-page bag-of-words (precision, recall, F1) on lower-cased tokens.
fn bow_scores(pred: &str, gold: &str) -> (f64, f64, f64) {
    let count = |t: &str| {
        let mut m: HashMap<String, u32> = HashMap::new();
        for tok in tokens(t) {
            *m.entry(tok.to_lowercase()).or_insert(0) += 1;
        }
        m
    };
    let p = count(pred);
    let g = count(gold);
    let np: u32 = p.values().sum();
    let ng: u32 = g.values().sum();
    if np == 0 && ng == 0 {
        return (1.0, 1.0, 1.0);
    }
    if np == 0 || ng == 0 {
        return (0.0, 0.0, 0.0);
    }
    let overlap: u32 = p
        .iter()
        .map(|(k, &c)| c.min(g.get(k).copied().unwrap_or(0)))
        .sum();
    let prec = f64::from(overlap) / f64::from(np);
    let rec = f64::from(overlap) / f64::from(ng);
    let f1 = if prec + rec == 0.0 {
        0.0
    } else {
        2.0 * prec * rec / (prec + rec)
    };
    (prec, rec, f1)
}

/// Whether `u` starts with a scheme (`https://...`); others are not passed to the extractor.
fn url_is_absolute(u: &str) -> bool {
    u.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// Whether two metadata values are the same text: whitespace, letter case and typography
/// (curly quotes, en and em dashes) aside.
fn same_text(a: &str, b: &str) -> bool {
    let fold = |s: &str| -> String {
        normalize_ws(s)
            .to_lowercase()
            .chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' => '\'',
                '\u{201C}' | '\u{201D}' => '"',
                '\u{2013}' | '\u{2014}' => '-',
                c => c,
            })
            .collect()
    };
    fold(a) == fold(b)
}

fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn harmonic(a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * a * b / (a + b)
    }
}

struct Gold {
    id: String,
    /// The page's address, given to the extractor as a crawler would.
    url: Option<String>,
    kind: String,
    text: String,
    with: Vec<String>,
    without: Vec<String>,
    title: Option<String>,
    author: Option<String>,
    date: Option<String>,
}

struct PageResult {
    sh: (f64, f64, f64),
    /// FNV-1a over the article's text, Markdown, HTML and metadata (0 for a failed page).
    output_hash: u64,
    bow: (f64, f64, f64),
    with_hits: usize,
    without_leaks: usize,
    empty: bool,
    failed: bool,
    title_ok: Option<bool>,
    author_ok: Option<bool>,
    date_ok: Option<bool>,
    /// Whether an author or a date came out where the gold has none (counted only on a
    /// set whose gold gives that field elsewhere).
    author_unfounded: bool,
    date_unfounded: bool,
}

#[derive(Default)]
struct Totals {
    pages: usize,
    sh_p: (f64, usize),
    sh_r: (f64, usize),
    bow: (f64, f64, f64),
    with_total: usize,
    with_hits: usize,
    without_total: usize,
    without_leaks: usize,
    empty: usize,
    failed: usize,
}

impl Totals {
    fn add(&mut self, g: &Gold, r: &PageResult) {
        self.pages += 1;
        let (tp, fp, fneg) = r.sh;
        if tp + fp > 0.0 {
            self.sh_p.0 += tp / (tp + fp);
            self.sh_p.1 += 1;
        }
        if tp + fneg > 0.0 {
            self.sh_r.0 += tp / (tp + fneg);
            self.sh_r.1 += 1;
        }
        self.bow.0 += r.bow.0;
        self.bow.1 += r.bow.1;
        self.bow.2 += r.bow.2;
        self.with_total += g.with.len();
        self.with_hits += r.with_hits;
        self.without_total += g.without.len();
        self.without_leaks += r.without_leaks;
        self.empty += usize::from(r.empty);
        self.failed += usize::from(r.failed);
    }
    fn sh(&self) -> (f64, f64, f64) {
        let p = if self.sh_p.1 == 0 {
            0.0
        } else {
            self.sh_p.0 / self.sh_p.1 as f64
        };
        let r = if self.sh_r.1 == 0 {
            0.0
        } else {
            self.sh_r.0 / self.sh_r.1 as f64
        };
        (p, r, harmonic(p, r))
    }
    fn bow(&self) -> (f64, f64, f64) {
        let n = self.pages.max(1) as f64;
        (self.bow.0 / n, self.bow.1 / n, self.bow.2 / n)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// FNV-1a (64-bit) over the parts, each followed by a zero byte: stable across runs and
/// builds, unlike the standard library's hasher.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for part in parts {
        for &b in part.as_bytes().iter().chain(&[0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Scores one page's result; `hash_outputs` also renders Markdown and HTML to hash them
/// (for `--scores`; it costs time, so the speed figure is taken without it).
fn score_page(
    g: &Gold,
    result: Result<dechrome::Article, dechrome::Error>,
    hash_outputs: bool,
) -> PageResult {
    let (text, meta, failed, output_hash) = match result {
        Ok(a) => {
            let hash = if hash_outputs {
                fnv1a(&[
                    a.text(),
                    &a.markdown(),
                    &a.html(),
                    &format!("{:?}", a.metadata()),
                ])
            } else {
                0
            };
            (
                a.text().to_string(),
                Some(a.metadata().clone()),
                false,
                hash,
            )
        }
        Err(e) => (String::new(), None, true, fnv1a(&[&e.to_string()])),
    };
    let norm = normalize_ws(&text);
    let with_hits = g
        .with
        .iter()
        .filter(|s| norm.contains(&normalize_ws(s)))
        .count();
    let without_leaks = g
        .without
        .iter()
        .filter(|s| norm.contains(&normalize_ws(s)))
        .count();
    let same = |a: &str, b: &str| same_text(a, b);
    let title_ok = g.title.as_ref().map(|t| {
        meta.as_ref()
            .and_then(|m| m.title.as_deref())
            .is_some_and(|p| same(p, t))
    });
    let author_ok = g.author.as_ref().map(|t| {
        meta.as_ref().is_some_and(|m| {
            let joined = m.authors.join(", ");
            same(&joined, t) || m.authors.iter().any(|a| same(a, t)) || same_names(&m.authors, t)
        })
    });
    let date_ok = g.date.as_ref().map(|d| {
        meta.as_ref()
            .and_then(|m| m.date.as_deref())
            .is_some_and(|p| p.get(..10).is_some() && d.get(..10) == p.get(..10))
    });
    let author_unfounded =
        g.author.is_none() && meta.as_ref().is_some_and(|m| !m.authors.is_empty());
    let date_unfounded = g.date.is_none() && meta.as_ref().is_some_and(|m| m.date.is_some());
    PageResult {
        sh: sh_counts(&text, &g.text),
        output_hash,
        bow: bow_scores(&text, &g.text),
        with_hits,
        without_leaks,
        empty: text.trim().is_empty(),
        failed,
        title_ok,
        author_ok,
        date_ok,
        author_unfounded,
        date_unfounded,
    }
}

struct Args {
    mode: Mode,
    per_type: bool,
    worst: usize,
    min_sh: Option<f64>,
    min_bow: Option<f64>,
    floors: Vec<Floor>,
    scores: Option<PathBuf>,
    ablate: bool,
    disabled: Vec<RuleId>,
    dirs: Vec<PathBuf>,
}

/// A floor for one set: `--floor scrapinghub:sh=0.974` (metrics `sh`, `bow`, `snippets`,
/// and the metadata's `title`, `author`, `date`: the share of the pages whose gold has the
/// field that get it right).
struct Floor {
    set: String,
    metric: Metric,
    min: f64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Metric {
    Sh,
    Bow,
    Snippets,
    Title,
    Author,
    Date,
}

impl Metric {
    fn name(self) -> &'static str {
        match self {
            Metric::Sh => "sh-F1",
            Metric::Bow => "bow-F1",
            Metric::Snippets => "snippet-F1",
            Metric::Title => "title",
            Metric::Author => "author",
            Metric::Date => "date",
        }
    }
}

fn parse_floor(spec: &str) -> Result<Floor, String> {
    let bad = || {
        format!(
            "--floor {spec:?}: expected SET:METRIC=VALUE, METRIC sh, bow, snippets, title, \
             author or date"
        )
    };
    let (set, rest) = spec.split_once(':').ok_or_else(bad)?;
    let (metric, value) = rest.split_once('=').ok_or_else(bad)?;
    let metric = match metric {
        "sh" => Metric::Sh,
        "bow" => Metric::Bow,
        "snippets" => Metric::Snippets,
        "title" => Metric::Title,
        "author" => Metric::Author,
        "date" => Metric::Date,
        _ => return Err(bad()),
    };
    let min = value
        .parse::<f64>()
        .map_err(|e| format!("--floor {spec:?}: {e}"))?;
    Ok(Floor {
        set: set.to_string(),
        metric,
        min,
    })
}

const USAGE: &str = "usage: evaluate [--mode M] [--per-type] [--worst N] [--scores FILE] \
[--ablate] [--disable RULE,...] [--min-sh-f1 X] [--min-bow-f1 Y] [--floor SET:METRIC=X]... DATASET_DIR...";

fn parse_args() -> Result<Args, String> {
    let mut mode = Mode::Balanced;
    let mut per_type = false;
    let mut worst = 0;
    let mut min_sh = None;
    let mut min_bow = None;
    let mut floors = Vec::new();
    let mut dirs = Vec::new();
    let mut scores = None;
    let mut ablate = false;
    let mut disabled = Vec::new();
    let mut it = std::env::args().skip(1);
    let num = |v: Option<String>, flag: &str| -> Result<f64, String> {
        v.ok_or(format!("{flag} needs a value"))?
            .parse::<f64>()
            .map_err(|e| format!("{flag}: {e}"))
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--mode" => mode = it.next().ok_or("--mode needs a value")?.parse()?,
            "--per-type" => per_type = true,
            "--ablate" => ablate = true,
            "--disable" => {
                for name in it.next().ok_or("--disable needs rule names")?.split(',') {
                    disabled.push(name.trim().parse::<RuleId>()?);
                }
            }
            "--worst" => worst = num(it.next(), "--worst")? as usize,
            "--min-sh-f1" => min_sh = Some(num(it.next(), "--min-sh-f1")?),
            "--min-bow-f1" => min_bow = Some(num(it.next(), "--min-bow-f1")?),
            "--floor" => floors.push(parse_floor(&it.next().ok_or("--floor needs a value")?)?),
            "--scores" => scores = Some(PathBuf::from(it.next().ok_or("--scores needs a file")?)),
            a if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    if dirs.is_empty() {
        return Err("missing DATASET_DIR".into());
    }
    let names: Vec<String> = dirs.iter().map(|d| set_name(d)).collect();
    for floor in &floors {
        if !names.contains(&floor.set) {
            return Err(format!(
                "--floor names the set {:?}, which is not among the given directories",
                floor.set
            ));
        }
    }
    Ok(Args {
        mode,
        per_type,
        worst,
        min_sh,
        min_bow,
        floors,
        scores,
        ablate,
        disabled,
        dirs,
    })
}

/// A set's name: its directory's last component.
fn set_name(dir: &Path) -> String {
    dir.file_name().map_or_else(
        || dir.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn load(dir: &Path) -> Result<Vec<(Gold, Vec<u8>)>, String> {
    let gold_path = dir.join("gold.jsonl");
    let raw =
        std::fs::read_to_string(&gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut out = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("gold.jsonl line {}: {e}", n + 1))?;
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let list = |k: &str| -> Vec<String> {
            v.get(k)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let id = s("id").ok_or(format!("gold.jsonl line {}: no id", n + 1))?;
        let html_path = dir.join("html").join(format!("{id}.html.gz"));
        let gz = std::fs::read(&html_path).map_err(|e| format!("{}: {e}", html_path.display()))?;
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut html)
            .map_err(|e| format!("{}: {e}", html_path.display()))?;
        out.push((
            Gold {
                id,
                url: s("url").filter(|u| url_is_absolute(u)),
                kind: s("type").unwrap_or_else(|| "unknown".into()),
                text: s("text").unwrap_or_default(),
                with: list("with"),
                without: list("without"),
                title: s("title").filter(|t| !t.trim().is_empty()),
                author: s("author").filter(|t| !t.trim().is_empty()),
                date: s("date").filter(|t| !t.trim().is_empty()),
            },
            html,
        ));
    }
    Ok(out)
}

/// A loaded set.
struct Set {
    name: String,
    dir: PathBuf,
    pages: Vec<(Gold, Vec<u8>)>,
}

/// What one run over a set measured.
struct Report {
    results: Vec<PageResult>,
    all: Totals,
    by_type: Vec<(String, Totals)>,
    /// (right, pages with the field) for title, author, date.
    metadata: [(usize, usize); 3],
    /// (given, pages without the field) for author and date, on a set whose gold has the
    /// field: what the extractor reports that the gold does not.
    unfounded: [(usize, usize); 2],
    elapsed: f64,
    workers: usize,
}

impl Report {
    fn sh_f1(&self) -> f64 {
        self.all.sh().2
    }
    fn bow_f1(&self) -> f64 {
        self.all.bow().2
    }
    /// Micro snippet F1: 2·hits / (2·hits + leaks + misses), or `None` without snippets.
    fn snippet_f1(&self) -> Option<f64> {
        let t = &self.all;
        if t.with_total + t.without_total == 0 {
            return None;
        }
        let misses = t.with_total - t.with_hits;
        let denominator = 2 * t.with_hits + t.without_leaks + misses;
        Some(ratio(2 * t.with_hits, denominator))
    }
    fn figure(&self, metric: Metric) -> Option<f64> {
        match metric {
            Metric::Sh => Some(self.sh_f1()),
            Metric::Bow => Some(self.bow_f1()),
            Metric::Snippets => self.snippet_f1(),
            Metric::Title => self.metadata_share(0),
            Metric::Author => self.metadata_share(1),
            Metric::Date => self.metadata_share(2),
        }
    }
    /// The share of right answers for a metadata field (0 title, 1 author, 2 date), or
    /// `None` when no page's gold has it.
    fn metadata_share(&self, field: usize) -> Option<f64> {
        let (right, pages) = self.metadata[field];
        (pages > 0).then(|| ratio(right, pages))
    }
}

/// Extracts every page of `set` with `options` (and each page's gold URL) on all cores.
fn run_set(set: &Set, options: &Options, hash_outputs: bool) -> Report {
    let pages = &set.pages;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<PageResult>>> =
        Mutex::new((0..pages.len()).map(|_| None).collect());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let started = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((gold, html)) = pages.get(i) else {
                    break;
                };
                let page_options = match &gold.url {
                    Some(url) => options.clone().with_url(url.clone()),
                    None => options.clone(),
                };
                let extractor = Extractor::new(page_options);
                let scored = score_page(gold, extractor.extract_bytes(html, None), hash_outputs);
                if let Ok(mut r) = results.lock() {
                    r[i] = Some(scored);
                }
            });
        }
    });
    let elapsed = started.elapsed().as_secs_f64();
    let results: Vec<PageResult> = results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect();
    let mut all = Totals::default();
    let mut by_type: Vec<(String, Totals)> = Vec::new();
    let mut metadata = [(0, 0); 3];
    for ((g, _), r) in pages.iter().zip(&results) {
        all.add(g, r);
        match by_type.iter_mut().find(|(k, _)| *k == g.kind) {
            Some((_, t)) => t.add(g, r),
            None => {
                let mut t = Totals::default();
                t.add(g, r);
                by_type.push((g.kind.clone(), t));
            }
        }
        for (slot, ok) in metadata
            .iter_mut()
            .zip([r.title_ok, r.author_ok, r.date_ok])
        {
            if let Some(ok) = ok {
                slot.1 += 1;
                slot.0 += usize::from(ok);
            }
        }
    }
    let golds: Vec<&Gold> = pages.iter().map(|(g, _)| g).collect();
    let unfounded = unfounded_metadata(&golds, &results);
    by_type.sort_by(|a, b| a.0.cmp(&b.0));
    Report {
        results,
        all,
        by_type,
        metadata,
        unfounded,
        elapsed,
        workers,
    }
}

/// (given, pages without the field) for author and date: the pages whose gold lacks the
/// field but whose output has it. Counted only when some page's gold has the field (a set
/// without metadata gold has nothing to say).
fn unfounded_metadata(golds: &[&Gold], results: &[PageResult]) -> [(usize, usize); 2] {
    let mut unfounded = [(0, 0); 2];
    for (field, slot) in unfounded.iter_mut().enumerate() {
        let gold_has = |g: &Gold| match field {
            0 => g.author.is_some(),
            _ => g.date.is_some(),
        };
        if !golds.iter().any(|g| gold_has(g)) {
            continue;
        }
        for (g, r) in golds.iter().zip(results) {
            if !gold_has(g) {
                slot.1 += 1;
                slot.0 += usize::from(if field == 0 {
                    r.author_unfounded
                } else {
                    r.date_unfounded
                });
            }
        }
    }
    unfounded
}

fn print_report(set: &Set, report: &Report, args: &Args) {
    let all = &report.all;
    let (shp, shr, shf) = all.sh();
    let (bp, br, bf) = all.bow();
    println!(
        "dataset {} — {} pages, mode {:?}",
        set.dir.display(),
        all.pages,
        args.mode
    );
    println!("sh   precision {shp:.4}  recall {shr:.4}  F1 {shf:.4}");
    println!("bow  precision {bp:.4}  recall {br:.4}  F1 {bf:.4}");
    let snippet_f1 = report
        .snippet_f1()
        .map_or_else(|| "-".to_string(), |f| format!("{f:.4}"));
    println!(
        "snippets  with hit rate {:.4} ({}/{})  without leak rate {:.4} ({}/{})  F1 {snippet_f1}",
        ratio(all.with_hits, all.with_total),
        all.with_hits,
        all.with_total,
        ratio(all.without_leaks, all.without_total),
        all.without_leaks,
        all.without_total
    );
    let [title, author, date] = report.metadata;
    println!(
        "metadata  title {:.4} ({}/{})  author {:.4} ({}/{})  date {:.4} ({}/{})",
        ratio(title.0, title.1),
        title.0,
        title.1,
        ratio(author.0, author.1),
        author.0,
        author.1,
        ratio(date.0, date.1),
        date.0,
        date.1
    );
    let [author_unfounded, date_unfounded] = report.unfounded;
    if author_unfounded.1 + date_unfounded.1 > 0 {
        println!(
            "unfounded  author {} of {}  date {} of {} (given where the gold has none)",
            author_unfounded.0, author_unfounded.1, date_unfounded.0, date_unfounded.1
        );
    }
    println!("empty outputs {}  failed pages {}", all.empty, all.failed);
    print_empty_pages(set, report);
    println!(
        "speed  {:.1} pages/s on {} threads ({:.2} s)",
        all.pages as f64 / report.elapsed.max(1e-9),
        report.workers,
        report.elapsed
    );
    if args.per_type {
        println!(
            "{:<14} {:>6} {:>8} {:>8} {:>8} {:>8}",
            "type", "pages", "bow-P", "bow-R", "bow-F1", "sh-F1"
        );
        for (kind, t) in &report.by_type {
            let (p, r, f) = t.bow();
            println!(
                "{:<14} {:>6} {:>8.4} {:>8.4} {:>8.4} {:>8.4}",
                kind,
                t.pages,
                p,
                r,
                f,
                t.sh().2
            );
        }
    }
    if args.worst > 0 {
        let results = &report.results;
        let mut order: Vec<usize> = (0..results.len()).collect();
        order.sort_by(|&a, &b| results[a].bow.2.total_cmp(&results[b].bow.2));
        println!("worst pages by bow-F1:");
        for &i in order.iter().take(args.worst) {
            let r = &results[i];
            let g = &set.pages[i].0;
            println!(
                "  {:.4}  P {:.3} R {:.3}  {}  {}",
                r.bow.2, r.bow.0, r.bow.1, g.kind, g.id
            );
        }
    }
    println!();
}

/// Lists the pages that came out empty: those whose gold is empty too (they score 1), and
/// those whose gold has text, with its size, each a page to explain or to fix.
fn print_empty_pages(set: &Set, report: &Report) {
    let (mut agreed, mut missed) = (Vec::new(), Vec::new());
    for ((gold, _), result) in set.pages.iter().zip(&report.results) {
        if !result.empty {
            continue;
        }
        if gold.text.trim().is_empty() {
            agreed.push(gold.id.clone());
        } else {
            missed.push(format!("{} ({} chars)", gold.id, gold.text.chars().count()));
        }
    }
    if !agreed.is_empty() {
        println!("  empty, as the gold: {}", agreed.join(", "));
    }
    if !missed.is_empty() {
        println!("  empty, the gold has text: {}", missed.join(", "));
    }
}

/// The last table: one row per set, then the macro average over the sets.
fn print_summary(sets: &[Set], reports: &[Report]) {
    println!(
        "{:<14} {:>6} {:>8} {:>8} {:>8} {:>8} {:>10} {:>6}",
        "set", "pages", "sh-F1", "bow-P", "bow-R", "bow-F1", "snippet-F1", "empty"
    );
    for (set, report) in sets.iter().zip(reports) {
        let (p, r, f) = report.all.bow();
        let snippets = report
            .snippet_f1()
            .map_or_else(|| "-".to_string(), |f| format!("{f:.4}"));
        println!(
            "{:<14} {:>6} {:>8.4} {:>8.4} {:>8.4} {:>8.4} {:>10} {:>6}",
            set.name,
            report.all.pages,
            report.sh_f1(),
            p,
            r,
            f,
            snippets,
            report.all.empty
        );
    }
    if reports.len() > 1 {
        let n = reports.len() as f64;
        let mean = |f: &dyn Fn(&Report) -> f64| reports.iter().map(f).sum::<f64>() / n;
        let snippet_sets: Vec<f64> = reports.iter().filter_map(Report::snippet_f1).collect();
        let snippets = if snippet_sets.is_empty() {
            "-".to_string()
        } else {
            format!(
                "{:.4}",
                snippet_sets.iter().sum::<f64>() / snippet_sets.len() as f64
            )
        };
        println!(
            "{:<14} {:>6} {:>8.4} {:>8.4} {:>8.4} {:>8.4} {:>10} {:>6}",
            "macro",
            reports.iter().map(|r| r.all.pages).sum::<usize>(),
            mean(&Report::sh_f1),
            mean(&|r| r.all.bow().0),
            mean(&|r| r.all.bow().1),
            mean(&Report::bow_f1),
            snippets,
            reports.iter().map(|r| r.all.empty).sum::<usize>()
        );
    }
}

/// A rule switched off: the change in the macro bag-of-words F1, and per set the change in
/// (sh-F1, bow-F1, snippet F1) and in the number of empty outputs.
type Ablation = (RuleId, f64, Vec<[Option<f64>; 3]>, Vec<i64>);

/// For every rule, the sets run again with that rule alone switched off: the change in
/// each figure of each set, rules sorted by the change in the macro bag-of-words F1 (the
/// rules whose loss costs most first; a rule whose loss gains is a rule that does not pay).
fn print_ablation(sets: &[Set], baseline: &[Report], options: &Options) {
    let macro_bow = |reports: &[Report]| {
        reports.iter().map(Report::bow_f1).sum::<f64>() / reports.len().max(1) as f64
    };
    let base_macro = macro_bow(baseline);
    let mut rows: Vec<Ablation> = Vec::new();
    for &rule in RuleId::ALL {
        let off = options.clone().with_rule_disabled(rule);
        let reports: Vec<Report> = sets.iter().map(|set| run_set(set, &off, false)).collect();
        let delta = |a: Option<f64>, b: Option<f64>| a.zip(b).map(|(a, b)| a - b);
        let figures: Vec<[Option<f64>; 3]> = reports
            .iter()
            .zip(baseline)
            .map(|(r, b)| {
                [Metric::Sh, Metric::Bow, Metric::Snippets].map(|m| delta(r.figure(m), b.figure(m)))
            })
            .collect();
        let empty: Vec<i64> = reports
            .iter()
            .zip(baseline)
            .map(|(r, b)| r.all.empty as i64 - b.all.empty as i64)
            .collect();
        rows.push((rule, macro_bow(&reports) - base_macro, figures, empty));
    }
    rows.sort_by(|a, b| a.1.total_cmp(&b.1));
    println!();
    println!("ablation: each rule switched off alone; changes against all rules on");
    print!("{:<22} {:>10}", "rule off", "macro-bow");
    for set in sets {
        print!("  {:>30}", format!("{} sh/bow/snip/empty", set.name));
    }
    println!();
    let show = |d: Option<f64>| d.map_or_else(|| "-".to_string(), |d| format!("{d:+.4}"));
    for (rule, macro_delta, figures, empty) in &rows {
        print!("{:<22} {:>+10.4}", rule.name(), macro_delta);
        for (f, e) in figures.iter().zip(empty) {
            let cell = format!("{} {} {} {:+}", show(f[0]), show(f[1]), show(f[2]), e);
            print!("  {cell:>30}");
        }
        println!();
    }
}

/// One line per page: set, id, type, bow F1, P, R, and a hash of everything the page's
/// article holds (text, Markdown, HTML, metadata): two runs' files differ exactly where an
/// output changed, so `diff` shows behaviour changes a score would hide.
fn score_lines(set: &Set, report: &Report) -> String {
    set.pages
        .iter()
        .zip(&report.results)
        .map(|((g, _), r)| {
            format!(
                "{}\t{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{:016x}\n",
                set.name, g.id, g.kind, r.bow.2, r.bow.0, r.bow.1, r.output_hash
            )
        })
        .collect()
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("evaluate: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut sets = Vec::new();
    for dir in &args.dirs {
        match load(dir) {
            Ok(pages) => sets.push(Set {
                name: set_name(dir),
                dir: dir.clone(),
                pages,
            }),
            Err(e) => {
                eprintln!("evaluate: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let options = args
        .disabled
        .iter()
        .fold(Options::default().with_mode(args.mode), |o, &rule| {
            o.with_rule_disabled(rule)
        });
    let reports: Vec<Report> = sets
        .iter()
        .map(|set| run_set(set, &options, args.scores.is_some()))
        .collect();
    for (set, report) in sets.iter().zip(&reports) {
        print_report(set, report, &args);
    }
    print_summary(&sets, &reports);
    if let Some(path) = &args.scores {
        let lines: String = sets
            .iter()
            .zip(&reports)
            .map(|(set, report)| score_lines(set, report))
            .collect();
        if let Err(e) = std::fs::write(path, lines) {
            eprintln!("evaluate: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if args.ablate {
        print_ablation(&sets, &reports, &options);
    }
    let mut ok = true;
    for (set, report) in sets.iter().zip(&reports) {
        let mut floors: Vec<(Metric, f64)> = Vec::new();
        floors.extend(args.min_sh.map(|m| (Metric::Sh, m)));
        floors.extend(args.min_bow.map(|m| (Metric::Bow, m)));
        floors.extend(
            args.floors
                .iter()
                .filter(|f| f.set == set.name)
                .map(|f| (f.metric, f.min)),
        );
        for (metric, min) in floors {
            match report.figure(metric) {
                Some(value) if value >= min => {}
                Some(value) => {
                    println!(
                        "FAIL: {} {} {value:.4} is under the floor {min}",
                        set.name,
                        metric.name()
                    );
                    ok = false;
                }
                None => {
                    println!(
                        "FAIL: {} has no {} to hold to {min}",
                        set.name,
                        metric.name()
                    );
                    ok = false;
                }
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(tokens("Héllo, wörld_1! 東京"), ["Héllo", "wörld_1", "東京"]);
    }

    #[test]
    fn short_texts_are_one_shingle() {
        let s = shingles("a b c");
        assert_eq!(s.len(), 1);
        assert_eq!(s.get(&vec!["a", "b", "c"]), Some(&1));
        assert_eq!(shingles("a b c d e").len(), 2);
        assert!(shingles("").is_empty());
    }

    #[test]
    fn sh_counts_by_hand() {
        // gold shingles: [a b c d], [b c d e]; predicted: [a b c d] only.
        let (tp, fp, fneg) = sh_counts("a b c d", "a b c d e");
        assert!(close(tp, 0.5) && close(fp, 0.0) && close(fneg, 0.5));
        // Repeated shingles count as a multiset: predicted twice, gold once.
        let (tp, fp, fneg) = sh_counts("x y z w. x y z w", "x y z w");
        // predicted shingles: xyzw, yzwx, zwxy, wxyz... -> 5 windows, one of them xyzw twice.
        assert!(close(tp, 1.0 / 5.0) && close(fp, 4.0 / 5.0) && close(fneg, 0.0));
        // Empty prediction: nothing true, everything missed.
        let (tp, fp, fneg) = sh_counts("", "a b c d");
        assert!(close(tp, 0.0) && close(fp, 0.0) && close(fneg, 1.0));
    }

    #[test]
    fn author_lists_match_the_gold_string() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(same_names(
            &names(&["Ann Lee", "Bo Chan"]),
            "Ann Lee and Bo Chan"
        ));
        assert!(same_names(
            &names(&["Ann Lee", "Bo Chan", "Cy Dee"]),
            "Ann Lee, Bo Chan, and Cy Dee"
        ));
        assert!(same_names(&names(&["A B", "C D"]), "A B & C D"));
        assert!(!same_names(&names(&["Ann Lee", "Bo Chan"]), "Ann Lee"));
        assert!(!same_names(&names(&["Ann Lee"]), "Ann Lee and Bo Chan"));
        assert!(!same_names(
            &names(&["Bo Chan", "Ann Lee"]),
            "Ann Lee and Bo Chan"
        ));
    }

    #[test]
    fn bow_by_hand() {
        let (p, r, f) = bow_scores("The cat the", "the dog");
        // pred {the:2, cat:1}, gold {the:1, dog:1}: overlap 1.
        assert!(close(p, 1.0 / 3.0) && close(r, 0.5) && close(f, 0.4));
        assert_eq!(bow_scores("", ""), (1.0, 1.0, 1.0));
        assert_eq!(bow_scores("", "gold"), (0.0, 0.0, 0.0));
        assert_eq!(bow_scores("pred", ""), (0.0, 0.0, 0.0));
    }

    /// A gold page with nothing in it.
    fn blank_gold() -> Gold {
        Gold {
            id: String::new(),
            url: None,
            kind: String::new(),
            text: String::new(),
            with: vec![],
            without: vec![],
            title: None,
            author: None,
            date: None,
        }
    }

    /// A page result with nothing in it.
    fn blank_result() -> PageResult {
        PageResult {
            sh: (0.0, 0.0, 0.0),
            output_hash: 0,
            bow: (0.0, 0.0, 0.0),
            with_hits: 0,
            without_leaks: 0,
            empty: false,
            failed: false,
            title_ok: None,
            author_ok: None,
            date_ok: None,
            author_unfounded: false,
            date_unfounded: false,
        }
    }

    #[test]
    fn sh_averages_skip_empty_predictions_for_precision() {
        let mut t = Totals::default();
        let g = blank_gold();
        let mk = |sh| PageResult {
            sh,
            ..blank_result()
        };
        t.add(&g, &mk(sh_counts("a b c d", "a b c d")));
        t.add(&g, &mk(sh_counts("", "a b c d")));
        let (p, r, f) = t.sh();
        assert!(close(p, 1.0) && close(r, 0.5) && close(f, 2.0 / 3.0));
    }

    #[test]
    fn floors_name_a_set_a_metric_and_a_value() {
        let floor = parse_floor("wcxb-dev:snippets=0.86").expect("parses");
        assert_eq!(floor.set, "wcxb-dev");
        assert!(floor.metric == Metric::Snippets && close(floor.min, 0.86));
        for bad in [
            "wcxb-dev",
            "wcxb-dev:f1=0.8",
            "wcxb-dev:bow",
            "wcxb-dev:bow=x",
        ] {
            assert!(parse_floor(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unfounded_metadata_counts_only_where_the_gold_gives_the_field() {
        let gold = |date: Option<&str>| Gold {
            date: date.map(str::to_string),
            ..blank_gold()
        };
        let result = |date_unfounded| PageResult {
            author_unfounded: true,
            date_unfounded,
            ..blank_result()
        };
        let (dated, undated) = (gold(Some("2020-03-03")), gold(None));
        let golds = [&dated, &undated, &undated];
        let results = [result(false), result(true), result(false)];
        // No page's gold names an author: authors are not counted, however many came out.
        assert_eq!(unfounded_metadata(&golds, &results), [(0, 0), (1, 2)]);
        let golds = [&undated, &undated];
        assert_eq!(unfounded_metadata(&golds, &results[1..]), [(0, 0), (0, 0)]);
    }

    #[test]
    fn snippet_f1_counts_hits_leaks_and_misses() {
        let report = |with_total, with_hits, without_total, without_leaks| Report {
            results: Vec::new(),
            all: Totals {
                with_total,
                with_hits,
                without_total,
                without_leaks,
                ..Totals::default()
            },
            by_type: Vec::new(),
            metadata: [(0, 0); 3],
            unfounded: [(0, 0); 2],
            elapsed: 0.0,
            workers: 1,
        };
        // 3 hits, 1 miss, 2 leaks: 6 / (6 + 2 + 1).
        let f1 = report(4, 3, 5, 2).snippet_f1().expect("has snippets");
        assert!(close(f1, 6.0 / 9.0), "{f1}");
        assert_eq!(report(0, 0, 0, 0).snippet_f1(), None);
    }

    #[test]
    fn metadata_floors_hold_the_share_of_pages_with_the_field() {
        let floor = parse_floor("wcxb-dev:author=0.77").expect("parses");
        assert!(floor.metric == Metric::Author && close(floor.min, 0.77));
        for (spec, metric) in [("a:title=0.5", Metric::Title), ("a:date=0.5", Metric::Date)] {
            assert!(
                parse_floor(spec).expect("parses").metric == metric,
                "{spec}"
            );
        }
        let report = Report {
            results: Vec::new(),
            all: Totals::default(),
            by_type: Vec::new(),
            metadata: [(3, 4), (1, 4), (0, 0)],
            unfounded: [(0, 0); 2],
            elapsed: 0.0,
            workers: 1,
        };
        assert_eq!(report.figure(Metric::Title), Some(0.75));
        assert_eq!(report.figure(Metric::Author), Some(0.25));
        // No gold date: no figure, and a floor on it fails as an unmet one.
        assert_eq!(report.figure(Metric::Date), None);
    }

    #[test]
    fn metadata_is_the_same_text_whatever_its_quotes_and_dashes() {
        assert!(same_text(
            "America’s  “Best” City – OKC",
            "america's \"best\" city - okc"
        ));
        assert!(same_text("Brains—Cells", "Brains-Cells"));
        assert!(!same_text("America’s", "Americas"));
        assert!(!same_text("A - B", "A B"));
    }

    #[test]
    fn output_hashes_see_every_part() {
        assert_ne!(fnv1a(&["ab", "c"]), fnv1a(&["a", "bc"]));
        assert_ne!(fnv1a(&["a"]), fnv1a(&["b"]));
        assert_eq!(fnv1a(&["a", "b"]), fnv1a(&["a", "b"]));
    }
}
