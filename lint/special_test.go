package lint

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/padlint/padlint/pad"
)

// fifo makes a named pipe, and at the end of the test opens it for writing
// to release whoever still waits to read it.
func fifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if fd, err := syscall.Open(path, syscall.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			syscall.Close(fd)
		}
	})
}

// reports collects what Run gives, failing the test when it does not end
// within a few seconds.
func reports(t *testing.T, ctx context.Context, sources []string) []Report {
	t.Helper()
	done := make(chan []Report, 1)
	go func() {
		var rs []Report
		for r := range Run(ctx, sources, options()) {
			rs = append(rs, r)
		}
		done <- rs
	}()
	select {
	case rs := <-done:
		return rs
	case <-time.After(5 * time.Second):
		t.Fatal("the run did not end")
		return nil
	}
}

func TestRunSkipsAPipeInAFolder(t *testing.T) {
	dir := t.TempDir()
	fifo(t, filepath.Join(dir, "pipe.txt"))
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Title: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rs := reports(t, context.Background(), []string{dir})
	if len(rs) != 2 {
		t.Fatalf("got %d reports, want 2", len(rs))
	}
	if rs[0].Doc == nil || rs[0].Err != nil {
		t.Errorf("a.txt: error %v, want it linted", rs[0].Err)
	}
	if !errors.Is(rs[1].Err, pad.ErrSpecialFile) {
		t.Errorf("pipe.txt: error %v, want ErrSpecialFile", rs[1].Err)
	}
}

// TestRunEndsWhenInterrupted names a pipe nobody writes to: reading it
// waits, as cat would, until the run is interrupted.
func TestRunEndsWhenInterrupted(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.txt")
	fifo(t, pipe)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	rs := reports(t, ctx, []string{pipe, pipe})
	if len(rs) != 0 {
		t.Errorf("got %d reports, want none: the pipe was never written to", len(rs))
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("the run ended %v after it started, want soon after it was interrupted", d)
	}
}
