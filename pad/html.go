package pad

import (
	"bytes"
	"strconv"
	"strings"
	"unsafe"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// htmlText turns an HTML page, such as Etherpad's /export/html, into the
// text form of the same pad: one line per <br> or block, "# " before
// headings, "* " or "1. " before list items, entities decoded.
func htmlText(src string) string {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil { // elements nested too deep for the tree: read tag by tag
		return htmlTokens(src)
	}
	w := &htmlWriter{out: make([]byte, 0, len(src))} // seldom longer than its markup
	for _, body := range doc.Find("body").First().Nodes {
		w.walk(body)
	}
	return w.String()
}

type list struct {
	ordered bool
	next    int
	marker  bool // "indent" lists are indentation, not items
}

type htmlWriter struct {
	out    []byte
	line   []byte
	lists  []list
	closed bool // a block just ended its line, which a <br> would end again
}

var blocks = map[string]bool{
	"p": true, "div": true, "ul": true, "ol": true, "li": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true,
	"header": true, "footer": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "dt": true, "dd": true, "hr": true,
}

func (w *htmlWriter) walk(parent *html.Node) {
	for n := parent.FirstChild; n != nil; n = n.NextSibling {
		switch {
		case n.Type == html.TextNode:
			w.text(n.Data)
		case n.Type != html.ElementNode:
		case n.Data == "br" && w.closed:
			w.closed = false
		case n.Data == "br":
			w.newline()
		case n.Data == "script" || n.Data == "style" || n.Data == "head":
		default:
			w.element(n)
		}
	}
}

func (w *htmlWriter) element(n *html.Node) {
	if !blocks[n.Data] {
		w.walk(n)
		return
	}
	w.open(n.Data, goquery.NewDocumentFromNode(n).HasClass("indent"))
	w.walk(n)
	w.close(n.Data)
}

// open starts a block on a line of its own; indent tells a list of
// Etherpad's "indent" class, which is indentation, not items.
func (w *htmlWriter) open(tag string, indent bool) {
	w.endLine()
	switch tag {
	case "ul", "ol":
		w.lists = append(w.lists, list{tag == "ol", 1, !indent})
	case "li":
		w.item()
	case "h1", "h2", "h3", "h4", "h5", "h6":
		w.line = append(append(w.line, "######"[:tag[1]-'0']...), ' ')
	}
}

// close ends a block's line, and its list.
func (w *htmlWriter) close(tag string) {
	if (tag == "ul" || tag == "ol") && len(w.lists) > 0 {
		w.lists = w.lists[:len(w.lists)-1]
	}
	w.endLine()
	w.closed = true
}

// maxLevels is the deepest a list item is indented: Etherpad's lists go
// 8 levels deep, and a hostile page's thousands would make each line as
// long as the page.
const maxLevels = 16

// item starts a list item as Etherpad's text export does: a tab per level
// of nesting, then "* " or "1. " (counted from 1, as that export counts).
func (w *htmlWriter) item() {
	if len(w.lists) == 0 {
		w.line = append(w.line, "* "...)
		return
	}
	l := &w.lists[len(w.lists)-1]
	for range min(len(w.lists), maxLevels) {
		w.line = append(w.line, '\t')
	}
	switch {
	case l.ordered:
		w.line = append(strconv.AppendInt(w.line, int64(l.next), 10), ". "...)
		l.next++
	case l.marker:
		w.line = append(w.line, "* "...)
	}
}

// text writes a text node as a browser shows it: runs of white space are
// one space, none at the start of a line, and each non-breaking space is a
// space.
func (w *htmlWriter) text(s string) {
	space := len(w.line) == 0 || w.line[len(w.line)-1] == ' '
	before := len(w.line)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isHTMLSpace(c) && space:
		case isHTMLSpace(c):
			w.line, space = append(w.line, ' '), true
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // a non-breaking space
			w.line, space = append(w.line, ' '), false
			i++
		default:
			w.line, space = append(w.line, c), false
		}
	}
	w.closed = w.closed && len(w.line) == before
}

// isHTMLSpace is the white space HTML collapses: not the non-breaking space.
func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func (w *htmlWriter) newline() {
	w.out = append(append(w.out, bytes.TrimRight(w.line, " ")...), '\n')
	w.line = w.line[:0]
}

// endLine ends the line in progress, if any: blocks start on a line of their own.
func (w *htmlWriter) endLine() {
	if len(w.line) > 0 {
		w.newline()
	}
}

// String ends the last line and returns the text written, without a copy:
// the writer is done with.
func (w *htmlWriter) String() string {
	w.endLine()
	return unsafe.String(unsafe.SliceData(w.out), len(w.out))
}
