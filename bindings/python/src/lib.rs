//! Python bindings: `dechrome.extract(...)` runs the Rust extractor, with the GIL released,
//! and returns the Rust `Article` wrapped for Python.

use std::borrow::Cow;

use dechrome::{Error, Extractor, Mode, Options, PageType};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyMemoryView, PyString};

create_exception!(
    _dechrome,
    ExtractError,
    PyException,
    "Extraction failed; every error the library reports is a subclass of this."
);
create_exception!(
    _dechrome,
    InputTooLargeError,
    ExtractError,
    "The input is larger than max_input_bytes."
);
create_exception!(
    _dechrome,
    TooManyNodesError,
    ExtractError,
    "The parsed document has more nodes than the node limit."
);
create_exception!(
    _dechrome,
    TreeTooLargeError,
    TooManyNodesError,
    "The markup builds a tree out of proportion to its size (a node bomb)."
);
create_exception!(
    _dechrome,
    BinaryInputError,
    ExtractError,
    "The bytes are binary data (an image, an archive, an executable), not a page."
);
create_exception!(
    _dechrome,
    WrongLanguageError,
    ExtractError,
    "The page is not in target_language."
);
create_exception!(
    _dechrome,
    InvalidUrlError,
    ExtractError,
    "The url argument is not an absolute URL."
);

/// A library error as the matching Python exception.
fn to_py_err(e: Error) -> PyErr {
    let message = e.to_string();
    match e {
        Error::InputTooLarge { .. } => InputTooLargeError::new_err(message),
        Error::TooManyNodes { .. } => TooManyNodesError::new_err(message),
        Error::TreeTooLarge { .. } => TreeTooLargeError::new_err(message),
        Error::InvalidUrl { .. } => InvalidUrlError::new_err(message),
        Error::BinaryInput { .. } => BinaryInputError::new_err(message),
        Error::WrongLanguage { .. } => WrongLanguageError::new_err(message),
        _ => ExtractError::new_err(message),
    }
}

mod warc;

/// The output `Article.content` holds.
#[derive(Clone, Copy)]
enum Format {
    Text,
    Markdown,
    Html,
    Json,
}

impl Format {
    fn parse(s: &str) -> PyResult<Self> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            other => Err(PyValueError::new_err(format!(
                "unknown format {other:?} (expected 'text', 'markdown', 'html' or 'json')"
            ))),
        }
    }
}

fn page_type_name(t: PageType) -> &'static str {
    match t {
        PageType::Article => "article",
        PageType::Forum => "forum",
        PageType::Product => "product",
        PageType::Listing => "listing",
        PageType::Documentation => "documentation",
        _ => "other",
    }
}

/// A `Metadata` as the dict `Article.metadata` and `extract_metadata` return.
fn metadata_dict<'py>(py: Python<'py>, m: &dechrome::Metadata) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("title", m.title.as_deref())?;
    d.set_item("authors", m.authors.clone())?;
    d.set_item("date", m.date.as_deref())?;
    d.set_item("modified", m.modified.as_deref())?;
    d.set_item("site_name", m.site_name.as_deref())?;
    d.set_item("description", m.description.as_deref())?;
    d.set_item("language", m.language.as_deref())?;
    d.set_item("declared_language", m.declared_language.as_deref())?;
    d.set_item("canonical_url", m.canonical_url.as_deref())?;
    d.set_item("image", m.image.as_deref())?;
    d.set_item("tags", m.tags.clone())?;
    d.set_item("categories", m.categories.clone())?;
    d.set_item("page_type", m.page_type.map(page_type_name))?;
    Ok(d)
}

/// The main content of a page and its metadata.
#[pyclass(frozen, module = "dechrome")]
struct Article {
    inner: dechrome::Article,
    format: Format,
}

