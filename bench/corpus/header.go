package main

import (
	"fmt"
	"slices"
	"strings"
)

// writeHeader writes the header fields not given by metadata, then a blank line.
func (w *padWriter) writeHeader() {
	for i, f := range w.plan.fields {
		if w.covered[f] || (f == fieldNextSteps && w.plan.nextAtEnd) {
			continue
		}
		w.writeField(f, i+1)
		if w.style.blank {
			w.line("")
		}
	}
	w.line("")
}

// writeField writes field f, the n-th of the header.
func (w *padWriter) writeField(f field, n int) {
	switch f {
	case fieldTitle:
		w.writeTitle(n)
	case fieldDescription:
		w.writeText(f, n, w.description())
	case fieldContext:
		w.writeText(f, n, []string{pickOne(w.rng, w.lang.remarks)})
	case fieldParticipants:
		w.writeParticipants(n)
	case fieldNextSteps:
		w.writeList(f, n, w.nextSteps())
	case fieldHashtags:
		w.writeText(f, n, []string{w.headerTags()})
	}
}

// label returns the decorated label of field f, misspelt when the plan says so.
func (w *padWriter) label(f field, n int) string {
	label := w.lang.labels[f][0]
	if w.rng.IntN(2) == 0 {
		label = pickOne(w.rng, w.lang.labels[f])
	}
	if f == w.plan.typo {
		label = pickOne(w.rng, w.lang.typos[f])
		w.truth.Typos = append(w.truth.Typos, label)
	}
	return w.style.decorate(label, f, n)
}

// writeTitle writes the title, labelled or as a bare heading.
func (w *padWriter) writeTitle(n int) {
	title := w.title()
	w.truth.Title = title
	if w.plan.titleHeading {
		w.line("# " + title)
		w.quirk("title_heading")
		return
	}
	w.writeText(fieldTitle, n, []string{title})
}

// writeText writes a label and its lines of text, the first one inline
// when the style says so.
func (w *padWriter) writeText(f field, n int, values []string) {
	label := w.label(f, n)
	if w.style.inline {
		w.line(w.style.labelLine(label, values[0]))
		values = values[1:]
	} else {
		w.line(w.style.labelLine(label, ""))
	}
	for _, v := range values {
		w.line(v)
	}
}

// writeList writes a label and a list of items below it.
func (w *padWriter) writeList(f field, n int, items []string) {
	w.line(w.style.labelLine(w.label(f, n), ""))
	for i, item := range items {
		w.line(w.style.item(i, item))
	}
}

// writeParticipants writes names comma-separated or one a line.
func (w *padWriter) writeParticipants(n int) {
	names := make([]string, 2+w.rng.IntN(5))
	for i := range names {
		names[i] = w.name()
	}
	if chance(w.rng, 0.6) {
		w.writeText(fieldParticipants, n, []string{strings.Join(names, ", ")})
		return
	}
	w.writeList(fieldParticipants, n, names)
}

// title draws a title: a topic in a form, sometimes with a place or a date.
func (w *padWriter) title() string {
	if chance(w.rng, 0.15) {
		return fmt.Sprintf(w.lang.dateTitle, w.date())
	}
	title := fmt.Sprintf(pickOne(w.rng, w.lang.titleForms), pickOne(w.rng, w.lang.topics))
	title = capitalise(title)
	if chance(w.rng, 0.3) {
		title += " — " + pickOne(w.rng, w.lang.cities)
	}
	return title
}

// date draws a day of the year, written in the pad's language.
func (w *padWriter) date() string {
	return fmt.Sprintf(w.lang.dateForm, 1+w.rng.IntN(28), pickOne(w.rng, w.lang.months))
}

// description draws one to three lines, more when the plan wants too long a description.
func (w *padWriter) description() []string {
	n := 1 + w.rng.IntN(3)
	if w.plan.longDesc {
		n = 4 + w.rng.IntN(2)
		w.quirk("long_description")
	}
	lines := make([]string, n)
	for i := range lines {
		lines[i] = w.sentence()
	}
	return lines
}

// nextSteps draws two to five steps.
func (w *padWriter) nextSteps() []string {
	steps := make([]string, 2+w.rng.IntN(4))
	for i := range steps {
		steps[i] = w.step()
	}
	return steps
}

// step draws one next step, sometimes with who does it.
func (w *padWriter) step() string {
	action := pickOne(w.rng, w.lang.actions)
	step := capitalise(action)
	if c := pickOne(w.rng, w.lang.complements); c != "" {
		step += " " + c
	}
	if chance(w.rng, 0.3) {
		step = w.name() + w.lang.sep[0] + action
	}
	return step
}

// headerTags draws the header hashtags and writes them as one line.
func (w *padWriter) headerTags() string {
	tags := w.tags.pick(2 + w.rng.IntN(5))
	if w.plan.rare == rareHeader {
		tags = slices.Insert(tags, w.rng.IntN(len(tags)+1), rareTag)
	}
	w.truth.HeaderTags = tags
	prefix := "#"
	if w.plan.bareTags {
		prefix = ""
		w.quirk("bare_tags")
	}
	return joinTags(tags, prefix, pickOne(w.rng, []string{" ", " ", ", "}))
}

// joinTags writes tags with prefix, separated by sep.
func joinTags(tags []string, prefix, sep string) string {
	written := make([]string, len(tags))
	for i, tag := range tags {
		written[i] = prefix + tag
	}
	return strings.Join(written, sep)
}
