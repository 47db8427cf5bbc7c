//go:build unix && !linux

package browser

import "syscall"

// sysProcAttr puts chromium in a process group of its own.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}
