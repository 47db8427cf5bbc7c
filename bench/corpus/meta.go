package main

import (
	"strconv"
	"strings"
)

// writeMetadata writes the YAML front matter or HedgeDoc tags line of a
// markdown pad, and marks the fields it gives.
func (w *padWriter) writeMetadata() {
	switch w.plan.meta {
	case metaFrontMatter:
		w.writeFrontMatter()
		w.quirk("front_matter")
	case metaHedgeDoc:
		w.writeHedgeDoc()
		w.quirk("hedgedoc_tags")
	}
}

// writeFrontMatter writes title, description and tags as YAML front matter,
// then sometimes the title again as a heading.
func (w *padWriter) writeFrontMatter() {
	w.line("---")
	if w.cover(fieldTitle) {
		w.truth.Title = w.title()
		w.line("title: " + w.yamlString(w.truth.Title))
	}
	if w.cover(fieldDescription) {
		w.writeYAMLDescription()
	}
	if w.cover(fieldHashtags) {
		w.writeYAMLTags()
	}
	w.line("---")
	w.line("")
	if w.truth.Title != "" && chance(w.rng, 0.5) {
		w.line("# " + w.truth.Title)
		w.line("")
	}
}

// cover reports whether the pad has field f, and if so marks it as given
// by metadata.
func (w *padWriter) cover(f field) bool {
	if !w.plan.has(f) {
		return false
	}
	w.covered[f] = true
	return true
}

// yamlString writes s as a YAML scalar, quoted or not.
func (w *padWriter) yamlString(s string) string {
	if chance(w.rng, 0.5) {
		return strconv.Quote(s)
	}
	return s
}

// writeYAMLDescription writes a one-line description or a literal block.
func (w *padWriter) writeYAMLDescription() {
	lines := w.description()
	if len(lines) == 1 {
		w.line("description: " + w.yamlString(lines[0]))
		return
	}
	w.line("description: |")
	for _, l := range lines {
		w.line("  " + l)
	}
}

// writeYAMLTags writes the tags as a flow list, a block list or a string,
// under one of the keys people use.
func (w *padWriter) writeYAMLTags() {
	tags := w.tags.pick(2 + w.rng.IntN(5))
	w.truth.HeaderTags = tags
	key := pickOne(w.rng, []string{"tags", "tags", "tags", "tag", "keywords"})
	switch w.rng.IntN(3) {
	case 0:
		w.line(key + ": [" + strings.Join(tags, ", ") + "]")
	case 1:
		w.line(key + ":")
		w.addLines(joinTags(tags, "  - ", "\n"))
	default:
		w.line(key + ": " + strings.Join(tags, ", "))
	}
}

// writeHedgeDoc writes the title as a heading and HedgeDoc's tags line.
func (w *padWriter) writeHedgeDoc() {
	if w.cover(fieldTitle) {
		w.truth.Title = w.title()
		w.line("# " + w.truth.Title)
	}
	if w.cover(fieldHashtags) {
		tags := w.tags.pick(2 + w.rng.IntN(5))
		w.truth.HeaderTags = tags
		w.line("###### tags: `" + strings.Join(tags, "` `") + "`")
	}
	w.line("")
}
