package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
	"github.com/padlint/padlint/watch"
)

// WatchOptions set how a watch is shown.
type WatchOptions struct {
	Options
	// Size tells the terminal's width and height, asked at each drawing:
	// longer lines are cut, and lines beyond the height left out, so that
	// the block can be drawn again over itself. Nil for no limit.
	Size func() (width, height int)
}

// The styles of a watch.
var (
	rightStyle  = lipgloss.NewStyle().Foreground(lipgloss.Green).Bold(true)
	wrongStyle  = lipgloss.NewStyle().Foreground(lipgloss.Red).Bold(true)
	warnedStyle = lipgloss.NewStyle().Foreground(lipgloss.Yellow).Bold(true)
	doneStyle   = lipgloss.NewStyle().Foreground(lipgloss.Green).Bold(true).Reverse(true)
)

var (
	stateMarks  = map[watch.State]string{watch.Missing: "✗", watch.Wrong: "✗", watch.Warned: "!", watch.Right: "✓"}
	stateStyles = map[watch.State]lipgloss.Style{watch.Missing: wrongStyle, watch.Wrong: wrongStyle, watch.Warned: warnedStyle, watch.Right: rightStyle}
	fieldNames  = map[pad.FieldName]rules.Text{
		pad.Title: {EN: "Title", FR: "Titre"}, pad.Description: {EN: "Description", FR: "Description"},
		pad.NextSteps: {EN: "Next steps", FR: "Prochaines étapes"}, pad.Hashtags: {EN: "Hashtags", FR: "Hashtags"},
	}
	happenedWords = map[watch.Happened]rules.Text{
		watch.Added: {EN: "added", FR: "ajout"}, watch.Removed: {EN: "removed", FR: "retrait"},
		watch.Fixed: {EN: "put right", FR: "correction"}, watch.Broken: {EN: "to put right again", FR: "à reprendre"},
		watch.Edited: {EN: "edited", FR: "modification"},
	}
	completeText = rules.Text{EN: "The header is complete: whoever comes next can pick up the work.",
		FR: "L'en-tête est complet : qui viendra ensuite pourra reprendre le travail."}
)

// WatchStatus writes the status of a watch as a block of lines, to be
// drawn again in place at each change.
func WatchStatus(w io.Writer, st watch.Status, o WatchOptions) {
	var lines []string
	lines = append(lines, o.paint(titleStyle, clean(st.Source)))
	for _, f := range st.Fields {
		lines = append(lines, o.fieldLines(f)...)
	}
	lines = append(lines, o.otherLines(st.Other)...)
	if st.Passed && !st.Checked.IsZero() {
		lines = append(lines, o.paint(doneStyle, " ✓ "+completeText.In(o.Lang)+" "))
	}
	lines = append(lines, o.news(st)...)
	lines = append(lines, o.paint(faintStyle, o.timing(st)))
	for _, l := range o.fit(lines) {
		fmt.Fprintln(w, l)
	}
}

// fieldLines writes a field: its mark, name and value, or what is wrong
// with it and how to put it right.
func (o WatchOptions) fieldLines(f watch.Field) []string {
	mark := o.paint(stateStyles[f.State], stateMarks[f.State])
	name := fmt.Sprintf("%-18s", fieldNames[f.Name].In(o.Lang))
	if len(f.Findings) == 0 {
		return []string{mark + " " + name + clean(o.value(f))}
	}
	lines := []string{mark + " " + name + clean(f.Findings[0].Message)}
	for _, fd := range f.Findings[1:] {
		lines = append(lines, strings.Repeat(" ", 20)+clean(fd.Message))
	}
	for _, fd := range f.Findings {
		if fd.Suggestion != "" {
			lines = append(lines, strings.Repeat(" ", 20)+o.paint(suggestionStyle, "→ "+clean(fd.Suggestion)))
		}
	}
	return lines
}

// value says what a field that is right holds.
func (o WatchOptions) value(f watch.Field) string {
	switch f.Name {
	case pad.Title:
		return index.ShortTitle(f.Value)
	case pad.Hashtags:
		return f.Value
	case pad.Description:
		return count(f.Count, rules.Text{EN: "line", FR: "ligne"}, rules.Text{EN: "lines", FR: "lignes"}, o.Lang)
	}
	return count(f.Count, rules.Text{EN: "step", FR: "étape"}, rules.Text{EN: "steps", FR: "étapes"}, o.Lang)
}

