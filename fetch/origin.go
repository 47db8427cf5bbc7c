package fetch

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// defaultPorts are the ports an address means when it names none.
var defaultPorts = map[string]string{"http": "80", "https": "443"}

// Origin returns the server an address names, as the web tells servers
// apart: its scheme, its host in lower case and its port, made explicit
// when the address leaves it out ("https://pad.example.org:443"). It
// returns "" for an address that is not http or https. A key, and the
// redirects padlint follows, are bound to an origin: the same host on
// another scheme or port is another server.
func Origin(address string) string {
	u, err := url.Parse(address)
	if err != nil {
		return ""
	}
	return originOf(u)
}

func originOf(u *url.URL) string {
	scheme := strings.ToLower(u.Scheme)
	port := u.Port()
	if port == "" {
		port = defaultPorts[scheme]
	}
	if defaultPorts[scheme] == "" || u.Hostname() == "" {
		return ""
	}
	return scheme + "://" + net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

// Origin returns the origin of the pad's server.
func (p Pad) Origin() string {
	return Origin(p.Server)
}

// shown writes an origin as people write it: without its default port.
func shown(origin string) string {
	for scheme, port := range defaultPorts {
		if strings.HasPrefix(origin, scheme+"://") {
			return strings.TrimSuffix(origin, ":"+port)
		}
	}
	return origin
}

// Origins are the servers a run may read from, by origin.
type Origins map[string]bool

// Reach returns the origins a run may read from: those of the pads and
// servers that sources name, and those that allowHosts name (see
// Origins.AllowHost). Sources that name no server are passed over; a host
// that cannot be read is an error, the others are still added.
func Reach(sources, allowHosts []string) (Origins, error) {
	o := Origins{}
	for _, src := range sources {
		if server, err := ParseServer(src); err == nil {
			o[Origin(server)] = true
		}
	}
	var first error
	for _, h := range allowHosts {
		if err := o.AllowHost(h); err != nil && first == nil {
			first = err
		}
	}
	return o, first
}

// AllowHost adds the origins that --allow-host h names: HOST is that host
// on the default ports of http and https (80 and 443), HOST:PORT is that
// host on that port, over http or https.
func (o Origins) AllowHost(h string) error {
	u, err := url.Parse("//" + h)
	if err != nil || u.Host != h || u.Hostname() == "" || !validPort(u.Port()) {
		return fmt.Errorf("--allow-host %s: give a server's host, as pad.example.org, or with its port, as pad.example.org:8443", h)
	}
	for scheme, port := range defaultPorts {
		if u.Port() != "" {
			port = u.Port()
		}
		o[originOf(&url.URL{Scheme: scheme, Host: net.JoinHostPort(u.Hostname(), port)})] = true
	}
	return nil
}

func validPort(port string) bool {
	n, err := strconv.Atoi(port)
	return port == "" || err == nil && n > 0 && n < 1<<16
}

// Has tells whether the server that address names is one of o.
func (o Origins) Has(address string) bool {
	origin := Origin(address)
	return origin != "" && o[origin]
}
