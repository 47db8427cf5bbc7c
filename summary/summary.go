// Package summary gathers the pads of a workshop into one page: a card
// for each pad, its hashtags with the pads that carry them, every next
// step by hashtag, the pads still to finish and the links between them.
// It decides what the page holds; package render writes it.
package summary

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/padlint/padlint/index"
)

// Page is what the summary of a workshop shows.
type Page struct {
	Title    string
	Lang     string    // the language of most pads: "fr" or "en"
	From, To time.Time // the first and last edits of the pads; zero when unknown
	Cards    []*Card
	Passed   int // how many pads follow the convention
	Tags     []*Tag
	Steps    []StepGroup
	Links    []Link
}

// Card is one pad of the page.
type Card struct {
	index.Pad
	ID   string // its anchor in the page: "pad-3"
	URL  string // its address when it is an http(s) one: nothing else becomes a link
	Tags []*Tag // its hashtags, each once, those of its header first
}

// Tag is a hashtag of the pads, with the pads that carry it.
type Tag struct {
	ID    string // its anchor in the page: "tag-2"
	Key   string // folded
	Text  string // as the first pad that carries it writes it
	Cards []*Card
}

// StepGroup is the next steps of the pads whose header carries a hashtag.
type StepGroup struct {
	Tag   *Tag // nil for the pads whose header has no hashtag
	Steps []Step
}

// Step is a next step, with its pad.
type Step struct {
	index.NextStep
	Card *Card
}

// Link is a link from a pad of the page to a pad, in the page or not.
type Link struct {
	From   *Card
	To     *Card  // nil when the pad linked to is not in the page
	Target string // the address linked to
	URL    string // Target when it is an http(s) address
}

// New gathers pads, in the order given, into a page titled title. Its
// language is that of most pads, else lang.
func New(title, lang string, pads []index.Pad) *Page {
	p := &Page{Title: title, Lang: cmp.Or(mostCommonLang(pads), lang)}
	for i, pad := range pads {
		p.Cards = append(p.Cards, &Card{Pad: pad, ID: fmt.Sprintf("pad-%d", i+1), URL: WebURL(pad.Source)})
		if pad.Passed {
			p.Passed++
		}
		p.span(pad.Edited)
	}
	p.Tags = tagIndex(p.Cards)
	p.Steps = stepGroups(p.Cards, p.Tags)
	p.Links = links(p.Cards)
	return p
}

// ToFinish returns the cards of the pads that do not follow the convention.
func (p *Page) ToFinish() []*Card {
	var cards []*Card
	for _, c := range p.Cards {
		if !c.Passed {
			cards = append(cards, c)
		}
	}
	return cards
}

// span widens the page's span of dates to t.
func (p *Page) span(t *time.Time) {
	switch {
	case t == nil:
	case p.From.IsZero():
		p.From, p.To = *t, *t
	case t.Before(p.From):
		p.From = *t
	case t.After(p.To):
		p.To = *t
	}
}

// WebURL returns source when it is an http(s) address, "" otherwise: a
// pad's address, or a link in it, becomes a link only then.
func WebURL(source string) string {
	u, err := url.Parse(source)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return source
}

// mostCommonLang returns the language of most pads, "" when none says.
func mostCommonLang(pads []index.Pad) string {
	counts := map[string]int{}
	for _, p := range pads {
		if p.Lang != "" {
			counts[p.Lang]++
		}
	}
	langs := make([]string, 0, len(counts))
	for l := range counts {
		langs = append(langs, l)
	}
	slices.SortFunc(langs, func(a, b string) int { return cmp.Or(counts[b]-counts[a], strings.Compare(a, b)) })
	if len(langs) == 0 {
		return ""
	}
	return langs[0]
}
