package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/query"
	"github.com/padlint/padlint/render"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"
)

// filterOptions are the flags that narrow what the index answers with.
type filterOptions struct {
	failing, passing bool
	host, since      string
	limit            int
}

func (o *filterOptions) addFlags(flags *pflag.FlagSet, limit int) {
	flags.BoolVar(&o.failing, "failing", false, "only the pads that do not follow the convention")
	flags.BoolVar(&o.passing, "passing", false, "only the pads that follow it")
	flags.StringVar(&o.host, "host", "", "only the pads of this server `HOST`")
	flags.StringVar(&o.since, "since", "", "only the pads edited since `DATE` (2026-11-01)")
	if limit > 0 {
		flags.IntVar(&o.limit, "limit", limit, "show at most `N` pads (0 for all)")
	}
}

// filter reads the flags into an index.Filter.
func (o *filterOptions) filter() (index.Filter, error) {
	f := index.Filter{Host: o.host, Limit: o.limit}
	switch {
	case o.failing && o.passing:
		return f, errors.New("--failing and --passing together leave no pad: give one")
	case o.failing:
		f.Verdict = index.Failing
	case o.passing:
		f.Verdict = index.Passing
	case o.limit < 0:
		return f, fmt.Errorf("--limit %d: give how many pads to show, or 0 for all", o.limit)
	}
	if o.since != "" {
		t, err := since(o.since)
		if err != nil {
			return f, err
		}
		f.Since = t
	}
	return f, nil
}

// The dates --since takes. No pad was edited before 1970, where the times
// of files and of Etherpad start, and the index counts time in nanoseconds
// from then, which it cannot count beyond 2262: a date outside, mistyped
// most likely, would match every pad or none.
var (
	sinceFirst = time.Date(1970, 1, 1, 0, 0, 0, 0, time.Local)
	sinceLast  = time.Date(2200, 12, 31, 0, 0, 0, 0, time.Local)
)

// since reads the date of --since.
func since(s string) (time.Time, error) {
	t, err := time.ParseInLocation(time.DateOnly, s, time.Local)
	switch {
	case err != nil:
		return t, fmt.Errorf("--since %s: give a date as 2026-11-01", s)
	case t.Before(sinceFirst) || t.After(sinceLast):
		return t, fmt.Errorf("--since %s: give a date from %s to %s", s, sinceFirst.Format(time.DateOnly), sinceLast.Format(time.DateOnly))
	}
	return t, nil
}

type searchOptions struct {
	query  string
	format string
	filter filterOptions
}

func newSearchCmd(a *app) *cobra.Command {
	opts := &searchOptions{}
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY",
		Short: "Find pads in the index by hashtag, title and text",
		Long: `Find pads in the index (built with padlint index) and show the best first,
with what matched.

  #communs               pads tagged #communs (#Communs, #communs: one tag)
  #economie              also finds #économie: case and accents do not count
  #communs -#archive     tagged #communs and not #archive
  #communs OR #fablab    tagged with either
  monnaie locale         pads whose text has both words, anywhere
  "monnaie locale"       pads whose text has the two words together
  monnai*                words that start so: monnaie, monnaies
  title:atelr            pads whose title has these letters in order, close
                         together: "Atelier", "atelier réparation"
  #communs monnaie       both: every term must hold

There are no parentheses: OR joins the two terms around it. A hashtag may end
with the punctuation of a sentence: #communs, is #communs.

Quote the query for the shell: padlint search '#communs -#archive'. A query
may start with -, as '-#archive' does; one that starts with -- goes after a
--: padlint search -- '--x'.`,
		Example: `  padlint search '#communs'
  padlint search '"monnaie locale" #brest' --since 2026-01-01
  padlint search '-#archive' --failing
  padlint search 'title:atelier' --failing
  padlint search '#fablab' --format json`,
	}
	takeQuery(cmd, exactArgs(1, "give one QUERY, in quotes: padlint search '#communs monnaie'"), func(cmd *cobra.Command, args []string) error {
		opts.query = args[0]
		return a.runSearch(cmd.Context(), opts)
	})
	cmd.Flags().StringVar(&opts.format, "format", "text", "output format: text or json")
	opts.filter.addFlags(cmd.Flags(), 20)
	return cmd
}

func (a *app) runSearch(ctx context.Context, opts *searchOptions) error {
	q, f, err := a.searchSettings(opts.query, opts.format, &opts.filter)
	if err != nil {
		return err
	}
	return a.withIndex(func(idx *index.Index) error {
		res, err := idx.Search(ctx, q, f)
		if err != nil {
			return err
		}
		o := a.indexOptions(opts.format)
		if err := a.writeOut(func(w io.Writer) error { return render.Results(w, opts.format, res, o) }); err != nil {
			return err
		}
		render.Found(a.stderr, res, a.lang)
		return nil
	})
}

