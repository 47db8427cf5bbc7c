package index

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"
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
	idx      *Index
	known    map[string]known // by source, every pad of the index, once ready
	knownErr error
	ready    chan struct{}        // closed once known is read
	links    map[int64][]pad.Link // loaded when Follow is set
	wd       string
	now      int64
	Warn     func(msg string) // hears what could not be kept whole

	// Follow makes the pads that did not change come with their links,
	// for lint to follow them.
	Follow    bool
	linksOnce sync.Once
	linksErr  error
}

// known is what the index holds of a pad, to tell whether it changed.
type known struct {
	id           int64
	edited, size int64
	origin       string
	passed, gone bool
}

// Updater reads what the index knows of its pads, to update them: on a
// goroutine of its own, while the pads are listed and their files stat-ed.
func (idx *Index) Updater() (*Updater, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	u := &Updater{idx: idx, wd: wd, now: time.Now().UnixNano(), Warn: func(string) {}, ready: make(chan struct{})}
	go func() {
		defer close(u.ready)
		u.known, u.knownErr = idx.known()
	}()
	return u, nil
}

// loaded waits until what the index knows of its pads is read.
func (u *Updater) loaded() error {
	<-u.ready
	return u.knownErr
}

// Lookup returns the report of the pad at source, with its links, when
// its stamp says it did not change since it was indexed.
func (u *Updater) Lookup(source string, s lint.Stamp) (lint.Report, bool) {
	if u.loaded() != nil {
		return lint.Report{}, false
	}
	k, ok := u.known[u.Source(source)]
	if !ok || k.gone || k.edited != s.Edited.UnixNano() || k.size != s.Size {
		return lint.Report{}, false
	}
	doc := &pad.Doc{Source: source}
	if u.Follow {
		u.linksOnce.Do(func() { u.links, u.linksErr = u.idx.allLinks() })
		if u.linksErr != nil {
			return lint.Report{}, false // read again, links and all
		}
		doc.Links = u.links[k.id]
	}
	return lint.Report{Source: source, Doc: doc, Passed: k.passed, Stamp: s}, true
}

// Source returns the one way the index names a pad: a file by its
// absolute path, a pad on a server by its canonical address.
func (u *Updater) Source(source string) string { return canonical(source, u.wd) }

// Name returns the name the index gives the pad source names: its
// address, made canonical, or its absolute path.
func Name(source string) string {
	wd, _ := os.Getwd()
	return canonical(source, wd)
}

// canonical names a pad the one way the index does, relative paths
// from the folder wd.
func canonical(source, wd string) string {
	if fetch.IsURL(source) {
		return canonicalURL(source)
	}
	if source == pad.Stdin || filepath.IsAbs(source) {
		return filepath.Clean(source)
	}
	if filepath.IsLocal(source) && filepath.Clean(source) == source { // as a folder's pads are listed
		return strings.TrimSuffix(wd, string(filepath.Separator)) + string(filepath.Separator) + source
	}
	return filepath.Join(wd, source)
}

// Update stores the reports of the pads that origin led to, a batch of
// pads per transaction, written on a goroutine of its own while the next
// batch is gathered. Once every report is in, the pads that origin led to
// before and no longer does are marked gone. When the update stops early,
// the batch being gathered is left out, and nothing is marked gone.
func (u *Updater) Update(ctx context.Context, origin string, reports iter.Seq[lint.Report]) (Counts, error) {
	r := &run{Updater: u, origin: u.Source(origin), seen: map[int64]bool{}, clean: true, batch: newBatch()}
	w := u.idx.startWriter(r.origin, u.now)
	going := func() bool { return ctx.Err() == nil && u.loaded() == nil }
	for rep := range reports {
		if !going() {
			break
		}
		r.add(rep)
		if r.batch.full() && !w.send(r.batch) {
			break
		}
		r.batch = r.batch.next()
	}
	if going() {
		r.batch.gone = &goneMark{seen: r.seen, own: r.own, clean: r.clean}
		w.send(r.batch)
	}
	err := w.close()
	if err == nil && r.batch.gone != nil {
		r.counts.Gone = r.batch.gone.count
	}
	return r.counts, cmp.Or(err, ctx.Err(), u.loaded())
}

// run is one origin's update, gathering batches.
type run struct {
	*Updater
	origin string
	seen   map[int64]bool // the known pads it led to
	own    int            // how many of them it had led to before, kept as they were
	clean  bool           // no pad failed that the index did not know
	batch  *batch
	counts Counts
}

// add takes one report: a pad read, one that did not change, or one that
// could not be read.
func (r *run) add(rep lint.Report) {
	source := r.Source(rep.Source)
	k, isKnown := r.known[source]
	switch {
	case rep.Unchanged:
		r.see(k)
		r.counts.Unchanged++
	case rep.Err != nil:
		r.unreadable(rep.Err, k, isKnown)
	default:
		r.store(source, rep, k, isKnown)
	}
}

// see notes that the update led to a known pad that it does not store
// anew.
func (r *run) see(k known) {
	if !r.seen[k.id] && k.origin == r.origin {
		r.own++
	}
	r.seen[k.id] = true
}

// unreadable counts a pad that could not be read: gone when it no longer
// exists, kept as it was otherwise.
func (r *run) unreadable(err error, k known, isKnown bool) {
	r.counts.Unreadable++
	switch {
	case isGone(err):
	case isKnown:
		r.see(k)
	default:
		r.clean = false
	}
}

func isGone(err error) bool {
	var np *fetch.NoPadError
	return errors.As(err, &np) || errors.Is(err, fs.ErrNotExist)
}

// store puts in the batch a pad that is new or changed, or the new stamp
// of one whose text did not change.
func (r *run) store(source string, rep lint.Report, k known, isKnown bool) {
	e := newEntry(source, rep)
	if isKnown {
		r.seen[k.id] = true // not counted in own: stored anew below, unless only restamped
	}
	if isKnown && !k.gone && r.sameText(k.id, e.hash) {
		e.id = k.id
		r.see(k)
		r.batch.restamps = append(r.batch.restamps, e)
		r.counts.Unchanged++
		return
	}
	for _, t := range e.trimmed {
		r.Warn(rep.Source + ": " + t)
	}
	if isKnown {
		r.counts.Changed++
	} else {
		r.counts.New++
	}
	r.batch.put(e)
}

// sameText tells whether the pad of that id had a text of that hash.
func (r *run) sameText(id int64, hash []byte) bool {
	old, err := r.idx.hash(id)
	return err == nil && bytes.Equal(old, hash) // stored anew when unsure
}

// Add adds the counts of another update.
func (c *Counts) Add(o Counts) {
	c.New += o.New
	c.Changed += o.Changed
	c.Unchanged += o.Unchanged
	c.Gone += o.Gone
	c.Unreadable += o.Unreadable
}
