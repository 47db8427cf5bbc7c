package index

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/padlint/padlint/query"
)

// search is a query compiled to SQL over pads p.
type search struct {
	conds  []string
	args   []any
	match  string   // the words as a full-text expression, "" when none
	tags   []string // the hashtags asked for, to rank and show
	titles []int64  // by closeness of the title, when title: terms ask
}

// compile turns q and f into SQL, running the fuzzy match of titles.
func (idx *Index) compile(ctx context.Context, q query.Query, f Filter) (*search, error) {
	conds, args := f.where()
	s := &search{conds: conds, args: args}
	var words []string
	for _, c := range q.Clauses {
		switch c.Terms[0].Kind {
		case query.Tag:
			s.tagClause(c)
		case query.Title:
			if err := s.titleClause(ctx, idx, c, f); err != nil {
				return nil, err
			}
		default:
			words = s.textClause(c, words)
		}
	}
	s.match = strings.Join(words, " AND ")
	return s, nil
}

// textClause adds the clause's words to those the text must have, or
// asks for pads without them.
func (s *search) textClause(c query.Clause, words []string) []string {
	if c.Not {
		s.add("p.id NOT IN (SELECT rowid FROM text WHERE text MATCH ?)", ftsAny(c.Terms))
		return words
	}
	return append(words, ftsAny(c.Terms))
}

func (s *search) add(cond string, args ...any) {
	s.conds, s.args = append(s.conds, cond), append(s.args, args...)
}

// tagClause asks for pads with any of the clause's hashtags, or none.
func (s *search) tagClause(c query.Clause) {
	var keys []any
	for _, t := range c.Terms {
		keys = append(keys, t.Text)
		if !c.Not {
			s.tags = append(s.tags, t.Text)
		}
	}
	s.add(not(c)+"p.id IN (SELECT pad FROM tags WHERE key IN ("+params(len(keys))+"))", keys...)
}

// titleClause asks for pads whose title is close to any of the clause's.
func (s *search) titleClause(ctx context.Context, idx *Index, c query.Clause, f Filter) error {
	ids, err := idx.fuzzyTitles(ctx, c.Terms, f)
	if err != nil {
		return err
	}
	if !c.Not && s.titles == nil {
		s.titles = ids
	}
	s.add(not(c)+"p.id IN (SELECT value FROM json_each(?))", jsonOf(ids))
	return nil
}

func not(c query.Clause) string {
	if c.Not {
		return "NOT "
	}
	return ""
}

func params(n int) string { return "?" + strings.Repeat(", ?", n-1) }

// ftsAny writes terms, any of which may match, as a full-text expression:
// each quoted, so that no character of theirs is an operator; a word
// ending with '*' stands for the words it starts.
func ftsAny(terms []query.Term) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		text, prefix := t.Text, ""
		if t.Kind == query.Word && len(text) > 1 && strings.HasSuffix(text, "*") {
			text, prefix = strings.TrimRight(text, "*"), "*"
		}
		parts[i] = `"` + strings.ReplaceAll(text, `"`, `""`) + `"` + prefix
	}
	return "(" + strings.Join(parts, " OR ") + ")"
}

// ids returns the ids of the pads found, best first.
func (s *search) ids(ctx context.Context, idx *Index) ([]int64, error) {
	order, orderArgs := s.order()
	from, args := "pads p", s.args
	if s.match != "" {
		from = "text JOIN pads p ON p.id = text.rowid"
		args = append([]any{s.match}, args...)
		s.conds = append([]string{"text MATCH ?"}, s.conds...)
	}
	q := fmt.Sprintf("SELECT p.id FROM %s WHERE %s ORDER BY %s", from, strings.Join(s.conds, " AND "), order)
	ids, err := idx.int64s(ctx, q, append(args, orderArgs...)...)
	if err != nil || s.match != "" || s.titles == nil {
		return ids, err
	}
	return byTitle(ids, s.titles), nil
}

// order ranks the pads: by relevance of their text to the words, else
// those with the hashtags in their header first, then the latest edited.
func (s *search) order() (string, []any) {
	const recent = "coalesce(p.edited, p.first_indexed) DESC, p.source"
	switch {
	case s.match != "":
		return "bm25(text, 5.0, 1.0), p.id", nil
	case len(s.tags) == 0:
		return recent, nil
	}
	args := make([]any, len(s.tags))
	for i, k := range s.tags {
		args[i] = k
	}
	return "EXISTS (SELECT 1 FROM tags t WHERE t.pad = p.id AND t.header AND t.key IN (" + params(len(args)) + ")) DESC, " + recent, args
}

// byTitle orders ids as they are in titles, closest title first.
func byTitle(ids, titles []int64) []int64 {
	rank := make(map[int64]int, len(titles))
	for i, id := range titles {
		rank[id] = i
	}
	slices.SortFunc(ids, func(a, b int64) int { return rank[a] - rank[b] })
	return ids
}

func (idx *Index) int64s(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := idx.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, idx.wrap(err)
		}
		ids = append(ids, id)
	}
	return ids, idx.wrap(rows.Err())
}