// searchSettings reads a query, a format and the filter flags.
func (a *app) searchSettings(s, format string, fo *filterOptions) (query.Query, index.Filter, error) {
	if err := checkFormat(format); err != nil {
		return query.Query{}, index.Filter{}, err
	}
	f, err := fo.filter()
	if err != nil {
		return query.Query{}, f, err
	}
	q, err := query.Parse(s)
	return q, f, err
}

func checkFormat(format string) error {
	if format != "text" && format != "json" {
		return fmt.Errorf("unknown format %q: use text or json", format)
	}
	return nil
}

// withIndex opens the index for reading, does f with it, and closes it.
func (a *app) withIndex(f func(*index.Index) error) error {
	cfg, err := a.config()
	if err != nil {
		return err
	}
	a.lang = cfg.Lang
	idx, err := a.openIndex(index.Options{})
	if err != nil {
		return err
	}
	defer idx.Close()
	return f(idx)
}

// indexOptions says how to write the answers of the index.
func (a *app) indexOptions(format string) render.IndexOptions {
	o := render.IndexOptions{Options: render.Options{Lang: a.lang, Color: a.color(format)}, Source: relative}
	if f, ok := a.stdout.(*os.File); ok && isTerminal(a.stdout) && format == "text" {
		o.Table = true
		o.Width, _, _ = term.GetSize(int(f.Fd()))
	}
	return o
}

// relative shows a file under the current folder by its relative path.
func relative(source string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(source) {
		return source
	}
	if rel, err := filepath.Rel(wd, source); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return source
}

// atMostOneArg accepts no argument or one, and says what to give otherwise.
func atMostOneArg(hint string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 1 {
			return errors.New(hint)
		}
		return nil
	}
}

// exactArgs accepts n arguments, and says what to give otherwise.
func exactArgs(n int, hint string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return errors.New(hint)
		}
		return nil
	}
}

// takeQuery makes cmd take a QUERY that may start with '-', as '-#archive'
// does, which pflag would read as flags it does not know: cmd leaves its
// arguments whole, and parses its flags itself, reading an argument that
// starts with one '-' and is no flag as the query. args checks the
// arguments left once the flags are read, and run gets them.
func takeQuery(cmd *cobra.Command, args cobra.PositionalArgs, run func(*cobra.Command, []string) error) {
	cmd.DisableFlagParsing = true
	cmd.RunE = func(cmd *cobra.Command, raw []string) error {
		flags, rest := splitFlags(cmd, raw)
		cmd.DisableFlagParsing = false // else ParseFlags leaves them
		if err := cmd.ParseFlags(flags); err != nil {
			return flagError(cmd, err)
		}
		if help, _ := cmd.Flags().GetBool("help"); help {
			return cmd.Help()
		}
		if err := args(cmd, rest); err != nil {
			return err
		}
		return run(cmd, rest)
	}
}

// splitFlags cuts args into the flags, each with its value, and the other
// arguments, in their order. A flag is an argument that starts with "--",
// known or not, or one of cmd's shorthands alone, "-h": "-#archive" or
// "-brouillon" is no flag, and neither is what follows a "--".
func splitFlags(cmd *cobra.Command, args []string) (flags, rest []string) {
	known := cmd.Flags()
	known.AddFlagSet(cmd.InheritedFlags()) // --index, --config, --lang
	for i := 0; i < len(args); i++ {
		f, isFlag := flagOf(known, args[i])
		switch {
		case args[i] == "--":
			return flags, append(rest, args[i+1:]...)
		case !isFlag:
			rest = append(rest, args[i])
		case f != nil && f.NoOptDefVal == "" && !strings.Contains(args[i], "=") && i+1 < len(args):
			flags, i = append(flags, args[i], args[i+1]), i+1 // --since DATE
		default:
			flags = append(flags, args[i])
		}
	}
	return flags, rest
}

// flagOf tells whether arg is a flag, and which of known it names.
func flagOf(known *pflag.FlagSet, arg string) (*pflag.Flag, bool) {
	if long, ok := strings.CutPrefix(arg, "--"); ok && long != "" {
		name, _, _ := strings.Cut(long, "=")
		return known.Lookup(name), true
	}
	if len(arg) == 2 && arg[0] == '-' && known.ShorthandLookup(arg[1:]) != nil {
		return known.ShorthandLookup(arg[1:]), true
	}
	return nil, false
}

// flagError adds to an unknown flag's error that a QUERY starting with
// "--" goes after a "--".
func flagError(cmd *cobra.Command, err error) error {
	var unknown *pflag.NotExistError
	if errors.As(err, &unknown) {
		return fmt.Errorf("%w: padlint %s --help lists the flags; a QUERY that starts with -- goes after a --: padlint %s -- '--%s'",
			err, cmd.Name(), cmd.Name(), unknown.GetSpecifiedName())
	}
	return err
}
