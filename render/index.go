package render

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/rules"
)

// IndexOptions set how the answers of the index are written.
type IndexOptions struct {
	Options
	Table  bool                // draw a table: standard output is a terminal
	Width  int                 // of the terminal, for the table; 0 when unknown
	Source func(string) string // how to show a pad's source; as it is when nil
}

func (o IndexOptions) source(s string) string {
	if o.Source != nil {
		s = o.Source(s)
	}
	return clean(s)
}

// The styles of the answers of the index.
var (
	markStyle  = lipgloss.NewStyle().Bold(true).Reverse(true)
	titleStyle = lipgloss.NewStyle().Bold(true)
	faintStyle = lipgloss.NewStyle().Faint(true)
	tagStyle   = lipgloss.NewStyle().Foreground(lipgloss.Magenta)
)

// snippet shows a snippet from a pad, what matched marked: in reverse
// video with colours, between [ and ] without.
func (o IndexOptions) snippet(s string) string {
	var b strings.Builder
	for i, part := range strings.Split(s, index.MarkStart) {
		matched, rest, found := strings.Cut(part, index.MarkEnd)
		if i == 0 || !found {
			b.WriteString(clean(index.PlainSnippet(part)))
			continue
		}
		if o.Color {
			b.WriteString(markStyle.Render(clean(matched)))
		} else {
			b.WriteString("[" + clean(matched) + "]")
		}
		b.WriteString(clean(index.PlainSnippet(rest)))
	}
	return b.String()
}

// verdict is the mark of a pad that passes or fails.
func (o IndexOptions) verdict(passed bool) string {
	if passed {
		return o.paint(passStyle, "✓")
	}
	return o.paint(failStyle, "✗")
}

// Results writes what a search found.
func Results(w io.Writer, format string, res index.Results, o IndexOptions) error {
	if format == "json" {
		for i := range res.Results {
			res.Results[i].Snippet = index.PlainSnippet(res.Results[i].Snippet)
		}
		return writeJSON(w, res)
	}
	if o.Table {
		return resultsTable(w, res, o)
	}
	for _, r := range res.Results {
		fmt.Fprintf(w, "%s %s  %s\n", o.verdict(r.Passed), o.paint(titleStyle, clean(o.titleOr(r.Title))), o.paint(faintStyle, o.source(r.Source)))
		if len(r.Hashtags) > 0 {
			fmt.Fprintf(w, "  %s\n", o.paint(tagStyle, clean(strings.Join(r.Hashtags, " "))))
		}
		if r.Snippet != "" {
			fmt.Fprintf(w, "  %s\n", o.snippet(r.Snippet))
		}
	}
	return nil
}

// resultsTable draws the results as a table, for a terminal.
func resultsTable(w io.Writer, res index.Results, o IndexOptions) error {
	words := rules.Text{EN: "pad\thashtags\tmatched", FR: "pad\thashtags\textrait"}
	t := table.New().Border(lipgloss.RoundedBorder()).BorderRow(true).Wrap(true).
		Headers(append([]string{""}, strings.Split(words.In(o.Lang), "\t")...)...)
	if o.Width > 0 {
		t = t.Width(o.Width)
	}
	for _, r := range res.Results {
		pad := o.paint(titleStyle, clean(o.titleOr(r.Title))) + "\n" + o.paint(faintStyle, o.source(r.Source))
		t.Row(o.verdict(r.Passed), pad, o.paint(tagStyle, clean(strings.Join(r.Hashtags, " "))), o.snippet(r.Snippet))
	}
	_, err := fmt.Fprintln(w, t.Render())
	return err
}

// titleOr returns the title as it is shown, or says there is none.
func (o IndexOptions) titleOr(title string) string {
	if title == "" {
		return rules.Text{EN: "(no title)", FR: "(sans titre)"}.In(o.Lang)
	}
	return index.ShortTitle(title)
}

// Found writes how many pads a search found, for standard error.
func Found(w io.Writer, res index.Results, lang string) {
	t := rules.Text{EN: "%d pads found", FR: "%d pads trouvés"}
	fmt.Fprintf(w, t.In(lang), res.Total)
	if len(res.Results) < res.Total {
		fmt.Fprintf(w, rules.Text{EN: ", the first %d shown (--limit)", FR: ", les %d premiers affichés (--limit)"}.In(lang), len(res.Results))
	}
	fmt.Fprintln(w)
}
