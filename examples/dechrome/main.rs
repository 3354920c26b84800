//! Command-line front end: extract the main content of HTML files.
//!
//! ```text
//! dechrome [--format text|markdown|html|json] [--mode precision|balanced|recall]
//!          [--jobs N] [--url URL] [--no-images] [--no-links] [--no-tables] [--no-lists]
//!          [--captions] [--comments] [--warc] [PATH...]
//! ```
//!
//! `--warc` reads the PATHs as WARC files (WARC/1.0 or 1.1; plain, gzipped per record or
//! gzipped whole) and writes one JSON line per HTML `response` record, with
//! `warc_record_id` and `target_uri` beside the usual fields; the charset comes from the
//! record's HTTP `Content-Type`, and each page's links resolve against its target URI.
//!
//! With more than one input and a terminal on stderr, a progress bar shows pages per
//! second; otherwise nothing but errors goes to stderr.
//!
//! `--url` is the page's address, for resolving relative links (one page at a time).
//! `--jobs N` extracts N inputs at a time (default: all cores); output keeps input order.
//!
//! A PATH is a file or a directory (read recursively for `*.html`, `*.htm`, `*.html.gz`);
//! no PATH, or `-`, reads standard input. `text` prints the title, a blank line, then the
//! text; `markdown` the title as a `#` heading and the content as Markdown; `html` the title
//! as `<h1>` and the content as clean HTML. `json` prints one object per input per line:
//! `{"path","title","text","metadata","comments"}`, or `{"path","error"}` for an input that
//! failed. `comments` is null unless `--comments` asked for the comment thread and the page
//! has one; `text` then prints it after the content, below a `---` line. A failing input
//! never stops the others; the exit status is 1 if any input failed, 2 for bad arguments.

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex, PoisonError};

use dechrome::{Article, Extractor, Mode, Options, WarcError, WarcPage, WarcReader};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

/// Most extraction threads: more than this only costs memory (each holds a page).
const MAX_JOBS: usize = 256;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    Json,
}

struct Args {
    format: Format,
    options: Options,
    jobs: usize,
    warc: bool,
    paths: Vec<PathBuf>,
}

const USAGE: &str = "usage: dechrome [--format text|markdown|html|json] \
[--mode precision|balanced|recall] [--jobs N] [--url URL] [--no-images] [--no-links] \
[--no-tables] [--no-lists] [--captions] [--comments] [--warc] [PATH...]";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: Format::Text,
        options: Options::default(),
        warc: false,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        paths: Vec::new(),
    };
    let mut it = std::env::args_os().skip(1);
    while let Some(raw) = it.next() {
        // Paths may be any bytes; flags and their values are text.
        let Some(arg) = raw.to_str().map(str::to_string) else {
            args.paths.push(PathBuf::from(raw));
            continue;
        };
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut it = it
            .by_ref()
            .map(|v: OsString| v.to_string_lossy().into_owned());
        match flag.as_str() {
            "--format" | "-f" => {
                let v = inline
                    .or_else(|| it.next())
                    .ok_or("--format needs a value")?;
                args.format = match v.as_str() {
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "html" => Format::Html,
                    "json" => Format::Json,
                    other => {
                        return Err(format!(
                            "unknown format {other:?} (expected text, markdown, html or json)"
                        ))
                    }
                };
            }
            "--mode" | "-m" => {
                let v = inline.or_else(|| it.next()).ok_or("--mode needs a value")?;
                args.options = args.options.with_mode(v.parse::<Mode>()?);
            }
            "--url" => {
                let v = inline.or_else(|| it.next()).ok_or("--url needs a value")?;
                args.options = args.options.with_url(v);
            }
            "--no-images" => args.options = args.options.with_images(false),
            "--no-links" => args.options = args.options.with_links(false),
            "--no-tables" => args.options = args.options.with_tables(false),
            "--no-lists" => args.options = args.options.with_lists(false),
            "--captions" => args.options = args.options.with_captions(true),
            "--comments" => args.options = args.options.with_comments(true),
            "--warc" => args.warc = true,
            "--jobs" | "-j" => {
                let v = inline.or_else(|| it.next()).ok_or("--jobs needs a value")?;
                args.jobs = match v.parse::<usize>() {
                    Ok(n) if n > 0 => n.min(MAX_JOBS),
                    _ => return Err(format!("--jobs takes a positive number, not {v:?}")),
                };
            }
            "--help" | "-h" => return Err(String::new()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => args.paths.push(PathBuf::from(arg)),
        }
    }
    if args.paths.is_empty() {
        if args.warc {
            return Err("--warc needs the WARC files to read".to_string());
        }
        args.paths.push(PathBuf::from("-"));
    }
    if args.warc {
        args.format = Format::Json;
    }
    Ok(args)
}

