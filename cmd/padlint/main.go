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
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400) // a short run over a small heap: collect less often
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
