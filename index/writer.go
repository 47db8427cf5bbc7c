package index

import "database/sql"

// writer writes the batches of an update on a goroutine of its own, a
// transaction each, holding the write lock only while it writes one.
type writer struct {
	idx     *Index
	origin  string
	now     int64
	batches chan *batch
	done    chan error
	failed  chan struct{}
}

func (idx *Index) startWriter(origin string, now int64) *writer {
	w := &writer{idx: idx, origin: origin, now: now,
		batches: make(chan *batch), done: make(chan error, 1), failed: make(chan struct{})}
	go w.loop()
	return w
}

// send hands a batch to the writer; false when the writer failed and
// takes no more.
func (w *writer) send(b *batch) bool {
	select {
	case w.batches <- b:
		return true
	case <-w.failed:
		return false
	}
}

// close waits for the batches sent to be written.
func (w *writer) close() error {
	close(w.batches)
	return <-w.done
}

func (w *writer) loop() {
	for b := range w.batches {
		if err := w.write(b); err != nil {
			close(w.failed)
			for range w.batches {
			}
			w.done <- err
			return
		}
	}
	w.done <- nil
}

// write writes one batch in a transaction.
func (w *writer) write(b *batch) error {
	if len(b.pads) == 0 && len(b.restamps) == 0 && (b.gone == nil || !b.gone.clean) {
		return nil
	}
	tx, err := w.idx.db.Begin()
	if err != nil {
		return w.idx.wrap(err)
	}
	tw := &txWriter{idx: w.idx, tx: tx, stmts: map[string]*sql.Stmt{}, origin: w.origin, now: w.now}
	if err = tw.write(b); err == nil {
		err = tx.Commit()
	}
	if err != nil {
		tx.Rollback()
	}
	return w.idx.wrap(err)
}
