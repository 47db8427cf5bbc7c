package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestKeyFromEnvironmentOnOneLine refuses a variable that holds more than
// a key, without showing what it holds.
func TestKeyFromEnvironmentOnOneLine(t *testing.T) {
	t.Setenv("PADLINT_API_KEY", "cle-secrete-0123\ncle-secrete-4567\n")
	var out, errOut bytes.Buffer
	code := run([]string{"lint", "https://pad.example.org/p/atelier"}, strings.NewReader(""), &out, &errOut)
	want := "padlint: PADLINT_API_KEY should hold the API key alone, on one line\n"
	if code != exitTrouble || errOut.String() != want {
		t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, errOut.String(), want)
	}
}

// TestKeyFileSmallAndRegular gives, as the file of a key or a secret,
// what cannot hold one: each is refused at once, with why, and nothing
// waits on a named pipe or reads a device without end.
func TestKeyFileSmallAndRegular(t *testing.T) {
	dir := t.TempDir()
	fifo, big := filepath.Join(dir, "fifo"), filepath.Join(dir, "big.key")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unblock(fifo) })
	if err := os.WriteFile(big, bytes.Repeat([]byte("k"), 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, why string }{
		{"/dev/zero", "it is a device, not a file"},
		{fifo, "it is a named pipe, not a file"},
		{dir, "it is a folder, not a file"},
		{big, "it holds 1048576 bytes, more than a key or a secret needs"},
	} {
		for _, flags := range [][]string{{"--api-key-file", tc.file}, {"--oauth-client-id", "padlint", "--oauth-secret-file", tc.file}} {
			what := "the API key"
			if flags[0] == "--oauth-client-id" {
				what = "the OAuth2 client's secret"
			}
			want := fmt.Sprintf("padlint: reading %s from %s: %s: give a file that holds %s alone\n", what, tc.file, tc.why, what)
			code, stderr := runWithin(t, 5*time.Second, append([]string{"lint"}, append(flags, "https://pad.example.org/p/atelier")...)...)
			if code != exitTrouble || stderr != want {
				t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", flags, code, stderr, want)
			}
		}
	}
}

// runWithin runs padlint with args, and fails the test if it takes longer
// than limit.
func runWithin(t *testing.T, limit time.Duration, args ...string) (int, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(args, strings.NewReader(""), &out, &errOut) }()
	select {
	case code := <-done:
		return code, errOut.String()
	case <-time.After(limit):
		t.Fatalf("padlint %v still runs after %s", args, limit)
		return 0, ""
	}
}

// unblock opens a named pipe for writing, and closes it: whoever waits to
// read it is let go.
func unblock(fifo string) {
	if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
		f.Close()
	}
}

// padServer is an Etherpad server, its API and its public exports, with
// pads of the given texts; it records the calls that carry a key.
type padServer struct {
	*httptest.Server
	mu    sync.Mutex
	calls []string // requests, and whether the key came: "GET /p/x/export/txt", "POST /api/1.2.15/getText key"
}

func newPadServer(t *testing.T, pads map[string]string) *padServer {
	s := &padServer{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"currentVersion":"1.2.15"}`)
	})
	mux.HandleFunc("POST /api/1.2.15/getText", func(w http.ResponseWriter, r *http.Request) {
		s.record(r)
		text, _ := json.Marshal(pads[r.PostFormValue("padID")])
		fmt.Fprintf(w, `{"code":0,"message":"ok","data":{"text":%s}}`, text)
	})
	mux.HandleFunc("GET /p/{name}/export/txt", func(w http.ResponseWriter, r *http.Request) {
		s.record(r)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, pads[r.PathValue("name")])
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *padServer) record(r *http.Request) {
	call := r.Method + " " + r.URL.Path
	if r.PostFormValue("apikey") != "" {
		call += " key"
	}
	s.mu.Lock()
	s.calls = append(s.calls, call)
	s.mu.Unlock()
}

func (s *padServer) seen() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Sorted(slices.Values(s.calls))
}

// TestFollowStaysOnItsServers follows a pad, read with its server's key,
// to a pad of the same host on another port: another server, which
// --allow-host must name with its port, and which never gets the key.
func TestFollowStaysOnItsServers(t *testing.T) {
	t.Setenv("PADLINT_API_KEY", "cle-secrete-0123")
	for _, tc := range []struct {
		allow []string
		want  []string // the calls the other server had
	}{
		{nil, nil},
		{[]string{"--allow-host", "127.0.0.1"}, nil},
		{[]string{"--allow-host", "127.0.0.1:PORT"}, []string{"GET /p/ailleurs/export/txt"}},
	} {
		other := newPadServer(t, map[string]string{"ailleurs": "Titre : Ailleurs\n"})
		home := newPadServer(t, map[string]string{
			"general": "Titre : Général\n- " + other.URL + "/p/ailleurs\n",
		})
		port := other.URL[strings.LastIndex(other.URL, ":")+1:]
		args := []string{"lint", "--follow", "1", home.URL + "/p/general"}
		for _, a := range tc.allow {
			args = append(args, strings.ReplaceAll(a, "PORT", port))
		}
		runWithin(t, 20*time.Second, args...)
		if diff := cmp.Diff(tc.want, other.seen()); diff != "" {
			t.Errorf("%v: the other server's calls (-want +got):\n%s", tc.allow, diff)
		}
		if diff := cmp.Diff([]string{"POST /api/1.2.15/getText key"}, home.seen()); diff != "" {
			t.Errorf("%v: the pad's server's calls (-want +got):\n%s", tc.allow, diff)
		}
	}
}
