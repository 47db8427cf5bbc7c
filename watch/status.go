package watch

import (
	"strings"

	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
)

// State is how one field of the header stands.
type State int

// The states of a field, from the worst.
const (
	Missing State = iota // no label for it
	Wrong                // there, with a finding that fails the pad: empty, say
	Warned               // there, with a finding that does not fail it
	Right
)

// Field is one required field of a pad's header, as the last reading
// found it.
type Field struct {
	Name     pad.FieldName
	State    State
	Value    string          // the title, or the hashtags, as written
	Count    int             // the lines of the description, the next steps, the hashtags
	Findings []rules.Finding // about this field
}

// fieldsOf returns the required fields of the pad the report is of.
func fieldsOf(r lint.Report, failOn rules.Severity) ([]Field, []rules.Finding) {
	fields := make([]Field, len(rules.Required))
	for i, name := range rules.Required {
		fields[i] = field(r.Doc, name)
	}
	var other []rules.Finding
	for _, f := range r.Findings {
		i, ok := fieldIndex(f)
		if !ok {
			other = append(other, f)
			continue
		}
		fields[i].Findings = append(fields[i].Findings, f)
		fields[i].State = min(fields[i].State, stateOf(f, failOn))
	}
	return fields, other
}

// field returns what the pad holds of a field, Right unless a finding
// says otherwise.
func field(doc *pad.Doc, name pad.FieldName) Field {
	f := doc.Field(name)
	if f == nil {
		return Field{Name: name, State: Missing}
	}
	out := Field{Name: name, State: Right, Count: len(f.Items())}
	switch name {
	case pad.Title:
		out.Value = f.Text()
	case pad.Hashtags:
		tags := make([]string, len(f.Tags))
		for i, t := range f.Tags {
			tags[i] = t.Text
		}
		out.Value, out.Count = strings.Join(tags, " "), len(tags)
	}
	return out
}

// fieldIndex returns where in rules.Required the field a finding is
// about stands.
func fieldIndex(f rules.Finding) (int, bool) {
	r, ok := rules.Lookup(f.Rule)
	if !ok {
		return 0, false
	}
	name, ok := r.Field()
	for i, req := range rules.Required {
		if ok && req == name {
			return i, true
		}
	}
	return 0, false
}

// stateOf is the state a finding leaves a field that is there in; one
// that is not stays Missing.
func stateOf(f rules.Finding, failOn rules.Severity) State {
	if f.Severity >= failOn {
		return Wrong
	}
	return Warned
}

// Happened is what happened to a field between two readings.
type Happened int

// What can happen to a field.
const (
	Added   Happened = iota // it was missing, it is there
	Removed                 // it was there, it is missing
	Fixed                   // it was wrong, or warned about, and is right now
	Broken                  // it was right, it is wrong now, or warned about
	Edited                  // it stands as it stood, with another value
)

// Change is what happened to one field.
type Change struct {
	Field pad.FieldName
	What  Happened
}

// changes returns what happened to the fields from before to now.
func changes(before, now []Field) []Change {
	var out []Change
	for i, b := range before {
		if what, ok := happened(b, now[i]); ok {
			out = append(out, Change{Field: b.Name, What: what})
		}
	}
	return out
}

func happened(b, n Field) (Happened, bool) {
	switch {
	case b.State == Missing && n.State != Missing:
		return Added, true
	case b.State != Missing && n.State == Missing:
		return Removed, true
	case b.State != Right && n.State == Right:
		return Fixed, true
	case b.State == Right && n.State != Right:
		return Broken, true
	}
	return Edited, b.Value != n.Value || b.Count != n.Count
}