func count(n int, one, many rules.Text, lang string) string {
	if n == 1 {
		return "1 " + one.In(lang)
	}
	return fmt.Sprintf("%d %s", n, many.In(lang))
}

// otherLines writes the findings about no field of the header.
func (o WatchOptions) otherLines(findings []rules.Finding) []string {
	var lines []string
	for _, f := range findings {
		lines = append(lines, o.paint(severityStyles[f.Severity], "!")+" "+clean(f.Message))
	}
	return lines
}

// news writes what the last reading changed, or why it failed.
func (o WatchOptions) news(st watch.Status) []string {
	switch {
	case st.Err != nil:
		t := rules.Text{EN: "⚠ could not read the pad at %s: %s", FR: "⚠ lecture du pad impossible à %s : %s"}
		return []string{o.paint(warnedStyle, fmt.Sprintf(t.In(o.Lang), st.Tried.Format(time.TimeOnly), clean(st.Err.Error())))}
	case len(st.Changes) > 0:
		return []string{st.ChangedAt.Format(time.TimeOnly) + " — " + o.changes(st.Changes)}
	}
	return nil
}

func (o WatchOptions) changes(cs []watch.Change) string {
	words := make([]string, len(cs))
	for i, c := range cs {
		words[i] = fieldNames[c.Field].In(o.Lang) + rules.Text{EN: ": ", FR: " : "}.In(o.Lang) + happenedWords[c.What].In(o.Lang)
	}
	return strings.Join(words, ", ")
}

// timing says when the pad was read, when it is read next, and how long
// the watch has left.
func (o WatchOptions) timing(st watch.Status) string {
	var parts []string
	if !st.Checked.IsZero() {
		parts = append(parts, fmt.Sprintf(rules.Text{EN: "read at %s", FR: "lu à %s"}.In(o.Lang), st.Checked.Format(time.TimeOnly)))
	}
	if !st.Next.IsZero() {
		parts = append(parts, fmt.Sprintf(rules.Text{EN: "next reading in %s", FR: "prochaine lecture dans %s"}.In(o.Lang), duration(st.Next.Sub(st.Now))))
	}
	if !st.Until.IsZero() && !st.Ended {
		t := rules.Text{EN: "%s left (until %s)", FR: "encore %s (jusqu'à %s)"}
		parts = append(parts, fmt.Sprintf(t.In(o.Lang), duration(st.Until.Sub(st.Now)), clock(st.Until)))
	}
	if timeUp(st) {
		parts = append(parts, timeUpText.In(o.Lang))
	}
	if !st.Ended {
		parts = append(parts, rules.Text{EN: "Ctrl-C to stop", FR: "Ctrl-C pour arrêter"}.In(o.Lang))
	}
	return strings.Join(parts, " · ")
}

// clock writes a time of day, to the minute when it falls on one.
func clock(t time.Time) string {
	if t.Second() == 0 {
		return t.Format("15:04")
	}
	return t.Format(time.TimeOnly)
}

var timeUpText = rules.Text{EN: "time is up", FR: "le temps est écoulé"}

// timeUp tells whether the watch ended at its time.
func timeUp(st watch.Status) bool { return st.Ended && !st.Until.IsZero() && !st.Now.Before(st.Until) }

// duration writes a duration for people: "45 s", "12 min", "1 h 05".
func duration(d time.Duration) string {
	d = d.Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d s", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	}
	return fmt.Sprintf("%d h %02d", int(d.Hours()), int(d.Minutes())%60)
}

// fit cuts lines to the terminal's width, so that each takes one line,
// and leaves out those the terminal has no room for, the last kept: the
// block is drawn again over as many lines as it took.
func (o WatchOptions) fit(lines []string) []string {
	if o.Size == nil {
		return lines
	}
	width, height := o.Size()
	if height > 2 && len(lines) > height-1 {
		lines = append(append(lines[:height-3:height-3], "…"), lines[len(lines)-1])
	}
	for i, l := range lines {
		if width > 1 {
			lines[i] = ansi.Truncate(l, width-1, "…")
		}
	}
	return lines
}

