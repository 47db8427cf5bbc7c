package fetch

import (
	"context"
	"errors"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/padlint/padlint/pad"
)

// serve starts a server that answers every request with h, and returns the
// address of a pad on it.
func serve(t *testing.T, h http.HandlerFunc) Pad {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	p, err := ParseURL(srv.URL + "/p/atelier")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// quick returns a client that waits a millisecond between tries.
func quick(timeout time.Duration) *Client {
	c := New("padlint-test", timeout)
	c.backoff = time.Millisecond
	return c
}

func fetchErr(t *testing.T, p Pad, timeout time.Duration) error {
	t.Helper()
	text, err := quick(timeout).Text(context.Background(), p)
	if err == nil {
		t.Fatalf("Text gave %q, want an error", text)
	}
	return err
}

func wantIn(t *testing.T, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Errorf("no error, want one that says %q", parts)
		return
	}
	for _, part := range parts {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("error %q, want it to say %q", err, part)
		}
	}
}

func TestTextSendsAgentAndReadsExport(t *testing.T) {
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/p/atelier/export/txt" || r.UserAgent() != "padlint-test" {
			http.Error(w, "unexpected "+r.URL.Path+" from "+r.UserAgent(), http.StatusTeapot)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Titre : Atelier\n"))
	})
	text, err := New("padlint-test", time.Second).Text(context.Background(), p)
	if err != nil || text != "Titre : Atelier\n" {
		t.Errorf("Text = %q, %v; want the export", text, err)
	}
}

func TestTextServerFailure(t *testing.T) {
	var tries atomic.Int32
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		tries.Add(1)
		http.Error(w, "upstream down", http.StatusBadGateway)
	})
	wantIn(t, fetchErr(t, p, time.Second), "502 Bad Gateway", "try again later", "(tried 3 times)")
	if tries.Load() != attempts {
		t.Errorf("the server was asked %d times, want %d", tries.Load(), attempts)
	}
}

// flaky answers with status the first n requests, then with the pad.
func flaky(n int32, status int, header http.Header) (http.HandlerFunc, *atomic.Int32) {
	var tries atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		if tries.Add(1) <= n {
			maps.Copy(w.Header(), header)
			w.WriteHeader(status)
			return
		}
		w.Write([]byte("Titre : Atelier\n"))
	}, &tries
}

func TestTextTriesAgain(t *testing.T) {
	h, tries := flaky(2, http.StatusServiceUnavailable, nil)
	text, err := quick(time.Second).Text(context.Background(), serve(t, h))
	if err != nil || text != "Titre : Atelier\n" || tries.Load() != 3 {
		t.Errorf("Text = %q, %v after %d requests; want the pad at the third", text, err, tries.Load())
	}
}

func TestTextWaitsAsAsked(t *testing.T) {
	h, tries := flaky(1, http.StatusTooManyRequests, http.Header{"Retry-After": {"1"}})
	start := time.Now()
	text, err := quick(time.Second).Text(context.Background(), serve(t, h))
	if err != nil || text != "Titre : Atelier\n" || tries.Load() != 2 {
		t.Errorf("Text = %q, %v after %d requests; want the pad at the second", text, err, tries.Load())
	}
	if waited := time.Since(start); waited < time.Second {
		t.Errorf("asked again after %s, want after the second the server asked for", waited)
	}
}

func TestTextWillNotWaitLong(t *testing.T) {
	h, tries := flaky(1, http.StatusTooManyRequests, http.Header{"Retry-After": {"3600"}})
	wantIn(t, fetchErr(t, serve(t, h), time.Second), "asks to slow down", "asks to wait 1h0m0s")
	if tries.Load() != 1 {
		t.Errorf("the server was asked %d times, want once", tries.Load())
	}
}

func TestTextHangs(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		select { // as Etherpad does past its export rate limit since 1.9.4
		case <-release:
		case <-r.Context().Done():
		}
	})
	wantIn(t, fetchErr(t, p, 200*time.Millisecond), "did not answer within 200ms")
}

func TestTextStopsComing(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Titre : Atelier\n"))
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	wantIn(t, fetchErr(t, p, 200*time.Millisecond), "still sending the pad after 200ms")
}

