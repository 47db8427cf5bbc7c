package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/internal/etherpadtest"
)

// TestLivePadSameAsFile puts example pads on a real Etherpad and lints them
// by their address, through the export and through the API: each must get
// the JSON verdict its file gets.
func TestLivePadSameAsFile(t *testing.T) {
	srv := etherpadtest.Shared(t)
	files := keptAsTheyAre(t)
	if len(files) < 30 {
		t.Fatalf("only %d example pads to put on the server", len(files))
	}
	t.Logf("%d example pads on %s", len(files), srv)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		text, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		srv.CreatePad(t, name, string(text))
		fromFile, fileCode := lintJSON(t, file)
		for _, key := range []string{"", srv.APIKey} { // the export, then the API
			t.Setenv("PADLINT_API_KEY", key)
			live, code := lintJSON(t, srv.PadURL(name))
			if diff := cmp.Diff(fromFile, live); diff != "" || code != fileCode {
				t.Errorf("%s: exit %d from the server (with a key: %t), %d from the file; verdict (-file +server):\n%s", name, code, key != "", fileCode, diff)
			}
		}
	}
}

// keptAsTheyAre lists the example text pads that Etherpad stores byte for
// byte: UTF-8, ending with a newline, without the tabs, carriage returns and
// non-breaking spaces it rewrites.
func keptAsTheyAre(t *testing.T) []string {
	t.Helper()
	var kept []string
	for _, ext := range []string{"txt", "md"} {
		files, _ := filepath.Glob("../../testdata/pads/*." + ext)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err == nil && asStored(string(data)) {
				kept = append(kept, f)
			}
		}
	}
	return kept
}

func asStored(s string) bool {
	return strings.HasSuffix(s, "\n") && !strings.ContainsAny(s, "\t\r\u00a0\ufeff") &&
		strings.ToValidUTF8(s, "\x00") == s && strings.TrimSpace(s) != ""
}

// lintJSON lints one source and returns its pad's verdict without the
// source's name, and the exit status.
func lintJSON(t *testing.T, source string) (map[string]any, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run([]string{"lint", "--format", "json", source}, strings.NewReader(""), &out, &errOut)
	var report struct{ Pads []map[string]any }
	if err := json.Unmarshal(out.Bytes(), &report); err != nil || len(report.Pads) != 1 {
		t.Fatalf("lint %s: exit %d, %v, stderr %q", source, code, err, errOut.String())
	}
	delete(report.Pads[0], "source")
	return report.Pads[0], code
}

// TestLivePadMissing lints a pad the server does not have.
func TestLivePadMissing(t *testing.T) {
	srv := etherpadtest.Shared(t)
	var out, errOut bytes.Buffer
	code := run([]string{"lint", srv.PadURL("pas-de-pad-ici")}, strings.NewReader(""), &out, &errOut)
	want := `no pad "pas-de-pad-ici" on 127.0.0.1:`
	if code != exitTrouble || !strings.Contains(errOut.String(), want) {
		t.Errorf("lint of a missing pad: exit %d, stderr %q; want exit %d and %q", code, errOut.String(), exitTrouble, want)
	}
}

// lintSources runs padlint lint --format json with args and returns the
// sources of the pads linted, the exit status and what went to stderr. It
// fails the test if the server's API key shows anywhere.
func lintSources(t *testing.T, srv *etherpadtest.Server, args ...string) ([]string, int, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"lint", "--format", "json"}, args...), strings.NewReader(""), &out, &errOut)
	if strings.Contains(out.String()+errOut.String(), srv.APIKey) {
		t.Fatalf("lint %v showed the API key", args)
	}
	var report struct{ Pads []struct{ Source string } }
	if err := json.Unmarshal(out.Bytes(), &report); err != nil {
		t.Fatalf("lint %v: exit %d, %v, stderr %q", args, code, err, errOut.String())
	}
	var sources []string
	for _, p := range report.Pads {
		sources = append(sources, p.Source)
	}
	return sources, code, errOut.String()
}

