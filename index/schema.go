package index

import (
	"database/sql"
	"fmt"
)

// appID marks the file as padlint's, in SQLite's header: "PADL".
const appID = 0x5041444C

// migrations bring an index from one version to the next; the file's
// user_version counts those applied. Add to the end, never change one.
var migrations = []string{
	// 1: pads, with their hashtags, next steps, links and text.
	`CREATE TABLE pads (
		id            INTEGER PRIMARY KEY,
		source        TEXT NOT NULL UNIQUE, -- a pad's address, or a file's absolute path
		origin        TEXT NOT NULL,        -- what was indexed to find it
		host          TEXT NOT NULL,        -- lower case; '' for a file
		title         TEXT NOT NULL,
		title_key     TEXT NOT NULL,        -- folded: the title, else the pad's name
		description   TEXT NOT NULL,
		context       TEXT NOT NULL,
		participants  TEXT NOT NULL,        -- JSON array
		lang          TEXT NOT NULL,
		passed        INTEGER NOT NULL,
		findings      TEXT NOT NULL,        -- JSON array
		hash          BLOB NOT NULL,        -- SHA-256 of the text
		edited        INTEGER,              -- Unix ns: the file's or the server's, when known
		size          INTEGER,              -- of a file
		revision      INTEGER,              -- the server's, when known
		first_indexed INTEGER NOT NULL,     -- Unix ns
		last_indexed  INTEGER NOT NULL,     -- Unix ns: when its text was last stored
		gone          INTEGER               -- Unix ns: when it was found gone
	);
	CREATE INDEX pads_origin ON pads(origin);
	-- what a fuzzy search of titles reads, with what filters it, apart from the rest
	CREATE INDEX pads_titles ON pads(title_key, gone, passed, host, edited, first_indexed);
	CREATE TABLE tags (
		pad    INTEGER NOT NULL,
		key    TEXT NOT NULL,    -- folded, without '#'
		text   TEXT NOT NULL,    -- as written, with '#'
		header INTEGER NOT NULL, -- 1 in a Hashtags field, 0 in the notes
		line   INTEGER NOT NULL,
		PRIMARY KEY (key, pad, header)
	) WITHOUT ROWID;
	CREATE INDEX tags_pad ON tags(pad);
	CREATE TABLE steps (
		pad  INTEGER NOT NULL,
		n    INTEGER NOT NULL,
		text TEXT NOT NULL,
		done INTEGER NOT NULL,
		PRIMARY KEY (pad, n)
	) WITHOUT ROWID;
	CREATE TABLE links (
		pad    INTEGER NOT NULL,
		target TEXT NOT NULL,
		header INTEGER NOT NULL,
		PRIMARY KEY (pad, target)
	) WITHOUT ROWID;
	CREATE INDEX links_target ON links(target);
	CREATE TABLE origins (
		origin  TEXT PRIMARY KEY,
		indexed INTEGER NOT NULL -- Unix ns: when it was last indexed whole
	);
	CREATE VIRTUAL TABLE text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
	-- a larger buffer of terms before writing them out: fewer merges in a large run
	INSERT INTO text(text, rank) VALUES ('hashsize', 16777216);`,
}

// migrate checks that the file is a padlint index (or empty) of a version
// this padlint knows, and applies the migrations it lacks. An index that
// is up to date is only read, so that searching never waits for a writer.
func (idx *Index) migrate() error {
	version, err := idx.version(idx.db)
	if err != nil || version == len(migrations) {
		return err
	}
	if version == 0 {
		idx.settle()
	}
	tx, err := idx.db.Begin()
	if err != nil {
		return idx.wrap(err)
	}
	defer tx.Rollback()
	if err := idx.apply(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return idx.wrap(err)
	}
	if version == 0 {
		idx.settle()
	}
	return nil
}

// settle sets what a new file keeps: larger pages, written in fewer
// calls, set before the first table; and a write-ahead log, so that
// readers never wait for a writer. Neither waits for another padlint
// making the file at the same time: one of the two sets them, and the
// transaction that follows waits its turn. So errors are let go.
func (idx *Index) settle() {
	idx.db.Exec("PRAGMA page_size = 65536")
	idx.db.Exec("PRAGMA journal_mode = WAL")
}

// apply applies the migrations the file lacks, in tx.
func (idx *Index) apply(tx *sql.Tx) error {
	version, err := idx.version(tx) // another padlint may have done some
	if err != nil {
		return err
	}
	for _, m := range migrations[version:] {
		if _, err := tx.Exec(m); err != nil {
			return idx.wrap(err)
		}
	}
	_, err = tx.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", appID, len(migrations)))
	return idx.wrap(err)
}

// version returns the schema version of the file, refusing a foreign or
// newer one.
func (idx *Index) version(q querier) (int, error) {
	var id, version, tables int
	err := q.QueryRow(`SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&id, &version, &tables)
	switch {
	case err != nil:
		return 0, idx.wrap(err)
	case id != appID && (id != 0 || tables > 0):
		return 0, &Error{Path: idx.path, Problem: Foreign}
	case version > len(migrations):
		return 0, &Error{Path: idx.path, Problem: Newer, Version: version}
	}
	return version, nil
}

// querier is a database or a transaction.
type querier interface {
	QueryRow(query string, args ...any) *sql.Row
}
