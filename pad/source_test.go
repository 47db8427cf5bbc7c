package pad

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// listed runs Files and sums up what it yields: each name with nil, or
// with the sentinel error it wraps.
func listed(t *testing.T, sources ...string) []string {
	t.Helper()
	var got []string
	for name, err := range Files(sources) {
		switch {
		case err == nil:
			got = append(got, name)
		case errors.Is(err, ErrSpecialFile):
			got = append(got, name+": special")
		case errors.Is(err, ErrNoPads):
			got = append(got, name+": no pads")
		default:
			got = append(got, name+": "+err.Error())
		}
	}
	return got
}

func writePad(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("Title: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFilesSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writePad(t, filepath.Join(dir, "a.txt"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"alias.md": "a.txt", "null.txt": os.DevNull, "gone.txt": "nowhere"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	got := listed(t, dir)
	want := []string{dir + "/a.txt", dir + "/alias.md", dir + "/gone.txt: stat " + dir + "/gone.txt: no such file or directory",
		dir + "/null.txt: special", dir + "/pipe.txt: special"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Files (-want +got):\n%s", diff)
	}
}

func TestFilesSpecialFileMessage(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, err := range Files([]string{dir}) {
		got = append(got, fmt.Sprint(err))
	}
	if diff := cmp.Diff([]string{"a named pipe, not a pad file: skipped"}, got); diff != "" {
		t.Errorf("Files errors (-want +got):\n%s", diff)
	}
}

func TestFilesNoPads(t *testing.T) {
	dir := t.TempDir()
	empty, named, others := filepath.Join(dir, "empty"), filepath.Join(dir, "x.txt"), filepath.Join(dir, "others")
	for _, d := range []string{empty, named} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writePad(t, filepath.Join(others, "notes.odt"))
	writePad(t, filepath.Join(others, ".git", "hidden.txt"))
	got := listed(t, empty, named, others)
	want := []string{empty + ": no pads", named + ": no pads", others + ": no pads"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Files (-want +got):\n%s", diff)
	}
}

func TestFilesNoPadsNamesTheEndings(t *testing.T) {
	var got []string
	for _, err := range Files([]string{t.TempDir()}) {
		got = append(got, fmt.Sprint(err))
	}
	want := []string{"no pad file in this folder: padlint reads the files ending in .txt .md .markdown .html .htm .etherpad"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Files errors (-want +got):\n%s", diff)
	}
}

// TestNoPadsIsNotExist checks that a folder emptied of its pads reads as
// pads gone, which is how an index lets them go.
func TestNoPadsIsNotExist(t *testing.T) {
	n := 0
	for _, err := range Files([]string{t.TempDir()}) {
		if n++; !errors.Is(err, fs.ErrNotExist) || !errors.Is(err, ErrNoPads) {
			t.Errorf("Files error = %v, want both ErrNoPads and fs.ErrNotExist", err)
		}
	}
	if n != 1 {
		t.Errorf("Files yielded %d times, want once", n)
	}
}

func TestFilesThroughALinkedFolder(t *testing.T) {
	dir := t.TempDir()
	writePad(t, filepath.Join(dir, "real", "a.txt"))
	link := filepath.Join(dir, "link")
	if err := os.Symlink("real", link); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{link + "/a.txt"}, listed(t, link)); diff != "" {
		t.Errorf("Files (-want +got):\n%s", diff)
	}
}

func TestReadFileThroughALink(t *testing.T) {
	dir := t.TempDir()
	writePad(t, filepath.Join(dir, "a.txt"))
	if err := os.Symlink("a.txt", filepath.Join(dir, "alias.md")); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadFile(filepath.Join(dir, "alias.md"), nil); err != nil || got != "Title: A\n" {
		t.Errorf("ReadFile = %q, %v; want the pad it links to", got, err)
	}
}
