package fetch

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// RedirectError is a redirect padlint did not follow: to a server the run
// does not reach, or one a key or a secret would have gone to.
type RedirectError struct {
	From string // the address padlint asked for
	To   string // where the server sent it instead
	Next string // why padlint stopped there, and what to do
}

func (e *RedirectError) Error() string {
	return fmt.Sprintf("%s redirects to %s: %s", e.From, shorten(e.To), e.Next)
}

// shorten cuts an address a server gave, which may be of any length, to
// what a message can show.
func shorten(address string) string {
	const most = 200
	if len(address) <= most {
		return address
	}
	return strings.ToValidUTF8(address[:most], "") + "…"
}

// exportRedirect is the redirect policy of public exports: a redirect is
// followed only as far as follows allows, and tells no server where
// padlint comes from (no Referer).
func (c *Client) exportRedirect(req *http.Request, via []*http.Request) error {
	req.Header.Del("Referer")
	from := via[0].URL
	switch {
	case len(via) >= maxRedirects:
		return fmt.Errorf("more than %d redirects", maxRedirects)
	case !c.follows(from, req.URL):
		return &RedirectError{From: from.String(), To: req.URL.String(), Next: fmt.Sprintf(
			"padlint follows a redirect to another server only when allowed: to read the pad there, add --allow-host %s", allowHost(req.URL))}
	}
	return nil
}

// follows tells whether a public export asked of from may be read at to:
// on the same server, on its https upgrade, on a server the run reaches,
// or on another host of the same site (a hosted pad service moving a pad
// to another of its subdomains) on the default port or the same one, never
// from https to http. A redirect to an IP address, which could be any
// machine of the network padlint runs on, is followed only to a server
// the run reaches.
func (c *Client) follows(from, to *url.URL) bool {
	dst := originOf(to)
	upgrade := strings.EqualFold(from.Scheme, "http") && dst == originOf(&url.URL{Scheme: "https", Host: net.JoinHostPort(from.Hostname(), "443")})
	switch {
	case dst == originOf(from) || c.reach[dst] || upgrade:
		return true
	case strings.EqualFold(from.Scheme, "https") && !strings.EqualFold(to.Scheme, "https"):
		return false
	}
	port := portOf(to)
	return sameSite(from.Hostname(), to.Hostname()) && (port == defaultPorts[strings.ToLower(to.Scheme)] || port == portOf(from))
}

// sameSite tells whether two host names are of one registrable domain, as
// the public suffix list tells: a.framapad.org and b.framapad.org are,
// a.github.io and b.github.io are not. IP addresses are of no site.
func sameSite(a, b string) bool {
	if net.ParseIP(a) != nil || net.ParseIP(b) != nil {
		return false
	}
	siteA, errA := publicsuffix.EffectiveTLDPlusOne(strings.ToLower(a))
	siteB, errB := publicsuffix.EffectiveTLDPlusOne(strings.ToLower(b))
	return errA == nil && errB == nil && siteA == siteB
}

// portOf returns the port an address is on, named or not.
func portOf(u *url.URL) string {
	if u.Port() != "" {
		return u.Port()
	}
	return defaultPorts[strings.ToLower(u.Scheme)]
}

// allowHost returns what --allow-host takes to reach the server of u.
func allowHost(u *url.URL) string {
	if u.Port() == "" || u.Port() == defaultPorts[strings.ToLower(u.Scheme)] {
		return u.Hostname()
	}
	return net.JoinHostPort(u.Hostname(), u.Port())
}

// discoveryRedirect follows the redirects of GET /api within the server
// only: the key goes where the API is found, so the API must be found on
// the server the key is for.
func discoveryRedirect(req *http.Request, via []*http.Request) error {
	req.Header.Del("Referer")
	from := via[0].URL
	switch {
	case len(via) >= maxRedirects:
		return fmt.Errorf("more than %d redirects", maxRedirects)
	case originOf(req.URL) != originOf(from):
		return &RedirectError{From: from.String(), To: req.URL.String(), Next: fmt.Sprintf(
			"padlint sends the key to %s only: check the server's address given to padlint (https or http, its port) and where the server or its proxy redirects /api",
			shown(originOf(from)))}
	}
	return nil
}

// tokenRedirect follows no redirect of the OAuth2 token endpoint: a
// redirect would take the client's secret along, or give a token from
// elsewhere.
func tokenRedirect(req *http.Request, via []*http.Request) error {
	from := via[0].URL
	return &RedirectError{From: from.String(), To: req.URL.String(), Next: fmt.Sprintf(
		"padlint sends the OAuth2 client's secret to %s only, and follows no redirect with it: check the server's address given to padlint and its OAuth2 settings",
		shown(originOf(from)))}
}
