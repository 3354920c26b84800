"""The Spark example in local mode on WARC files written here."""

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="the Spark test needs pyspark (pip install '.[test]')")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
import spark_warc  # noqa: E402


def write_warc(path, pages):
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, content_type, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def article(n):
    return (
        f"<html><head><title>Notice {n}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Notice {n}</h1><p>Harbour notice number {n}: the north quay closes for "
        f"repairs next week, and boats should use the south quay until the work is done.</p>"
        f"</article><footer>Harbour office</footer></body></html>"
    ).encode("utf-8")


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        pyspark.sql.SparkSession.builder.master("local[2]")
        .appName("dechrome-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_job_writes_one_row_per_html_page(spark, tmp_path):
    warcs = []
    for part in range(2):
        path = tmp_path / f"part-{part}.warc.gz"
        pages = [(f"https://harbour.example/n/{part}-{i}", "text/html; charset=utf-8", article(f"{part}-{i}")) for i in range(5)]
        pages.append((f"https://harbour.example/logo-{part}.png", "image/png", b"\x89PNG\r\n"))
        write_warc(path, pages)
        warcs.append(str(path))
    out = tmp_path / "pages"
    count, errors, seconds = spark_warc.run(spark, warcs, str(out), "parquet")
    assert (count, errors) == (10, 0)
    rows = spark.read.parquet(str(out)).collect()
    assert len(rows) == 10
    by_uri = {r["target_uri"]: r for r in rows}
    row = by_uri["https://harbour.example/n/1-3"]
    assert row["title"] == "Notice 1-3"
    assert row["text"].startswith("Harbour notice number 1-3")
    assert "Home" not in row["text"] and "Harbour office" not in row["text"]
    assert row["error"] is None
    assert row["warc_record_id"].startswith("<urn:uuid:")
    assert row["path"] == warcs[1]
    assert row["metadata"]["title"] == "Notice 1-3"
    assert row["encoding"] == "UTF-8" and row["comments"] is None
    # The rows carry the names of the one JSON shape (schema/article.schema.json).
    schema = json.loads((Path(__file__).resolve().parents[3] / "schema" / "article.schema.json").read_text())
    fields = set(schema["$defs"]["article"]["properties"]) | set(schema["$defs"]["failure"]["properties"])
    assert set(row.asDict()) <= fields
    assert set(row["metadata"].asDict()) == set(schema["$defs"]["metadata"]["required"])
    print(f"spark local[2]: {count} pages in {seconds:.2f} s", file=sys.stderr)


def test_spark_job_json_lines(spark, tmp_path):
    path = tmp_path / "one.warc.gz"
    write_warc(path, [("https://harbour.example/a", "text/html", article("a"))])
    count, errors, _ = spark_warc.run(spark, [str(path)], str(tmp_path / "json"), "json")
    assert (count, errors) == (1, 0)
    lines = [l for f in (tmp_path / "json").glob("part-*.json") for l in f.read_text().splitlines()]
    assert len(lines) == 1 and '"title":"Notice a"' in lines[0]


def test_spark_job_reads_a_listing_and_counts_errors(spark, tmp_path):
    """A Common Crawl style listing of relative paths under a file:// prefix; a missing file
    and a file that is no WARC are error rows, not a failed job."""
    crawl = tmp_path / "crawl" / "segments"
    crawl.mkdir(parents=True)
    write_warc(crawl / "a.warc.gz", [("https://harbour.example/l/a", "text/html", article("l-a"))])
    (crawl / "junk.warc.gz").write_bytes(b"not a warc at all")
    listing = tmp_path / "warc.paths.gz"
    listing.write_bytes(gzip.compress(b"segments/a.warc.gz\nsegments/junk.warc.gz\nsegments/missing.warc.gz\n"))
    paths = spark_warc.read_listing(str(listing), f"file://{tmp_path}/crawl/")
    assert paths == [f"file://{tmp_path}/crawl/segments/{n}.warc.gz" for n in ["a", "junk", "missing"]]
    count, errors, _ = spark_warc.run(spark, paths, str(tmp_path / "out"), "json")
    assert (count, errors) == (3, 2)


def test_spark_job_reads_from_s3(spark, tmp_path):
    """s3:// through fsspec, against an S3-compatible server this test starts on 127.0.0.1."""
    try:
        import boto3
        import moto.server as moto_server
        import s3fs  # noqa: F401 - fsspec's s3:// needs it
    except ImportError as err:
        # CI installs them: there a missing one fails instead of skipping.
        if os.environ.get("CI", "") not in ("", "false"):
            raise
        pytest.skip(f"the S3 test needs moto[server], boto3 and s3fs: {err}")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        credentials = {"aws_access_key_id": "test", "aws_secret_access_key": "test"}
        s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **credentials)
        s3.create_bucket(Bucket="crawl")
        local = tmp_path / "s3.warc.gz"
        write_warc(local, [(f"https://harbour.example/s3/{i}", "text/html", article(f"s3-{i}")) for i in range(3)])
        s3.upload_file(str(local), "crawl", "segments/s3.warc.gz")
        options = spark_warc.parse_storage_options(
            [f"endpoint_url={endpoint}", "key=test", "secret=test"]
        )
        count, errors, _ = spark_warc.run(
            spark, ["s3://crawl/segments/s3.warc.gz"], str(tmp_path / "s3-out"), "parquet",
            storage_options=options,
        )
        assert (count, errors) == (3, 0)
        titles = sorted(r["title"] for r in spark.read.parquet(str(tmp_path / "s3-out")).collect())
        assert titles == ["Notice s3-0", "Notice s3-1", "Notice s3-2"]
    finally:
        server.stop()
