package fetch

import (
	"context"
	"errors"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/padlint/padlint/internal/etherpadtest"
)

func TestMain(m *testing.M) { etherpadtest.Main(m) }

// keyed returns a client that holds the key of srv, and the address of a
// pad on srv holding text.
func keyed(t *testing.T, srv *etherpadtest.Server, name, text string) (*Client, Pad) {
	t.Helper()
	if text != "" {
		srv.CreatePad(t, name, text)
	}
	p, err := ParseURL(srv.PadURL(name))
	if err != nil {
		t.Fatal(err)
	}
	return quick(10 * time.Second).WithCredentials(Credentials{Origin: p.Server, APIKey: srv.APIKey}), p
}

func TestLiveExportAndAPIAgree(t *testing.T) {
	srv := etherpadtest.Shared(t)
	client, p := keyed(t, srv, "accord", "Titre : Atelier\nHashtags : #communs\n")
	viaAPI, err := client.Text(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	viaExport, err := quick(10*time.Second).Text(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	if viaAPI != viaExport || viaAPI != "Titre : Atelier\nHashtags : #communs\n" {
		t.Errorf("getText gave %q, the export %q; want the same text", viaAPI, viaExport)
	}
}

// TestLiveKeyPassesExportLimit reads more pads than the export limit lets
// through in 90 s: with the key, through the API, none waits.
func TestLiveKeyPassesExportLimit(t *testing.T) {
	srv := etherpadtest.NewServer(t, etherpadtest.Options{ExportLimit: 2})
	start := time.Now()
	for _, name := range []string{"un", "deux", "trois", "quatre"} {
		client, p := keyed(t, srv, name, "Titre : "+name+"\n")
		if text, err := client.Text(context.Background(), p); err != nil || text != "Titre : "+name+"\n" {
			t.Fatalf("Text(%s) = %q, %v", name, text, err)
		}
	}
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("4 pads took %s through the API: something waited for the export limit", took)
	}
}

func TestLiveMissingPad(t *testing.T) {
	client, p := keyed(t, etherpadtest.Shared(t), "absent", "")
	_, err := client.Text(context.Background(), p)
	var noPad *NoPadError
	if !errors.As(err, &noPad) || noPad.Name != "absent" {
		t.Errorf("Text of a missing pad through the API: %v, want a NoPadError", err)
	}
}

func TestLiveWrongKey(t *testing.T) {
	srv := etherpadtest.Shared(t)
	srv.CreatePad(t, "cle", "Titre : Clé\n")
	p, _ := ParseURL(srv.PadURL("cle"))
	wrong := "pas-la-bonne-cle-" + strings.Repeat("x", 20)
	client := quick(10 * time.Second).WithCredentials(Credentials{Origin: p.Server, APIKey: wrong})
	_, err := client.Text(context.Background(), p)
	wantIn(t, err, "refused the API key (401)", "--oauth-client-id")
	if strings.Contains(err.Error(), wrong) || strings.Contains(err.Error(), srv.APIKey) {
		t.Errorf("the error %q shows a key", err)
	}
}

func TestLivePads(t *testing.T) {
	srv := etherpadtest.Shared(t)
	client, p := keyed(t, srv, "liste-a", "Titre : A\n")
	srv.CreatePad(t, "liste-b", "Titre : B\n")
	pads, err := client.Pads(context.Background(), p.Server)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, q := range pads {
		names = append(names, q.Name)
		if q.Server != p.Server || q.Kind != Etherpad {
			t.Errorf("listed %+v, want a pad of %s", q, p.Server)
		}
	}
	if !slices.Contains(names, "liste-a") || !slices.Contains(names, "liste-b") {
		t.Errorf("Pads = %v, want liste-a and liste-b among them", names)
	}
}

func TestLiveEdited(t *testing.T) {
	srv := etherpadtest.Shared(t)
	client, p := keyed(t, srv, "date", "Titre : Avant\n")
	before, err := client.Edited(context.Background(), p)
	if err != nil || time.Since(before) > time.Minute {
		t.Fatalf("Edited = %s, %v; want about now", before, err)
	}
	time.Sleep(10 * time.Millisecond)
	srv.SetText(t, "date", "Titre : Après\n")
	after, err := client.Edited(context.Background(), p)
	if err != nil || !after.After(before) {
		t.Errorf("Edited after an edit = %s, %v; want after %s", after, err, before)
	}
}

func TestNeedsKey(t *testing.T) {
	p, _ := ParseURL("http://127.0.0.1:1/p/atelier")
	if _, err := quick(time.Second).Pads(context.Background(), p.Server); err == nil || !strings.Contains(err.Error(), "--api-key-file") {
		t.Errorf("Pads without a key: %v, want one that says how to give it", err)
	}
	other := quick(time.Second).WithCredentials(Credentials{Origin: "https://pad.example.org", APIKey: "k"})
	if _, err := other.Edited(context.Background(), p); err == nil || !strings.Contains(err.Error(), "holds the API key of https://pad.example.org, not of "+p.Server) {
		t.Errorf("Edited with another server's key: %v, want one that says whose key it holds", err)
	}
}

// TestReadOnlyIDUsesExport reads a read-only pad (r.…) by its export even
// with a key: the API knows pads by their own name only.
func TestReadOnlyIDUsesExport(t *testing.T) {
	srv := etherpadtest.Shared(t)
	client, p := keyed(t, srv, "lecture", "Titre : Lecture\n")
	raw := srv.Call(t, "getReadOnlyID", url.Values{"padID": {p.Name}})
	id := strings.Trim(strings.TrimPrefix(string(raw), `{"readOnlyID":`), `"}`)
	ro, err := ParseURL(srv.URL + "/p/" + id)
	if err != nil {
		t.Fatal(err)
	}
	if text, err := client.Text(context.Background(), ro); err != nil || text != "Titre : Lecture\n" {
		t.Errorf("Text(%s) = %q, %v; want the pad", id, text, err)
	}
}
