"""The Python package: str and bytes input, every format and mode, errors, threads."""

import json
import pathlib
import threading
from concurrent.futures import ThreadPoolExecutor

import jsonschema
import pytest

import dechrome

PAGE = """<!doctype html><html lang="en"><head><title>Tide tables move online | Harbour News</title>
<meta property="og:site_name" content="Harbour News">
<meta name="author" content="Ada Brook"></head>
<body><nav><a href="/">Home</a> <a href="/boats">Boats</a></nav>
<article><h1>Tide tables move online</h1>
<p>From next month the harbour office will stop printing its tide tables and publish them on
its <a href="/tides">website</a> instead, updated every morning at six.</p>
<h2>Why the change</h2>
<ul><li>Printing cost more every year</li><li>Boats now carry phones</li></ul>
<p>Printed copies stay available at the office for anyone who asks, the harbour master said.</p>
</article>
<footer>Copyright Harbour News</footer></body></html>"""


def test_str_input():
    article = dechrome.extract(PAGE)
    assert article.title == "Tide tables move online"
    assert article.text.startswith("From next month the harbour office")
    assert "Copyright" not in article.text and "Boats\n" not in article.text
    assert article.encoding == "UTF-8"
    meta = article.metadata
    assert meta["site_name"] == "Harbour News"
    assert meta["authors"] == ["Ada Brook"]
    assert meta["language"] == "en"
    assert set(meta) >= {"title", "date", "modified", "image", "tags", "categories", "page_type"}


def test_bytes_input_uses_the_content_type_charset():
    koi8 = "<p>Привет, мир! Это тестовая страница для проверки кодировки.</p>".encode("koi8-r")
    article = dechrome.extract(koi8, content_type="text/html; charset=koi8-r")
    assert article.text.startswith("Привет, мир!")
    assert article.encoding == "KOI8-R"


def test_url_resolves_links():
    md = dechrome.extract(PAGE, url="https://harbour.example/news/").markdown
    assert "[website](https://harbour.example/tides)" in md


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_every_format(fmt):
    article = dechrome.extract(PAGE, format=fmt)
    content = article.content
    if fmt == "text":
        assert content == article.text
    elif fmt == "markdown":
        assert content == article.markdown
        assert "## Why the change" in content and "- Printing cost more every year" in content
    elif fmt == "html":
        assert content == article.html
        assert "<h2>Why the change</h2>" in content and "<li>Boats now carry phones</li>" in content
    else:
        data = json.loads(content)
        assert data["title"] == "Tide tables move online"
        assert data["text"] == article.text
        assert data["markdown"] == article.markdown
        assert data["metadata"]["site_name"] == "Harbour News"


@pytest.mark.parametrize("mode", ["precision", "balanced", "recall"])
def test_every_mode(mode):
    article = dechrome.extract(PAGE, mode=mode)
    assert "tide tables" in article.text


def test_switches():
    article = dechrome.extract(PAGE, lists=False, links=False)
    assert "Printing cost more" not in article.text
    assert "](" not in article.markdown


def test_captions_switch():
    page = ("<article><p>The crane was lifted onto its new rails on Tuesday, after three "
            "weeks of work by two crews.</p><figure><img src=crane.jpg><figcaption>The crane "
            "at dawn.</figcaption></figure></article>")
    assert "The crane at dawn." not in dechrome.extract(page).text
    assert "The crane at dawn." in dechrome.extract(page, captions=True).text


def test_comments_come_apart_on_request():
    page = ("<article><h1>Ice on the pond</h1><p>The pond froze over on Sunday night, thick "
            "enough by noon for the ducks to stand on it, and the heron left.</p></article>"
            "<div id=comments><div class=comment><p>Our pond froze the same night, and the "
            "goldfish seemed not to mind at all.</p></div></div>")
    assert dechrome.extract(page).comments is None
    article = dechrome.extract(page, comments=True)
    assert "goldfish" not in article.text
    assert "the goldfish seemed" in article.comments


def test_library_errors_are_extract_errors():
    with pytest.raises(dechrome.InputTooLargeError) as err:
        dechrome.extract(PAGE, max_input_bytes=10)
    assert isinstance(err.value, dechrome.ExtractError)
    assert "limit" in str(err.value)
    with pytest.raises(dechrome.InvalidUrlError):
        dechrome.extract(PAGE, url="not a url")
    with pytest.raises(dechrome.ExtractError):
        dechrome.extract(b"x" * 100, max_input_bytes=50)
    # Formatting elements the parser copies into every block: a node bomb.
    bomb = "".join(f"<div><b id={i}></div>" for i in range(8000))
    with pytest.raises(dechrome.TreeTooLargeError) as err:
        dechrome.extract(bomb)
    assert isinstance(err.value, dechrome.TooManyNodesError)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(dechrome.BinaryInputError, match="PNG"):
        dechrome.extract(png)
    # The same bytes declared as HTML are read as HTML.
    assert dechrome.extract(png, content_type="text/html").text is not None


def test_bad_arguments():
    with pytest.raises(TypeError):
        dechrome.extract(12345)
    with pytest.raises(ValueError):
        dechrome.extract(PAGE, mode="fast")
    with pytest.raises(ValueError):
        dechrome.extract(PAGE, format="pdf")


def test_hostile_input_never_crashes():
    for html in [b"", b"\x00\xff\xfe" * 1000, "<div>" * 100_000, b"<table>" * 20_000]:
        article = dechrome.extract(html, content_type="text/html")
        assert isinstance(article.text, str)
    # Of unknown type, the NUL-laden bytes are binary data: a typed error, not a crash.
    with pytest.raises(dechrome.BinaryInputError):
        dechrome.extract(b"\x00\xff\xfe" * 1000)