/// An input as given or found: its path, and an error when listing it already failed.
type Listed = (PathBuf, Result<(), String>);

/// Expands directories into the regular HTML files under them, sorted, without recursion.
/// Symbolic links to directories are followed once each (a link loop is not a hang), and
/// names that are not UTF-8 are kept; FIFOs and devices inside directories are skipped,
/// since reading one could block forever. A path given by itself is read whatever it is.
fn expand(paths: &[PathBuf]) -> Vec<Listed> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" || !path.is_dir() {
            out.push((path.clone(), Ok(())));
            continue;
        }
        let mut found: Vec<PathBuf> = Vec::new();
        let mut seen: HashSet<PathBuf> = HashSet::new();
        let mut stack = vec![path.clone()];
        while let Some(dir) = stack.pop() {
            // The same directory reached twice (through a link) is listed once.
            let real = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
            if !seen.insert(real) {
                continue;
            }
            let entries = match std::fs::read_dir(&dir) {
                Ok(e) => e,
                Err(e) => {
                    out.push((dir, Err(e.to_string())));
                    continue;
                }
            };
            for entry in entries {
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(e) => {
                        out.push((dir.clone(), Err(e.to_string())));
                        continue;
                    }
                };
                let p = entry.path();
                // `metadata` follows a symbolic link to what it names.
                match std::fs::metadata(&p) {
                    Ok(m) if m.is_dir() => stack.push(p),
                    Ok(m) if m.is_file() && is_html_file(&p) => found.push(p),
                    Ok(_) => {}
                    Err(e) if is_html_file(&p) => out.push((p, Err(e.to_string()))),
                    Err(_) => {}
                }
            }
        }
        found.sort();
        out.extend(found.into_iter().map(|p| (p, Ok(()))));
    }
    out
}

fn is_html_file(p: &Path) -> bool {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz")
}

/// A path as the JSON `path` field and messages show it.
fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Reads an input whole, gunzipping `*.gz` (every member) through a reader bounded by
/// `limit`: an input, or what it inflates to, over the limit fails without being held in
/// memory.
fn read_input(path: &Path, limit: usize) -> Result<Vec<u8>, String> {
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let too_large = |size: usize| dechrome::Error::InputTooLarge { size, limit }.to_string();
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .take(cap)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("reading stdin: {e}"))?;
        return match bytes.len() > limit {
            true => Err(too_large(bytes.len())),
            false => Ok(bytes),
        };
    }
    let file = File::open(path).map_err(|e| e.to_string())?;
    let gzipped = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().to_ascii_lowercase().ends_with(".gz"));
    if gzipped {
        let reader = flate2::read::MultiGzDecoder::new(io::BufReader::new(file));
        return dechrome::inflate_limited(reader, limit).map_err(|e| e.to_string());
    }
    if let Ok(size) = file.metadata().map(|m| m.len()) {
        if size > cap - 1 && size != 0 {
            return Err(too_large(usize::try_from(size).unwrap_or(usize::MAX)));
        }
    }
    let mut bytes = Vec::new();
    file.take(cap)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    match bytes.len() > limit {
        true => Err(too_large(bytes.len())),
        false => Ok(bytes),
    }
}

fn metadata_json(article: &Article) -> serde_json::Value {
    let m = article.metadata();
    json!({
        "title": m.title,
        "authors": m.authors,
        "date": m.date,
        "site_name": m.site_name,
        "description": m.description,
        "language": m.language,
        "canonical_url": m.canonical_url,
        "modified": m.modified,
        "image": m.image,
        "tags": m.tags,
        "categories": m.categories,
        "page_type": m.page_type.map(page_type_name),
        "encoding": article.encoding(),
    })
}

fn page_type_name(t: dechrome::PageType) -> &'static str {
    use dechrome::PageType::*;
    match t {
        Article => "article",
        Forum => "forum",
        Product => "product",
        Listing => "listing",
        Documentation => "documentation",
        _ => "other",
    }
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What one input produced, formatted for output: stdout text, or an error for stderr
/// (text format) / stdout (JSON).
struct Rendered {
    stdout: String,
    stderr: Option<String>,
    failed: bool,
}

