package main

import (
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"
)

// sample is what one run of a command measured.
type sample struct {
	wall    time.Duration
	rss     int64 // peak resident memory in bytes, 0 when unknown
	output  int64 // bytes written to standard output
	exit    int
	rssSeen bool
}

// bench runs the warmup rounds then the measured rounds, each command once
// a round in the given order, and returns the measured samples by command.
func bench(cfg config, progress io.Writer) ([][]sample, error) {
	samples := make([][]sample, len(cfg.commands))
	for round := range cfg.warmup + cfg.runs {
		got, err := runRound(cfg.commands, progress, roundName(round, cfg))
		if err != nil {
			return nil, err
		}
		for i, s := range got {
			if round >= cfg.warmup {
				samples[i] = append(samples[i], s)
			}
		}
	}
	return samples, nil
}

// runRound runs every command once and reports their times to progress.
func runRound(commands []command, progress io.Writer, name string) ([]sample, error) {
	got := make([]sample, len(commands))
	walls := make([]string, len(commands))
	for i, c := range commands {
		s, err := runOnce(c)
		if err != nil {
			return nil, err
		}
		got[i], walls[i] = s, c.label+" "+formatDuration(s.wall)
	}
	fmt.Fprintf(progress, "cmp: %s: %s\n", name, strings.Join(walls, ", "))
	return got, nil
}

// roundName names a round for the progress lines.
func roundName(round int, cfg config) string {
	if round < cfg.warmup {
		return fmt.Sprintf("warmup %d/%d", round+1, cfg.warmup)
	}
	return fmt.Sprintf("run %d/%d", round-cfg.warmup+1, cfg.runs)
}

// runOnce runs c with empty input, counting and discarding its output.
func runOnce(c command) (sample, error) {
	cmd := exec.Command(c.argv[0], c.argv[1:]...)
	var out countingWriter
	stderr := &tailWriter{limit: 2048}
	cmd.Stdout, cmd.Stderr = &out, stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		return sample{}, fmt.Errorf("%s: %w", c.label, err)
	}
	s := sample{wall: wall, output: out.n, exit: cmd.ProcessState.ExitCode()}
	s.rss, s.rssSeen = peakRSS(cmd.ProcessState)
	return s, checkExit(c, s.exit, stderr)
}

// checkExit accepts exit codes 0 and 1 (a linter's "found problems").
func checkExit(c command, code int, stderr *tailWriter) error {
	if code == 0 || code == 1 {
		return nil
	}
	return fmt.Errorf("%s exited with code %d; its standard error ends with:\n%s",
		c.label, code, stderr.String())
}

// countingWriter counts the bytes written to it and drops them.
type countingWriter struct{ n int64 }

// Write counts p.
func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// tailWriter keeps the last bytes written to it, up to limit.
type tailWriter struct {
	limit int
	buf   []byte
}

// Write keeps the end of p.
func (w *tailWriter) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	if extra := len(w.buf) - w.limit; extra > 0 {
		w.buf = w.buf[extra:]
	}
	return len(p), nil
}

// String returns the kept bytes.
func (w *tailWriter) String() string { return string(w.buf) }
