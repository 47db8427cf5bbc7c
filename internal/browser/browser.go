// Package browser drives a headless Chromium through its command line, for
// tests and small tools: it loads a local HTML file, then prints the DOM as
// it is after load, or takes a screenshot.
//
// The browser is the Debian package chromium, never a build that a tool
// downloads: make chromium installs it. [Find] looks for it,
// and [Need] skips a test without it, except under CI=true, where the test
// fails.
//
// Each run is one chromium process in a process group of its own, killed
// whole when the run ends or times out (after [DefaultTimeout] if the
// context has no deadline). It gets a fresh profile, and keeps it and all
// else it writes in a temporary directory removed afterwards. Its own
// network traffic (sync, component updates, background requests) is turned
// off. What it prints on stderr, noisy even when all goes well, shows only
// in errors.
package browser

import (
	"context"
	"errors"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// PathEnv names the environment variable that overrides the chromium binary.
const PathEnv = "PADLINT_CHROMIUM"

// names are the binaries that Find looks for on PATH, in order.
var names = []string{"chromium", "chromium-browser"}

// installHint ends the errors of a missing browser.
const installHint = "install it with `apt-get install chromium` (or `make chromium`), " +
	"or set " + PathEnv + " to its path"

// Browser runs one chromium binary. Its methods may be called concurrently:
// each call is a browser process of its own.
type Browser struct {
	// Path is the chromium binary.
	Path string

	// tempRoot, if not empty, holds the runs' temporary directories
	// instead of os.TempDir(): tests look there for leftovers.
	tempRoot string
}

// New returns a Browser that runs the binary at path, such as the one that
// [Find] returns.
func New(path string) *Browser {
	return &Browser{Path: path}
}

// Find returns the chromium binary: $PADLINT_CHROMIUM if set, else chromium
// or chromium-browser on PATH.
func Find() (string, error) {
	if env := os.Getenv(PathEnv); env != "" {
		path, err := exec.LookPath(env)
		if err != nil {
			return "", fmt.Errorf("%s=%s: %w; point it to the chromium binary or unset it", PathEnv, env, err)
		}
		return path, nil
	}
	for _, name := range names {
		if path, err := exec.LookPath(name); err == nil {
			return path, nil
		}
	}
	return "", fmt.Errorf("no %s on PATH; %s", strings.Join(names, " or "), installHint)
}

// Need returns a Browser for the chromium that [Find] finds. Without one it
// skips the test, except under CI=true, where it fails it.
func Need(t testing.TB) *Browser {
	t.Helper()
	path, err := Find()
	if err == nil {
		return New(path)
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("browser: %v (CI=true requires the browser tests)", err)
	} else {
		t.Skipf("browser tests skipped: %v", err)
	}
	return nil
}

// DumpDOM loads the local HTML file and returns its DOM serialised after
// the load event, so after the page's scripts ran (--dump-dom).
func (b *Browser) DumpDOM(ctx context.Context, file string) (string, error) {
	u, err := fileURL(file)
	if err != nil {
		return "", fmt.Errorf("dump the DOM of %s: %w", file, err)
	}
	dom, _, err := b.run(ctx, "--dump-dom", u)
	if err != nil {
		return "", fmt.Errorf("dump the DOM of %s: %w", file, err)
	}
	return dom, nil
}

// Screenshot loads the local HTML file in a window of width by height
// pixels and writes what it shows, without scrollbars, to pngFile. It
// checks that pngFile then holds a PNG image of that size.
func (b *Browser) Screenshot(ctx context.Context, file, pngFile string, width, height int) error {
	if err := b.screenshot(ctx, file, pngFile, width, height); err != nil {
		return fmt.Errorf("screenshot of %s: %w", file, err)
	}
	return nil
}

func (b *Browser) screenshot(ctx context.Context, file, pngFile string, width, height int) error {
	if width <= 0 || height <= 0 {
		return fmt.Errorf("size %dx%d: width and height must be positive", width, height)
	}
	u, err := fileURL(file)
	if err != nil {
		return err
	}
	if pngFile, err = clearOutput(pngFile); err != nil {
		return err
	}
	size := fmt.Sprintf("--window-size=%d,%d", width, height)
	_, stderr, err := b.run(ctx, "--screenshot="+pngFile, size, "--hide-scrollbars", u)
	if err != nil {
		return err
	}
	// chromium exits 0 even when it cannot write the file; its stderr says why.
	if err := checkPNG(pngFile, width, height); err != nil {
		return fmt.Errorf("%w%s", err, tail(stderr))
	}
	return nil
}

// fileURL returns the file:// URL of a file, which must exist: chromium
// shows a missing file as an error page, and exits 0.
func fileURL(file string) (string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	if info.IsDir() {
		return "", fmt.Errorf("%s is a directory: give an HTML file", file)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), nil
}

// clearOutput returns the absolute path of pngFile, removed if it exists,
// so that an old screenshot never passes for a new one.
func clearOutput(pngFile string) (string, error) {
	abs, err := filepath.Abs(pngFile)
	if err != nil {
		return "", err
	}
	if err := os.Remove(abs); err != nil && !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	return abs, nil
}

// checkPNG reports an error unless path holds a PNG image of width by
// height pixels.
func checkPNG(path string, width, height int) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("chromium wrote no screenshot: %w", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("chromium wrote %s, but not as a PNG image: %w", path, err)
	}
	if got := img.Bounds().Size(); got.X != width || got.Y != height {
		return fmt.Errorf("chromium wrote a %dx%d image in %s, not %dx%d", got.X, got.Y, path, width, height)
	}
	return nil
}
