package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// TagCount is a hashtag and how many pads carry it.
type TagCount struct {
	Tag  string `json:"tag"` // as most pads write it
	Key  string `json:"key"` // folded, what matches
	Pads int    `json:"pads"`
}

// Tags returns the hashtags of the pads f lets through, with their
// count, most used first. With a related key, only the hashtags of the
// pads that carry it, itself left out.
func (idx *Index) Tags(ctx context.Context, related string, f Filter) ([]TagCount, error) {
	conds, args := f.where()
	if related != "" {
		conds = append(conds, "t.pad IN (SELECT pad FROM tags WHERE key = ?)", "t.key <> ?")
		args = append(args, related, related)
	}
	byKey, err := idx.spellings(ctx, conds, args)
	if err != nil {
		return nil, err
	}
	return idx.tagCounts(ctx, byKey, conds, args)
}

// spellings reads how the pads that conds let through write each of
// their hashtags.
func (idx *Index) spellings(ctx context.Context, conds []string, args []any) (map[string]*spellings, error) {
	rows, err := idx.db.QueryContext(ctx, `SELECT t.key, t.text, count(DISTINCT t.pad) FROM tags t JOIN pads p ON p.id = t.pad
		WHERE `+strings.Join(conds, " AND ")+` GROUP BY t.key, t.text`, args...)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	byKey := map[string]*spellings{}
	for rows.Next() {
		var key, text string
		var n int
		if err := rows.Scan(&key, &text, &n); err != nil {
			return nil, idx.wrap(err)
		}
		if byKey[key] == nil {
			byKey[key] = &spellings{}
		}
		byKey[key].add(text, n)
	}
	return byKey, idx.wrap(rows.Err())
}

// spellings counts the ways pads write one hashtag.
type spellings struct {
	best string
	n    int
}

func (s *spellings) add(text string, n int) {
	if n > s.n || n == s.n && text < s.best {
		s.best, s.n = text, n
	}
}

// tagCounts counts the pads of each hashtag, whatever their spelling.
func (idx *Index) tagCounts(ctx context.Context, byKey map[string]*spellings, conds []string, args []any) ([]TagCount, error) {
	rows, err := idx.db.QueryContext(ctx, `SELECT t.key, count(DISTINCT t.pad) FROM tags t JOIN pads p ON p.id = t.pad
		WHERE `+strings.Join(conds, " AND ")+` GROUP BY t.key`, args...)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	counts := []TagCount{}
	for rows.Next() {
		var c TagCount
		if err := rows.Scan(&c.Key, &c.Pads); err != nil {
			return nil, idx.wrap(err)
		}
		c.Tag = byKey[c.Key].best
		counts = append(counts, c)
	}
	slices.SortFunc(counts, func(a, b TagCount) int { return cmp.Or(b.Pads-a.Pads, strings.Compare(a.Key, b.Key)) })
	return counts, idx.wrap(rows.Err())
}
