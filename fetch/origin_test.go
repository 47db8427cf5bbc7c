package fetch

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOrigin(t *testing.T) {
	for address, want := range map[string]string{
		"https://Pad.Example.org/p/atelier": "https://pad.example.org:443",
		"https://pad.example.org:443":       "https://pad.example.org:443",
		"HTTP://pad.example.org/":           "http://pad.example.org:80",
		"http://localhost:18081/p/a":        "http://localhost:18081",
		"http://[::1]/p/a":                  "http://[::1]:80",
		"https://[::1]:8443/p/a":            "https://[::1]:8443",
		"ftp://pad.example.org/p/a":         "",
		"pads/atelier.txt":                  "",
		"https:///p/a":                      "",
	} {
		if got := Origin(address); got != want {
			t.Errorf("Origin(%q) = %q, want %q", address, got, want)
		}
	}
}

// TestAllowHost checks what --allow-host stands for: a host on the
// default ports of http and https, or on the port named.
func TestAllowHost(t *testing.T) {
	for h, want := range map[string][]string{
		"pad.example.org":         {"http://pad.example.org:80", "https://pad.example.org:443"},
		"Pad.Example.org:8443":    {"http://pad.example.org:8443", "https://pad.example.org:8443"},
		"127.0.0.1:18081":         {"http://127.0.0.1:18081", "https://127.0.0.1:18081"},
		"[::1]:8080":              {"http://[::1]:8080", "https://[::1]:8080"},
		"https://pad.example.org": nil,
		"pad.example.org/p/a":     nil,
		"pad.example.org:99999":   nil,
		"pad.example.org:http":    nil,
		"me@pad.example.org":      nil,
		"":                        nil,
	} {
		o := Origins{}
		err := o.AllowHost(h)
		got := slices.Sorted(func(yield func(string) bool) {
			for origin := range o {
				yield(origin)
			}
		})
		if diff := cmp.Diff(want, got); diff != "" || (err == nil) != (want != nil) {
			t.Errorf("AllowHost(%q): %v, origins (-want +got):\n%s", h, err, diff)
		}
	}
}

// TestReach checks the servers a run reads from: those of its sources, a
// pad's or a server's, and those it allows.
func TestReach(t *testing.T) {
	o, err := Reach([]string{"https://pad.example.org/p/a", "http://localhost/", "notes/a.txt"}, []string{"other.example.org:8443"})
	if err != nil {
		t.Fatal(err)
	}
	for address, want := range map[string]bool{
		"https://pad.example.org/p/b":        true,
		"https://pad.example.org:443/mount/": true,
		"http://pad.example.org/p/b":         false,
		"http://localhost/p/b":               true,
		"http://localhost:18081/p/b":         false,
		"https://other.example.org:8443/p/b": true,
		"https://other.example.org/p/b":      false,
		"notes/a.txt":                        false,
	} {
		if got := o.Has(address); got != want {
			t.Errorf("Has(%s) = %t, want %t", address, got, want)
		}
	}
	if _, err := Reach(nil, []string{"https://pad.example.org"}); err == nil {
		t.Error("Reach took --allow-host https://pad.example.org, want it refused")
	}
}
