package summary

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/index"
)

func tag(key string, header bool) index.Hashtag {
	return index.Hashtag{Tag: "#" + key, Key: key, Header: header}
}

func pads() []index.Pad {
	day := func(d int) *time.Time { t := time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC); return &t }
	return []index.Pad{
		{Source: "https://pad.example.org/p/general", Lang: "fr", Passed: true, Edited: day(20),
			Hashtags:  []index.Hashtag{tag("minga", true), tag("communs", true)},
			NextSteps: []index.NextStep{{Text: "a"}},
			LinksTo:   []index.Link{{Source: "https://pad.example.org/p/g1"}, {Source: "https://ailleurs.example/p/x"}}},
		{Source: "https://pad.example.org/p/g1", Lang: "fr", Edited: day(22),
			Hashtags:  []index.Hashtag{tag("minga", true), tag("monnaie", true), tag("monnaie", false), tag("notes", false)},
			NextSteps: []index.NextStep{{Text: "b", Done: true}}},
		{Source: "/notes/n.txt", Lang: "en", Passed: true, Edited: day(18),
			Hashtags:  []index.Hashtag{tag("minga", false)},
			NextSteps: []index.NextStep{{Text: "c"}}},
	}
}

// digest is what a test checks of a page, by anchors.
type digest struct {
	Lang, From, To string
	Passed         int
	Tags           map[string][]string // "tag-1 key": the cards carrying it
	Steps          map[string][]string // tag key, or "(none)": "text of card"
	Links          []string
	URLs           []string
}

func digestOf(p *Page) digest {
	d := digest{Lang: p.Lang, From: p.From.Format(time.DateOnly), To: p.To.Format(time.DateOnly), Passed: p.Passed,
		Tags: map[string][]string{}, Steps: map[string][]string{}}
	for _, tg := range p.Tags {
		for _, c := range tg.Cards {
			d.Tags[tg.ID+" "+tg.Key] = append(d.Tags[tg.ID+" "+tg.Key], c.ID)
		}
	}
	for _, g := range p.Steps {
		key := "(none)"
		if g.Tag != nil {
			key = g.Tag.Key
		}
		for _, s := range g.Steps {
			d.Steps[key] = append(d.Steps[key], s.Text+" of "+s.Card.ID)
		}
	}
	for _, l := range p.Links {
		to := l.Target
		if l.To != nil {
			to = l.To.ID
		}
		d.Links = append(d.Links, l.From.ID+" → "+to)
	}
	for _, c := range p.Cards {
		d.URLs = append(d.URLs, c.URL)
	}
	return d
}

func TestNew(t *testing.T) {
	p := New("Minga", "en", pads())
	want := digest{
		Lang: "fr", From: "2026-11-18", To: "2026-11-22", Passed: 2,
		Tags: map[string][]string{"tag-1 minga": {"pad-1", "pad-2", "pad-3"}, "tag-2 communs": {"pad-1"},
			"tag-3 monnaie": {"pad-2"}, "tag-4 notes": {"pad-2"}},
		Steps: map[string][]string{"communs": {"a of pad-1"}, "monnaie": {"b of pad-2"}, "(none)": {"c of pad-3"}},
		Links: []string{"pad-1 → pad-2", "pad-1 → https://ailleurs.example/p/x"},
		URLs:  []string{"https://pad.example.org/p/general", "https://pad.example.org/p/g1", ""},
	}
	if diff := cmp.Diff(digestOf(p), want); diff != "" {
		t.Errorf("(-got +want):\n%s", diff)
	}
	if f := p.ToFinish(); len(f) != 1 || f[0].ID != "pad-2" {
		t.Errorf("to finish: %v, want pad-2", f)
	}
}

func TestNewEmpty(t *testing.T) {
	p := New("", "en", nil)
	if p.Lang != "en" || !p.From.IsZero() || len(p.Cards)+len(p.Tags)+len(p.Steps)+len(p.Links) != 0 {
		t.Errorf("an empty page has %+v", p)
	}
}

func TestWebURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://pad.example.org/p/a": "https://pad.example.org/p/a",
		"http://pad.example.org/p/a":  "http://pad.example.org/p/a",
		"javascript:alert(1)":         "",
		"JavaScript://x/%0aalert(1)":  "",
		"data:text/html,x":            "",
		"/home/awa/notes.txt":         "",
		"https:///nohost":             "",
	} {
		if got := WebURL(in); got != want {
			t.Errorf("WebURL(%q) = %q, want %q", in, got, want)
		}
	}
}
