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
}

// Run lints the pads that sources name (files, directories, "-").
func Run(ctx context.Context, sources []string, opt Options) iter.Seq[Report] {
	return func(yield func(Report) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		workers := runtime.GOMAXPROCS(0)
		queue, jobs := make(chan chan Report, 4*workers), make(chan job)
		go enqueue(ctx, sources, queue, jobs)
		for range workers {
			go work(jobs, opt)
		}
		for next := range queue {
			if !yield(<-next) {
				return
			}
		}
	}
}

type job struct {
	source string
	done   chan<- Report
}

// enqueue lists the pads and queues them, in order, as work to do and as
// results to wait for; the queue's size bounds the pads in memory.
func enqueue(ctx context.Context, sources []string, queue chan<- chan Report, jobs chan<- job) {
	defer close(queue)
	defer close(jobs)
	for name, err := range pad.Files(sources) {
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
		jobs <- job{name, done}
	}
}

func work(jobs <-chan job, opt Options) {
	popt := opt.Config.PadOptions()
	for j := range jobs {
		j.done <- One(j.source, opt, popt)
	}
}

// One lints one pad file.
func One(source string, opt Options, popt pad.Options) Report {
	data, err := pad.ReadFile(source, opt.Stdin)
	if err != nil {
		return Report{Source: source, Err: &SourceError{source, err}}
	}
	doc, err := pad.Parse(source, data, pad.FormatOf(source, data), popt)
	if err != nil {
		return Report{Source: source, Err: &SourceError{source, err}}
	}
	findings := rules.Check(doc, opt.Config)
	return Report{Source: source, Doc: doc, Findings: findings, Passed: rules.Passes(findings, opt.FailOn)}
}
