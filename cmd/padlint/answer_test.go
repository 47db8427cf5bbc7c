package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// answerCommands are the commands that answer from the index, each in
// both formats.
var answerCommands = [][]string{
	{"search", "#communs"}, {"search", "#communs", "--format", "json"},
	{"tags"}, {"tags", "--format", "json"},
	{"next"}, {"next", "#fablab", "--format", "json"},
	{"links", "fr-hub-pad.txt"}, {"links", "fr-hub-pad.txt", "--format", "json"},
	{"show", "fr-hub-pad.txt"}, {"show", "fr-hub-pad.txt", "--format", "json"},
}

// answerIndex indexes the example pads in a new index, and returns it.
func answerIndex(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "index.db")
	var stderr bytes.Buffer
	if code := run([]string{"index", "--index", db, "../../testdata/pads"}, nil, new(bytes.Buffer), &stderr); code != exitOK {
		t.Fatalf("padlint index: exit %d\n%s", code, &stderr)
	}
	return db
}

// failingWriter fails every write with err, as a full disk does.
type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

// TestAnswerWriteFails checks that an answer that cannot be written says
// so and exits 2, in both formats, rather than exit 0 with nothing written.
func TestAnswerWriteFails(t *testing.T) {
	db := answerIndex(t)
	full := failingWriter{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}}
	for _, args := range answerCommands {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(append([]string{"--index", db}, args...), nil, full, &stderr)
			want := "padlint: the answer could not be written: write /dev/stdout: no space left on device: " +
				"free some space on the disk, or send it elsewhere\n"
			if code != exitTrouble || stderr.String() != want {
				t.Errorf("exit %d, standard error %q; want exit 2, %q", code, &stderr, want)
			}
		})
	}
}

// TestAnswerOtherWriteError checks the message of a failed write that is
// not a full disk.
func TestAnswerOtherWriteError(t *testing.T) {
	db := answerIndex(t)
	var stderr bytes.Buffer
	code := run([]string{"--index", db, "tags"}, nil, failingWriter{errors.New("write /dev/stdout: input/output error")}, &stderr)
	want := "padlint: the answer could not be written: write /dev/stdout: input/output error: send it elsewhere\n"
	if code != exitTrouble || stderr.String() != want {
		t.Errorf("exit %d, standard error %q; want exit 2, %q", code, &stderr, want)
	}
}

// TestAnswerReaderGone checks that an answer whose reader has gone, as
// head goes once it has its lines, ends without a word, exit 2: the pipe
// that padlint writes to when SIGPIPE is ignored.
func TestAnswerReaderGone(t *testing.T) {
	db := answerIndex(t)
	gone := failingWriter{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}}
	for _, args := range answerCommands {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(append([]string{"--index", db}, args...), nil, gone, &stderr)
			if code != exitTrouble || stderr.Len() != 0 {
				t.Errorf("exit %d, standard error %q; want exit 2, nothing", code, &stderr)
			}
		})
	}
}

// answerProcess returns padlint as a process of its own: the test binary,
// which TestMain runs as padlint under that name.
func answerProcess(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "padlint")
	if err := os.Symlink(self, bin); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "LANG=C")
	return cmd
}

// TestAnswerOnDevFull runs each command with its standard output on
// /dev/full, where every write fails: it says so, and exits 2.
func TestAnswerOnDevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full here: %v", err)
	}
	defer full.Close()
	db := answerIndex(t)
	for _, args := range answerCommands {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			cmd := answerProcess(t, append([]string{"--index", db}, args...)...)
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = full, &stderr
			err := cmd.Run()
			if code := cmd.ProcessState.ExitCode(); code != exitTrouble || !strings.Contains(stderr.String(), "no space left on device: free some space") {
				t.Errorf("exit %d (%v), standard error %q; want exit 2, and the disk full", code, err, &stderr)
			}
		})
	}
}

// TestAnswerToClosedPipe runs search with its standard output on a pipe
// nobody reads any more: it ends without a word, and not with success.
func TestAnswerToClosedPipe(t *testing.T) {
	db := answerIndex(t)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	cmd := answerProcess(t, "--index", db, "search", "#communs", "--limit", "0")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	err = cmd.Run()
	w.Close()
	if err == nil || stderr.Len() != 0 {
		t.Errorf("padlint search into a closed pipe: %v, standard error %q; want a failure without a word", answerEnd(err), &stderr)
	}
}

// answerEnd says how a process ended.
func answerEnd(err error) string {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return fmt.Sprintf("%v", exit.ProcessState)
	}
	return fmt.Sprint(err)
}
