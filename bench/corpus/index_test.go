package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/query"
	"github.com/padlint/padlint/rules"
)

// TestIndexFindsEveryTag indexes a corpus as padlint index does, then
// searches every hashtag of the truth, in each spelling the generator
// wrote, and wants exactly the pads that hold a tag of the same key.
func TestIndexFindsEveryTag(t *testing.T) {
	dir, truth := generate(t, 400, 1)
	idx := indexCorpus(t, dir, truth.Pads)
	want := padsByKey(truth)
	if got := want[pad.ParseTag(rareTag).Key]; len(got) != rarePads {
		t.Fatalf("the truth has #%s in %d pads, want %d: %v", rareTag, len(got), rarePads, got)
	}
	for _, tag := range truthTags(truth) {
		key := pad.ParseTag(tag).Key
		found, total := searchTag(t, idx, dir, tag)
		missing, extra := difference(want[key], found)
		if len(missing) > 0 || len(extra) > 0 || total != len(want[key]) {
			t.Errorf("search #%s (key %q): total %d, %d pads listed, the truth has %d\n%s%s",
				tag, key, total, len(found), len(want[key]),
				describe(dir, "missing", missing, spellings(truth, key)), describe(dir, "extra", extra, []string{tag, key}))
		}
	}
}

// TestIndexHasOnlyTruthTags indexes a corpus as padlint index does and
// wants no hashtag in the index that the generator did not write as one:
// the noise lines of the pads hold colours, numbers and anchors.
func TestIndexHasOnlyTruthTags(t *testing.T) {
	dir, truth := generate(t, 400, 1)
	idx := indexCorpus(t, dir, truth.Pads)
	tags, err := idx.Tags(t.Context(), "", index.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := padsByKey(truth)
	for _, tag := range tags {
		if _, ok := want[tag.Key]; ok {
			continue
		}
		found, _ := searchTag(t, idx, dir, tag.Key)
		t.Errorf("the index has %s (key %q) in %d pads, the truth in none; the first ones:\n%s",
			tag.Tag, tag.Key, tag.Pads, describe(dir, "pad", found[:min(len(found), 3)], []string{tag.Tag}))
	}
}

// indexCorpus builds an index of the n pads under dir, as padlint index does.
func indexCorpus(t *testing.T, dir string, n int) *index.Index {
	t.Helper()
	idx, err := index.Open(filepath.Join(t.TempDir(), "index.db"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	u, err := idx.Updater()
	if err != nil {
		t.Fatal(err)
	}
	opt := lint.Options{Config: rules.Default(), FailOn: rules.Error, Cache: u}
	counts, err := u.Update(t.Context(), dir, lint.Run(t.Context(), []string{dir}, opt))
	if err != nil {
		t.Fatal(err)
	}
	if counts.New != n || counts.Unreadable > 0 {
		t.Fatalf("indexing %d pads in %s: %+v", n, dir, counts)
	}
	return idx
}

// padsByKey lists, by tag key, the paths of the pads holding a tag of
// that key, in their header or their notes.
func padsByKey(truth corpusTruth) map[string][]string {
	pads := map[string][]string{}
	for path, p := range truth.Files {
		for _, tag := range append(slices.Clone(p.HeaderTags), p.BodyTags...) {
			key := pad.ParseTag(tag).Key
			if !slices.Contains(pads[key], path) {
				pads[key] = append(pads[key], path)
			}
		}
	}
	for _, paths := range pads {
		slices.Sort(paths)
	}
	return pads
}

// truthTags returns every spelling of a tag in the truth, once each, sorted.
func truthTags(truth corpusTruth) []string {
	tags := map[string]bool{}
	for _, p := range truth.Files {
		for _, tag := range append(slices.Clone(p.HeaderTags), p.BodyTags...) {
			tags[tag] = true
		}
	}
	return slices.Sorted(maps.Keys(tags))
}

// spellings returns the ways the truth writes the tags of that key.
func spellings(truth corpusTruth, key string) []string {
	var written []string
	for _, tag := range truthTags(truth) {
		if pad.ParseTag(tag).Key == key {
			written = append(written, tag)
		}
	}
	return written
}

// searchTag searches #tag in the index and returns the paths found,
// relative to dir and sorted, and the total the index gave.
func searchTag(t *testing.T, idx *index.Index, dir, tag string) ([]string, int) {
	t.Helper()
	q, err := query.Parse("#" + tag)
	if err != nil {
		t.Fatalf("query #%s: %v", tag, err)
	}
	res, err := idx.Search(t.Context(), q, index.Filter{})
	if err != nil {
		t.Fatalf("search #%s: %v", tag, err)
	}
	var paths []string
	for _, r := range res.Results {
		rel, err := filepath.Rel(dir, r.Source)
		if err != nil || strings.HasPrefix(rel, "..") {
			rel = r.Source // outside the corpus: shown whole
		}
		paths = append(paths, filepath.ToSlash(rel))
	}
	slices.Sort(paths)
	return paths, res.Total
}

// difference returns what want has and got lacks, and what got has
// beyond want; both are sorted.
func difference(want, got []string) (missing, extra []string) {
	for _, p := range want {
		if _, ok := slices.BinarySearch(got, p); !ok {
			missing = append(missing, p)
		}
	}
	for _, p := range got {
		if _, ok := slices.BinarySearch(want, p); !ok {
			extra = append(extra, p)
		}
	}
	return missing, extra
}

// describe names the pads of one side of a difference, each with the
// lines where it writes one of the spellings of the tag, so that a
// failure shows who is wrong: the parser or the truth.
func describe(dir, side string, paths, spellings []string) string {
	var b strings.Builder
	for _, path := range paths {
		fmt.Fprintf(&b, "  %s %s\n", side, path)
		file := path
		if !filepath.IsAbs(path) {
			file = filepath.Join(dir, filepath.FromSlash(path))
		}
		for _, line := range linesWith(file, spellings) {
			fmt.Fprintf(&b, "      %s\n", line)
		}
	}
	return b.String()
}

// linesWith returns the numbered lines of the file that hold one of
// words, in any case, or a word on why the file could not be read.
func linesWith(path string, words []string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		return []string{err.Error()}
	}
	var lines []string
	for i, line := range strings.Split(string(data), "\n") {
		for _, w := range words {
			if at := strings.Index(strings.ToLower(line), strings.ToLower(w)); at >= 0 {
				lines = append(lines, fmt.Sprintf("line %d: %q", i+1, around(line, at, 100)))
				break
			}
		}
	}
	if len(lines) == 0 {
		lines = append(lines, fmt.Sprintf("(none of %q written)", words))
	}
	return lines
}

// around cuts line to about n bytes either side of byte at, on rune
// boundaries: an HTML export holds a whole pad on one line.
func around(line string, at, n int) string {
	at = min(at, len(line))
	start, end := max(at-n, 0), min(at+n, len(line))
	for start > 0 && !utf8.RuneStart(line[start]) {
		start--
	}
	for end < len(line) && !utf8.RuneStart(line[end]) {
		end++
	}
	return line[start:end]
}
