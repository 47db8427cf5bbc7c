package pad

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options says what the parser knows beyond the pad itself.
type Options struct {
	Labels       *Labels  // the labels to recognise
	HeaderWithin int      // lines of content that may stand above the header
	Welcome      *Welcome // the hosts' default welcome texts
}

// DefaultOptions returns the convention's labels and welcome texts, and a
// header that may start under up to 5 lines of content.
func DefaultOptions() Options {
	return Options{Labels: DefaultLabels(), HeaderWithin: 5, Welcome: NewWelcome(DefaultWelcome)}
}

// nearZone is how many lines of content, from the top, may hold a bare label
// with a typo; further down only a label followed by a colon, or dressed as a
// heading or in bold, is read as a misspelt label.
const nearZone = 20

type lineKind uint8

const (
	contentLine lineKind = iota
	blankLine
	labelLine
	metaLine // front matter or welcome text: not content
)

// found is a line that starts a field.
type found struct {
	line   int
	label  *Label
	near   bool
	text   string // the label as written
	col    int
	value  string
	valCol int
}

type parser struct {
	opt    Options
	doc    *Doc
	kinds  []lineKind
	labels []found
	ends   []int // the last line of each field in doc.Fields
}

// ParseText reads a pad from its text form, already decoded.
func ParseText(source, text string, opt Options) *Doc {
	p := &parser{opt: opt, doc: &Doc{Source: source, Lines: splitLines(text), Fields: make([]Field, 0, 8)}}
	p.kinds = make([]lineKind, len(p.doc.Lines))
	p.labels, p.ends = make([]found, 0, 8), make([]int, 0, 8)
	p.frontMatter()
	p.welcome()
	p.classify()
	p.fields()
	p.header()
	p.heading()
	p.doc.Lang = p.lang()
	p.scanBody()
	return p.doc
}

func splitLines(text string) []string {
	text = strings.TrimSuffix(text, "\n")
	if text == "" {
		return nil
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

func (p *parser) classify() {
	content := 0
	for i, line := range p.doc.Lines {
		switch {
		case p.kinds[i] == metaLine:
		case isBlank(line) || strings.HasPrefix(line, ":::"): // HedgeDoc's container fences
			p.kinds[i] = blankLine
		default:
			if f, ok := p.label(line, content < nearZone); ok {
				f.line = i
				p.labels = append(p.labels, f)
				p.kinds[i] = labelLine
			}
			content++
		}
	}
}

// label reads a line as the start of a field: a label alone, or a label, a
// separator and a value. Decoration (list markers, '#', '**', emoji,
// numbering) around the label is passed over.
func (p *parser) label(line string, top bool) (found, bool) {
	start := strings.IndexFunc(line, isLetter)
	if start < 0 {
		return found{}, false
	}
	deco, rest := line[:start], line[start:]
	limit := min(len(rest), 2*p.opt.Labels.maxLen+8)
	sep, sepLen := separator(rest[:limit])
	if len(rest) > limit && sep < 0 {
		return found{}, false
	}
	col := utf8.RuneCountInString(deco) + 1
	if sep >= 0 && trimValue(rest[sep+sepLen:]) != "" {
		f, ok := p.match(strings.TrimRightFunc(rest[:sep], isDeco), true, col)
		value := strings.TrimLeftFunc(rest[sep+sepLen:], isDeco)
		f.value = trimValue(value)
		f.valCol = col + utf8.RuneCountInString(rest[:len(rest)-len(value)])
		return f, ok
	}
	name := strings.TrimRightFunc(rest, notWord)
	shaped := strings.ContainsAny(deco, "#*_") || strings.ContainsAny(rest[len(name):], ":*")
	return p.match(name, top || shaped, col)
}

func (p *parser) match(text string, near bool, col int) (found, bool) {
	lb, isNear := p.opt.Labels.Match(text, near)
	return found{label: lb, near: isNear, text: text, col: col}, lb != nil
}

// separator finds where a label ends and its value begins on the same line:
// "Titre : x", "Titre = x", "Titre - x" (a dash between spaces).
func separator(s string) (at, width int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case !sepStarts[c]:
		case c == ':' || c == '=':
			return i, 1
		case c == 0xEF && strings.HasPrefix(s[i:], "："):
			return i, len("：")
		case c == '-' || strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—"):
			n := 1 + 2*int(c>>7) // '-' is one byte, the dashes three
			if i > 0 && s[i-1] == ' ' && i+n < len(s) && s[i+n] == ' ' {
				return i - 1, n + 2
			}
		}
	}
	return -1, 0
}

// sepStarts marks the first bytes of separators.
var sepStarts = [256]bool{':': true, '=': true, '-': true, 0xEF: true, 0xE2: true}

// trimValue trims a value written after its label: "" when it shows nothing.
func trimValue(v string) string {
	v = strings.TrimSpace(v)
	v = strings.TrimSpace(strings.TrimSuffix(v, "-->"))
	if v = strings.TrimRightFunc(v, isDeco); !shown(v) {
		return ""
	}
	return v
}

// isBlank reports a line that shows nothing, such as one of zero-width spaces.
func isBlank(line string) bool { return !shown(line) }

func notWord(r rune) bool { return !isLetter(r) && !unicode.IsDigit(r) }

func isDeco(r rune) bool { return unicode.IsSpace(r) || r == '*' || r == '_' }
