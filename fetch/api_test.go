package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/pad"
)

const secret = "s3cr3t-0123456789abcdef"

// fakeAPI starts a server that answers GET /api as Etherpad does and hands
// the calls of its functions to h. It returns a pad on it and a client
// holding the key (or the OAuth2 client, when oauth).
func fakeAPI(t *testing.T, oauth bool, h http.HandlerFunc) (*Client, Pad) {
	t.Helper()
	srv := httptest.NewServer(apiMux(h))
	t.Cleanup(srv.Close)
	p, _ := ParseURL(srv.URL + "/p/atelier")
	creds := Credentials{Origin: p.Server, APIKey: secret}
	if oauth {
		creds = Credentials{Origin: p.Server, ClientID: "padlint", ClientSecret: secret}
	}
	return quick(time.Second).WithCredentials(creds), p
}

// apiMux answers GET /api as Etherpad does, hands the calls of its
// functions to h, and gives OAuth2 tokens at /oidc/token.
func apiMux(h http.HandlerFunc) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"currentVersion":"1.3.0"}`)
	})
	mux.HandleFunc("/api/1.2.15/", h)
	mux.HandleFunc("/oidc/token", token)
	return mux
}

// token is an OAuth2 token endpoint, as Etherpad 2 has, that knows one
// client.
func token(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if r.PostFormValue("grant_type") != "client_credentials" || r.PostFormValue("client_id") != "padlint" || r.PostFormValue("client_secret") != secret {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"error":"invalid_client","error_description":"client authentication failed"}`)
		return
	}
	fmt.Fprint(w, `{"access_token":"jeton","token_type":"Bearer","expires_in":3600}`)
}

// getText answers getText with a pad when the call carries the key or the
// token, and as Etherpad does otherwise.
func getText(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if r.PostFormValue("apikey") != secret && r.Header.Get("Authorization") != "Bearer jeton" {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"code":4,"message":"no or wrong API Key","data":null}`)
		return
	}
	fmt.Fprintf(w, `{"code":0,"message":"ok","data":{"text":"Titre : %s\n"}}`, r.PostFormValue("padID"))
}

func TestAPIKeyInBodyOnly(t *testing.T) {
	client, p := fakeAPI(t, false, func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.String(), secret) || r.URL.Path != "/api/1.2.15/getText" {
			t.Errorf("the key or a wrong function in the address: %s", r.URL)
		}
		getText(w, r)
	})
	text, err := client.Text(context.Background(), p)
	if err != nil || text != "Titre : atelier\n" {
		t.Errorf("Text = %q, %v; want the pad through the API", text, err)
	}
}

func TestOAuthClient(t *testing.T) {
	client, p := fakeAPI(t, true, getText)
	text, err := client.Text(context.Background(), p)
	if err != nil || text != "Titre : atelier\n" {
		t.Errorf("Text = %q, %v; want the pad through the API, with a token", text, err)
	}
}

func TestOAuthClientRefused(t *testing.T) {
	client, p := fakeAPI(t, true, getText)
	client.creds.ClientSecret = "pas-le-bon-secret"
	_, err := client.Text(context.Background(), p)
	wantIn(t, err, `refused the OAuth2 client "padlint" (invalid_client)`, "check its id and secret")
	if strings.Contains(err.Error(), "pas-le-bon-secret") {
		t.Errorf("the error %q shows the secret", err)
	}
}

func TestOAuthNoTokenEndpoint(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api" {
			fmt.Fprint(w, `{"currentVersion":"1.2.15"}`)
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	p, _ := ParseURL(srv.URL + "/p/atelier")
	client := quick(time.Second).WithCredentials(Credentials{Origin: p.Server, ClientID: "padlint", ClientSecret: secret})
	_, err := client.Text(context.Background(), p)
	wantIn(t, err, "has no OAuth2 token endpoint", "give its API key instead")
}

// TestKeyStaysOnItsServer checks that the key follows no redirect: not
// from the API to elsewhere, not from GET /api to another host.
func TestKeyStaysOnItsServer(t *testing.T) {
	var leaked atomic.Bool
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.RawQuery, secret) || r.PostFormValue("apikey") == secret {
			leaked.Store(true)
		}
		getText(w, r)
	}))
	defer elsewhere.Close()
	client, p := fakeAPI(t, false, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, elsewhere.URL+r.URL.Path, http.StatusTemporaryRedirect)
	})
	_, err := client.Text(context.Background(), p)
	wantIn(t, err, "sends its API elsewhere (307 Temporary Redirect")

	moved := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, elsewhere.URL+"/api", http.StatusMovedPermanently)
	}))
	defer moved.Close()
	q, _ := ParseURL(moved.URL + "/p/atelier")
	client = quick(time.Second).WithCredentials(Credentials{Origin: q.Server, APIKey: secret})
	_, err = client.Text(context.Background(), q)
	wantIn(t, err, q.Server+"/api redirects to "+elsewhere.URL+"/api", "sends the key to "+q.Server+" only")
	if leaked.Load() {
		t.Error("the key reached another server")
	}
}

func TestAPINotEtherpad(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<!doctype html><title>Bienvenue</title>")
	}))
	defer srv.Close()
	p, _ := ParseURL(srv.URL + "/p/atelier")
	client := quick(time.Second).WithCredentials(Credentials{Origin: p.Server, APIKey: secret})
	_, err := client.Text(context.Background(), p)
	wantIn(t, err, "not the API's JSON: is it an Etherpad server?")
}

func TestAPIInternalErrorTriedAgain(t *testing.T) {
	var calls atomic.Int32
	client, p := fakeAPI(t, false, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"code":2,"message":"internal error","data":null}`)
			return
		}
		getText(w, r)
	})
	text, err := client.Text(context.Background(), p)
	if err != nil || text != "Titre : atelier\n" || calls.Load() != 2 {
		t.Errorf("Text = %q, %v after %d calls; want the pad at the second", text, err, calls.Load())
	}
}

