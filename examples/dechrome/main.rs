//! Command-line front end: extract the main content of HTML files.
//!
//! `dechrome --help` lists every flag with its default; the README shows examples. In short:
//! PATHs are files or directories (`*.html`, `*.htm`, `*.html.gz`, walked recursively) or
//! `-` for standard input; `--warc` reads them as WARC files instead, one output per HTML
//! `response` record. `--format` picks text, Markdown, HTML or JSON lines; with more than
//! one output on standard output, each text, Markdown or HTML one opens with a
//! `==> name <==` line as `head` writes them; `--output-dir DIR` writes one file per input
//! instead, mirroring the input paths. Exit status: 0 when every input was extracted, 1 when
//! some input failed (the others still come out), 2 for bad arguments; a closed output pipe
//! ends the run quietly.

use std::collections::{BTreeMap, HashSet};
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

impl Format {
    /// The extension of the files `--output-dir` writes.
    fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

struct Args {
    format: Format,
    options: Options,
    jobs: usize,
    warc: bool,
    /// `--metadata`: a header of title, authors, date and URL above the text.
    metadata_header: bool,
    output_dir: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

/// What the command line asks for.
enum Command {
    Run(Args),
    Help,
    Version,
}

const USAGE: &str = "usage: dechrome [OPTIONS] [PATH...]   (dechrome --help for more)";

const HELP: &str = "\
dechrome: the main content of web pages, without menus, share bars, widgets and footers.

usage: dechrome [OPTIONS] [PATH...]

PATH is an HTML file (.html, .htm, .html.gz), a directory (read recursively for those), or
- for standard input (the default when no PATH is given).

Output:
  -f, --format FORMAT     text (the default; json with --warc): the title, a blank line,
                          the text
                          markdown: the title as a # heading, the content as Markdown
                          html: the title as <h1>, the content as clean HTML
                          json: one JSON object per input per line (see schema/)
      --metadata          text format: title, authors, date and URL lines above the text
  -o, --output-dir DIR    one file per input in DIR (.txt, .md, .html or .json), the input
                          paths mirrored under it; WARC records are named by record id.
                          Without it, several inputs go to standard output, each text,
                          Markdown or HTML one under a `==> name <==` line
      --comments          the comment thread too: JSON field \"comments\", or below a ---
                          line in text (default: left out)
      --captions          keep figure and image captions (default: left out)
      --no-images, --no-links, --no-tables, --no-lists
                          leave those out of Markdown and HTML (default: kept)

Extraction:
  -m, --mode MODE         balanced (default): the best overall score
                          precision: less chrome, at the cost of some text
                          recall: more text, at the cost of some chrome
      --url URL           the page's address, for resolving relative links (an absolute URL)
      --target-language L only pages in language L (de, pt-BR: the text's language when it
                          can be told, else the declared one); others fail as
                          \"page is in ..., not in ...\" (default: every language)
      --max-input-bytes N inputs (or what a .gz inflates to) over N bytes fail
                          (default: 67108864, 64 MiB)
      --warc              read the PATHs as WARC files (plain, gzipped per record or whole):
                          one output per HTML response record, its links resolved against
                          the record's target URI; JSON lines add warc_record_id and
                          target_uri
  -j, --jobs N            inputs extracted at a time (default: all cores); the output
                          keeps input order

