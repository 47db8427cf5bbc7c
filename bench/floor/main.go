// Command floor does the parts of `padlint lint DIR --format json` that no
// linter of the same pads can skip, and nothing else, to show what they
// cost on their own: it lists and reads every pad as padlint does, on as
// many workers, and with -html also builds the page of each HTML pad with
// goquery. It writes the number of pads and bytes read.
//
// Usage:
//
//	go run ./bench/floor [-html] DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/PuerkitoBio/goquery"
	"github.com/padlint/padlint/pad"
)

func main() {
	html := flag.Bool("html", false, "also parse HTML pads into a document")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: floor [-html] DIR")
		os.Exit(2)
	}
	names := make(chan string, 64)
	var pads, size atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for name := range names {
				pads.Add(1)
				size.Add(int64(read(name, *html)))
			}
		})
	}
	for name, err := range pad.Files(flag.Args()) {
		if err == nil {
			names <- name
		}
	}
	close(names)
	wg.Wait()
	fmt.Println(pads.Load(), "pads,", size.Load(), "bytes")
}

func read(name string, html bool) int {
	data, err := pad.ReadFile(name, nil)
	if err != nil {
		return 0
	}
	if html && pad.FormatOf(name, data) == pad.HTML {
		goquery.NewDocumentFromReader(strings.NewReader(data))
	}
	return len(data)
}
