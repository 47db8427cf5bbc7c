// Package tmux runs a program in a real terminal for end-to-end tests: a
// tmux session on a server of its own, whose screen the test reads and
// into which it types keys. tmux is the Debian package (make tmux); a test
// without it skips, except under CI=true, where it fails.
package tmux

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Session is a terminal of width by height characters running one
// command, kept on screen once the command ends.
type Session struct {
	t      testing.TB
	socket string
}

// Start runs command, a shell command line, in a new terminal of width by
// height. The session ends with the test.
func Start(t testing.TB, width, height int, command string) *Session {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		need(t, err)
	}
	// A socket's path is short: not under the test's own folder.
	dir, err := os.MkdirTemp("", "tmux")
	if err != nil {
		t.Fatal(err)
	}
	s := &Session{t: t, socket: filepath.Join(dir, "s")}
	t.Cleanup(func() {
		exec.Command("tmux", "-S", s.socket, "kill-server").Run()
		os.RemoveAll(dir)
	})
	s.tmux("new-session", "-d", "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), command+"; echo \"[exit $?]\"; sleep 3600")
	return s
}

func need(t testing.TB, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("tmux: %v (CI=true requires the terminal tests; make tmux installs it)", err)
	}
	t.Skipf("terminal tests skipped: %v; make tmux installs it", err)
}

// tmux runs a tmux command on the session's server, and returns what it
// printed.
func (s *Session) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// Screen returns the text on the screen, line by line, without styles.
func (s *Session) Screen() string {
	s.t.Helper()
	return s.tmux("capture-pane", "-p")
}

// WaitFor waits until the screen shows want, for at most d, and returns it.
func (s *Session) WaitFor(want string, d time.Duration) string {
	s.t.Helper()
	for deadline := time.Now().Add(d); ; time.Sleep(50 * time.Millisecond) {
		screen := s.Screen()
		if strings.Contains(screen, want) {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("no %q on the screen after %s:\n%s", want, d, screen)
		}
	}
}

// Keys types keys, in tmux's names: "C-c" for Ctrl-C.
func (s *Session) Keys(keys ...string) {
	s.t.Helper()
	s.tmux(append([]string{"send-keys"}, keys...)...)
}

// CursorVisible tells whether the terminal shows its cursor.
func (s *Session) CursorVisible() bool {
	s.t.Helper()
	return strings.TrimSpace(s.tmux("display-message", "-p", "#{cursor_flag}")) == "1"
}
