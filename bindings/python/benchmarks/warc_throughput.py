"""WARC throughput: the example binary, `dechrome.extract_warc` and the Spark job, on the same
WARC files and cores, in one run.

    cargo build --release --example dechrome
    python bindings/python/benchmarks/warc_throughput.py ../shared/datasets/*/html

Packs the `*.html`/`*.html.gz` pages of the given directories into Common Crawl-style WARC
files (one gzip member per record, `--files` of them), then times, best of `--runs`:

- the binary, `--warc --format json --jobs 1` and `--jobs 2`, output thrown away;
- `dechrome.extract_warc` over every file on one thread, in this process;
- the Spark job (`examples/spark_warc.py`) in `local[2]`, JSON Lines output, when pyspark is
  installed (the session's start-up is not counted, the job's tasks and writing are).

and prints pages per second for each and the ratios the project holds itself to: Spark
local[2] against the binary's `--jobs 2` (target 0.8 or more) and `extract_warc` on one
thread against the binary's `--jobs 1` (target 0.95 or more).
"""

import argparse
import gzip
import io
import os
import pathlib
import subprocess
import sys
import tempfile
import time

import dechrome

ROOT = pathlib.Path(__file__).resolve().parents[3]


def pages_in(dirs):
    """(name, bytes) of every page under the directories, in a stable order."""
    found = []
    for d in dirs:
        for path in sorted(pathlib.Path(d).rglob("*")):
            name = path.name.lower()
            if name.endswith(".html.gz"):
                found.append((f"{path.parent.parent.name}/{path.name}", gzip.decompress(path.read_bytes())))
            elif name.endswith((".html", ".htm")):
                found.append((f"{path.parent.parent.name}/{path.name}", path.read_bytes()))
    return found


def warc_record(uri, body, n):
    """One WARC response record for an HTML page, as bytes (uncompressed)."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
    block = http + body
    header = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2024-08-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode("ascii")
    return header + block + b"\r\n\r\n"


def write_warcs(pages, out_dir, files):
    """The pages spread over `files` per-record-gzip WARC files; returns their paths."""
    paths = [out_dir / f"bench-{i:02d}.warc.gz" for i in range(files)]
    outs = [open(p, "wb") for p in paths]
    try:
        for n, (name, body) in enumerate(pages):
            uri = f"https://bench.example/{name.replace('.html.gz', '').replace('.html', '')}"
            outs[n % files].write(gzip.compress(warc_record(uri, body, n), compresslevel=6))
    finally:
        for out in outs:
            out.close()
    return [str(p) for p in paths]


def best(runs, work):
    """The fastest of `runs` calls of `work`, in seconds, and its result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), result


def binary_pages(binary, warcs, jobs):
    out = subprocess.run(
        [binary, "--warc", "--format", "json", "--jobs", str(jobs), *warcs],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return out.stdout.count(b"\n")


def extract_warc_pages(warcs):
    return sum(1 for w in warcs for _ in dechrome.extract_warc(w))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", help="directories of .html / .html.gz pages")
    parser.add_argument("--files", type=int, default=4, help="WARC files to pack (default 4)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each, best taken")
    parser.add_argument(
        "--binary", default=str(ROOT / "target/release/examples/dechrome"), help="the example binary"
    )
    args = parser.parse_args(argv)
    pages = pages_in(args.dirs)
    if len(pages) < 1500:
        print(f"note: {len(pages)} pages; the comparison is meant for 1,500 or more", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        warcs = write_warcs(pages, tmp, args.files)
        size = sum(os.path.getsize(w) for w in warcs) / 1e6
        print(f"{len(pages)} pages in {args.files} WARC files ({size:.1f} MB gzipped), best of {args.runs}")
        rows = {}
        for jobs in (1, 2):
            seconds, n = best(args.runs, lambda: binary_pages(args.binary, warcs, jobs))
            rows[f"binary --jobs {jobs}"] = (n, seconds)
        seconds, n = best(args.runs, lambda: extract_warc_pages(warcs))
        rows["extract_warc, 1 thread"] = (n, seconds)
        try:
            sys.path.insert(0, str(ROOT / "bindings/python/examples"))
            import spark_warc
            from pyspark.sql import SparkSession
        except ImportError as err:
            print(f"Spark skipped: {err}", file=sys.stderr)
        else:
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            spark = (
                SparkSession.builder.master("local[2]")
                .appName("dechrome-bench")
                .config("spark.ui.enabled", "false")
                .getOrCreate()
            )
            spark.sparkContext.setLogLevel("ERROR")
            try:
                out = str(tmp / "spark-out")
                seconds, (n, _, _) = best(args.runs, lambda: spark_warc.run(spark, warcs, out, "json"))
                rows["Spark local[2]"] = (n, seconds)
            finally:
                spark.stop()
        print(f"{'':<24} {'pages':>7} {'seconds':>8} {'pages/s':>9}")
        rate = {}
        for name, (n, seconds) in rows.items():
            rate[name] = n / seconds
            print(f"{name:<24} {n:>7} {seconds:>8.2f} {rate[name]:>9.1f}")
        ratio = rate["extract_warc, 1 thread"] / rate["binary --jobs 1"]
        print(f"extract_warc 1 thread / binary --jobs 1 = {ratio:.2f} (target 0.95 or more)")
        if "Spark local[2]" in rate:
            ratio = rate["Spark local[2]"] / rate["binary --jobs 2"]
            print(f"Spark local[2] / binary --jobs 2      = {ratio:.2f} (target 0.8 or more)")
        print(f"binary --jobs 2 / --jobs 1             = {rate['binary --jobs 2'] / rate['binary --jobs 1']:.2f}")


if __name__ == "__main__":
    main()
