package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// padSite starts the servers of a hosted pad service on loopback:
// pads.example.com and notes.example.com over https (443), and over http
// (80), and pads.example.net, another site, over http. Each answers the
// pad's export, or redirects it where moves says (by address). It
// returns a client that reaches them, and the names it dialed.
func padSite(t *testing.T, moves map[string]string) (*Client, *names) {
	t.Helper()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ref := r.Referer(); ref != "" {
			t.Errorf("%s%s was asked with Referer %s, want none", r.Host, r.URL.Path, ref)
		}
		scheme := "http://"
		if r.TLS != nil {
			scheme = "https://"
		}
		if to, ok := moves[scheme+r.Host+r.URL.Path]; ok {
			http.Redirect(w, r, to, http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Titre : Chez " + r.Host + "\n"))
	})
	secure, plain := httptest.NewTLSServer(h), httptest.NewServer(h)
	t.Cleanup(secure.Close)
	t.Cleanup(plain.Close)
	client := quick(time.Second)
	trust(client, secure)
	tls, http := strings.TrimPrefix(secure.URL, "https://"), strings.TrimPrefix(plain.URL, "http://")
	return client, onLoopback(client, map[string]string{
		"pads.example.com:443": tls, "notes.example.com:443": tls,
		"pads.example.com:80": http, "pads.example.net:80": http,
	})
}

const export = "/p/atelier/export/txt"

// TestExportRedirectsFollowed follows a pad's export to its https upgrade,
// to another host of its site, and to a server the run allows.
func TestExportRedirectsFollowed(t *testing.T) {
	for _, tc := range []struct{ from, to, allow, want string }{
		{"http://pads.example.com", "https://pads.example.com", "", "Titre : Chez pads.example.com\n"},
		{"https://pads.example.com", "https://notes.example.com", "", "Titre : Chez notes.example.com\n"},
		{"http://pads.example.com", "http://pads.example.net", "pads.example.net", "Titre : Chez pads.example.net\n"},
	} {
		client, _ := padSite(t, map[string]string{tc.from + export: tc.to + export})
		reach, err := Reach([]string{tc.from + "/p/atelier"}, strings.Fields(tc.allow))
		if err != nil {
			t.Fatal(err)
		}
		p, _ := ParseURL(tc.from + "/p/atelier")
		text, err := client.WithReach(reach).Text(context.Background(), p)
		if err != nil || text != tc.want {
			t.Errorf("%s redirected to %s: Text = %q, %v; want %q", tc.from, tc.to, text, err, tc.want)
		}
	}
}

// TestExportRedirectsRefused stops at a redirect to another site, to an
// IP address (a cloud's metadata address among them), from https to http,
// or to another port: the message names where, and how to allow it.
func TestExportRedirectsRefused(t *testing.T) {
	for _, tc := range []struct{ from, to, allow string }{
		{"https://pads.example.com", "http://pads.example.net" + export, "pads.example.net"},
		{"http://pads.example.com", "http://169.254.169.254/latest/meta-data/", "169.254.169.254"},
		{"http://pads.example.com", "http://127.0.0.1:1" + export, "127.0.0.1:1"},
		{"https://pads.example.com", "http://pads.example.com" + export, "pads.example.com"},
		{"http://pads.example.com", "http://pads.example.com:8080" + export, "pads.example.com:8080"},
		{"https://pads.example.com", "https://notes.example.com:8443" + export, "notes.example.com:8443"},
	} {
		client, n := padSite(t, map[string]string{tc.from + export: tc.to})
		p, _ := ParseURL(tc.from + "/p/atelier")
		text, err := client.Text(context.Background(), p)
		var re *RedirectError
		if !errors.As(err, &re) || re.To != tc.to {
			t.Errorf("%s redirected to %s: Text = %q, %v; want the redirect refused", tc.from, tc.to, text, err)
			continue
		}
		wantIn(t, err, "redirects to "+tc.to, "add --allow-host "+tc.allow)
		if u, _ := url.Parse(tc.to); n.reached(u.Host) || n.reached(u.Host+":80") {
			t.Errorf("%s was reached", u.Host)
		}
	}
}

// TestFollows is the redirect policy of public exports, case by case.
func TestFollows(t *testing.T) {
	reach := Origins{}
	if err := reach.AllowHost("allowed.example.net"); err != nil {
		t.Fatal(err)
	}
	client := New("padlint-test", time.Second).WithReach(reach)
	for _, tc := range []struct {
		from, to string
		want     bool
	}{
		{"https://pads.example.org/p/a", "https://pads.example.org/p/b", true},
		{"https://pads.example.org/p/a", "https://PADS.example.org:443/p/b", true},
		{"http://pads.example.org/p/a", "https://pads.example.org/p/a", true},
		{"http://pads.example.org:8080/p/a", "https://pads.example.org/p/a", true},
		{"https://pads.example.org/p/a", "https://notes.example.org/p/a", true},
		{"https://a.pads.example.org/p/a", "https://example.org/p/a", true},
		{"http://pads.example.org:8080/p/a", "http://notes.example.org:8080/p/a", true},
		{"https://pads.example.org/p/a", "http://allowed.example.net/p/a", true},
		{"https://pads.example.org/p/a", "https://allowed.example.net/p/a", true},
		{"https://pads.example.org/p/a", "http://pads.example.org/p/a", false},
		{"https://pads.example.org/p/a", "http://notes.example.org/p/a", false},
		{"https://pads.example.org/p/a", "https://pads.example.org:8443/p/a", false},
		{"https://pads.example.org/p/a", "https://notes.example.org:8443/p/a", false},
		{"https://pads.example.org/p/a", "https://allowed.example.net:8443/p/a", false},
		{"https://pads.example.org/p/a", "https://pads.example.net/p/a", false},
		{"https://a.github.io/p/a", "https://b.github.io/p/a", false},
		{"https://pads.example.org/p/a", "http://169.254.169.254/", false},
		{"https://pads.example.org/p/a", "https://[::1]/p/a", false},
		{"http://127.0.0.1:8080/p/a", "http://127.0.0.1:9090/p/a", false},
		{"http://10.0.0.1/p/a", "http://10.0.0.2/p/a", false},
		{"http://10.0.0.1/p/a", "http://evil.0.1/p/a", false},
	} {
		from, _ := url.Parse(tc.from)
		to, _ := url.Parse(tc.to)
		if got := client.follows(from, to); got != tc.want {
			t.Errorf("follows(%s, %s) = %t, want %t", tc.from, tc.to, got, tc.want)
		}
	}
}

// TestRedirectShownShort shows a redirect to a long address cut short.
func TestRedirectShownShort(t *testing.T) {
	to := "https://pads.example.net/" + strings.Repeat("é", 500)
	msg := (&RedirectError{From: "https://pads.example.com/p/a", To: to, Next: "add --allow-host pads.example.net"}).Error()
	if len(msg) > 400 || !strings.Contains(msg, "https://pads.example.net/éé") || !strings.HasSuffix(msg, "…: add --allow-host pads.example.net") || !utf8.ValidString(msg) {
		t.Errorf("Error() = %q, want the address cut to 200 bytes of valid UTF-8", msg)
	}
}
