//go:build unix

package procgroup

import (
	"errors"
	"fmt"
	"syscall"
)

// Signal sends sig to the process group led by pid. A group that no
// longer exists is not an error.
func Signal(pid int, sig syscall.Signal) error {
	err := syscall.Kill(-pid, sig)
	if err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("send %v to process group %d: %w", sig, pid, err)
	}
	return nil
}
