package main

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/render"
	"github.com/padlint/padlint/rules"
	"github.com/spf13/cobra"
)

type lintOptions struct {
	sources []string
	format  string
	failOn  string
	fetch   fetchOptions
}

func newLintCmd(a *app, runF func(*lintOptions) error) *cobra.Command {
	opts := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint [flags] SOURCE...",
		Short: "Check pads against the header convention",
		Long: `Check pads against the header convention and say, for each, what is missing
or wrong and how to put it right.

A SOURCE is a pad's address (an Etherpad or Framapad pad, https://HOST/p/NAME,
or a HedgeDoc note, https://HOST/ID), a pad file (.txt, .md, .html, .etherpad),
a folder (its pad files, in every subfolder), or - for standard input. Without
a SOURCE, padlint reads standard input when it comes from a pipe, and the
current folder otherwise.

Pads on a server are read through their public export, paced under
Etherpad's limit; with the server's API key (--api-key-file, or
PADLINT_API_KEY) through its API, faster, and --all reads every pad of the
server. --follow N also lints the pads they link to, N levels deep.

Exit status: 0 when every pad passes, 1 when some pad has an error (or a
finding at the --fail-on severity), 2 when a pad or a setting could not be read.`,
		Example: `  padlint lint https://annuel.framapad.org/p/atelier-communs
  padlint lint --follow 1 https://pad.example.org/p/atelier-general
  padlint lint --all --api-key-file pad.example.org.key https://pad.example.org/
  padlint lint notes/atelier-communs.txt
  padlint lint pads/ --lang fr
  padlint lint pads/ --format json > verdicts.json
  curl -s https://pad.example.org/p/atelier/export/txt | padlint lint -`,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return pad.Exts, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.sources = args
			if runF != nil {
				return runF(opts)
			}
			return a.runLint(cmd, opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", "output format: "+strings.Join(render.Formats, " or "))
	cmd.Flags().StringVar(&opts.failOn, "fail-on", "error", "the severity that makes a pad fail: error, warning or info")
	opts.fetch.addFlags(cmd.Flags(), 0)
	return cmd
}

func (a *app) runLint(cmd *cobra.Command, opts *lintOptions) error {
	cfg, failOn, err := a.lintSettings(opts)
	if err != nil {
		return err
	}
	sources := a.defaultSources(opts.sources)
	opt := lint.Options{Config: cfg, FailOn: failOn, Stdin: a.stdin}
	if err := a.applyFetch(&opts.fetch, sources, &opt); err != nil {
		return err
	}
	sum, err := a.printReports(cmd.Context(), opts.format, sources, opt)
	if err != nil {
		return err
	}
	render.Summary(a.stderr, sum, cfg.Lang)
	return verdict(cmd, sum)
}

// printReports lints the pads and prints their reports on standard output,
// with the progress on standard error when pads are fetched.
func (a *app) printReports(ctx context.Context, format string, sources []string, opt lint.Options) (lint.Summary, error) {
	var sum lint.Summary
	bar := a.progress("fetching pads", slices.ContainsFunc(sources, fetch.IsURL))
	bar.watch(&opt)
	defer bar.finish()
	printer, err := render.New(format, bar.writer(a.stdout), render.Options{Lang: opt.Config.Lang, Color: a.color(format)})
	if err != nil {
		return sum, err
	}
	err = printer.Print(a.readable(lint.Run(ctx, sources, opt), &sum, bar))
	return sum, err
}

// lintSettings loads the settings and reads --fail-on.
func (a *app) lintSettings(opts *lintOptions) (*rules.Config, rules.Severity, error) {
	cfg, err := a.config()
	if err != nil {
		return nil, 0, err
	}
	failOn, err := rules.ParseSeverity(opts.failOn)
	if err != nil || failOn == rules.Off {
		return nil, 0, fmt.Errorf("--fail-on %q: use error, warning or info", opts.failOn)
	}
	return cfg, failOn, nil
}

// readable passes on the pads that could be read, counting every one, and
// says on standard error why the others could not.
func (a *app) readable(reports iter.Seq[lint.Report], sum *lint.Summary, bar *progress) iter.Seq[lint.Report] {
	return func(yield func(lint.Report) bool) {
		for r := range reports {
			sum.Add(r)
			bar.done(r)
			if r.Err != nil {
				bar.clear()
				render.Problem(a.stderr, r.Err.Error())
			} else if !yield(r) {
				return
			}
		}
	}
}

func verdict(cmd *cobra.Command, sum lint.Summary) error {
	switch {
	case cmd.Context().Err() != nil:
		return fmt.Errorf("interrupted after %d pads", sum.Pads)
	case sum.Unreadable > 0:
		return errPrinted
	case sum.Passed < sum.Pads:
		return errFailed
	}
	return nil
}

// defaultSources reads standard input when it is a pipe, and the current
// folder when a person runs padlint lint alone.
func (a *app) defaultSources(sources []string) []string {
	switch {
	case len(sources) > 0:
		return slices.Clone(sources)
	case a.stdinIsTerminal():
		return []string{"."}
	}
	return []string{pad.Stdin}
}

// color tells whether to style the output: only text, only on a terminal
// that shows colours, never with NO_COLOR.
func (a *app) color(format string) bool {
	return format == "text" && a.getenv("NO_COLOR") == "" && colorprofile.Detect(a.stdout, a.env) >= colorprofile.ANSI
}
