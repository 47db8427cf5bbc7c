package index

import (
	"context"
	"strings"

	"github.com/padlint/padlint/query"
)

// Marks around the words a snippet matched, for the display to show them.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

// Result is a pad a search found.
type Result struct {
	Source   string   `json:"source"`
	Title    string   `json:"title"` // as shown: cut by ShortTitle
	Hashtags []string `json:"hashtags"`
	Passed   bool     `json:"passed"`
	Snippet  string   `json:"snippet"` // at most Shown characters, with MarkStart and MarkEnd around what matched
}

// Results are the pads a search found: how many, and the first ones, best
// first.
type Results struct {
	Total   int      `json:"total"`
	Results []Result `json:"results"`
}

// Search finds the pads that match q and f, best first: by full-text
// relevance when q has words, by closeness of the title when it has
// title: terms, else pads with the hashtags in their header first, then
// the most recently edited.
func (idx *Index) Search(ctx context.Context, q query.Query, f Filter) (Results, error) {
	s, err := idx.compile(ctx, q, f)
	if err != nil {
		return Results{}, err
	}
	ids, err := s.ids(ctx, idx)
	if err != nil {
		return Results{}, err
	}
	total := len(ids)
	if f.Limit > 0 && len(ids) > f.Limit {
		ids = ids[:f.Limit]
	}
	results, err := idx.results(ctx, s, ids)
	return Results{Total: total, Results: results}, err
}

// PlainSnippet returns a snippet without its marks.
func PlainSnippet(s string) string { return unmark.Replace(s) }

var unmark = strings.NewReplacer(MarkStart, "", MarkEnd, "")
