package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes text from a pad safe to show on a terminal, on one line:
// control characters, escape sequences among them, become '?', line breaks
// spaces, and invisible characters go (see visible).
func clean(s string) string { return neutral(s, false) }

// cleanLines is clean keeping the line breaks, for text shown on lines of
// its own: a description on a page, a skeleton to paste.
func cleanLines(s string) string { return neutral(s, true) }

// neutral writes s without what would drive a terminal or hide in the text.
// Invisible characters (Unicode's format characters: bidi controls such as
// U+202E, zero-width spaces and joiners, soft hyphens, byte-order marks) are
// dropped, not shown: a right-to-left override would make a line read
// otherwise than it is written, and a zero-width space hides inside a word;
// without them the text reads in the order it was typed. A zero-width
// joiner between two emoji is kept: it only draws them as one.
func neutral(s string, lines bool) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i, r := range s {
		switch {
		case r == '\n' && lines:
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			b.WriteByte('?')
		case visible(r) || r == zwj && joinsEmoji(prev, s[i+len(string(zwj)):]):
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// visible tells whether r shows, or takes room: it is not a format
// character (Unicode's category Cf).
func visible(r rune) bool { return !unicode.Is(unicode.Cf, r) }

// zwj is the zero-width joiner.
const zwj = '\u200d'

// joinsEmoji tells whether a zero-width joiner after prev and before rest
// joins two emoji, as in 👩‍🔬: prev an emoji, its variation selector or its
// skin tone, and rest starting with an emoji.
func joinsEmoji(prev rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	emoji := func(r rune) bool { return r != utf8.RuneError && unicode.Is(unicode.So, r) }
	return emoji(next) && (emoji(prev) || prev == '\ufe0f' || prev >= 0x1f3fb && prev <= 0x1f3ff)
}
