import os
from typing import Any, BinaryIO, Iterator, Literal, Optional, TypedDict, Union

__version__: str

HtmlInput = Union[str, bytes, bytearray, memoryview]

class Metadata(TypedDict):
    title: Optional[str]
    authors: list[str]
    date: Optional[str]
    modified: Optional[str]
    site_name: Optional[str]
    description: Optional[str]
    language: Optional[str]
    """The text's language (ISO 639-1) when detected with confidence, else the declared one's primary subtag."""
    declared_language: Optional[str]
    """The language tag the markup declares, as written."""
    canonical_url: Optional[str]
    image: Optional[str]
    tags: list[str]
    categories: list[str]
    page_type: Optional[
        Literal["article", "forum", "product", "listing", "documentation", "other"]
    ]

class Article:
    """The main content of a page and its metadata."""

    @property
    def title(self) -> Optional[str]: ...
    @property
    def text(self) -> str: ...
    @property
    def markdown(self) -> str: ...
    @property
    def html(self) -> str: ...
    @property
    def encoding(self) -> str: ...
    @property
    def comments(self) -> Optional[str]:
        """The comment thread's text, when `comments=True` and the page has one."""
    @property
    def content(self) -> str:
        """The content in the `format` given to `extract`."""
    @property
    def metadata(self) -> Metadata: ...

class ExtractError(Exception):
    """Extraction failed; every library error is a subclass."""

class InputTooLargeError(ExtractError): ...
class TooManyNodesError(ExtractError): ...
class TreeTooLargeError(TooManyNodesError): ...
class InvalidUrlError(ExtractError): ...
class BinaryInputError(ExtractError):
    """bytes of unknown type that are binary data (an image, an archive), not a page"""

class WrongLanguageError(ExtractError):
    """The page is not in target_language."""

def extract(
    html: HtmlInput,
    *,
    url: Optional[str] = None,
    content_type: Optional[str] = None,
    mode: Literal["precision", "balanced", "recall"] = "balanced",
    format: Literal["text", "markdown", "html", "json"] = "text",
    max_input_bytes: Optional[int] = None,
    images: bool = True,
    links: bool = True,
    tables: bool = True,
    lists: bool = True,
    captions: bool = False,
    comments: bool = False,
    target_language: Optional[str] = None,
) -> Article:
    """Extracts the main content and metadata of an HTML page (releases the GIL).

    Raises ExtractError (or a subclass) when the page cannot be extracted, ValueError for
    an unknown mode or format, a negative max_input_bytes or a str with lone surrogates,
    TypeError for html of another type.
    """

def extract_metadata(
    html: HtmlInput,
    url: Optional[str] = None,
    *,
    content_type: Optional[str] = None,
    max_input_bytes: Optional[int] = None,
) -> Metadata:
    """The page's metadata alone, without choosing its content (releases the GIL)."""

def extract_warc(
    source: Union[str, os.PathLike, BinaryIO],
    *,
    mode: Literal["precision", "balanced", "recall"] = "balanced",
    format: Literal["text", "markdown", "html"] = "text",
    max_input_bytes: Optional[int] = None,
    images: bool = True,
    links: bool = True,
    tables: bool = True,
    lists: bool = True,
    captions: bool = False,
    comments: bool = False,
    target_language: Optional[str] = None,
    jobs: int = 1,
) -> Iterator[dict[str, Any]]:
    """One result dict per HTML response record of a WARC file, in file order (releases
    the GIL while reading and extracting; `jobs` threads extract records of the file)."""
