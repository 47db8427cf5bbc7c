package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
)

// separator separates the commands on the command line.
const separator = ":::"

// usage is printed when the command line is wrong.
const usage = `usage: cmp [-runs N] [-warmup N] -label NAME -- CMD [ARG...] [::: -label NAME -- CMD [ARG...]]...
`

// command is one command to measure.
type command struct {
	label string
	argv  []string
}

// config is what to run and how often.
type config struct {
	runs     int
	warmup   int
	commands []command
}

// parseArgs reads the flags and the commands separated by ":::".
func parseArgs(args []string) (config, error) {
	cfg := config{runs: 7, warmup: 1}
	for i, segment := range splitArgs(args) {
		c, err := parseCommand(segment, &cfg, i == 0)
		if err != nil {
			return cfg, fmt.Errorf("command %d: %w", i+1, err)
		}
		cfg.commands = append(cfg.commands, c)
	}
	return cfg, cfg.check()
}

// splitArgs cuts args at every separator.
func splitArgs(args []string) [][]string {
	segments := [][]string{{}}
	for _, arg := range args {
		if arg == separator {
			segments = append(segments, []string{})
			continue
		}
		last := len(segments) - 1
		segments[last] = append(segments[last], arg)
	}
	return segments
}

// parseCommand reads the flags of one command, and the global flags for
// the first one.
func parseCommand(args []string, cfg *config, first bool) (command, error) {
	fs := flag.NewFlagSet("cmp", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	label := fs.String("label", "", "name of the command in the table")
	if first {
		fs.IntVar(&cfg.runs, "runs", cfg.runs, "measured runs of each command")
		fs.IntVar(&cfg.warmup, "warmup", cfg.warmup, "unmeasured runs of each command first")
	}
	if err := fs.Parse(args); err != nil {
		return command{}, err
	}
	if fs.NArg() == 0 {
		return command{}, errors.New("no command given")
	}
	if *label == "" {
		*label = filepath.Base(fs.Arg(0))
	}
	return command{label: *label, argv: fs.Args()}, nil
}

// check rejects counts that make no measurement.
func (c config) check() error {
	switch {
	case c.runs < 1:
		return errors.New("-runs must be at least 1")
	case c.warmup < 0:
		return errors.New("-warmup must not be negative")
	}
	return nil
}
