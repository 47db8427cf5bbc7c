package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"syscall"
	"time"

	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/query"
	"github.com/padlint/padlint/render"
	"github.com/spf13/cobra"
)

type tagsOptions struct {
	related string
	format  string
	filter  filterOptions
}

func newTagsCmd(a *app) *cobra.Command {
	opts := &tagsOptions{}
	cmd := &cobra.Command{
		Use:   "tags [flags]",
		Short: "List the hashtags of the indexed pads, most used first",
		Long: `List every hashtag of the pads in the index with how many pads carry it, most
used first. With --related '#tag', the hashtags that go with that one: those of
the pads that carry it.`,
		Example: `  padlint tags
  padlint tags --related '#communs'
  padlint tags --failing --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return a.runTags(cmd.Context(), opts) },
	}
	cmd.Flags().StringVar(&opts.related, "related", "", "the hashtags of the pads that carry this `#TAG`")
	cmd.Flags().StringVar(&opts.format, "format", "text", "output format: text or json")
	opts.filter.addFlags(cmd.Flags(), 0)
	return cmd
}

func (a *app) runTags(ctx context.Context, opts *tagsOptions) error {
	related, f, err := tagsSettings(opts)
	if err != nil {
		return err
	}
	return a.withIndex(func(idx *index.Index) error {
		tags, err := idx.Tags(ctx, related, f)
		if err != nil {
			return err
		}
		o := a.indexOptions(opts.format)
		return a.writeOut(func(w io.Writer) error { return render.Tags(w, opts.format, tags, o) })
	})
}

// tagsSettings reads the format, the key of --related and the filter flags.
func tagsSettings(opts *tagsOptions) (string, index.Filter, error) {
	if err := checkFormat(opts.format); err != nil {
		return "", index.Filter{}, err
	}
	related, err := relatedKey(opts.related)
	if err != nil {
		return "", index.Filter{}, err
	}
	f, err := opts.filter.filter()
	return related, f, err
}

// relatedKey reads --related as a search reads a hashtag, so that
// "#communs," is #communs there too; "" when it is not given.
func relatedKey(tag string) (string, error) {
	if tag == "" {
		return "", nil
	}
	key, ok := query.Hashtag(tag)
	if !ok {
		return "", fmt.Errorf("--related %s is not a hashtag: give one as #communs", tag)
	}
	return key, nil
}

type nextOptions struct {
	query  string
	format string
	filter filterOptions
}

func newNextCmd(a *app) *cobra.Command {
	opts := &nextOptions{}
	cmd := &cobra.Command{
		Use:   "next [flags] [QUERY]",
		Short: "List the open next steps of the indexed pads, by hashtag",
		Long: `List the next steps still open in the pads of the index, grouped by the hashtags
of their pads, each with its pad and how long ago the pad was edited: the board
where someone new finds work to pick up. A step ticked off ([x], ✅, ~~struck~~)
is done and left out.

A QUERY, as padlint search takes, keeps the pads it finds; when it names
hashtags, only their groups are listed. It may start with -, as '-#archive'
does.`,
		Example: `  padlint next
  padlint next '#communs'
  padlint next '-#archive'
  padlint next 'monnaie locale' --since 2026-09-01`,
	}
	takeQuery(cmd, atMostOneArg("give at most one QUERY, in quotes: padlint next '#communs monnaie'"), func(cmd *cobra.Command, args []string) error {
		if len(args) == 1 {
			opts.query = args[0]
		}
		return a.runNext(cmd.Context(), opts)
	})
	cmd.Flags().StringVar(&opts.format, "format", "text", "output format: text or json")
	opts.filter.addFlags(cmd.Flags(), 0)
	return cmd
}

func (a *app) runNext(ctx context.Context, opts *nextOptions) error {
	if err := checkFormat(opts.format); err != nil {
		return err
	}
	var q *query.Query
	if opts.query != "" {
		parsed, err := query.Parse(opts.query)
		if err != nil {
			return err
		}
		q = &parsed
	}
	f, err := opts.filter.filter()
	if err != nil {
		return err
	}
	return a.withIndex(func(idx *index.Index) error {
		groups, err := idx.Next(ctx, q, f)
		if err != nil {
			return err
		}
		o := a.indexOptions(opts.format)
		return a.writeOut(func(w io.Writer) error { return render.Steps(w, opts.format, groups, time.Now(), o) })
	})
}

// newLinksCmd and newShowCmd answer about one pad of the index.
func newLinksCmd(a *app) *cobra.Command {
	return newPadCmd(a, &cobra.Command{
		Use:   "links [flags] SOURCE",
		Short: "Show what an indexed pad links to, and what links to it",
		Long: `Show the pads a pad of the index links to, and the pads that link to it. SOURCE
is the pad's address or file, or the end of it when only one pad ends so.`,
		Example: `  padlint links https://pad.example.org/p/atelier-general
  padlint links atelier-general`,
	}, func(ctx context.Context, idx *index.Index, source string, w io.Writer, format string, o render.IndexOptions) error {
		l, err := idx.Links(ctx, source)
		if err != nil {
			return err
		}
		return render.Links(w, format, l, o)
	})
}

func newShowCmd(a *app) *cobra.Command {
	return newPadCmd(a, &cobra.Command{
		Use:   "show [flags] SOURCE",
		Short: "Show everything the index knows of a pad",
		Long: `Show everything the index knows of a pad: its header, hashtags, next steps,
links, verdict and findings, and when it was edited and indexed. SOURCE is the
pad's address or file, or the end of it when only one pad ends so.`,
		Example: `  padlint show https://pad.example.org/p/atelier-communs
  padlint show notes/atelier-communs.txt --format json`,
	}, func(ctx context.Context, idx *index.Index, source string, w io.Writer, format string, o render.IndexOptions) error {
		p, err := idx.Show(ctx, source)
		if err != nil {
			return err
		}
		return render.Pad(w, format, p, o)
	})
}

// padAnswer writes to w what the index answers about the pad named source.
type padAnswer func(ctx context.Context, idx *index.Index, source string, w io.Writer, format string, o render.IndexOptions) error

// newPadCmd completes cmd, a command about one pad: its argument, its
// --format, and answer run with the index.
func newPadCmd(a *app, cmd *cobra.Command, answer padAnswer) *cobra.Command {
	var format string
	cmd.Args = exactArgs(1, "give the pad: padlint "+cmd.Name()+" https://HOST/p/NAME, or its file")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := checkFormat(format); err != nil {
			return err
		}
		return a.withIndex(func(idx *index.Index) error {
			o := a.indexOptions(format)
			return a.writeOut(func(w io.Writer) error { return answer(cmd.Context(), idx, args[0], w, format, o) })
		})
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

// writeOut writes to standard output what write writes, through a buffer,
// and reports a write that failed, as on a full disk: render's writers of
// text leave their write errors to the buffer, which keeps the first.
func (a *app) writeOut(write func(io.Writer) error) error {
	w := bufio.NewWriter(a.stdout)
	err := write(w)
	if werr := w.Flush(); werr != nil {
		return outputError(werr)
	}
	return err
}

// outputError says that the answer could not be written. A reader that
// has gone, as head goes once it has its lines, ends the command without
// a word, as it ends other tools: nobody is there to read one.
func outputError(err error) error {
	switch {
	case errors.Is(err, syscall.EPIPE):
		return errPrinted
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("the answer could not be written: %w: free some space on the disk, or send it elsewhere", err)
	}
	return fmt.Errorf("the answer could not be written: %w: send it elsewhere", err)
}
