//! `dechrome.extract_warc`: the HTML pages of a WARC file, read and extracted by the same
//! Rust reader the example binary uses, one result dict per HTML `response` record. The GIL
//! is released while records are read and extracted; with `jobs` above 1, a reader thread
//! and `jobs` extraction threads work through one file at once, results in file order.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};

use dechrome::{Article, Error, Extractor, Options, WarcError, WarcPage, WarcReader};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyString};

use crate::{metadata_dict, Format};

/// Bytes asked of a Python file-like object per `read` call.
const PY_READ_BYTES: usize = 1 << 20;

/// A binary file-like Python object as a Rust reader: each `read` takes the GIL for the
/// call to the object's `read` method only.
struct PyReader {
    file: Py<PyAny>,
    /// Bytes a `read` returned beyond what was asked (a lenient file-like object).
    pending: Vec<u8>,
    at: usize,
}

impl Read for PyReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.pending.len() {
            let want = buf.len().max(PY_READ_BYTES);
            let chunk = Python::attach(|py| -> PyResult<Vec<u8>> {
                let data = self.file.bind(py).call_method1("read", (want,))?;
                if let Ok(bytes) = data.cast::<PyBytes>() {
                    Ok(bytes.as_bytes().to_vec())
                } else if let Ok(bytes) = data.cast::<PyByteArray>() {
                    Ok(bytes.to_vec())
                } else if data.is_none() {
                    Err(PyTypeError::new_err(
                        "the source's read() returned None: a non-blocking stream",
                    ))
                } else {
                    Err(PyTypeError::new_err(format!(
                        "the source's read() returned {}, not bytes",
                        data.get_type().name()?
                    )))
                }
            })
            .map_err(|e| io::Error::other(e.to_string()))?;
            self.pending = chunk;
            self.at = 0;
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

type Pages = WarcReader<Box<dyn Read + Send>>;

/// What one record gave: a page's extraction, or a record that could not be read.
enum Outcome {
    Page {
        record_id: String,
        target_uri: Option<String>,
        offset: u64,
        article: Result<Box<Article>, Error>,
    },
    Broken(WarcError),
}

/// Extracts one page, its links resolved against its own address.
fn extract_page(page: WarcPage, extractor: &Extractor) -> Outcome {
    let article = extractor.extract_warc_page(&page);
    Outcome::Page {
        record_id: page.record_id,
        target_uri: page.target_uri,
        offset: page.offset,
        article: article.map(Box::new),
    }
}

/// The next outcome straight from the reader: `None` at the end of the file.
fn next_outcome(pages: &mut Pages, extractor: &Extractor) -> Option<Outcome> {
    match pages.next()? {
        Ok(page) => Some(extract_page(page, extractor)),
        Err(error) => Some(Outcome::Broken(error)),
    }
}

/// One WARC file read by a reader thread and extracted by `jobs` threads; outcomes come
/// back in file order.
struct Pool {
    results: Receiver<(usize, Outcome)>,
    waiting: BTreeMap<usize, Outcome>,
    next: usize,
}

impl Pool {
    fn start(mut pages: Pages, extractor: Extractor, jobs: usize) -> Pool {
        let (work_tx, work_rx) =
            mpsc::sync_channel::<(usize, Result<WarcPage, WarcError>)>(jobs * 4);
        let (result_tx, results) = mpsc::sync_channel::<(usize, Outcome)>(jobs * 4);
        std::thread::spawn(move || {
            for (i, item) in pages.by_ref().enumerate() {
                if work_tx.send((i, item)).is_err() {
                    break;
                }
            }
        });
        let work_rx = Arc::new(Mutex::new(work_rx));
        for _ in 0..jobs {
            let (work_rx, result_tx) = (Arc::clone(&work_rx), result_tx.clone());
            let extractor = extractor.clone();
            std::thread::spawn(move || worker(&work_rx, &result_tx, &extractor));
        }
        Pool {
            results,
            waiting: BTreeMap::new(),
            next: 0,
        }
    }

