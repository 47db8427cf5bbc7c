// Package rules is the pad convention as checks: each rule looks at a
// pad.Doc and reports Findings, the one currency of every output.
package rules

import (
	"cmp"
	"fmt"
	"slices"
)

// Severity says how much a finding matters. A pad passes when it has no
// finding at or above the failing severity (error, unless configured).
type Severity int

// Severities, from least to most serious. Off switches a rule off.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{"off", "info", "warning", "error"}

func (s Severity) String() string { return severityNames[s] }

// ParseSeverity reads "off", "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if n == s {
			return Severity(i), nil
		}
	}
	return Off, fmt.Errorf("unknown severity %q: use error, warning, info or off", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) (err error) {
	*s, err = ParseSeverity(string(b))
	return err
}

// Finding is one thing a rule found in a pad, with where and what to do.
type Finding struct {
	Rule       string   `json:"rule"`
	Severity   Severity `json:"severity"`
	Line       int      `json:"line"`
	Column     int      `json:"column"`
	Message    string   `json:"message"`
	Suggestion string   `json:"suggestion,omitempty"`
}

// Passes tells whether findings let a pad pass: none at failOn or above.
func Passes(findings []Finding, failOn Severity) bool {
	return !slices.ContainsFunc(findings, func(f Finding) bool { return f.Severity >= failOn })
}

// sortFindings orders findings by position, then rule, and drops repeats.
func sortFindings(fs []Finding) []Finding {
	slices.SortFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(fs)
}
