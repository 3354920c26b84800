"""dechrome: the main content and metadata of web pages, without the chrome.

>>> import dechrome
>>> article = dechrome.extract("<article><h1>Hi</h1><p>Some text of the page, long "
...                            "enough to be its content.</p></article>", format="markdown")
>>> article.title
'Hi'
>>> article.content
'Some text of the page, long enough to be its content.'
"""

from ._dechrome import (
    Article,
    BinaryInputError,
    ExtractError,
    InputTooLargeError,
    InvalidUrlError,
    TooManyNodesError,
    TreeTooLargeError,
    WrongLanguageError,
    __version__,
    extract,
    extract_metadata,
    extract_warc,
)

__all__ = [
    "Article",
    "BinaryInputError",
    "ExtractError",
    "InputTooLargeError",
    "InvalidUrlError",
    "TooManyNodesError",
    "TreeTooLargeError",
    "WrongLanguageError",
    "__version__",
    "extract",
    "extract_metadata",
    "extract_warc",
]
