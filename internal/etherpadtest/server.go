package etherpadtest

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/padlint/padlint/internal/procgroup"
)

const (
	// startTimeout bounds how long a server may take to answer GET /api.
	startTimeout = 60 * time.Second
	// stopGrace is how long a server has to exit after SIGTERM before SIGKILL.
	stopGrace = 5 * time.Second
	// rateWindow is the window of Etherpad's import/export rate limit; 90 s
	// is Etherpad's default.
	rateWindow = 90 * time.Second
	// unlimited stands for "no limit" in the rate limit's settings.
	unlimited = 1_000_000
)

// Options configure a server started by [Start].
type Options struct {
	// Dir is the Etherpad install; empty means the one Main uses.
	Dir string
	// ExportLimit is how many import and export requests one IP address may
	// make in 90 seconds; past it the server answers 429 with Retry-After.
	// Etherpad's own default is 10; 0 means no practical limit.
	ExportLimit int
	// Log, when not nil, also receives the server's output.
	Log io.Writer
}

// Server is a running Etherpad server.
type Server struct {
	URL    string // http://127.0.0.1:PORT, without a trailing slash
	APIKey string // the key of the HTTP API; never print it

	tmp     string        // settings, keys, database and log
	pid     int           // leader of the server's process group
	done    chan struct{} // closed when the process has exited
	waitErr error         // the exit status, once done is closed

	stopOnce sync.Once
	stopErr  error
}

// String describes the server without its API key.
func (s *Server) String() string {
	return "Etherpad " + Version + " at " + s.URL
}

// Start starts a server and waits until it answers. The caller must Stop it.
func Start(opts Options) (*Server, error) {
	dir, err := opts.installedDir()
	if err != nil {
		return nil, fmt.Errorf("starting Etherpad: %w", err)
	}
	tmp, err := os.MkdirTemp("", "etherpadtest-")
	if err != nil {
		return nil, fmt.Errorf("starting Etherpad: %w", err)
	}
	srv, err := launch(dir, tmp, opts)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("starting Etherpad from %s: %w", dir, err)
	}
	return srv, nil
}

// installedDir returns opts.Dir, or the default install directory, if it
// holds an install.
func (opts Options) installedDir() (string, error) {
	dir := opts.Dir
	if dir == "" {
		var err error
		if dir, err = installDir(); err != nil {
			return "", err
		}
	}
	if !isInstalled(dir) {
		return "", fmt.Errorf("no install of Etherpad %s in %s", Version, dir)
	}
	return dir, nil
}

// launch writes the server's files into tmp, starts it and waits until it
// answers.
func launch(dir, tmp string, opts Options) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	srv := &Server{URL: fmt.Sprintf("http://127.0.0.1:%d", port), tmp: tmp}
	if srv.APIKey, err = randomHex(20); err != nil {
		return nil, err
	}
	if err := srv.writeFiles(port, opts.ExportLimit); err != nil {
		return nil, err
	}
	if err := srv.startProcess(dir, opts.Log); err != nil {
		return nil, err
	}
	if err := srv.waitReady(); err != nil {
		srv.terminate()
		return nil, err
	}
	return srv, nil
}

