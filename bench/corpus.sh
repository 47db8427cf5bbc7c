# shellcheck shell=bash
# The corpus the whole-process benchmarks share, sourced by bench/lint.sh
# and bench/index.sh once they have set root (the repository), N and SEED.
#
# Everything goes under .cache/bench at the root of the repository: the
# pads in corpus/, the generator's truth file beside it. make_corpus
# generates them with $cache/bin/corpus, built by build_tools, again only
# when N, SEED or the generator change.

cache="${root:?}/.cache/bench"
corpus="$cache/corpus"
truth="$cache/truth.json"
stamp="$cache/corpus.stamp"

# build_tools builds cmp, the generator and padlint (or takes $PADLINT),
# and sets BIN to padlint.
build_tools() {
  echo "bench: building" >&2
  mkdir -p "$cache/bin"
  go build -o "$cache/bin/cmp" ./bench/cmp
  go build -o "$cache/bin/corpus" ./bench/corpus
  if [[ -n ${PADLINT:-} ]]; then
    BIN=$PADLINT
  else
    BIN="$cache/bin/padlint"
    # Static, as make build makes it: no dynamic loader at each start.
    CGO_ENABLED=0 go build -o "$BIN" ./cmd/padlint
  fi
}

make_corpus() {
  # The stamp names what the corpus was made from, generator sources included.
  local want
  want="n=$N seed=$SEED generator=$(cat "$root"/bench/corpus/*.go | sha256sum | cut -c1-16)"
  if [[ ! -f $stamp || $(<"$stamp") != "$want" ]]; then
    rm -rf "$corpus" "$stamp"
    "$cache/bin/corpus" -n "$N" -seed "$SEED" -out "$corpus" -truth "$truth"
    echo "$want" >"$stamp"
  else
    echo "bench: reusing $corpus ($want)" >&2
  fi
}
