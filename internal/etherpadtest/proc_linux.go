package etherpadtest

import "syscall"

// sysProcAttr puts the server in a process group of its own, and has the
// kernel kill it if the test binary dies without stopping it (a panicking
// test, a test timeout, Ctrl-C).
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
