package main

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/padlint/padlint/internal/etherpadtest"
	"github.com/rogpeppe/go-internal/testscript"
)

// padlint runs a command of padlint with the index in dir, and returns
// its exit status, standard output and standard error. It fails the test
// if the server's API key shows anywhere, the index file included.
func padlint(t *testing.T, srv *etherpadtest.Server, db string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"--index", db}, args...), strings.NewReader(""), &out, &errOut)
	data, _ := os.ReadFile(db)
	wal, _ := os.ReadFile(db + "-wal")
	if strings.Contains(out.String()+errOut.String()+string(data)+string(wal), srv.APIKey) {
		t.Fatalf("padlint %v: the API key shows in its output or its index", args)
	}
	return code, out.String(), errOut.String()
}

// TestLiveIndex indexes a workshop's general pad and its sub-group pads
// from a real Etherpad, through its API, then follows the pads as they
// change, and as one is deleted.
func TestLiveIndex(t *testing.T) {
	srv := etherpadtest.Shared(t)
	db := filepath.Join(t.TempDir(), "index.db")
	t.Setenv("PADLINT_API_KEY", srv.APIKey)
	srv.CreatePad(t, "index-general", "Titre : Atelier général\nHashtags : #IndexLive\nGroupes :\n- "+
		srv.PadURL("index-groupe-1")+"\n- "+srv.PadURL("index-groupe-2")+"\n")
	srv.CreatePad(t, "index-groupe-1", "Titre : Groupe 1\nÉtapes suivantes :\n- relire le wiki\nHashtags : #IndexLive #monnaie\n")
	srv.CreatePad(t, "index-groupe-2", "Titre : Groupe 2\nHashtags : #IndexLive\n")
	hub := srv.PadURL("index-general")
	steps := []struct {
		change func()
		want   string
	}{
		{func() {}, "3 new, 0 changed, 0 unchanged, 0 gone"},
		{func() {}, "0 new, 0 changed, 3 unchanged, 0 gone"},
		{func() { srv.SetText(t, "index-groupe-2", "Titre : Groupe 2 bis\nHashtags : #IndexLive\n") }, "0 new, 1 changed, 2 unchanged, 0 gone"},
		{func() { srv.Call(t, "deletePad", url.Values{"padID": {"index-groupe-1"}}) }, "0 new, 0 changed, 2 unchanged, 1 gone"},
	}
	for i, s := range steps {
		s.change()
		code, _, stderr := padlint(t, srv, db, "index", "--follow", "1", hub)
		if !strings.Contains(stderr, s.want) || (code != exitOK) != (i == 3) {
			t.Errorf("step %d: exit %d, stderr %q; want %q", i, code, stderr, s.want)
		}
		if i == 0 {
			checkLiveAnswers(t, srv, db)
		}
	}
	_, out, _ := padlint(t, srv, db, "search", "--format", "json", "#indexlive")
	if !strings.Contains(out, `"total": 2`) || !strings.Contains(out, "Groupe 2 bis") {
		t.Errorf("search after the changes: %s", out)
	}
}

// checkLiveAnswers checks what the index answers of the pads of
// TestLiveIndex: links both ways, hashtags, steps, the server's stamps.
func checkLiveAnswers(t *testing.T, srv *etherpadtest.Server, db string) {
	t.Helper()
	_, out, _ := padlint(t, srv, db, "links", "--format", "json", srv.PadURL("index-groupe-1"))
	var l struct {
		From []struct{ Source string }
	}
	if err := json.Unmarshal([]byte(out), &l); err != nil || len(l.From) != 1 || l.From[0].Source != srv.PadURL("index-general") {
		t.Errorf("links of groupe-1: %s (%v), want the general pad linking to it", out, err)
	}
	_, out, _ = padlint(t, srv, db, "show", "--format", "json", "index-groupe-1")
	var p struct {
		Host      string
		Edited    string
		Revision  int
		NextSteps []struct{ Text string } `json:"next_steps"`
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil || p.Edited == "" || p.Revision < 1 || len(p.NextSteps) != 1 || !strings.HasPrefix(p.Host, "127.0.0.1:") {
		t.Errorf("show groupe-1: %s (%v), want its host, last edit, revision and step", out, err)
	}
	_, out, _ = padlint(t, srv, db, "next", "#monnaie")
	if !strings.Contains(out, "relire le wiki") {
		t.Errorf("next #monnaie: %q, want the step of groupe-1", out)
	}
}

// TestLiveIndexAll indexes every pad of the server, and through the
// public export, without a key, the pads named.
func TestLiveIndexAll(t *testing.T) {
	srv := etherpadtest.Shared(t)
	srv.CreatePad(t, "index-tout", "Titre : Tout\nHashtags : #IndexTout\n")
	var listed struct{ PadIDs []string }
	if err := json.Unmarshal(srv.Call(t, "listAllPads", nil), &listed); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(keyFile, []byte(srv.APIKey), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "index.db")
	code, _, stderr := padlint(t, srv, db, "index", "--all", "--api-key-file", keyFile, srv.URL+"/")
	want := len(listed.PadIDs)
	if code != exitOK || !strings.HasPrefix(stderr, strconv.Itoa(want)+" pads in ") {
		t.Errorf("index --all: exit %d, stderr %q; want the %d pads of listAllPads", code, stderr, want)
	}
	export := filepath.Join(t.TempDir(), "export.db")
	code, _, stderr = padlint(t, srv, export, "index", srv.PadURL("index-tout"))
	_, out, _ := padlint(t, srv, export, "search", "#indextout")
	if code != exitOK || !strings.Contains(stderr, "1 new") || !strings.Contains(out, "Tout") {
		t.Errorf("index through the export: exit %d, stderr %q, search %q", code, stderr, out)
	}
}

// TestLiveScripts runs the transcripts of testdata/live against the real
// Etherpad: a workshop's general pad and the pads of its groups, made
// here, as $ETHERPAD/p/NAME.
func TestLiveScripts(t *testing.T) {
	srv := etherpadtest.Shared(t)
	srv.CreatePad(t, "script-general", "Titre : Atelier monnaies locales\nDescription : Le pad général.\n"+
		"Étapes suivantes :\n- relire les pads des groupes\nHashtags : #MonnaieLocale #Brest\n"+
		"Groupes :\n- "+srv.PadURL("script-groupe-1")+"\n- "+srv.PadURL("script-groupe-2")+"\n")
	srv.CreatePad(t, "script-groupe-1", "Titre : Groupe 1 – la Gonette\nDescription : Ce que Lyon a appris.\n"+
		"Étapes suivantes :\n- [x] inviter la Gonette\n- écrire la fiche\nHashtags : #monnaie_locale #Lyon\n")
	srv.CreatePad(t, "script-groupe-2", "Titre : Groupe 2\nNotes sur la monnaie locale complémentaire.\n")
	testscript.Run(t, testscript.Params{
		Dir: "testdata/live",
		Setup: func(env *testscript.Env) error {
			env.Setenv("HOME", env.WorkDir)
			env.Setenv("LANG", "C")
			env.Setenv("ETHERPAD", srv.URL)
			env.Setenv("PADLINT_API_KEY", srv.APIKey)
			env.Setenv("PADLINT_INDEX", filepath.Join(env.WorkDir, "index.db"))
			return nil
		},
	})
}
