// Package pad reads pads (plain text, Markdown, Etherpad's HTML and .etherpad
// exports) into a Doc: the pad's text form line by line, and the header
// fields, hashtags and links to other pads found in it, each with its
// position in that text form. It prints nothing.
package pad

import "strings"

// FieldName names one field of the header convention.
type FieldName int

// The fields of the header, in the order the convention gives them.
const (
	Title FieldName = iota
	Description
	NextSteps
	Hashtags
	Context
	Participants
)

var fieldKeys = [...]string{"title", "description", "next_steps", "hashtags", "context", "participants"}

// String returns the field's key, as used in JSON and configuration.
func (n FieldName) String() string { return fieldKeys[n] }

// ParseFieldName returns the field whose key is s.
func ParseFieldName(s string) (FieldName, bool) {
	for i, k := range fieldKeys {
		if k == s {
			return FieldName(i), true
		}
	}
	return 0, false
}

// Pos is a position in a pad's text form: 1-based line, 1-based column
// counted in characters.
type Pos struct {
	Line   int
	Column int
}

// Field is one labelled field found in a pad.
type Field struct {
	Pos      // where the label is
	Name     FieldName
	Label    string  // the label as written, such as "Hastags"
	Known    string  // the known label it stands for, such as "Hashtags"
	Near     bool    // Label is a near miss of Known, not Known itself
	Meta     bool    // found in YAML front matter
	InHeader bool    // part of the header at the top of the pad
	Values   []Value // the value lines, list markers removed
	Tags     []Tag   // for a Hashtags field, its tags
}

// Value is one line of a field's value.
type Value struct {
	Pos
	Text string
}

// Tag is a hashtag as written. Key is its folded form, which is what
// matches: "#Economie" and "#économie" have one Key.
type Tag struct {
	Pos
	Text      string // with its '#', as written
	Key       string // folded, without '#'
	Malformed bool   // not a single #word, such as "# communs"
}

// Link is a link to another pad.
type Link struct {
	Pos
	URL      string
	InHeader bool
}

// Doc is a pad as padlint understands it.
type Doc struct {
	Source string
	Lines  []string // the text form, without line endings
	Fields []Field  // every field found, in the order of the pad
	Tags   []Tag    // hashtags outside the Hashtags fields: the body's
	Links  []Link

	// HeaderLine and HeaderEnd are the first and last lines of the header
	// (0 when the pad has no field); HeaderDepth is how many lines of
	// content stand above it.
	HeaderLine  int
	HeaderEnd   int
	HeaderDepth int

	Welcome     []int  // lines of the host's default welcome text
	Heading     *Value // the first heading, when no title is labelled
	Lang        string // "fr" or "en" from the labels used, "" when unknown
	Encoding    string // the encoding the pad was read from, when not UTF-8
	FrontMatter error  // why the YAML front matter could not be read
}

// Field returns the first field with that name, preferring the header's.
func (d *Doc) Field(name FieldName) *Field {
	var first *Field
	for i := range d.Fields {
		f := &d.Fields[i]
		if f.Name != name {
			continue
		}
		if f.InHeader {
			return f
		}
		if first == nil {
			first = f
		}
	}
	return first
}

// Text returns the field's value, its lines joined by line breaks.
func (f *Field) Text() string {
	lines := make([]string, len(f.Values))
	for i, v := range f.Values {
		lines[i] = v.Text
	}
	return strings.Join(lines, "\n")
}

// Items returns the field's value as a list: one item a line, and for
// Participants, names separated by commas too.
func (f *Field) Items() []string {
	items := []string{}
	for _, v := range f.Values {
		if f.Name != Participants {
			items = append(items, v.Text)
			continue
		}
		for name := range strings.SplitSeq(v.Text, ",") {
			if name = strings.TrimSpace(name); name != "" {
				items = append(items, name)
			}
		}
	}
	return items
}
