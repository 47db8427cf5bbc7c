package main

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/padlint/padlint/internal/etherpadtest"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in the scripts")

func TestMain(m *testing.M) {
	testscript.Main(withEtherpad{m}, map[string]func(){
		"padlint": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// withEtherpad runs the tests with a real Etherpad server at hand; the
// padlint command that the scripts start does without.
type withEtherpad struct{ m *testing.M }

func (w withEtherpad) Run() int { return etherpadtest.Run(w.m) }

// TestScripts runs the transcripts of testdata/script: padlint as a user
// runs it, in a fresh folder, with the example pads at $PADS.
func TestScripts(t *testing.T) {
	pads, err := filepath.Abs("../../testdata/pads")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("HOME", env.WorkDir)
			env.Setenv("PADS", pads)
			env.Setenv("LANG", "C")
			return nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exits":    exits,
			"sparse":   sparse,
			"copypads": copyPads(pads),
			"sleep":    sleep,
		},
	})
}

// exits N CMD ARGS... runs a command and checks its exit status is N.
func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits STATUS COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	var exit *exec.ExitError
	if err := ts.Exec(args[1], args[2:]...); errors.As(err, &exit) {
		got = exit.ExitCode()
	} else if err != nil {
		ts.Fatalf("%v", err)
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// sparse FILE SIZE makes a file of SIZE bytes that takes no room on disk.
func sparse(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: sparse FILE SIZE")
	}
	size, err := strconv.ParseInt(args[1], 10, 64)
	ts.Check(err)
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	ts.Check(f.Truncate(size))
	ts.Check(f.Close())
}

// copyPads returns the command copypads DIR N: N copies of the example
// pads in DIR, taken in turn, each under a name of its own, each edited a
// second after the one before.
func copyPads(pads string) func(*testscript.TestScript, bool, []string) {
	return func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 2 {
			ts.Fatalf("usage: copypads DIR N")
		}
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		files, err := os.ReadDir(pads)
		ts.Check(err)
		dir := ts.MkAbs(args[0])
		ts.Check(os.MkdirAll(dir, 0o755))
		for i := range n {
			f := files[i%len(files)].Name()
			data, err := os.ReadFile(filepath.Join(pads, f))
			ts.Check(err)
			name := f
			if i >= len(files) {
				name = strconv.Itoa(i/len(files)) + "-" + f
			}
			path := filepath.Join(dir, name)
			ts.Check(os.WriteFile(path, data, 0o644))
			edited := time.Date(2026, 9, 1, 10, 0, i, 0, time.UTC) // one a second: the latest last
			ts.Check(os.Chtimes(path, edited, edited))
		}
	}
}

// sleep DURATION waits, as while a command runs in the background.
func sleep(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: sleep DURATION")
	}
	d, err := time.ParseDuration(args[0])
	ts.Check(err)
	time.Sleep(d)
}