// TestAPISecretsRedacted checks that a server echoing the key in its
// answer does not get it shown.
func TestAPISecretsRedacted(t *testing.T) {
	client, p := fakeAPI(t, false, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"code":1,"message":"bad key %s","data":null}`, r.PostFormValue("apikey"))
	})
	_, err := client.Text(context.Background(), p)
	if err == nil || strings.Contains(err.Error(), secret) || !strings.Contains(err.Error(), "[secret]") {
		t.Errorf("error %v, want the key hidden", err)
	}
}

func TestAPIOlderServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api":
			fmt.Fprint(w, `{"currentVersion":"1.2.13"}`)
		case "/api/1.2.13/getText":
			getText(w, r)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	p, _ := ParseURL(srv.URL + "/p/atelier")
	client := quick(time.Second).WithCredentials(Credentials{Origin: p.Server, APIKey: secret})
	if text, err := client.Text(context.Background(), p); err != nil || text != "Titre : atelier\n" {
		t.Errorf("Text = %q, %v; want the pad through API 1.2.13", text, err)
	}
}

// TestExportsPaced asks for more exports than the pace lets through at
// once: the others wait their turn.
func TestExportsPaced(t *testing.T) {
	var times []time.Time
	p := serve(t, func(w http.ResponseWriter, r *http.Request) {
		times = append(times, time.Now())
		fmt.Fprint(w, "Titre : Atelier\n")
	})
	client := quick(time.Second)
	client.pace = pace{burst: 2, each: 300 * time.Millisecond}
	for range 4 {
		if _, err := client.Text(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	if gap := times[3].Sub(times[0]); gap < 500*time.Millisecond {
		t.Errorf("4 exports in %s, want at least 2 × 300ms after the first 2", gap)
	}
}

// TestPerHostBound checks that no more than PerHost requests reach one
// server at once.
func TestPerHostBound(t *testing.T) {
	var now, most atomic.Int32
	client, p := fakeAPI(t, false, func(w http.ResponseWriter, r *http.Request) {
		n := now.Add(1)
		defer now.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(20 * time.Millisecond)
		getText(w, r)
	})
	done := make(chan error)
	for range 3 * PerHost {
		go func() { _, err := client.Text(context.Background(), p); done <- err }()
	}
	for range 3 * PerHost {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if most.Load() > PerHost || most.Load() < 2 {
		t.Errorf("%d requests at once, want between 2 and %d", most.Load(), PerHost)
	}
}

func TestAPINoSuchFunction(t *testing.T) {
	client, p := fakeAPI(t, false, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"code":3,"message":"no such function","data":null}`)
	})
	_, err := client.Text(context.Background(), p)
	wantIn(t, err, "has no API function getText: padlint needs Etherpad 1.8 or newer")
}

