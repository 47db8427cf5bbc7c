package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/rules"
	"github.com/padlint/padlint/summary"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// workshop is a small workshop: a general pad linking to two groups'
// pads, one of which lacks its header, and a note from a file.
func workshop() []index.Pad {
	day := func(d int) *time.Time { t := time.Date(2026, 11, d, 17, 30, 0, 0, time.UTC); return &t }
	tag := func(text string, header bool) index.Hashtag {
		return index.Hashtag{Tag: text, Key: strings.ToLower(strings.TrimPrefix(text, "#")), Header: header}
	}
	return []index.Pad{{
		Source: "https://pad.example.org/p/atelier-general", Title: "Atelier communs – général", Lang: "fr", Passed: true,
		Description:  "Trois groupes sur les communs du quartier.\nRestitution à 17 h.",
		NextSteps:    []index.NextStep{{Text: "Envoyer le compte rendu", Done: true}, {Text: "Fixer la date du prochain atelier"}},
		Hashtags:     []index.Hashtag{tag("#communs", true), tag("#Minga2026", true)},
		Participants: []string{"Awa", "Bruno"}, Edited: day(20),
		LinksTo: []index.Link{{Source: "https://pad.example.org/p/atelier-groupe-1", Indexed: true},
			{Source: "https://pad.example.org/p/atelier-groupe-2", Indexed: true},
			{Source: "https://autre.example.net/p/ressources"}},
	}, {
		Source: "https://pad.example.org/p/atelier-groupe-1", Title: "Groupe 1 – la monnaie locale", Lang: "fr", Passed: true,
		Description: "Comment la gonette circule entre les commerces.",
		NextSteps:   []index.NextStep{{Text: "Rencontrer l'association @Claire"}},
		Hashtags:    []index.Hashtag{tag("#communs", true), tag("#economie", true), tag("#minga2026", false)},
		Edited:      day(21),
	}, {
		Source: "https://pad.example.org/p/atelier-groupe-2", Lang: "fr",
		Findings: []rules.Finding{
			{Rule: "title", Severity: rules.Error, Line: 1, Message: "Le pad n'a pas de titre.", Suggestion: "Ajoutez une ligne « Titre : … » en haut du pad."},
			{Rule: "hashtags", Severity: rules.Error, Message: "Le pad n'a pas de hashtags.", Suggestion: "Ajoutez « Hashtags : #… »."},
		},
		NextSteps: []index.NextStep{{Text: "Relire les notes"}},
		Edited:    day(21),
	}, {
		Source: "/home/awa/notes/atelier.txt", Title: "Notes d'Awa", Lang: "en", Passed: true,
		Hashtags: []index.Hashtag{tag("#communs", true)},
	}}
}

func TestWorkshopGolden(t *testing.T) {
	page := summary.New("Atelier communs, novembre 2026", "en", workshop())
	for _, c := range []struct{ format, lang, golden string }{
		{"html", "fr", "testdata/workshop.html"},
		{"md", "fr", "testdata/workshop.md"},
		{"md", "en", "testdata/workshop-en.md"},
	} {
		t.Run(c.golden, func(t *testing.T) {
			var b bytes.Buffer
			if err := Workshop(&b, c.format, page, WorkshopOptions{Lang: c.lang}); err != nil {
				t.Fatal(err)
			}
			golden(t, c.golden, b.Bytes())
		})
	}
}

func TestWorkshopUnknownFormat(t *testing.T) {
	err := Workshop(&bytes.Buffer{}, "pdf", summary.New("", "en", nil), WorkshopOptions{})
	if err == nil || !strings.Contains(err.Error(), "html or md") {
		t.Errorf("got %v, want an error naming html and md", err)
	}
}

// hostile is a workshop whose pads try to write markup into the page.
func hostile() *summary.Page {
	const evil = `<script>document.body.dataset.ran = "1"</script><img src=x onerror="document.body.dataset.ran = 1">[x](javascript:alert(1))`
	pads := []index.Pad{{
		Source: "javascript:alert(1)", Title: evil, Description: evil + "\n# " + evil + "\n- <b>", Lang: "en",
		NextSteps:    []index.NextStep{{Text: evil}},
		Hashtags:     []index.Hashtag{{Tag: "#<i>x</i>", Key: "x", Header: true}},
		Participants: []string{evil},
		Findings:     []rules.Finding{{Message: evil, Suggestion: evil, Line: 1}},
		LinksTo:      []index.Link{{Source: "javascript:alert(2)"}, {Source: "data:text/html,<script>alert(3)</script>"}, {Source: "https://a.example/?q=<b>)"}},
	}}
	return summary.New(evil, "en", pads)
}

// TestWorkshopUntrusted reads the page of hostile pads as a browser
// would, and the Markdown as a Markdown reader would, raw HTML and every
// link let through: the pads' text must stay text.
func TestWorkshopUntrusted(t *testing.T) {
	for _, format := range WorkshopFormats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Workshop(&b, format, hostile(), WorkshopOptions{Lang: "en"}); err != nil {
				t.Fatal(err)
			}
			page := b.Bytes()
			if format == "md" {
				page = markdownToHTML(t, page)
			}
			checkInert(t, page)
		})
	}
}

func markdownToHTML(t *testing.T, md []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	if err := gm.Convert(md, &b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// checkInert checks that the hostile pad's text made no element, no
// handler and no link but to the page itself and to the one https address.
func checkInert(t *testing.T, page []byte) {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Find("script, img, i, iframe, object").Length(); n > 0 {
		t.Errorf("%d elements written by the pad", n)
	}
	doc.Find("*").Each(func(_ int, s *goquery.Selection) {
		for _, a := range s.Nodes[0].Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("a handler %s=%q", a.Key, a.Val)
			}
		}
	})
	doc.Find("a").Each(func(_ int, s *goquery.Selection) {
		if href := s.AttrOr("href", ""); !strings.HasPrefix(href, "#") && !strings.HasPrefix(href, "https://a.example/") {
			t.Errorf("a link to %q", href)
		}
	})
	if got := doc.Find("h1").Text(); !strings.Contains(got, "<script>document.body") {
		t.Errorf("the title shows as %q, not as the pad wrote it", got)
	}
}

// BenchmarkWorkshop writes the page of 1,000 pads, the example workshop's
// four over and over under names of their own.
func BenchmarkWorkshop(b *testing.B) {
	var pads []index.Pad
	for i := range 250 {
		for _, p := range workshop() {
			p.Source = fmt.Sprintf("%s-%d", p.Source, i)
			pads = append(pads, p)
		}
	}
	page := summary.New("Atelier", "fr", pads)
	for _, format := range WorkshopFormats {
		b.Run(format, func(b *testing.B) {
			var n int
			for b.Loop() {
				var buf bytes.Buffer
				if err := Workshop(&buf, format, page, WorkshopOptions{Lang: "fr"}); err != nil {
					b.Fatal(err)
				}
				n = buf.Len()
			}
			b.ReportMetric(float64(n), "page-bytes")
		})
	}
}
