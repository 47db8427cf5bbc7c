package query

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/internal/fold"
)

// FuzzParse checks what Parse promises: no panic, well-formed queries that
// String writes back as themselves, and errors that point into the search.
// testdata/fuzz holds the inputs the fuzzer itself found worth keeping.
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	for _, tt := range errorTests {
		f.Add(tt.in)
	}
	for _, tt := range stringTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			checkError(t, s, err)
			return
		}
		checkQuery(t, q)
		again, err := Parse(q.String())
		if err != nil {
			t.Fatalf("Parse(%q), from Parse(%q): %v", q.String(), s, err)
		}
		if diff := cmp.Diff(again, q); diff != "" {
			t.Errorf("Parse(%q), from Parse(%q) (-got +want):\n%s", q.String(), s, diff)
		}
	})
}

// checkQuery checks the shape of an accepted query.
func checkQuery(t *testing.T, q Query) {
	t.Helper()
	for _, c := range q.Clauses {
		if len(c.Terms) == 0 || c.Not && len(c.Terms) != 1 {
			t.Errorf("clause %+v: want one term, or several not excluded", c)
		}
		for _, term := range c.Terms {
			if term.Text == "" {
				t.Errorf("term %+v has no text", term)
			}
			if folded := term.Kind == Tag || term.Kind == Title; folded && fold.String(term.Text) != term.Text {
				t.Errorf("term %+v: folded again, %q", term, fold.String(term.Text))
			}
		}
	}
}

// checkError checks that err is an *Error whose column is in s or just after.
func checkError(t *testing.T, s string, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Parse(%q): %v is not an *Error", s, err)
	}
	if n := utf8.RuneCountInString(s); e.Column < 1 || e.Column > n+1 {
		t.Errorf("Parse(%q): column %d, in a search of %d characters", s, e.Column, n)
	}
}
