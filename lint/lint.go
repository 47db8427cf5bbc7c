// Package lint reads pads and checks them against the convention, several
// at once, and hands back one Report per pad in the order they were named,
// holding only a few pads in memory at a time.
package lint

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"iter"
	"runtime"
	"slices"

	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
)

// Report is what linting one pad gave.
type Report struct {
	Source   string
	Doc      *pad.Doc // nil when the pad could not be read
	Findings []rules.Finding
	Passed   bool
	Err      error // why the pad could not be read

	Stamp     Stamp // when the Options have a Cache
	Unchanged bool  // the Cache's report of a pad that did not change
}

// SourceError is a pad that could not be read.
type SourceError struct {
	Source string
	Err    error
}

func (e *SourceError) Error() string {
	var pe *fs.PathError
	if errors.As(e.Err, &pe) {
		return e.Source + ": " + pe.Err.Error()
	}
	return e.Source + ": " + e.Err.Error()
}

func (e *SourceError) Unwrap() error { return e.Err }

// Options set how pads are linted.
type Options struct {
	Config *rules.Config
	FailOn rules.Severity // the severity from which a finding fails a pad
	Stdin  io.Reader      // read for the source "-"
	Fetch  *fetch.Client  // fetches the pads named by their address

	All    bool          // a server's address stands for every pad on it
	Follow int           // how many levels of links to other pads to follow
	Reach  fetch.Origins // the servers links may lead to (fetch.Reach); the sources' own when nil
	Found  func(n int)   // hears of the pads as they are found, before they are linted
	Cache  Cache         // what linting pads gave before
}

// Run lints the pads that sources name (files, directories, "-", pads'
// addresses), then, opt.Follow levels deep, the pads they link to.
func Run(ctx context.Context, sources []string, opt Options) iter.Seq[Report] {
	return func(yield func(Report) bool) {
		c := newCrawl(sources, opt.Reach)
		for level := 0; len(sources) > 0; level++ {
			var next []string
			for r := range pass(ctx, sources, opt) {
				if level < opt.Follow {
					next = append(next, c.links(r)...)
				}
				if !yield(r) {
					return
				}
			}
			sources = next
		}
	}
}

// pass lints the pads that sources name, several at a time: as many as
// there are processors, or as a server is asked at once when fetching.
func pass(ctx context.Context, sources []string, opt Options) iter.Seq[Report] {
	return func(yield func(Report) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		workers := runtime.GOMAXPROCS(0)
		if slices.ContainsFunc(sources, fetch.IsURL) {
			workers = max(workers, fetch.PerHost)
		}
		queue, jobs := make(chan chan Report, 4*workers), make(chan job)
		go enqueue(ctx, sources, opt, queue, jobs)
		for range workers {
			go work(ctx, jobs, opt)
		}
		for next := range queue {
			r, ok := wait(ctx, next)
			if !ok || !yield(r) {
				return
			}
		}
	}
}

// wait waits for a pad's report, or for the run to be interrupted: a pad
// may take its time, a named pipe named on the command line forever.
func wait(ctx context.Context, next <-chan Report) (Report, bool) {
	select {
	case r := <-next:
		return r, true
	case <-ctx.Done():
		return Report{}, false
	}
}

type job struct {
	source string
	done   chan<- Report
}

// enqueue lists the pads and queues them, in order, as work to do and as
// results to wait for; the queue's size bounds the pads in memory.
func enqueue(ctx context.Context, sources []string, opt Options, queue chan<- chan Report, jobs chan<- job) {
	defer close(queue)
	defer close(jobs)
	for name, err := range padSources(ctx, sources, opt) {
		done := make(chan Report, 1)
		select {
		case queue <- done:
		case <-ctx.Done():
			return
		}
		if err != nil {
			done <- Report{Source: name, Err: &SourceError{name, err}}
			continue
		}
		select {
		case jobs <- job{name, done}:
		case <-ctx.Done():
			return
		}
	}
}

func work(ctx context.Context, jobs <-chan job, opt Options) {
	popt := opt.Config.PadOptions()
	for j := range jobs {
		j.done <- One(ctx, j.source, opt, popt)
	}
}

// One lints one pad: a file, standard input or a pad's address.
func One(ctx context.Context, source string, opt Options, popt pad.Options) Report {
	stamp := opt.stamp(ctx, source)
	if r, ok := opt.cached(source, stamp); ok {
		return r
	}
	data, format, err := read(ctx, source, opt)
	if err != nil {
		return Report{Source: source, Err: &SourceError{source, err}}
	}
	doc, err := pad.Parse(source, data, format, popt)
	if err != nil {
		return Report{Source: source, Err: &SourceError{source, err}}
	}
	findings := rules.Check(doc, opt.Config)
	return Report{Source: source, Doc: doc, Findings: findings, Passed: rules.Passes(findings, opt.FailOn),
		Stamp: opt.revision(ctx, source, stamp)}
}

// read reads a pad and tells its format: a server's export is text,
// whatever its name ends with.
func read(ctx context.Context, source string, opt Options) (string, pad.Format, error) {
	if !fetch.IsURL(source) {
		data, err := pad.ReadFile(source, opt.Stdin)
		return data, pad.FormatOf(source, data), err
	}
	p, err := fetch.ParseURL(source)
	if err != nil {
		return "", pad.Text, err
	}
	data, err := opt.client().Text(ctx, p)
	return data, pad.Text, err
}
