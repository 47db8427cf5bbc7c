package index

import (
	"context"
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
// closest first: their letters in order, together and at the start of
// words the better.
func (idx *Index) fuzzyTitles(ctx context.Context, terms []query.Term, f Filter) ([]int64, error) {
	t, err := idx.titles(ctx, f)
	if err != nil {
		return nil, err
	}
	best := map[int64]int{}
	var ids []int64
	for _, term := range terms {
		for _, m := range fuzzy.FindFrom(term.Text, t) {
			id := t.ids[m.Index]
			score, seen := best[id]
			if !compact(m, term.Text) || seen && score >= m.Score {
				continue
			}
			if !seen {
				ids = append(ids, id)
			}
			best[id] = m.Score
		}
	}
	sortByScore(ids, best)
	return ids, nil
}

// compact tells a match whose letters lie close together, as in a title
// that has the word or most of it, from letters scattered along a title.
func compact(m fuzzy.Match, pattern string) bool {
	first, last := m.MatchedIndexes[0], m.MatchedIndexes[len(m.MatchedIndexes)-1]
	return last-first < 2*len(pattern)
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
