package lint

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/pad"
)

// TestCrawlStaysOnItsServers follows links to the servers of the sources
// and to those --allow-host names: a server is a scheme, a host and a
// port, so neither the same host over http nor another of its ports is
// the source's server.
func TestCrawlStaysOnItsServers(t *testing.T) {
	for _, tc := range []struct {
		source string
		allow  []string
		links  []string
		want   []string
	}{
		{"https://pad.example.org/p/a", nil,
			[]string{"https://pad.example.org/p/b", "http://pad.example.org/p/c", "https://pad.example.org:8443/p/d", "https://other.example.org/p/e"},
			[]string{"https://pad.example.org/p/b"}},
		{"http://localhost/p/a", nil,
			[]string{"http://localhost:18081/p/b", "http://localhost:80/p/c", "https://localhost/p/d"},
			[]string{"http://localhost/p/c"}},
		{"https://pad.example.org/p/a", []string{"other.example.org"},
			[]string{"http://other.example.org/p/b", "https://other.example.org/p/c", "https://other.example.org:8443/p/d"},
			[]string{"http://other.example.org/p/b", "https://other.example.org/p/c"}},
		{"https://pad.example.org/p/a", []string{"other.example.org:8443"},
			[]string{"https://other.example.org/p/b", "https://other.example.org:8443/p/c"},
			[]string{"https://other.example.org:8443/p/c"}},
		{"http://127.0.0.1:8080/p/a", []string{"127.0.0.1"},
			[]string{"http://127.0.0.1:9090/p/b", "http://127.0.0.1/p/c", "http://127.0.0.1:8080/p/a"},
			[]string{"http://127.0.0.1/p/c"}},
	} {
		reach, err := fetch.Reach([]string{tc.source}, tc.allow)
		if err != nil {
			t.Fatal(err)
		}
		c := newCrawl([]string{tc.source}, reach)
		doc := &pad.Doc{}
		for _, l := range tc.links {
			doc.Links = append(doc.Links, pad.Link{URL: l})
		}
		if diff := cmp.Diff(tc.want, c.links(Report{Doc: doc})); diff != "" {
			t.Errorf("links of %s, allowing %v (-want +got):\n%s", tc.source, tc.allow, diff)
		}
	}
}

// TestCrawlReadsAPadOnce reads a pad once however its links write its
// server: with its default port, in capitals, or as the source did.
func TestCrawlReadsAPadOnce(t *testing.T) {
	c := newCrawl([]string{"https://pad.example.org/p/a"}, nil)
	doc := &pad.Doc{}
	for _, l := range []string{"https://pad.example.org:443/p/a", "HTTPS://PAD.example.org/p/b", "https://pad.example.org:443/p/b", "https://pad.example.org/p/b"} {
		doc.Links = append(doc.Links, pad.Link{URL: l})
	}
	if diff := cmp.Diff([]string{"https://pad.example.org/p/b"}, c.links(Report{Doc: doc})); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}
