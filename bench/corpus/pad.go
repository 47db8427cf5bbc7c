package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// welcomeText is Etherpad's default text for a new pad.
const welcomeText = "Welcome to Etherpad!\n\n" +
	"This pad text is synchronized as you type, so that everyone viewing this page sees the same text. " +
	"This allows you to collaborate seamlessly on documents!\n\n" +
	"Get involved with Etherpad at http://etherpad.org\n"

// padWriter writes the lines of one pad and records its truth.
type padWriter struct {
	rng     *rand.Rand
	plan    plan
	lang    *language
	style   labelStyle
	tags    *tagPicker
	names   []string
	lines   []string
	size    int
	covered map[field]bool // fields given by metadata
	pending []string       // body tags not yet written
	truth   padTruth
}

// newPadWriter draws the plan and style of a pad written in lang.
func newPadWriter(rng *rand.Rand, lang *language, rare placement, vocab, names []string) *padWriter {
	p := newPlan(rng, lang, rare)
	w := &padWriter{rng: rng, plan: p, lang: p.lang, names: names}
	w.style = newStyle(rng, p)
	w.tags = newTagPicker(rng, vocab)
	w.covered = map[field]bool{}
	w.truth = newPadTruth(p)
	return w
}

// write writes the whole pad: stray lines, metadata, header, body.
func (w *padWriter) write() {
	if w.plan.welcome {
		w.addLines(welcomeText)
		w.line("")
		w.quirk("welcome")
	}
	if w.plan.stray {
		w.writeStray()
	}
	w.writeMetadata()
	w.writeHeader()
	w.writeBody()
	if w.plan.nextAtEnd {
		w.writeNextStepsAtEnd()
	}
}

// line appends one line to the pad.
func (w *padWriter) line(s string) {
	w.lines = append(w.lines, s)
	w.size += len(s) + 1
}

// addLines appends every line of text.
func (w *padWriter) addLines(text string) {
	for _, s := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		w.line(s)
	}
}

// quirk records a feature of the pad in the truth file.
func (w *padWriter) quirk(name string) { w.truth.Quirks = append(w.truth.Quirks, name) }

// writeStray writes a line or two above the header.
func (w *padWriter) writeStray() {
	for range 1 + w.rng.IntN(2) {
		w.line(w.sprintf(pickOne(w.rng, w.lang.stray), w.name()))
	}
	w.line("")
	w.quirk("stray_lines")
}

// sprintf is fmt.Sprintf that ignores arguments the format does not use.
func (w *padWriter) sprintf(format string, args ...any) string {
	if !strings.Contains(format, "%") {
		return format
	}
	return fmt.Sprintf(format, args...)
}

// name returns a participant's first name.
func (w *padWriter) name() string { return pickOne(w.rng, w.lang.names) }
