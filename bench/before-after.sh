#!/usr/bin/env bash
# Compares two padlint binaries (OLD, NEW) on the 20,000-pad corpus, interleaved: lint,
# an index built from scratch, an update with nothing changed, a search.
# Usage: OLD=/path/padlint-old NEW=/path/padlint-new bash bench/before-after.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd); cd "$root"; N=${N:-20000}; SEED=${SEED:-1}
OLD=${OLD:?the padlint binary before}; NEW=${NEW:?the padlint binary after}
db=$(mktemp -d)
source bench/corpus.sh
build_tools >/dev/null 2>&1; make_corpus >/dev/null 2>&1
"$cache/bin/cmp" -runs 7 -label before -- $OLD lint "$corpus" --format json ::: -label after -- $NEW lint "$corpus" --format json
"$cache/bin/cmp" -runs 5 -label "index before" -- bash -c "rm -f $db/o.db*; $OLD index --index $db/o.db $corpus" ::: -label "index after" -- bash -c "rm -f $db/n.db*; $NEW index --index $db/n.db $corpus"
$NEW index --index $db/n.db "$corpus" >/dev/null 2>&1; $OLD index --index $db/o.db "$corpus" >/dev/null 2>&1
"$cache/bin/cmp" -runs 7 -label "unchanged before" -- $OLD index --index $db/o.db "$corpus" ::: -label "unchanged after" -- $NEW index --index $db/n.db "$corpus"
"$cache/bin/cmp" -runs 15 -label "raretag before" -- $OLD search --index $db/o.db '#raretag' ::: -label "raretag after" -- $NEW search --index $db/n.db '#raretag'
