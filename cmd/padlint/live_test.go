package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/internal/etherpadtest"
)

// TestLivePadSameAsFile puts example pads on a real Etherpad and lints them
// by their address: each must get the JSON verdict its file gets.
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
		live, code := lintJSON(t, srv.PadURL(name))
		fromFile, fileCode := lintJSON(t, file)
		if diff := cmp.Diff(fromFile, live); diff != "" || code != fileCode {
			t.Errorf("%s: exit %d from the server, %d from the file; verdict (-file +server):\n%s", name, code, fileCode, diff)
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
