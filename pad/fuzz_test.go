package pad

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// addSeeds adds the example pads and real Etherpad exports to the corpus;
// testdata/fuzz holds the inputs the fuzzer itself found worth keeping.
func addSeeds(f *testing.F, pattern string) {
	names, _ := filepath.Glob(filepath.Join("..", "testdata", "*", pattern))
	if len(names) == 0 {
		f.Fatalf("no seeds match %s", pattern)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
}

func FuzzParseText(f *testing.F) {
	addSeeds(f, "*.txt")
	addSeeds(f, "*.md")
	f.Fuzz(func(t *testing.T, data string) {
		doc, err := Parse("fuzz", data, Text, DefaultOptions())
		if err == nil {
			checkDoc(t, doc)
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	addSeeds(f, "*.html")
	f.Fuzz(func(t *testing.T, data string) {
		doc, err := Parse("fuzz.html", data, HTML, DefaultOptions())
		if err == nil {
			checkDoc(t, doc)
		}
	})
}

// FuzzHTMLTokens reads pages tag by tag, as pages too deep for the tree
// are read.
func FuzzHTMLTokens(f *testing.F) {
	addSeeds(f, "*.html")
	f.Add(strings.Repeat("<div><ul><li>", 300) + "Titre : x<br>Hashtags : #a")
	f.Fuzz(func(t *testing.T, data string) {
		text, _, err := decode(data)
		if err != nil {
			return
		}
		checkDoc(t, ParseText("fuzz.html", htmlTokens(text), DefaultOptions()))
	})
}

func FuzzParseEtherpad(f *testing.F) {
	addSeeds(f, "*.etherpad")
	f.Fuzz(func(t *testing.T, data string) {
		doc, err := Parse("fuzz.etherpad", data, Etherpad, DefaultOptions())
		if err == nil {
			checkDoc(t, doc)
		}
	})
}

// checkDoc checks what every Doc promises: positions inside the text, valid
// UTF-8, fields in order, a header whose lines exist.
func checkDoc(t *testing.T, doc *Doc) {
	t.Helper()
	for _, f := range doc.Fields {
		checkPos(t, doc, f.Pos, f.Label)
		for _, v := range f.Values {
			checkPos(t, doc, v.Pos, v.Text)
		}
		for _, tag := range f.Tags {
			checkPos(t, doc, tag.Pos, tag.Text)
		}
	}
	for _, tag := range doc.Tags {
		checkPos(t, doc, tag.Pos, tag.Text)
		if tag.Malformed || tag.Key == "" {
			t.Errorf("body tag %q is malformed or has no key", tag.Text)
		}
	}
	for _, l := range doc.Links {
		checkPos(t, doc, l.Pos, l.URL)
	}
	if doc.HeaderLine > doc.HeaderEnd || doc.HeaderEnd > len(doc.Lines) {
		t.Errorf("header lines %d-%d out of %d lines", doc.HeaderLine, doc.HeaderEnd, len(doc.Lines))
	}
	for i := 1; i < len(doc.Fields); i++ {
		if !doc.Fields[i].Meta && doc.Fields[i].Line <= doc.Fields[i-1].Line {
			t.Errorf("field %d on line %d, after line %d", i, doc.Fields[i].Line, doc.Fields[i-1].Line)
		}
	}
}

func checkPos(t *testing.T, doc *Doc, p Pos, what string) {
	t.Helper()
	if !utf8.ValidString(what) {
		t.Errorf("%q is not valid UTF-8", what)
	}
	if p.Line < 1 || p.Line > len(doc.Lines) {
		t.Fatalf("%q on line %d, of %d lines", what, p.Line, len(doc.Lines))
	}
	if n := utf8.RuneCountInString(doc.Lines[p.Line-1]); p.Column < 1 || p.Column > n+1 {
		t.Errorf("%q at %d:%d, on a line of %d characters", what, p.Line, p.Column, n)
	}
}
