package browser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// need returns the browser for a test, with its runs' temporary directories
// in a directory of the test's own. When the test ends, it fails the test
// if a run left a file there or a process behind.
func need(t *testing.T) *Browser {
	t.Helper()
	b := Need(t)
	root := t.TempDir()
	b.tempRoot = root
	t.Cleanup(func() { checkNoLeftovers(t, root) })
	return b
}

// checkNoLeftovers fails the test if root is not empty or a process run
// with its temporary directory in root is still there.
func checkNoLeftovers(t *testing.T, root string) {
	t.Helper()
	if entries, _ := os.ReadDir(root); len(entries) > 0 {
		t.Errorf("a run left %s in %s", entries[0].Name(), root)
	}
	// chromium's crash handlers, outside its process group, exit with it:
	// give them a moment.
	pids := processesIn(root)
	for deadline := time.Now().Add(2 * time.Second); len(pids) > 0 && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		pids = processesIn(root)
	}
	if len(pids) > 0 {
		t.Errorf("processes %v, run by a test that has ended, are still there", pids)
	}
}

// processesIn returns the processes run by a Browser whose tempRoot is
// root: those whose command line names a file in root, as all of
// chromium's do. It finds none without /proc.
func processesIn(root string) []string {
	cmdlines, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	var pids []string
	for _, path := range cmdlines {
		cmdline, _ := os.ReadFile(path)
		if bytes.Contains(cmdline, []byte(root+"/")) {
			pids = append(pids, filepath.Base(filepath.Dir(path)))
		}
	}
	return pids
}

