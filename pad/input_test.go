package pad

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	utf16 := func(e unicode.Endianness) string {
		s, _ := unicode.UTF16(e, unicode.UseBOM).NewEncoder().String("Titre : Été")
		return s
	}
	bare := func(e unicode.Endianness, text string) string {
		s, _ := unicode.UTF16(e, unicode.IgnoreBOM).NewEncoder().String(text)
		return s
	}
	latin := "Titre : Été\r\nDescription :\r\nUn atelier à Lille, 5 € l'entrée, 東京 aussi\r\n"
	cp1252, _ := charmap.Windows1252.NewEncoder().String("Titre : Été")
	tests := []struct {
		name     string
		in       string
		text     string
		encoding string
	}{
		{"utf-8", "Titre : Été", "Titre : Été", ""},
		{"utf-8 with BOM", "\ufeffTitre : Été", "Titre : Été", ""},
		{"utf-16 LE", utf16(unicode.LittleEndian), "Titre : Été", "utf-16"},
		{"utf-16 BE", utf16(unicode.BigEndian), "Titre : Été", "utf-16"},
		{"utf-16 LE without BOM", bare(unicode.LittleEndian, latin), latin, "utf-16"},
		{"utf-16 BE without BOM", bare(unicode.BigEndian, latin), latin, "utf-16"},
		{"utf-16 LE, one letter", "a\x00", "a", "utf-16"},
		{"windows-1252", cp1252, "Titre : Été", "windows-1252"},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := decode(tt.in)
			if err != nil || text != tt.text || enc != tt.encoding {
				t.Errorf("decode = %q, %q, %v; want %q, %q", text, enc, err, tt.text, tt.encoding)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	tests := []struct{ name, in string }{
		{"zip", "PK\x03\x04\x00\x00binary"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"},
		{"small numbers, little-endian", "\x01\x00\x02\x00\x03\x00\x04\x00"},
		{"text then NUL characters", "a\x00b\x00\x00\x00c\x00"},
		{"an odd length", "a\x00b\x00c"},
		{"scattered zeros", "ab\x00cdefgh\x00ijklmn\x00op"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := decode(tt.in); !errors.Is(err, ErrBinary) {
				t.Errorf("decode error = %v, want ErrBinary", err)
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"a.txt", "<!DOCTYPE html>", Text},
		{"a.HTML", "", HTML},
		{"a.etherpad", "", Etherpad},
		{"-", "\ufeff  <!doctype html><html>", HTML},
		{"-", `{"pad:x": {}}`, Etherpad},
		{"-", "Titre : x", Text},
		{"notes", "<html><body>x", HTML},
	}
	for _, tt := range tests {
		if got := FormatOf(tt.name, tt.data); got != tt.want {
			t.Errorf("FormatOf(%q, %q) = %v, want %v", tt.name, tt.data, got, tt.want)
		}
	}
}

// header sums up what a pad's header holds, leaving positions aside.
func header(doc *Doc) []string {
	var out []string
	for _, f := range doc.Fields {
		var vals []string
		for _, v := range f.Values {
			vals = append(vals, v.Text)
		}
		out = append(out, f.Name.String()+"="+strings.Join(vals, "|")+" "+strings.Join(tagTexts(f.Tags), " "))
	}
	return out
}

// TestExportsAgree reads the exports of one pad made by a real Etherpad
// 1.8.14 (txt, html, etherpad): all three must give the same header, the
// same body hashtags and the same links.
func TestExportsAgree(t *testing.T) {
	txts, _ := filepath.Glob("../testdata/etherpad/*.txt")
	if len(txts) == 0 {
		t.Fatal("no exports in testdata/etherpad")
	}
	for _, txt := range txts {
		base := strings.TrimSuffix(txt, ".txt")
		t.Run(filepath.Base(base), func(t *testing.T) {
			want := readPad(t, txt)
			for _, other := range []string{base + ".html", base + ".etherpad"} {
				got := readPad(t, other)
				if diff := cmp.Diff(header(got), header(want)); diff != "" {
					t.Errorf("%s header (-got +want txt):\n%s", other, diff)
				}
				if diff := cmp.Diff(tagTexts(got.Tags), tagTexts(want.Tags)); diff != "" {
					t.Errorf("%s body tags (-got +want txt):\n%s", other, diff)
				}
				if diff := cmp.Diff(linkURLs(got), linkURLs(want)); diff != "" {
					t.Errorf("%s links (-got +want txt):\n%s", other, diff)
				}
			}
		})
	}
}

func linkURLs(doc *Doc) []string {
	var out []string
	for _, l := range doc.Links {
		out = append(out, l.URL)
	}
	return out
}

func readPad(t *testing.T, name string) *Doc {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(name, string(data), FormatOf(name, string(data)), DefaultOptions())
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return doc
}

func TestEtherpadErrors(t *testing.T) {
	for _, in := range []string{`{"pad:x"`, `{"other": 1}`, `{"pad:x": {"atext": 3}}`, `[]`} {
		if _, err := Parse("x.etherpad", in, Etherpad, DefaultOptions()); !errors.Is(err, ErrNotEtherpad) {
			t.Errorf("Parse(%q) error = %v, want ErrNotEtherpad", in, err)
		}
	}
}

func TestEtherpadErrorsKeepTheJSONError(t *testing.T) {
	var syntax *json.SyntaxError
	if _, err := Parse("x.etherpad", `{"pad:x": }`, Etherpad, DefaultOptions()); !errors.As(err, &syntax) {
		t.Errorf("Parse error = %v, want a *json.SyntaxError in its chain", err)
	}
	var typ *json.UnmarshalTypeError
	if _, err := Parse("x.etherpad", `{"pad:x": {"atext": 3}}`, Etherpad, DefaultOptions()); !errors.As(err, &typ) {
		t.Errorf("Parse error = %v, want a *json.UnmarshalTypeError in its chain", err)
	}
}
