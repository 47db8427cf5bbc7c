package pad

import (
	"errors"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Format is the form a pad comes in.
type Format int

// The forms padlint reads.
const (
	Text     Format = iota // plain text or Markdown
	HTML                   // Etherpad's /export/html, or any HTML page
	Etherpad               // Etherpad's .etherpad export (JSON)
)

// ErrBinary is the error for content that is not text.
var ErrBinary = errors.New("binary content, not a text pad")

// FormatOf tells a pad's format from its file name, or from its first
// bytes when the name says nothing (standard input).
func FormatOf(name string, data string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		return HTML
	case ".etherpad":
		return Etherpad
	case ".txt", ".md", ".markdown":
		return Text
	}
	head := strings.TrimPrefix(data[:min(len(data), 512)], "\ufeff")
	head = strings.ToLower(strings.TrimSpace(head))
	switch {
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"):
		return HTML
	case strings.HasPrefix(head, "{") && strings.Contains(head, `"pad:`):
		return Etherpad
	}
	return Text
}

// Parse reads a pad in the given format. The Doc's lines share data's memory.
func Parse(source string, data string, format Format, opt Options) (*Doc, error) {
	text, enc, err := decode(data)
	if err != nil {
		return nil, err
	}
	switch format {
	case HTML:
		text = htmlText(text)
	case Etherpad:
		if text, err = etherpadText(text); err != nil {
			return nil, err
		}
	}
	doc := ParseText(source, text, opt)
	doc.Encoding = enc
	return doc, nil
}

// decode returns a pad's bytes as UTF-8 text. A byte-order mark says the
// encoding; text that is not UTF-8 is read as Windows-1252, the encoding of
// old French pads saved on Windows, and the encoding is returned.
func decode(data string) (text, enc string, err error) {
	if strings.HasPrefix(data, "\xff\xfe") || strings.HasPrefix(data, "\xfe\xff") {
		out, _, err := transform.String(unicode.BOMOverride(transform.Nop), data)
		return out, "utf-16", err
	}
	if strings.IndexByte(data[:min(len(data), 8000)], 0) >= 0 {
		return "", "", ErrBinary
	}
	data = strings.TrimPrefix(data, "\ufeff")
	if utf8.ValidString(data) {
		return data, "", nil
	}
	out, err := charmap.Windows1252.NewDecoder().String(data)
	return out, "windows-1252", err
}