// TestLiveAll lints every pad of the server, listed through its API.
func TestLiveAll(t *testing.T) {
	srv := etherpadtest.Shared(t)
	for _, name := range []string{"tout-a", "tout-b", "tout-c"} {
		srv.CreatePad(t, name, "Titre : "+name+"\n")
	}
	var listed struct{ PadIDs []string }
	if err := json.Unmarshal(srv.Call(t, "listAllPads", nil), &listed); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(t.TempDir(), "APIKEY.txt")
	if err := os.WriteFile(keyFile, []byte(srv.APIKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, code, stderr := lintSources(t, srv, "--all", "--api-key-file", keyFile, srv.URL+"/")
	var want []string
	for _, name := range listed.PadIDs {
		want = append(want, srv.PadURL(name))
	}
	if diff := cmp.Diff(want, got); diff != "" || code == exitTrouble {
		t.Errorf("lint --all: exit %d, stderr %q, pads (-listAllPads +linted):\n%s", code, stderr, diff)
	}
}

func TestLiveAllNeedsKey(t *testing.T) {
	srv := etherpadtest.Shared(t)
	_, code, stderr := lintSources(t, srv, "--all", srv.URL+"/")
	if code != exitTrouble || !strings.Contains(stderr, "needs the API key of 127.0.0.1:") {
		t.Errorf("lint --all without a key: exit %d, stderr %q; want exit 2 and how to give the key", code, stderr)
	}
}

func TestLiveWrongKey(t *testing.T) {
	srv := etherpadtest.Shared(t)
	srv.CreatePad(t, "mauvaise-cle", "Titre : Clé\n")
	t.Setenv("PADLINT_API_KEY", "pas-la-bonne-cle")
	_, code, stderr := lintSources(t, srv, srv.PadURL("mauvaise-cle"))
	if code != exitTrouble || !strings.Contains(stderr, "refused the API key (401)") || strings.Contains(stderr, "pas-la-bonne-cle") {
		t.Errorf("lint with a wrong key: exit %d, stderr %q; want exit 2, the refusal, and no key", code, stderr)
	}
}

// TestLiveFollow lints a workshop's general pad and the sub-group pads it
// links to: each once, on its own server unless another is allowed.
func TestLiveFollow(t *testing.T) {
	srv := etherpadtest.Shared(t)
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Titre : Ailleurs\n"))
	}))
	defer other.Close()
	srv.CreatePad(t, "general", "Titre : Atelier général\nGroupes :\n- "+srv.PadURL("groupe-1")+"\n- "+
		srv.PadURL("groupe-2")+"/export/txt\n- "+srv.PadURL("general")+"\n- "+other.URL+"/p/ailleurs\n")
	srv.CreatePad(t, "groupe-1", "Titre : Groupe 1\nSuite : "+srv.PadURL("groupe-3")+" et "+srv.PadURL("groupe-2")+"\n")
	srv.CreatePad(t, "groupe-2", "Titre : Groupe 2\n")
	srv.CreatePad(t, "groupe-3", "Titre : Groupe 3\n")
	hub := srv.PadURL("general")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{hub}, []string{"general"}},
		{[]string{"--follow", "1", hub}, []string{"general", "groupe-1", "groupe-2"}},
		{[]string{"--follow", "2", hub}, []string{"general", "groupe-1", "groupe-2", "groupe-3"}},
		{[]string{"--follow", "1", "--allow-host", strings.TrimPrefix(other.URL, "http://"), hub}, []string{"general", "groupe-1", "groupe-2", other.URL + "/p/ailleurs"}},
	} {
		var want []string
		for _, name := range tc.want {
			if !strings.HasPrefix(name, "http") {
				name = srv.PadURL(name)
			}
			want = append(want, name)
		}
		got, code, stderr := lintSources(t, srv, tc.args...)
		if diff := cmp.Diff(want, got); diff != "" || code == exitTrouble {
			t.Errorf("lint %v: exit %d, stderr %q, pads (-want +got):\n%s", tc.args, code, stderr, diff)
		}
	}
}
