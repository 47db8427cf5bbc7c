#!/usr/bin/env bash
# Benchmarks `padlint lint` on a generated corpus of pads against a plain
# text search for a rare hashtag (ripgrep, or grep when rg is absent), and
# prints a Markdown table for BENCHMARKS.md.
#
# Usage: bench/lint.sh            (from anywhere in the repository)
# Environment:
#   N=20000     number of pads in the corpus
#   RUNS=7      measured runs of each command (after one warmup run)
#   SEED=1      corpus seed
#   PADLINT=    use this padlint binary instead of building ./cmd/padlint
#
# Everything goes under .cache/bench at the root of the repository; the
# corpus is generated again only when N, SEED or the generator change.
# padlint exits 1 when some pad fails: that is expected here.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

N=${N:-20000}
RUNS=${RUNS:-7}
SEED=${SEED:-1}
# shellcheck source=bench/corpus.sh
source bench/corpus.sh

build_tools
go build -o "$cache/bin/floor" ./bench/floor
make_corpus

# Ignore files would hide the corpus from rg: it lies in the repository.
if command -v rg >/dev/null; then
  search=(rg --no-ignore -l '#raretag' "$corpus")
  searcher="rg"
else
  search=(grep -rl '#raretag' "$corpus")
  searcher="grep"
fi
found=$("${search[@]}" | wc -l)
echo "Text search: $searcher ($found pads hold #raretag, the generator put it in 5)."
echo

# floor reads the pads as padlint does (and parses the HTML ones), with
# padlint's memory settings: what no linter of these pads can skip.
floor=(env GOGC=off GOMEMLIMIT=64MiB "$cache/bin/floor")
"$cache/bin/cmp" -runs "$RUNS" -warmup 1 \
  -label "$searcher" -- "${search[@]}" ::: \
  -label "read only" -- "${floor[@]}" "$corpus" ::: \
  -label "read, HTML parsed" -- "${floor[@]}" -html "$corpus" ::: \
  -label padlint -- "$BIN" lint "$corpus" --format json
