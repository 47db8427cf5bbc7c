package lint

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/padlint/padlint/fetch"
	"go.uber.org/goleak"
)

// stop is how a consumer stops a run early.
type stop int

const (
	breaks  stop = iota // it breaks out of the loop
	cancels             // it cancels the run's context and reads on until the run ends
)

// stopped is a run to stop early: its options and sources, how many pads
// they name at least, and what tells that the run is at work.
type stopped struct {
	opt     Options
	sources []string
	pads    int
	busy    func()
}

// TestRunStops checks that a run stopped early, by its consumer breaking
// out of the loop or by its context being cancelled, leaves no goroutine
// behind: neither its workers, nor the one that lists the pads, nor a
// request still waiting for a server.
func TestRunStops(t *testing.T) {
	for _, tc := range []struct {
		name string
		how  stop
		run  func(t *testing.T) stopped
	}{
		{"break, folders of many pads", breaks, manyPads},
		{"cancel, folders of many pads", cancels, manyPads},
		{"break, slow server", breaks, slowServer},
		{"cancel, slow server", cancels, slowServer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run := tc.run(t)
			defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
			n := consume(t, run, tc.how)
			if tc.how == breaks && n != 3 {
				t.Errorf("stopped after %d reports, want 3", n)
			}
			if n < 3 || n >= run.pads {
				t.Errorf("ended after %d reports of %d pads, want it to end soon after the third", n, run.pads)
			}
		})
	}
}

// consume reads the reports of a run up to the third, waits for busy to
// tell the run is at work, stops it as how says and tells how many reports
// it read. It fails the test when the run does not end. Its context is
// cancelled only after the test's checks: a consumer that breaks out
// cancels nothing.
func consume(t *testing.T, run stopped, how stop) int {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	count := make(chan int, 1)
	go func() {
		n := 0
		for range Run(ctx, run.sources, run.opt) {
			if n++; n == 3 {
				run.busy()
				if how == breaks {
					break
				}
				cancel()
			}
		}
		count <- n
	}()
	select {
	case n := <-count:
		return n
	case <-time.After(5 * time.Second):
		t.Fatal("the run did not end once stopped")
		return 0
	}
}

// manyPads names a folder of 200 pads and the example pads: more than the
// workers and the queue hold, so a run stopped after three is still busy
// listing and reading the others. busy waits until the run has got as far
// ahead of its consumer as it goes, its queue full.
func manyPads(t *testing.T) stopped {
	dir := t.TempDir()
	for i := range 200 {
		path := filepath.Join(dir, fmt.Sprintf("pad%03d.txt", i))
		if err := os.WriteFile(path, fmt.Appendf(nil, "Title: pad %d\n", i), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var found atomic.Int64
	opt := options()
	opt.Found = func(n int) { found.Add(int64(n)) }
	return stopped{opt, []string{dir, "../testdata/pads"}, 200, func() { settle(&found) }}
}

// settle waits until found has not grown for a while.
func settle(found *atomic.Int64) {
	for quiet, last := 0, int64(-1); quiet < 3; time.Sleep(10 * time.Millisecond) {
		if n := found.Load(); n == last {
			quiet++
		} else {
			quiet, last = 0, n
		}
	}
}

// slowServer names three pads on disk, then twenty on a server that never
// answers: its requests end only when the client gives up on them. busy
// waits until the server has been asked for a pad.
func slowServer(t *testing.T) stopped {
	asked, release := make(chan struct{}, 1), make(chan struct{})
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case asked <- struct{}{}:
		default:
		}
		select {
		case <-r.Context().Done():
		case <-release: // the test is over, leak or not
		}
	}))
	// A request cancelled while its connection was being made leaves that
	// connection idle in the client's pool: the server drops it soon, as
	// servers do, so that only what the run itself left behind remains.
	srv.Config.ReadHeaderTimeout = 50 * time.Millisecond
	srv.Start()
	t.Cleanup(func() { close(release); srv.Close() })
	sources := filesNamed(t, "a.txt", "b.txt", "c.txt")
	for i := range 20 {
		sources = append(sources, fmt.Sprintf("%s/p/slow%d", srv.URL, i))
	}
	opt := options()
	opt.Fetch = fetch.New("padlint-test", time.Minute)
	return stopped{opt, sources, len(sources), func() { waitAsked(t, asked) }}
}

// waitAsked waits for the server's first request, failing the test when
// none comes.
func waitAsked(t *testing.T, asked <-chan struct{}) {
	select {
	case <-asked:
	case <-time.After(2 * time.Second):
		t.Error("the server was never asked for a pad")
	}
}

// filesNamed writes a pad for each name and returns their paths.
func filesNamed(t *testing.T, names ...string) []string {
	dir := t.TempDir()
	var paths []string
	for _, name := range names {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("Title: "+name+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}
