package index

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/query"
)

// examples indexes the example pads, once per test.
func examples(t *testing.T) *Index {
	t.Helper()
	idx := newIndex(t)
	update(t, idx, "../testdata/pads")
	return idx
}

// names returns the file names of the results, in order.
func names(res Results) []string {
	var n []string
	for _, r := range res.Results {
		n = append(n, filepath.Base(r.Source))
	}
	return n
}

func find(t *testing.T, idx *Index, q string, f Filter) Results {
	t.Helper()
	parsed, err := query.Parse(q)
	if err != nil {
		t.Fatal(err)
	}
	res, err := idx.Search(context.Background(), parsed, f)
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	return res
}

// TestSearchFinds checks what searches find in the example pads; the
// pads named were checked by reading them.
func TestSearchFinds(t *testing.T) {
	idx := examples(t)
	tests := []struct {
		query string
		want  []string
	}{
		// #Economie in one pad, #Économie (decomposed accents) in the other
		{"#economie", []string{"fr-hashtags-commas.txt", "fr-nfd.txt"}},
		{"#ÉCONOMIE", []string{"fr-hashtags-commas.txt", "fr-nfd.txt"}},
		{`"monnaie locale"`, []string{"fr-label-separators.txt", "fr-nfd.txt"}},
		{"monnai*", []string{"fr-field-twice.txt", "fr-label-separators.txt", "fr-nfd.txt"}},
		{"#communs économie", []string{"fr-hashtags-commas.txt", "fr-hub-pad.html", "fr-hub-pad.txt", "fr-nfd.txt"}},
		{"#RepairCafe -#volunteers", []string{"en-canonical.html", "en-canonical.txt", "en-yaml-invalid.md",
			"fr-near-miss.txt", "fr-spaces-entities.html", "fr-spaces-entities.txt"}},
		{"#nosuchtag", nil},
		{"zzzunknownword", nil},
	}
	for _, tt := range tests {
		got := names(find(t, idx, tt.query, Filter{}))
		slices.Sort(got)
		if diff := cmp.Diff(got, tt.want); diff != "" {
			t.Errorf("search %q (-got +want):\n%s", tt.query, diff)
		}
	}
}

// TestSearchOr checks that OR finds the pads of either term, and no
// pad twice.
func TestSearchOr(t *testing.T) {
	idx := examples(t)
	a, b := find(t, idx, "#fablab", Filter{}), find(t, idx, "#RepairCafe", Filter{})
	either := find(t, idx, "#fablab OR #RepairCafe", Filter{})
	want := append(names(a), names(b)...)
	slices.Sort(want)
	want = slices.Compact(want)
	got := names(either)
	slices.Sort(got)
	if diff := cmp.Diff(got, want); diff != "" || either.Total != len(want) {
		t.Errorf("#fablab OR #RepairCafe: total %d (-got +want):\n%s", either.Total, diff)
	}
}

func TestSearchRanksAndMarks(t *testing.T) {
	idx := examples(t)
	res := find(t, idx, "title:repair", Filter{})
	if len(res.Results) == 0 || !strings.HasPrefix(res.Results[0].Title, "Repair Café") {
		t.Fatalf("title:repair: first %v, want a Repair Café", names(res))
	}
	res = find(t, idx, `"monnaie locale"`, Filter{})
	for _, r := range res.Results {
		if !strings.Contains(strings.ToLower(r.Snippet), MarkStart+"monnaie locale"+MarkEnd) {
			t.Errorf("%s: snippet %q does not mark monnaie", r.Source, r.Snippet)
		}
	}
	res = find(t, idx, "#economie", Filter{})
	for _, r := range res.Results {
		if !strings.Contains(r.Snippet, MarkStart+"#") || !slices.ContainsFunc(r.Hashtags, isEconomie) {
			t.Errorf("%s: snippet %q, hashtags %v: want the tag marked and listed", r.Source, r.Snippet, r.Hashtags)
		}
	}
}

func isEconomie(tag string) bool { return strings.EqualFold(tag, "#Economie") || tag == "#Économie" }

func TestSearchFilters(t *testing.T) {
	idx := examples(t)
	all := find(t, idx, "#communs", Filter{})
	passing := find(t, idx, "#communs", Filter{Verdict: Passing})
	failing := find(t, idx, "#communs", Filter{Verdict: Failing})
	if passing.Total+failing.Total != all.Total || failing.Total == 0 || passing.Total == 0 {
		t.Errorf("#communs: %d pads, %d passing, %d failing", all.Total, passing.Total, failing.Total)
	}
	for _, r := range failing.Results {
		if r.Passed {
			t.Errorf("--failing gave %s, which passes", r.Source)
		}
	}
	limited := find(t, idx, "#communs", Filter{Limit: 3})
	if len(limited.Results) != 3 || limited.Total != all.Total {
		t.Errorf("limit 3: %d results of %d, want 3 of %d", len(limited.Results), limited.Total, all.Total)
	}
	if res := find(t, idx, "#communs", Filter{Since: time.Now().Add(time.Hour)}); res.Total != 0 {
		t.Errorf("since an hour from now: %d pads", res.Total)
	}
	if res := find(t, idx, "#communs", Filter{Host: "pad.example.org"}); res.Total != 0 {
		t.Errorf("files found on a host: %v", names(res))
	}
}

// TestSearchPhrases checks the phrases and the words that the index
// splits, found, excluded and joined by OR, against the example pads.
func TestSearchPhrases(t *testing.T) {
	idx := examples(t)
	all := names(find(t, idx, "monnaie locale", Filter{}))
	phrase := names(find(t, idx, `"monnaie locale"`, Filter{}))
	reversed := names(find(t, idx, `"locale monnaie"`, Filter{}))
	without := names(find(t, idx, `monnaie locale -"monnaie locale"`, Filter{}))
	either := names(find(t, idx, `"monnaie locale" OR zzzunknown`, Filter{}))
	for _, l := range [][]string{all, phrase, without, either} {
		slices.Sort(l)
	}
	if len(reversed) != 0 || len(phrase) == 0 || !cmp.Equal(either, phrase) {
		t.Errorf("the phrase finds %v, reversed %v, or-ed %v", phrase, reversed, either)
	}
	if got := slices.Sorted(slices.Values(append(slices.Clone(phrase), without...))); !cmp.Equal(got, all) {
		t.Errorf("the pads with the phrase %v and without it %v are not those with both words %v", phrase, without, all)
	}
	if got := names(find(t, idx, "tiers-lieux", Filter{})); len(got) == 0 {
		t.Error("tiers-lieux, a word the index splits, finds nothing")
	}
}
