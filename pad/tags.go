package pad

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/padlint/padlint/internal/fold"
)

// fieldTags reads the tags of one line of a Hashtags field, where words
// count as tags even without '#': "#communs #fablab", "communs, tiers-lieux",
// or HedgeDoc's "`communs` `fablab`".
func fieldTags(v Value) []Tag {
	var tags []Tag
	col, at := v.Column, 0 // counted from the last item: a line of many tags stays linear
	for _, it := range tagItems(v.Text) {
		if it.at < at {
			col, at = v.Column, 0
		}
		col += utf8.RuneCountInString(v.Text[at:it.at])
		at = it.at
		tags = append(tags, newTag(it.text, Pos{v.Line, col}))
	}
	return tags
}

type item struct {
	text string
	at   int // byte offset in the value
}

func tagItems(s string) []item {
	if strings.HasPrefix(s, "[") || strings.HasSuffix(s, "]") { // a YAML list read as text
		s = strings.NewReplacer("[", " ", "]", " ").Replace(s)
	}
	switch {
	case strings.Contains(s, "`"):
		return split(s, func(r rune) bool { return r == '`' }, true)
	case strings.Contains(s, "#"):
		return hashItems(split(s, isTagSep, false))
	case strings.ContainsAny(s, ",;"):
		return split(s, func(r rune) bool { return r == ',' || r == ';' }, false)
	}
	return split(s, isTagSep, false)
}

// split cuts s at the runes sep accepts; with odd, it keeps only the odd
// pieces, those between pairs of separators (`a` `b`).
func split(s string, sep func(rune) bool, odd bool) []item {
	var items []item
	piece, start := 0, 0
	for i, r := range s + "\x00" {
		if i < len(s) && !sep(r) {
			continue
		}
		if text := strings.TrimSpace(s[start:i]); text != "" && (!odd || piece%2 == 1) {
			items = append(items, item{text, start + strings.Index(s[start:i], text)})
		}
		piece, start = piece+1, i+utf8.RuneLen(r)
	}
	return items
}

// hashItems keeps the #words of a line, joining a lone '#' to the word after
// it, since "# communs" is a tag written wrong.
func hashItems(items []item) []item {
	var out []item
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.text == "#" && i+1 < len(items) && !strings.HasPrefix(items[i+1].text, "#") {
			it.text = "# " + items[i+1].text
			i++
		}
		if strings.HasPrefix(it.text, "#") {
			out = append(out, it)
		}
	}
	return out
}

// ParseTag reads a hashtag as someone types it, "#Économie" or "économie",
// into the Tag a pad holding it has: its Key is what matches.
func ParseTag(text string) Tag { return newTag(text, Pos{}) }

func newTag(text string, pos Pos) Tag {
	text = fold.NFC(strings.TrimRight(text, ".!?:"))
	body := strings.TrimPrefix(text, "#")
	t := Tag{Pos: pos, Text: "#" + body, Key: fold.String(body)}
	if tagLen(body) != len(body) || !hasLetter(body) {
		t.Text, t.Malformed = text, true
	}
	return t
}

// bodyTags finds the hashtags of a line of notes. A '#' starts a tag only at
// the start of a word and when a word follows: not "# Titre", "C#", "#1",
// "#ff0000" or the fragment of "…/annuaire?#/carte".
func bodyTags(line string, lineNo int) []Tag {
	var tags []Tag
	for i := strings.IndexByte(line, '#'); i >= 0; {
		n := 0
		if startsWord(line, i) {
			n = tagLen(line[i+1:])
		}
		if body := line[i+1 : i+1+n]; n > 0 && hasLetter(body) && !isColour(body) {
			col := utf8.RuneCountInString(line[:i]) + 1
			tags = append(tags, newTag(line[i:i+1+n], Pos{lineNo, col}))
		}
		next := strings.IndexByte(line[i+1+n:], '#')
		if next < 0 {
			break
		}
		i += 1 + n + next
	}
	return tags
}

func startsWord(line string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(line[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{,;:\"'«“*_>|", r)
}

// tagLen is the length of the tag word s starts with: letters, digits,
// '_' and '-', not ending with '-' or '_'.
func tagLen(s string) int {
	n := 0
	for i, r := range s {
		if !unicode.In(r, unicode.L, unicode.M, unicode.N) && r != '_' && r != '-' {
			break
		}
		n = i + utf8.RuneLen(r)
	}
	return len(strings.TrimRight(s[:n], "-_"))
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// isColour tells a CSS colour (#fff, #ff0000, #fafafa) from a tag. Six
// or eight hex digits are a colour; three or four are one when they hold
// a digit or no vowel, since "#fab" and "#cafe" are words.
func isColour(s string) bool {
	switch len(s) {
	case 3, 4, 6, 8:
	default:
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.ASCII_Hex_Digit, r) {
			return false
		}
	}
	return len(s) >= 6 || strings.ContainsAny(s, "0123456789") || !strings.ContainsAny(strings.ToLower(s), "ae")
}

func isTagSep(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' }
