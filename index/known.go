package index

import (
	"strings"

	"github.com/padlint/padlint/pad"
)

// known reads what the index holds of every pad to tell whether it changed.
func (idx *Index) known() (map[string]known, error) {
	rows, err := idx.db.Query(`SELECT id, source, coalesce(edited, 0), coalesce(size, 0), hash, passed, gone IS NOT NULL FROM pads`)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	m := map[string]known{}
	for rows.Next() {
		var k known
		var source string
		if err := rows.Scan(&k.id, &source, &k.edited, &k.size, &k.hash, &k.passed, &k.gone); err != nil {
			return nil, idx.wrap(err)
		}
		m[source] = k
	}
	return m, idx.wrap(rows.Err())
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

// step reads one next step: its text without its box, and whether it is
// done: a checked box or a tick before it, or struck through.
func step(item string) (string, bool) {
	item = strings.TrimSpace(item)
	for _, mark := range doneMarks {
		if rest, ok := strings.CutPrefix(item, mark); ok {
			return strings.TrimSpace(rest), true
		}
	}
	if len(item) > 4 && strings.HasPrefix(item, "~~") && strings.HasSuffix(item, "~~") {
		return strings.TrimSpace(item[2 : len(item)-2]), true
	}
	for _, box := range openBoxes {
		if rest, ok := strings.CutPrefix(item, box); ok {
			return strings.TrimSpace(rest), false
		}
	}
	return item, false
}

var (
	doneMarks = []string{"[x]", "[X]", "[✓]", "[✔]", "☑", "✅", "✔", "✓"}
	openBoxes = []string{"[ ]", "[]", "☐"}
)
