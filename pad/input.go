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
// encoding, or else the zero bytes of UTF-16 text; text that is not UTF-8
// is read as Windows-1252, the encoding of old French pads saved on
// Windows, and the encoding is returned.
func decode(data string) (text, enc string, err error) {
	if strings.HasPrefix(data, "\xff\xfe") || strings.HasPrefix(data, "\xfe\xff") {
		out, _, err := transform.String(unicode.BOMOverride(transform.Nop), data)
		return out, "utf-16", err
	}
	if strings.IndexByte(data[:min(len(data), 8000)], 0) >= 0 {
		return decodeUTF16(data)
	}
	data = strings.TrimPrefix(data, "\ufeff")
	if utf8.ValidString(data) {
		return data, "", nil
	}
	out, err := charmap.Windows1252.NewDecoder().String(data)
	return out, "windows-1252", err
}

// decodeUTF16 reads text with zero bytes as UTF-16 without a byte-order
// mark, as some Windows editors save it, when its zero bytes say so; other
// content with zero bytes is binary.
func decodeUTF16(data string) (text, enc string, err error) {
	order, ok := utf16Order(data)
	if !ok {
		return "", "", ErrBinary
	}
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().String(data)
	return out, "utf-16", err
}

// utf16Order tells the byte order of text in UTF-16 that is mostly Latin
// script: in its first 4000 characters, at least half have a zero high
// byte and hardly any a zero low byte.
func utf16Order(data string) (unicode.Endianness, bool) {
	if len(data)%2 != 0 {
		return unicode.LittleEndian, false
	}
	head := data[:min(len(data), 8000)]
	var zeros [2]int // at even offsets, at odd ones
	for i := range len(head) {
		zeros[i%2] += b2i(head[i] == 0)
	}
	n := len(head) / 2
	switch {
	case 2*zeros[1] >= n && 16*zeros[0] <= n:
		return unicode.LittleEndian, isUTF16Text(head, unicode.LittleEndian)
	case 2*zeros[0] >= n && 16*zeros[1] <= n:
		return unicode.BigEndian, isUTF16Text(head, unicode.BigEndian)
	}
	return unicode.LittleEndian, false
}

// isUTF16Text reports whether head holds no NUL and no control character
// other than white space, which binary content seldom manages.
func isUTF16Text(head string, order unicode.Endianness) bool {
	for i := 0; i+1 < len(head); i += 2 {
		c := rune(head[i]) | rune(head[i+1])<<8
		if order == unicode.BigEndian {
			c = rune(head[i])<<8 | rune(head[i+1])
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7f {
			return false
		}
	}
	return true
}
