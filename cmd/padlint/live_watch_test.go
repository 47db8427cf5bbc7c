package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/padlint/padlint/internal/etherpadtest"
)

// lockedBuffer is a buffer written by a command that runs while the test
// reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// started runs padlint with args in the background; the channel gives its
// exit status.
func started(args ...string) (stdout, stderr *lockedBuffer, exit <-chan int) {
	stdout, stderr = &lockedBuffer{}, &lockedBuffer{}
	ch := make(chan int, 1)
	go func() { ch <- run(args, strings.NewReader(""), stdout, stderr) }()
	return stdout, stderr, ch
}

// waitFor waits until buf holds want, for at most d.
func waitFor(t *testing.T, buf *lockedBuffer, want string, d time.Duration) {
	t.Helper()
	for deadline := time.Now().Add(d); !strings.Contains(buf.String(), want); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q after %s in:\n%s", want, d, buf.String())
		}
	}
}

// TestLiveWatch watches a pad of the real Etherpad that lacks most of its
// header, while the test completes it through the API: the watch notices
// within one interval and ends, with --exit-on-pass, exiting 0. Through
// the API with its key, then through the public export without.
func TestLiveWatch(t *testing.T) {
	srv := etherpadtest.Shared(t)
	for _, c := range []struct {
		name  string
		key   string
		every time.Duration
	}{{"api", srv.APIKey, time.Second}, {"export", "", 10 * time.Second}} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("PADLINT_API_KEY", c.key)
			name := "watch-" + c.name
			srv.CreatePad(t, name, "Titre : Atelier communs\nNotes du groupe.\n")
			stdout, stderr, exit := started("watch", srv.PadURL(name), "--every", c.every.String(), "--for", "2m", "--exit-on-pass", "--lang", "en")
			waitFor(t, stdout, "fields right: 1 of 4", 15*time.Second)
			srv.SetText(t, name, "Titre : Atelier communs\nDescription : Le groupe 1.\nÉtapes suivantes :\n- écrire\nHashtags : #communs\nNotes du groupe.\n")
			edited := time.Now()
			waitFor(t, stdout, "✓ The header is complete", c.every+5*time.Second)
			if took := time.Since(edited); took > c.every+5*time.Second {
				t.Errorf("the watch noticed the edit after %s, more than an interval of %s", took, c.every)
			}
			if code := <-exit; code != 0 {
				t.Errorf("exit %d, want 0\n%s%s", code, stdout.String(), stderr.String())
			}
			if srv.APIKey != "" && strings.Contains(stdout.String()+stderr.String(), srv.APIKey) {
				t.Error("the API key shows in the output")
			}
		})
	}
}

// TestWatchSlowsDownOn429 watches a pad on a server that asks once to
// slow down: the watch asks again no sooner than Etherpad's pace allows,
// and reads the pad then.
func TestWatchSlowsDownOn429(t *testing.T) {
	var mu sync.Mutex
	var asked []time.Time
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, time.Now())
		n := len(asked)
		mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "Too many requests", http.StatusTooManyRequests)
			return
		}
		w.Write([]byte("Titre : Atelier\nDescription : x\nÉtapes suivantes :\n- a\nHashtags : #communs\n"))
	}))
	defer ts.Close()
	t.Setenv("PADLINT_API_KEY", "")
	stdout, stderr, exit := started("watch", ts.URL+"/p/atelier", "--for", "1m", "--exit-on-pass", "--lang", "en")
	if code := <-exit; code != 0 {
		t.Fatalf("exit %d, want 0\n%s%s", code, stdout.String(), stderr.String())
	}
	mu.Lock()
	defer mu.Unlock()
	if len(asked) != 2 || asked[1].Sub(asked[0]) < 9*time.Second {
		t.Errorf("asked %d times, %v apart: want twice, 10 s apart", len(asked), asked[len(asked)-1].Sub(asked[0]))
	}
}
