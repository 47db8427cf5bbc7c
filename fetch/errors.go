package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"
)

// NoPadError is the answer of a server that has no pad of that name.
type NoPadError struct {
	Name string
	Host string
}

func (e *NoPadError) Error() string {
	return fmt.Sprintf("no pad %q on %s", e.Name, e.Host)
}

// transient is a failure worth another try.
type transient struct {
	error
	after time.Duration // the wait the server asked for, if any
}

func (t transient) Unwrap() error { return t.error }

// explain says why a server could not be reached, in a user's words.
func (c *Client) explain(host string, err error) error {
	var dns *net.DNSError
	var redirect *RedirectError
	switch {
	case errors.Is(err, context.Canceled):
		return err
	case errors.As(err, &redirect):
		return redirect
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

// redact takes the client's secrets out of an error, should a server or a
// library have put one in it.
func (c *Client) redact(err error) error {
	if err == nil || c.creds == nil {
		return err
	}
	msg := err.Error()
	for _, secret := range []string{c.creds.APIKey, c.creds.ClientSecret} {
		if secret != "" {
			msg = strings.ReplaceAll(msg, secret, "[secret]")
		}
	}
	if msg == err.Error() {
		return err
	}
	return &redacted{msg: msg, err: err}
}

// redacted is an error with the client's secrets taken out of its
// message; what it wraps is still there for callers to tell it apart.
type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }

func (r *redacted) Unwrap() error { return r.err }
