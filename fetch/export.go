package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/padlint/padlint/pad"
)

// export reads a pad as anyone may: Etherpad's plain-text export,
// HedgeDoc's Markdown download.
func (c *Client) export(ctx context.Context, p Pad) (string, error) {
	req, err := http.NewRequest(http.MethodGet, p.TextURL(), nil)
	if err != nil {
		return "", err
	}
	var text string
	err = c.send(ctx, req, c.http, p.Kind == Etherpad, func(resp *http.Response) (err error) {
		if err := check(p, resp); err != nil {
			return err
		}
		text, err = readBody(resp.Body, resp.Request.URL.Host, c.timeout)
		return err
	})
	return text, err
}

// check turns an answer that carries no pad into an error that says why.
func check(p Pad, resp *http.Response) error {
	host := resp.Request.URL.Host
	switch code := resp.StatusCode; {
	case code == http.StatusOK:
		return checkType(host, resp.Header.Get("Content-Type"))
	case code == http.StatusNotFound:
		return &NoPadError{Name: p.Name, Host: host}
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
	data, err := readCapped(body, host, timeout, pad.MaxSize)
	if err != nil {
		return "", err
	}
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

// readCapped reads an answer of at most limit bytes.
func readCapped(body io.Reader, host string, timeout time.Duration, limit int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(body, int64(limit)+1))
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return nil, transient{error: fmt.Errorf("%s was still sending the pad after %s", host, timeout)}
	case err != nil:
		return nil, transient{error: fmt.Errorf("the pad came cut short (%w)", err)}
	case len(data) > limit:
		return nil, errTooLarge
	}
	return data, nil
}

var errTooLarge = fmt.Errorf("more than %d MB: too large for a pad", pad.MaxSize>>20)
