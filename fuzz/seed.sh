#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's own corpus pages: the HTML targets get the
# pages as they are, the warc target gets them packed into small WARC files (plain, gzip
# per record, and with chunked / gzip-encoded HTTP bodies).
set -euo pipefail
cd "$(dirname "$0")"
for target in extract dom_differential markdown_safety; do
  mkdir -p "corpus/$target"
  for page in ../corpus/*/source.html; do
    cp "$page" "corpus/$target/$(basename "$(dirname "$page")").html"
  done
done
mkdir -p corpus/warc
python3 - ../corpus/*/source.html <<'PY'
import gzip, sys, zlib

def record(n, body, http_headers=b""):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + http_headers + b"\r\n" + body
    head = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%d>\r\n"
            b"WARC-Target-URI: https://seed.example/%d\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n") % (n, n, len(http))
    return head + http + b"\r\n\r\n"

def chunked(body):
    return b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n"

for n, path in enumerate(sys.argv[1:]):
    body = open(path, "rb").read()[:16384]
    plain = record(n, body)
    open(f"corpus/warc/{n}-plain.warc", "wb").write(plain)
    open(f"corpus/warc/{n}-gzip.warc", "wb").write(gzip.compress(plain) + gzip.compress(record(n + 1000, b"<p>two</p>")))
    deflated = zlib.compress(body)
    encoded = record(n, chunked(deflated), b"Content-Encoding: deflate\r\nTransfer-Encoding: chunked\r\n")
    open(f"corpus/warc/{n}-encoded.warc", "wb").write(encoded)
PY
