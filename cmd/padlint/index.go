package main

import (
	"context"
	"fmt"
	"iter"
	"path/filepath"

	"github.com/adrg/xdg"
	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/render"
	"github.com/padlint/padlint/rules"
	"github.com/spf13/cobra"
)

type indexOptions struct {
	sources []string
	fetch   fetchOptions
}

func newIndexCmd(a *app, runF func(*indexOptions) error) *cobra.Command {
	opts := &indexOptions{}
	cmd := &cobra.Command{
		Use:   "index [flags] SOURCE...",
		Short: "Keep pads in the local index, to search them",
		Long: `Read pads, check them against the convention and keep what they hold in the
local index: header, hashtags, next steps, links to other pads, verdict and
text. Then padlint search, tags, next, links and show answer from it.

A SOURCE is what padlint lint takes: a pad's address, a pad file, or a folder.
Run it again to bring the index up to date: pads that did not change cost
nothing more, and pads that are no longer there are marked gone.

The index is one file: --index FILE, else PADLINT_INDEX, else padlint/index.db
in your data folder. Two padlint can use it at once.`,
		Example: `  padlint index pads/
  padlint index --follow 1 https://pad.example.org/p/atelier-general
  padlint index --all --api-key-file pad.example.org.key https://pad.example.org/
  padlint index --index atelier.db notes/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.sources = args
			if runF != nil {
				return runF(opts)
			}
			return a.runIndex(cmd.Context(), opts)
		},
	}
	opts.fetch.addFlags(cmd.Flags(), 0)
	return cmd
}

func (a *app) runIndex(ctx context.Context, opts *indexOptions) error {
	cfg, err := a.config()
	if err != nil {
		return err
	}
	opt := lint.Options{Config: cfg, FailOn: rules.Error}
	if err := a.applyFetch(&opts.fetch, opts.sources, &opt); err != nil {
		return err
	}
	idx, err := a.openIndex(index.Options{Create: true})
	if err != nil {
		return err
	}
	defer idx.Close()
	counts, err := a.update(ctx, idx, opts.sources, opt, nil)
	render.Counts(a.stderr, counts, idx.Path(), cfg.Lang)
	if err == nil && counts.Unreadable > 0 {
		err = errPrinted
	}
	return err
}

// update indexes each source in turn, with the progress on standard error,
// and tells read, when not nil, the name in the index of each pad read.
func (a *app) update(ctx context.Context, idx *index.Index, sources []string, opt lint.Options, read func(string)) (index.Counts, error) {
	var total index.Counts
	u, err := idx.Updater()
	if err != nil {
		return total, err
	}
	u.Follow = opt.Follow > 0
	opt.Cache, u.Warn = u, func(msg string) { render.Problem(a.stderr, msg) }
	bar := a.progress("indexing pads", true)
	bar.watch(&opt)
	defer bar.finish()
	for _, src := range sources {
		reports := a.noted(lint.Run(ctx, []string{src}, opt), bar)
		if read != nil {
			reports = named(reports, u, read)
		}
		counts, err := u.Update(ctx, src, reports)
		total.Add(counts)
		if err != nil {
			return total, interrupted(ctx, err)
		}
	}
	return total, nil
}

// noted passes every report on, showing the progress, and says on
// standard error why a pad could not be read.
func (a *app) noted(reports iter.Seq[lint.Report], bar *progress) iter.Seq[lint.Report] {
	return func(yield func(lint.Report) bool) {
		for r := range reports {
			bar.done(r)
			if r.Err != nil {
				bar.clear()
				render.Problem(a.stderr, r.Err.Error())
			}
			if !yield(r) {
				return
			}
		}
	}
}

// named tells read the name in the index of each pad read.
func named(reports iter.Seq[lint.Report], u *index.Updater, read func(string)) iter.Seq[lint.Report] {
	return func(yield func(lint.Report) bool) {
		for r := range reports {
			if r.Err == nil {
				read(u.Source(r.Source))
			}
			if !yield(r) {
				return
			}
		}
	}
}

// interrupted says what Ctrl-C left of an update.
func interrupted(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted: the index keeps the pads stored before the last batch; run padlint index again to finish")
	}
	return err
}

// openIndex opens the index: --index, else PADLINT_INDEX, else the one in
// the user's data folder.
func (a *app) openIndex(opt index.Options) (*index.Index, error) {
	path := a.indexPath
	if path == "" {
		path = a.getenv("PADLINT_INDEX")
	}
	if path == "" {
		path = filepath.Join(xdg.DataHome, "padlint", "index.db")
	}
	return index.Open(path, opt)
}
