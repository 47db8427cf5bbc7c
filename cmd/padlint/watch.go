package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/padlint/padlint/fetch"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/render"
	"github.com/padlint/padlint/rules"
	"github.com/padlint/padlint/watch"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

type watchOptions struct {
	source     string
	every      time.Duration
	until      string
	forTime    time.Duration
	exitOnPass bool
	fetch      fetchOptions
}

func newWatchCmd(a *app) *cobra.Command {
	opts := &watchOptions{}
	cmd := &cobra.Command{
		Use:   "watch [flags] PAD",
		Short: "Watch a live pad until its header is right",
		Long: `Read a pad again and again while the workshop writes it, and show how its
header stands: the title, the description, the next steps and the hashtags,
each right or not, what to add, what changed at the last reading, and the time
left. On a terminal the status is drawn in place; otherwise a line is written
each time something changes.

With --until or --for the watch ends then: if the header is still not right,
padlint prints what is missing, in the pad's language, ready to paste at the
top of the pad, and exits 1. --exit-on-pass ends it as soon as the header is
right. Ctrl-C ends it at any time.

Without the server's API key, a pad is read through its public export at most
once every 10 seconds: Etherpad lets one address make 10 exports in 90 s. With
the key (--api-key-file, or PADLINT_API_KEY), padlint asks the server when the
pad was last edited, and reads it only when it changed. A reading that fails
shows in the status; the watch goes on, waiting twice as long each time.

PAD is a pad's address, or a pad file.`,
		Example: `  padlint watch https://pad.example.org/p/atelier-communs --until 17:30
  padlint watch https://pad.example.org/p/atelier-communs --for 45m --exit-on-pass
  padlint watch --api-key-file pad.example.org.key --every 5s https://pad.example.org/p/atelier`,
		Args: exactArgs(1, "give the pad to watch: padlint watch https://HOST/p/NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.source = args[0]
			return a.runWatch(cmd.Context(), opts)
		},
	}
	cmd.Flags().DurationVar(&opts.every, "every", 30*time.Second, "read the pad every `DURATION` (10s at least without the API key)")
	cmd.Flags().StringVar(&opts.until, "until", "", "end the watch at `TIME` today (17:30)")
	cmd.Flags().DurationVar(&opts.forTime, "for", 0, "end the watch after `DURATION` (45m)")
	cmd.Flags().BoolVar(&opts.exitOnPass, "exit-on-pass", false, "end the watch, exit 0, as soon as the header is right")
	opts.fetch.addKeyFlags(cmd.Flags())
	return cmd
}

func (a *app) runWatch(ctx context.Context, opts *watchOptions) error {
	cfg, err := a.config()
	if err != nil {
		return err
	}
	w, err := a.newWatch(opts, cfg)
	if err != nil {
		return err
	}
	var done func()
	w.Show, w.Tick, done = a.watchDisplay(cfg.Lang)
	st := w.Run(ctx)
	done()
	return a.watchEnd(st, cfg)
}

// newWatch checks the pad and the times, and returns the watch of the pad.
func (a *app) newWatch(opts *watchOptions, cfg *rules.Config) (*watch.Watch, error) {
	if _, err := os.Stat(opts.source); err != nil && !fetch.IsURL(opts.source) {
		return nil, fmt.Errorf("%s is neither a pad's address nor a file: give the pad to watch, as https://HOST/p/NAME", opts.source)
	}
	until, err := opts.deadline(time.Now())
	if err != nil {
		return nil, err
	}
	opt := lint.Options{Config: cfg, FailOn: rules.Error}
	if err := a.applyFetch(&opts.fetch, []string{opts.source}, &opt); err != nil {
		return nil, err
	}
	every, gap := a.pace(opts, opt.Fetch)
	return &watch.Watch{Source: opts.source, Read: reader(opts.source, opt, cfg.PadOptions()), FailOn: rules.Error,
		Every: every, Gap: gap, Until: until, ExitOnPass: opts.exitOnPass, Clock: realClock{}}, nil
}

