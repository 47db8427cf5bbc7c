// Command cmp compares the wall time, peak memory and output size of whole
// commands, run in turn on the same machine, and prints a Markdown table.
//
// Usage:
//
//	go run ./bench/cmp [-runs N] [-warmup N] \
//		-label NAME -- CMD [ARG...] ::: -label NAME -- CMD [ARG...] ...
//
// Commands are separated by ":::". Each one may have a -label (by default
// the base name of CMD); "--" ends the flags of a command and may be left
// out when its first word does not start with "-". The flags -runs (default
// 7) and -warmup (default 1) come first, before the first -label.
//
// The commands run interleaved, A B A B ..., so that a noisy machine is
// fair to all of them: first the warmup rounds, whose results are dropped,
// then the measured ones. Standard input is empty; standard output is
// counted and discarded; standard error is kept to explain a failure. An
// exit code other than 0 or 1 is an error (a linter exits 1 on findings).
//
// For each command the table gives the median, minimum and maximum wall
// time, the peak resident memory, the bytes written to standard output, the
// exit codes and the ratio of its median to the first command's median.
// A line below names the machine. Progress goes to standard error.
//
// Example:
//
//	go run ./bench/cmp -runs 5 -label rg -- rg -l '#raretag' corpus ::: \
//		-label grep -- grep -rl '#raretag' corpus
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func main() {
	cfg, err := parseArgs(os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		fmt.Print(usage)
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "cmp:", err)
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	results, err := bench(cfg, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cmp:", err)
		os.Exit(1)
	}
	writeReport(os.Stdout, cfg, summarize(results))
}
