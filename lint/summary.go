package lint

import "github.com/padlint/padlint/rules"

// Summary counts what a run found.
type Summary struct {
	Pads       int `json:"pads"`
	Passed     int `json:"passed"`
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
	Unreadable int `json:"unreadable"`
}

// Add counts one report.
func (s *Summary) Add(r Report) {
	if r.Err != nil {
		s.Unreadable++
		return
	}
	s.Pads++
	if r.Passed {
		s.Passed++
	}
	for _, f := range r.Findings {
		switch f.Severity {
		case rules.Error:
			s.Errors++
		case rules.Warning:
			s.Warnings++
		}
	}
}
