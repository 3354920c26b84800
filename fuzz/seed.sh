#!/usr/bin/env bash
# Seeds both fuzz targets' corpora from the project's own corpus pages.
set -euo pipefail
cd "$(dirname "$0")"
for target in extract dom_differential; do
  mkdir -p "corpus/$target"
  for page in ../corpus/*/source.html; do
    cp "$page" "corpus/$target/$(basename "$(dirname "$page")").html"
  done
done
