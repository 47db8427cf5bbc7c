package fetch

import (
	"net/url"
	"strings"
	"testing"
)

func TestParseURL(t *testing.T) {
	tests := []struct {
		in         string
		kind       Kind
		server     string
		name       string
		page, text string
	}{
		{in: "https://pad.example.org/p/atelier-communs", kind: Etherpad,
			server: "https://pad.example.org", name: "atelier-communs",
			page: "https://pad.example.org/p/atelier-communs",
			text: "https://pad.example.org/p/atelier-communs/export/txt"},
		{in: "https://pad.example.org/p/atelier/export/txt", kind: Etherpad, server: "https://pad.example.org", name: "atelier"},
		{in: "https://pad.example.org/p/atelier/export/html", kind: Etherpad, server: "https://pad.example.org", name: "atelier"},
		{in: "https://pad.example.org/p/atelier/timeslider#12", kind: Etherpad, server: "https://pad.example.org", name: "atelier"},
		{in: "https://pad.example.org/p/atelier/12/export/txt", kind: Etherpad, server: "https://pad.example.org", name: "atelier"},
		{in: "https://pad.example.org/p/atelier?showChat=false&lang=fr#L3", kind: Etherpad, server: "https://pad.example.org", name: "atelier"},
		{in: "https://pad.example.org/p/atelier/", kind: Etherpad, server: "https://pad.example.org", name: "atelier"},
		{in: "HTTPS://pad.example.org/p/atelier", kind: Etherpad, server: "https://pad.example.org", name: "atelier"},
		{in: "  https://pad.example.org/p/atelier\n", kind: Etherpad, server: "https://pad.example.org", name: "atelier"},
		{in: "https://pad.example.org/p/r.0a1b2c3d4e5f", kind: Etherpad, server: "https://pad.example.org", name: "r.0a1b2c3d4e5f"},
		{in: "https://annuel.framapad.org/p/reunion-bureau-9x2k", kind: Etherpad, server: "https://annuel.framapad.org", name: "reunion-bureau-9x2k"},
		{in: "http://lite5.framapad.org/p/AG2016", kind: Etherpad, server: "http://lite5.framapad.org", name: "AG2016"},
		{in: "https://pad.example.org/etherpad/p/atelier", kind: Etherpad, server: "https://pad.example.org/etherpad", name: "atelier",
			text: "https://pad.example.org/etherpad/p/atelier/export/txt"},
		{in: "http://127.0.0.1:9001/p/test", kind: Etherpad, server: "http://127.0.0.1:9001", name: "test"},
		{in: "https://pad.example.org/p/r%C3%A9union%20de%20rentr%C3%A9e", kind: Etherpad, server: "https://pad.example.org", name: "réunion de rentrée",
			text: "https://pad.example.org/p/r%C3%A9union%20de%20rentr%C3%A9e/export/txt"},
		{in: "https://pad.example.org/p/réunion", kind: Etherpad, server: "https://pad.example.org", name: "réunion",
			page: "https://pad.example.org/p/r%C3%A9union"},
		{in: "https://pad.example.org/p/g.aBcDeFgHiJkLmNoP$compte-rendu", kind: Etherpad, server: "https://pad.example.org", name: "g.aBcDeFgHiJkLmNoP$compte-rendu",
			text: "https://pad.example.org/p/g.aBcDeFgHiJkLmNoP$compte-rendu/export/txt"},
		{in: "https://pad.example.org/p/g.aBcDeFgHiJkLmNoP%24compte-rendu", kind: Etherpad, server: "https://pad.example.org", name: "g.aBcDeFgHiJkLmNoP$compte-rendu"},
		{in: "https://pad.example.org/p/p", kind: Etherpad, server: "https://pad.example.org", name: "p"},
		{in: "https://md.example.org/Xy3-abcDEF0_qrs", kind: HedgeDoc, server: "https://md.example.org", name: "Xy3-abcDEF0_qrs",
			page: "https://md.example.org/Xy3-abcDEF0_qrs",
			text: "https://md.example.org/Xy3-abcDEF0_qrs/download"},
		{in: "https://md.example.org/Xy3-abcDEF0_qrs?both#notes", kind: HedgeDoc, server: "https://md.example.org", name: "Xy3-abcDEF0_qrs"},
		{in: "https://md.example.org/s/rJ9x2kPq", kind: HedgeDoc, server: "https://md.example.org", name: "rJ9x2kPq",
			text: "https://md.example.org/rJ9x2kPq/download"},
		{in: "https://md.example.org/Xy3/download", kind: HedgeDoc, server: "https://md.example.org", name: "Xy3"},
	}
	for _, tt := range tests {
		p, err := ParseURL(tt.in)
		if err != nil {
			t.Errorf("ParseURL(%q): %v", tt.in, err)
			continue
		}
		if p.Kind != tt.kind || p.Server != tt.server || p.Name != tt.name {
			t.Errorf("ParseURL(%q) = %+v, want kind %d, server %q, name %q", tt.in, p, tt.kind, tt.server, tt.name)
		}
		if tt.page != "" && p.URL() != tt.page {
			t.Errorf("ParseURL(%q).URL() = %q, want %q", tt.in, p.URL(), tt.page)
		}
		if tt.text != "" && p.TextURL() != tt.text {
			t.Errorf("ParseURL(%q).TextURL() = %q, want %q", tt.in, p.TextURL(), tt.text)
		}
	}
}

func TestParseURLRefuses(t *testing.T) {
	for _, in := range []string{
		"", "pad.example.org/p/atelier", "ftp://pad.example.org/p/atelier", "https:///p/atelier",
		"https://pad.example.org", "https://pad.example.org/", "https://pad.example.org/p/",
		"https://pad.example.org/a/b/c", "https://pad.example.org/p/atelier/export",
		"https://pad.example.org/p/atelier/settings/more", "https://pad.example.org/p/%zz",
		"https://md.example.org/s/", "https://md.example.org/download/x",
	} {
		if p, err := ParseURL(in); err == nil {
			t.Errorf("ParseURL(%q) = %+v, want an error", in, p)
		}
	}
}

func TestParseURLHidesPasswords(t *testing.T) {
	_, err := ParseURL("https://amelie:s3cret@pad.example.org/p/atelier")
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("ParseURL with a password: error %v, want one that does not show it", err)
	}
}

func FuzzParseURL(f *testing.F) {
	for _, s := range []string{
		"https://pad.example.org/p/atelier/export/txt", "https://md.example.org/s/abc",
		"https://pad.example.org/etherpad/p/r%C3%A9union/3/export/html?x=1#y",
		"http://[::1]:9001/p/g.x$y", "https://h/p/p/p/timeslider",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		p, err := ParseURL(raw)
		if err != nil {
			return
		}
		again, err := ParseURL(p.URL())
		if err != nil || again != p {
			t.Fatalf("ParseURL(%q) = %+v, but its URL %q reads as %+v, %v", raw, p, p.URL(), again, err)
		}
		if _, err := url.Parse(p.TextURL()); err != nil {
			t.Fatalf("ParseURL(%q).TextURL() = %q: %v", raw, p.TextURL(), err)
		}
	})
}
