package index

import "context"

// Link is a pad at one end of a link.
type Link struct {
	Source   string `json:"source"`
	Title    string `json:"title,omitempty"`
	Indexed  bool   `json:"indexed"`   // the index holds the pad
	InHeader bool   `json:"in_header"` // the link is in the header of the pad it is in
}

// Links are the links of a pad: the pads it links to, and those that
// link to it.
type Links struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	To     []Link `json:"to"`
	From   []Link `json:"from"`
}

// Links returns what the pad named source links to and what links to it.
func (idx *Index) Links(ctx context.Context, source string) (Links, error) {
	id, err := idx.find(ctx, source)
	if err != nil {
		return Links{}, err
	}
	var l Links
	if err := idx.db.QueryRowContext(ctx, `SELECT source, title FROM pads WHERE id = ?`, id).Scan(&l.Source, &l.Title); err != nil {
		return l, idx.wrap(err)
	}
	if l.To, err = idx.links(ctx, `SELECT l.target, coalesce(p.title, ''), p.id IS NOT NULL AND p.gone IS NULL, l.header
		FROM links l LEFT JOIN pads p ON p.source = l.target WHERE l.pad = ? ORDER BY l.target`, id); err != nil {
		return l, err
	}
	l.From, err = idx.links(ctx, `SELECT p.source, p.title, 1, l.header
		FROM links l JOIN pads p ON p.id = l.pad WHERE l.target = ? AND p.gone IS NULL ORDER BY p.source`, l.Source)
	return l, err
}

func (idx *Index) links(ctx context.Context, q string, arg any) ([]Link, error) {
	rows, err := idx.db.QueryContext(ctx, q, arg)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	links := []Link{}
	for rows.Next() {
		var l Link
		if err := rows.Scan(&l.Source, &l.Title, &l.Indexed, &l.InHeader); err != nil {
			return nil, idx.wrap(err)
		}
		links = append(links, l)
	}
	return links, idx.wrap(rows.Err())
}
