package lint

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/padlint/padlint/rules"
)

func options() Options { return Options{Config: rules.Default(), FailOn: rules.Error} }

// TestRunOrder checks that reports come in the order the pads were named,
// however the workers finish, with unreadable pads in their place.
func TestRunOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for _, name := range []string{"a.txt", "b.md", "c.html", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt", "i.txt", "j.txt"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("Title: "+name), 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, path)
	}
	sources := append(want, filepath.Join(dir, "missing.txt"))
	var got []string
	for r := range Run(context.Background(), sources, options()) {
		got = append(got, r.Source)
		if r.Source == sources[len(sources)-1] && !errors.Is(r.Err, fs.ErrNotExist) {
			t.Errorf("missing pad: error %v, want not exist", r.Err)
		}
	}
	if len(got) != len(sources) {
		t.Fatalf("got %d reports, want %d", len(got), len(sources))
	}
	for i := range sources {
		if got[i] != sources[i] {
			t.Errorf("report %d is %s, want %s", i, got[i], sources[i])
		}
	}
}

// BenchmarkRun lints the example pads from disk: read, parse, check.
func BenchmarkRun(b *testing.B) {
	opt := options()
	b.ReportAllocs()
	for b.Loop() {
		for r := range Run(context.Background(), []string{"../testdata/pads"}, opt) {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
	}
}

// TestRunTellsFound checks that every pad linted was first told as found.
func TestRunTellsFound(t *testing.T) {
	opt := options()
	found := 0
	opt.Found = func(n int) { found += n }
	reports := 0
	for range Run(context.Background(), []string{"../testdata/pads", "missing.txt"}, opt) {
		reports++
	}
	if found != reports || reports < 30 {
		t.Errorf("told of %d pads found, got %d reports", found, reports)
	}
}
