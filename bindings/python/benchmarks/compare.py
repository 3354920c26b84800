"""dechrome beside the Python extractors people pick, on one directory of pages, one core.

    python bindings/python/benchmarks/compare.py ../shared/datasets/scrapinghub/html

Times `dechrome.extract` and whichever of resiliparse, trafilatura, readability-lxml and
jusText are installed, each on every page of the directory (`*.html`, `*.html.gz`, read into
memory first). Each extractor runs in a child process of its own, so that its peak memory
is its own; the passes alternate between extractors (A B C A B C ...), each child warms up
on the pages once before its timed pass, and the median of `--runs` passes is reported:
pages per second, MB per second, the ratio to dechrome's time, and what extracting added to
the child's peak resident memory (above the pages held in memory and the imports).

`--threads N` adds a row for dechrome on a pool of N threads (`concurrent.futures`, each
call releases the GIL), with its speed-up over one thread: on N free cores it should come
near N.
"""

import argparse
import concurrent.futures
import gzip
import json
import pathlib
import resource
import statistics
import subprocess
import sys
import time


def load(directory):
    pages = []
    for path in sorted(pathlib.Path(directory).iterdir()):
        name = path.name.lower()
        if name.endswith(".html.gz"):
            pages.append(gzip.decompress(path.read_bytes()))
        elif name.endswith((".html", ".htm")):
            pages.append(path.read_bytes())
    return pages


def extractors():
    """Name -> (import check, function of a page's bytes), for what is installed."""

    def dechrome_fn():
        import dechrome

        return lambda b: dechrome.extract(b).text

    def resiliparse_fn():
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        return lambda b: extract_plain_text(HTMLTree.parse_from_bytes(b), main_content=True)

    def trafilatura_fn():
        import trafilatura

        return lambda b: trafilatura.extract(b)

    def readability_fn():
        from readability import Document

        return lambda b: Document(b).summary()

    def justext_fn():
        import justext

        stop = justext.get_stoplist("English")
        return lambda b: [p.text for p in justext.justext(b, stop) if not p.is_boilerplate]

    return {
        "dechrome": dechrome_fn,
        "resiliparse": resiliparse_fn,
        "trafilatura": trafilatura_fn,
        "readability-lxml": readability_fn,
        "justext": justext_fn,
    }


def pool_name(threads):
    return f"dechrome {threads} threads"


def child(name, directory, threads):
    """One warm-up and one timed pass of one extractor; prints seconds and peak RSS."""
    pages = load(directory)
    pooled = name == pool_name(threads)
    extract = extractors()["dechrome" if pooled else name]()

    def safe(page):
        try:
            extract(page)
        except Exception:  # noqa: BLE001 - a peer failing on a page is its business
            pass

    def one_pass():
        if pooled:
            with concurrent.futures.ThreadPoolExecutor(threads) as pool:
                for _ in pool.map(safe, pages):
                    pass
        else:
            for page in pages:
                safe(page)

    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    one_pass()
    started = time.perf_counter()
    one_pass()
    seconds = time.perf_counter() - started
    # What extracting added to the peak, above the pages held in memory and the imports.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - loaded
    print(json.dumps({"seconds": seconds, "peak": peak}))


def installed(name):
    try:
        extractors()[name]()
        return True
    except ImportError:
        return False


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", help="a directory of .html / .html.gz pages")
    parser.add_argument("--runs", type=int, default=3, help="alternating passes (median)")
    parser.add_argument("--only", help="comma-separated extractor names")
    parser.add_argument(
        "--threads", type=int, default=1, help="add dechrome on a pool of this many threads"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.directory, args.threads)
        return
    names = [n for n in extractors() if installed(n)]
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    if args.threads > 1 and "dechrome" in names:
        names.append(pool_name(args.threads))
    pages = load(args.directory)
    megabytes = sum(len(p) for p in pages) / 1e6
    times = {n: [] for n in names}
    peaks = {n: [] for n in names}
    for _ in range(args.runs):
        for name in names:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    name,
                    "--threads",
                    str(args.threads),
                    args.directory,
                ],
                stdout=subprocess.PIPE,
                check=True,
            )
            result = json.loads(out.stdout.decode().strip().splitlines()[-1])
            times[name].append(result["seconds"])
            peaks[name].append(result["peak"])
    base = statistics.median(times["dechrome"]) if "dechrome" in times else None
    print(
        f"{len(pages)} pages, {megabytes:.1f} MB, one thread each but the pool, median of "
        f"{args.runs} alternating passes after a warm-up"
    )
    print(f"{'extractor':<20} {'pages/s':>9} {'MB/s':>7} {'time/dechrome':>14} {'+peak MB':>8}")
    for name in names:
        seconds = statistics.median(times[name])
        ratio = f"{seconds / base:.2f}" if base else "-"
        peak = max(peaks[name]) / 2**20
        print(
            f"{name:<20} {len(pages) / seconds:>9.1f} {megabytes / seconds:>7.1f} "
            f"{ratio:>14} {peak:>8.0f}"
        )


if __name__ == "__main__":
    main()
