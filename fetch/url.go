// Package fetch reads pads from the servers they live on: Etherpad (and
// Framapad, which runs it) through its public export, and HedgeDoc (or
// CodiMD) notes through their Markdown download.
package fetch

import (
	"errors"
	"net/url"
	"strings"
)

// Kind is the software a pad server runs.
type Kind int

// The pad servers padlint reads.
const (
	Etherpad Kind = iota
	HedgeDoc
)

// Pad is a pad on a server, as a URL names it.
type Pad struct {
	Kind   Kind
	Server string // scheme, host, and the path the server is mounted on: https://HOST/etherpad
	Name   string // the pad's name or read-only id (Etherpad), the note's id (HedgeDoc), unescaped
}

// IsURL tells whether a source names a pad on a server rather than a file.
func IsURL(source string) bool {
	return hasPrefixFold(source, "http://") || hasPrefixFold(source, "https://")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// errNotPad explains which URLs padlint reads.
var errNotPad = errors.New("not a pad's address: padlint reads Etherpad pads (https://HOST/p/NAME) and HedgeDoc notes (https://HOST/ID)")

// errPassword refuses an address that holds a password, without showing it.
var errPassword = errors.New("an address with a user name or password: leave them out, padlint would show them")

// ParseURL reads the address of a pad as people copy it from their
// browser: with or without /export/txt, /timeslider, a revision, a query or
// a fragment; read-only ids (r.…), group pads (g.…$name), escaped or
// accented names; and HedgeDoc's /ID and /s/ID.
func ParseURL(raw string) (Pad, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	switch {
	case err != nil || !IsURL(u.String()) || u.Host == "":
		return Pad{}, errNotPad
	case u.User != nil:
		return Pad{}, errPassword
	}
	server := serverOf(u)
	segments := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	if p, ok := etherpad(server, segments); ok {
		return p, nil
	}
	if p, ok := hedgedoc(server, segments); ok {
		return p, nil
	}
	return Pad{}, errNotPad
}

// etherpad reads …/p/NAME[/REV][/export/FORMAT|/timeslider]: the last "p"
// segment followed by a name marks the pad, and what stands before it is
// where the server is mounted.
func etherpad(server string, segments []string) (Pad, bool) {
	for i := len(segments) - 2; i >= 0; i-- {
		if segments[i] != "p" || !padSuffix(segments[i+2:]) {
			continue
		}
		name, err := url.PathUnescape(segments[i+1])
		if err != nil || name == "" {
			return Pad{}, false
		}
		for _, dir := range segments[:i] {
			server += "/" + dir
		}
		return Pad{Kind: Etherpad, Server: server, Name: name}, true
	}
	return Pad{}, false
}

// padSuffix tells whether the segments after a pad's name are those of one
// of its pages: none, the timeslider, or an export, maybe of a revision.
func padSuffix(rest []string) bool {
	if len(rest) > 0 && isRevision(rest[0]) {
		rest = rest[1:]
	}
	switch {
	case len(rest) == 0:
		return true
	case len(rest) == 1:
		return rest[0] == "timeslider"
	}
	return len(rest) == 2 && rest[0] == "export"
}

func isRevision(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// hedgedoc reads /ID, /s/ID and /ID/download (HedgeDoc's views of a note
// are a query: ?view, ?both, ?edit).
func hedgedoc(server string, segments []string) (Pad, bool) {
	id := ""
	switch {
	case len(segments) == 1:
		id = segments[0]
	case len(segments) == 2 && segments[0] == "s":
		id = segments[1]
	case len(segments) == 2 && segments[1] == "download":
		id = segments[0]
	}
	name, err := url.PathUnescape(id)
	if err != nil || name == "" || hedgedocPages[name] {
		return Pad{}, false
	}
	return Pad{Kind: HedgeDoc, Server: server, Name: name}, true
}

// hedgedocPages are HedgeDoc's own pages, which are not notes.
var hedgedocPages = map[string]bool{
	"s": true, "p": true, "new": true, "features": true, "history": true,
	"status": true, "login": true, "logout": true, "register": true, "me": true,
}

// URL returns the pad's own address, the one to open in a browser.
func (p Pad) URL() string {
	if p.Kind == HedgeDoc {
		return p.page("")
	}
	return p.page("/p")
}

// TextURL returns where the pad's text can be read without a key:
// Etherpad's plain-text export, HedgeDoc's Markdown download.
func (p Pad) TextURL() string {
	if p.Kind == HedgeDoc {
		return p.page("") + "/download"
	}
	return p.page("/p") + "/export/txt"
}

func (p Pad) page(dir string) string {
	return p.Server + dir + "/" + url.PathEscape(p.Name)
}

// ParseServer reads the address of a pad server: its home page, or any of
// its pads, which names the server it is on.
func ParseServer(raw string) (string, error) {
	if p, err := ParseURL(raw); err == nil && p.Kind == Etherpad {
		return p.Server, nil
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	switch {
	case err != nil || !IsURL(u.String()) || u.Host == "":
		return "", errors.New("not a pad server's address: write it https://HOST/")
	case u.User != nil:
		return "", errPassword
	}
	return strings.TrimSuffix(serverOf(u)+u.EscapedPath(), "/"), nil
}

// serverOf writes the server of an address one way, whatever the way it
// was typed: its scheme and host in lower case, its port only when it is
// not the scheme's default. A pad is then one pad however its address
// is written.
func serverOf(u *url.URL) string {
	scheme := strings.ToLower(u.Scheme)
	return scheme + "://" + strings.TrimSuffix(strings.ToLower(u.Host), ":"+defaultPorts[scheme])
}

// Host returns the host of the pad's server, with its port if any.
func (p Pad) Host() string {
	return hostOf(p.Server)
}