// WatchScreen draws the status of a watch in place on a terminal, the
// cursor hidden until Close.
type WatchScreen struct {
	w     io.Writer
	o     WatchOptions
	lines int // drawn the last time
}

// NewWatchScreen returns a screen that draws on w, a terminal.
func NewWatchScreen(w io.Writer, o WatchOptions) *WatchScreen {
	return &WatchScreen{w: w, o: o}
}

// Show draws st over the status drawn before.
func (s *WatchScreen) Show(st watch.Status) {
	var b strings.Builder
	WatchStatus(&b, st, s.o)
	out := ansi.HideCursor
	if s.lines > 0 {
		out += ansi.CursorUp(s.lines) + "\r" + ansi.EraseScreenBelow
	}
	fmt.Fprint(s.w, out+b.String())
	s.lines = strings.Count(b.String(), "\n")
}

// Close gives the terminal its cursor back.
func (s *WatchScreen) Close() { fmt.Fprint(s.w, ansi.ShowCursor) }

// WatchLog writes the readings of a watch one line each, when one says
// something new: the first, a change, a failure, the end. For logs and
// pipes.
type WatchLog struct {
	w       io.Writer
	o       WatchOptions
	said    bool
	lastErr string
}

// NewWatchLog returns a log that writes to w.
func NewWatchLog(w io.Writer, o WatchOptions) *WatchLog { return &WatchLog{w: w, o: o} }

// Show writes a line about st when it says something new.
func (l *WatchLog) Show(st watch.Status) {
	errText := ""
	if st.Err != nil {
		errText = st.Err.Error()
	}
	changed := st.ChangedAt.Equal(st.Now) && !st.ChangedAt.IsZero()
	news := !l.said || changed || errText != l.lastErr || st.Ended
	if !st.Fresh || !news {
		return
	}
	l.said, l.lastErr = true, errText
	fmt.Fprintln(l.w, st.Now.Format(time.TimeOnly)+" "+l.o.line(st))
}

// line says in one line how the pad stands.
func (o WatchOptions) line(st watch.Status) string {
	var parts []string
	if st.Err != nil {
		t := rules.Text{EN: "⚠ could not read the pad: %s", FR: "⚠ lecture du pad impossible : %s"}
		parts = append(parts, fmt.Sprintf(t.In(o.Lang), clean(st.Err.Error())))
	} else if st.ChangedAt.Equal(st.Now) && len(st.Changes) > 0 {
		parts = append(parts, o.changes(st.Changes))
	}
	if !st.Checked.IsZero() {
		parts = append(parts, o.verdictLine(st))
	}
	if timeUp(st) {
		parts = append(parts, timeUpText.In(o.Lang))
	}
	if !st.Next.IsZero() && st.Err != nil {
		parts = append(parts, fmt.Sprintf(rules.Text{EN: "next reading at %s", FR: "prochaine lecture à %s"}.In(o.Lang), st.Next.Format(time.TimeOnly)))
	}
	return strings.Join(parts, " · ")
}

// verdictLine says whether the header is complete, else which fields
// are not right.
func (o WatchOptions) verdictLine(st watch.Status) string {
	if st.Passed {
		return o.paint(rightStyle, "✓") + " " + completeText.In(o.Lang)
	}
	var wrong []string
	for _, f := range st.Fields {
		if f.State == watch.Missing || f.State == watch.Wrong {
			wrong = append(wrong, fieldNames[f.Name].In(o.Lang))
		}
	}
	t := rules.Text{EN: "fields right: %d of %d; to put right: %s", FR: "champs justes : %d sur %d ; à reprendre : %s"}
	return o.paint(wrongStyle, "✗") + " " + fmt.Sprintf(t.In(o.Lang), len(st.Fields)-len(wrong), len(st.Fields), strings.Join(wrong, ", "))
}

// Missing writes what a pad still lacks, ready to paste at its top, to
// w, and what it is to hint.
func Missing(w, hint io.Writer, skeleton, lang string) {
	fmt.Fprintln(hint, rules.Text{EN: "Still missing, to paste at the top of the pad:", FR: "Il manque encore, à coller en haut du pad :"}.In(lang))
	fmt.Fprint(w, cleanLines(skeleton))
}
