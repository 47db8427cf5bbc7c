package fetch

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/padlint/padlint/pad"
	"golang.org/x/oauth2"
)

// APIVersion is the version of Etherpad's HTTP API that padlint speaks: the
// newest of Etherpad 1.8, which Etherpad 2 still serves.
const APIVersion = "1.2.15"

// api is the HTTP API of one Etherpad server.
type api struct {
	base   string             // where its functions are: https://HOST/mount/api/1.2.15/
	tokens oauth2.TokenSource // the OAuth2 tokens it wants, or nil for the key
}

// call calls function fn of the API of server, for pad name (none when
// ""), and decodes its data into out.
func (c *Client) call(ctx context.Context, server, fn, name string, out any) error {
	a, err := c.found(ctx, server)
	if err != nil {
		return err
	}
	form := url.Values{}
	if name != "" {
		form.Set("padID", name)
	}
	req, err := c.apiRequest(a, fn, form)
	if err != nil {
		return err
	}
	return c.send(ctx, req, c.api, false, func(resp *http.Response) error {
		return c.decode(resp, fn, name, out)
	})
}

// apiRequest posts the form with the key, never in the address where
// logs would keep it, or with an OAuth2 token.
func (c *Client) apiRequest(a *api, fn string, form url.Values) (*http.Request, error) {
	if a.tokens == nil {
		form.Set("apikey", c.creds.APIKey)
	}
	req, err := http.NewRequest(http.MethodPost, a.base+fn, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if a.tokens != nil {
		token, err := a.tokens.Token()
		if err != nil {
			return nil, c.tokenRefused(req.URL.Host, err)
		}
		token.SetAuthHeader(req)
	}
	return req, nil
}

// answer is the envelope of every answer of the API.
type answer struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data"`
}

// decode reads an answer of the API and says what went wrong, if anything.
func (c *Client) decode(resp *http.Response, fn, name string, out any) error {
	host := resp.Request.URL.Host
	if resp.StatusCode >= 300 && resp.StatusCode < 400 {
		return fmt.Errorf("%s sends its API elsewhere (%s to %s): name the pads by the address it sends to", host, resp.Status, resp.Header.Get("Location"))
	}
	body, err := readCapped(resp.Body, host, c.timeout, 2*pad.MaxSize)
	if err != nil {
		return err
	}
	var a answer
	if err := json.Unmarshal(body, &a); err != nil {
		return notAPI(host, fn, resp)
	}
	if err := a.err(host, fn, name, resp.StatusCode); err != nil {
		return err
	}
	if err := json.Unmarshal(a.Data, out); err != nil {
		return fmt.Errorf("%s answered %s with data padlint cannot read: %w", host, fn, err)
	}
	return nil
}

// err turns the code of an answer into an error that says what to do.
func (a answer) err(host, fn, name string, status int) error {
	switch {
	case a.Code == 0:
		return nil
	case a.Code == 1 && a.Message == "padID does not exist":
		return &NoPadError{Name: name, Host: host}
	case a.Code == 2:
		return transient{error: fmt.Errorf("%s failed on %s (internal error): try again later", host, fn)}
	case a.Code == 3:
		return fmt.Errorf("%s has no API function %s: padlint needs Etherpad 1.8 or newer", host, fn)
	case a.Code == 4 || status == http.StatusUnauthorized:
		return fmt.Errorf("%s refused the API key (%d): check the key given to padlint (APIKEY.txt on the server); an Etherpad 2 server may want an OAuth2 client instead (--oauth-client-id)", host, status)
	}
	return fmt.Errorf("%s refused %s: %q", host, fn, a.Message)
}

// notAPI explains an answer that is not the API's JSON.
func notAPI(host, fn string, resp *http.Response) error {
	err := fmt.Errorf("%s answered %s to %s, not the API's JSON: is it an Etherpad server?", host, resp.Status, fn)
	if resp.StatusCode >= 500 {
		return transient{error: err}
	}
	return err
}
