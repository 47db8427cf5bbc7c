package render

import (
	"bufio"
	"fmt"
	"io"
	"iter"

	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/rules"
)

type textPrinter struct {
	w    io.Writer
	lang string
}

// Print writes each pad's verdict, then its findings, one a line with the
// suggestion under it:
//
//	✗ pads/atelier.txt
//	  13:1  warning  “Hastags” is read as “Hashtags”: write it so  label-near-miss
//	                 → Hashtags
func (p *textPrinter) Print(reports iter.Seq[lint.Report]) error {
	w := bufio.NewWriter(p.w)
	for r := range reports {
		p.pad(w, r)
	}
	return w.Flush()
}

func (p *textPrinter) pad(w *bufio.Writer, r lint.Report) {
	mark := passStyle.Render("✓")
	if !r.Passed {
		mark = failStyle.Render("✗")
	}
	fmt.Fprintf(w, "%s %s\n", mark, sourceStyle.Render(clean(r.Source)))
	for _, f := range r.Findings {
		p.finding(w, f)
	}
}

func (p *textPrinter) finding(w *bufio.Writer, f rules.Finding) {
	pos := fmt.Sprintf("%d:%d", f.Line, f.Column)
	sev := severityStyles[f.Severity].Render(fmt.Sprintf("%-7s", severityWord(f.Severity, p.lang)))
	fmt.Fprintf(w, "  %s  %s  %s  %s\n", positionStyle.Render(fmt.Sprintf("%-6s", pos)), sev,
		clean(f.Message), ruleStyle.Render(f.Rule))
	if f.Suggestion != "" {
		fmt.Fprintf(w, "  %-6s  %-7s  %s\n", "", "", suggestionStyle.Render("→ "+clean(f.Suggestion)))
	}
}

var severityWords = map[rules.Severity]rules.Text{
	rules.Error:   {EN: "error", FR: "erreur"},
	rules.Warning: {EN: "warning", FR: "alerte"},
	rules.Info:    {EN: "info", FR: "info"},
}

func severityWord(s rules.Severity, lang string) string { return severityWords[s].In(lang) }

// Summary writes the one-line count of a run, for standard error.
func Summary(w io.Writer, s lint.Summary, lang string) {
	t := rules.Text{
		EN: "%d pads: %d pass, %d fail (%d errors, %d warnings)",
		FR: "%d pads : %d conformes, %d à reprendre (%d erreurs, %d alertes)",
	}
	fmt.Fprintf(w, t.In(lang), s.Pads, s.Passed, s.Pads-s.Passed, s.Errors, s.Warnings)
	if s.Unreadable > 0 {
		fmt.Fprintf(w, rules.Text{EN: "; %d could not be read", FR: " ; %d illisibles"}.In(lang), s.Unreadable)
	}
	fmt.Fprintln(w)
}