  -h, --help              this help
  -V, --version           the version

Exit status: 0 every input extracted; 1 some input failed (the others still come out);
2 bad arguments. A closed output pipe ends the run quietly.

Examples:
  dechrome --format markdown page.html
  dechrome --format json --jobs 4 pages/ > articles.jsonl
  dechrome --warc --output-dir out/ crawl.warc.gz
";

fn parse_args() -> Result<Command, String> {
    let mut format = None;
    let mut args = Args {
        format: Format::Text,
        options: Options::default(),
        warc: false,
        metadata_header: false,
        output_dir: None,
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
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next().map(|v| v.to_string_lossy().into_owned()))
                .ok_or(format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--format" | "-f" => {
                let v = value("--format")?;
                format = Some(match v.as_str() {
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "html" => Format::Html,
                    "json" => Format::Json,
                    other => {
                        return Err(format!(
                            "unknown format {other:?} (expected text, markdown, html or json)"
                        ))
                    }
                });
            }
            "--mode" | "-m" => {
                let v = value("--mode")?;
                args.options = args.options.with_mode(v.parse::<Mode>()?);
            }
            "--url" => {
                let v = value("--url")?;
                if let Err(e) = url::Url::parse(&v) {
                    return Err(format!("--url {v:?} is not an absolute URL: {e}"));
                }
                args.options = args.options.with_url(v);
            }
            "--max-input-bytes" => {
                let v = value("--max-input-bytes")?;
                let bytes = v
                    .parse::<usize>()
                    .map_err(|_| format!("--max-input-bytes takes a byte count, not {v:?}"))?;
                args.options = args.options.with_max_input_bytes(bytes);
            }
            "--target-language" => {
                let v = value("--target-language")?;
                if v.trim().is_empty() || !v.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
                    return Err(format!(
                        "--target-language takes a language code such as de, not {v:?}"
                    ));
                }
                args.options = args.options.with_target_language(v);
            }
            "--output-dir" | "-o" => args.output_dir = Some(PathBuf::from(value("--output-dir")?)),
            "--metadata" => args.metadata_header = true,
            "--no-images" => args.options = args.options.with_images(false),
            "--no-links" => args.options = args.options.with_links(false),
            "--no-tables" => args.options = args.options.with_tables(false),
            "--no-lists" => args.options = args.options.with_lists(false),
            "--captions" => args.options = args.options.with_captions(true),
            "--comments" => args.options = args.options.with_comments(true),
            "--warc" => args.warc = true,
            "--jobs" | "-j" => {
                let v = value("--jobs")?;
                args.jobs = match v.parse::<usize>() {
                    Ok(n) if n > 0 => n.min(MAX_JOBS),
                    _ => return Err(format!("--jobs takes a positive number, not {v:?}")),
                };
            }
            "--help" | "-h" => return Ok(Command::Help),
            "--version" | "-V" => return Ok(Command::Version),
            _ if arg.starts_with('-') && arg != "-" => return Err(format!("unknown option {arg}")),
            _ => args.paths.push(PathBuf::from(arg)),
        }
    }
    // WARC output has always been JSON lines unless a format is asked for.
    let default = if args.warc {
        Format::Json
    } else {
        Format::Text
    };
    args.format = format.unwrap_or(default);
    if args.metadata_header && args.format != Format::Text {
        return Err("--metadata is for --format text (JSON has a metadata field)".into());
    }
    if args.paths.is_empty() {
        if args.warc {
            return Err("--warc needs the WARC files to read".to_string());
        }
        args.paths.push(PathBuf::from("-"));
    }
    Ok(Command::Run(args))
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

/// The metadata object: the field names of `Metadata`'s serde form (`schema/`), and
/// `encoding`, which earlier versions of this binary wrote here and scripts may read (it is
/// also at the top of the line, where `Article`'s serde form has it).
fn metadata_json(article: &Article) -> serde_json::Value {
    let m = article.metadata();
    json!({
        "title": m.title,
        "authors": m.authors,
        "date": m.date,
        "site_name": m.site_name,
        "description": m.description,
        "language": m.language,
        "declared_language": m.declared_language,
        "canonical_url": m.canonical_url,
        "page_type": m.page_type.map(page_type_name),
        "modified": m.modified,
        "image": m.image,
        "tags": m.tags,
        "categories": m.categories,
        "encoding": article.encoding(),
    })
}

