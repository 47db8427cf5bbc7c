// Package query reads the small language of padlint's searches, the QUERY
// of "padlint search QUERY", into a Query for the index to run.
//
// A search is terms separated by spaces, and a pad matches when every term
// holds:
//
//	#communs                 pads tagged #communs, #Communs or #COMMUNS
//	budget                   pads whose text has the word budget
//	"plan de travail"        pads whose text has these words, in this order
//	title:budget             pads whose title is close to "budget"
//	title:"plan de travail"  pads whose title is close to these words
//	#économie budget         pads tagged #economie whose text has budget
//
// A hashtag is compared without case or accents, as the hashtags of pads
// are, so #Économie and #economie are one tag; words and phrases are kept
// as written for the full-text index, which folds them itself; a title is
// folded for a fuzzy match. The prefix title: may be written in any case.
// Quotes may be straight "…" or typographic “…” and «…», as pasted from a
// document; a phrase is closed by the partner of the quote that opened it,
// and spaces must separate it from the terms around it.
//
// A '-' before a term excludes the pads it matches. OR, in upper case, joins
// terms of which any may hold, and binds tighter than the spaces between
// terms; AND may be written between terms, and changes nothing:
//
//	#communs -#archive             tagged #communs and not #archive
//	#communs OR #fablab OR #tiers-lieux
//	                               tagged with any of the three
//	budget OR "plan de travail"    with either in the text
//	#communs AND budget            the same as #communs budget
//
// OR joins hashtags with hashtags, words and phrases with words and phrases,
// titles with titles, and never an excluded term. Since OR binds tighter,
// the language needs no grouping, and has no parentheses: a search that
// holds one outside quotes is refused, rather than "(#communs" being read
// as a word. Punctuation never changes what a term means without a word
// said: a hashtag or a title word may end as a sentence does, with any of
// . , ; : ! ?, which is not part of it ("#communs," is #communs, as in a
// pad); a word that holds a hashtag behind punctuation, "[#communs]", is
// refused. Any other character is part of a word, so l'école, co-working
// and C# are words, and so is "or" in lower case; the full-text index
// leaves out a word's punctuation itself. A search has at most MaxLen
// characters and MaxTerms terms.
//
// Parse refuses what it cannot read with an *Error that gives the column
// and says what to write instead. String writes a Query back in the
// language, so that Parse reads it again as the same Query.
package query

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on a search, so that a pasted document is refused rather than run.
const (
	MaxLen   = 1000 // characters
	MaxTerms = 64
)

// Query is a parsed search: a pad matches when every clause holds.
type Query struct{ Clauses []Clause }

// Clause is one term, or several joined by OR of which any may hold; Not
// clauses (written -term) exclude the pads their one term matches.
type Clause struct {
	Not   bool
	Terms []Term
}

// Kind says what a term looks for.
type Kind int

// The kinds of terms.
const (
	Tag    Kind = iota // #tag: Text is the folded key, without '#'
	Word               // a word for full-text search: Text as written
	Phrase             // "words in quotes": Text as written inside the quotes
	Title              // title:word or title:"words": Text folded, matched fuzzily on titles
)

// String names the kind in English: "hashtag", "word", "phrase", "title".
func (k Kind) String() string {
	switch k {
	case Tag:
		return "hashtag"
	case Word:
		return "word"
	case Phrase:
		return "phrase"
	case Title:
		return "title"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Term is one thing a pad is searched for.
type Term struct {
	Kind Kind
	Text string
}

// Parse reads a query; its errors are *Error. It reads from left to right
// and reports the first thing it cannot read.
func Parse(s string) (Query, error) {
	if err := checkInput(s); err != nil {
		return Query{}, err
	}
	sc, b := newScanner(s), builder{query: s}
	for sc.more() {
		tok, err := sc.token()
		if err == nil {
			err = b.add(tok)
		}
		if err != nil {
			return Query{}, err
		}
	}
	return b.finish()
}

// checkInput refuses what is not a search before reading it: invalid
// UTF-8, too long, or nothing but spaces.
func checkInput(s string) error {
	if i := invalidUTF8(s); i >= 0 {
		return errorAt(s, utf8.RuneCountInString(s[:i])+1,
			"the search is not valid UTF-8 here: type it again or paste it as plain text")
	}
	if n := utf8.RuneCountInString(s); n > MaxLen {
		return errorAt(s, MaxLen+1, "a search has at most %d characters, this one %d: shorten it", MaxLen, n)
	}
	if strings.TrimSpace(s) == "" {
		return errorAt(s, 1, `an empty search: give a #tag, words, "a phrase" or title:word`)
	}
	return nil
}

// invalidUTF8 returns the offset of the first byte of s that is not UTF-8,
// or -1.
func invalidUTF8(s string) int {
	for i, r := range s {
		if _, n := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && n == 1 {
			return i
		}
	}
	return -1
}

// searchable tells whether s has something the full-text index can find:
// a letter or a digit.
func searchable(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.In(r, unicode.L, unicode.N) }) >= 0
}
