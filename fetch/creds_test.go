package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// keyedTLS starts an Etherpad API over TLS, known as pads.example.com on
// port 443, with a trap on its port 80, and returns a client holding the
// key of https://pads.example.com, the names it dials, and the trap.
func keyedTLS(t *testing.T, mux *http.ServeMux) (*Client, *names, *trap) {
	t.Helper()
	srv := httptest.NewTLSServer(mux)
	t.Cleanup(srv.Close)
	tr := newTrap(t)
	client := quick(time.Second).WithCredentials(Credentials{Origin: "https://pads.example.com", APIKey: secret})
	trust(client, srv)
	n := onLoopback(client, map[string]string{
		"pads.example.com:443": strings.TrimPrefix(srv.URL, "https://"),
		"pads.example.com:80":  tr.addr(),
	})
	return client, n, tr
}

// TestKeyBoundToOrigin reads pads of one host on two servers, https and
// http: the key goes to the https one only, the http one is read by its
// public export.
func TestKeyBoundToOrigin(t *testing.T) {
	client, _, tr := keyedTLS(t, apiMux(getText))
	secure, _ := ParseURL("https://pads.example.com/p/atelier")
	plain, _ := ParseURL("http://pads.example.com/p/atelier")
	if text, err := client.Text(context.Background(), secure); err != nil || text != "Titre : atelier\n" {
		t.Errorf("Text(%s) = %q, %v; want the pad through the API", secure.URL(), text, err)
	}
	if text, err := client.Text(context.Background(), plain); err != nil || text != "Titre : Public\n" {
		t.Errorf("Text(%s) = %q, %v; want the pad's public export", plain.URL(), text, err)
	}
	requests, leaked := tr.seen()
	if leaked || strings.Join(requests, ",") != "GET /p/atelier/export/txt" {
		t.Errorf("the http server had %v, a secret: %t; want the public export alone", requests, leaked)
	}
	_, err := client.Edited(context.Background(), plain)
	wantIn(t, err, "holds the API key of https://pads.example.com, not of http://pads.example.com")
}

// TestKeyNotForOtherPorts checks that a server is its scheme, host and
// port: the key of https://pads.example.com is not that of port 8443, and
// the default port written out is the same server.
func TestKeyNotForOtherPorts(t *testing.T) {
	client := New("padlint-test", time.Second).WithCredentials(Credentials{Origin: "https://Pads.Example.com/", APIKey: secret})
	for address, want := range map[string]bool{
		"https://pads.example.com/p/a":       true,
		"https://pads.example.com:443/p/a":   true,
		"https://PADS.example.com/pad/p/a":   true,
		"https://pads.example.com:8443/p/a":  false,
		"http://pads.example.com:443/p/a":    false,
		"http://pads.example.com/p/a":        false,
		"https://pads.example.com.evil/p/a":  false,
		"https://other.pads.example.com/p/a": false,
	} {
		p, err := ParseURL(address)
		if err != nil {
			t.Fatal(err)
		}
		if got := client.UsesAPI(p); got != want {
			t.Errorf("UsesAPI(%s) = %t, want %t", address, got, want)
		}
	}
}

// TestDiscoveryStaysOnServer answers GET /api with a redirect to another
// scheme or port of the same host: padlint stops there, says what to
// check, and the key goes nowhere.
func TestDiscoveryStaysOnServer(t *testing.T) {
	for _, to := range []string{"http://pads.example.com/api", "https://pads.example.com:8443/api"} {
		mux := http.NewServeMux()
		mux.HandleFunc("/api", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, to, http.StatusMovedPermanently)
		})
		mux.HandleFunc("/api/", getText)
		client, n, tr := keyedTLS(t, mux)
		p, _ := ParseURL("https://pads.example.com/p/atelier")
		_, err := client.Text(context.Background(), p)
		var re *RedirectError
		if !errors.As(err, &re) || re.To != to {
			t.Fatalf("Text = %v, want a redirect to %s refused", err, to)
		}
		wantIn(t, err, "https://pads.example.com/api redirects to "+to, "sends the key to https://pads.example.com only", "check the server's address")
		if requests, leaked := tr.seen(); len(requests) > 0 || leaked || n.reached("pads.example.com:8443") {
			t.Errorf("redirected to %s: the other server had %v, a secret: %t; want nothing", to, requests, leaked)
		}
	}
}

// TestTokenFollowsNoRedirect answers the OAuth2 token request with a
// redirect to another port: the secret is not sent again there, no token
// is taken from there, and the error says so.
func TestTokenFollowsNoRedirect(t *testing.T) {
	for _, status := range []int{http.StatusTemporaryRedirect, http.StatusFound} {
		tr := newTrap(t)
		mux := http.NewServeMux()
		mux.Handle("/api", apiMux(getText))
		mux.Handle("/api/", apiMux(getText))
		mux.HandleFunc("/oidc/token", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, tr.URL+"/oidc/token", status)
		})
		srv := httptest.NewTLSServer(mux)
		t.Cleanup(srv.Close)
		p, _ := ParseURL(srv.URL + "/p/atelier")
		client := quick(time.Second).WithCredentials(Credentials{Origin: p.Server, ClientID: "padlint", ClientSecret: secret})
		trust(client, srv)
		_, err := client.Text(context.Background(), p)
		if requests, leaked := tr.seen(); len(requests) > 0 || leaked {
			t.Errorf("%d: the other port had %v, a secret: %t; want nothing", status, requests, leaked)
		}
		if err == nil {
			t.Fatalf("%d: Text read the pad, want the token's redirect refused", status)
		}
		wantIn(t, err, fmt.Sprintf("%s/oidc/token redirects to %s/oidc/token", srv.URL, tr.URL), "sends the OAuth2 client's secret to "+srv.URL+" only")
	}
}