/// The article's JSON object: the field names of `Article`'s serde form, without the
/// Markdown and HTML renderings (`--format markdown|html` prints those), plus `path`.
fn article_json(path: &str, article: &Article) -> serde_json::Map<String, serde_json::Value> {
    let mut line = serde_json::Map::new();
    line.insert("path".into(), json!(path));
    line.insert("title".into(), json!(article.title()));
    line.insert("text".into(), json!(article.text()));
    line.insert("metadata".into(), metadata_json(article));
    line.insert("encoding".into(), json!(article.encoding()));
    line.insert("comments".into(), json!(article.comments()));
    line
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

/// Where an output came from: a file (or standard input), or a record of a WARC file.
enum Source {
    File(PathBuf),
    Record {
        warc: PathBuf,
        record_id: Option<String>,
        target_uri: Option<String>,
    },
}

impl Source {
    /// The name a `==> name <==` line shows.
    fn header(&self) -> String {
        match self {
            Source::File(path) => shown(path),
            Source::Record {
                warc,
                record_id,
                target_uri,
            } => {
                let mut name = shown(warc);
                for part in [record_id, target_uri].into_iter().flatten() {
                    name.push(' ');
                    name.push_str(part);
                }
                name
            }
        }
    }
}

/// What one input produced: its output (text, or a JSON line) and its error, if any, for
/// standard error (text formats) or already in the JSON line.
struct Rendered {
    source: Source,
    output: String,
    error: Option<String>,
    failed: bool,
}

/// The text format's output, with `--metadata` a header of the page's facts first.
fn text_output(article: &Article, metadata_header: bool, url: Option<&str>) -> String {
    let mut out = String::new();
    if metadata_header {
        let m = article.metadata();
        let url = m.canonical_url.as_deref().or(url);
        let authors = (!m.authors.is_empty()).then(|| m.authors.join(", "));
        let lines = [
            ("Title", m.title.as_deref()),
            ("Author", authors.as_deref()),
            ("Date", m.date.as_deref()),
            ("URL", url),
        ];
        for (label, value) in lines {
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                out.push_str(&format!("{label}: {value}\n"));
            }
        }
        out.push('\n');
    } else {
        out.push_str(article.title().unwrap_or(""));
        out.push_str("\n\n");
    }
    out.push_str(article.text());
    out.push('\n');
    if let Some(comments) = article.comments() {
        out.push_str(&format!("\n---\n\n{comments}\n"));
    }
    out
}

/// What to print for one input, as its format asks. `extra` holds the JSON fields a WARC
/// record adds (`warc_record_id`, `target_uri`, and `offset` on an error).
fn render(
    source: Source,
    result: Result<Article, String>,
    settings: &Settings,
    extra: &[(&str, serde_json::Value)],
) -> Rendered {
    let path = match &source {
        Source::File(path) | Source::Record { warc: path, .. } => shown(path),
    };
    let url = match &source {
        Source::Record { target_uri, .. } => target_uri.as_deref(),
        Source::File(_) => None,
    }
    .or(settings.options.url.as_deref());
    let failed = result.is_err();
    let (output, error) = match (result, settings.format) {
        (Ok(article), Format::Json) => {
            let mut line = article_json(&path, &article);
            for (key, value) in extra {
                line.insert((*key).into(), value.clone());
            }
            (serde_json::Value::Object(line).to_string() + "\n", None)
        }
        (Ok(article), Format::Text) => (text_output(&article, settings.metadata_header, url), None),
        (Ok(article), Format::Markdown) => (format!("{}\n", article.markdown_with_title()), None),
        (Ok(article), Format::Html) => {
            let title = article
                .title()
                .map(|t| format!("<h1>{}</h1>\n", escape_html(t)))
                .unwrap_or_default();
            (format!("{title}{}\n", article.html()), None)
        }
        (Err(e), Format::Json) if settings.output_dir.is_none() => {
            let mut line = serde_json::Map::new();
            line.insert("path".into(), json!(path));
            for (key, value) in extra {
                line.insert((*key).into(), value.clone());
            }
            line.insert("error".into(), json!(e));
            (serde_json::Value::Object(line).to_string() + "\n", None)
        }
        (Err(e), _) => (
            String::new(),
            Some(format!("dechrome: {}: {e}", source.header())),
        ),
    };
    Rendered {
        source,
        output,
        error,
        failed,
    }
}

/// A WARC page, or a record that could not be read, with the fields a record adds.
fn render_record(
    warc: &Path,
    record_id: Option<String>,
    target_uri: Option<String>,
    result: Result<Article, String>,
    settings: &Settings,
    mut extra: Vec<(&str, serde_json::Value)>,
) -> Rendered {
    extra.insert(0, ("warc_record_id", json!(record_id)));
    extra.insert(1, ("target_uri", json!(target_uri)));
    let source = Source::Record {
        warc: warc.to_path_buf(),
        record_id,
        target_uri,
    };
    render(source, result, settings, &extra)
}

/// What every job needs to know of the command line.
struct Settings {
    format: Format,
    options: Options,
    metadata_header: bool,
    output_dir: Option<PathBuf>,
}

