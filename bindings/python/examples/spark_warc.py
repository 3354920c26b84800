"""Extract the main content of every HTML page in a set of WARC files with PySpark.

    spark-submit spark_warc.py --output pages.parquet crawl-*.warc.gz
    python spark_warc.py --master 'local[2]' --format json --output pages/ a.warc.gz b.warc.gz

The shape of the public cc-pyspark examples: the WARC paths are distributed over the
executors, each executor streams its files record by record with warcio, and every HTML
`response` record becomes one row with the field names of the one JSON shape
(`schema/article.schema.json`): path, warc_record_id, target_uri, title, text, markdown,
metadata (a struct), encoding, comments, or the error. Rows are written as Parquet or JSON
Lines.
"""

import argparse
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql.types import ArrayType, StringType, StructField, StructType

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
        StructField("error", StringType(), True),
    ]
)


def extract_warc(path):
    """Rows for the HTML responses of one WARC file (runs on an executor)."""
    import dechrome
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            body = record.content_stream().read()
            try:
                article = dechrome.extract(body, url=uri, content_type=content_type)
            except dechrome.InvalidUrlError:
                article = dechrome.extract(body, content_type=content_type)
            except dechrome.ExtractError as err:
                yield (path, record_id, uri, None, None, None, None, None, None, str(err))
                continue
            meta = article.metadata
            yield (
                path,
                record_id,
                uri,
                article.title,
                article.text,
                article.markdown,
                tuple(meta[key] for key in METADATA_KEYS),
                article.encoding,
                article.comments,
                None,
            )


def run(spark, paths, output, fmt="parquet"):
    """Extracts every page of `paths` into `output`; returns (pages, seconds)."""
    started = time.perf_counter()
    # Executors import this module to run `extract_warc`: ship it with the job.
    spark.sparkContext.addPyFile(__file__)
    rdd = spark.sparkContext.parallelize(paths, max(1, len(paths))).flatMap(extract_warc)
    frame = spark.createDataFrame(rdd, SCHEMA).cache()
    pages = frame.count()
    writer = frame.write.mode("overwrite")
    if fmt == "json":
        writer.json(output)
    else:
        writer.parquet(output)
    return pages, time.perf_counter() - started


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warc", nargs="+", help="WARC files (.warc or .warc.gz)")
    parser.add_argument("--output", required=True, help="output directory")
    parser.add_argument("--format", choices=["parquet", "json"], default="parquet")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2]")
    args = parser.parse_args(argv)
    builder = SparkSession.builder.appName("dechrome-warc")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        pages, seconds = run(spark, args.warc, args.output, args.format)
    finally:
        spark.stop()
    print(f"{pages} pages in {seconds:.1f} s ({pages / max(seconds, 1e-9):.1f} pages/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
