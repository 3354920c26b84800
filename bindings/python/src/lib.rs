//! Python bindings: `dechrome.extract(...)` runs the Rust extractor, with the GIL released,
//! and returns the Rust `Article` wrapped for Python.

use dechrome::{Error, Extractor, Mode, Options, PageType};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

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
        _ => ExtractError::new_err(message),
    }
}

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

    /// Title, authors, dates, site name, description, language, canonical URL, image, tags,
    /// categories and page type, as a dict.
    #[getter]
    fn metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let m = self.inner.metadata();
        let d = PyDict::new(py);
        d.set_item("title", m.title.as_deref())?;
        d.set_item("authors", m.authors.clone())?;
        d.set_item("date", m.date.as_deref())?;
        d.set_item("modified", m.modified.as_deref())?;
        d.set_item("site_name", m.site_name.as_deref())?;
        d.set_item("description", m.description.as_deref())?;
        d.set_item("language", m.language.as_deref())?;
        d.set_item("canonical_url", m.canonical_url.as_deref())?;
        d.set_item("image", m.image.as_deref())?;
        d.set_item("tags", m.tags.clone())?;
        d.set_item("categories", m.categories.clone())?;
        d.set_item("page_type", m.page_type.map(page_type_name))?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "<dechrome.Article title={:?} chars={}>",
            self.inner.title().unwrap_or(""),
            self.inner.text().chars().count()
        )
    }
}

/// Extracts the main content and metadata of an HTML page.
///
/// `html` is a `str`, or `bytes` in any encoding (decoded from a byte-order mark, the
/// charset of `content_type`, a `<meta>` declaration or a guess); bytes that are binary
/// data (an image, an archive) raise `BinaryInputError` unless `content_type` names HTML.
/// `url` is the page's address, for resolving relative links. The GIL is released while
/// extracting.
#[pyfunction]
#[pyo3(signature = (
    html, *, url=None, content_type=None, mode="balanced", format="text",
    max_input_bytes=None, images=true, links=true, tables=true, lists=true, captions=false,
    comments=false
))]
#[allow(clippy::too_many_arguments)]
fn extract(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    url: Option<String>,
    content_type: Option<String>,
    mode: &str,
    format: &str,
    max_input_bytes: Option<usize>,
    images: bool,
    links: bool,
    tables: bool,
    lists: bool,
    captions: bool,
    comments: bool,
) -> PyResult<Article> {
    let mode: Mode = mode.parse().map_err(PyValueError::new_err)?;
    let format = Format::parse(format)?;
    let mut options = Options::default()
        .with_mode(mode)
        .with_images(images)
        .with_links(links)
        .with_tables(tables)
        .with_lists(lists)
        .with_captions(captions)
        .with_comments(comments);
    if let Some(url) = url {
        options = options.with_url(url);
    }
    if let Some(limit) = max_input_bytes {
        options = options.with_max_input_bytes(limit);
    }
    let extractor = Extractor::new(options);
    let result = if let Ok(s) = html.cast::<PyString>() {
        let text = s.to_cow()?;
        let text: &str = &text;
        py.detach(|| extractor.extract(text))
    } else if let Ok(b) = html.cast::<PyBytes>() {
        let bytes = b.as_bytes();
        let content_type = content_type.as_deref();
        py.detach(|| extractor.extract_bytes(bytes, content_type))
    } else {
        return Err(PyTypeError::new_err(format!(
            "html must be str or bytes, not {}",
            html.get_type().name()?
        )));
    };
    result
        .map(|inner| Article { inner, format })
        .map_err(to_py_err)
}

#[pymodule]
fn _dechrome(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_class::<Article>()?;
    m.add("ExtractError", py.get_type::<ExtractError>())?;
    m.add("InputTooLargeError", py.get_type::<InputTooLargeError>())?;
    m.add("TooManyNodesError", py.get_type::<TooManyNodesError>())?;
    m.add("TreeTooLargeError", py.get_type::<TreeTooLargeError>())?;
    m.add("InvalidUrlError", py.get_type::<InvalidUrlError>())?;
    m.add("BinaryInputError", py.get_type::<BinaryInputError>())?;
    Ok(())
}
