package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/padlint/padlint/lint"
)

func TestProgressCounts(t *testing.T) {
	var out bytes.Buffer
	bar := newProgress(&out, 0, "fetching pads")
	var opt lint.Options
	bar.watch(&opt)
	opt.Found(1)
	opt.Found(2)
	bar.done(lint.Report{Source: "a"})
	bar.done(lint.Report{Source: "b", Err: errors.New("no pad")})
	shown := out.String()
	for _, want := range []string{"fetching pads: 2 of 3 found, 1 failed", "pads/"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the progress shows %q, want %q in it", shown, want)
		}
	}
	out.Reset()
	var file bytes.Buffer
	if w := bar.writer(&file); w != &file {
		t.Errorf("output to a file goes through %T, want it written as it is", w)
	}
	clearing{&file, bar}.Write([]byte("pad a\n")) // as when the output is the same terminal
	if !strings.HasPrefix(out.String(), "\r ") || file.String() != "pad a\n" {
		t.Errorf("writing output drew %q on the progress's line, want it cleared first", out.String())
	}
	out.Reset()
	bar.done(lint.Report{Source: "c"})
	bar.finish()
	if shown := out.String(); !strings.HasSuffix(shown, "\r") || strings.Contains(shown[strings.LastIndex(shown[:len(shown)-1], "\r"):], "pads") {
		t.Errorf("the progress ends as %q, want it cleared away", shown)
	}
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	a := &app{stderr: &bytes.Buffer{}}
	if bar := a.progress("fetching pads", true); bar != nil {
		t.Error("a progress display on a standard error that is no terminal")
	}
	var nothing *progress // a run that shows none still works
	nothing.done(lint.Report{})
	nothing.clear()
	nothing.finish()
}
