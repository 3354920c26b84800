from typing import Literal, Optional, TypedDict, Union

class Metadata(TypedDict):
    title: Optional[str]
    authors: list[str]
    date: Optional[str]
    modified: Optional[str]
    site_name: Optional[str]
    description: Optional[str]
    language: Optional[str]
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

def extract(
    html: Union[str, bytes],
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
) -> Article:
    """Extracts the main content and metadata of an HTML page (releases the GIL)."""
