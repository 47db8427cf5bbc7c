package index

import (
	"context"
	"fmt"
	"os"
	"strings"
)

// NotFoundError is a pad the index does not hold, with the pads whose
// name it could mean.
type NotFoundError struct {
	Source     string
	Candidates []string
}

func (e *NotFoundError) Error() string {
	if len(e.Candidates) == 0 {
		return fmt.Sprintf("%s is not in the index: add it with padlint index %s", e.Source, e.Source)
	}
	return fmt.Sprintf("%s could be any of these pads; name one:\n  %s", e.Source, strings.Join(e.Candidates, "\n  "))
}

// find returns the id of the pad named source: its address or path, or
// the end of it when only one pad's ends so ("atelier-communs",
// "notes/atelier-communs.txt").
func (idx *Index) find(ctx context.Context, source string) (int64, error) {
	wd, _ := os.Getwd()
	var id int64
	err := idx.db.QueryRowContext(ctx, `SELECT id FROM pads WHERE source = ?`, canonical(source, wd)).Scan(&id)
	if err == nil {
		return id, nil
	}
	ids, sources, err := idx.endingWith(ctx, source)
	switch {
	case err != nil:
		return 0, err
	case len(ids) == 1:
		return ids[0], nil
	}
	return 0, &NotFoundError{Source: source, Candidates: sources}
}

// endingWith returns the pads whose address or path ends with name, with
// or without the extension of a file: at most 10.
func (idx *Index) endingWith(ctx context.Context, name string) ([]int64, []string, error) {
	esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.TrimLeft(name, "/"))
	rows, err := idx.db.QueryContext(ctx, `SELECT id, source FROM pads WHERE source LIKE ?1 ESCAPE '\'
		OR source LIKE ?2 ESCAPE '\' ORDER BY source LIMIT 10`, "%/"+esc, "%/"+esc+".%")
	if err != nil {
		return nil, nil, idx.wrap(err)
	}
	defer rows.Close()
	var ids []int64
	var sources []string
	for rows.Next() {
		var id int64
		var source string
		if err := rows.Scan(&id, &source); err != nil {
			return nil, nil, idx.wrap(err)
		}
		ids, sources = append(ids, id), append(sources, source)
	}
	return ids, sources, idx.wrap(rows.Err())
}
