// Package watch follows one pad while a workshop writes it: it reads the
// pad again on a timer, until the pad's header is right or time is up,
// and tells, field by field, how the header stands and what changed. It
// keeps its time from a Clock, so that tests need not wait.
package watch

import (
	"context"
	"time"

	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/rules"
)

// Clock tells the time and waits.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// Status is how the pad stands after a reading.
type Status struct {
	Source    string
	Lang      string    // the pad's language, when known
	Now       time.Time // when the status is shown
	Checked   time.Time // when the pad was last read; zero before the first reading
	Tried     time.Time // when the last reading was, whether it failed or not
	Next      time.Time // when it is read again; zero once the watch ends
	Until     time.Time // when the watch ends; zero without an end
	Fields    []Field   // the required fields, in the convention's order
	Other     []rules.Finding
	Passed    bool
	Changes   []Change  // what changed at the last reading that changed something
	ChangedAt time.Time // when
	Err       error     // why the last reading failed; the fields are those of the one before
	Fresh     bool      // the status follows a reading, not a tick of the clock
	Ended     bool      // the watch is over
}

// Watch follows one pad.
type Watch struct {
	Source     string
	Read       func(context.Context) lint.Report // reads and lints the pad
	FailOn     rules.Severity
	Every      time.Duration // between readings
	Gap        time.Duration // the least time between two readings, whatever else asks
	Until      time.Time     // when to stop; zero to go on until ctx ends
	ExitOnPass bool          // stop once the header is right
	Tick       time.Duration // how often to show the time between readings; 0 for never
	Clock      Clock
	Show       func(Status) // hears of every status, in turn
}

// maxBackoff is the longest wait between readings that fail.
const maxBackoff = 5 * time.Minute

// Run reads the pad until its header is right (with ExitOnPass), until
// Until, or until ctx ends, and returns the last status. A reading that
// fails shows in the status; the next comes later, each failure doubling
// the wait.
func (w *Watch) Run(ctx context.Context) Status {
	st := Status{Source: w.Source, Until: w.Until}
	for failures := 0; ; {
		st = w.read(ctx, st)
		failures = next(failures, st.Err)
		if st.Ended = w.over(ctx, st); st.Ended {
			st.Next = time.Time{}
			w.Show(st)
			return st
		}
		st.Next = w.nextReading(st.Now, failures)
		w.Show(st)
		if !w.wait(ctx, &st) {
			st.Ended, st.Next, st.Fresh = true, time.Time{}, false
			w.Show(st)
			return st
		}
	}
}

func next(failures int, err error) int {
	if err != nil {
		return failures + 1
	}
	return 0
}

// read reads the pad and returns the status it leaves.
func (w *Watch) read(ctx context.Context, before Status) Status {
	r := w.Read(ctx)
	st := before
	st.Now, st.Fresh, st.Err = w.Clock.Now(), true, r.Err
	st.Tried = st.Now
	if r.Err != nil {
		return st
	}
	fields, other := fieldsOf(r, w.FailOn)
	if cs := changes(before.Fields, fields); len(cs) > 0 && !before.Checked.IsZero() {
		st.Changes, st.ChangedAt = cs, st.Now
	}
	st.Lang, st.Checked = r.Doc.Lang, st.Now
	st.Fields, st.Other, st.Passed = fields, other, r.Passed
	return st
}

// over tells whether the watch ends with st.
func (w *Watch) over(ctx context.Context, st Status) bool {
	return ctx.Err() != nil || (w.ExitOnPass && st.Passed && st.Err == nil) ||
		(!w.Until.IsZero() && !st.Now.Before(w.Until))
}

// nextReading returns when to read the pad again: Every from now, twice
// as long for each failure in a row (up to maxBackoff), at Until when
// that comes first, but never sooner than Gap from now.
func (w *Watch) nextReading(now time.Time, failures int) time.Time {
	wait := w.Every
	for range failures {
		wait = min(2*wait, max(maxBackoff, w.Every))
	}
	if !w.Until.IsZero() {
		wait = min(wait, w.Until.Sub(now))
	}
	return now.Add(max(wait, w.Gap))
}

// wait waits for st.Next, showing the status at each tick meanwhile; it
// returns false when ctx ends first.
func (w *Watch) wait(ctx context.Context, st *Status) bool {
	for {
		d := st.Next.Sub(w.Clock.Now())
		if d <= 0 {
			return true
		}
		if w.Tick > 0 {
			d = min(d, w.Tick)
		}
		select {
		case <-ctx.Done():
			return false
		case now := <-w.Clock.After(d):
			if now.Before(st.Next) {
				st.Now, st.Fresh = now, false
				w.Show(*st)
			}
		}
	}
}
