// Package etherpadtest runs a real Etherpad 1.8.14 server for integration
// tests.
//
// A test package opts in with
//
//	func TestMain(m *testing.M) { etherpadtest.Main(m) }
//
// and its tests get the shared server with [Shared]. Etherpad is installed
// by install.sh (run by make test) into .cache/etherpad at the module root,
// or into the directory named by $PADLINT_ETHERPAD_DIR. Without an install,
// tests that need the server skip, except under CI=true, where the test
// binary fails.
//
// Each server listens on 127.0.0.1 on a free port, keeps its settings, keys,
// database and log in a temporary directory of its own, and runs in its own
// process group so that stopping it also stops anything it started.
package etherpadtest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Version is the Etherpad version that install.sh installs.
const Version = "1.8.14"

// DirEnv names the environment variable that overrides the install directory.
const DirEnv = "PADLINT_ETHERPAD_DIR"

// stampFile, written last by install.sh, holds the installed version.
const stampFile = ".etherpad-version"

// The server shared by the tests of a package, started by Main. When it is
// nil, skipReason says why.
var (
	shared     *Server
	skipReason string
)

// Main runs the tests of a package against a shared Etherpad server, then
// exits with their status. Call it from TestMain.
func Main(m *testing.M) {
	os.Exit(Run(m))
}

// Runner runs a package's tests: a *testing.M, or what wraps one.
type Runner interface{ Run() int }

// Run starts the shared server if Etherpad is installed, runs the tests and
// stops the server. It returns the tests' exit code. Main calls it; a
// TestMain that hands m to another wrapper can call it instead.
func Run(m Runner) int {
	dir, err := installDir()
	if err == nil && !isInstalled(dir) {
		err = fmt.Errorf("no install of Etherpad %s in %s", Version, dir)
	}
	if err != nil {
		return runWithoutServer(m, err)
	}
	srv, err := Start(Options{Dir: dir})
	if err != nil {
		fmt.Fprintf(os.Stderr, "etherpadtest: %v\n", err)
		return 1
	}
	defer stopShared(srv)
	shared = srv
	return m.Run()
}

// runWithoutServer fails under CI=true. Elsewhere it warns once and runs
// the tests, which skip when they need the server.
func runWithoutServer(m Runner, why error) int {
	skipReason = fmt.Sprintf("Etherpad integration tests skipped: %v. "+
		"make test installs Etherpad %s into .cache/etherpad (it needs node and npm); "+
		"or set %s to an install made by internal/etherpadtest/install.sh",
		why, Version, DirEnv)
	if os.Getenv("CI") == "true" {
		fmt.Fprintf(os.Stderr, "etherpadtest: %v; CI=true requires the integration tests\n", why)
		return 1
	}
	banner := strings.Repeat("*", 72)
	fmt.Fprintf(os.Stderr, "%s\n%s\n%s\n", banner, skipReason, banner)
	return m.Run()
}

// stopShared stops the shared server; a failure to stop is only reported.
func stopShared(srv *Server) {
	shared = nil
	if err := srv.Stop(); err != nil {
		fmt.Fprintf(os.Stderr, "etherpadtest: %v\n", err)
	}
}

// Shared returns the server shared by the package's tests. It skips the test
// when Etherpad is not installed.
func Shared(t testing.TB) *Server {
	t.Helper()
	skipWithoutServer(t)
	return shared
}

// NewServer starts a server of the test's own, with opts, and stops it when
// the test ends. Like [Shared], it skips the test when Etherpad is not
// installed.
func NewServer(t testing.TB, opts Options) *Server {
	t.Helper()
	skipWithoutServer(t)
	srv, err := Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := srv.Stop(); err != nil {
			t.Error(err)
		}
	})
	return srv
}

// skipWithoutServer skips the test when Main found no install, and fails it
// when Main was not called at all.
func skipWithoutServer(t testing.TB) {
	t.Helper()
	switch {
	case shared != nil:
	case skipReason != "":
		t.Skip(skipReason)
	default:
		t.Fatal("etherpadtest: no server: TestMain must call etherpadtest.Main")
	}
}

// installDir returns $PADLINT_ETHERPAD_DIR if set, else .cache/etherpad in
// the module root.
func installDir() (string, error) {
	if dir := os.Getenv(DirEnv); dir != "" {
		return filepath.Abs(dir)
	}
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, ".cache", "etherpad"), nil
}

// moduleRoot walks up from the working directory to the directory holding
// go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the module root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("finding the module root: no go.mod above the working directory")
		}
		dir = parent
	}
}

// isInstalled reports whether dir holds a complete install of Version.
func isInstalled(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, "src", "node", "server.js")); err != nil {
		return false
	}
	stamp, err := os.ReadFile(filepath.Join(dir, stampFile))
	return err == nil && strings.TrimSpace(string(stamp)) == Version
}
