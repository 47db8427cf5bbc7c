package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/padlint/padlint/render"
	"github.com/padlint/padlint/rules"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit codes, the same for every command.
const (
	exitOK      = 0 // every pad passes
	exitFailed  = 1 // some pad has a finding at the failing severity
	exitTrouble = 2 // bad usage, or a pad or setting that could not be read
)

// errFailed reports that some pad failed; its findings are already printed.
var errFailed = errors.New("some pads do not follow the convention")

// errPrinted is a failure whose message was already printed.
var errPrinted = errors.New("already reported")

// app carries what every command works with: streams, environment, and the
// global flags.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	env            []string
	configPath     string
	lang           string
	indexPath      string
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, env: os.Environ()}
	root := newRootCmd(a)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
	case !errors.Is(err, errPrinted):
		render.Problem(stderr, err.Error())
	}
	return exitTrouble
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "padlint",
		Short: "Check that pads carry the header whoever comes next needs",
		Long: `padlint checks collaborative notes (Etherpad, Framapad, HedgeDoc pads) against
a small convention: at the top of every pad, a Title, a Description of at most
three lines, the Next steps and Hashtags. With that header, whoever comes later
finds the pad and picks the work up where it was left.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.PersistentFlags().StringVar(&a.configPath, "config", "", "settings file (default: "+rules.FileName+" here or in a parent folder)")
	root.PersistentFlags().StringVar(&a.indexPath, "index", "", "the index `FILE` (default: PADLINT_INDEX, else padlint/index.db in your data folder)")
	root.PersistentFlags().StringVar(&a.lang, "lang", "", "language of messages: fr or en (default: from the settings, then LANG)")
	root.AddCommand(newLintCmd(a, nil), newIndexCmd(a, nil), newSearchCmd(a), newTagsCmd(a), newNextCmd(a), newLinksCmd(a), newShowCmd(a), newSummaryCmd(a), newWatchCmd(a), newRulesCmd(a), newTemplateCmd(a), newVersionCmd(a))
	return root
}

// config loads the settings: --config, else .padlint.yaml found from the
// current folder upwards, else the defaults; then settles the language.
func (a *app) config() (*rules.Config, error) {
	if a.lang != "" && a.lang != "fr" && a.lang != "en" {
		return nil, fmt.Errorf("--lang %s: padlint speaks fr and en", a.lang)
	}
	path := a.configPath
	if path == "" {
		wd, _ := os.Getwd()
		path, _ = rules.Find(wd)
	}
	cfg := rules.Default()
	if path != "" {
		var err error
		if cfg, err = rules.Load(path); err != nil {
			return nil, err
		}
	}
	cfg.Lang = a.language(cfg.Lang)
	return cfg, nil
}

// language picks the language of messages: --lang, the settings', the
// environment's (LC_ALL, LC_MESSAGES, LANG), else English.
func (a *app) language(configured string) string {
	for _, l := range []string{a.lang, configured, a.getenv("LC_ALL"), a.getenv("LC_MESSAGES"), a.getenv("LANG")} {
		if strings.HasPrefix(l, "fr") {
			return "fr"
		}
		if l != "" && l != "C" && l != "POSIX" {
			return "en"
		}
	}
	return "en"
}

func (a *app) getenv(key string) string {
	for _, kv := range a.env {
		if k, v, _ := strings.Cut(kv, "="); k == key {
			return v
		}
	}
	return ""
}

// stdinIsTerminal tells whether a person, rather than a pipe, is at the
// other end of standard input.
func (a *app) stdinIsTerminal() bool {
	return isTerminal(a.stdin)
}

// isTerminal tells whether a stream is a terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
