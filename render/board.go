package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/rules"
)

// Tags writes hashtags with their count of pads.
func Tags(w io.Writer, format string, tags []index.TagCount, o IndexOptions) error {
	if format == "json" {
		return writeJSON(w, tags)
	}
	for _, t := range tags {
		fmt.Fprintf(w, "%6d  %s\n", t.Pads, o.paint(tagStyle, clean(t.Tag)))
	}
	return nil
}

// Steps writes the open next steps, a group a hashtag.
func Steps(w io.Writer, format string, groups []index.StepGroup, now time.Time, o IndexOptions) error {
	if format == "json" {
		return writeJSON(w, groups)
	}
	for i, g := range groups {
		if i > 0 {
			fmt.Fprintln(w)
		}
		o.group(w, g, now)
	}
	return nil
}

// group writes the steps of one hashtag, under the pad of each.
func (o IndexOptions) group(w io.Writer, g index.StepGroup, now time.Time) {
	tag := rules.Text{EN: "(no hashtag)", FR: "(sans hashtag)"}.In(o.Lang)
	if g.Tag != "" {
		tag = clean(g.Tag)
	}
	fmt.Fprintf(w, "%s (%d)\n", o.paint(tagStyle, tag), len(g.Steps))
	for i, s := range g.Steps {
		if i == 0 || s.Source != g.Steps[i-1].Source {
			fmt.Fprintf(w, "  %s  %s, %s\n", o.paint(titleStyle, clean(o.titleOr(s.Title))),
				o.paint(faintStyle, o.source(s.Source)), o.paint(faintStyle, age(now.Sub(s.Edited), o.Lang)))
		}
		fmt.Fprintf(w, "    %s %s\n", box(false), clean(s.Text))
	}
}

// age says how long ago, roughly.
func age(d time.Duration, lang string) string {
	days := int(d.Hours() / 24)
	switch {
	case days < 1:
		return rules.Text{EN: "today", FR: "aujourd'hui"}.In(lang)
	case days < 60:
		return fmt.Sprintf(rules.Text{EN: "%d days ago", FR: "il y a %d jours"}.In(lang), days)
	}
	return fmt.Sprintf(rules.Text{EN: "%d months ago", FR: "il y a %d mois"}.In(lang), days/30)
}

// Links writes what a pad links to and what links to it.
func Links(w io.Writer, format string, l index.Links, o IndexOptions) error {
	if format == "json" {
		return writeJSON(w, l)
	}
	fmt.Fprintf(w, "%s  %s\n", o.paint(titleStyle, clean(o.titleOr(l.Title))), o.paint(faintStyle, o.source(l.Source)))
	o.linkList(w, rules.Text{EN: "links to", FR: "renvoie vers"}, "→", l.To)
	o.linkList(w, rules.Text{EN: "linked from", FR: "cité par"}, "←", l.From)
	return nil
}

func (o IndexOptions) linkList(w io.Writer, what rules.Text, arrow string, links []index.Link) {
	fmt.Fprintf(w, "%s %s (%d)\n", arrow, what.In(o.Lang), len(links))
	for _, l := range links {
		title := o.paint(titleStyle, clean(index.ShortTitle(l.Title)))
		if !l.Indexed {
			title = o.paint(faintStyle, rules.Text{EN: "(not in the index)", FR: "(pas dans l'index)"}.In(o.Lang))
		}
		fmt.Fprintf(w, "  %s  %s\n", o.source(l.Source), title)
	}
}

// Pad writes everything the index knows of a pad.
func Pad(w io.Writer, format string, p index.Pad, o IndexOptions) error {
	if format == "json" {
		return writeJSON(w, p)
	}
	fmt.Fprintf(w, "%s %s\n%s\n", o.verdict(p.Passed), o.paint(titleStyle, clean(o.titleOr(p.Title))), o.paint(faintStyle, o.source(p.Source)))
	o.field(w, rules.Text{EN: "Description", FR: "Description"}, p.Description)
	for _, s := range p.NextSteps {
		o.field(w, rules.Text{EN: "Next step", FR: "Étape"}, box(s.Done)+" "+s.Text)
	}
	var tags []string
	for _, t := range p.Hashtags {
		tags = append(tags, t.Tag)
	}
	o.field(w, rules.Text{EN: "Hashtags", FR: "Hashtags"}, strings.Join(tags, " "))
	o.field(w, rules.Text{EN: "Participants", FR: "Participants"}, strings.Join(p.Participants, ", "))
	o.field(w, rules.Text{EN: "Context", FR: "Contexte"}, p.Context)
	o.field(w, rules.Text{EN: "Links", FR: "Liens"}, fmt.Sprintf("→ %d  ← %d", len(p.LinksTo), len(p.LinkedFrom)))
	o.record(w, p)
	return nil
}

// record writes a pad's verdict and its history in the index.
func (o IndexOptions) record(w io.Writer, p index.Pad) {
	for _, f := range p.Findings {
		o.field(w, rules.Text{EN: "Finding", FR: "Remarque"}, fmt.Sprintf("%d:%d %s %s", f.Line, f.Column, severityWord(f.Severity, o.Lang), f.Message))
	}
	const when = "2006-01-02 15:04"
	if p.Edited != nil {
		o.field(w, rules.Text{EN: "Edited", FR: "Modifié"}, p.Edited.Format(when))
	}
	o.field(w, rules.Text{EN: "Indexed", FR: "Indexé"}, p.FirstIndexed.Format(when)+" → "+p.LastIndexed.Format(when))
	if p.Gone != nil {
		o.field(w, rules.Text{EN: "Gone since", FR: "Disparu depuis"}, p.Gone.Format(when))
	}
}

// field writes one labelled value, its lines indented under the label.
func (o IndexOptions) field(w io.Writer, label rules.Text, value string) {
	if value == "" {
		return
	}
	lines := strings.Split(value, "\n")
	for i := range lines {
		lines[i] = clean(lines[i])
	}
	fmt.Fprintf(w, "  %s %s\n", o.paint(faintStyle, fmt.Sprintf("%-13s", label.In(o.Lang))), strings.Join(lines, "\n                "))
}

// box is the box of a step, ticked when it is done.
func box(done bool) string {
	if done {
		return "☑"
	}
	return "□"
}
