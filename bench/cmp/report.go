package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

// writeReport writes the Markdown table, the machine line and the commands.
func writeReport(w io.Writer, cfg config, sums []summary) {
	first := cfg.commands[0].label
	fmt.Fprintf(w, "| command | median | min | max | peak RSS | output | exit | vs %s |\n", cell(first))
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|:-:|--:|")
	for i, s := range sums {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %.2f× |\n",
			cell(cfg.commands[i].label), formatDuration(s.median), formatDuration(s.min),
			formatDuration(s.max), formatRSS(s), formatBytes(s.output), s.exits,
			float64(s.median)/float64(sums[0].median))
	}
	fmt.Fprintf(w, "\n%s; %d runs after %d warmup, interleaved.\n\n", machine(), cfg.runs, cfg.warmup)
	for _, c := range cfg.commands {
		fmt.Fprintf(w, "- %s: `%s`\n", c.label, shellJoin(c.argv))
	}
}

// cell escapes the pipes of text put in a table cell.
func cell(text string) string { return strings.ReplaceAll(text, "|", `\|`) }

// machine describes the machine the commands ran on.
func machine() string {
	line := fmt.Sprintf("Machine: %s/%s, nproc %d, GOMAXPROCS %d, %s",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())
	if cpu := cpuModel(); cpu != "" {
		line += ", " + cpu
	}
	return line
}

// cpuModel returns the processor's name where /proc/cpuinfo tells it.
func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for line := range strings.Lines(string(data)) {
		if name, value, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(name) == "model name" {
			return strings.TrimSpace(value)
		}
	}
	return ""
}

// formatDuration writes d in milliseconds, or in seconds from one second on.
func formatDuration(d time.Duration) string {
	if d >= time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}

// formatRSS writes the peak memory of s, or n/a.
func formatRSS(s summary) string {
	if !s.rssSeen {
		return "n/a"
	}
	return formatBytes(s.rss)
}

// formatBytes writes n in bytes, KiB or MiB.
func formatBytes(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// shellJoin writes argv as a shell command line, quoting where needed.
func shellJoin(argv []string) string {
	quoted := make([]string, len(argv))
	for i, arg := range argv {
		quoted[i] = shellQuote(arg)
	}
	return strings.Join(quoted, " ")
}

// shellQuote quotes arg for a POSIX shell when it holds special characters.
func shellQuote(arg string) string {
	if arg != "" && strings.Trim(arg, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%") == "" {
		return arg
	}
	return "'" + strings.ReplaceAll(arg, "'", `'\''`) + "'"
}