#[pymethods]
impl Article {
    /// The page's headline, or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title()
    }

    /// The main content as plain text: paragraphs separated by a blank line.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }

    /// The main content as Markdown (rendered on each access).
    #[getter]
    fn markdown(&self) -> String {
        self.inner.markdown()
    }

    /// The main content as clean HTML (rendered on each access).
    #[getter]
    fn html(&self) -> String {
        self.inner.html()
    }

    /// The page's comment thread as plain text, when `comments=True` and the page has one.
    #[getter]
    fn comments(&self) -> Option<&str> {
        self.inner.comments()
    }

    /// The encoding the input was decoded from.
    #[getter]
    fn encoding(&self) -> &'static str {
        self.inner.encoding()
    }

    /// The content in the format asked for when extracting.
    #[getter]
    fn content(&self) -> PyResult<String> {
        Ok(match self.format {
            Format::Text => self.inner.text().to_string(),
            Format::Markdown => self.inner.markdown(),
            Format::Html => self.inner.html(),
            Format::Json => serde_json::to_string(&self.inner)
                .map_err(|e| ExtractError::new_err(e.to_string()))?,
        })
    }

    /// Title, authors, dates, site name, description, language (of the text, else the
    /// declared one), declared language, canonical URL, image, tags, categories and page
    /// type, as a dict: the keys of the JSON shape's `metadata` object.
    #[getter]
    fn metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        metadata_dict(py, self.inner.metadata())
    }

    fn __repr__(&self) -> String {
        format!(
            "<dechrome.Article title={:?} chars={}>",
            self.inner.title().unwrap_or(""),
            self.inner.text().chars().count()
        )
    }
}

