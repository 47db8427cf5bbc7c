package query

import "strings"

// String writes q back in the language, canonically, so that
// Parse(q.String()) gives q back: terms separated by single spaces, OR
// between the terms of a clause.
func (q Query) String() string {
	parts := make([]string, len(q.Clauses))
	for i, c := range q.Clauses {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

// String writes c as in a search: its terms joined by OR, each with '-'
// if c excludes.
func (c Clause) String() string {
	parts := make([]string, len(c.Terms))
	for i, t := range c.Terms {
		parts[i] = t.String()
		if c.Not {
			parts[i] = "-" + parts[i]
		}
	}
	return strings.Join(parts, " OR ")
}

// String writes t as in a search: #key, word, "a phrase", title:word or
// title:"some words".
func (t Term) String() string {
	switch t.Kind {
	case Tag:
		return "#" + t.Text
	case Phrase:
		return quote(t.Text)
	case Title:
		if needsQuotes(t.Text) {
			return "title:" + quote(t.Text)
		}
		return "title:" + t.Text
	}
	return t.Text
}

// needsQuotes tells whether a title is read as itself only between quotes:
// it has spaces, quotes or parentheses, or ends as a sentence does.
func needsQuotes(title string) bool {
	return strings.ContainsAny(title, " ()"+openers+"”»") ||
		strings.ContainsAny(title[len(title)-1:], sentenceEnd)
}

// quote puts s between the first pair of quotes whose closing quote s does
// not hold: a phrase read from “…” may hold '"'.
func quote(s string) string {
	for _, open := range openers {
		if end := closer(open); !strings.ContainsRune(s, end) {
			return string(open) + s + string(end)
		}
	}
	return `"` + s + `"`
}
