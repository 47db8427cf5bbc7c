package main

import (
	"math/rand/v2"
	"slices"
)

// drawFields chooses the header fields, their order, a missing field,
// a misspelt label and whether next steps move to the end of the pad.
func (p *plan) drawFields(rng *rand.Rand) {
	p.fields = []field{fieldTitle, fieldDescription}
	if chance(rng, 0.3) {
		p.fields = append(p.fields, fieldContext)
	}
	if chance(rng, 0.35) {
		p.fields = append(p.fields, fieldParticipants)
	}
	p.fields = append(p.fields, fieldNextSteps, fieldHashtags)
	if chance(rng, 0.1) {
		rng.Shuffle(len(p.fields)-1, func(i, j int) {
			p.fields[i+1], p.fields[j+1] = p.fields[j+1], p.fields[i+1]
		})
	}
	p.drawFaults(rng)
}

// drawFaults makes about one pad in ten miss a field, one in ten misspell
// a label and one in ten put its next steps at the end.
func (p *plan) drawFaults(rng *rand.Rand) {
	if chance(rng, 0.1) {
		p.missing = pickOne(rng, requiredFields)
		p.fields = slices.DeleteFunc(p.fields, func(f field) bool { return f == p.missing })
	}
	if chance(rng, 0.1) {
		p.typo = pickOne(rng, p.fields)
	}
	if p.has(fieldNextSteps) && chance(rng, 0.1) {
		p.nextAtEnd = true
	}
}

// keepRareVisible makes sure a pad that carries the rare tag in its header
// writes it as #raretag, so a text search finds it.
func (p *plan) keepRareVisible() {
	if p.rare != rareHeader {
		return
	}
	p.bareTags = false
	p.meta = metaNone
	if p.missing == fieldHashtags {
		p.missing = field(-1)
		p.fields = append(p.fields, fieldHashtags)
	}
}

// has reports whether the header of the pad has field f.
func (p *plan) has(f field) bool { return slices.Contains(p.fields, f) }
