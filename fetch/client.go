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
	"strconv"
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
	backoff   time.Duration // the wait before a second try, doubled before each next one
}

const (
	maxRedirects = 5               // how many redirects a pad's address may go through
	attempts     = 3               // tries of a pad whose server fails for a moment
	maxWait      = 2 * time.Minute // the longest a server may ask to wait before a retry
)

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
		backoff:   time.Second,
	}
}

// Text fetches a pad's text as its server exports it, without a key. A
// server that fails, resets the connection, hangs or asks to slow down is
// tried again, up to 3 times, after the wait it asks for (Retry-After) or
// a growing one.
func (c *Client) Text(ctx context.Context, p Pad) (string, error) {
	for try := 1; ; try++ {
		text, err := c.text(ctx, p)
		var t transient
		switch {
		case err == nil || !errors.As(err, &t):
			return text, err
		case try == attempts:
			return "", fmt.Errorf("%w (tried %d times)", err, attempts)
		}
		if err := sleep(ctx, c.wait(try, t.after)); err != nil {
			return "", err
		}
	}
}

// transient is a failure worth another try.
type transient struct {
	error
	after time.Duration // the wait the server asked for, if any
}

func (t transient) Unwrap() error { return t.error }

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

func (c *Client) text(ctx context.Context, p Pad) (string, error) {
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
		return slowDown(host, resp.Header.Get("Retry-After"))
	case code >= 500:
		return transient{error: fmt.Errorf("%s failed to send the pad (%s): try again later", host, resp.Status)}
	default:
		return fmt.Errorf("%s answered %s instead of the pad", host, resp.Status)
	}
}

// slowDown is the answer of a server that limits requests (Etherpad's
// exports: 10 in 90 s by default), with the wait it asks for.
func slowDown(host, retryAfter string) error {
	err := fmt.Errorf("%s asks to slow down (429 Too Many Requests)", host)
	after := time.Duration(0)
	if s, perr := strconv.Atoi(retryAfter); perr == nil && s >= 0 {
		after = time.Duration(s) * time.Second
	} else if t, perr := http.ParseTime(retryAfter); perr == nil {
		after = max(time.Until(t), time.Second)
	}
	if after > maxWait {
		return fmt.Errorf("%w: it asks to wait %s", err, after.Round(time.Second))
	}
	return transient{error: err, after: after}
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
		return "", transient{error: fmt.Errorf("%s was still sending the pad after %s", host, timeout)}
	case err != nil:
		return "", transient{error: fmt.Errorf("the pad came cut short (%w)", err)}
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
	case errors.Is(err, context.Canceled):
		return err
	case errors.Is(err, context.DeadlineExceeded) || os.IsTimeout(err):
		return transient{error: fmt.Errorf("%s did not answer within %s", host, c.timeout)}
	case errors.As(err, &dns):
		return fmt.Errorf("no server named %s (check the address)", dns.Name)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Errorf("%s refuses connections: is the pad server running?", host)
	case errors.Is(err, syscall.ECONNRESET):
		return transient{error: fmt.Errorf("%s closed the connection", host)}
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	return fmt.Errorf("cannot reach %s: %w", host, err)
}
