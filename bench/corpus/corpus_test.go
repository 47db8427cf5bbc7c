package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generate writes a small corpus into a temporary directory.
func generate(t *testing.T, n int, seed uint64) (string, corpusTruth) {
	t.Helper()
	dir := t.TempDir()
	g := newGenerator(n, seed, filepath.Join(dir, "corpus"))
	if err := g.makeDirs(); err != nil {
		t.Fatal(err)
	}
	if err := g.run(); err != nil {
		t.Fatal(err)
	}
	return g.out, newCorpusTruth(seed, g.paths, g.pads)
}

func TestSameSeedSameCorpus(t *testing.T) {
	dirA, truthA := generate(t, 250, 7)
	dirB, _ := generate(t, 250, 7)
	for path := range truthA.Files {
		a, errA := os.ReadFile(filepath.Join(dirA, path))
		b, errB := os.ReadFile(filepath.Join(dirB, path))
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Fatalf("%s differs between two runs (%v, %v)", path, errA, errB)
		}
	}
}

func TestRareTagInExactlyFivePads(t *testing.T) {
	dir, truth := generate(t, 400, 3)
	var found []string
	for path := range truth.Files {
		data, err := os.ReadFile(filepath.Join(dir, path))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("#"+rareTag)) {
			found = append(found, path)
		}
	}
	if len(found) != rarePads || len(truth.RarePads) != rarePads {
		t.Fatalf("#%s found in %v, truth says %v", rareTag, found, truth.RarePads)
	}
}

func TestTruthTagsAreInThePads(t *testing.T) {
	dir, truth := generate(t, 300, 11)
	for path, pad := range truth.Files {
		data, err := os.ReadFile(filepath.Join(dir, path))
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range append(pad.HeaderTags, pad.BodyTags...) {
			if !strings.Contains(string(data), tag) {
				t.Errorf("%s: tag %q not written", path, tag)
			}
		}
		for _, tag := range pad.BodyTags {
			if !strings.Contains(string(data), "#"+tag) {
				t.Errorf("%s: body tag %q written without #", path, tag)
			}
		}
	}
}

func TestVocabulary(t *testing.T) {
	vocab := buildVocabulary()
	if len(vocab) != vocabularySize {
		t.Fatalf("vocabulary has %d tags, want %d", len(vocab), vocabularySize)
	}
	seen := map[string]bool{}
	for _, tag := range vocab {
		if seen[tag] || !validTag(tag) || strings.ContainsAny(tag, " #") {
			t.Errorf("bad or repeated tag %q", tag)
		}
		seen[tag] = true
	}
}

func TestFrenchElision(t *testing.T) {
	if got := french.then("propose de", "ouvrir le local"); got != "propose d'ouvrir le local" {
		t.Errorf("got %q", got)
	}
	if got := french.then("propose de", "lancer"); got != "propose de lancer" {
		t.Errorf("got %q", got)
	}
}
