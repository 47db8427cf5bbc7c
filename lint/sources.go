package lint

import (
	"context"
	"iter"
	"strings"
	"time"

	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/pad"
)

// padSources expands sources into pads: pad addresses as they are (or, with
// opt.All, every pad of the server they name), files and directories as
// pad.Files does.
func padSources(ctx context.Context, sources []string, opt Options) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, src := range sources {
			var pads iter.Seq2[string, error]
			switch {
			case fetch.IsURL(src) && opt.All:
				pads = serverPads(ctx, src, opt)
			case fetch.IsURL(src):
				pads = counted(opt, func(yield func(string, error) bool) { yield(src, nil) })
			default:
				pads = counted(opt, pad.Files([]string{src}))
			}
			for name, err := range pads {
				if !yield(name, err) {
					return
				}
			}
		}
	}
}

// counted tells opt.Found of each pad as pads yields it.
func counted(opt Options, pads iter.Seq2[string, error]) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for name, err := range pads {
			opt.found(1)
			if !yield(name, err) {
				return
			}
		}
	}
}

func (opt Options) found(n int) {
	if opt.Found != nil {
		opt.Found(n)
	}
}

// serverPads lists every pad of the server at address src.
func serverPads(ctx context.Context, src string, opt Options) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		pads, err := listServer(ctx, src, opt.client())
		if err != nil {
			opt.found(1)
			yield(src, err)
			return
		}
		opt.found(len(pads))
		for _, p := range pads {
			if !yield(p.URL(), nil) {
				return
			}
		}
	}
}

func listServer(ctx context.Context, src string, client *fetch.Client) ([]fetch.Pad, error) {
	server, err := fetch.ParseServer(src)
	if err != nil {
		return nil, err
	}
	return client.Pads(ctx, server)
}

// client returns the client that fetches pads.
func (opt Options) client() *fetch.Client {
	if opt.Fetch != nil {
		return opt.Fetch
	}
	return defaultClient
}

// defaultClient fetches pads when Options name no client.
var defaultClient = fetch.New("padlint", 30*time.Second)

// crawl follows links from pad to pad: each pad once, and only to the
// servers of the sources and those allowed besides. A server is a scheme,
// a host and a port (see fetch.Origin): a link to the same host over http,
// or on another port, leads to another server.
type crawl struct {
	seen  map[string]bool // pads, by server and name
	reach fetch.Origins
}

func newCrawl(sources []string, reach fetch.Origins) *crawl {
	if reach == nil {
		reach, _ = fetch.Reach(sources, nil) // no host to allow, so no error
	}
	c := &crawl{seen: map[string]bool{}, reach: reach}
	for _, src := range sources {
		if p, err := fetch.ParseURL(src); err == nil {
			c.seen[key(p)] = true
		}
	}
	return c
}

// links returns the addresses of the pads r links to that are still to
// be linted.
func (c *crawl) links(r Report) []string {
	if r.Doc == nil {
		return nil
	}
	var next []string
	for _, l := range r.Doc.Links {
		p, err := fetch.ParseURL(l.URL)
		if err != nil || c.seen[key(p)] || !c.reach.Has(p.Server) {
			continue
		}
		c.seen[key(p)] = true
		next = append(next, p.URL())
	}
	return next
}

func key(p fetch.Pad) string {
	return strings.ToLower(p.Server) + "\x00" + p.Name
}
