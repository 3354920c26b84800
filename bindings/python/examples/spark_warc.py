"""Extract the main content of every HTML page in a set of WARC files with PySpark.

    python spark_warc.py --master 'local[2]' --output pages/ a.warc.gz s3://bucket/b.warc.gz
    python spark_warc.py --listing warc.paths.gz --prefix https://data.commoncrawl.org/ \
        --limit 10 --output pages.parquet
    spark-submit --py-files spark_warc.py spark_warc.py --output s3://bucket/pages/ ...

The WARC files (local paths, file://, s3://, https:// or anything else fsspec opens), or the
files a Common Crawl `warc.paths.gz` listing names under a URL prefix, are spread over the
executors one file per task. Each task reads its file with `dechrome.extract_warc`, the
Rust WARC reader and extractor (the GIL released, `--threads` extraction threads per file),
and every HTML `response` record becomes one row with the field names of the one JSON
shape (`schema/article.schema.json`): path, warc_record_id, target_uri, title, text,
markdown (with --markdown), metadata (a struct), encoding, comments, or the error. Rows are
written as Parquet (the default) or JSON Lines; the end reports pages per second and errors.
"""

import argparse
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

# The metadata object's keys, in the order of the JSON shape.
METADATA_KEYS = [
    "title",
    "authors",
    "date",
    "site_name",
    "description",
    "language",
    "declared_language",
    "canonical_url",
    "page_type",
    "modified",
    "image",
    "tags",
    "categories",
]
LISTS = {"authors", "tags", "categories"}

METADATA = StructType(
    [
        StructField(key, ArrayType(StringType()) if key in LISTS else StringType(), True)
        for key in METADATA_KEYS
    ]
)

SCHEMA = StructType(
    [
        StructField("path", StringType(), False),
        StructField("warc_record_id", StringType(), True),
        StructField("target_uri", StringType(), True),
        StructField("title", StringType(), True),
        StructField("text", StringType(), True),
        StructField("markdown", StringType(), True),
        StructField("metadata", METADATA, True),
        StructField("encoding", StringType(), True),
        StructField("comments", StringType(), True),
        StructField("offset", LongType(), True),
        StructField("error", StringType(), True),
    ]
)


def local_path(path):
    """The file system path of a local file (a plain path or a file:// URL), else None."""
    if path.startswith("file://"):
        return path[len("file://") :]
    if "://" in path:
        return None
    return path


def row(path, result):
    """One Spark row from one `extract_warc` result."""
    metadata = result.get("metadata")
    return (
        path,
        result.get("warc_record_id"),
        result.get("target_uri"),
        result.get("title"),
        result.get("text"),
        result.get("markdown"),
        tuple(metadata[key] for key in METADATA_KEYS) if metadata else None,
        result.get("encoding"),
        result.get("comments"),
        result.get("offset"),
        result.get("error"),
    )


def extract_files(paths, markdown=False, threads=1, storage_options=None):
    """Rows for the HTML responses of some WARC files (runs on an executor). A file that
    cannot be opened is one error row; a broken record is one error row and the file goes
    on."""
    import dechrome

    format = "markdown" if markdown else "text"
    for path in paths:
        try:
            local = local_path(path)
            if local is not None:
                for result in dechrome.extract_warc(local, format=format, jobs=threads):
                    yield row(path, result)
                continue
            import fsspec

            with fsspec.open(path, "rb", **(storage_options or {})) as stream:
                for result in dechrome.extract_warc(stream, format=format, jobs=threads):
                    yield row(path, result)
        except Exception as err:  # noqa: BLE001 - one unreadable file is one error row
            yield (path,) + (None,) * (len(SCHEMA.fields) - 2) + (f"{type(err).__name__}: {err}",)


def read_listing(listing, prefix, storage_options=None):
    """The WARC URLs a Common Crawl listing (`warc.paths.gz`, one relative path a line,
    gzipped or not, local or remote) names under `prefix`."""
    import fsspec

    with fsspec.open(listing, "rt", compression="infer", **(storage_options or {})) as lines:
        return [prefix + line.strip() for line in lines if line.strip()]


def run(spark, paths, output, fmt="parquet", markdown=False, threads=1, storage_options=None):
    """Extracts every page of `paths` into `output`; returns (pages, errors, seconds). One
    pass: the rows are written as they are made, and counted on the way by accumulators (a
    task Spark retries counts its rows again)."""
    started = time.perf_counter()
    context = spark.sparkContext
    # Executors import this module to run `extract_files`: ship it with the job.
    context.addPyFile(__file__)
    options = dict(storage_options or {})
    pages, errors = context.accumulator(0), context.accumulator(0)

    def counted(part):
        for result in extract_files(part, markdown, threads, options):
            pages.add(1)
            if result[-1] is not None:
                errors.add(1)
            yield result

    rdd = context.parallelize(paths, max(1, len(paths))).mapPartitions(counted)
    writer = spark.createDataFrame(rdd, SCHEMA).write.mode("overwrite")
    if fmt == "json":
        writer.json(output)
    else:
        writer.parquet(output)
    return pages.value, errors.value, time.perf_counter() - started


def parse_storage_options(pairs):
    """`KEY=VALUE` pairs for fsspec (`endpoint_url=http://...`, `anon=true`)."""
    options = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        lowered = value.lower()
        options[key] = True if lowered == "true" else False if lowered == "false" else value
    if "endpoint_url" in options:
        options.setdefault("client_kwargs", {})["endpoint_url"] = options.pop("endpoint_url")
    return options


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warc", nargs="*", help="WARC files or URLs (.warc, .warc.gz)")
    parser.add_argument("--listing", help="a warc.paths(.gz) listing of WARC paths")
    parser.add_argument(
        "--prefix",
        default="https://data.commoncrawl.org/",
        help="URL prefix of the listing's paths (default: Common Crawl's HTTPS endpoint)",
    )
    parser.add_argument("--limit", type=int, help="only the first N files of the listing")
    parser.add_argument("--output", required=True, help="output directory (local or fsspec URL)")
    parser.add_argument("--format", choices=["parquet", "json"], default="parquet")
    parser.add_argument("--markdown", action="store_true", help="add a markdown column")
    parser.add_argument("--threads", type=int, default=1, help="extraction threads per file")
    parser.add_argument(
        "--storage-option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="fsspec option for remote files, e.g. endpoint_url=http://127.0.0.1:9000",
    )
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2]")
    args = parser.parse_args(argv)
    storage_options = parse_storage_options(args.storage_option)
    paths = list(args.warc)
    if args.listing:
        paths += read_listing(args.listing, args.prefix, storage_options)[: args.limit]
    if not paths:
        parser.error("no WARC files: give paths, or --listing")
    builder = SparkSession.builder.appName("dechrome-warc")
    if args.master:
        builder = builder.master(args.master)
    if (args.master or "").startswith("local"):
        # Local workers run this Python, where dechrome is installed, not the first
        # python3 on the PATH; on a cluster the executors' own Python is used.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    try:
        pages, errors, seconds = run(
            spark, paths, args.output, args.format, args.markdown, args.threads, storage_options
        )
    finally:
        spark.stop()
    rate = pages / max(seconds, 1e-9)
    print(
        f"{len(paths)} WARC files, {pages} pages ({errors} errors) in {seconds:.1f} s: "
        f"{rate:.1f} pages/s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
