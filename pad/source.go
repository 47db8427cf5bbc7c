package pad

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unsafe"
)

// MaxSize is the largest pad padlint reads. Etherpad itself refuses far
// smaller pads; anything larger is some other file.
const MaxSize = 64 << 20

// Stdin is the source name that stands for standard input.
const Stdin = "-"

// Exts are the file endings read in a directory.
var Exts = []string{".txt", ".md", ".markdown", ".html", ".htm", ".etherpad"}

// ErrNoPads is the error for a folder in which no pad file was found. It
// is also fs.ErrNotExist: the pads an index knew there are gone.
var ErrNoPads error = noPads{}

type noPads struct{}

func (noPads) Error() string { return "no pad file in this folder" }

func (noPads) Is(target error) bool { return target == fs.ErrNotExist }

// ErrSpecialFile is the error for a named pipe, a device or a socket found
// in a folder with a pad's ending: reading it could wait forever, so it is
// skipped.
var ErrSpecialFile = errors.New("not a pad file: skipped")

// Files expands sources into the files to read: a file as it is, a
// directory's pad files (by ending, recursively, in lexical order, hidden
// folders passed over), and "-" for standard input. A source that cannot be
// listed, a directory without pad files, and a special file in a directory
// yield an error, and the others go on.
func Files(sources []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, src := range sources {
			if !expand(src, yield) {
				return
			}
		}
	}
}

func expand(src string, yield func(string, error) bool) bool {
	if src == Stdin {
		return yield(src, nil)
	}
	info, err := os.Stat(src)
	if err != nil || !info.IsDir() {
		return yield(src, err)
	}
	return walk(src, yield)
}

// walk yields the pad files of a directory, passing over hidden folders, or
// ErrNoPads when there is none.
func walk(dir string, yield func(string, error) bool) bool {
	w := &walker{root: walkRoot(dir), yield: yield}
	err := filepath.WalkDir(w.root, w.step)
	if !w.found && err == nil {
		return yield(dir, fmt.Errorf("%w: padlint reads the files ending in %s", ErrNoPads, strings.Join(Exts, " ")))
	}
	return !w.stop && err == nil
}

// walker is a walk through one directory.
type walker struct {
	root        string
	yield       func(string, error) bool
	found, stop bool // something was yielded; yield asked to stop
}

func (w *walker) step(path string, d fs.DirEntry, err error) error {
	switch {
	case err != nil:
		return w.visit(path, err)
	case d.IsDir() && path != w.root && strings.HasPrefix(d.Name(), "."):
		return filepath.SkipDir
	case !d.IsDir() && isPadFile(d.Name()):
		return w.visit(path, regular(path, d))
	}
	return nil
}

func (w *walker) visit(path string, err error) error {
	w.found, w.stop = true, !w.yield(path, err)
	if w.stop {
		return filepath.SkipAll
	}
	return nil
}

// walkRoot ends a directory's name with a separator, so that a symbolic
// link to a directory is walked as the directory.
func walkRoot(dir string) string {
	if strings.HasSuffix(dir, string(filepath.Separator)) {
		return dir
	}
	return dir + string(filepath.Separator)
}

// regular returns nil for a regular file, or a symbolic link to one, and
// ErrSpecialFile for the rest, which is not opened: opening a named pipe
// waits for a writer that may never come.
func regular(path string, d fs.DirEntry) error {
	if d.Type().IsRegular() {
		return nil
	}
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return err
	case info.Mode().IsRegular():
		return nil
	}
	return fmt.Errorf("%s, %w", FileKind(info.Mode()), ErrSpecialFile)
}

// FileKind names what a file that is not a regular one is, for a message:
// "a named pipe", "a device".
func FileKind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	case mode.IsDir():
		return "a folder"
	}
	return "a special file"
}

func isPadFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Exts {
		if ext == e {
			return true
		}
	}
	return false
}

// ReadFile reads a pad file, or standard input for "-", refusing anything
// over MaxSize.
func ReadFile(name string, stdin io.Reader) (string, error) {
	if name == Stdin {
		return readAll(stdin, 64<<10)
	}
	f, err := open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return "", err
	case info.Size() > MaxSize:
		return "", tooLarge(info.Size())
	case !info.Mode().IsRegular() || info.Size() == 0: // a device or a special file, whose size says nothing
		return readAll(f, 512)
	}
	return readSized(f, info.Size())
}

// open opens a file for reading. Unlike os.Open, it does not offer the file
// to the network poller, which refuses regular files on Linux after five
// system calls: a fifth of the cost of reading a small pad.
func open(name string) (*os.File, error) {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return os.NewFile(uintptr(fd), name), nil
}

// readSized reads a file of a known size in as few calls as it takes; a
// file that grows meanwhile is read as it was when it was opened.
func readSized(f *os.File, size int64) (string, error) {
	buf := make([]byte, size)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF { // a file that shrank is read as it is
		return "", err
	}
	return unsafe.String(unsafe.SliceData(buf), n), nil
}

// readAll reads r whole, refusing more than MaxSize, into a buffer of the
// expected size that becomes the string as it is: the buffer is never
// written again, so the text need not be copied.
func readAll(r io.Reader, size int64) (string, error) {
	buf := bytes.NewBuffer(make([]byte, 0, size))
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxSize+1)); err != nil {
		return "", err
	}
	if buf.Len() > MaxSize {
		return "", tooLarge(int64(buf.Len()))
	}
	data := buf.Bytes()
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

func tooLarge(size int64) error {
	return fmt.Errorf("%d MB is too large for a pad (the limit is %d MB)", size>>20, MaxSize>>20)
}
