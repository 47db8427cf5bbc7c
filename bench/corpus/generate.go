package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// padsPerDir is how many pads go in each subdirectory.
const padsPerDir = 200

// generator writes the pads of a corpus; pad i depends only on the seed
// and i, so the corpus is the same whatever the number of workers.
type generator struct {
	seed  uint64
	out   string
	names []string
	langs []*language
	paths []string
	rare  map[int]placement
	vocab []string
	pads  []padTruth
}

// newGenerator draws the names of n pads and where the rare tag goes.
func newGenerator(n int, seed uint64, out string) *generator {
	g := &generator{seed: seed, out: out, vocab: buildVocabulary()}
	g.names, g.langs = padNames(n, seed)
	g.paths = make([]string, n)
	g.rare = rarePlacements(n, seed)
	g.pads = make([]padTruth, n)
	return g
}

// padNames draws the language of each pad and a unique name in that
// language, such as atelier-monnaie-locale-4f.
func padNames(n int, seed uint64) ([]string, []*language) {
	rng := rand.New(rand.NewPCG(seed, 1<<62))
	names, langs := make([]string, n), make([]*language, n)
	for i := range names {
		langs[i] = pickOne(rng, languages)
		words := pickOne(rng, langs[i].namePrefix) + " " + pickOne(rng, langs[i].topics)
		names[i] = slug(words) + "-" + strconv.FormatInt(int64(i), 36)
	}
	return names, langs
}

// slug writes s in lower case, without accents, words joined by hyphens.
func slug(s string) string {
	fields := strings.FieldsFunc(strings.ToLower(stripAccents(s)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	return strings.Join(fields, "-")
}

// rarePlacements picks the pads holding the rare tag, alternately in the
// header and in the body.
func rarePlacements(n int, seed uint64) map[int]placement {
	rng := rand.New(rand.NewPCG(seed, 1<<63))
	rare := map[int]placement{}
	for k, i := range rng.Perm(n)[:min(n, rarePads)] {
		rare[i] = rareHeader + placement(k%2)
	}
	return rare
}

// run writes every pad with one worker per available CPU.
func (g *generator) run() error {
	var next atomic.Int64
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	for w := range workers {
		wg.Go(func() { errs[w] = g.work(&next) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// work writes pads until none is left, reusing one buffer.
func (g *generator) work(next *atomic.Int64) error {
	var buf bytes.Buffer
	for {
		i := int(next.Add(1) - 1)
		if i >= len(g.pads) {
			return nil
		}
		if err := g.writePad(i, &buf); err != nil {
			return err
		}
	}
}

// writePad generates pad i and writes it to its file.
func (g *generator) writePad(i int, buf *bytes.Buffer) error {
	rng := rand.New(rand.NewPCG(g.seed, uint64(i)))
	w := newPadWriter(rng, g.langs[i], g.rare[i], g.vocab, g.names)
	w.write()
	buf.Reset()
	render(buf, w, g.names[i])
	g.paths[i] = fmt.Sprintf("%03d/%s.%s", i/padsPerDir, g.names[i], w.plan.format)
	w.truth.Bytes = buf.Len()
	g.pads[i] = w.truth
	return os.WriteFile(filepath.Join(g.out, filepath.FromSlash(g.paths[i])), buf.Bytes(), 0o644)
}

// render writes the pad in its format.
func render(buf *bytes.Buffer, w *padWriter, name string) {
	if w.plan.format != "html" {
		writeText(buf, w.lines)
		return
	}
	writeHTML(buf, name, w.lines, pickOne(w.rng, []string{"strong", "strong", "strong", "b"}))
}

// makeDirs creates the subdirectories of the corpus.
func (g *generator) makeDirs() error {
	for d := 0; d*padsPerDir < len(g.pads); d++ {
		if err := os.MkdirAll(filepath.Join(g.out, fmt.Sprintf("%03d", d)), 0o755); err != nil {
			return err
		}
	}
	return nil
}