/// One WARC page as a JSON line: the usual fields plus its record id and target URI.
fn render_warc(path: &str, page: &WarcPage, result: Result<Article, String>) -> Rendered {
    let failed = result.is_err();
    let line = match result {
        Ok(article) => json!({
            "path": path,
            "warc_record_id": page.record_id,
            "target_uri": page.target_uri,
            "title": article.title(),
            "text": article.text(),
            "metadata": metadata_json(&article),
            "comments": article.comments(),
        }),
        Err(e) => json!({
            "path": path,
            "warc_record_id": page.record_id,
            "target_uri": page.target_uri,
            "offset": page.offset,
            "error": e,
        }),
    };
    Rendered {
        stdout: line.to_string() + "\n",
        stderr: None,
        failed,
    }
}

/// A WARC record (or file) that could not be read, as a JSON error line with its offset.
fn render_warc_error(path: &str, error: &WarcError) -> Rendered {
    let line = json!({
        "path": path,
        "warc_record_id": error.record_id,
        "target_uri": error.target_uri,
        "offset": error.offset,
        "gzip_member_offset": error.gzip_member_offset,
        "error": error.error.to_string(),
    });
    Rendered {
        stdout: line.to_string() + "\n",
        stderr: None,
        failed: true,
    }
}

fn render(path: &str, result: Result<Article, String>, format: Format) -> Rendered {
    let failed = result.is_err();
    let (stdout, stderr) = match (result, format) {
        (Ok(article), Format::Json) => (
            json!({
                "path": path,
                "title": article.title(),
                "text": article.text(),
                "metadata": metadata_json(&article),
                "comments": article.comments(),
            })
            .to_string()
                + "\n",
            None,
        ),
        (Ok(article), Format::Text) => (
            format!(
                "{}\n\n{}\n{}",
                article.title().unwrap_or(""),
                article.text(),
                article
                    .comments()
                    .map(|c| format!("\n---\n\n{c}\n"))
                    .unwrap_or_default()
            ),
            None,
        ),
        (Ok(article), Format::Markdown) => (format!("{}\n", article.markdown_with_title()), None),
        (Ok(article), Format::Html) => {
            let title = article
                .title()
                .map(|t| format!("<h1>{}</h1>\n", escape_html(t)))
                .unwrap_or_default();
            (format!("{title}{}\n", article.html()), None)
        }
        (Err(e), Format::Json) => (json!({"path": path, "error": e}).to_string() + "\n", None),
        (Err(e), _) => (String::new(), Some(format!("dechrome: {path}: {e}"))),
    };
    Rendered {
        stdout,
        stderr,
        failed,
    }
}

/// A unit of work: a file to read and extract, a WARC page to extract, or an input that
/// already failed.
enum Job {
    File(PathBuf),
    Warc(String, WarcPage),
    WarcFailed(String, WarcError),
    Failed(String, String),
}

/// Where the jobs come from, one at a time: the input files, or the pages of the WARC
/// files, read lazily so that a large WARC file is never held in memory whole.
struct Jobs {
    files: std::vec::IntoIter<Listed>,
    warc: bool,
    max_record_bytes: usize,
    current: Option<(String, WarcReader<Box<dyn Read + Send>>)>,
    next_index: usize,
}

impl Jobs {
    fn next_job(&mut self) -> Option<Job> {
        loop {
            if let Some((path, pages)) = self.current.as_mut() {
                // Reading a record never panics; if it ever did, the file would end there
                // with an error line and the run go on with the next input.
                match catch_unwind(AssertUnwindSafe(|| pages.next())) {
                    Ok(Some(Ok(page))) => return Some(Job::Warc(path.clone(), page)),
                    Ok(Some(Err(e))) => return Some(Job::WarcFailed(path.clone(), e)),
                    Ok(None) => self.current = None,
                    Err(_) => {
                        let path = path.clone();
                        self.current = None;
                        return Some(Job::Failed(path, "internal error reading WARC".into()));
                    }
                }
            }
            let (path, listed) = self.files.next()?;
            match listed {
                Err(e) => return Some(Job::Failed(shown(&path), e)),
                Ok(()) if self.warc => match open_warc(&path) {
                    Ok(reader) => {
                        let pages =
                            WarcReader::new(reader).with_max_record_bytes(self.max_record_bytes);
                        self.current = Some((shown(&path), pages));
                    }
                    Err(e) => return Some(Job::Failed(shown(&path), e)),
                },
                Ok(()) => return Some(Job::File(path)),
            }
        }
    }
}

impl Iterator for Jobs {
    type Item = (usize, Job);

    fn next(&mut self) -> Option<(usize, Job)> {
        let job = self.next_job()?;
        self.next_index += 1;
        Some((self.next_index - 1, job))
    }
}

/// A WARC file (or standard input) to read.
fn open_warc(path: &Path) -> Result<Box<dyn Read + Send>, String> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::stdin()));
    }
    let file = File::open(path).map_err(|e| e.to_string())?;
    Ok(Box::new(file))
}

