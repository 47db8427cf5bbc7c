#!/usr/bin/env bash
# Benchmarks padlint's index on the corpus of bench/lint.sh: building it
# from scratch, updating it when nothing changed, then searching it for a
# rare hashtag (against a plain text search: ripgrep, or grep when rg is
# absent), a word of the notes and a title. Prints Markdown tables for
# BENCHMARKS.md; progress goes to standard error.
#
# Usage: bench/index.sh           (from anywhere in the repository)
# Environment:
#   N=20000     number of pads in the corpus (N=100000 for the larger one)
#   RUNS=7      measured runs of each command (after one warmup run)
#   SEED=1      corpus seed
#   PADLINT=    use this padlint binary instead of building ./cmd/padlint
#
# The corpus is bench/lint.sh's, under .cache/bench, generated again only
# when N, SEED or the generator change; the index lies beside it, one file
# for each N and SEED. Before anything is measured, searching #raretag must
# find exactly the pads of the generator's truth file (checked with jq).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

N=${N:-20000}
RUNS=${RUNS:-7}
SEED=${SEED:-1}
# shellcheck source=bench/corpus.sh
source bench/corpus.sh
db="$cache/index-n$N-seed$SEED.db"

# A word of the French notes, without accents so that rg -i finds it as
# the index does: the topic "cartographie des acteurs" (in titles and pad
# names), the tags #cartographie and #Cartographie; about 12% of the pads.
word=cartographie
# A word of the French titles, "Café réparation" and the like, typed
# without its accent as people do: about 2% of the pads.
title=reparation

if ! command -v jq >/dev/null; then
  echo "bench: jq is needed to check the index against the truth file: install it (apt-get install jq)" >&2
  exit 2
fi

build_tools
make_corpus

# Ignore files would hide the corpus from rg: it lies in the repository.
if command -v rg >/dev/null; then
  list=(rg --no-ignore -l)
  searcher="rg"
else
  list=(grep -rl)
  searcher="grep"
fi

# check_rare fails unless searching #raretag finds exactly the pads the
# truth file names (relative to the corpus; the index names them whole).
check_rare() {
  local json got want
  json=$("$BIN" search --index "$db" '#raretag' --format json --limit 0)
  got=$(jq -r '.results[].source' <<<"$json" | sort)
  want=$(jq -r --arg dir "$corpus/" '.rare_pads[] | $dir + .' "$truth" | sort)
  if [[ $got != "$want" || $(jq .total <<<"$json") != "$(jq '.rare_pads | length' "$truth")" ]]; then
    echo "bench: padlint search '#raretag' does not find the pads of $truth (total $(jq .total <<<"$json")):" >&2
    comm -23 <(echo "$want") <(echo "$got") | sed 's/^/  missing: /' >&2
    comm -13 <(echo "$want") <(echo "$got") | sed 's/^/  extra: /' >&2
    exit 1
  fi
}

# total prints how many pads a search finds.
total() { "$BIN" search --index "$db" "$1" --format json --limit 1 | jq .total; }

echo "bench: indexing $corpus into $db, to check it before measuring" >&2
rm -f "$db" "$db-wal" "$db-shm"
"$BIN" index --index "$db" "$corpus"
check_rare
# A corpus just generated and an index just built are still being written
# to the disk: let that happen before the measures, not during them.
sync

pads=$(jq .pads "$truth")
rare=$(jq '.rare_pads | length' "$truth")
by_word=$(total "$word")
by_title=$(total "title:$title")
echo "Corpus: $pads pads, $(jq '.bytes / 1e6 * 10 | round / 10' "$truth") MB; index: $(($(wc -c <"$db") / 1000000)) MB ($db)."
echo "#raretag: padlint search finds exactly the $rare pads of the truth file; $searcher finds $("${list[@]}" '#raretag' "$corpus" | wc -l)."
echo "$word: in $by_word pads ($((100 * by_word / pads))%) for the index;" \
  "$searcher -i -w lists $("${list[@]}" -i -w "$word" "$corpus" | wc -l) files (it also reads the pad names in the titles of HTML exports)."
echo "title:$title: $by_title pads."
echo

echo "Building the index: from scratch (the index file removed first, in the timing), then again with nothing changed; padlint lint of the same pads for comparison."
echo
# shellcheck disable=SC2016 # sh -c expands them, from its arguments
"$cache/bin/cmp" -runs "$RUNS" -warmup 1 \
  -label "index, from scratch" -- sh -c 'rm -f "$1" "$1-wal" "$1-shm"; exec "$2" index --index "$1" "$3"' sh "$db" "$BIN" "$corpus" ::: \
  -label "index, nothing changed" -- "$BIN" index --index "$db" "$corpus" ::: \
  -label "padlint lint" -- "$BIN" lint "$corpus" --format json
echo

echo "Searching the index, against a text search of the pads for the rare tag (padlint shows the first 20 pads found)."
echo
"$cache/bin/cmp" -runs "$RUNS" -warmup 1 \
  -label "$searcher" -- "${list[@]}" '#raretag' "$corpus" ::: \
  -label "search #raretag" -- "$BIN" search --index "$db" '#raretag' ::: \
  -label "search $word" -- "$BIN" search --index "$db" "$word" ::: \
  -label "search title:$title" -- "$BIN" search --index "$db" "title:$title"
