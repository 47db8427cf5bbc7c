package main

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// decoration is how a writer dresses up a label.
type decoration int

const (
	decPlain   decoration = iota // Titre : X
	decUpper                     // TITRE : X
	decHeading                   // ## Titre
	decBold                      // **Titre** : X
	decBullet                    // • Titre : X
	decEmoji                     // 📌 Titre : X
	decNumber                    // 1. Titre : X
)

// emojis are put before labels, by field.
var emojis = [6]string{"📌", "📝", "🧭", "👥", "➡️", "🏷️"}

// listMarkers start the items of a list; "1. " means numbered.
var listMarkers = []string{"- ", "- ", "• ", "* ", "", "1. "}

// labelStyle is the way one pad writes its labels and lists.
type labelStyle struct {
	deco    decoration
	inline  bool   // the value follows the label on the same line
	sep     string // between a label and its value
	colon   bool   // a label alone on its line ends with a colon
	marker  string // list marker
	blank   bool   // a blank line between fields
	heading string // "#" or "##" for headings
	bullet  string // "• " or "- " for bulleted labels
	lower   bool   // labels written in lower case
}

// newStyle draws the style of a pad, within what its format allows.
func newStyle(rng *rand.Rand, p plan) labelStyle {
	return labelStyle{
		deco:    pickDecoration(rng, p.format, p.meta),
		inline:  chance(rng, 0.65),
		sep:     pickOne(rng, p.lang.sep),
		colon:   chance(rng, 0.5),
		marker:  pickOne(rng, listMarkers),
		blank:   chance(rng, 0.4),
		heading: pickOne(rng, []string{"#", "##", "##", "###"}),
		bullet:  pickOne(rng, []string{"• ", "- "}),
		lower:   chance(rng, 0.04),
	}
}

// pickDecoration draws a label decoration: markdown pads use headings or
// bold, HTML exports mostly bold.
func pickDecoration(rng *rand.Rand, format string, meta metadata) decoration {
	switch {
	case format == "html":
		return pickOne(rng, []decoration{decBold, decBold, decBold, decPlain, decHeading})
	case format == "md" || meta != metaNone:
		return pickOne(rng, []decoration{decHeading, decHeading, decBold, decPlain})
	}
	return pickOne(rng, []decoration{
		decPlain, decPlain, decPlain, decPlain, decUpper, decHeading,
		decBold, decBullet, decEmoji, decNumber,
	})
}

// decorate dresses up label, the n-th field of the header.
func (s labelStyle) decorate(label string, f field, n int) string {
	if s.lower {
		label = strings.ToLower(label)
	}
	switch s.deco {
	case decUpper:
		return strings.ToUpper(label)
	case decHeading:
		return s.heading + " " + label
	case decBold:
		return "**" + label + "**"
	case decBullet:
		return s.bullet + label
	case decEmoji:
		return emojis[f] + " " + label
	case decNumber:
		return strconv.Itoa(n) + ". " + label
	}
	return label
}

// labelLine writes the line of a label, with value when the style keeps
// values inline.
func (s labelStyle) labelLine(label, value string) string {
	if s.inline && value != "" {
		return label + s.sep + value
	}
	if s.colon && s.deco != decHeading && strings.Contains(s.sep, ":") {
		return label + strings.TrimRight(s.sep, " ")
	}
	return label
}

// item writes the i-th item of a list.
func (s labelStyle) item(i int, text string) string {
	if s.marker == "1. " {
		return strconv.Itoa(i+1) + ". " + text
	}
	return s.marker + text
}
