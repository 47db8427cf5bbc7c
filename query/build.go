package query

import (
	"strings"

	"github.com/padlint/padlint/internal/fold"
)

// builder gathers tokens into clauses, joining the terms on either side of
// an OR.
type builder struct {
	query   string
	clauses []Clause
	terms   int
	last    token  // the last term read
	op      *token // an operator still waiting for the term after it
}

// add reads one more token.
func (b *builder) add(tok token) error {
	if tok.op != "" {
		return b.addOp(tok)
	}
	term, err := newTerm(b.query, tok)
	if err == nil {
		err = b.addTerm(tok, term)
	}
	b.last, b.op = tok, nil
	return err
}

// addTerm adds term, read from tok, as a clause of its own or to the last
// clause after an OR.
func (b *builder) addTerm(tok token, term Term) error {
	if b.terms++; b.terms > MaxTerms {
		return errorAt(b.query, tok.col, "a search has at most %d terms: split it into several searches", MaxTerms)
	}
	if b.op != nil && b.op.op == "OR" {
		return b.join(tok, term)
	}
	b.clauses = append(b.clauses, Clause{Not: tok.not, Terms: []Term{term}})
	return nil
}

// addOp reads an OR or an AND, which needs a term on either side.
func (b *builder) addOp(tok token) error {
	switch {
	case b.op != nil && b.op.op == tok.op:
		return errorAt(b.query, tok.col, "%s twice in a row: write it once, as in #a %s #b", tok.op, tok.op)
	case b.op != nil:
		return errorAt(b.query, tok.col, "%s right after %s: keep one of them, as in #a OR #b", tok.op, b.op.op)
	case len(b.clauses) == 0:
		return errorAt(b.query, tok.col, "%s needs a term before it, as in #a %s #b", tok.op, tok.op)
	}
	b.op = &tok
	return nil
}

// join adds term, written after an OR, to the last clause.
func (b *builder) join(tok token, term Term) error {
	c := &b.clauses[len(b.clauses)-1]
	switch {
	case c.Not:
		return errorAt(b.query, b.last.col, "%s cannot be part of an OR: exclude it on its own", b.last.raw)
	case tok.not:
		return errorAt(b.query, tok.col, "%s cannot be part of an OR: exclude it on its own", tok.raw)
	case group(c.Terms[0].Kind) != group(term.Kind):
		return errorAt(b.query, tok.col, "%s OR %s: OR joins hashtags with hashtags, words with words, or titles with titles; "+
			"to ask for both, leave out the OR", b.last.raw, tok.raw)
	}
	c.Terms = append(c.Terms, term)
	return nil
}

// group is what OR may join: words with phrases, each other kind with itself.
func group(k Kind) Kind {
	if k == Phrase {
		return Word
	}
	return k
}

// finish returns the query once every token is read.
func (b *builder) finish() (Query, error) {
	if b.op != nil {
		return Query{}, errorAt(b.query, b.op.col, "%s needs a term after it, as in #a %s #b", b.op.op, b.op.op)
	}
	return Query{Clauses: b.clauses}, nil
}

// newTerm reads the term a token stands for.
func newTerm(query string, tok token) (Term, error) {
	switch {
	case tok.title:
		return titleTerm(query, tok)
	case tok.quoted:
		return textTerm(query, tok, Phrase)
	case strings.HasPrefix(tok.body, "#"):
		return tagTerm(query, tok)
	}
	return wordTerm(query, tok)
}

// wordTerm is a Word, which must not hide a hashtag behind punctuation.
func wordTerm(query string, tok token) (Term, error) {
	if tag := hiddenTag(tok.body); tag != "" {
		if tok.not {
			tag = "-" + tag
		}
		return Term{}, errorAt(query, tok.col, "a hashtag is written without punctuation before it: write %s rather than %s", tag, tok.raw)
	}
	return textTerm(query, tok, Word)
}

// textTerm is a Word or a Phrase, which must have something to search for.
func textTerm(query string, tok token, k Kind) (Term, error) {
	switch {
	case k == Phrase && tok.body == "":
		return Term{}, errorAt(query, tok.col, `an empty phrase: write words between the quotes, as in "plan de travail"`)
	case tok.raw == "-":
		return Term{}, errorAt(query, tok.col, "- alone has no letter or digit to search for: write it right before the term it excludes, as in -#archive")
	case !searchable(tok.body):
		return Term{}, errorAt(query, tok.col, "%s has no letter or digit to search for: leave it out or write a word", tok.raw)
	}
	return Term{Kind: k, Text: tok.body}, nil
}

// titleTerm is a Title, folded as titles are. A word, unlike a phrase in
// quotes, leaves out the punctuation of the sentence it came from, as in
// "title:atelier,": the fuzzy match would look for it in titles.
func titleTerm(query string, tok token) (Term, error) {
	if tok.body == "" && !tok.quoted {
		return Term{}, errorAt(query, tok.col, `title: needs a word right after it, as in title:budget or title:"plan de travail"`)
	}
	if _, err := textTerm(query, tok, Phrase); err != nil {
		return Term{}, err
	}
	body := tok.body
	if !tok.quoted {
		body = strings.TrimRight(body, sentenceEnd)
	}
	text := strings.Join(strings.Fields(fold.String(body)), " ")
	if !searchable(text) {
		return Term{}, errorAt(query, tok.col, "%s has no letter or digit to search for: leave it out or write a word", tok.raw)
	}
	return Term{Kind: Title, Text: text}, nil
}
