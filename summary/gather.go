package summary

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// tagIndex gathers the hashtags of the cards, the most carried first, and
// gives each card its own.
func tagIndex(cards []*Card) []*Tag {
	byKey := map[string]*Tag{}
	var tags []*Tag
	for _, c := range cards {
		for _, h := range c.Hashtags {
			t := byKey[h.Key]
			if t == nil {
				t = &Tag{Key: h.Key, Text: h.Tag}
				byKey[h.Key], tags = t, append(tags, t)
			}
			t.carriedBy(c)
		}
	}
	return ranked(tags)
}

// carriedBy notes that card c carries t, once.
func (t *Tag) carriedBy(c *Card) {
	if !slices.Contains(c.Tags, t) {
		c.Tags, t.Cards = append(c.Tags, t), append(t.Cards, c)
	}
}

// ranked orders tags, the most carried first, and gives them their anchors.
func ranked(tags []*Tag) []*Tag {
	slices.SortStableFunc(tags, func(a, b *Tag) int {
		return cmp.Or(len(b.Cards)-len(a.Cards), strings.Compare(a.Key, b.Key))
	})
	for i, t := range tags {
		t.ID = fmt.Sprintf("tag-%d", i+1)
	}
	return tags
}

// stepGroups gathers the next steps of the cards by hashtag, each step
// once: under the hashtag of its pad's header that the fewest pads carry,
// the most particular one. Groups come in the order of tags; the steps of
// pads whose header has no hashtag come last.
func stepGroups(cards []*Card, tags []*Tag) []StepGroup {
	groups := map[*Tag][]Step{}
	for _, c := range cards {
		t := particularTag(c)
		for _, s := range c.NextSteps {
			groups[t] = append(groups[t], Step{NextStep: s, Card: c})
		}
	}
	var out []StepGroup
	for _, t := range append(slices.Clone(tags), nil) {
		if steps := groups[t]; len(steps) > 0 {
			out = append(out, StepGroup{Tag: t, Steps: steps})
		}
	}
	return out
}

// particularTag returns the hashtag of the card's header that the fewest
// pads carry, the first of them in its header on a tie; nil when its
// header has none.
func particularTag(c *Card) *Tag {
	var best *Tag
	for _, h := range c.Hashtags {
		i := slices.IndexFunc(c.Tags, func(t *Tag) bool { return t.Key == h.Key })
		if t := c.Tags[i]; h.Header && (best == nil || len(t.Cards) < len(best.Cards)) {
			best = t
		}
	}
	return best
}

// links lists the links of the cards' pads, to the cards they link to
// when those are in the page.
func links(cards []*Card) []Link {
	bySource := map[string]*Card{}
	for _, c := range cards {
		bySource[c.Source] = c
	}
	var out []Link
	for _, c := range cards {
		for _, l := range c.LinksTo {
			out = append(out, Link{From: c, To: bySource[l.Source], Target: l.Source, URL: WebURL(l.Source)})
		}
	}
	return out
}
