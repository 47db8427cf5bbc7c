package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/padlint/padlint/internal/procgroup"
)

// DefaultTimeout bounds a run whose context has no deadline.
const DefaultTimeout = 60 * time.Second

// flags go to every run. The first seven are the ones this machine needs:
// headless, as root (so no sandbox), without a GPU, with no first-run setup
// and no traffic of its own. The others keep it quiet and off the network
// without changing what it renders.
var flags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
	"--mute-audio", "--password-store=basic",
}

// stderrLines is how many of chromium's last stderr lines an error shows.
const stderrLines = 15

// run runs chromium with flags, a fresh profile and args, and returns what
// it printed on stdout and stderr. An error ends with the last lines of
// stderr, which is noisy even when all goes well.
func (b *Browser) run(ctx context.Context, args ...string) (stdout, stderr string, err error) {
	tmp, err := os.MkdirTemp(b.tempRoot, "chromium")
	if err != nil {
		return "", "", fmt.Errorf("create a temporary directory for chromium: %w", err)
	}
	defer os.RemoveAll(tmp)
	ctx, cancel := withDefaultTimeout(ctx)
	defer cancel()
	err = runIn(b.command(ctx, tmp, args), tmp)
	if err != nil && ctx.Err() != nil {
		err = fmt.Errorf("chromium stopped: %w", context.Cause(ctx))
	}
	out, _ := os.ReadFile(filepath.Join(tmp, "stdout"))
	errOut, _ := os.ReadFile(filepath.Join(tmp, "stderr"))
	if err != nil {
		return "", string(errOut), fmt.Errorf("%w%s", err, tail(string(errOut)))
	}
	return string(out), string(errOut), nil
}

// withDefaultTimeout returns ctx with a deadline DefaultTimeout from now,
// unless it has one already.
func withDefaultTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	cause := fmt.Errorf("no result within %v: %w", DefaultTimeout, context.DeadlineExceeded)
	return context.WithTimeoutCause(ctx, DefaultTimeout, cause)
}

// command returns the chromium command, run in tmp.
func (b *Browser) command(ctx context.Context, tmp string, args []string) *exec.Cmd {
	profile := "--user-data-dir=" + filepath.Join(tmp, "profile")
	cmd := exec.CommandContext(ctx, b.Path, slices.Concat(flags, []string{profile}, args)...)
	cmd.Dir = tmp
	cmd.Env = environ(tmp)
	cmd.SysProcAttr = procgroup.Attr()
	cmd.Cancel = func() error { return procgroup.Signal(cmd.Process.Pid, syscall.SIGKILL) }
	return cmd
}

// environ returns the environment of a run, which keeps what chromium
// writes in tmp: its crash reports go under CHROME_CONFIG_HOME, whatever
// --user-data-dir says; GSettings stays in memory, out of ~/.cache/dconf;
// and TMPDIR, which holds the singleton socket (left behind when chromium
// is killed), moves to tmp if the socket's path then stays short enough.
func environ(tmp string) []string {
	env := append(os.Environ(), "CHROME_CONFIG_HOME="+filepath.Join(tmp, "config"), "GSETTINGS_BACKEND=memory")
	if len(tmp+singletonSocket) <= maxSocketPath {
		env = append(env, "TMPDIR="+tmp)
	}
	return env
}

// chromium aborts when the path of its singleton socket, TMPDIR followed
// by singletonSocket, is longer than a Unix socket's path may be.
const (
	singletonSocket = "/org.chromium.Chromium.XXXXXX/SingletonSocket"
	maxSocketPath   = 107
)

// runIn runs cmd with its stdout and stderr in files in tmp: unlike pipes,
// files do not keep Wait waiting for helper processes that still hold them.
// It then kills whatever is left of the process group.
func runIn(cmd *exec.Cmd, tmp string) error {
	stdout, err := os.Create(filepath.Join(tmp, "stdout"))
	if err != nil {
		return err
	}
	defer stdout.Close()
	stderr, err := os.Create(filepath.Join(tmp, "stderr"))
	if err != nil {
		return err
	}
	defer stderr.Close()
	cmd.Stdout, cmd.Stderr = stdout, stderr
	return startWait(cmd)
}

// startWait starts cmd and waits for it, then kills its process group. The
// goroutine stays on its OS thread meanwhile: on Linux the kernel kills
// chromium when the thread that started it ends, and Go ends a thread when
// a goroutine locked to it returns; no other goroutine can take this one.
func startWait(cmd *exec.Cmd) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start chromium: %w; %s", err, installHint)
	}
	err := cmd.Wait()
	if err != nil {
		err = fmt.Errorf("chromium failed: %w", err)
	}
	if kerr := procgroup.Signal(cmd.Process.Pid, syscall.SIGKILL); err == nil {
		err = kerr
	}
	return err
}

// tail returns the last lines of chromium's stderr, after a line break,
// indented; or nothing if it printed nothing of note. Lines about D-Bus
// are left out: with no D-Bus (containers, CI), chromium logs a few dozen
// at each run.
func tail(stderr string) string {
	var lines []string
	for line := range strings.Lines(stderr) {
		if line = strings.TrimSpace(line); line != "" && !strings.Contains(line, ":ERROR:dbus/") {
			lines = append(lines, line)
		}
	}
	if len(lines) == 0 {
		return ""
	}
	lines = lines[max(0, len(lines)-stderrLines):]
	return "; the end of its stderr:\n\t" + strings.Join(lines, "\n\t")
}
