package index

import (
	"github.com/padlint/padlint/pad"
)

// known reads what the index holds of every pad to tell whether it changed.
func (idx *Index) known() (map[string]known, error) {
	rows, err := idx.db.Query(`SELECT id, source, origin, coalesce(edited, 0), coalesce(size, 0), passed, gone IS NOT NULL FROM pads`)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	m, origins := map[string]known{}, map[string]string{}
	for rows.Next() {
		var k known
		var source string
		if err := rows.Scan(&k.id, &source, &k.origin, &k.edited, &k.size, &k.passed, &k.gone); err != nil {
			return nil, idx.wrap(err)
		}
		if o, ok := origins[k.origin]; ok {
			k.origin = o // one string for the many pads of an origin
		}
		origins[k.origin] = k.origin
		m[source] = k
	}
	return m, idx.wrap(rows.Err())
}

// hash returns the hash of the text of the pad of that id.
func (idx *Index) hash(id int64) ([]byte, error) {
	var h []byte
	err := idx.db.QueryRow(`SELECT hash FROM pads WHERE id = ?`, id).Scan(&h)
	return h, idx.wrap(err)
}

// allLinks reads the links of every pad, for a crawl through pads that
// did not change.
func (idx *Index) allLinks() (map[int64][]pad.Link, error) {
	rows, err := idx.db.Query(`SELECT pad, target, header FROM links`)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	m := map[int64][]pad.Link{}
	for rows.Next() {
		var id int64
		var l pad.Link
		if err := rows.Scan(&id, &l.URL, &l.InHeader); err != nil {
			return nil, idx.wrap(err)
		}
		m[id] = append(m[id], l)
	}
	return m, idx.wrap(rows.Err())
}
