package pad

import (
	"bytes"
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
func FormatOf(name string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		return HTML
	case ".etherpad":
		return Etherpad
	case ".txt", ".md", ".markdown":
		return Text
	}
	head := bytes.TrimPrefix(data[:min(len(data), 512)], []byte("\ufeff"))
	head = bytes.ToLower(bytes.TrimSpace(head))
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")):
		return HTML
	case bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte(`"pad:`)):
		return Etherpad
	}
	return Text
}

// Parse reads a pad in the given format.
func Parse(source string, data []byte, format Format, opt Options) (*Doc, error) {
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
func decode(data []byte) (text, enc string, err error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		out, _, err := transform.Bytes(unicode.BOMOverride(transform.Nop), data)
		return string(out), "utf-16", err
	}
	if bytes.IndexByte(data[:min(len(data), 8000)], 0) >= 0 {
		return "", "", ErrBinary
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if utf8.Valid(data) {
		return string(data), "", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	return string(out), "windows-1252", err
}