/// The page as the extractor reads it: text, or bytes with their content type.
enum Input<'a> {
    Text(Cow<'a, str>),
    Bytes(Cow<'a, [u8]>),
}

/// Reads `html`: a `str`, or `bytes`, `bytearray` or `memoryview` of bytes. `bytes` are
/// immutable and read in place; a `bytearray` or `memoryview` is copied out before the GIL
/// is released, since another thread may change it meanwhile. A `str` with lone surrogates
/// is no text: `ValueError`.
fn read_input<'a>(html: &'a Bound<'_, PyAny>) -> PyResult<Input<'a>> {
    if let Ok(s) = html.cast::<PyString>() {
        return match s.to_cow() {
            Ok(text) => Ok(Input::Text(text)),
            Err(_) => Err(PyValueError::new_err(
                "html is a str with lone surrogates, which are not text: pass the page's \
                 bytes, or clean the str (str.encode('utf-8', 'replace'))",
            )),
        };
    }
    if let Ok(b) = html.cast::<PyBytes>() {
        return Ok(Input::Bytes(Cow::Borrowed(b.as_bytes())));
    }
    if let Ok(b) = html.cast::<PyByteArray>() {
        return Ok(Input::Bytes(Cow::Owned(b.to_vec())));
    }
    if html.cast::<PyMemoryView>().is_ok() {
        // `tobytes` reads any memoryview, contiguous or not, as its bytes in order.
        let bytes = html.call_method0("tobytes")?;
        let bytes = bytes.cast::<PyBytes>()?;
        return Ok(Input::Bytes(Cow::Owned(bytes.as_bytes().to_vec())));
    }
    Err(PyTypeError::new_err(format!(
        "html must be str, bytes, bytearray or memoryview, not {}",
        html.get_type().name()?
    )))
}

/// The on/off arguments `extract` and `extract_warc` share.
struct Switches {
    images: bool,
    links: bool,
    tables: bool,
    lists: bool,
    captions: bool,
    comments: bool,
}

/// `Options` from the arguments `extract` and `extract_warc` share.
fn build_options(
    mode: &str,
    url: Option<String>,
    max_input_bytes: Option<i64>,
    switches: Switches,
    target_language: Option<String>,
) -> PyResult<Options> {
    let mode: Mode = mode.parse().map_err(PyValueError::new_err)?;
    let mut options = Options::default()
        .with_mode(mode)
        .with_images(switches.images)
        .with_links(switches.links)
        .with_tables(switches.tables)
        .with_lists(switches.lists)
        .with_captions(switches.captions)
        .with_comments(switches.comments);
    if let Some(url) = url {
        options = options.with_url(url);
    }
    if let Some(limit) = input_limit(max_input_bytes)? {
        options = options.with_max_input_bytes(limit);
    }
    if let Some(language) = target_language {
        options = options.with_target_language(language);
    }
    Ok(options)
}

/// `max_input_bytes` as a byte count: `None` keeps the default, a negative number is a
/// `ValueError`.
fn input_limit(max_input_bytes: Option<i64>) -> PyResult<Option<usize>> {
    max_input_bytes
        .map(|limit| {
            usize::try_from(limit).map_err(|_| {
                PyValueError::new_err(format!(
                    "max_input_bytes must be a byte count of 0 or more, not {limit}"
                ))
            })
        })
        .transpose()
}

/// Extracts the main content and metadata of an HTML page, leaving out menus, share bars,
/// cookie banners, footers and other chrome.
///
/// Args:
///     html: the page, as ``str`` or as ``bytes``, ``bytearray`` or ``memoryview`` in any
///         encoding (decoded from a byte-order mark, the charset of ``content_type``, a
///         ``<meta>`` declaration, or a guess, in that order).
///     url: the page's absolute address, for resolving relative links and images.
///     content_type: the HTTP ``Content-Type`` header of bytes, if known. Bytes of unknown
///         type that are binary data (an image, an archive) raise ``BinaryInputError``
///         unless it names HTML or XML.
///     mode: ``"balanced"`` (the default: the best overall score), ``"precision"`` (less
///         chrome, at the cost of some text) or ``"recall"`` (more text, at the cost of
///         some chrome).
///     format: what ``Article.content`` holds: ``"text"`` (the default), ``"markdown"``,
///         ``"html"`` (clean HTML) or ``"json"`` (the JSON shape of
///         ``schema/article.schema.json``).
///     max_input_bytes: inputs larger than this many bytes raise ``InputTooLargeError``
///         (default 67108864, 64 MiB; a negative number is a ``ValueError``).
///     images, links, tables, lists: keep them in Markdown and HTML (default True).
///     captions: keep figure and image captions (default False).
///     comments: extract the comment thread into ``Article.comments`` (default False);
///         comments are never part of the text.
///     target_language: only pages in this language (``"de"``, ``"pt-BR"``: the text's
///         detected language, or the declared one) are extracted; others raise
///         ``WrongLanguageError``. A page whose language cannot be told passes.
///
/// Returns:
///     Article: ``title``, ``text``, ``markdown``, ``html``, ``metadata`` (a dict),
///     ``encoding``, ``comments`` and ``content`` (in the chosen ``format``).
///
/// Raises:
///     ExtractError: or one of its subclasses, when the page cannot be extracted:
///         ``InputTooLargeError``, ``TooManyNodesError`` (and ``TreeTooLargeError``),
///         ``BinaryInputError``, ``InvalidUrlError``, ``WrongLanguageError``.
///     ValueError: an unknown ``mode`` or ``format``, a negative ``max_input_bytes``, a
///         ``str`` with lone surrogates.
///     TypeError: ``html`` of another type.
///
/// The GIL is released while extracting, so threads extract in parallel.
#[pyfunction]
#[pyo3(signature = (
    html, *, url=None, content_type=None, mode="balanced", format="text",
    max_input_bytes=None, images=true, links=true, tables=true, lists=true, captions=false,
    comments=false, target_language=None
))]
#[allow(clippy::too_many_arguments)]
fn extract(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    url: Option<String>,
    content_type: Option<String>,
    mode: &str,
    format: &str,
    max_input_bytes: Option<i64>,
    images: bool,
    links: bool,
    tables: bool,
    lists: bool,
    captions: bool,
    comments: bool,
    target_language: Option<String>,
) -> PyResult<Article> {
    let format = Format::parse(format)?;
    let switches = Switches {
        images,
        links,
        tables,
        lists,
        captions,
        comments,
    };
    let options = build_options(mode, url, max_input_bytes, switches, target_language)?;
    let extractor = Extractor::new(options);
    let input = read_input(html)?;
    let content_type = content_type.as_deref();
    let result = py.detach(|| match &input {
        Input::Text(text) => extractor.extract(text),
        Input::Bytes(bytes) => extractor.extract_bytes(bytes, content_type),
    });
    result
        .map(|inner| Article { inner, format })
        .map_err(to_py_err)
}

/// The page's metadata alone, as the dict ``Article.metadata`` holds, without choosing its
/// content: cheaper than ``extract`` when only the metadata is wanted. Without the text,
/// ``language`` is the declared language's primary subtag.
///
/// Takes ``html``, ``url``, ``content_type`` and ``max_input_bytes`` as ``extract`` does,
/// and raises the same errors. The GIL is released while reading.
#[pyfunction]
#[pyo3(signature = (html, url=None, *, content_type=None, max_input_bytes=None))]
fn extract_metadata<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    url: Option<String>,
    content_type: Option<String>,
    max_input_bytes: Option<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    let mut options = Options::default();
    if let Some(url) = url {
        options = options.with_url(url);
    }
    if let Some(limit) = input_limit(max_input_bytes)? {
        options = options.with_max_input_bytes(limit);
    }
    let extractor = Extractor::new(options);
    let input = read_input(html)?;
    let content_type = content_type.as_deref();
    let result = py.detach(|| match &input {
        Input::Text(text) => extractor.extract_metadata(text),
        Input::Bytes(bytes) => extractor.extract_metadata_bytes(bytes, content_type),
    });
    metadata_dict(py, &result.map_err(to_py_err)?)
}

