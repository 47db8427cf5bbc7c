package index

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"time"

	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
)

// Counts says what an update did.
type Counts struct {
	New, Changed, Unchanged, Gone, Unreadable int
}

// Updater brings the index up to date with pads as padlint lints them. It
// is also the lint.Cache that spares reading the pads that did not change.
type Updater struct {
	idx   *Index
	known map[string]known // by source, every pad of the index
	links map[int64][]pad.Link
	wd    string
	now   int64
	Warn  func(msg string) // hears what could not be kept whole
}

// known is what the index holds of a pad, to tell whether it changed.
type known struct {
	id           int64
	edited, size int64
	hash         []byte
	passed, gone bool
}

// Updater reads what the index knows of its pads, to update them.
func (idx *Index) Updater() (*Updater, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	u := &Updater{idx: idx, wd: wd, now: time.Now().UnixNano(), Warn: func(string) {}}
	if u.known, err = idx.known(); err != nil {
		return nil, err
	}
	u.links, err = idx.allLinks()
	return u, err
}

// Lookup returns the report of the pad at source, with its links, when
// its stamp says it did not change since it was indexed.
func (u *Updater) Lookup(source string, s lint.Stamp) (lint.Report, bool) {
	k, ok := u.known[u.Source(source)]
	if !ok || k.gone || k.edited != s.Edited.UnixNano() || k.size != s.Size {
		return lint.Report{}, false
	}
	doc := &pad.Doc{Source: source, Links: u.links[k.id]}
	return lint.Report{Source: source, Doc: doc, Passed: k.passed, Stamp: s}, true
}

// Source returns the one way the index names a pad: a file by its
// absolute path, a pad on a server by its canonical address.
func (u *Updater) Source(source string) string {
	if fetch.IsURL(source) {
		return canonicalURL(source)
	}
	if source == pad.Stdin || filepath.IsAbs(source) {
		return filepath.Clean(source)
	}
	return filepath.Join(u.wd, source)
}

// Update stores the reports of the pads that origin led to, a batch of
// pads per transaction. Once every report is in, the pads that origin led
// to before and no longer does are marked gone; when the update stops
// early, what the last batch held is left out, and nothing is marked gone.
func (u *Updater) Update(ctx context.Context, origin string, reports iter.Seq[lint.Report]) (Counts, error) {
	run := &run{Updater: u, origin: u.Source(origin), seen: map[int64]bool{}, clean: true}
	for r := range reports {
		if err := run.add(r); err != nil {
			run.rollback()
			return run.counts, err
		}
	}
	if err := ctx.Err(); err != nil {
		run.rollback()
		return run.counts, err
	}
	return run.counts, run.finish()
}

// run is one origin's update.
type run struct {
	*Updater
	origin string
	seen   map[int64]bool // the known pads it led to
	clean  bool           // no pad failed that the index did not know
	batch  *batch
	counts Counts
}

// add stores one report: a pad read, one that did not change, or one
// that could not be read.
func (r *run) add(rep lint.Report) error {
	source := r.Source(rep.Source)
	k, isKnown := r.known[source]
	switch {
	case rep.Unchanged:
		r.seen[k.id] = true
		r.counts.Unchanged++
	case rep.Err != nil:
		r.unreadable(rep.Err, k, isKnown)
	default:
		return r.store(source, rep, k, isKnown)
	}
	return nil
}

// unreadable counts a pad that could not be read: gone when it no longer
// exists, kept as it was otherwise.
func (r *run) unreadable(err error, k known, isKnown bool) {
	r.counts.Unreadable++
	switch {
	case isGone(err):
	case isKnown:
		r.seen[k.id] = true
	default:
		r.clean = false
	}
}

func isGone(err error) bool {
	var np *fetch.NoPadError
	return errors.As(err, &np) || errors.Is(err, fs.ErrNotExist)
}

// store writes a pad that is new or changed.
func (r *run) store(source string, rep lint.Report, k known, isKnown bool) error {
	e := newEntry(source, rep)
	if isKnown && !k.gone && bytes.Equal(k.hash, e.hash) {
		r.seen[k.id] = true
		r.counts.Unchanged++
		return r.write(func(b *batch) error { return b.restamp(k.id, e) })
	}
	for _, t := range e.trimmed {
		r.Warn(rep.Source + ": " + t)
	}
	if isKnown {
		r.counts.Changed++
		r.seen[k.id] = true
	} else {
		r.counts.New++
	}
	return r.write(func(b *batch) error { b.put(e); return nil })
}

// write does f in the current batch, committing the batch when full.
func (r *run) write(f func(*batch) error) error {
	if r.batch == nil {
		b, err := r.idx.begin(r.origin, r.now)
		if err != nil {
			return err
		}
		r.batch = b
	}
	if err := f(r.batch); err != nil {
		return r.idx.wrap(err)
	}
	if !r.batch.full() {
		return nil
	}
	err := r.batch.commit()
	r.batch = nil
	return err
}

func (r *run) rollback() {
	if r.batch != nil {
		r.batch.rollback()
	}
}

// finish commits the last batch and marks gone what origin no longer
// leads to.
func (r *run) finish() error {
	if err := r.write(func(b *batch) error {
		gone, err := b.markGone(r.seen, r.clean)
		r.counts.Gone = gone
		return err
	}); err != nil || r.batch == nil {
		return err
	}
	err := r.batch.commit()
	r.batch = nil
	return err
}

// Add adds the counts of another update.
func (c *Counts) Add(o Counts) {
	c.New += o.New
	c.Changed += o.Changed
	c.Unchanged += o.Unchanged
	c.Gone += o.Gone
	c.Unreadable += o.Unreadable
}
