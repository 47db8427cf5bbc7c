package render

import (
	"charm.land/lipgloss/v2"
	"github.com/padlint/padlint/rules"
)

// The styles of the text output, applied only on a terminal.
var (
	sourceStyle     = lipgloss.NewStyle().Bold(true)
	passStyle       = lipgloss.NewStyle().Foreground(lipgloss.Green).Bold(true)
	failStyle       = lipgloss.NewStyle().Foreground(lipgloss.Red).Bold(true)
	positionStyle   = lipgloss.NewStyle().Faint(true)
	ruleStyle       = lipgloss.NewStyle().Faint(true)
	suggestionStyle = lipgloss.NewStyle().Foreground(lipgloss.Cyan)
	severityStyles  = map[rules.Severity]lipgloss.Style{
		rules.Error:   lipgloss.NewStyle().Foreground(lipgloss.Red),
		rules.Warning: lipgloss.NewStyle().Foreground(lipgloss.Yellow),
		rules.Info:    lipgloss.NewStyle().Foreground(lipgloss.Blue),
	}
)

// paint styles text when colour is on.
func (o Options) paint(s lipgloss.Style, text string) string {
	if !o.Color {
		return text
	}
	return s.Render(text)
}
