package watch

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
)

// clock is a Clock whose time moves only when the watch waits: at once,
// by what it waits for.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

func (c *clock) After(d time.Duration) <-chan time.Time {
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

var start = time.Date(2026, 11, 21, 17, 0, 0, 0, time.UTC)

// The pad as a workshop writes it, one version after another.
const (
	bare     = "Notes de l'atelier\n"
	titled   = "Titre : Atelier communs\nNotes\n"
	complete = "Titre : Atelier communs\nDescription : Un atelier.\nÉtapes suivantes :\n- écrire\nHashtags : #communs\n"
)

// pads returns a Read that gives the texts in turn, the last one for ever;
// an empty text is a reading that fails.
func pads(texts ...string) func(context.Context) lint.Report {
	cfg := rules.Default()
	cfg.Lang = "fr"
	n := 0
	return func(context.Context) lint.Report {
		text := texts[min(n, len(texts)-1)]
		n++
		if text == "" {
			return lint.Report{Source: "atelier.txt", Err: errors.New("the server did not answer")}
		}
		doc := pad.ParseText("atelier.txt", text, cfg.PadOptions())
		findings := rules.Check(doc, cfg)
		return lint.Report{Source: "atelier.txt", Doc: doc, Findings: findings, Passed: rules.Passes(findings, rules.Error)}
	}
}

// run runs w on the clock, and returns the statuses it showed.
func run(t *testing.T, w *Watch, ctx context.Context) []Status {
	t.Helper()
	var shown []Status
	w.Source, w.FailOn, w.Clock = "atelier.txt", rules.Error, &clock{now: start}
	w.Show = func(s Status) { shown = append(shown, s) }
	last := w.Run(ctx)
	if len(shown) == 0 || !last.Ended || !cmp.Equal(last, shown[len(shown)-1], cmp.Comparer(sameErr)) {
		t.Fatalf("the last status shown is not the one returned, ended")
	}
	return shown
}

func sameErr(a, b error) bool { return (a == nil) == (b == nil) }

// fresh returns the statuses that follow a reading.
func fresh(shown []Status) []Status {
	var out []Status
	for _, s := range shown {
		if s.Fresh {
			out = append(out, s)
		}
	}
	return out
}

func TestExitOnPass(t *testing.T) {
	w := &Watch{Read: pads(bare, titled, complete), Every: 30 * time.Second, ExitOnPass: true}
	readings := fresh(run(t, w, context.Background()))
	if len(readings) != 3 {
		t.Fatalf("%d readings, want 3", len(readings))
	}
	last := readings[2]
	if !last.Passed || !last.Ended || !last.Now.Equal(start.Add(time.Minute)) {
		t.Errorf("last reading: passed %v, ended %v at %v; want passed and ended at 17:01", last.Passed, last.Ended, last.Now)
	}
	want := []Change{{pad.Description, Added}, {pad.NextSteps, Added}, {pad.Hashtags, Added}}
	if diff := cmp.Diff(last.Changes, want); diff != "" {
		t.Errorf("changes (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(readings[1].Changes, []Change{{pad.Title, Added}}); diff != "" {
		t.Errorf("changes at the second reading (-got +want):\n%s", diff)
	}
}

func TestUntil(t *testing.T) {
	w := &Watch{Read: pads(bare, titled), Every: 30 * time.Second, Until: start.Add(75 * time.Second), Tick: 10 * time.Second}
	shown := run(t, w, context.Background())
	readings := fresh(shown)
	var at []time.Duration
	for _, r := range readings {
		at = append(at, r.Now.Sub(start))
	}
	if diff := cmp.Diff(at, []time.Duration{0, 30 * time.Second, 60 * time.Second, 75 * time.Second}); diff != "" {
		t.Errorf("readings at (-got +want):\n%s", diff)
	}
	if last := readings[len(readings)-1]; last.Passed || !last.Ended || last.Fields[0].State != Right || last.Fields[1].State != Missing {
		t.Errorf("at the end: passed %v, ended %v, title %v, description %v", last.Passed, last.Ended, last.Fields[0].State, last.Fields[1].State)
	}
	if ticks := len(shown) - len(readings); ticks != 5 {
		t.Errorf("%d ticks between readings, want 5 (at 10 and 20 s twice, at 70 s)", ticks)
	}
}

func TestFailuresBackOff(t *testing.T) {
	w := &Watch{Read: pads(titled, "", "", "", complete), Every: 30 * time.Second, ExitOnPass: true}
	readings := fresh(run(t, w, context.Background()))
	var waits []time.Duration
	for i := 1; i < len(readings); i++ {
		waits = append(waits, readings[i].Now.Sub(readings[i-1].Now))
	}
	if diff := cmp.Diff(waits, []time.Duration{30 * time.Second, time.Minute, 2 * time.Minute, 4 * time.Minute}); diff != "" {
		t.Errorf("waits between readings (-got +want):\n%s", diff)
	}
	failed := readings[2]
	if failed.Err == nil || failed.Fields[0].State != Right || failed.Passed {
		t.Errorf("a failed reading keeps the fields of the one before, with its error: %+v", failed)
	}
	if !readings[4].Passed {
		t.Error("the watch did not go on after the failures")
	}
}

func TestBackoffIsCapped(t *testing.T) {
	w := &Watch{Every: 30 * time.Second}
	if got := w.nextReading(start, 10).Sub(start); got != maxBackoff {
		t.Errorf("after 10 failures, the next reading in %v, want %v", got, maxBackoff)
	}
	w.Until = start.Add(time.Minute)
	if got := w.nextReading(start, 3); !got.Equal(w.Until) {
		t.Errorf("the next reading at %v, after the end %v", got, w.Until)
	}
	w.Gap = 2 * time.Minute
	if got := w.nextReading(start, 0).Sub(start); got != w.Gap {
		t.Errorf("the next reading in %v, sooner than the gap %v", got, w.Gap)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	read := pads(bare)
	w := &Watch{Every: time.Second, Read: func(ctx context.Context) lint.Report {
		if n++; n == 3 {
			cancel()
		}
		return read(ctx)
	}}
	shown := run(t, w, ctx)
	if got := len(fresh(shown)); got != 3 {
		t.Errorf("%d readings, want 3: the watch stops when its context ends", got)
	}
}

func TestFields(t *testing.T) {
	text := "Titre : Atelier\nDescription :\nÉtapes suivantes :\n- a\n- b\nHashtags : #communs # oups\n"
	st := fresh(run(t, &Watch{Read: pads(text), ExitOnPass: true, Until: start}, context.Background()))[0]
	got := map[pad.FieldName]State{}
	for _, f := range st.Fields {
		got[f.Name] = f.State
	}
	want := map[pad.FieldName]State{pad.Title: Right, pad.Description: Wrong, pad.NextSteps: Right, pad.Hashtags: Warned}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("states (-got +want):\n%s", diff)
	}
	if st.Fields[2].Count != 2 || st.Fields[3].Value != "#communs # oups" {
		t.Errorf("next steps %d, hashtags %q", st.Fields[2].Count, st.Fields[3].Value)
	}
}

// TestFailureKeepsItsTime checks that the ticks after a failed reading
// still say when it failed.
func TestFailureKeepsItsTime(t *testing.T) {
	w := &Watch{Read: pads(titled, ""), Every: 30 * time.Second, Until: start.Add(time.Minute), Tick: 10 * time.Second}
	shown := run(t, w, context.Background())
	for _, s := range shown {
		if s.Err != nil && !s.Tried.Equal(start.Add(30*time.Second)) && !s.Tried.Equal(start.Add(time.Minute)) {
			t.Errorf("a status at %v says the failed reading was at %v", s.Now.Sub(start), s.Tried.Sub(start))
		}
	}
}