/// A unit of work: a file to read and extract, a WARC page to extract, or an input that
/// already failed.
enum Job {
    File(PathBuf),
    Warc(PathBuf, WarcPage),
    WarcFailed(PathBuf, WarcError),
    Failed(PathBuf, String),
}

/// Where the jobs come from, one at a time: the input files, or the pages of the WARC
/// files, read lazily so that a large WARC file is never held in memory whole.
struct Jobs {
    files: std::vec::IntoIter<Listed>,
    warc: bool,
    max_record_bytes: usize,
    current: Option<(PathBuf, WarcReader<Box<dyn Read + Send>>)>,
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
                Err(e) => return Some(Job::Failed(path, e)),
                Ok(()) if self.warc => match open_warc(&path) {
                    Ok(reader) => {
                        let pages =
                            WarcReader::new(reader).with_max_record_bytes(self.max_record_bytes);
                        self.current = Some((path, pages));
                    }
                    Err(e) => return Some(Job::Failed(path, e)),
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

fn run_job(job: Job, extractor: &Extractor, settings: &Settings) -> Rendered {
    let options = &settings.options;
    match job {
        Job::File(path) => {
            let result = read_input(&path, options.max_input_bytes).and_then(|bytes| {
                extractor
                    .extract_bytes(&bytes, None)
                    .map_err(|e| e.to_string())
            });
            render(Source::File(path), result, settings, &[])
        }
        Job::Warc(path, page) => {
            let result = extractor.extract_warc_page(&page);
            let extra = match &result {
                Ok(_) => Vec::new(),
                Err(_) => vec![("offset", json!(page.offset))],
            };
            let (record_id, target_uri) = (Some(page.record_id), page.target_uri);
            let result = result.map_err(|e| e.to_string());
            render_record(&path, record_id, target_uri, result, settings, extra)
        }
        Job::WarcFailed(path, error) => {
            let extra = vec![
                ("offset", json!(error.offset)),
                ("gzip_member_offset", json!(error.gzip_member_offset)),
            ];
            let (record_id, target_uri) = (error.record_id, error.target_uri);
            let result = Err(error.error.to_string());
            render_record(&path, record_id, target_uri, result, settings, extra)
        }
        Job::Failed(path, error) => render(Source::File(path), Err(error), settings, &[]),
    }
}

/// Runs one job; a panic (a bug: extraction returns errors, it does not panic) becomes
/// that input's error line and the run goes on.
fn run_job_safely(job: Job, extractor: &Extractor, settings: &Settings) -> Rendered {
    let path = match &job {
        Job::File(p) | Job::Warc(p, _) | Job::WarcFailed(p, _) | Job::Failed(p, _) => p.clone(),
    };
    catch_unwind(AssertUnwindSafe(|| run_job(job, extractor, settings))).unwrap_or_else(|_| {
        let error = "internal error: extraction panicked (please report this input)";
        render(Source::File(path), Err(error.into()), settings, &[])
    })
}

/// The file `--output-dir` writes for an output: the input's path under `dir` (without
/// its root, `.` and `..` parts, so every output stays inside `dir`), its extension
/// replaced by the format's; a WARC record's is a file named by its record id in a
/// directory named after the WARC file.
fn output_path(dir: &Path, source: &Source, format: Format) -> PathBuf {
    let inside = |path: &Path| -> PathBuf {
        if path.as_os_str() == "-" {
            return PathBuf::from("stdin");
        }
        path.components()
            .filter_map(|c| match c {
                std::path::Component::Normal(part) => Some(part),
                _ => None,
            })
            .collect()
    };
    let strip = |path: PathBuf| -> PathBuf {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let lower = name.to_ascii_lowercase();
        let stem_len = [".html.gz", ".warc.gz", ".html", ".htm", ".warc", ".gz"]
            .iter()
            .find(|ext| lower.ends_with(*ext) && lower.len() > ext.len())
            .map_or(name.len(), |ext| name.len() - ext.len());
        path.with_file_name(&name[..stem_len])
    };
    let ext = format.extension();
    match source {
        Source::File(path) => {
            let base = strip(inside(path));
            let name = base
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "stdin".into());
            dir.join(base.with_file_name(format!("{name}.{ext}")))
        }
        Source::Record {
            warc, record_id, ..
        } => {
            let id: String = record_id
                .as_deref()
                .unwrap_or("record")
                .trim_matches(|c| c == '<' || c == '>')
                .chars()
                .map(|c| match c {
                    'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '.' => c,
                    _ => '_',
                })
                .collect();
            dir.join(strip(inside(warc))).join(format!("{id}.{ext}"))
        }
    }
}

/// Writes the outputs, in input order: to files under `--output-dir`, or to standard output
/// with a `==> name <==` line above each text, Markdown or HTML output when there are
/// several. Remembers whether an input failed and whether the reader of standard output
/// went away.
struct Writer<'a> {
    out: io::BufWriter<io::StdoutLock<'a>>,
    settings: &'a Settings,
    headers: bool,
    written: usize,
    /// Output files written so far: two inputs that map to one file are an error for the
    /// second, not a silent overwrite.
    files: HashSet<PathBuf>,
    failed: bool,
    closed: bool,
}

