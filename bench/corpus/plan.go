package main

import (
	"math"
	"math/rand/v2"
)

// placement says where the rare tag goes in a pad, if anywhere.
type placement int

const (
	rareNone placement = iota
	rareHeader
	rareBody
)

// metadata is the kind of metadata block a markdown pad starts with.
type metadata int

const (
	metaNone metadata = iota
	metaFrontMatter
	metaHedgeDoc
)

// plan is what a pad will look like, drawn before anything is written.
type plan struct {
	lang         *language
	format       string // txt, md or html
	fields       []field
	missing      field // -1 when no field is missing
	typo         field // -1 when no label is misspelt
	nextAtEnd    bool
	welcome      bool
	stray        bool
	titleHeading bool
	longDesc     bool
	bareTags     bool
	indexPad     bool
	bodyTags     bool
	meta         metadata
	rare         placement
	size         int
}

// chance reports true with probability p.
func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }

// pickOne returns a random element of list.
func pickOne[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

// newPlan draws the shape of a pad.
func newPlan(rng *rand.Rand, lang *language, rare placement) plan {
	p := plan{lang: lang, format: pickFormat(rng), rare: rare}
	p.missing, p.typo = field(-1), field(-1)
	p.welcome = p.format != "md" && chance(rng, 0.09)
	p.stray = chance(rng, 0.05)
	p.titleHeading, p.longDesc = chance(rng, 0.05), chance(rng, 0.06)
	p.bareTags, p.indexPad = chance(rng, 0.05), chance(rng, 0.04)
	p.bodyTags = chance(rng, 0.35)
	p.meta = pickMetadata(rng, p.format)
	p.stray = p.stray && p.meta != metaFrontMatter
	p.size = padSize(rng, p.format)
	p.drawFields(rng)
	p.keepRareVisible()
	return p
}

// pickFormat draws the file format: mostly plain text.
func pickFormat(rng *rand.Rand) string {
	switch x := rng.Float64(); {
	case x < 0.8:
		return "txt"
	case x < 0.9:
		return "md"
	}
	return "html"
}

// pickMetadata draws the metadata block of a markdown pad.
func pickMetadata(rng *rand.Rand, format string) metadata {
	if format != "md" {
		return metaNone
	}
	switch x := rng.Float64(); {
	case x < 0.4:
		return metaFrontMatter
	case x < 0.65:
		return metaHedgeDoc
	}
	return metaNone
}

// padSize draws the target size of the text of a pad in bytes: log-normal
// around 4 KB, so that files weigh between 1 KB and 20 KB once written.
func padSize(rng *rand.Rand, format string) int {
	size := min(max(4030*math.Exp(0.62*rng.NormFloat64()), 1024), 18*1024)
	if format == "html" {
		size *= 0.85 // markup and entities
	}
	return int(size)
}
