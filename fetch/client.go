package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"github.com/padlint/padlint/pad"
)

// Client fetches pads over HTTP.
type Client struct {
	http      *http.Client
	userAgent string
	timeout   time.Duration
}

// maxRedirects is how many redirects a pad's address may go through.
const maxRedirects = 5

// New returns a client that introduces itself as agent (such as
// "padlint/1.0") and gives up on a pad that takes longer than timeout to
// come.
func New(agent string, timeout time.Duration) *Client {
	return &Client{
		http: &http.Client{
			CheckRedirect: func(_ *http.Request, via []*http.Request) error {
				if len(via) >= maxRedirects {
					return fmt.Errorf("more than %d redirects", maxRedirects)
				}
				return nil
			},
		},
		userAgent: agent,
		timeout:   timeout,
	}
}

// Text fetches a pad's text as its server exports it, without a key.
func (c *Client) Text(ctx context.Context, p Pad) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.TextURL(), nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("User-Agent", c.userAgent)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", c.explain(p, err)
	}
	defer resp.Body.Close()
	if err := check(p, resp); err != nil {
		return "", err
	}
	return readBody(resp.Body, resp.Request.URL.Host, c.timeout)
}

// check turns an answer that carries no pad into an error that says why.
func check(p Pad, resp *http.Response) error {
	host := resp.Request.URL.Host
	switch code := resp.StatusCode; {
	case code == http.StatusOK:
		return checkType(host, resp.Header.Get("Content-Type"))
	case code == http.StatusNotFound:
		return fmt.Errorf("no pad %q on %s (404)", p.Name, host)
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		return fmt.Errorf("%s keeps this pad private (%d): it needs an account or a key", host, code)
	case code == http.StatusTooManyRequests:
		return fmt.Errorf("%s asks to slow down (429 Too Many Requests)", host)
	case code >= 500:
		return fmt.Errorf("%s failed to send the pad (%s): try again later", host, resp.Status)
	default:
		return fmt.Errorf("%s answered %s instead of the pad", host, resp.Status)
	}
}

// checkType refuses a web page where a pad's text was expected: a login
// page, or a site that is not a pad server.
func checkType(host, contentType string) error {
	media, _, err := mime.ParseMediaType(contentType)
	if contentType != "" && err == nil && (media == "text/html" || !strings.HasPrefix(media, "text/")) {
		return fmt.Errorf("%s sent %s, not a pad's text: is it an Etherpad or HedgeDoc server, and is the pad public?", host, media)
	}
	return nil
}

// readBody reads a pad's text, refusing more than pad.MaxSize.
func readBody(body io.Reader, host string, timeout time.Duration) (string, error) {
	data, err := io.ReadAll(io.LimitReader(body, pad.MaxSize+1))
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "", fmt.Errorf("%s was still sending the pad after %s: gave up", host, timeout)
	case err != nil:
		return "", fmt.Errorf("the pad came cut short (%w): try again later", err)
	case len(data) > pad.MaxSize:
		return "", fmt.Errorf("more than %d MB: too large for a pad", pad.MaxSize>>20)
	}
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

// explain says why a server could not be reached, in a user's words.
func (c *Client) explain(p Pad, err error) error {
	host := p.Server
	if u, perr := url.Parse(p.Server); perr == nil {
		host = u.Host
	}
	var dns *net.DNSError
	switch {
	case errors.Is(err, context.DeadlineExceeded) || os.IsTimeout(err):
		return fmt.Errorf("%s did not answer within %s", host, c.timeout)
	case errors.As(err, &dns):
		return fmt.Errorf("no server named %s (check the address)", dns.Name)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Errorf("%s refuses connections: is the pad server running?", host)
	case errors.Is(err, syscall.ECONNRESET):
		return fmt.Errorf("%s closed the connection: try again later", host)
	case errors.Is(err, context.Canceled):
		return err
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	return fmt.Errorf("cannot reach %s: %w", host, err)
}
