package query

import (
	"slices"
	"strings"
	"unicode"
)

// token is one term or operator of a search, as the scanner cuts it.
type token struct {
	col    int    // column of its first character, from 1
	raw    string // as written, for messages
	op     string // "OR" or "AND" when the token is one of them
	not    bool   // written with a leading '-'
	title  bool   // written with a title: prefix
	quoted bool   // body was written between quotes
	body   string // the word, or the text between the quotes with its spaces collapsed
}

// openers are the quotes that open a phrase.
const openers = `"“«`

// closer returns the quote that closes the phrase r opens, or 0.
func closer(r rune) rune {
	switch r {
	case '"':
		return '"'
	case '“':
		return '”'
	case '«':
		return '»'
	}
	return 0
}

// isQuote tells whether r opens or closes a phrase.
func isQuote(r rune) bool { return strings.ContainsRune(`"“”«»`, r) }

// scanner cuts a search, valid UTF-8, into tokens; it works on runes so
// that an index is a column.
type scanner struct {
	query string
	rs    []rune
	i     int
}

func newScanner(s string) *scanner { return &scanner{query: s, rs: []rune(s)} }

// more skips spaces and tells whether a token follows.
func (sc *scanner) more() bool {
	for sc.i < len(sc.rs) && unicode.IsSpace(sc.rs[sc.i]) {
		sc.i++
	}
	return sc.i < len(sc.rs)
}

// token reads the token at sc.i: [-][title:]word or [-][title:]"phrase".
func (sc *scanner) token() (token, error) {
	start := sc.i
	tok := token{col: start + 1, not: sc.accept("-")}
	tok.title = sc.accept("title:")
	var err error
	if sc.i < len(sc.rs) && closer(sc.rs[sc.i]) != 0 {
		tok.quoted = true
		tok.body, err = sc.phrase()
	} else {
		tok.body, err = sc.word()
	}
	tok.raw = string(sc.rs[start:sc.i])
	if tok.raw == "OR" || tok.raw == "AND" {
		tok.op = tok.raw
	}
	return tok, err
}

// accept skips prefix, in any case, if the runes at sc.i start with it.
func (sc *scanner) accept(prefix string) bool {
	n := len([]rune(prefix))
	if len(sc.rs)-sc.i < n || !strings.EqualFold(string(sc.rs[sc.i:sc.i+n]), prefix) {
		return false
	}
	sc.i += n
	return true
}

// phrase reads the phrase whose opening quote is at sc.i.
func (sc *scanner) phrase() (string, error) {
	open := sc.i
	end := closer(sc.rs[open])
	n := slices.Index(sc.rs[open+1:], end)
	if n < 0 {
		return "", sc.errorf(open, "the quote opened at column %d is not closed: end the phrase with %c", open+1, end)
	}
	sc.i = open + 1 + n + 1
	if sc.i < len(sc.rs) && !unicode.IsSpace(sc.rs[sc.i]) {
		return "", sc.errorf(sc.i, `the quote closed at column %d is followed by %q: put spaces around the phrase, as in "plan de travail" budget`, sc.i, sc.rs[sc.i])
	}
	return strings.Join(strings.Fields(string(sc.rs[open+1:sc.i-1])), " "), nil
}

// word reads the word at sc.i, up to the next space. It refuses the
// parentheses a word would otherwise keep, since "(#communs" would then be
// a word and no hashtag, and the language has no grouping.
func (sc *scanner) word() (string, error) {
	start := sc.i
	for ; sc.i < len(sc.rs) && !unicode.IsSpace(sc.rs[sc.i]); sc.i++ {
		switch r := sc.rs[sc.i]; {
		case isQuote(r):
			return "", sc.quoteInWord()
		case r == '(' || r == ')':
			return "", sc.errorf(sc.i, "a search has no parentheses: leave out the %c at column %d; "+
				"OR joins the two terms around it, as in #communs OR #fablab", r, sc.i+1)
		}
	}
	return string(sc.rs[start:sc.i]), nil
}

// quoteInWord is the error for a quote at sc.i, inside a word: either a
// phrase glued to a word or a closing quote with nothing to close.
func (sc *scanner) quoteInWord() error {
	r := sc.rs[sc.i]
	if end := closer(r); end != 0 {
		return sc.errorf(sc.i, `the quote at column %d is inside a word: put spaces around the phrase, as in budget %cplan de travail%c`, sc.i+1, r, end)
	}
	open := '“'
	if r == '»' {
		open = '«'
	}
	return sc.errorf(sc.i, "the quote %c at column %d closes no phrase: open the phrase with %c, as in %cplan de travail%c", r, sc.i+1, open, open, r)
}

// errorf is an error at the rune of index i.
func (sc *scanner) errorf(i int, format string, args ...any) error {
	return errorAt(sc.query, i+1, format, args...)
}