// freePort returns a TCP port of 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// randomHex returns n random bytes in hexadecimal.
func randomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("making a key: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// path returns the path of the server's file name.
func (s *Server) path(name string) string {
	return filepath.Join(s.tmp, name)
}

// writeFiles writes the settings, the API key and the session key.
func (s *Server) writeFiles(port, exportLimit int) error {
	sessionKey, err := randomHex(20)
	if err != nil {
		return err
	}
	settings, err := json.MarshalIndent(s.settings(port, exportLimit), "", "  ")
	if err != nil {
		return fmt.Errorf("encoding settings: %w", err)
	}
	for name, data := range map[string][]byte{
		"settings.json":  settings,
		"APIKEY.txt":     []byte(s.APIKey),
		"SESSIONKEY.txt": []byte(sessionKey),
	} {
		if err := os.WriteFile(s.path(name), data, 0o600); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}

// settings returns Etherpad's settings: a DirtyDB database in the temporary
// directory, new pads that are empty rather than holding the welcome text,
// and the skin Etherpad would pick anyway, named to spare a warning.
func (s *Server) settings(port, exportLimit int) map[string]any {
	if exportLimit == 0 {
		exportLimit = unlimited
	}
	return map[string]any{
		"title":                   "etherpadtest",
		"skinName":                "colibris",
		"ip":                      "127.0.0.1",
		"port":                    port,
		"dbType":                  "dirty",
		"dbSettings":              map[string]any{"filename": s.path("pads.db")},
		"defaultPadText":          "",
		"suppressErrorsInPadText": true,
		"loglevel":                "WARN",
		"importExportRateLimiting": map[string]any{
			"windowMs": rateWindow.Milliseconds(),
			"max":      exportLimit,
		},
	}
}

// startProcess starts node in dir, with its output in the log file.
func (s *Server) startProcess(dir string, extraLog io.Writer) error {
	logFile, err := os.Create(s.path("etherpad.log"))
	if err != nil {
		return fmt.Errorf("creating the log: %w", err)
	}
	cmd := exec.Command("node", "src/node/server.js",
		"--settings", s.path("settings.json"),
		"--apikey", s.path("APIKEY.txt"),
		"--sessionkey", s.path("SESSIONKEY.txt"))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NODE_ENV=production")
	cmd.Stdout = logWriter(logFile, extraLog)
	cmd.Stderr = cmd.Stdout
	cmd.SysProcAttr = procgroup.Attr()
	cmd.WaitDelay = time.Second
	return s.run(cmd, logFile)
}

// logWriter returns where the server's output goes: the log file, and extra
// if not nil.
func logWriter(logFile *os.File, extra io.Writer) io.Writer {
	if extra == nil {
		return logFile
	}
	return io.MultiWriter(logFile, extra)
}

// run starts cmd and waits for it in a goroutine that stays locked to its
// OS thread until the process exits: on Linux, the signal that kills the
// server when the test binary dies is tied to the thread that started it.
// The log file is closed once the process has exited.
func (s *Server) run(cmd *exec.Cmd, logFile *os.File) error {
	s.done = make(chan struct{})
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer logFile.Close()
		if err := cmd.Start(); err != nil {
			started <- fmt.Errorf("running node: %w", err)
			return
		}
		s.pid = cmd.Process.Pid
		started <- nil
		s.waitErr = cmd.Wait()
		close(s.done)
	}()
	return <-started
}

// waitReady polls GET /api until it answers 200, the process exits, or
// startTimeout passes.
func (s *Server) waitReady() error {
	deadline := time.After(startTimeout)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for !s.answers() {
		select {
		case <-s.done:
			return fmt.Errorf("the server exited before answering (%v); end of its log:\n%s", s.waitErr, s.logTail())
		case <-deadline:
			return fmt.Errorf("no answer from GET %s/api within %v; end of its log:\n%s", s.URL, startTimeout, s.logTail())
		case <-tick.C:
		}
	}
	return nil
}

// pollClient asks whether a starting server answers.
var pollClient = &http.Client{Timeout: 2 * time.Second}

// answers reports whether GET /api answers 200.
func (s *Server) answers() bool {
	resp, err := pollClient.Get(s.URL + "/api")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// ansiEscape matches the color codes of Etherpad's log lines.
var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;]*m")

// logTail returns the last lines of the server's log, without colors.
func (s *Server) logTail() string {
	const maxLines = 30
	data, err := os.ReadFile(s.path("etherpad.log"))
	if err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	lines := strings.Split(strings.TrimRight(ansiEscape.ReplaceAllString(string(data), ""), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-maxLines):], "\n")
}

// Stop stops the server and removes its temporary directory. Calling it
// again returns the first result.
func (s *Server) Stop() error {
	s.stopOnce.Do(func() {
		err := s.terminate()
		if rmErr := os.RemoveAll(s.tmp); rmErr != nil {
			err = errors.Join(err, fmt.Errorf("removing the server's files: %w", rmErr))
		}
		if err != nil {
			s.stopErr = fmt.Errorf("stopping %v: %w", s, err)
		}
	})
	return s.stopErr
}

// terminate sends SIGTERM to the server's process group, and SIGKILL if the
// server has not exited after stopGrace. It returns once the server exited.
func (s *Server) terminate() error {
	if err := procgroup.Signal(s.pid, syscall.SIGTERM); err != nil {
		return err
	}
	select {
	case <-s.done:
		return nil
	case <-time.After(stopGrace):
	}
	if err := procgroup.Signal(s.pid, syscall.SIGKILL); err != nil {
		return err
	}
	<-s.done
	return nil
}