impl Writer<'_> {
    fn write(&mut self, rendered: Rendered, bar: &ProgressBar) {
        self.failed |= rendered.failed;
        if let Some(error) = &rendered.error {
            bar.suspend(|| eprintln!("{error}"));
        }
        if rendered.error.is_some() && rendered.output.is_empty() {
            return;
        }
        if let Some(dir) = &self.settings.output_dir {
            let path = output_path(dir, &rendered.source, self.settings.format);
            let written = if !self.files.insert(path.clone()) {
                Err("another input was written there".to_string())
            } else {
                path.parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|()| std::fs::write(&path, rendered.output.as_bytes()))
                    .map_err(|e| e.to_string())
            };
            if let Err(e) = written {
                self.failed = true;
                let name = rendered.source.header();
                bar.suspend(|| eprintln!("dechrome: {name}: writing {}: {e}", path.display()));
            }
            return;
        }
        if self.closed {
            return;
        }
        let mut chunk = String::new();
        if self.headers {
            if self.written > 0 {
                chunk.push('\n');
            }
            chunk.push_str(&format!("==> {} <==\n", rendered.source.header()));
        }
        chunk.push_str(&rendered.output);
        self.written += 1;
        if let Err(e) = self.out.write_all(chunk.as_bytes()) {
            self.stdout_failed(&e, bar);
        }
    }

    /// A write to standard output failed: a closed pipe ends the run quietly, any other
    /// error ends it as a failure.
    fn stdout_failed(&mut self, error: &io::Error, bar: &ProgressBar) {
        self.closed = true;
        if error.kind() != io::ErrorKind::BrokenPipe {
            self.failed = true;
            bar.suspend(|| eprintln!("dechrome: writing standard output: {error}"));
        }
    }
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
        Ok(Command::Run(args)) => args,
        Ok(Command::Help) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("dechrome {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
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
    let headers = args.format != Format::Json && (args.warc || inputs.len() > 1);
    let settings = Settings {
        format: args.format,
        options: args.options,
        metadata_header: args.metadata_header,
        output_dir: args.output_dir,
    };
    let source = Mutex::new(Jobs {
        files: inputs.into_iter(),
        warc: args.warc,
        max_record_bytes: settings.options.max_input_bytes,
        current: None,
        next_index: 0,
    });
    let stop = AtomicBool::new(false);
    let (sender, receiver) = mpsc::sync_channel::<(usize, Rendered)>(jobs * 16);
    let stdout = io::stdout();
    let mut writer = Writer {
        out: io::BufWriter::new(stdout.lock()),
        settings: &settings,
        headers,
        written: 0,
        files: HashSet::new(),
        failed: false,
        closed: false,
    };
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let sender = sender.clone();
            let (source, stop, extractor, settings) = (&source, &stop, &extractor, &settings);
            scope.spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                // Reading (a file name, or a WARC record) is serial; extraction is not.
                let next = source.lock().unwrap_or_else(PoisonError::into_inner).next();
                let Some((i, job)) = next else { break };
                let rendered = run_job_safely(job, extractor, settings);
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
                writer.write(r, &bar);
                if writer.closed {
                    // The reader went away (a closed pipe): stop handing out work.
                    stop.store(true, Ordering::Relaxed);
                }
            }
        }
    });
    if !writer.closed {
        if let Err(e) = writer.out.flush() {
            writer.stdout_failed(&e, &bar);
        }
    }
    bar.finish_and_clear();
    if writer.failed {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
