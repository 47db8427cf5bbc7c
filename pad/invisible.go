package pad

import (
	"strings"
	"unicode"
)

// shown reports whether s shows anything: a value made only of invisible
// characters, as a pasted zero-width space or a Hangul filler, is empty,
// however many bytes it holds.
func shown(s string) bool { return strings.IndexFunc(s, visible) >= 0 }

func visible(r rune) bool { return !isInvisible(r) }

// isInvisible reports a character that shows nothing: white space, a
// format character (zero-width spaces and joiners, word joiner, byte-order
// mark, soft hyphen, bidi marks, Mongolian vowel separator, tags), or one
// of the fillers and blanks that are letters or symbols to Unicode.
func isInvisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.Is(blanks, r)
}

// isLetter reports a letter that shows: the Hangul fillers are letters to
// Unicode, but a label or a value of them shows nothing.
func isLetter(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(blanks, r) }

// blanks are the characters outside the Cf category that show nothing:
// the combining grapheme joiner, the Hangul fillers, Khmer's inherent
// vowels, Mongolian free variation selectors, the braille blank and the
// variation selectors.
var blanks = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x034f, Hi: 0x034f, Stride: 1},
		{Lo: 0x115f, Hi: 0x1160, Stride: 1},
		{Lo: 0x17b4, Hi: 0x17b5, Stride: 1},
		{Lo: 0x180b, Hi: 0x180f, Stride: 1},
		{Lo: 0x2800, Hi: 0x2800, Stride: 1},
		{Lo: 0x3164, Hi: 0x3164, Stride: 1},
		{Lo: 0xfe00, Hi: 0xfe0f, Stride: 1},
		{Lo: 0xffa0, Hi: 0xffa0, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0xe0100, Hi: 0xe01ef, Stride: 1},
	},
}
