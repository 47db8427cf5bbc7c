package index

import (
	"errors"
	"github.com/padlint/padlint/pad"
	"strconv"
	"strings"
)

// known reads what the index holds of every pad to tell whether it
// changed: a row for each origin, its pads in one string, as reading them
// a row each would take longer than the rest of an update with nothing
// changed. A source holding a separator (a file named so) is left out: its
// pad is read again each time.
func (idx *Index) known() (map[string]known, error) {
	var n int
	if err := idx.db.QueryRow(`SELECT count(*) FROM pads`).Scan(&n); err != nil {
		return nil, idx.wrap(err)
	}
	rows, err := idx.db.Query(`SELECT origin, group_concat(id || char(31) || coalesce(edited, 0) || char(31) ||
		coalesce(size, 0) || char(31) || (passed + 2 * (gone IS NOT NULL)) || char(31) || source, char(30))
		FROM pads WHERE instr(source, char(30)) = 0 AND instr(source, char(31)) = 0 GROUP BY origin`)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	m := make(map[string]known, n)
	for rows.Next() {
		var origin, pads string
		if err := rows.Scan(&origin, &pads); err != nil {
			return nil, idx.wrap(err)
		}
		for pad := range strings.SplitSeq(pads, "\x1e") {
			if source, k, ok := parseKnown(pad); ok {
				k.origin = origin
				m[source] = k
			}
		}
	}
	return m, idx.wrap(rows.Err())
}

// parseKnown reads one pad of known's string: id, edited, size, state
// and source.
func parseKnown(s string) (string, known, bool) {
	f := strings.SplitN(s, "\x1f", 5)
	if len(f) != 5 {
		return "", known{}, false
	}
	var k known
	var state int64
	var errs [4]error
	k.id, errs[0] = strconv.ParseInt(f[0], 10, 64)
	k.edited, errs[1] = strconv.ParseInt(f[1], 10, 64)
	k.size, errs[2] = strconv.ParseInt(f[2], 10, 64)
	state, errs[3] = strconv.ParseInt(f[3], 10, 64)
	k.passed, k.gone = state&1 != 0, state&2 != 0
	return f[4], k, errors.Join(errs[:]...) == nil
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
