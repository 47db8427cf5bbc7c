package procgroup

import "syscall"

// Attr puts a program in a process group of its own, and has the kernel
// kill it if the program that started it dies first (a panicking test, a
// test timeout, Ctrl-C).
func Attr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
