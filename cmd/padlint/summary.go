package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/internal/fold"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/query"
	"github.com/padlint/padlint/render"
	"github.com/padlint/padlint/rules"
	"github.com/padlint/padlint/summary"
	"github.com/spf13/cobra"
)

type summaryOptions struct {
	selection []string
	title     string
	out       string
	format    string
	filter    filterOptions
	fetch     fetchOptions
}

func newSummaryCmd(a *app) *cobra.Command {
	opts := &summaryOptions{}
	cmd := &cobra.Command{
		Use:   "summary [flags] SOURCE... | QUERY",
		Short: "Write one page that sums up a workshop's pads",
		Long: `Write one page that sums up the pads of a workshop: a card for each pad with
its description, next steps, hashtags, participants and verdict; the hashtags
with their pads; every next step by hashtag; the pads still to finish, with
what to add; and the links between the pads.

Give the pads as padlint index takes them: the address of the workshop's
general pad (it and the pads it links to are read and indexed), pad files or a
folder. Or give a QUERY, as padlint search takes it, to gather pads already in
the index; --since, --failing, --passing and --host narrow it.

The page is HTML that needs nothing else: it can be mailed, put on a wiki or
printed. --format md writes Markdown, for a wiki or a pad. Without --out, the
page goes to summary.html (or summary.md) on a terminal, else to standard
output.`,
		Example: `  padlint summary https://pad.example.org/p/atelier-general --out atelier.html
  padlint summary '#minga2026' --since 2026-11-01
  padlint summary pads/ --title "Atelier communs, novembre" --format md --out atelier.md`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.selection = args
			return a.runSummary(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.title, "title", "", "the page's `TITLE` (default: the general pad's title, or the query)")
	cmd.Flags().StringVarP(&opts.out, "out", "o", "", "write the page to `FILE` (- for standard output)")
	cmd.Flags().StringVar(&opts.format, "format", "", "html or md (default: from the --out file's name, else html)")
	opts.filter.addFlags(cmd.Flags(), 0)
	opts.fetch.addFlags(cmd.Flags(), 1)
	return cmd
}

func (a *app) runSummary(ctx context.Context, opts *summaryOptions) error {
	if err := opts.settle(isTerminal(a.stdout)); err != nil {
		return err
	}
	lang := a.lang // the page's words are in the pads' language, unless --lang says
	cfg, err := a.config()
	if err != nil {
		return err
	}
	pads, title, err := a.gather(ctx, opts, cfg)
	switch {
	case len(pads) == 0 && (err == nil || errors.Is(err, errPrinted)):
		return fmt.Errorf("no pad in %s: nothing to sum up", strings.Join(opts.selection, ", "))
	case len(pads) == 0 || (err != nil && !errors.Is(err, errPrinted)):
		return err // errPrinted: the pads that could not be read are named already
	}
	page := summary.New(cmp.Or(opts.title, title), cfg.Lang, pads)
	if werr := a.writePage(opts, page, cmp.Or(lang, page.Lang), cfg.Lang); werr != nil {
		return werr
	}
	return err
}

// settle checks the format and the file, and picks them when not given:
// the file's extension tells the format; on a terminal, the page goes to
// a file rather than onto the screen.
func (o *summaryOptions) settle(terminal bool) error {
	if o.format == "" {
		o.format = "html"
		if ext := strings.TrimPrefix(filepath.Ext(o.out), "."); ext == "md" || ext == "markdown" {
			o.format = "md"
		}
	}
	if !slices.Contains(render.WorkshopFormats, o.format) {
		return fmt.Errorf("unknown format %q: use html or md", o.format)
	}
	if o.out == "" && terminal {
		o.out = "summary." + o.format
	}
	return nil
}

// gather returns the pads of the selection, with a title for them: read
// and indexed from sources, or found in the index by a query.
func (a *app) gather(ctx context.Context, opts *summaryOptions, cfg *rules.Config) ([]index.Pad, string, error) {
	if isSources(opts.selection) {
		if opts.filter != (filterOptions{}) {
			return nil, "", errors.New("--since, --failing, --passing and --host narrow a query: give one, as '#minga2026', or leave them out")
		}
		return a.readPads(ctx, opts, cfg)
	}
	arg := firstNonSource(opts.selection)
	switch {
	case len(opts.selection) > 1:
		return nil, "", fmt.Errorf("%s is neither a pad's address nor a file: give pads, or one query in quotes ('#minga2026 monnaie')", arg)
	case looksLikeFile(arg):
		return nil, "", fmt.Errorf("%s: no such file or folder", arg)
	}
	return a.foundPads(ctx, opts)
}

// isSources tells whether every argument names pads: an address, or a
// file or folder that exists.
func isSources(args []string) bool {
	return firstNonSource(args) == ""
}

// looksLikeFile tells whether arg, which names no file, was meant to:
// a pad file's name, or a path.
func looksLikeFile(arg string) bool {
	return slices.Contains(pad.Exts, filepath.Ext(arg)) || (strings.ContainsRune(arg, filepath.Separator) && !strings.ContainsAny(arg, ` #"`))
}

func firstNonSource(args []string) string {
	for _, arg := range args {
		if _, err := os.Stat(arg); err != nil && !fetch.IsURL(arg) {
			return arg
		}
	}
	return ""
}

// readPads reads and indexes the pads of the sources, and returns them:
// those given first, in their order, then the others by title.
func (a *app) readPads(ctx context.Context, opts *summaryOptions, cfg *rules.Config) ([]index.Pad, string, error) {
	opt := lint.Options{Config: cfg, FailOn: rules.Error}
	if err := a.applyFetch(&opts.fetch, opts.selection, &opt); err != nil {
		return nil, "", err
	}
	idx, err := a.openIndex(index.Options{Create: true})
	if err != nil {
		return nil, "", err
	}
	defer idx.Close()
	var read []string
	counts, err := a.update(ctx, idx, opts.selection, opt, func(s string) { read = append(read, s) })
	render.Counts(a.stderr, counts, idx.Path(), cfg.Lang)
	if err != nil {
		return nil, "", err
	}
	pads, err := show(ctx, idx, read)
	if err == nil && counts.Unreadable > 0 {
		err = errPrinted // said as they came; the page shows the others
	}
	givenFirst(pads, opts.selection)
	return pads, titleOf(pads, opts.selection), err
}

// foundPads returns the pads of the index that the query finds, by title.
func (a *app) foundPads(ctx context.Context, opts *summaryOptions) ([]index.Pad, string, error) {
	q, err := query.Parse(opts.selection[0])
	if err != nil {
		return nil, "", err
	}
	f, err := opts.filter.filter()
	if err != nil {
		return nil, "", err
	}
	var pads []index.Pad
	err = a.withIndex(func(idx *index.Index) error {
		res, err := idx.Search(ctx, q, f)
		if err == nil && res.Total == 0 {
			return fmt.Errorf("no pad of the index matches %s: index the workshop's pads first (padlint index)", opts.selection[0])
		}
		if err == nil {
			pads, err = show(ctx, idx, sourcesOf(res))
		}
		return err
	})
	byTitle(pads)
	return pads, opts.selection[0], err
}

func sourcesOf(res index.Results) []string {
	sources := make([]string, len(res.Results))
	for i, r := range res.Results {
		sources[i] = r.Source
	}
	return sources
}

// show returns what the index knows of each pad, each once.
func show(ctx context.Context, idx *index.Index, sources []string) ([]index.Pad, error) {
	var pads []index.Pad
	for _, s := range slices.Compact(slices.Sorted(slices.Values(sources))) {
		p, err := idx.Show(ctx, s)
		if err != nil {
			return nil, err
		}
		pads = append(pads, p)
	}
	return pads, nil
}

// byTitle sorts pads by title, then by source.
func byTitle(pads []index.Pad) { givenFirst(pads, nil) }

// givenFirst sorts pads by title, then by source, those of the given
// sources first, in their order.
func givenFirst(pads []index.Pad, given []string) {
	rank := map[string]int{}
	for i, g := range given {
		rank[index.Name(g)] = i + 1
	}
	last := len(given) + 1
	slices.SortStableFunc(pads, func(x, y index.Pad) int {
		return cmp.Or(cmp.Compare(cmp.Or(rank[x.Source], last), cmp.Or(rank[y.Source], last)),
			strings.Compare(fold.String(x.Title), fold.String(y.Title)), strings.Compare(x.Source, y.Source))
	})
}

// titleOf returns a title for the pads read from sources: the first
// one's, when it is a pad with a title, else the end of its name.
func titleOf(pads []index.Pad, sources []string) string {
	if len(pads) > 0 && pads[0].Source == index.Name(sources[0]) && pads[0].Title != "" {
		return pads[0].Title
	}
	return filepath.Base(strings.TrimRight(sources[0], "/"))
}

// writePage writes the page, its words in lang, to the file asked, else
// to standard output; it says where on standard error, in the user's
// language.
func (a *app) writePage(opts *summaryOptions, page *summary.Page, lang, userLang string) error {
	o := render.WorkshopOptions{Lang: lang, Source: relative}
	if opts.out == "" || opts.out == "-" {
		return render.Workshop(a.stdout, opts.format, page, o)
	}
	err := writeFile(opts.out, func(w io.Writer) error { return render.Workshop(w, opts.format, page, o) })
	if err == nil {
		render.Wrote(a.stderr, opts.out, page, userLang)
	}
	return err
}

// writeFile writes a file whole or not at all: into a new file beside it,
// renamed over it once written.
func writeFile(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // gone once renamed
	err = write(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	return err
}
