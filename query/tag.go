package query

import (
	"strings"
	"unicode"

	"github.com/padlint/padlint/pad"
)

// sentenceEnd is the punctuation that may follow a hashtag or a title word
// pasted from a sentence ("#communs, #fablab."): pads do not count it part
// of a hashtag, and neither does a search.
const sentenceEnd = ".,;:!?"

// Hashtag reads s as a search reads a hashtag, its '#' optional:
// "#Économie," and "économie" both give the key "economie". ok is false
// when s is not a hashtag.
func Hashtag(s string) (key string, ok bool) {
	if !strings.HasPrefix(s, "#") {
		s = "#" + s
	}
	t, err := tagTerm(s, token{col: 1, raw: s, body: s})
	return t.Text, err == nil
}

// tagTerm is a Tag: its key, as pads' hashtags have, which must read back
// as itself.
func tagTerm(query string, tok token) (Term, error) {
	body := strings.TrimRight(tok.body, sentenceEnd)
	tag := pad.ParseTag(body)
	if again := pad.ParseTag("#" + tag.Key); tag.Malformed || again.Malformed || again.Key != tag.Key {
		if body == "#" {
			return Term{}, errorAt(query, tok.col, "# alone is not a hashtag: write the word right after it, as in #communs")
		}
		return Term{}, errorAt(query, tok.col, "%s is not a hashtag: write # and one word of letters, digits, '-' or '_', as in #communs", tok.body)
	}
	return Term{Kind: Tag, Text: tag.Key}, nil
}

// hiddenTag returns the hashtag a word holds behind punctuation, as pads
// read one in "[#communs]" or "*#communs*", or "" when it holds none. As a
// word, it would search the text for the tag's letters, not the tag.
func hiddenTag(word string) string {
	i := strings.IndexByte(word, '#')
	if i <= 0 || searchable(word[:i]) {
		return ""
	}
	tag := word[i:]
	if end := strings.IndexFunc(tag[1:], notInTag); end >= 0 {
		tag = tag[:1+end]
	}
	if pad.ParseTag(tag).Malformed {
		return ""
	}
	return tag
}

// notInTag tells the runes that end a hashtag's word in a pad's text.
func notInTag(r rune) bool {
	return !unicode.In(r, unicode.L, unicode.M, unicode.N) && r != '-' && r != '_'
}