fn run_job(job: Job, extractor: &Extractor, options: &Options, format: Format) -> Rendered {
    match job {
        Job::File(path) => {
            let result = read_input(&path, options.max_input_bytes).and_then(|bytes| {
                extractor
                    .extract_bytes(&bytes, None)
                    .map_err(|e| e.to_string())
            });
            render(&shown(&path), result, format)
        }
        Job::Warc(path, page) => {
            // Links resolve against the page's own address when it is a valid URL; each
            // page is extracted once.
            let own_url = page
                .target_uri
                .as_deref()
                .filter(|_| options.url.is_none())
                .filter(|uri| url::Url::parse(uri).is_ok());
            let content_type = page.content_type.as_deref();
            let result = match own_url {
                Some(uri) => Extractor::new(options.clone().with_url(uri))
                    .extract_bytes(&page.body, content_type),
                None => extractor.extract_bytes(&page.body, content_type),
            };
            render_warc(&path, &page, result.map_err(|e| e.to_string()))
        }
        Job::WarcFailed(path, error) => render_warc_error(&path, &error),
        Job::Failed(path, error) => render(&path, Err(error), format),
    }
}

/// Runs one job; a panic (a bug: extraction returns errors, it does not panic) becomes
/// that input's error line and the run goes on.
fn run_job_safely(job: Job, extractor: &Extractor, options: &Options, format: Format) -> Rendered {
    let path = match &job {
        Job::File(p) => shown(p),
        Job::Warc(p, _) | Job::WarcFailed(p, _) | Job::Failed(p, _) => p.clone(),
    };
    catch_unwind(AssertUnwindSafe(|| {
        run_job(job, extractor, options, format)
    }))
    .unwrap_or_else(|_| {
        render(
            &path,
            Err("internal error: extraction panicked (please report this input)".into()),
            format,
        )
    })
}

/// A progress bar on a terminal stderr for more than one input; hidden otherwise.
fn progress(inputs: usize, warc: bool) -> ProgressBar {
    if !io::stderr().is_terminal() || (inputs <= 1 && !warc) {
        return ProgressBar::hidden();
    }
    let (bar, template) = if warc {
        (
            ProgressBar::new_spinner(),
            "{spinner} {pos} pages  {rate}  {elapsed}",
        )
    } else {
        (
            ProgressBar::new(inputs as u64),
            "{bar:40} {pos}/{len} pages  {rate}  eta {eta}",
        )
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        // Whole pages per second read better than indicatif's four decimals.
        bar.set_style(style.with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} pages/s", state.per_sec());
            },
        ));
    }
    bar
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            if msg.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("dechrome: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new(args.options.clone());
    let inputs = expand(&args.paths);
    let bar = progress(inputs.len(), args.warc);
    let jobs = if args.warc {
        args.jobs
    } else {
        args.jobs.clamp(1, inputs.len().max(1))
    };
    let source = Mutex::new(Jobs {
        files: inputs.into_iter(),
        warc: args.warc,
        max_record_bytes: args.options.max_input_bytes,
        current: None,
        next_index: 0,
    });
    let stop = AtomicBool::new(false);
    let (sender, receiver) = mpsc::sync_channel::<(usize, Rendered)>(jobs * 16);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut broken_pipe = false;
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let sender = sender.clone();
            let (source, stop, extractor, options) = (&source, &stop, &extractor, &args.options);
            scope.spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                // Reading (a file name, or a WARC record) is serial; extraction is not.
                let next = source.lock().unwrap_or_else(PoisonError::into_inner).next();
                let Some((i, job)) = next else { break };
                let rendered = run_job_safely(job, extractor, options, args.format);
                if sender.send((i, rendered)).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        // Workers finish out of order; results are written in input order.
        let mut pending: BTreeMap<usize, Rendered> = BTreeMap::new();
        let mut next_to_write = 0;
        for (i, rendered) in receiver {
            pending.insert(i, rendered);
            while let Some(r) = pending.remove(&next_to_write) {
                next_to_write += 1;
                bar.inc(1);
                failed |= r.failed;
                if let Some(e) = r.stderr {
                    bar.suspend(|| eprintln!("{e}"));
                }
                if !broken_pipe && out.write_all(r.stdout.as_bytes()).is_err() {
                    // The reader went away (a closed pipe): stop handing out work.
                    broken_pipe = true;
                    stop.store(true, Ordering::Relaxed);
                }
            }
        }
    });
    bar.finish_and_clear();
    if broken_pipe || out.flush().is_err() || failed {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
