package render

import (
	_ "embed"
	"fmt"
	htmltemplate "html/template"
	"io"
	"path"
	"strings"
	"text/template"
	"time"

	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/rules"
	"github.com/padlint/padlint/summary"
)

// WorkshopFormats lists the formats of a workshop's summary page.
var WorkshopFormats = []string{"html", "md"}

// WorkshopOptions set how a workshop's summary is written.
type WorkshopOptions struct {
	Lang   string              // of the words around the pads' own: "fr" or "en"
	Source func(string) string // how a pad's source is shown; as it is when nil
}

var (
	//go:embed workshop.html.tmpl
	workshopHTML string
	//go:embed workshop.md.tmpl
	workshopMarkdown string
)

// Workshop writes the summary page of a workshop: "html", one page that
// needs nothing else, or "md", Markdown for wikis and pads. Everything
// from a pad is written as text, without invisible characters, titles
// cut short: only http(s) addresses become links.
func Workshop(w io.Writer, format string, p *summary.Page, o WorkshopOptions) error {
	data := struct {
		Page  *summary.Page
		Title string
	}{p, clean(index.ShortTitle(p.Title))}
	funcs := o.funcs()
	switch format {
	case "html":
		funcs["text"] = cleanLines
		t := htmltemplate.Must(htmltemplate.New("page").Funcs(htmltemplate.FuncMap(funcs)).Parse(workshopHTML))
		return t.Execute(w, data)
	case "md":
		funcs["md"], funcs["mdurl"], funcs["quote"] = markdown, markdownURL, markdownQuote
		t := template.Must(template.New("page").Funcs(funcs).Parse(workshopMarkdown))
		return t.Execute(w, data)
	}
	return fmt.Errorf("unknown format %q: use %s", format, strings.Join(WorkshopFormats, " or "))
}

// funcs are what both templates call: words in the page's language,
// counts, dates, and how pads are named.
func (o WorkshopOptions) funcs() template.FuncMap {
	say := func(en string) string { return workshopWords.in(en, o.Lang) }
	return template.FuncMap{
		"say":   say,
		"count": func(n int, one, many string) string { return counted(n, one, many, o.Lang) },
		"span":  span,
		"line":  func(n int) string { return fmt.Sprintf(say("line %d: "), n) },
		"join":  strings.Join,
		"title": func(c *summary.Card) string { return clean(cardTitle(c, say)) },
		"source": func(s string) string {
			if o.Source != nil {
				s = o.Source(s)
			}
			return clean(s)
		},
	}
}

// counted writes n and the words that go with it, in lang: "1 pad", "12 pads".
func counted(n int, one, many, lang string) string {
	return fmt.Sprintf("%d %s", n, workshopWords.in(plural(n, one, many), lang))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// span writes the dates of the page's pads: "2026-11-21", or
// "2026-11-21 – 2026-11-23"; "" when none is known.
func span(p *summary.Page) string {
	from, to := p.From.Format(time.DateOnly), p.To.Format(time.DateOnly)
	switch {
	case p.From.IsZero():
		return ""
	case from == to:
		return from
	}
	return from + " – " + to
}

// cardTitle names a pad by its title, cut short, else by the end of its
// source.
func cardTitle(c *summary.Card, say func(string) string) string {
	if t := strings.TrimSpace(c.Title); t != "" {
		return index.ShortTitle(t)
	}
	return path.Base(strings.TrimRight(c.Source, "/")) + " " + say("(no title)")
}

// translations holds the French of the words of a summary page.
type translations map[string]string

func (t translations) in(en, lang string) string {
	if fr, ok := t[en]; ok && lang == "fr" {
		return fr
	}
	return en
}

var workshopWords = translations{
	"pad":                    "pad",
	"pads":                   "pads",
	"follows the convention": "suit la convention",
	"follow the convention":  "suivent la convention",
	"Follows the convention": "Suit la convention",
	"thing to fix":           "point à reprendre",
	"things to fix":          "points à reprendre",
	"done":                   "fait",
	"to do":                  "à faire",
	"Pads by hashtag":        "Pads par hashtag",
	"Hashtags":               "Hashtags",
	"Pads":                   "Pads",
	"Next steps":             "Prochaines étapes",
	"Participants":           "Participants",
	"To fix":                 "À reprendre",
	"All next steps":         "Toutes les prochaines étapes",
	"Each step once, under the hashtag of its pad's header that the fewest pads carry.": "Chaque étape une fois, sous le hashtag de l'en-tête de son pad que le moins de pads portent.",
	"Without hashtag":                   "Sans hashtag",
	"No next steps in these pads.":      "Aucune prochaine étape dans ces pads.",
	"Pads to finish":                    "Pads à compléter",
	"line %d: ":                         "ligne %d : ",
	": ":                                " : ",
	"Every pad follows the convention.": "Tous les pads suivent la convention.",
	"Links between pads":                "Liens entre les pads",
	"not in this summary":               "pas dans cette synthèse",
	"These pads link to no other pad.":  "Ces pads ne renvoient à aucun autre pad.",
	"(no title)":                        "(sans titre)",
	"Made by padlint from the pads' headers: Title, Description, Next steps, Hashtags.": "Fait par padlint à partir de l'en-tête des pads : Titre, Description, Prochaines étapes, Hashtags.",
}

// Wrote says on standard error where the summary page went.
func Wrote(w io.Writer, path string, p *summary.Page, lang string) {
	t := rules.Text{EN: "summary of %s (%s) in %s\n", FR: "synthèse de %s (%s) dans %s\n"}
	fmt.Fprintf(w, t.In(lang), counted(len(p.Cards), "pad", "pads", lang),
		counted(p.Passed, "follows the convention", "follow the convention", lang), clean(path))
}
