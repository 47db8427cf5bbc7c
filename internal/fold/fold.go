// Package fold reduces words to the form padlint compares them in: without
// case and without accents, so that "Étapes", "etapes" and "ÉTAPES" are one
// word, and "#Economie" and "#économie" one tag.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// String returns s without case and without diacritics.
func String(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return string(Append(make([]byte, 0, len(s)), s))
}

// Append appends s, folded as String folds it, to dst.
func Append(dst []byte, s string) []byte {
	table := latin[:]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, toLowerASCII(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if int(r) < len(table) {
			dst = append(dst, table[r]...)
		} else {
			dst = append(dst, foldRune(r)...)
		}
		i += n
	}
	return dst
}

// Rune returns r folded as String folds it: "É" and "e" give "e", and a
// combining accent gives "".
func Rune(r rune) string {
	if int(r) < len(latin) {
		return latin[r]
	}
	return foldRune(r)
}

// latin (latin_table.go) holds the folded form of every character up to
// the end of Latin Extended-B, where the letters of French and most
// European languages are, so that folding them is a look-up. It is
// written by foldRune: go test ./internal/fold -update.

// foldRune decomposes a character (NFD), drops its combining marks and
// lowers the rest.
func foldRune(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}

func toLowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// NFC returns s in Unicode normal form C, the form pads are shown in.
func NFC(s string) string {
	if isASCII(s) {
		return s
	}
	return norm.NFC.String(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