// writePage writes an HTML page to a file in dir and returns its path.
func writePage(t *testing.T, dir, name, html string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDumpDOM(t *testing.T) {
	b := need(t)
	dir := t.TempDir()
	tests := []struct{ name, html, want string }{
		{"script", `<!doctype html><body><p>before</p><script>document.body.dataset.ran = "1"</script>`,
			`<body data-ran="1">`},
		{"load handler", `<!doctype html><body><script>addEventListener("load", () => document.body.dataset.loaded = "1")</script>`,
			`<body data-loaded="1">`},
		{"text only", `<!doctype html><meta charset="utf-8"><title>Réunion</title><p>Étapes suivantes : café`,
			`<p>Étapes suivantes : café</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			file := writePage(t, dir, strings.ReplaceAll(tt.name, " ", "-")+".html", tt.html)
			got, err := b.DumpDOM(t.Context(), file)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("DumpDOM() = %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

func TestScreenshot(t *testing.T) {
	b := need(t)
	dir := t.TempDir()
	page := writePage(t, dir, "red.html",
		`<!doctype html><body style="margin:0;background:#ff0000"><p style="height:3000px">tall</p>`)
	tests := []struct{ width, height int }{{800, 600}, {320, 480}}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%dx%d", tt.width, tt.height), func(t *testing.T) {
			file := filepath.Join(dir, "shot.png")
			if err := b.Screenshot(t.Context(), page, file, tt.width, tt.height); err != nil {
				t.Fatal(err)
			}
			img := decodePNG(t, file)
			if got := img.Bounds().Size(); got != image.Pt(tt.width, tt.height) {
				t.Errorf("Screenshot() wrote a %dx%d image", got.X, got.Y)
			}
			// The right edge, where a scrollbar would be, shows the page.
			if got := color.RGBAModel.Convert(img.At(tt.width-1, tt.height/2)); got != (color.RGBA{0xff, 0, 0, 0xff}) {
				t.Errorf("Screenshot(): the pixel at the right edge is %v, want red", got)
			}
		})
	}
}

// decodePNG decodes the PNG image in file.
func decodePNG(t *testing.T, file string) image.Image {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestScreenshotToMissingDirectory(t *testing.T) {
	b := need(t)
	dir := t.TempDir()
	page := writePage(t, dir, "page.html", `<!doctype html><p>page`)
	err := b.Screenshot(t.Context(), page, filepath.Join(dir, "missing", "shot.png"), 100, 100)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Screenshot() error = %v, want one for the missing directory", err)
	}
	// chromium exits 0: only its stderr tells what went wrong.
	if want := "Failed to write file"; !strings.Contains(err.Error(), want) {
		t.Errorf("Screenshot() error %q does not show chromium's %q", err, want)
	}
}

// TestLongTempRoot runs chromium with temporary directories too deep for
// its socket in TMPDIR.
func TestLongTempRoot(t *testing.T) {
	b := need(t)
	b.tempRoot = filepath.Join(b.tempRoot, strings.Repeat("x", maxSocketPath))
	if err := os.Mkdir(b.tempRoot, 0o700); err != nil {
		t.Fatal(err)
	}
	page := writePage(t, t.TempDir(), "page.html", `<!doctype html><p>page`)
	if _, err := b.DumpDOM(t.Context(), page); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(b.tempRoot); err != nil {
		t.Error(err)
	}
}

func TestTimeoutKillsChromium(t *testing.T) {
	b := need(t)
	page := writePage(t, t.TempDir(), "loop.html", `<!doctype html><script>for (;;) {}</script>`)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
	defer cancel()
	start := time.Now()
	_, err := b.DumpDOM(ctx, page)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("DumpDOM() of a page that never loads: error %v, want one for the deadline", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("DumpDOM() returned %v after its deadline", took-2*time.Second)
	}
}

func TestTail(t *testing.T) {
	many := strings.Repeat("line\n", stderrLines) + "last"
	tests := []struct{ name, stderr, want string }{
		{"nothing", "", ""},
		{"blank", "\n  \n", ""},
		{"only D-Bus", "[1:2:3/4.5:ERROR:dbus/bus.cc:405] Failed to connect to the bus\n", ""},
		{"D-Bus left out", "[1:2:3/4.5:ERROR:dbus/bus.cc:405] Failed\nFATAL: boom\n",
			"; the end of its stderr:\n\tFATAL: boom"},
		{"last lines", many, "; the end of its stderr:\n\t" + strings.Repeat("line\n\t", stderrLines-1) + "last"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tail(tt.stderr); got != tt.want {
				t.Errorf("tail(%q) = %q, want %q", tt.stderr, got, tt.want)
			}
		})
	}
}

// TestErrors needs no chromium: the browser binary does not exist.
func TestErrors(t *testing.T) {
	dir := t.TempDir()
	page := writePage(t, dir, "page.html", "<p>page</p>")
	missing := filepath.Join(dir, "missing.html")
	b := New(filepath.Join(dir, "no-chromium"))
	b.tempRoot = t.TempDir()
	ctx := t.Context()
	tests := []struct {
		name   string
		run    func() error
		wantIs error
		wantIn []string
	}{
		{"dump of a missing file", func() error { _, err := b.DumpDOM(ctx, missing); return err },
			fs.ErrNotExist, []string{missing}},
		{"screenshot of a missing file", func() error { return b.Screenshot(ctx, missing, "x.png", 8, 8) },
			fs.ErrNotExist, []string{missing}},
		{"dump of a directory", func() error { _, err := b.DumpDOM(ctx, dir); return err },
			nil, []string{dir, "is a directory"}},
		{"screenshot of no size", func() error { return b.Screenshot(ctx, page, "x.png", 0, 600) },
			nil, []string{"0x600", "must be positive"}},
		{"dump with a missing binary", func() error { _, err := b.DumpDOM(ctx, page); return err },
			fs.ErrNotExist, []string{b.Path, "apt-get install chromium"}},
		{"screenshot with a missing binary", func() error { return b.Screenshot(ctx, page, filepath.Join(dir, "x.png"), 8, 8) },
			fs.ErrNotExist, []string{b.Path, "apt-get install chromium"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			if err == nil {
				t.Fatal("no error")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %q is not %v", err, tt.wantIs)
			}
			for _, want := range tt.wantIn {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
	checkNoLeftovers(t, b.tempRoot)
}

func TestFind(t *testing.T) {
	dir, empty := t.TempDir(), t.TempDir()
	executable := writePage(t, dir, "chromium-browser", "#!/bin/sh\n")
	if err := os.Chmod(executable, 0o755); err != nil {
		t.Fatal(err)
	}
	notExecutable := writePage(t, dir, "plain", "")
	missing := filepath.Join(dir, "missing")
	tests := []struct {
		name, env, path, want string
		wantErrIn             []string
	}{
		{"env", executable, empty, executable, nil},
		{"env to a missing file", missing, dir, "", []string{PathEnv + "=" + missing, "unset"}},
		{"env to a file not executable", notExecutable, dir, "", []string{PathEnv + "=" + notExecutable, "unset"}},
		{"on PATH", "", dir, executable, nil},
		{"not on PATH", "", empty, "", []string{"apt-get install chromium", "make chromium", PathEnv}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(PathEnv, tt.env)
			t.Setenv("PATH", tt.path)
			got, err := Find()
			if got != tt.want {
				t.Errorf("Find() = %q, want %q", got, tt.want)
			}
			if (err != nil) != (tt.wantErrIn != nil) {
				t.Fatalf("Find() error = %v, want one: %v", err, tt.wantErrIn != nil)
			}
			for _, want := range tt.wantErrIn {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Find() error %q does not say %q", err, want)
				}
			}
		})
	}
}

// endingTB records how Need ends a test, instead of ending it.
type endingTB struct {
	testing.TB
	ended string
}

func (e *endingTB) Helper() {}

func (e *endingTB) Fatalf(format string, args ...any) {
	e.ended = "fatal: " + fmt.Sprintf(format, args...)
}

func (e *endingTB) Skipf(format string, args ...any) {
	e.ended = "skip: " + fmt.Sprintf(format, args...)
}

func TestNeedWithoutChromium(t *testing.T) {
	tests := []struct{ ci, want string }{
		{"true", "fatal: "},
		{"", "skip: "},
		{"1", "skip: "},
	}
	for _, tt := range tests {
		t.Run("CI="+tt.ci, func(t *testing.T) {
			t.Setenv("CI", tt.ci)
			t.Setenv(PathEnv, "")
			t.Setenv("PATH", t.TempDir())
			tb := &endingTB{TB: t}
			if got := Need(tb); got != nil {
				t.Errorf("Need() = %+v, want nil", got)
			}
			if !strings.HasPrefix(tb.ended, tt.want) || !strings.Contains(tb.ended, "apt-get install chromium") {
				t.Errorf("Need() ended the test with %q, want %q and how to install chromium", tb.ended, tt.want)
			}
		})
	}
}
