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
	w   io.Writer
	opt Options
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
	mark := p.opt.paint(passStyle, "✓")
	if !r.Passed {
		mark = p.opt.paint(failStyle, "✗")
	}
	fmt.Fprintf(w, "%s %s\n", mark, p.opt.paint(sourceStyle, clean(r.Source)))
	for _, f := range r.Findings {
		p.finding(w, f)
	}
}

func (p *textPrinter) finding(w *bufio.Writer, f rules.Finding) {
	pos := fmt.Sprintf("%d:%d", f.Line, f.Column)
	sev := p.opt.paint(severityStyles[f.Severity], fmt.Sprintf("%-7s", severityWord(f.Severity, p.opt.Lang)))
	fmt.Fprintf(w, "  %s  %s  %s  %s\n", p.opt.paint(positionStyle, fmt.Sprintf("%-6s", pos)), sev,
		clean(f.Message), p.opt.paint(ruleStyle, f.Rule))
	if f.Suggestion != "" {
		fmt.Fprintf(w, "  %-6s  %-7s  %s\n", "", "", p.opt.paint(suggestionStyle, "→ "+clean(f.Suggestion)))
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
		EN: "%d pads: %d pass, %d fail (errors: %d, warnings: %d)",
		FR: "%d pads : %d conformes, %d à reprendre (erreurs : %d, alertes : %d)",
	}
	fmt.Fprintf(w, t.In(lang), s.Pads, s.Passed, s.Pads-s.Passed, s.Errors, s.Warnings)
	if s.Unreadable > 0 {
		fmt.Fprintf(w, rules.Text{EN: "; unreadable: %d", FR: " ; illisibles : %d"}.In(lang), s.Unreadable)
	}
	fmt.Fprintln(w)
}
