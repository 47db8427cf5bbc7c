package pad

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanBody finds the hashtags written in the notes, outside the Hashtags
// fields, and the links to other pads anywhere.
func (p *parser) scanBody() {
	own := p.tagLines()
	for i, line := range p.doc.Lines {
		if p.kinds[i] == metaLine || p.kinds[i] == blankLine {
			continue
		}
		if !own[i] && strings.IndexByte(line, '#') >= 0 {
			p.doc.Tags = append(p.doc.Tags, bodyTags(line, i+1)...)
		}
		if strings.Contains(line, "/p/") {
			p.links(line, i+1)
		}
	}
}

// tagLines marks the lines that belong to Hashtags fields.
func (p *parser) tagLines() map[int]bool {
	own := map[int]bool{}
	for k, f := range p.doc.Fields {
		for i := f.Line - 1; f.Name == Hashtags && !f.Meta && i <= p.ends[k]; i++ {
			own[i] = true
		}
	}
	return own
}

// links records the links to Etherpad pads (…/p/NAME) on a line.
func (p *parser) links(line string, lineNo int) {
	in := p.doc.HeaderLine > 0 && lineNo >= p.doc.HeaderLine && lineNo <= p.doc.HeaderEnd
	for rest, off := line, 0; ; {
		i := strings.Index(rest, "http")
		if i < 0 {
			return
		}
		url := rest[i:urlEnd(rest, i)]
		if isPadURL(url) {
			col := utf8.RuneCountInString(line[:off+i]) + 1
			p.doc.Links = append(p.doc.Links, Link{Pos{lineNo, col}, url, in})
		}
		off, rest = off+i+len(url)+1, rest[min(len(rest), i+len(url)+1):]
	}
}

func urlEnd(s string, i int) int {
	end := strings.IndexFunc(s[i:], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("<>\"`", r)
	})
	if end < 0 {
		end = len(s) - i
	}
	return i + len(strings.TrimRight(s[i:i+end], ".,;:!?)]}'»"))
}

func isPadURL(u string) bool {
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return false
	}
	_, name, ok := strings.Cut(u, "/p/")
	return ok && name != "" && !strings.HasPrefix(name, "/")
}
