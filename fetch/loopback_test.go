package fetch

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
)

// names stands for the resolver in these tests: it maps the names of
// servers, on their ports (pads.example.com:443), to loopback listeners,
// so that servers are named as people name them, on the default ports,
// and nothing but loopback is ever dialed.
type names struct {
	mu     sync.Mutex
	addrs  map[string]string // host:port → 127.0.0.1:port
	dialed []string
}

// onLoopback makes c dial the listeners of addrs, and only them.
func onLoopback(c *Client, addrs map[string]string) *names {
	n := &names{addrs: addrs}
	c.http.Transport.(*http.Transport).DialContext = n.dial
	return n
}

func (n *names) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	n.mu.Lock()
	n.dialed = append(n.dialed, addr)
	target, ok := n.addrs[addr]
	n.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("no server %s in this test", addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, target)
}

// reached tells whether c dialed addr.
func (n *names) reached(addr string) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Contains(n.dialed, addr)
}

// trust makes c trust the certificate of the TLS server srv, as it trusts
// the servers of the web.
func trust(c *Client, srv *httptest.Server) {
	c.http.Transport.(*http.Transport).TLSClientConfig = srv.Client().Transport.(*http.Transport).TLSClientConfig.Clone()
}

// trap is a server that no key, OAuth2 secret or token should reach. It
// answers as an Etherpad would, to lure them: its API, its token endpoint,
// its public exports.
type trap struct {
	*httptest.Server
	mu       sync.Mutex
	requests []string // method and path
	leaked   bool
}

func newTrap(t *testing.T) *trap {
	tr := &trap{}
	tr.Server = httptest.NewServer(http.HandlerFunc(tr.serve))
	t.Cleanup(tr.Close)
	return tr
}

func (tr *trap) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tr.mu.Lock()
	tr.requests = append(tr.requests, r.Method+" "+r.URL.Path)
	tr.leaked = tr.leaked || strings.Contains(string(body)+r.URL.String(), secret) || r.Header.Get("Authorization") != ""
	tr.mu.Unlock()
	switch {
	case r.URL.Path == "/api":
		fmt.Fprint(w, `{"currentVersion":"1.2.15"}`)
	case r.URL.Path == "/oidc/token":
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"access_token":"piege","token_type":"Bearer","expires_in":3600}`)
	case strings.HasPrefix(r.URL.Path, "/api/"):
		fmt.Fprint(w, `{"code":0,"message":"ok","data":{"text":"Titre : Piège\n"}}`)
	default:
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Titre : Public\n")
	}
}

// seen returns the requests the trap had, and whether a secret came.
func (tr *trap) seen() ([]string, bool) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return slices.Clone(tr.requests), tr.leaked
}

// addr returns the trap's address, 127.0.0.1:PORT.
func (tr *trap) addr() string {
	return strings.TrimPrefix(tr.URL, "http://")
}
