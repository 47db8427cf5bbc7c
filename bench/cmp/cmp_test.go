package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseArgs(t *testing.T) {
	cfg, err := parseArgs(strings.Fields("-runs 3 -warmup 0 -label A -- rg -l x ::: -label B -- grep -r -l x ::: cat f"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.runs != 3 || cfg.warmup != 0 || len(cfg.commands) != 3 {
		t.Fatalf("got %+v", cfg)
	}
	want := []command{
		{"A", []string{"rg", "-l", "x"}},
		{"B", []string{"grep", "-r", "-l", "x"}},
		{"cat", []string{"cat", "f"}},
	}
	for i, c := range cfg.commands {
		if c.label != want[i].label || !slices.Equal(c.argv, want[i].argv) {
			t.Errorf("command %d = %+v, want %+v", i, c, want[i])
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	for _, args := range []string{"", "-runs 0 true", "-warmup -1 true", "true :::", "-label A --", "true ::: -runs 2 true"} {
		if _, err := parseArgs(strings.Fields(args)); err == nil {
			t.Errorf("parseArgs(%q) accepted", args)
		}
	}
}

func TestSummarize(t *testing.T) {
	ms := time.Millisecond
	s := summarizeRuns([]sample{
		{wall: 30 * ms, output: 10, exit: 1}, {wall: 10 * ms, rss: 5, rssSeen: true},
		{wall: 20 * ms, rss: 7, rssSeen: true}, {wall: 50 * ms},
	})
	if s.median != 25*ms || s.min != 10*ms || s.max != 50*ms || s.rss != 7 || s.output != 10 || s.exits != "0/1" {
		t.Errorf("got %+v", s)
	}
}

func TestBenchAllowsExitOne(t *testing.T) {
	cfg := config{runs: 2, warmup: 1, commands: []command{
		{"ok", []string{"sh", "-c", "printf hello"}},
		{"findings", []string{"sh", "-c", "exit 1"}},
	}}
	samples, err := bench(cfg, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(samples[0]) != 2 || samples[0][0].output != 5 || samples[1][0].exit != 1 {
		t.Errorf("got %+v", samples)
	}
}

func TestBenchRejectsOtherExitCodes(t *testing.T) {
	cfg := config{runs: 1, commands: []command{{"bad", []string{"sh", "-c", "echo why >&2; exit 2"}}}}
	_, err := bench(cfg, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "why") {
		t.Errorf("got %v", err)
	}
}

func TestReport(t *testing.T) {
	cfg := config{runs: 1, commands: []command{{"a|b", []string{"grep", "-rl", "#raretag", "dir"}}}}
	var out bytes.Buffer
	writeReport(&out, cfg, []summary{{median: time.Second, min: time.Second, max: time.Second, exits: "0"}})
	for _, want := range []string{`| a\|b | 1.00 s |`, "1.00×", "Machine: ", "`grep -rl '#raretag' dir`"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
