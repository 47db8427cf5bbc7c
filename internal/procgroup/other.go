//go:build !unix

package procgroup

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// Attr keeps the defaults: process groups are a Unix notion.
func Attr() *syscall.SysProcAttr {
	return nil
}

// Signal kills the process pid alone, whatever sig is: other systems
// cannot ask a process to terminate. A process that has exited is not an
// error.
func Signal(pid int, _ syscall.Signal) error {
	p, err := os.FindProcess(pid)
	if err == nil {
		err = p.Kill()
	}
	if err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("kill process %d: %w", pid, err)
	}
	return nil
}
