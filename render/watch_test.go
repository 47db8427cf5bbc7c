package render

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
	"github.com/padlint/padlint/watch"
)

// session is a watch of a pad that a workshop completes in two minutes,
// with a reading that fails on the way, as the watch shows it.
func session() []watch.Status {
	at := func(m, s int) time.Time { return time.Date(2026, 11, 21, 17, m, s, 0, time.UTC) }
	missing := func(name pad.FieldName, rule, label string) watch.Field {
		return watch.Field{Name: name, State: watch.Missing, Findings: []rules.Finding{{Rule: rule, Severity: rules.Error,
			Message: "le pad n'a pas de " + label + " : ajoutez « " + label + " : … »"}}}
	}
	title := watch.Field{Name: pad.Title, State: watch.Right, Value: "Atelier communs"}
	desc := watch.Field{Name: pad.Description, State: watch.Warned, Count: 4, Findings: []rules.Finding{{Rule: "description-too-long",
		Severity: rules.Warning, Message: "la description fait 4 lignes ; 3 au plus", Suggestion: "gardez les 3 premières, le reste va dans les notes"}}}
	steps := watch.Field{Name: pad.NextSteps, State: watch.Right, Count: 2}
	tags := watch.Field{Name: pad.Hashtags, State: watch.Right, Value: "#communs #Brest", Count: 2}
	first := watch.Status{Source: "https://pad.example.org/p/atelier", Lang: "fr", Now: at(0, 0), Checked: at(0, 0), Next: at(0, 30),
		Until: at(30, 0), Fresh: true, Fields: []watch.Field{title, missing(pad.Description, "description-missing", "description"),
			missing(pad.NextSteps, "next-steps-missing", "prochaines étapes"), missing(pad.Hashtags, "hashtags-missing", "hashtags")}}
	tick := first
	tick.Now, tick.Fresh = at(0, 10), false
	second := first
	second.Now, second.Checked, second.Next = at(0, 30), at(0, 30), at(1, 0)
	second.Fields = []watch.Field{title, desc, steps, first.Fields[3]}
	second.Changes = []watch.Change{{Field: pad.Description, What: watch.Added}, {Field: pad.NextSteps, What: watch.Added}}
	second.ChangedAt = at(0, 30)
	failed := second
	failed.Now, failed.Tried, failed.Next = at(1, 0), at(1, 0), at(2, 0)
	failed.Err = errors.New("pad.example.org asks to slow down (429 Too Many Requests) (tried 3 times)")
	passed := second
	passed.Now, passed.Checked, passed.Next, passed.Err, passed.Passed = at(2, 0), at(2, 0), time.Time{}, nil, true
	passed.Fields = []watch.Field{title, desc, steps, tags}
	passed.Changes, passed.ChangedAt, passed.Ended = []watch.Change{{Field: pad.Hashtags, What: watch.Added}}, at(2, 0), true
	return []watch.Status{first, tick, second, failed, passed}
}

func TestWatchGolden(t *testing.T) {
	for _, c := range []struct {
		name  string
		color bool
		lang  string
	}{{"watch-screen.golden", false, "fr"}, {"watch-screen-color.golden", true, "fr"}, {"watch-screen-en.golden", false, "en"}} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			screen := NewWatchScreen(&b, WatchOptions{Options: Options{Lang: c.lang, Color: c.color}, Size: func() (int, int) { return 100, 40 }})
			for _, st := range session() {
				screen.Show(st)
			}
			screen.Close()
			golden(t, "testdata/"+c.name, b.Bytes())
		})
	}
	var b bytes.Buffer
	log := NewWatchLog(&b, WatchOptions{Options: Options{Lang: "fr"}})
	for _, st := range session() {
		log.Show(st)
	}
	golden(t, "testdata/watch-log.golden", b.Bytes())
}

// TestWatchScreenRedraws checks that each status is drawn over the lines
// of the one before, and that the cursor comes back.
func TestWatchScreenRedraws(t *testing.T) {
	var b bytes.Buffer
	screen := NewWatchScreen(&b, WatchOptions{Options: Options{Lang: "en"}, Size: func() (int, int) { return 100, 40 }})
	st := session()
	screen.Show(st[0])
	lines := strings.Count(b.String(), "\n")
	screen.Show(st[1])
	screen.Close()
	if !strings.Contains(b.String(), "\x1b["+strconv.Itoa(lines)+"A\r\x1b[J") {
		t.Errorf("the second status is not drawn over the %d lines of the first:\n%q", lines, b.String())
	}
	if !strings.HasPrefix(b.String(), "\x1b[?25l") || !strings.HasSuffix(b.String(), "\x1b[?25h") {
		t.Errorf("the cursor is not hidden, then shown again")
	}
}

// TestWatchFits checks that the status fits a small terminal: lines cut
// to its width, and no more lines than it has, the timing kept.
func TestWatchFits(t *testing.T) {
	var b bytes.Buffer
	WatchStatus(&b, session()[2], WatchOptions{Options: Options{Lang: "en"}, Size: func() (int, int) { return 30, 6 }})
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 5 || lines[3] != "…" || !strings.HasPrefix(lines[4], "read at 17:00:30") {
		t.Errorf("in 30x6, %d lines:\n%s", len(lines), b.String())
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 29 {
			t.Errorf("a line of %d columns: %q", w, l)
		}
	}
}
