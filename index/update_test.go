package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/rules"
)

// newIndex makes an empty index in a temporary folder.
func newIndex(t *testing.T) *Index {
	t.Helper()
	idx, err := Open(filepath.Join(t.TempDir(), "index.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	return idx
}

// update indexes the pads under dir, as padlint index does.
func update(t *testing.T, idx *Index, dir string) Counts {
	t.Helper()
	u, err := idx.Updater()
	if err != nil {
		t.Fatal(err)
	}
	opt := lint.Options{Config: rules.Default(), FailOn: rules.Error, Cache: u}
	counts, err := u.Update(context.Background(), dir, lint.Run(context.Background(), []string{dir}, opt))
	if err != nil {
		t.Fatal(err)
	}
	return counts
}

// copyPads copies the example pads into a temporary folder.
func copyPads(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../testdata/pads")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestUpdateIncremental(t *testing.T) {
	idx, dir := newIndex(t), copyPads(t)
	files, _ := os.ReadDir(dir)
	n := len(files)
	steps := []struct {
		name   string
		change func()
		want   Counts
	}{
		{"first", func() {}, Counts{New: n}},
		{"nothing changed", func() {}, Counts{Unchanged: n}},
		{"touched, same text", func() { touch(t, filepath.Join(dir, "fr-canonical.txt")) }, Counts{Unchanged: n}},
		{"one changed", func() { write(t, filepath.Join(dir, "fr-canonical.txt"), "Titre : autre\n") }, Counts{Changed: 1, Unchanged: n - 1}},
		{"one removed", func() { os.Remove(filepath.Join(dir, "en-crlf.txt")) }, Counts{Unchanged: n - 1, Gone: 1}},
		{"one back", func() { write(t, filepath.Join(dir, "en-crlf.txt"), "Title: back\n") }, Counts{Changed: 1, Unchanged: n - 1}},
		{"one changed, one removed", func() {
			write(t, filepath.Join(dir, "fr-canonical.txt"), "Titre : encore\n")
			os.Remove(filepath.Join(dir, "fr-nfd.txt"))
		}, Counts{Changed: 1, Unchanged: n - 2, Gone: 1}},
	}
	for _, s := range steps {
		s.change()
		if diff := cmp.Diff(update(t, idx, dir), s.want); diff != "" {
			t.Errorf("%s: counts (-got +want):\n%s", s.name, diff)
		}
	}
}

func touch(t *testing.T, path string) {
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, text string) {
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	touch(t, path)
}

// TestUpdateGoneAcrossOrigins checks that a pad that left a folder is
// marked gone even when the folder also leads to pads indexed from a
// folder inside it.
func TestUpdateGoneAcrossOrigins(t *testing.T) {
	idx, dir := newIndex(t), t.TempDir()
	for _, name := range []string{"a.txt", "d.txt", "sub/b.txt"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		write(t, filepath.Join(dir, name), "Title: "+name+"\n")
	}
	update(t, idx, filepath.Join(dir, "sub"))
	update(t, idx, dir)
	os.Remove(filepath.Join(dir, "a.txt"))
	if diff := cmp.Diff(update(t, idx, dir), Counts{Unchanged: 2, Gone: 1}); diff != "" {
		t.Errorf("counts (-got +want):\n%s", diff)
	}
}

// TestUpdateInterrupted checks that an update stopped half-way keeps the
// batches it wrote, leaves out the one it was gathering, marks nothing
// gone, and that the next update finishes the work.
func TestUpdateInterrupted(t *testing.T) {
	defer func(n int) { batchPads = n }(batchPads)
	batchPads = 10
	idx, dir := newIndex(t), copyPads(t)
	u, err := idx.Updater()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	opt := lint.Options{Config: rules.Default(), FailOn: rules.Error, Cache: u}
	seen := 0
	reports := func(yield func(lint.Report) bool) {
		for r := range lint.Run(ctx, []string{dir}, opt) {
			if seen++; seen == 25 {
				cancel() // as Ctrl-C does
			}
			if !yield(r) {
				return
			}
		}
	}
	if _, err := u.Update(ctx, dir, reports); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted update: %v, want context.Canceled", err)
	}
	files, _ := os.ReadDir(dir)
	if got := update(t, idx, dir); got.New != len(files)-20 || got.Unchanged != 20 || got.Gone != 0 {
		t.Errorf("after an update stopped at pad 25, in batches of 10: %+v, want the first 20 kept", got)
	}
}

// TestUpdateLimits checks that a pad with 100,000 hashtags and a 50 MB
// body is stored within limits, and that the update says so.
func TestUpdateLimits(t *testing.T) {
	idx, dir := newIndex(t), t.TempDir()
	var b strings.Builder
	b.WriteString("Title: huge\nHashtags:")
	for i := range 100_000 {
		fmt.Fprintf(&b, " #tag%d", i)
	}
	b.WriteString("\n\nfirstword\n")
	for b.Len() < 50<<20 {
		b.WriteString("Lorem ipsum dolor sit amet, notes of a very long workshop.\n")
	}
	b.WriteString("lastword\n")
	write(t, filepath.Join(dir, "huge.txt"), b.String())
	u, err := idx.Updater()
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	u.Warn = func(msg string) { warned = append(warned, msg) }
	opt := lint.Options{Config: rules.Default(), FailOn: rules.Error, Cache: u}
	if _, err := u.Update(context.Background(), dir, lint.Run(context.Background(), []string{dir}, opt)); err != nil {
		t.Fatal(err)
	}
	if len(warned) != 2 || !strings.Contains(warned[0], "100000 hashtags") || !strings.Contains(warned[1], "MB of text") {
		t.Errorf("warnings %q, want one for the hashtags and one for the text", warned)
	}
	p, err := idx.Show(context.Background(), filepath.Join(dir, "huge.txt"))
	if err != nil || len(p.Hashtags) != maxItems {
		t.Fatalf("show: %d hashtags, %v; want %d", len(p.Hashtags), err, maxItems)
	}
	if find(t, idx, "firstword", Filter{}).Total != 1 || find(t, idx, "lastword", Filter{}).Total != 0 {
		t.Error("want the start of the text searchable, and what is past the limit left out")
	}
}
