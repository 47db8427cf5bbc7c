package browser

import "syscall"

// sysProcAttr puts chromium in a process group of its own, and has the
// kernel kill it if the program that runs it dies first (a panicking test,
// a test timeout, Ctrl-C).
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
