package index

import (
	"strings"
	"time"
)

// Verdict picks pads by whether they follow the convention.
type Verdict int

// The verdicts a Filter can ask for.
const (
	AnyVerdict Verdict = iota
	Passing
	Failing
)

// Filter narrows what the index answers with.
type Filter struct {
	Verdict Verdict
	Host    string    // only pads on this server; "" for any
	Since   time.Time // only pads edited since (or indexed since, when the edit time is unknown)
	Limit   int       // at most this many results; 0 for all
}

// where returns the SQL conditions of the filter on pads p, gone pads
// left out, with their arguments.
func (f Filter) where() ([]string, []any) {
	conds, args := []string{"p.gone IS NULL"}, []any{}
	switch f.Verdict {
	case Passing:
		conds = append(conds, "p.passed = 1")
	case Failing:
		conds = append(conds, "p.passed = 0")
	}
	if f.Host != "" {
		conds, args = append(conds, "p.host = ?"), append(args, strings.ToLower(f.Host))
	}
	if !f.Since.IsZero() {
		conds, args = append(conds, "coalesce(p.edited, p.first_indexed) >= ?"), append(args, f.Since.UnixNano())
	}
	return conds, args
}
