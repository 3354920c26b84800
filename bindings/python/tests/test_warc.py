"""dechrome.extract_warc: WARC files plain, gzipped per record and gzipped whole, paths and
file-like sources, a broken record in the middle, and threads inside one file."""

import gzip
import io
import json
import pathlib

import jsonschema
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import dechrome

SCHEMA = json.loads(
    (pathlib.Path(__file__).resolve().parents[3] / "schema" / "article.schema.json").read_text()
)


def page(n):
    return (
        f"<html><head><title>Notice {n}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Notice {n}</h1><p>Harbour notice number {n}: the north quay closes for "
        f"repairs next week, and boats should use the south quay until the work is done. "
        f"<a href='/quays'>Quays</a></p></article><footer>Harbour office</footer></body></html>"
    ).encode("utf-8")


def warc_bytes(n, gzip_records):
    """`n` HTML responses and one image, each record gzipped when `gzip_records`."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records)
    for i in range(n):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://harbour.example/n/{i}", "response", payload=io.BytesIO(page(i)), http_headers=headers
        )
        writer.write_record(record)
        if i == 0:
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                "https://harbour.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
            )
            writer.write_record(record)
    return out.getvalue()


def check(results, n):
    assert len(results) == n, results
    for i, result in enumerate(results):
        assert result["target_uri"] == f"https://harbour.example/n/{i}"
        assert result["warc_record_id"].startswith("<urn:uuid:")
        assert result["title"] == f"Notice {i}"
        assert result["text"].startswith(f"Harbour notice number {i}:")
        assert "Home" not in result["text"] and "Harbour office" not in result["text"]
        jsonschema.validate(result, SCHEMA)


@pytest.mark.parametrize("kind", ["plain", "per-record gzip", "whole gzip"])
def test_every_compression_from_a_path(tmp_path, kind):
    data = warc_bytes(6, gzip_records=kind == "per-record gzip")
    if kind == "whole gzip":
        data = gzip.compress(data)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    results = list(dechrome.extract_warc(str(path)))
    check(results, 6)
    assert all(r["path"] == str(path) for r in results)
    # An os.PathLike works the same.
    assert list(dechrome.extract_warc(path)) == results


def test_a_file_like_source_and_the_format():
    data = warc_bytes(4, gzip_records=True)

    class Trickle(io.RawIOBase):
        """A stream that hands out at most 1,000 bytes a call, as network streams do."""

        def __init__(self, data):
            self.data, self.at = data, 0

        def readable(self):
            return True

        def read(self, n=-1):
            n = 1000 if n is None or n < 0 else min(n, 1000)
            chunk = self.data[self.at : self.at + n]
            self.at += len(chunk)
            return chunk

    results = list(dechrome.extract_warc(Trickle(data), format="markdown"))
    check(results, 4)
    assert "path" not in results[0]
    # Links resolve against each record's own address.
    assert "(https://harbour.example/quays)" in results[0]["markdown"]
    html = list(dechrome.extract_warc(io.BytesIO(data), format="html"))
    assert html[1]["html"].startswith("<p>Harbour notice number 1:")


def test_a_broken_record_in_the_middle_is_a_result_and_the_rest_come_out():
    data = warc_bytes(5, gzip_records=False)
    records = data.split(b"WARC/1.")
    # Records 0 and 1 are page 0 and the image; the fourth is page 2. Break its length.
    broken = records[4].replace(b"Content-Length: ", b"Content-Length: x", 1)
    assert broken != records[4]
    records[4] = broken
    results = list(dechrome.extract_warc(io.BytesIO(b"WARC/1.".join(records))))
    errors = [r for r in results if "error" in r]
    assert len(errors) == 1 and errors[0]["offset"] > 0
    pages = [r for r in results if "error" not in r]
    assert [r["title"] for r in pages] == ["Notice 0", "Notice 1", "Notice 3", "Notice 4"]
    for result in results:
        jsonschema.validate(result, SCHEMA)


def test_threads_inside_one_file_keep_file_order(tmp_path):
    path = tmp_path / "big.warc.gz"
    path.write_bytes(warc_bytes(40, gzip_records=True))
    one = list(dechrome.extract_warc(str(path)))
    four = list(dechrome.extract_warc(str(path), jobs=4))
    assert four == one
    check(four, 40)
    # A file-like source is read by the reader thread, which takes the GIL for each read.
    with open(path, "rb") as stream:
        streamed = list(dechrome.extract_warc(stream, jobs=3))
    assert streamed == [{k: v for k, v in r.items() if k != "path"} for r in one]
    # Stopping early leaves no thread blocked for good: the iterator can be dropped.
    results = dechrome.extract_warc(str(path), jobs=2)
    assert next(results)["title"] == "Notice 0"
    del results


def test_arguments():
    with pytest.raises(OSError):
        dechrome.extract_warc("/no/such/file.warc.gz")
    with pytest.raises(TypeError):
        dechrome.extract_warc(12345)
    with pytest.raises(ValueError):
        dechrome.extract_warc(io.BytesIO(b""), jobs=0)
    with pytest.raises(ValueError):
        dechrome.extract_warc(io.BytesIO(b""), format="json")
    # Empty, or not a WARC at all: one error result, no exception.
    for data in [b"", b"<html>not a warc</html>"]:
        results = list(dechrome.extract_warc(io.BytesIO(data)))
        assert len(results) == 1 and "error" in results[0], results
        jsonschema.validate(results[0], SCHEMA)
