package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Client fetches pads over HTTP, politely: a few requests at a time to one
// server, public exports paced under Etherpad's limit, and the API used
// instead when the client holds the server's key.
type Client struct {
	http      *http.Client // follows redirects as far as exportRedirect allows
	discovery *http.Client // follows redirects within the server only
	api       *http.Client // follows none: the key goes where it was meant to
	userAgent string
	timeout   time.Duration
	backoff   time.Duration // the wait before a second try, doubled before each next one
	pace      pace          // how fast public exports may be asked of one server
	creds     *Credentials
	reach     Origins // the servers the run reads from, which redirects may lead to

	mu    sync.Mutex
	gates map[string]*gate // by host
	apis  map[string]*api  // by server, once found
}

const (
	maxRedirects = 5               // how many redirects a pad's address may go through
	attempts     = 3               // tries of a pad whose server fails for a moment
	maxWait      = 2 * time.Minute // the longest a server may ask to wait before a retry
	// PerHost is how many requests padlint makes at once to one server.
	PerHost = 8
)

// New returns a client that introduces itself as agent (such as
// "padlint/1.0") and gives up on a request that takes longer than timeout.
func New(agent string, timeout time.Duration) *Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = PerHost
	c := &Client{
		discovery: &http.Client{Transport: transport, CheckRedirect: discoveryRedirect},
		api: &http.Client{Transport: transport, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		}},
		userAgent: agent,
		timeout:   timeout,
		backoff:   time.Second,
		pace:      etherpadPace,
		gates:     map[string]*gate{},
		apis:      map[string]*api{},
	}
	c.http = &http.Client{Transport: transport, CheckRedirect: c.exportRedirect}
	return c
}

// WithReach tells c the servers the run reads from (see Reach), to which
// a public export may be redirected besides its own server, and returns c.
// Call it before the first request.
func (c *Client) WithReach(o Origins) *Client {
	c.reach = o
	return c
}

// Text fetches a pad's text: through the HTTP API when the client holds
// the key of the pad's server, through its public export otherwise. A
// server that fails, resets the connection, hangs or asks to slow down is
// tried again, up to 3 times, after the wait it asks for (Retry-After) or a
// growing one.
func (c *Client) Text(ctx context.Context, p Pad) (string, error) {
	var text string
	err := c.retry(ctx, func() (err error) {
		if c.UsesAPI(p) {
			text, err = c.apiText(ctx, p)
		} else {
			text, err = c.export(ctx, p)
		}
		return err
	})
	return text, c.redact(err)
}

// Edited tells when pad p was last edited, through the server's API: a pad
// not edited since it was last fetched need not be fetched again.
func (c *Client) Edited(ctx context.Context, p Pad) (time.Time, error) {
	if !c.UsesAPI(p) {
		return time.Time{}, c.needKey(p.Server, "to tell when a pad was last edited")
	}
	var data struct {
		LastEdited int64 `json:"lastEdited"`
	}
	err := c.retry(ctx, func() error { return c.call(ctx, p.Server, "getLastEdited", p.Name, &data) })
	return time.UnixMilli(data.LastEdited), c.redact(err)
}

// Revisions returns how many revisions pad p has, through the API.
func (c *Client) Revisions(ctx context.Context, p Pad) (int, error) {
	if !c.UsesAPI(p) {
		return 0, c.needKey(p.Server, "to tell a pad's revision")
	}
	var data struct {
		Revisions int `json:"revisions"`
	}
	err := c.retry(ctx, func() error { return c.call(ctx, p.Server, "getRevisionsCount", p.Name, &data) })
	return data.Revisions, c.redact(err)
}

// Pads lists every pad of an Etherpad server, through its API.
func (c *Client) Pads(ctx context.Context, server string) ([]Pad, error) {
	if !c.holdsKey(server) {
		return nil, c.needKey(server, "to list every pad of a server")
	}
	var data struct {
		PadIDs []string `json:"padIDs"`
	}
	err := c.retry(ctx, func() error { return c.call(ctx, server, "listAllPads", "", &data) })
	pads := make([]Pad, len(data.PadIDs))
	for i, name := range data.PadIDs {
		pads[i] = Pad{Kind: Etherpad, Server: server, Name: name}
	}
	return pads, c.redact(err)
}

// UsesAPI tells whether pad p is read through its server's API, which
// also tells when it was edited and its revision: an
// Etherpad pad, named by its own name (not a read-only id), on the server
// the client holds the key of.
func (c *Client) UsesAPI(p Pad) bool {
	return p.Kind == Etherpad && !strings.HasPrefix(p.Name, "r.") && c.holdsKey(p.Server)
}

func (c *Client) holdsKey(server string) bool {
	return c.creds != nil && c.creds.Origin != "" && Origin(server) == c.creds.Origin
}

func (c *Client) needKey(server, why string) error {
	if c.creds != nil {
		other := shown(Origin(server))
		return fmt.Errorf("padlint holds the API key of %s, not of %s: it needs %s's key %s", shown(c.creds.Origin), other, other, why)
	}
	host := hostOf(server)
	return fmt.Errorf("padlint needs the API key of %s %s: give it with --api-key-file FILE or PADLINT_API_KEY", host, why)
}

// retry calls try until it succeeds, fails for good, or has failed
// attempts times for a moment.
func (c *Client) retry(ctx context.Context, try func() error) error {
	for n := 1; ; n++ {
		err := try()
		var t transient
		switch {
		case err == nil || !errors.As(err, &t):
			return err
		case n == attempts:
			return fmt.Errorf("%w (tried %d times)", err, attempts)
		}
		if err := sleep(ctx, c.wait(n, t.after)); err != nil {
			return err
		}
	}
}

// wait is how long to wait before try+1: what the server asked for, or a
// backoff that doubles at each try.
func (c *Client) wait(try int, after time.Duration) time.Duration {
	if after > 0 {
		return after
	}
	return c.backoff << (try - 1)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// send makes one request to a server, when the server's gate lets it
// through, within the client's timeout, and hands the answer to read.
func (c *Client) send(ctx context.Context, req *http.Request, via *http.Client, export bool, read func(*http.Response) error) error {
	leave, err := c.gate(req.URL.Host).enter(ctx, export)
	if err != nil {
		return err
	}
	defer leave()
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req.Header.Set("User-Agent", c.userAgent)
	resp, err := via.Do(req.WithContext(ctx))
	if err != nil {
		return c.explain(req.URL.Host, err)
	}
	defer resp.Body.Close()
	return read(resp)
}

func hostOf(server string) string {
	if u, err := url.Parse(server); err == nil && u.Host != "" {
		return u.Host
	}
	return server
}
