// Command corpus writes a deterministic corpus of collaborative-notes pads
// for benchmarks and accuracy checks of padlint.
//
// Usage:
//
//	go run ./bench/corpus -n 20000 -seed 1 -out DIR -truth FILE
//
// The pads are plain text (about 80%), markdown (10%, some with YAML front
// matter or HedgeDoc tags) and Etherpad HTML exports (10%), half in French,
// half in English, 1 to 20 KB each, about 200 to a subdirectory. Their
// headers follow the pad convention in the many shapes real pads take,
// with welcome text, misspelt labels, missing fields and next steps at the
// end in some of them. Exactly five pads (all of them when -n is below 5)
// hold the tag #raretag.
//
// DIR must be empty or absent. FILE, outside DIR, receives the truth as
// JSON: totals, and for every pad (by path relative to DIR) its title,
// language, format, size, header and body hashtags as written, missing
// fields, misspelt labels, links and other features. A one-line summary
// goes to standard error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// options are the command-line flags.
type options struct {
	n     int
	seed  uint64
	out   string
	truth string
}

func main() {
	opts, err := parseFlags()
	if err == nil {
		err = run(opts)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
}

// parseFlags reads and checks the command-line flags.
func parseFlags() (options, error) {
	var o options
	flag.IntVar(&o.n, "n", 20000, "number of pads")
	flag.Uint64Var(&o.seed, "seed", 1, "random seed")
	flag.StringVar(&o.out, "out", "", "directory to write the pads to (empty or absent)")
	flag.StringVar(&o.truth, "truth", "", "JSON file to write the truth to, outside -out")
	flag.Parse()
	return o, o.check()
}

// check rejects missing or conflicting options.
func (o options) check() error {
	switch {
	case o.n < 1:
		return errors.New("-n must be at least 1")
	case o.out == "" || o.truth == "":
		return errors.New("-out and -truth are required")
	case inside(absolute(o.truth), absolute(o.out)):
		return errors.New("-truth must be outside -out")
	}
	return checkEmpty(o.out)
}

// absolute returns path made absolute, or path itself if that fails.
func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// checkEmpty fails when dir exists and holds anything.
func checkEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	return err
}

// run generates the corpus, writes the truth and prints the summary.
func run(o options) error {
	start := time.Now()
	g := newGenerator(o.n, o.seed, o.out)
	if err := g.makeDirs(); err != nil {
		return err
	}
	if err := g.run(); err != nil {
		return err
	}
	truth := newCorpusTruth(o.seed, g.paths, g.pads)
	if err := writeTruth(o.truth, truth); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "corpus: %d pads, %d bytes (%.1f MB) in %s, %.2f s\n",
		truth.Pads, truth.Bytes, float64(truth.Bytes)/1e6, o.out, time.Since(start).Seconds())
	return nil
}