func TestTextCutShort(t *testing.T) {
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", "1000")
		w.Write([]byte("Titre : Atelier\n"))
		conn, _, _ := w.(http.Hijacker).Hijack()
		conn.Close()
	})
	wantIn(t, fetchErr(t, p, time.Second), "cut short")
}

func TestTextConnectionReset(t *testing.T) {
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		conn, _, _ := w.(http.Hijacker).Hijack()
		conn.(*net.TCPConn).SetLinger(0) // a reset, not a clean close
		conn.Close()
	})
	wantIn(t, fetchErr(t, p, time.Second), "closed the connection")
}

func TestTextTooLarge(t *testing.T) {
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		line := []byte(strings.Repeat("x", 1<<20-1) + "\n")
		for range pad.MaxSize>>20 + 1 {
			w.Write(line)
		}
	})
	wantIn(t, fetchErr(t, p, 10*time.Second), "too large for a pad")
}

func TestTextRedirectLoop(t *testing.T) {
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Path, http.StatusFound)
	})
	wantIn(t, fetchErr(t, p, time.Second), "more than 5 redirects")
}

func TestTextNotAPadServer(t *testing.T) {
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<!doctype html><title>Connexion</title><form>…</form>"))
	})
	wantIn(t, fetchErr(t, p, time.Second), "sent text/html, not a pad's text")
}

func TestTextNobodyListens(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	p, _ := ParseURL("http://" + addr + "/p/atelier")
	wantIn(t, fetchErr(t, p, time.Second), "refuses connections")
}

func TestTextNoSuchHost(t *testing.T) {
	p, _ := ParseURL("http://pad.invalid/p/atelier") // .invalid never resolves (RFC 2606)
	wantIn(t, fetchErr(t, p, 5*time.Second), "no server named pad.invalid")
}

func TestHedgeDocDownload(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/Xy3-abc/download" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/markdown; charset=UTF-8")
		w.Write([]byte("---\ntitle: Atelier\n---\n"))
	}))
	defer srv.Close()
	for _, addr := range []string{srv.URL + "/Xy3-abc?both", srv.URL + "/s/Xy3-abc"} {
		p, err := ParseURL(addr)
		if err != nil {
			t.Fatal(err)
		}
		text, err := quick(time.Second).Text(context.Background(), p)
		if err != nil || text != "---\ntitle: Atelier\n---\n" {
			t.Errorf("Text(%s) = %q, %v; want the note's Markdown", addr, text, err)
		}
	}
}

func TestTextRefused(t *testing.T) {
	for status, want := range map[int]string{
		http.StatusUnauthorized: "keeps this pad private (401): it needs an account or a key",
		http.StatusForbidden:    "keeps this pad private (403): it needs an account or a key",
		http.StatusNotFound:     `no pad "atelier" on 127.0.0.1:`,
		http.StatusTeapot:       "answered 418 I'm a teapot instead of the pad",
	} {
		var tries atomic.Int32
		p := serve(t, func(w http.ResponseWriter, r *http.Request) {
			tries.Add(1)
			w.WriteHeader(status)
		})
		wantIn(t, fetchErr(t, p, time.Second), want)
		if tries.Load() != 1 {
			t.Errorf("%d: asked %d times, want once: it will not change", status, tries.Load())
		}
	}
}

func TestTextRetryAfterDate(t *testing.T) {
	when := time.Now().Add(90 * time.Minute).UTC().Format(http.TimeFormat)
	h, _ := flaky(1, http.StatusTooManyRequests, http.Header{"Retry-After": {when}})
	wantIn(t, fetchErr(t, serve(t, h), time.Second), "asks to wait 1h", "asks to slow down")
}

// TestTextInterruptedWhileWaiting checks that Ctrl-C ends a wait the
// server asked for at once.
func TestTextInterruptedWhileWaiting(t *testing.T) {
	h, _ := flaky(1, http.StatusTooManyRequests, http.Header{"Retry-After": {"100"}})
	p := serve(t, h)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	if _, err := quick(time.Second).Text(ctx, p); !errors.Is(err, context.Canceled) || time.Since(start) > 5*time.Second {
		t.Errorf("Text = %v after %s, want canceled at once", err, time.Since(start))
	}
}
