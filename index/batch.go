package index

import (
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"
)

// The size of a batch: pads, or bytes of text, or time gathering them,
// whichever comes first. Variables for the tests.
var (
	batchPads  = 5000
	batchBytes = 8 << 20
	batchTime  = 2 * time.Second
)

// batch is what one transaction of an update writes.
type batch struct {
	pads     []*entry // new or changed
	restamps []*entry // the same text, a new stamp
	gone     *goneMark
	bytes    int
	started  time.Time
}

// goneMark asks the last batch of an update to mark gone the pads that
// its origin no longer leads to, when every pad it leads to was listed.
type goneMark struct {
	seen  map[int64]bool // the pads known before that it led to
	own   int            // how many of them it had led to before
	clean bool
	count int // how many were marked, once written
}

func newBatch() *batch { return &batch{started: time.Now()} }

// next returns the batch to gather after b: b itself until it is full.
func (b *batch) next() *batch {
	if b.full() {
		return newBatch()
	}
	return b
}

func (b *batch) full() bool {
	return len(b.pads)+len(b.restamps) >= batchPads || b.bytes >= batchBytes || time.Since(b.started) >= batchTime
}

// put adds a pad, new or changed.
func (b *batch) put(e *entry) {
	b.pads = append(b.pads, e)
	b.bytes += len(e.text)
}

// txWriter writes batches in a transaction, statements prepared once.
type txWriter struct {
	idx    *Index
	tx     *sql.Tx
	stmts  map[string]*sql.Stmt
	origin string
	now    int64
	pads   []*entry
}

// write writes a batch. The texts go last, all together: the full-text
// index gathers the terms of consecutive texts in memory and writes them
// out at the end, but a statement that may change several rows in between
// would make it write them out each time, in many small pieces to merge
// later.
func (b *txWriter) write(bt *batch) error {
	b.pads = bt.pads
	replaced, err := b.writePads()
	if err != nil {
		return err
	}
	if err := b.clear(replaced); err != nil {
		return err
	}
	if err := b.writeRows(); err != nil {
		return err
	}
	if err := b.writeTexts(replaced); err != nil {
		return err
	}
	for _, e := range bt.restamps {
		if err := b.restamp(e); err != nil {
			return err
		}
	}
	return b.markGone(bt.gone)
}

// writePads inserts or updates the pads, and sets their ids; it returns
// those of the pads that were there before.
func (b *txWriter) writePads() (map[int64]bool, error) {
	ids, replaced := map[string]int64{}, map[int64]bool{}
	for chunk := range slices.Chunk(b.pads, 50) {
		var args []any
		for _, e := range chunk {
			args = append(args, e.source, b.origin, e.host, e.title, e.titleKey, e.description, e.context,
				e.participants, e.lang, e.passed, e.findings, e.hash, e.edited, e.size, e.revision, b.now, b.now)
		}
		if err := b.upsert(args, len(chunk), ids, replaced); err != nil {
			return nil, err
		}
	}
	for _, e := range b.pads {
		e.id = ids[e.source]
	}
	return replaced, nil
}

// upsert runs one statement of writePads, reading back the ids.
func (b *txWriter) upsert(args []any, n int, ids map[string]int64, replaced map[int64]bool) error {
	rows, err := b.tx.Query(insertPads+values(17, n)+upsertPads, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, first int64
		var source string
		if err := rows.Scan(&id, &source, &first); err != nil {
			return err
		}
		ids[source], replaced[id] = id, first != b.now
	}
	return rows.Err()
}

