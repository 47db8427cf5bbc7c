package main

import (
	"fmt"
	"slices"
	"strings"
)

// padHosts are the pad servers that links point to.
var padHosts = []string{
	"https://pad.example.org/p/",
	"https://annuel.framapad.org/p/",
	"https://mypads.framapad.org/p/",
}

// writeBody writes notes until the pad reaches its planned size, with
// the body hashtags spread among them.
func (w *padWriter) writeBody() {
	w.pending = w.bodyTags()
	w.truth.BodyTags = append(w.truth.BodyTags, w.pending...)
	if w.plan.indexPad {
		w.writeIndexLinks()
	}
	for w.size < w.plan.size {
		w.writeBlock()
	}
	if len(w.pending) > 0 {
		w.line(joinTags(w.pending, "#", " "))
		w.pending = nil
	}
}

// bodyTags draws the hashtags written in the body, the rare one included.
func (w *padWriter) bodyTags() []string {
	var tags []string
	if w.plan.bodyTags {
		tags = w.tags.pick(1 + w.rng.IntN(4))
	}
	if w.plan.rare == rareBody {
		tags = append(tags, rareTag)
	}
	w.rng.Shuffle(len(tags), func(i, j int) { tags[i], tags[j] = tags[j], tags[i] })
	return tags
}

// writeBlock writes one block of notes.
func (w *padWriter) writeBlock() {
	switch x := w.rng.Float64(); {
	case x < 0.12:
		w.writeSection()
	case x < 0.55:
		w.writeParagraph()
	case x < 0.78:
		w.writeBullets()
	case x < 0.86:
		w.writeLink()
	case x < 0.92:
		w.line(pickOne(w.rng, w.lang.noise))
	default:
		w.line(pickOne(w.rng, w.lang.questions))
	}
}

// writeSection writes a heading of the notes, in markdown or plain, and
// a paragraph below it.
func (w *padWriter) writeSection() {
	w.line("")
	title := pickOne(w.rng, w.lang.sections)
	switch w.rng.IntN(4) {
	case 0:
		title = fmt.Sprintf("%s %d%s%s", w.lang.groupWord, 1+w.rng.IntN(6), w.lang.sep[0], pickOne(w.rng, w.lang.topics))
	case 1:
		title = strings.ToUpper(title)
	}
	if chance(w.rng, 0.6) {
		title = pickOne(w.rng, []string{"# ", "## ", "### "}) + title
	}
	w.line(title)
	w.writeParagraph()
}

// writeParagraph writes two to six sentences, sometimes with a hashtag.
func (w *padWriter) writeParagraph() {
	sentences := make([]string, 2+w.rng.IntN(5))
	for i := range sentences {
		sentences[i] = w.sentence()
	}
	if len(w.pending) > 0 && chance(w.rng, 0.3) {
		i := w.rng.IntN(len(sentences))
		sentences[i] = strings.TrimSuffix(sentences[i], ".") + " #" + w.pending[0] + "."
		w.pending = w.pending[1:]
	}
	w.line(strings.Join(sentences, " "))
	w.line("")
}

// sentence draws one sentence of notes.
func (w *padWriter) sentence() string {
	switch w.rng.IntN(4) {
	case 0:
		return pickOne(w.rng, w.lang.remarks)
	case 1:
		return w.proposal()
	}
	return w.action(pickOne(w.rng, w.lang.subjects), pickOne(w.rng, w.lang.verbs))
}

// proposal draws a sentence where a participant suggests something.
func (w *padWriter) proposal() string { return w.action(w.name(), w.lang.proposal) }

// action draws a sentence: who, verb, an action and sometimes a complement.
func (w *padWriter) action(who, verb string) string {
	s := who + " " + w.lang.then(verb, pickOne(w.rng, w.lang.actions))
	if c := pickOne(w.rng, w.lang.complements); c != "" {
		s += " " + c
	}
	return s + "."
}

// writeBullets writes a list of three to seven distinct points.
func (w *padWriter) writeBullets() {
	marker := pickOne(w.rng, []string{"- ", "- ", "• ", "* "})
	n := 3 + w.rng.IntN(5)
	var points []string
	for len(points) < n {
		point := pickOne(w.rng, w.lang.remarks)
		if chance(w.rng, 0.5) {
			point = capitalise(pickOne(w.rng, w.lang.actions))
		}
		if !slices.Contains(points, point) {
			points = append(points, point)
			w.line(marker + point)
		}
	}
	w.line("")
}

// writeLink writes a link to another pad, alone or after a few words.
func (w *padWriter) writeLink() {
	url := w.padURL()
	if chance(w.rng, 0.3) {
		w.line(url)
		return
	}
	w.line(pickOne(w.rng, w.lang.linkIntros) + w.lang.sep[0] + url)
}

// writeIndexLinks writes the links to the pads of a workshop's groups.
func (w *padWriter) writeIndexLinks() {
	w.line(w.lang.indexIntro)
	for i := range 3 + w.rng.IntN(6) {
		w.line(fmt.Sprintf("- %s %d%s%s", w.lang.groupWord, i+1, w.lang.sep[0], w.padURL()))
	}
	w.line("")
	w.quirk("index_pad")
}

// padURL draws the address of another pad of the corpus, or of a read-only pad.
func (w *padWriter) padURL() string {
	name := pickOne(w.rng, w.names)
	if chance(w.rng, 0.1) {
		name = fmt.Sprintf("r.%016x", w.rng.Uint64())
	}
	url := pickOne(w.rng, padHosts) + name
	w.truth.Links = append(w.truth.Links, url)
	return url
}

// writeNextStepsAtEnd writes the next steps below the notes.
func (w *padWriter) writeNextStepsAtEnd() {
	w.line("")
	w.writeList(fieldNextSteps, len(w.plan.fields), w.nextSteps())
	w.quirk("next_steps_at_end")
}
