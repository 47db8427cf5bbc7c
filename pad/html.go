package pad

import (
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// htmlText turns an HTML page, such as Etherpad's /export/html, into the
// text form of the same pad: one line per <br> or block, "# " before
// headings, "* " or "1. " before list items, entities decoded.
func htmlText(src string) string {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil { // the html parser reads any text; it fails only on I/O
		return src
	}
	w := &htmlWriter{}
	w.walk(doc.Find("body").First())
	return w.String()
}

type list struct {
	ordered bool
	next    int
	marker  bool // "indent" lists are indentation, not items
}

type htmlWriter struct {
	out    strings.Builder
	line   strings.Builder
	lists  []list
	closed bool // a block just ended its line, which a <br> would end again
}

var blocks = map[string]bool{
	"p": true, "div": true, "ul": true, "ol": true, "li": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true,
	"header": true, "footer": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "dt": true, "dd": true, "hr": true,
}

func (w *htmlWriter) walk(s *goquery.Selection) {
	s.Contents().Each(func(_ int, c *goquery.Selection) {
		n := c.Get(0)
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
			w.element(n.Data, c)
		}
	})
}

func (w *htmlWriter) element(tag string, s *goquery.Selection) {
	if !blocks[tag] {
		w.walk(s)
		return
	}
	w.endLine()
	switch tag {
	case "ul", "ol":
		w.lists = append(w.lists, list{tag == "ol", 1, !s.HasClass("indent")})
		defer func() { w.lists = w.lists[:len(w.lists)-1] }()
	case "li":
		w.item()
	case "h1", "h2", "h3", "h4", "h5", "h6":
		w.line.WriteString(strings.Repeat("#", int(tag[1]-'0')) + " ")
	}
	w.walk(s)
	w.endLine()
	w.closed = true
}

// item starts a list item as Etherpad's text export does: a tab per level
// of nesting, then "* " or "1. " (counted from 1, as that export counts).
func (w *htmlWriter) item() {
	if len(w.lists) == 0 {
		w.line.WriteString("* ")
		return
	}
	l := &w.lists[len(w.lists)-1]
	w.line.WriteString(strings.Repeat("\t", len(w.lists)))
	switch {
	case l.ordered:
		w.line.WriteString(strconv.Itoa(l.next) + ". ")
		l.next++
	case l.marker:
		w.line.WriteString("* ")
	}
}

// text writes a text node as a browser shows it: runs of white space are
// one space, none at the start of a line, and each non-breaking space is a
// space.
func (w *htmlWriter) text(s string) {
	space := w.line.Len() == 0 || strings.HasSuffix(w.line.String(), " ")
	before := w.line.Len()
	for _, r := range s {
		switch {
		case isHTMLSpace(r) && space:
		case isHTMLSpace(r):
			w.line.WriteByte(' ')
			space = true
		case r == '\u00a0':
			w.line.WriteByte(' ')
			space = false
		default:
			w.line.WriteRune(r)
			space = false
		}
	}
	w.closed = w.closed && w.line.Len() == before
}

// isHTMLSpace is the white space HTML collapses: not the non-breaking space.
func isHTMLSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }

func (w *htmlWriter) newline() {
	w.out.WriteString(strings.TrimRight(w.line.String(), " "))
	w.out.WriteByte('\n')
	w.line.Reset()
}

// endLine ends the line in progress, if any: blocks start on a line of their own.
func (w *htmlWriter) endLine() {
	if w.line.Len() > 0 {
		w.newline()
	}
}

func (w *htmlWriter) String() string {
	w.endLine()
	return w.out.String()
}
