package fetch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/padlint/padlint/pad"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Credentials open the HTTP API of one Etherpad server: its API key, or an
// OAuth2 client for the Etherpad 2 servers that want one.
type Credentials struct {
	Origin       string // the server's origin (see Origin): they are sent to no other
	APIKey       string
	ClientID     string // an OAuth2 client, with its secret, used instead of the key
	ClientSecret string
}

// WithCredentials makes c read the pads of the server at cr.Origin (an
// origin, or any address on that server) through its API, and returns c.
func (c *Client) WithCredentials(cr Credentials) *Client {
	cr.Origin = Origin(cr.Origin)
	c.creds = &cr
	return c
}

// apiText reads a pad's text with getText, which gives what the plain-text
// export gives.
func (c *Client) apiText(ctx context.Context, p Pad) (string, error) {
	var data struct {
		Text string `json:"text"`
	}
	if err := c.call(ctx, p.Server, "getText", p.Name, &data); err != nil {
		return "", err
	}
	if len(data.Text) > pad.MaxSize {
		return "", errTooLarge
	}
	return data.Text, nil
}

// found returns the API of server, asked for once.
func (c *Client) found(ctx context.Context, server string) (*api, error) {
	c.mu.Lock()
	a := c.apis[server]
	c.mu.Unlock()
	if a != nil {
		return a, nil
	}
	a, err := c.discover(ctx, server)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.apis[server] = a
	c.mu.Unlock()
	return a, nil
}

// discover asks a server, with GET /api, where its API is (after any
// redirect within the server) and which version it speaks.
func (c *Client) discover(ctx context.Context, server string) (*api, error) {
	req, err := http.NewRequest(http.MethodGet, server+"/api", nil)
	if err != nil {
		return nil, err
	}
	var a *api
	err = c.send(ctx, req, c.discovery, false, func(resp *http.Response) error {
		root, version, err := c.apiRoot(resp)
		if err == nil {
			a = &api{base: root + "/api/" + version + "/", tokens: c.tokens(root)}
		}
		return err
	})
	return a, err
}

// apiRoot reads the answer to GET /api: where the server is, and the
// version of the API to speak, 1.2.15 or the server's own if older.
func (c *Client) apiRoot(resp *http.Response) (root, version string, err error) {
	host := resp.Request.URL.Host
	var v struct {
		CurrentVersion string `json:"currentVersion"`
	}
	body, err := readCapped(resp.Body, host, c.timeout, 1<<16)
	if err != nil {
		return "", "", err
	}
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &v) != nil || v.CurrentVersion == "" {
		return "", "", notAPI(host, "GET /api", resp)
	}
	version = APIVersion
	if older(v.CurrentVersion, APIVersion) {
		version = v.CurrentVersion
	}
	return strings.TrimSuffix(resp.Request.URL.Scheme+"://"+host+resp.Request.URL.Path, "/api"), version, nil
}

// older tells whether version a comes before version b (both like 1.2.15).
func older(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range min(len(as), len(bs)) {
		x, _ := strconv.Atoi(as[i])
		y, _ := strconv.Atoi(bs[i])
		if x != y {
			return x < y
		}
	}
	return len(as) < len(bs)
}

// tokens returns the OAuth2 tokens of the client's OAuth2 client, got
// from the server's token endpoint (/oidc/token on Etherpad 2), or nil
// when the client holds an API key.
func (c *Client) tokens(root string) oauth2.TokenSource {
	if c.creds.ClientID == "" {
		return nil
	}
	cfg := clientcredentials.Config{
		ClientID:     c.creds.ClientID,
		ClientSecret: c.creds.ClientSecret,
		TokenURL:     root + "/oidc/token",
		AuthStyle:    oauth2.AuthStyleInParams,
	}
	httpc := &http.Client{Transport: c.http.Transport, Timeout: c.timeout, CheckRedirect: tokenRedirect}
	return cfg.TokenSource(context.WithValue(context.Background(), oauth2.HTTPClient, httpc))
}

// tokenRefused explains why a server gave no OAuth2 token.
func (c *Client) tokenRefused(host string, err error) error {
	var re *oauth2.RetrieveError
	var redirect *RedirectError
	switch {
	case errors.As(err, &redirect):
		return redirect
	case !errors.As(err, &re):
		return fmt.Errorf("%s gave no OAuth2 token: %w", host, err)
	case re.Response != nil && re.Response.StatusCode == http.StatusNotFound:
		return fmt.Errorf("%s has no OAuth2 token endpoint (/oidc/token): give its API key instead", host)
	}
	why := "no token"
	if re.Response != nil {
		why = re.Response.Status
	}
	if re.ErrorCode != "" {
		why = re.ErrorCode
	}
	return fmt.Errorf("%s refused the OAuth2 client %q (%s): check its id and secret", host, c.creds.ClientID, why)
}
