package main

import (
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"github.com/padlint/padlint/lint"
	"github.com/schollz/progressbar/v3"
)

// progress shows, on standard error, how many pads are done out of those
// found so far, how many could not be read, and how fast it goes. A nil
// *progress shows nothing.
type progress struct {
	bar    *progressbar.ProgressBar
	what   string       // what is being done: "fetching pads"
	found  atomic.Int64 // counted as the pads are listed, on another goroutine
	read   int          // done, or failed
	failed int
}

// progress returns the display of what a run does, when it is worth
// showing and a person watches standard error; nil otherwise.
func (a *app) progress(what string, worth bool) *progress {
	if !worth || !isTerminal(a.stderr) || a.getenv("TERM") == "dumb" {
		return nil
	}
	return newProgress(a.stderr, 100*time.Millisecond, what)
}

// newProgress draws on w, at most once in every throttle. The bar's length
// stays unknown: pads are listed as they are read, so those found are
// only a few ahead of those done, and a bar that reached them would stop.
func newProgress(w io.Writer, throttle time.Duration, what string) *progress {
	return &progress{what: what, bar: progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pads"),
		progressbar.OptionThrottle(throttle),
		progressbar.OptionClearOnFinish(),
	)}
}

// watch makes opt tell p of the pads as they are found.
func (p *progress) watch(opt *lint.Options) {
	if p != nil {
		opt.Found = func(n int) { p.found.Add(int64(n)) }
	}
}

// done counts one pad linted, or that could not be read.
func (p *progress) done(r lint.Report) {
	if p == nil {
		return
	}
	p.read++
	if r.Err != nil {
		p.failed++
	}
	text := fmt.Sprintf("%s: %d of %d found", p.what, p.read, max(p.found.Load(), int64(p.read)))
	if p.failed > 0 {
		text += fmt.Sprintf(", %d failed", p.failed)
	}
	p.bar.Describe(text)
	p.bar.Add(1)
}

// clear takes the display off the screen before other output goes there;
// the next pad done draws it again.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

// finish takes the display away for good.
func (p *progress) finish() {
	if p != nil {
		p.bar.Finish()
	}
}

// writer returns w, clearing the display before each write to it when w
// is the display's terminal too.
func (p *progress) writer(w io.Writer) io.Writer {
	if p == nil || !isTerminal(w) {
		return w
	}
	return clearing{w, p}
}

type clearing struct {
	w io.Writer
	p *progress
}

func (c clearing) Write(b []byte) (int, error) {
	c.p.clear()
	return c.w.Write(b)
}