// clear removes the rows of the pads that were there before.
func (b *txWriter) clear(replaced map[int64]bool) error {
	var ids []int64
	for id, was := range replaced {
		if was {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	for _, table := range []string{"tags", "steps", "links"} {
		if err := b.exec(`DELETE FROM `+table+` WHERE pad IN (SELECT value FROM json_each(?))`, jsonOf(ids)); err != nil {
			return err
		}
	}
	return nil
}

// writeRows writes the hashtags, steps and links of the pads, many rows
// a statement; hashtags in the order of their key, as the table keeps
// them.
func (b *txWriter) writeRows() error {
	var tags []tagRow
	var steps, links []any
	for _, e := range b.pads {
		for _, r := range e.tags {
			r.Pad = e.id
			tags = append(tags, r)
		}
		for _, r := range e.steps {
			steps = append(steps, e.id, r.N, r.Text, r.Done)
		}
		for _, r := range e.links {
			links = append(links, e.id, r.Target, r.Header)
		}
	}
	slices.SortFunc(tags, func(x, y tagRow) int { return strings.Compare(x.Key, y.Key) })
	var tagArgs []any
	for _, r := range tags {
		tagArgs = append(tagArgs, r.Pad, r.Key, r.Text, r.Header, r.Line)
	}
	return errors.Join(b.insert(insertTags, 5, tagArgs), b.insert(insertSteps, 4, steps), b.insert(insertLinks, 3, links))
}

// writeTexts writes the texts of the pads, in place of those they had.
func (b *txWriter) writeTexts(replaced map[int64]bool) error {
	for _, e := range b.pads {
		if replaced[e.id] {
			if err := b.exec(`DELETE FROM text WHERE rowid = ?`, e.id); err != nil {
				return err
			}
		}
		if err := b.exec(`INSERT INTO text(rowid, title, body) VALUES (?, ?, ?)`, e.id, e.title, e.text); err != nil {
			return err
		}
	}
	return nil
}

// insert runs into with the values of args, rows of width values, at
// most rowsAtOnce rows a statement.
func (b *txWriter) insert(into string, width int, args []any) error {
	const rowsAtOnce = 200
	for len(args) > 0 {
		n := min(len(args)/width, rowsAtOnce)
		if err := b.exec(into+values(width, n), args[:n*width]...); err != nil {
			return err
		}
		args = args[n*width:]
	}
	return nil
}

// values writes the VALUES clause of n rows of width values.
func values(width, n int) string {
	row := "(?" + strings.Repeat(", ?", width-1) + ")"
	return " VALUES " + row + strings.Repeat(", "+row, n-1)
}

// restamp records the new stamp of a pad whose text did not change.
func (b *txWriter) restamp(e *entry) error {
	return b.exec(`UPDATE pads SET edited = ?, size = ?, revision = coalesce(?, revision) WHERE id = ?`,
		e.edited, e.size, e.revision, e.id)
}

// markGone marks gone the pads the origin led to and no longer does, and
// notes when the origin was indexed whole. The pads seen are those known
// before; those stored in this update are not gone.
func (b *txWriter) markGone(m *goneMark) error {
	if m == nil || !m.clean {
		return nil
	}
	if err := b.markMissing(m); err != nil {
		return err
	}
	return b.exec(`INSERT INTO origins(origin, indexed) VALUES (?, ?)
		ON CONFLICT DO UPDATE SET indexed = excluded.indexed`, b.origin, b.now)
}

// markMissing marks gone the pads of the origin stored before that it
// did not lead to this time: none when it led to as many as it has.
func (b *txWriter) markMissing(m *goneMark) error {
	var before int
	err := b.tx.QueryRow(`SELECT count(*) FROM pads WHERE origin = ? AND gone IS NULL AND last_indexed < ?`, b.origin, b.now).Scan(&before)
	if err != nil || before == m.own {
		return err
	}
	ids := make([]int64, 0, len(m.seen))
	for id := range m.seen {
		ids = append(ids, id)
	}
	res, err := b.tx.Exec(`UPDATE pads SET gone = ?1 WHERE origin = ?2 AND gone IS NULL AND last_indexed < ?1
		AND id NOT IN (SELECT value FROM json_each(?3))`, b.now, b.origin, jsonOf(ids))
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	m.count = int(n)
	return nil
}

// exec runs a statement, prepared once a batch.
func (b *txWriter) exec(query string, args ...any) error {
	st, ok := b.stmts[query]
	if !ok {
		var err error
		if st, err = b.tx.Prepare(query); err != nil {
			return err
		}
		b.stmts[query] = st
	}
	_, err := st.Exec(args...)
	return err
}

const insertPads = `INSERT INTO pads(source, origin, host, title, title_key, description, context,
	participants, lang, passed, findings, hash, edited, size, revision, first_indexed, last_indexed)`

const upsertPads = `
ON CONFLICT (source) DO UPDATE SET origin = excluded.origin, host = excluded.host, title = excluded.title,
	title_key = excluded.title_key, description = excluded.description, context = excluded.context,
	participants = excluded.participants, lang = excluded.lang, passed = excluded.passed,
	findings = excluded.findings, hash = excluded.hash, edited = excluded.edited, size = excluded.size,
	revision = excluded.revision, last_indexed = excluded.last_indexed, gone = NULL
RETURNING id, source, first_indexed`

// The statements that store the hashtags, steps and links of pads: OR
// REPLACE for the pad another padlint stored at the same time.
const (
	insertTags  = `INSERT OR REPLACE INTO tags(pad, key, text, header, line)`
	insertSteps = `INSERT OR REPLACE INTO steps(pad, n, text, done)`
	insertLinks = `INSERT OR REPLACE INTO links(pad, target, header)`
)
