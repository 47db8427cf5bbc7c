package pad

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxGap is how many lines of content may stand between two fields of the
// header, such as "Animé par Simon, à Lille" between the title and the
// description.
const maxGap = 2

func (p *parser) fields() {
	for k, f := range p.labels {
		next := len(p.doc.Lines)
		if k+1 < len(p.labels) {
			next = p.labels[k+1].line
		}
		field := Field{
			Pos: Pos{f.line + 1, f.col}, Name: f.label.Field,
			Label: f.text, Known: f.label.Text, Near: f.near,
		}
		if f.value != "" {
			field.Values = []Value{{Pos{f.line + 1, f.valCol}, f.value}}
		}
		p.add(field, p.values(&field, f.line+1, next))
	}
}

func (p *parser) add(f Field, end int) {
	if f.Name == Hashtags && f.Tags == nil {
		for _, v := range f.Values {
			f.Tags = append(f.Tags, fieldTags(v)...)
		}
	}
	p.doc.Fields = append(p.doc.Fields, f)
	p.ends = append(p.ends, end)
}

// values gathers the lines under a label, up to a blank line or the next
// label, and returns the index of the last one.
func (p *parser) values(f *Field, from, to int) int {
	end, list, first := from-1, false, len(f.Values) == 0
	if first && from+1 < to && p.kinds[from] == blankLine {
		from++ // a label alone may stand a blank line above its value
	}
	for i := from; i < to && p.kinds[i] == contentLine; i++ {
		text, col, item := valueText(p.doc.Lines[i])
		if first {
			list, first = item, false
		} else if !continues(f, text, item, list) {
			break
		}
		if end = i; shown(text) { // an item that shows nothing is no item
			f.Values = append(f.Values, Value{Pos{i + 1, col}, text})
		}
	}
	return end
}

// continues tells whether a line goes on with a field's value: a list ends
// with its items, a title is one line, and hashtags go on with more tags.
func continues(f *Field, text string, item, list bool) bool {
	switch {
	case list && !item, f.Name == Title:
		return false
	case f.Name == Hashtags:
		return strings.HasPrefix(text, "#") || strings.HasPrefix(text, "`")
	}
	return true
}

// valueText removes list markers, checkboxes and bold from a value line and
// says where the text starts and whether the line was a list item.
func valueText(line string) (text string, col int, item bool) {
	rest := strings.TrimLeftFunc(line, unicode.IsSpace)
	for {
		m := listMarker(rest)
		if m == 0 {
			break
		}
		item = item || !strings.HasPrefix(rest, "#")
		rest = strings.TrimLeftFunc(rest[m:], unicode.IsSpace)
	}
	rest = strings.TrimLeft(rest, "*")
	col = utf8.RuneCountInString(line[:len(line)-len(rest)]) + 1
	return strings.TrimRight(strings.TrimRightFunc(rest, unicode.IsSpace), "*"), col, item
}

// listMarker returns the length of the list marker, checkbox or heading mark
// that s starts with, or 0.
func listMarker(s string) int {
	for _, m := range []string{"- ", "* ", "• ", "◦ ", "▪ ", "+ ", "· ", "– ", "> ", "[ ] ", "[x] ", "[X] "} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	if h := strings.TrimLeft(s, "#"); len(h) < len(s) && strings.HasPrefix(h, " ") {
		return len(s) - len(h) + 1
	}
	digits := strings.TrimLeftFunc(s, unicode.IsDigit)
	if len(digits) < len(s) && (strings.HasPrefix(digits, ". ") || strings.HasPrefix(digits, ") ")) {
		return len(s) - len(digits) + 2
	}
	return 0
}

// header decides which fields form the header: the front matter's, then the
// first run of fields in the text, with at most maxGap lines of other
// content between two of them.
func (p *parser) header() {
	first := p.firstTextField()
	if first < 0 {
		p.metaHeader()
		return
	}
	depth := p.depth(p.doc.Fields[first].Line - 1)
	if first > 0 && depth > p.opt.HeaderWithin {
		p.metaHeader()
		return
	}
	last := first
	for k := first + 1; k < len(p.doc.Fields) && p.gap(p.ends[k-1], p.doc.Fields[k].Line-1) <= maxGap; k++ {
		last = k
	}
	for k := 0; k <= last; k++ {
		p.doc.Fields[k].InHeader = true
	}
	p.doc.HeaderLine, p.doc.HeaderEnd = p.doc.Fields[0].Line, p.ends[last]+1
	if first == 0 {
		p.doc.HeaderDepth = depth
	}
}

// metaHeader makes the front matter, if any, the whole header.
func (p *parser) metaHeader() {
	for k := range p.doc.Fields {
		if p.doc.Fields[k].Meta {
			p.doc.HeaderLine, p.doc.HeaderEnd = p.doc.Fields[0].Line, p.ends[k]+1
		}
	}
}

func (p *parser) firstTextField() int {
	for k, f := range p.doc.Fields {
		if !f.Meta {
			return k
		}
	}
	return -1
}

// depth counts the lines of content above line index i.
func (p *parser) depth(i int) int { return p.gap(-1, i) }

// gap counts the lines of content strictly between line indexes a and b.
func (p *parser) gap(a, b int) int {
	n := 0
	for i := a + 1; i < b; i++ {
		if p.kinds[i] == contentLine || p.kinds[i] == labelLine {
			n++
		}
	}
	return n
}

// heading records the first line of content as a title candidate when it
// is a heading and no field is labelled as the title.
func (p *parser) heading() {
	if p.doc.Field(Title) != nil {
		return
	}
	for i, kind := range p.kinds {
		if kind == metaLine || kind == blankLine {
			continue
		}
		line := p.doc.Lines[i]
		if h := strings.TrimLeft(line, "#"); len(h) < len(line) && strings.HasPrefix(h, " ") {
			if text, col, _ := valueText(line); shown(text) {
				p.doc.Heading = &Value{Pos{i + 1, col}, text}
			}
		}
		return
	}
}