// deadline returns when the watch ends, zero when it does not.
func (o *watchOptions) deadline(now time.Time) (time.Time, error) {
	switch {
	case o.until != "" && o.forTime != 0:
		return time.Time{}, errors.New("--until and --for both end the watch: give one")
	case o.forTime < 0:
		return time.Time{}, fmt.Errorf("--for %s: give how long to watch, as 45m", o.forTime)
	case o.forTime > 0:
		return now.Add(o.forTime), nil
	case o.until == "":
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("15:04", o.until, now.Location())
	if err != nil {
		return time.Time{}, fmt.Errorf("--until %s: give a time of today, as 17:30", o.until)
	}
	end := time.Date(now.Year(), now.Month(), now.Day(), t.Hour(), t.Minute(), 0, 0, now.Location())
	if !end.After(now) {
		return time.Time{}, fmt.Errorf("--until %s: it is %s already: give a later time, or --for 45m", o.until, now.Format("15:04"))
	}
	return end, nil
}

// pace returns how often to read the pad, and the least time between two
// readings: as asked, but never faster than Etherpad lets a public export
// be read; it says so when it slows down.
func (a *app) pace(opts *watchOptions, client *fetch.Client) (every, gap time.Duration) {
	p, err := fetch.ParseURL(opts.source)
	if err != nil || client.UsesAPI(p) {
		return max(opts.every, time.Second), 0
	}
	client.PaceOne()
	if opts.every < fetch.ExportEvery {
		fmt.Fprintf(a.stderr, "padlint: without the API key, %s lets padlint read a pad 10 times in 90 s: reading it every %s\n",
			p.Host(), fetch.ExportEvery)
	}
	return max(opts.every, fetch.ExportEvery), fetch.ExportEvery
}

// reader returns what reads and lints the pad each time: again only when
// it changed, when its server or its file can tell.
func reader(source string, opt lint.Options, popt pad.Options) func(context.Context) lint.Report {
	last := &lastReading{}
	opt.Cache = last
	return func(ctx context.Context) lint.Report {
		r := lint.One(ctx, source, opt, popt)
		if r.Err == nil && !r.Unchanged {
			last.report = r
		}
		return r
	}
}

// lastReading is the last report of a watched pad, given again while the
// pad's stamp stays the same.
type lastReading struct{ report lint.Report }

func (l *lastReading) Lookup(_ string, s lint.Stamp) (lint.Report, bool) {
	old := l.report.Stamp
	return l.report, l.report.Doc != nil && old.Edited.Equal(s.Edited) && old.Size == s.Size
}

// realClock is the time of the machine.
type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// watchDisplay returns how the watch is shown: drawn in place on a
// terminal that can move its cursor, the time left counted each second; a
// line at each change otherwise. done ends the display.
func (a *app) watchDisplay(lang string) (show func(watch.Status), tick time.Duration, done func()) {
	o := render.WatchOptions{Options: render.Options{Lang: lang, Color: a.color("text")}}
	f, ok := a.stdout.(*os.File)
	if !ok || !isTerminal(a.stdout) || a.getenv("TERM") == "dumb" {
		return render.NewWatchLog(a.stdout, o).Show, 0, func() {}
	}
	o.Size = func() (int, int) {
		w, h, _ := term.GetSize(int(f.Fd()))
		return w, h
	}
	screen := render.NewWatchScreen(a.stdout, o)
	return screen.Show, time.Second, screen.Close
}

// watchEnd says how the watch ended: 0 when the header is right; else it
// prints what is missing, ready to paste, and fails.
func (a *app) watchEnd(st watch.Status, cfg *rules.Config) error {
	switch {
	case st.Checked.IsZero() && st.Err != nil:
		return st.Err
	case st.Passed:
		return nil
	}
	var missing []pad.FieldName
	for _, f := range st.Fields {
		if f.State == watch.Missing {
			missing = append(missing, f.Name)
		}
	}
	if len(missing) > 0 {
		lang := st.Lang
		if lang == "" {
			lang = cfg.Lang
		}
		render.Missing(a.stdout, a.stderr, rules.Skeleton(cfg, lang, missing), cfg.Lang)
	}
	return errFailed
}
