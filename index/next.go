package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/padlint/padlint/query"
)

// Step is a next step of a pad, still open.
type Step struct {
	Text   string    `json:"text"`
	Source string    `json:"source"`
	Title  string    `json:"title"`
	Edited time.Time `json:"edited"` // when the pad was last edited, or indexed when unknown
	tags   []string
}

// StepGroup is the open steps of the pads that carry a hashtag, newest
// first; Tag is "" for the pads that carry none.
type StepGroup struct {
	Tag   string `json:"tag"`
	Steps []Step `json:"steps"`
}

// Next returns the open next steps of the pads that q (when not nil) and
// f find, grouped by the hashtags of their header, the largest group
// first: the board where someone new finds work to pick up. When q asks
// for hashtags, only their groups.
func (idx *Index) Next(ctx context.Context, q *query.Query, f Filter) ([]StepGroup, error) {
	conds, args := f.where()
	var only []string
	if q != nil {
		s, err := idx.compile(ctx, *q, Filter{})
		if err != nil {
			return nil, err
		}
		ids, err := s.ids(ctx, idx)
		if err != nil {
			return nil, err
		}
		conds, args = append(conds, "p.id IN (SELECT value FROM json_each(?))"), append(args, jsonOf(ids))
		only = s.tags
	}
	steps, err := idx.openSteps(ctx, conds, args)
	if err != nil {
		return nil, err
	}
	return group(steps, only), nil
}

// openSteps reads the open steps of the pads conds let through, with the
// hashtags of their header.
func (idx *Index) openSteps(ctx context.Context, conds []string, args []any) ([]Step, error) {
	rows, err := idx.db.QueryContext(ctx, `SELECT s.text, p.source, p.title, coalesce(p.edited, p.first_indexed),
		(SELECT json_group_array(key || char(9) || text) FROM tags WHERE pad = p.id AND header)
		FROM steps s JOIN pads p ON p.id = s.pad WHERE NOT s.done AND `+strings.Join(conds, " AND ")+
		` ORDER BY coalesce(p.edited, p.first_indexed) DESC, p.source, s.n`, args...)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	var steps []Step
	for rows.Next() {
		var st Step
		var edited int64
		var tags string
		if err := rows.Scan(&st.Text, &st.Source, &st.Title, &edited, &tags); err != nil {
			return nil, idx.wrap(err)
		}
		st.Edited, st.tags = time.Unix(0, edited), jsonStrings(tags)
		steps = append(steps, st)
	}
	return steps, idx.wrap(rows.Err())
}

// group puts each step under each hashtag of its pad (only those of only,
// when given), the largest group first.
func group(steps []Step, only []string) []StepGroup {
	byKey, spelling := map[string][]Step{}, map[string]string{}
	for _, st := range steps {
		for _, key := range st.keys(spelling) {
			if len(only) == 0 || slices.Contains(only, key) {
				byKey[key] = append(byKey[key], st)
			}
		}
	}
	groups := []StepGroup{}
	for key, steps := range byKey {
		groups = append(groups, StepGroup{Tag: spelling[key], Steps: steps})
	}
	slices.SortFunc(groups, func(a, b StepGroup) int { // the pads with no hashtag last
		return cmp.Or(cmpBool(a.Tag == "", b.Tag == ""), len(b.Steps)-len(a.Steps), strings.Compare(a.Tag, b.Tag))
	})
	return groups
}

// keys returns the keys of the hashtags of the step's pad, "" when it has
// none, noting the first spelling of each.
func (st Step) keys(spelling map[string]string) []string {
	if len(st.tags) == 0 {
		return []string{""}
	}
	keys := make([]string, len(st.tags))
	for i, kt := range st.tags {
		key, text, _ := strings.Cut(kt, "\t")
		keys[i], spelling[key] = key, cmp.Or(spelling[key], text)
	}
	return keys
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
