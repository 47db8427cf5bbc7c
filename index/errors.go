package index

import (
	"errors"
	"fmt"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Problem says why an index cannot be used.
type Problem int

// The problems an index file can have.
const (
	Missing    Problem = iota // no file yet
	Unreadable                // the file cannot be opened
	Foreign                   // a file of something else
	Newer                     // written by a newer padlint
	Damaged                   // a database, but damaged
	Busy                      // another padlint writes to it for too long
)

// Error is an index that cannot be used, with what to do about it.
type Error struct {
	Path    string
	Problem Problem
	Version int   // of a Newer index
	Err     error // underneath, when there is one
}

func (e *Error) Error() string {
	switch e.Problem {
	case Missing:
		return fmt.Sprintf("no index at %s yet: build it with padlint index, naming the pads (padlint index pads/)", e.Path)
	case Unreadable:
		return fmt.Sprintf("cannot open the index %s: %v", e.Path, e.Err)
	case Foreign:
		return fmt.Sprintf("%s is not a padlint index: padlint leaves it as it is; name another file with --index", e.Path)
	case Newer:
		return fmt.Sprintf("%s was written by a newer padlint (index version %d; this one knows up to %d): update padlint, or name another file with --index",
			e.Path, e.Version, len(migrations))
	case Damaged:
		return fmt.Sprintf("the index %s is damaged (%v): padlint leaves it as it is; move it away and build it again with padlint index", e.Path, e.Err)
	}
	return fmt.Sprintf("the index %s is busy: another padlint is writing to it; try again when it is done", e.Path)
}

func (e *Error) Unwrap() error { return e.Err }

// wrap names the index in SQLite's errors that mean it cannot be used.
func (idx *Index) wrap(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return &Error{Path: idx.path, Problem: Busy, Err: err}
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return &Error{Path: idx.path, Problem: Damaged, Err: err}
	}
	return err
}
