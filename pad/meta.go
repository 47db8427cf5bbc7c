package pad

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// frontMatter reads YAML front matter: title, description, tags and the
// like, as fields of the header. Front matter that is not valid YAML is
// recorded and its lines read as text, where "title: …" is still a label.
func (p *parser) frontMatter() {
	lines := p.doc.Lines
	if len(lines) < 2 || strings.TrimSpace(lines[0]) != "---" {
		return
	}
	end := 1
	for end < len(lines) && strings.TrimSpace(lines[end]) != "---" && strings.TrimSpace(lines[end]) != "..." {
		end++
	}
	if end == len(lines) {
		return
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(strings.Join(lines[1:end], "\n")), &root); err != nil {
		p.doc.FrontMatter = err
		return
	}
	for i := 0; i <= end; i++ {
		p.kinds[i] = metaLine
	}
	p.metaFields(&root, end)
}

func (p *parser) metaFields(root *yaml.Node, end int) {
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return
	}
	m := root.Content[0].Content
	for k := 0; k+1 < len(m); k += 2 {
		if lb, _ := p.opt.Labels.Match(m[k].Value, false); lb != nil {
			f := Field{Pos: Pos{m[k].Line + 1, m[k].Column}, Name: lb.Field,
				Label: m[k].Value, Known: lb.Text, Meta: true, InHeader: true}
			f.Values = metaValues(m[k+1])
			if lb.Field == Hashtags && m[k+1].Kind == yaml.SequenceNode {
				f.Tags = listTags(f.Values) // one tag an item, even "open source"
			}
			p.add(f, end)
		}
	}
}

// metaValues turns a YAML value into value lines: a scalar's lines, or the
// items of a list.
func metaValues(n *yaml.Node) []Value {
	var vs []Value
	switch n.Kind {
	case yaml.ScalarNode:
		first := n.Line + 1
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			first++
		}
		for k, line := range strings.Split(strings.TrimSpace(n.Value), "\n") {
			if line = strings.TrimSpace(line); shown(line) {
				vs = append(vs, Value{Pos{first + k, n.Column}, line})
			}
		}
	case yaml.SequenceNode:
		for _, item := range n.Content {
			vs = append(vs, metaValues(item)...)
		}
	}
	return vs
}

func listTags(vs []Value) []Tag {
	tags := []Tag{}
	for _, v := range vs {
		tags = append(tags, newTag(v.Text, v.Pos))
	}
	return tags
}

// lang says which language the pad is written in: the one of most of its
// labels, or else the one of its most common small words.
func (p *parser) lang() string {
	fr, en := 0, 0
	for _, f := range p.doc.Fields {
		if lb, _ := p.opt.Labels.Match(f.Known, false); lb != nil {
			fr, en = fr+b2i(lb.Lang == "fr"), en+b2i(lb.Lang == "en")
		}
	}
	if fr == en {
		fr, en = p.smallWords()
	}
	switch {
	case fr > en:
		return "fr"
	case en > fr:
		return "en"
	}
	return ""
}

var smallWords = map[string]int{
	"le": 1, "la": 1, "les": 1, "des": 1, "et": 1, "est": 1, "une": 1, "du": 1, "pour": 1, "nous": 1,
	"the": -1, "and": -1, "is": -1, "of": -1, "to": -1, "we": -1, "for": -1, "with": -1, "are": -1,
}

// smallWords counts French and English small words in the first lines.
func (p *parser) smallWords() (fr, en int) {
	for _, line := range p.doc.Lines[:min(len(p.doc.Lines), 60)] {
		for _, w := range strings.Fields(strings.ToLower(line)) {
			fr, en = fr+b2i(smallWords[w] > 0), en+b2i(smallWords[w] < 0)
		}
	}
	return fr, en
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
