package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// padTruth is what the generator put in one pad. Tags are written as in
// the pad, without the '#'.
type padTruth struct {
	Title      string   `json:"title"`
	Lang       string   `json:"lang"`
	Format     string   `json:"format"`
	Bytes      int      `json:"bytes"`
	HeaderTags []string `json:"header_tags"`
	BodyTags   []string `json:"body_tags"`
	Missing    []string `json:"missing,omitempty"` // required fields left out
	Typos      []string `json:"typos,omitempty"`   // misspelt labels, as written
	Quirks     []string `json:"quirks,omitempty"`
	Links      []string `json:"links,omitempty"`
}

// corpusTruth is the truth file: totals and every pad by its path
// relative to the corpus directory.
type corpusTruth struct {
	Pads     int                 `json:"pads"`
	Bytes    int64               `json:"bytes"`
	Seed     uint64              `json:"seed"`
	RareTag  string              `json:"rare_tag"`
	RarePads []string            `json:"rare_pads"`
	Files    map[string]padTruth `json:"files"`
}

// newPadTruth starts the truth of a pad from its plan.
func newPadTruth(p plan) padTruth {
	t := padTruth{Lang: p.lang.code, Format: p.format, HeaderTags: []string{}, BodyTags: []string{}}
	if p.missing >= 0 {
		t.Missing = []string{p.missing.String()}
	}
	return t
}

// newCorpusTruth gathers the truth of every pad.
func newCorpusTruth(seed uint64, paths []string, pads []padTruth) corpusTruth {
	t := corpusTruth{Pads: len(pads), Seed: seed, RareTag: rareTag, RarePads: []string{}}
	t.Files = make(map[string]padTruth, len(pads))
	for i, pad := range pads {
		t.Files[paths[i]] = pad
		t.Bytes += int64(pad.Bytes)
		if slices.Contains(pad.HeaderTags, rareTag) || slices.Contains(pad.BodyTags, rareTag) {
			t.RarePads = append(t.RarePads, paths[i])
		}
	}
	return t
}

// writeTruth writes the truth file as indented JSON.
func writeTruth(path string, t corpusTruth) error {
	data, err := json.MarshalIndent(t, "", " ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// inside reports whether path is dir or lies under it.
func inside(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