func TestAPITooLarge(t *testing.T) {
	client, p := fakeAPI(t, false, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"code":0,"message":"ok","data":{"text":"`)
		line := strings.Repeat("x", 1<<20)
		for range pad.MaxSize>>20 + 1 {
			fmt.Fprint(w, line)
		}
		fmt.Fprint(w, `"}}`)
	})
	client.timeout = time.Minute // 65 MB to read, with the race detector on
	_, err := client.Text(context.Background(), p)
	wantIn(t, err, "too large for a pad")
}

// listing answers listAllPads, getRevisionsCount and getLastEdited as
// Etherpad does, to a call that carries the key.
func listing(t *testing.T) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.PostFormValue("apikey") != secret {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"code":4,"message":"no or wrong API Key","data":null}`)
			return
		}
		switch fn, name := strings.TrimPrefix(r.URL.Path, "/api/1.2.15/"), r.PostFormValue("padID"); {
		case fn == "listAllPads" && name == "":
			fmt.Fprint(w, `{"code":0,"message":"ok","data":{"padIDs":["atelier","g.x$groupe","r.lecture"]}}`)
		case fn == "getRevisionsCount" && name == "atelier":
			fmt.Fprint(w, `{"code":0,"message":"ok","data":{"revisions":42}}`)
		case fn == "getLastEdited" && name == "atelier":
			fmt.Fprint(w, `{"code":0,"message":"ok","data":{"lastEdited":1762000000123}}`)
		case name != "atelier":
			fmt.Fprint(w, `{"code":1,"message":"padID does not exist","data":null}`)
		default:
			t.Errorf("unexpected call %s of %q", fn, name)
		}
	}
}

func TestPads(t *testing.T) {
	client, p := fakeAPI(t, false, listing(t))
	pads, err := client.Pads(context.Background(), p.Server)
	if err != nil {
		t.Fatal(err)
	}
	want := []Pad{{Etherpad, p.Server, "atelier"}, {Etherpad, p.Server, "g.x$groupe"}, {Etherpad, p.Server, "r.lecture"}}
	if diff := cmp.Diff(want, pads); diff != "" {
		t.Errorf("Pads (-want +got):\n%s", diff)
	}
}

func TestRevisionsAndEdited(t *testing.T) {
	client, p := fakeAPI(t, false, listing(t))
	revisions, err := client.Revisions(context.Background(), p)
	if err != nil || revisions != 42 {
		t.Errorf("Revisions = %d, %v; want 42", revisions, err)
	}
	edited, err := client.Edited(context.Background(), p)
	if want := time.UnixMilli(1762000000123); err != nil || !edited.Equal(want) {
		t.Errorf("Edited = %s, %v; want %s", edited, err, want)
	}
	p.Name = "absent"
	_, err = client.Revisions(context.Background(), p)
	var noPad *NoPadError
	if !errors.As(err, &noPad) || noPad.Name != "absent" {
		t.Errorf("Revisions of a missing pad: %v, want a NoPadError", err)
	}
}

// TestListingNeedsTheKey lists a server, and asks a pad's revision, with
// no key, with the wrong one, and with another server's: nothing is sent
// to a server padlint holds no key of.
func TestListingNeedsTheKey(t *testing.T) {
	client, p := fakeAPI(t, false, listing(t))
	client.creds.APIKey = "pas-la-bonne-cle"
	_, err := client.Pads(context.Background(), p.Server)
	wantIn(t, err, "refused the API key (401)")
	other := "http://" + newTrap(t).addr()
	if _, err := client.Pads(context.Background(), other); err == nil || !strings.Contains(err.Error(), "holds the API key of "+p.Server+", not of "+other) {
		t.Errorf("Pads of another server: %v, want whose key padlint holds", err)
	}
	_, err = quick(time.Second).Revisions(context.Background(), p)
	wantIn(t, err, "needs the API key of "+p.Host()+" to tell a pad's revision", "--api-key-file")
}

// TestRedactKeepsTheChain takes the key out of an error's message and
// keeps what the error wraps, for callers to tell it apart.
func TestRedactKeepsTheChain(t *testing.T) {
	client := New("padlint-test", time.Second).WithCredentials(Credentials{APIKey: secret})
	err := client.redact(fmt.Errorf("the server echoed %s: %w", secret, &NoPadError{Name: "atelier", Host: "pad.example.org"}))
	var noPad *NoPadError
	if !errors.As(err, &noPad) || strings.Contains(err.Error(), secret) || !strings.Contains(err.Error(), "the server echoed [secret]") {
		t.Errorf("redact = %q (a NoPadError inside: %t), want the key hidden and the NoPadError kept", err, noPad != nil)
	}
}