def test_threads_extract_at_once():
    pages = [PAGE.replace("six", f"{i} o'clock") for i in range(64)]
    expected = [dechrome.extract(p).text for p in pages]
    seen_threads = set()

    def work(p):
        seen_threads.add(threading.get_ident())
        return dechrome.extract(p.encode("utf-8")).text

    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(work, pages))
    assert got == expected
    assert len(seen_threads) > 1


def test_repr_and_types():
    article = dechrome.extract(PAGE)
    assert repr(article).startswith('<dechrome.Article title="Tide tables move online"')
    assert isinstance(article, dechrome.Article)


def test_version_and_help():
    assert dechrome.__version__ == "0.1.0"
    doc = dechrome.extract.__doc__
    for word in [
        "url",
        "content_type",
        '"balanced"',
        '"precision"',
        '"recall"',
        '"markdown"',
        '"json"',
        "max_input_bytes",
        "images, links, tables, lists",
        "captions",
        "comments",
        "target_language",
        "Returns:",
        "Raises:",
        "WrongLanguageError",
    ]:
        assert word in doc, word
    signature = dechrome.extract.__text_signature__
    assert "target_language=None" in signature and 'mode="balanced"' in signature
    assert "metadata alone" in dechrome.extract_metadata.__doc__


def test_every_bytes_like_input_reads_the_same():
    data = PAGE.encode("utf-8")
    want = dechrome.extract(data).text
    assert dechrome.extract(bytearray(data)).text == want
    assert dechrome.extract(memoryview(data)).text == want
    # A slice of a memoryview is its bytes only.
    padded = memoryview(b"xx" + data + b"yy")[2:-2]
    assert dechrome.extract(padded).text == want
    with pytest.raises(TypeError, match="bytearray or memoryview"):
        dechrome.extract([1, 2, 3])


def test_argument_errors_are_value_errors():
    with pytest.raises(ValueError, match="surrogates"):
        dechrome.extract("<p>half a pair: \ud800</p>")
    with pytest.raises(ValueError, match="0 or more"):
        dechrome.extract(PAGE, max_input_bytes=-1)
    with pytest.raises(ValueError, match="0 or more"):
        dechrome.extract_metadata(PAGE, max_input_bytes=-5)
    # Zero is a limit like any other.
    with pytest.raises(dechrome.InputTooLargeError):
        dechrome.extract(PAGE, max_input_bytes=0)


GERMAN = """<html lang="en"><body><article><p>Die Brücke über den Hafen ist nach zwei Jahren
Reparatur wieder für den Verkehr geöffnet worden, und die Pendler aus dem Norden sparen jeden
Morgen zwanzig Minuten.</p></article></body></html>"""


def test_language_of_the_text_and_target_language():
    article = dechrome.extract(GERMAN)
    assert article.metadata["language"] == "de"
    assert article.metadata["declared_language"] == "en"
    assert dechrome.extract(GERMAN, target_language="de").text.startswith("Die Brücke")
    with pytest.raises(dechrome.WrongLanguageError) as err:
        dechrome.extract(GERMAN, target_language="en")
    assert isinstance(err.value, dechrome.ExtractError)


def test_extract_metadata_alone():
    meta = dechrome.extract_metadata(PAGE, "https://harbour.example/news/tides")
    assert meta == {**dechrome.extract(PAGE).metadata, "language": "en"}
    assert meta["authors"] == ["Ada Brook"]
    assert dechrome.extract_metadata(PAGE.encode("utf-8"))["title"] == "Tide tables move online"
    with pytest.raises(dechrome.InvalidUrlError):
        dechrome.extract_metadata(PAGE, url="not a url")


SCHEMA = json.loads(
    (pathlib.Path(__file__).resolve().parents[3] / "schema" / "article.schema.json").read_text()
)


def test_metadata_keys_match_the_stub_and_the_schema():
    keys = set(dechrome.extract(PAGE).metadata)
    stub = pathlib.Path(dechrome.__file__).with_name("__init__.pyi").read_text()
    for key in keys:
        assert f"\n    {key}:" in stub, key
    assert keys == set(SCHEMA["$defs"]["metadata"]["required"])


def test_json_content_conforms_to_the_schema():
    schema = SCHEMA
    for page in [PAGE, GERMAN, "<p>short</p>"]:
        content = json.loads(dechrome.extract(page, format="json", comments=True).content)
        jsonschema.validate(content, schema)
        assert set(content["metadata"]) == set(dechrome.extract(page).metadata)


def test_the_comparison_script_prints_a_row_per_extractor_and_the_pool(tmp_path):
    """benchmarks/compare.py on two pages: dechrome alone and on a pool of two threads."""
    import gzip
    import subprocess
    import sys

    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    script = pathlib.Path(__file__).parent.parent / "benchmarks" / "compare.py"
    out = subprocess.run(
        [sys.executable, str(script), "--runs", "1", "--only", "dechrome", "--threads", "2",
         str(tmp_path)],
        capture_output=True, text=True, check=True,
    ).stdout
    assert out.splitlines()[0].startswith("2 pages,")
    rows = {line.split()[0] + (" pool" if "threads" in line else ""): line.split()
            for line in out.splitlines()[2:]}
    assert set(rows) == {"dechrome", "dechrome pool"}
    assert rows["dechrome"][-2] == "1.00"
    assert float(rows["dechrome pool"][3]) > 0
