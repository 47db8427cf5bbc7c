package index

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/padlint/padlint/query"
	"github.com/sahilm/fuzzy"
)

// titles are the folded titles of pads, for a fuzzy match.
type titles struct {
	ids  []int64
	keys []string
}

func (t *titles) String(i int) string { return t.keys[i] }
func (t *titles) Len() int            { return len(t.keys) }

// fuzzyTitles returns the pads whose title is close to any of terms', the
// closest first: sahilm/fuzzy finds the titles that hold the letters in
// order; of those, the titles where the letters lie close together are
// kept, the closest first, then by fuzzy's score (at the start of words,
// together).
func (idx *Index) fuzzyTitles(ctx context.Context, terms []query.Term, f Filter) ([]int64, error) {
	t, err := idx.titles(ctx, f)
	if err != nil {
		return nil, err
	}
	best := map[int64]closeness{}
	var ids []int64
	for _, term := range terms {
		for _, m := range fuzzy.FindFrom(term.Text, t) {
			id, c := t.ids[m.Index], closeness{span: span(m.Str, term.Text), score: m.Score}
			old, seen := best[id]
			if c.span >= 2*len(term.Text) || seen && !c.better(old) {
				continue
			}
			if !seen {
				ids = append(ids, id)
			}
			best[id] = c
		}
	}
	slices.SortStableFunc(ids, func(a, b int64) int { return best[a].compare(best[b]) })
	return ids, nil
}

// closeness is how close a title is to what was asked.
type closeness struct{ span, score int }

func (c closeness) better(o closeness) bool { return c.compare(o) < 0 }

func (c closeness) compare(o closeness) int { return cmp.Or(c.span-o.span, o.score-c.score) }

// span returns the length of the shortest part of key that holds the
// bytes of pattern in order (len(key)+1 when none does).
func span(key, pattern string) int {
	shortest := len(key) + 1
	for start := range len(key) {
		if key[start] != pattern[0] {
			continue
		}
		i, j := start, 0
		for ; i < len(key) && j < len(pattern); i++ {
			if key[i] == pattern[j] {
				j++
			}
		}
		if j == len(pattern) {
			shortest = min(shortest, i-start)
		}
	}
	return shortest
}

// titles reads the folded titles of the pads f lets through, in one row:
// reading them a row each would take longer than matching them.
func (idx *Index) titles(ctx context.Context, f Filter) (*titles, error) {
	conds, args := f.where()
	var all string
	err := idx.db.QueryRowContext(ctx, `SELECT coalesce(group_concat(p.id || char(31) || p.title_key, char(30)), '')
		FROM pads p WHERE `+strings.Join(conds, " AND "), args...).Scan(&all)
	if err != nil {
		return nil, idx.wrap(err)
	}
	t := &titles{}
	for row := range strings.SplitSeq(all, "\x1e") {
		id, key, _ := strings.Cut(row, "\x1f")
		n, err := strconv.ParseInt(id, 10, 64)
		if err == nil {
			t.ids, t.keys = append(t.ids, n), append(t.keys, key)
		}
	}
	return t, nil
}
