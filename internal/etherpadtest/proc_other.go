//go:build !unix

package etherpadtest

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// sysProcAttr keeps the defaults: process groups are a Unix notion.
func sysProcAttr() *syscall.SysProcAttr {
	return nil
}

// signalGroup kills the process pid, whatever sig is: other systems cannot
// ask a process to terminate.
func signalGroup(pid int, _ syscall.Signal) error {
	p, err := os.FindProcess(pid)
	if err == nil {
		err = p.Kill()
	}
	if err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("killing process %d: %w", pid, err)
	}
	return nil
}
