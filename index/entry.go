package index

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode"

	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/internal/fold"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
)

// The most the index keeps of one pad: what is beyond is left out, and
// said so.
const (
	maxItems = 1000    // hashtags, next steps or links
	maxText  = 8 << 20 // bytes of text for full-text search
)

// entry is one pad as the index stores it.
type entry struct {
	id                            int64 // once stored
	source, host, title, titleKey string
	description, context, lang    string
	participants, findings        string // JSON
	tags                          []tagRow
	steps                         []stepRow
	links                         []linkRow
	text                          string
	hash                          []byte
	passed                        bool
	edited, size, revision        any // nil when unknown
	trimmed                       []string
}

// newEntry gathers what the index keeps of a pad that was read.
func newEntry(source string, r lint.Report) *entry {
	doc := r.Doc
	text := strings.Join(doc.Lines, "\n")
	h := sha256.New()
	io.WriteString(h, text)
	e := &entry{source: source, host: hostOf(source), lang: doc.Lang, passed: r.Passed, hash: h.Sum(nil)}
	e.title = title(doc)
	e.titleKey = titleKey(cmp.Or(e.title, nameOf(source)))
	e.description, e.context = fieldText(doc, pad.Description), fieldText(doc, pad.Context)
	e.participants = jsonOf(fieldItems(doc, pad.Participants))
	e.findings = jsonOf(r.Findings)
	e.tags = keep(e, "hashtags", tagRows(doc))
	e.steps = keep(e, "next steps", stepRows(doc))
	e.links = keep(e, "links", linkRows(doc))
	e.text = e.cut(text)
	e.edited, e.size, e.revision = stampValues(r.Stamp, e.host == "")
	return e
}

// keep keeps at most maxItems rows, and says so when there were more.
func keep[Row any](e *entry, what string, rows []Row) []Row {
	if len(rows) > maxItems {
		e.trimmed = append(e.trimmed, fmt.Sprintf("%d %s, the index keeps the first %d", len(rows), what, maxItems))
		rows = rows[:maxItems]
	}
	return rows
}

// The rows of a pad's hashtags, next steps and links, written to the
// index as JSON (Pad is set when the pad is stored).
type (
	tagRow struct {
		Pad    int64  `json:"p"`
		Key    string `json:"k"` // folded, without '#'
		Text   string `json:"t"` // as written
		Header bool   `json:"h"` // in a Hashtags field
		Line   int    `json:"l"`
	}
	stepRow struct {
		Pad  int64  `json:"p"`
		N    int    `json:"n"`
		Text string `json:"t"`
		Done bool   `json:"d"`
	}
	linkRow struct {
		Pad    int64  `json:"p"`
		Target string `json:"t"`
		Header bool   `json:"h"`
	}
)

// cut keeps the first maxText bytes of text for full-text search.
func (e *entry) cut(text string) string {
	if len(text) <= maxText {
		return text
	}
	e.trimmed = append(e.trimmed, fmt.Sprintf("%d MB of text, the index searches the first %d MB", len(text)>>20, maxText>>20))
	return strings.ToValidUTF8(text[:maxText], "")
}

// The header's values are kept composed (NFC), as a pad written with
// decomposed accents shows the same.

// title returns the pad's title: the labelled one, else its first heading.
func title(doc *pad.Doc) string {
	if f := doc.Field(pad.Title); f != nil && len(f.Values) > 0 {
		return fold.NFC(f.Values[0].Text)
	}
	if doc.Heading != nil {
		return fold.NFC(doc.Heading.Text)
	}
	return ""
}

func fieldText(doc *pad.Doc, name pad.FieldName) string {
	if f := doc.Field(name); f != nil {
		return fold.NFC(f.Text())
	}
	return ""
}

func fieldItems(doc *pad.Doc, name pad.FieldName) []string {
	if f := doc.Field(name); f != nil {
		items := f.Items()
		for i, it := range items {
			items[i] = fold.NFC(it)
		}
		return items
	}
	return []string{}
}

// tagRows lists the pad's hashtags once each, those of its Hashtags
// fields first.
func tagRows(doc *pad.Doc) []tagRow {
	var rows []tagRow
	seen := map[tagRow]bool{}
	add := func(t pad.Tag, header bool) {
		k := tagRow{Key: t.Key, Header: header}
		if !t.Malformed && t.Key != "" && !seen[k] {
			seen[k] = true
			rows = append(rows, tagRow{Key: t.Key, Text: t.Text, Header: header, Line: t.Line})
		}
	}
	for _, f := range doc.Fields {
		for _, t := range f.Tags {
			add(t, true)
		}
	}
	for _, t := range doc.Tags {
		add(t, false)
	}
	return rows
}

// stepRows lists the next steps.
func stepRows(doc *pad.Doc) []stepRow {
	f := doc.Field(pad.NextSteps)
	if f == nil {
		return nil
	}
	var rows []stepRow
	for i, v := range f.Values {
		text, done := step(fold.NFC(v.Text))
		if text != "" {
			rows = append(rows, stepRow{N: i + 1, Text: text, Done: done || ticked(doc, v)})
		}
	}
	return rows
}

// ticked tells whether a checked box stands before a value, where the
// parser took it away with the list marker: "- [x] write the report".
func ticked(doc *pad.Doc, v pad.Value) bool {
	if v.Line < 1 || v.Line > len(doc.Lines) {
		return false
	}
	before := []rune(doc.Lines[v.Line-1])
	before = before[:min(max(v.Column-1, 0), len(before))]
	return strings.Contains(string(before), "[x]") || strings.Contains(string(before), "[X]")
}

// linkRows lists the pads the pad links to, once each.
func linkRows(doc *pad.Doc) []linkRow {
	var rows []linkRow
	seen := map[string]bool{}
	for _, l := range doc.Links {
		target := canonicalURL(l.URL)
		if !seen[target] {
			seen[target] = true
			rows = append(rows, linkRow{Target: target, Header: l.InHeader})
		}
	}
	return rows
}

// stampValues returns the stamp's values for the index, nil when unknown.
func stampValues(s lint.Stamp, file bool) (edited, size, revision any) {
	if s.Known() {
		edited = s.Edited.UnixNano()
	}
	if s.Known() && file {
		size = s.Size
	}
	if s.Revision > 0 {
		revision = s.Revision
	}
	return edited, size, revision
}

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // strings, numbers and findings always marshal
	}
	return string(b)
}

// hostOf returns the lower-case host of a pad's address, "" for a file.
func hostOf(source string) string {
	if p, err := fetch.ParseURL(source); err == nil {
		return strings.ToLower(p.Host())
	}
	return ""
}

// nameOf returns the pad's name: its file's, without extension, or the
// last part of its address.
func nameOf(source string) string {
	base := path.Base(strings.ReplaceAll(source, "\\", "/"))
	return strings.TrimSuffix(base, path.Ext(base))
}

// canonicalURL writes a pad's address the one way the index knows it by.
func canonicalURL(u string) string {
	if p, err := fetch.ParseURL(u); err == nil {
		return p.URL()
	}
	return u
}

// jsonStrings reads a JSON array of strings; nil when it is not one.
func jsonStrings(s string) []string {
	var out []string
	json.Unmarshal([]byte(s), &out)
	return out
}

// titleKey folds a title for the fuzzy match, its control characters
// made spaces: the titles are read back in one string that they separate.
func titleKey(title string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, fold.String(title))
}
