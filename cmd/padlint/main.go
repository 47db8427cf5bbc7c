// Command padlint checks collaborative notes (Etherpad, Framapad, HedgeDoc
// pads) against the header convention that lets whoever comes next pick the
// work up: a title, a description of three lines, the next steps and
// hashtags, at the top of every pad.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		// A short run that holds few pads at a time: collect only when the
		// heap nears 64 MiB, rather than every few megabytes.
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(64 << 20)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