    /// The next outcome in file order; `None` when every record has come back.
    fn next(&mut self) -> Option<Outcome> {
        loop {
            if let Some(outcome) = self.waiting.remove(&self.next) {
                self.next += 1;
                return Some(outcome);
            }
            let (i, outcome) = self.results.recv().ok()?;
            self.waiting.insert(i, outcome);
        }
    }
}

type Work = Arc<Mutex<Receiver<(usize, Result<WarcPage, WarcError>)>>>;

fn worker(work: &Work, results: &SyncSender<(usize, Outcome)>, extractor: &Extractor) {
    loop {
        let item = work.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok((i, item)) = item else { return };
        let outcome = match item {
            Ok(page) => extract_page(page, extractor),
            Err(error) => Outcome::Broken(error),
        };
        if results.send((i, outcome)).is_err() {
            return;
        }
    }
}

/// Where outcomes come from: the reader itself, or a pool of threads.
enum Source {
    Serial(Box<Pages>),
    Pool(Pool),
}

/// The iterator `extract_warc` returns: one dict per HTML `response` record.
#[pyclass(module = "dechrome")]
pub(crate) struct WarcResults {
    /// `None` once the file is done. Behind a lock, as Python objects may be shared between
    /// threads; one `__next__` at a time reads the file.
    source: Mutex<Option<Source>>,
    extractor: Extractor,
    format: Format,
    path: Option<String>,
}

#[pymethods]
impl WarcResults {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let extractor = &self.extractor;
        let outcome = py.detach(|| {
            let mut source = self.source.lock().unwrap_or_else(PoisonError::into_inner);
            let outcome = match source.as_mut()? {
                Source::Serial(pages) => next_outcome(pages, extractor),
                Source::Pool(pool) => pool.next(),
            };
            if outcome.is_none() {
                *source = None;
            }
            outcome
        });
        let Some(outcome) = outcome else {
            return Ok(None);
        };
        result_dict(py, outcome, self.format, self.path.as_deref()).map(Some)
    }
}

/// One outcome as a dict with the field names of the one JSON shape.
fn result_dict<'py>(
    py: Python<'py>,
    outcome: Outcome,
    format: Format,
    path: Option<&str>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    if let Some(path) = path {
        d.set_item("path", path)?;
    }
    match outcome {
        Outcome::Page {
            record_id,
            target_uri,
            offset,
            article,
        } => {
            d.set_item("warc_record_id", record_id)?;
            d.set_item("target_uri", target_uri)?;
            match article {
                Ok(article) => {
                    d.set_item("title", article.title())?;
                    d.set_item("text", article.text())?;
                    match format {
                        Format::Markdown => d.set_item("markdown", article.markdown())?,
                        Format::Html => d.set_item("html", article.html())?,
                        Format::Text | Format::Json => {}
                    }
                    d.set_item("metadata", metadata_dict(py, article.metadata())?)?;
                    d.set_item("encoding", article.encoding())?;
                    d.set_item("comments", article.comments())?;
                }
                Err(error) => {
                    d.set_item("offset", offset)?;
                    d.set_item("error", error.to_string())?;
                }
            }
        }
        Outcome::Broken(error) => {
            d.set_item("warc_record_id", error.record_id.as_deref())?;
            d.set_item("target_uri", error.target_uri.as_deref())?;
            d.set_item("offset", error.offset)?;
            d.set_item("gzip_member_offset", error.gzip_member_offset)?;
            d.set_item("error", error.error.to_string())?;
        }
    }
    Ok(d)
}

/// Opens `source`: a path (`str` or `os.PathLike`), read by Rust without the GIL, or a
/// binary file-like object with a `read` method. Also returns the path, for the results'
/// `path` field.
pub(crate) fn open_source(
    source: &Bound<'_, PyAny>,
) -> PyResult<(Box<dyn Read + Send>, Option<String>)> {
    let path = if let Ok(s) = source.cast::<PyString>() {
        Some(s.to_cow()?.into_owned())
    } else if source.hasattr("__fspath__")? {
        let fspath = source.call_method0("__fspath__")?;
        Some(fspath.cast::<PyString>()?.to_cow()?.into_owned())
    } else {
        None
    };
    if let Some(path) = path {
        let file = File::open(&path)
            .map_err(|e| pyo3::exceptions::PyOSError::new_err(format!("{path}: {e}")))?;
        return Ok((Box::new(io::BufReader::new(file)), Some(path)));
    }
    if !source.hasattr("read")? {
        return Err(PyTypeError::new_err(format!(
            "source must be a path or a binary file-like object, not {}",
            source.get_type().name()?
        )));
    }
    let reader = PyReader {
        file: source.clone().unbind(),
        pending: Vec::new(),
        at: 0,
    };
    Ok((Box::new(reader), None))
}

/// The results of one WARC source under `options`, with `jobs` extraction threads.
pub(crate) fn results(
    reader: Box<dyn Read + Send>,
    path: Option<String>,
    options: Options,
    format: Format,
    jobs: usize,
) -> WarcResults {
    let pages = WarcReader::new(reader).with_max_record_bytes(options.max_input_bytes);
    let extractor = Extractor::new(options);
    let source = if jobs > 1 {
        Source::Pool(Pool::start(pages, extractor.clone(), jobs))
    } else {
        Source::Serial(Box::new(pages))
    };
    WarcResults {
        source: Mutex::new(Some(source)),
        extractor,
        format,
        path,
    }
}
