//go:build unix

package browser

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// killGroup kills the process group led by p: chromium and the helper
// processes it forked. A group that no longer exists is not an error.
func killGroup(p *os.Process) error {
	err := syscall.Kill(-p.Pid, syscall.SIGKILL)
	if err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("kill chromium's process group %d: %w", p.Pid, err)
	}
	return nil
}
