#!/usr/bin/env bash
# Benchmarks padlint summary: the page of a workshop of 1,000 pads, whole
# process, in HTML and in Markdown, with the pads already in the index
# (they are stat-ed, found unchanged, read from the index and written out).
# The output column of the table is the size of the page. Prints Markdown
# for BENCHMARKS.md; progress goes to standard error.
#
# Usage: bench/summary.sh        (from anywhere in the repository)
# Environment:
#   N=1000      number of pads of the workshop
#   RUNS=7      measured runs of each command (after one warmup run)
#   PADLINT=    use this padlint binary instead of building ./cmd/padlint
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

N=${N:-1000}
RUNS=${RUNS:-7}
SEED=1
# shellcheck source=bench/corpus.sh
source bench/corpus.sh
# A corpus of its own, beside the large one, made again as make_corpus
# makes that one: when N or the generator change.
dir="$cache/summary-n$N"
corpus="$dir/pads" truth="$dir/truth.json" stamp="$dir/corpus.stamp"
pads=$corpus
db="$dir/index.db"

build_tools
mkdir -p "$dir"
make_corpus
echo "bench: indexing $pads into $db" >&2
"$BIN" index --index "$db" "$pads"

echo "The summary page of $N pads, in the index already (the output is the page)."
echo
"$cache/bin/cmp" -runs "$RUNS" -warmup 1 \
  -label "summary, html" -- "$BIN" summary --index "$db" "$pads" ::: \
  -label "summary, md" -- "$BIN" summary --index "$db" "$pads" --format md
