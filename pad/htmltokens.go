package pad

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// htmlTokens reads an HTML page tag by tag into the text form htmlText
// gives, for pages whose elements nest deeper than the HTML parser builds
// a tree for (512): without a tree, no depth is too deep. It reads the
// page as written, without the parser's repairs of misnested tags.
func htmlTokens(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	w := &htmlWriter{out: make([]byte, 0, len(src))}
	hidden := "" // the element whose content is not text: head, script, style
	for {
		tt := z.Next()
		switch {
		case tt == html.ErrorToken:
			return w.String()
		case hidden != "":
			hidden = stillHidden(z, tt, hidden)
		case tt == html.TextToken:
			w.text(string(z.Text()))
		case tt == html.StartTagToken || tt == html.SelfClosingTagToken:
			hidden = w.startTag(z)
		case tt == html.EndTagToken:
			w.endTag(z)
		}
	}
}

// stillHidden returns the hidden element while its content goes on: a
// head ends with its end tag or the body's start.
func stillHidden(z *html.Tokenizer, tt html.TokenType, hidden string) string {
	name, _ := z.TagName()
	switch {
	case tt == html.EndTagToken && string(name) == hidden:
		return ""
	case tt == html.StartTagToken && hidden == "head" && string(name) == "body":
		return ""
	}
	return hidden
}

// startTag writes what a start tag begins, and returns the tag when its
// content is not text.
func (w *htmlWriter) startTag(z *html.Tokenizer) string {
	name, hasAttr := z.TagName()
	tag := string(name)
	switch {
	case tag == "head" || tag == "script" || tag == "style" || tag == "title" || tag == "template":
		return tag
	case tag == "br" && w.closed:
		w.closed = false
	case tag == "br":
		w.newline()
	case tag == "hr":
		w.open(tag, false)
		w.close(tag)
	case blocks[tag]:
		w.open(tag, hasAttr && hasIndentClass(z))
	}
	return ""
}

func (w *htmlWriter) endTag(z *html.Tokenizer) {
	name, _ := z.TagName()
	if blocks[string(name)] {
		w.close(string(name))
	}
}

// hasIndentClass reads the tag's attributes for the class "indent".
func hasIndentClass(z *html.Tokenizer) bool {
	for {
		key, val, more := z.TagAttr()
		if string(key) == "class" && slices.Contains(strings.Fields(string(val)), "indent") {
			return true
		}
		if !more {
			return false
		}
	}
}
