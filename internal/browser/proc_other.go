//go:build !unix

package browser

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

// killGroup kills the process p only. A process that has exited is not an
// error.
func killGroup(p *os.Process) error {
	if err := p.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("kill chromium (process %d): %w", p.Pid, err)
	}
	return nil
}