/// Extracts every HTML page of a WARC file: one result dict per HTML ``response`` record,
/// in file order, read by the same Rust reader as the example binary's ``--warc``.
///
/// Args:
///     source: a path (``str`` or ``os.PathLike``), read without the GIL, or a binary
///         file-like object with a ``read`` method (an open file, an fsspec or boto
///         stream). Plain WARC, gzipped per record (as Common Crawl ships it) or gzipped
///         whole, decompressed as it is read.
///     mode, max_input_bytes, images, links, tables, lists, captions, comments,
///         target_language: as for ``extract``; ``max_input_bytes`` also bounds each
///         record.
///     format: ``"text"`` (the default), ``"markdown"`` or ``"html"``: which rendering each
///         result carries besides its ``text``.
///     jobs: threads that extract records of this one file at a time (default 1): a large
///         file does not pin one core while the others idle. Results keep file order.
///
/// Yields:
///     dict: the field names of the one JSON shape (``schema/article.schema.json``):
///     ``path`` (for a path source), ``warc_record_id``, ``target_uri``, ``title``,
///     ``text``, ``markdown`` or ``html`` (as ``format`` asks), ``metadata``, ``encoding``
///     and ``comments``; or, for a page that failed or a record that could not be read,
///     ``warc_record_id``, ``target_uri``, ``offset`` and ``error``. A broken record never
///     ends the iteration: reading resumes at the next record.
///
/// Raises:
///     OSError: the path cannot be opened.
///     TypeError: ``source`` is neither a path nor a file-like object.
///     ValueError: an unknown ``mode`` or ``format``, ``jobs`` below 1, a negative
///         ``max_input_bytes``.
///
/// The GIL is released while records are read and extracted.
#[pyfunction]
#[pyo3(signature = (
    source, *, mode="balanced", format="text", max_input_bytes=None, images=true,
    links=true, tables=true, lists=true, captions=false, comments=false,
    target_language=None, jobs=1
))]
#[allow(clippy::too_many_arguments)]
fn extract_warc(
    source: &Bound<'_, PyAny>,
    mode: &str,
    format: &str,
    max_input_bytes: Option<i64>,
    images: bool,
    links: bool,
    tables: bool,
    lists: bool,
    captions: bool,
    comments: bool,
    target_language: Option<String>,
    jobs: i64,
) -> PyResult<warc::WarcResults> {
    let format = match Format::parse(format)? {
        Format::Json => {
            return Err(PyValueError::new_err(
                "extract_warc yields dicts: format is 'text', 'markdown' or 'html' \
                 (json.dumps a result for JSON)",
            ))
        }
        format => format,
    };
    let jobs = usize::try_from(jobs)
        .ok()
        .filter(|&jobs| jobs >= 1)
        .ok_or_else(|| PyValueError::new_err(format!("jobs must be 1 or more, not {jobs}")))?;
    let switches = Switches {
        images,
        links,
        tables,
        lists,
        captions,
        comments,
    };
    let options = build_options(mode, None, max_input_bytes, switches, target_language)?;
    let (reader, path) = warc::open_source(source)?;
    Ok(warc::results(reader, path, options, format, jobs))
}

#[pymodule]
fn _dechrome(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_metadata, m)?)?;
    m.add_function(wrap_pyfunction!(extract_warc, m)?)?;
    m.add_class::<warc::WarcResults>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Article>()?;
    m.add("ExtractError", py.get_type::<ExtractError>())?;
    m.add("InputTooLargeError", py.get_type::<InputTooLargeError>())?;
    m.add("TooManyNodesError", py.get_type::<TooManyNodesError>())?;
    m.add("TreeTooLargeError", py.get_type::<TreeTooLargeError>())?;
    m.add("InvalidUrlError", py.get_type::<InvalidUrlError>())?;
    m.add("BinaryInputError", py.get_type::<BinaryInputError>())?;
    m.add("WrongLanguageError", py.get_type::<WrongLanguageError>())?;
    Ok(())
}
