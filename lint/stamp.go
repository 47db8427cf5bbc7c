package lint

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/pad"
)

// Stamp tells whether a pad changed without reading it: its file's
// modification time and size, or the last edit its server reports.
type Stamp struct {
	Edited   time.Time // zero when unknown
	Size     int64     // of a file
	Revision int       // the server's count of revisions, when it tells
}

// Known reports whether the stamp can tell a change: a pad read from
// standard input, or through a server's public export, has none.
func (s Stamp) Known() bool { return !s.Edited.IsZero() }

// Cache holds what linting pads gave before, so that a pad that did not
// change is not read again.
type Cache interface {
	// Lookup returns the report the pad at source had when its stamp
	// was s, if it had one. Its Doc holds only the pad's links.
	Lookup(source string, s Stamp) (Report, bool)
}

// stamp returns the stamp of the pad at source, when opt has a cache
// to compare it with.
func (opt Options) stamp(ctx context.Context, source string) Stamp {
	if opt.Cache == nil || source == pad.Stdin {
		return Stamp{}
	}
	if !fetch.IsURL(source) {
		info, err := os.Stat(filepath.Clean(source))
		if err != nil {
			return Stamp{}
		}
		return Stamp{Edited: info.ModTime(), Size: info.Size()}
	}
	p, err := fetch.ParseURL(source)
	if err != nil || !opt.client().UsesAPI(p) {
		return Stamp{}
	}
	edited, _ := opt.client().Edited(ctx, p) // unknown on failure: the pad is read
	return Stamp{Edited: edited}
}

// cached returns the cache's report of the pad when it did not change.
func (opt Options) cached(source string, s Stamp) (Report, bool) {
	if opt.Cache == nil || !s.Known() {
		return Report{}, false
	}
	r, ok := opt.Cache.Lookup(source, s)
	r.Unchanged = ok
	return r, ok
}

// revision completes the stamp of a pad read through its server's API.
func (opt Options) revision(ctx context.Context, source string, s Stamp) Stamp {
	p, err := fetch.ParseURL(source)
	if opt.Cache == nil || err != nil || !opt.client().UsesAPI(p) {
		return s
	}
	s.Revision, _ = opt.client().Revisions(ctx, p) // unknown on failure
	return s
}
