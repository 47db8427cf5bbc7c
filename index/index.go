// Package index keeps what padlint learnt of pads in one SQLite file on
// disk, where the traces of one workshop meet the next: each pad's header,
// hashtags, next steps, links and verdict, and its text for full-text
// search. It updates itself incrementally, a batch of pads per
// transaction, and answers searches, tag counts, open next steps and links.
package index

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver, pure Go, FTS5 built in
)

// Index is an open index file.
type Index struct {
	db    *sql.DB
	path  string
	write bool // opened to be written: Close then folds the log back
}

// Options set how an index is opened.
type Options struct {
	Create bool          // make the file when there is none, to write to it
	Wait   time.Duration // how long to wait while another padlint writes; 5 s when 0
}

// Open opens the index at path, checking that it is one, and brings its
// schema up to date. It never overwrites a file that is not an index.
func Open(path string, opt Options) (*Index, error) {
	if err := checkFile(path, opt.Create); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path, opt))
	if err != nil {
		return nil, err
	}
	idx := &Index{db: db, path: path, write: opt.Create}
	if err := idx.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	return idx, nil
}

// Close closes the file. After writing, it folds the write-ahead log back
// into it, so that the file alone holds the index; a search leaves that
// to the next writer.
func (idx *Index) Close() error {
	if idx.write {
		idx.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)") // best effort: SQLite also does it on close
	}
	return idx.db.Close()
}

// Path returns the file the index lives in.
func (idx *Index) Path() string { return idx.path }

// dsn names the file and the settings of every connection: how long to
// wait for another writer, and transactions that take the write lock when
// they begin. A writer syncs the log only at checkpoints; a reader maps
// the file in memory: no copy of the pages it reads.
func dsn(path string, opt Options) string {
	wait := opt.Wait
	if wait <= 0 {
		wait = 5 * time.Second
	}
	settings := fmt.Sprintf("_pragma=busy_timeout(%d)&_txlock=immediate", wait.Milliseconds())
	if opt.Create {
		settings += "&_pragma=synchronous(NORMAL)"
	} else {
		settings += "&_pragma=mmap_size(4294967296)"
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + settings
}

// checkFile refuses a file that is not a SQLite database before SQLite
// sees it, and a missing one unless it may be made.
func checkFile(path string, create bool) error {
	f, err := os.Open(path)
	switch {
	case errors.Is(err, os.ErrNotExist) && create:
		return os.MkdirAll(filepath.Dir(path), 0o755)
	case errors.Is(err, os.ErrNotExist):
		return &Error{Path: path, Problem: Missing}
	case err != nil:
		return &Error{Path: path, Problem: Unreadable, Err: err}
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF) {
		return nil // an empty file becomes an index
	}
	if string(head[:n]) != sqliteHeader {
		return &Error{Path: path, Problem: Foreign}
	}
	return nil
}

// sqliteHeader starts every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"
