package query

import "fmt"

// Error is a query that cannot be read: Column is where (1-based, in
// characters), Msg says what is wrong and what to write instead.
type Error struct {
	Query  string
	Column int
	Msg    string
}

// Error returns the message with the search and the column, such as
// `search "#a OR": column 4: OR needs a term after it, as in #a OR #b`.
func (e *Error) Error() string {
	return fmt.Sprintf("search %q: column %d: %s", e.Query, e.Column, e.Msg)
}

func errorAt(query string, col int, format string, args ...any) *Error {
	return &Error{Query: query, Column: col, Msg: fmt.Sprintf(format, args...)}
}
